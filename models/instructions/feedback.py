"""反馈表: the sealed form a unit fills for a 交办 or 催办, and taking the returns in.

The office sends each unit of a matter one .xlsx form (``reports/feedback_form.py``
draws it from :class:`FeedbackForm`): what is asked — the instruction word for word,
the deadline, the unit's role — in locked cells, and the cells the unit fills (签收,
progress, 办结 claim). A seal, HMAC-SHA256 under a key kept only in this database, covers
the record's identity, the unit, the deadline, the instruction text and the form's
version, so a return whose deadline or text was edited is refused, as is a form
superseded since (an extension moved the deadline).

A returned file is first judged (:func:`judge`, no writes): refused with the reason, or
accepted with what it claims and what would change. :func:`take_in` writes an accepted
return through the ordinary workflows (签收, 报送进展, 报送办结) and records the file and
its SHA-256, all in one transaction; a file with nothing new is refused as 无变化.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from models.core import settings
from models.core.actors import Actor
from models.core.base import BaseModel
from models.core.errors import WorkflowError
from models.core.file_store import sha256_of
from models.core.seal import (
    KIND_LABEL,
    MAX_FILE_BYTES,
    MAX_UNPACKED_BYTES,
    SEAL_SHEET,
    SealKey,  # noqa: F401 - kept importable here, where it was first defined
    cell_text,
    ensure_seal_key,
    hmac_hex,
    norm_text,
    open_form,
    safe_file_name,
    seal_key,
    sealed_values,
    seals_match,
)
from models.core.workflow import insert, workflow
from models.instructions import records as m
from models.instructions import workflow as wf
from models.tabular.read import parse_date

#: The layout and seal version this program writes and reads.
FORM_VERSION = 1
FORM_SHEET = "反馈表"

#: Where each field sits on the form (version 1): identity cells, then the answer cells.
CELLS: dict[str, str] = {
    "number": "B3", "leader": "B4", "matter": "B5", "text": "B6", "unit": "B7", "role": "B8",
    "assigned_on": "B9", "deadline": "B10",
    "signed_by": "B12", "signed_on": "B13",
    "progress_on": "B15", "progress": "B16", "problems": "B17", "next_steps": "B18",
    "completed_on": "B20", "completion": "B21", "evidence": "B22",
}
#: The cells a unit fills: the only unlocked cells of the form.
ANSWERS = ("signed_by", "signed_on", "progress_on", "progress", "problems", "next_steps",
           "completed_on", "completion", "evidence")
#: Seal sheet rows: (label, key).
SEAL_ROWS = (("表样版本", "version"), ("交办记录", "assignment_id"), ("批示件", "instruction_id"), ("封签", "seal"))


class FeedbackReturn(BaseModel):
    """A returned 反馈表 taken in: the file, its SHA-256 and what it changed."""

    assignment = peewee.ForeignKeyField(m.Assignment, backref="feedback_returns", column_name="assignment_id",
                                        on_delete="CASCADE")
    file_name = peewee.TextField()
    sha256 = peewee.CharField()
    taken_on = peewee.DateField()
    form_version = peewee.IntegerField()
    form_deadline = peewee.DateField()
    changes = peewee.TextField(default="")

    class Meta:
        table_name = "instruction_feedback_return"


# ---------------------------------------------------------------- the seal
# The key and the sealing helpers live in models.core.seal (the key items' quarterly
# forms seal with the same key); the names below keep this module's own.
_key = seal_key
_MAX_FILE_BYTES, _MAX_UNPACKED_BYTES = MAX_FILE_BYTES, MAX_UNPACKED_BYTES
_norm_text = norm_text


def seal_of(key: bytes, version: int, assignment_id: int, instruction_id: int, number: str, unit: str,
            deadline: str, text: str) -> str:
    """HMAC-SHA256 (hex) over the form's identity and what it asks (pure)."""
    return hmac_hex(key, ["督办反馈表", str(version), str(assignment_id), str(instruction_id), number, unit,
                          deadline, _norm_text(text)])


# ---------------------------------------------------------------- forms out

@dataclass(frozen=True)
class FeedbackForm:
    """What one unit's 反馈表 says, as data (``reports/feedback_form.py`` draws it)."""

    version: int
    assignment_id: int
    instruction_id: int
    number: str
    kind: str  # 交办 / 催办
    reminders: int
    leader: str
    matter: str
    text: str
    unit: str
    unit_short: str
    role: str
    assigned_on: dt.date
    deadline: dt.date
    deadline_note: str
    office: str
    contact: str
    made_on: dt.date
    seal: str

    @property
    def title(self) -> str:
        """督办事项反馈表（交办） / （第N次催办）."""
        return "督办事项反馈表（" + ("交办" if self.kind == "交办" else f"第{self.reminders}次催办") + "）"

    @property
    def file_name(self) -> str:
        """反馈表-督〔2014〕9号-市住建委.xlsx: a unit tells its own apart."""
        return safe_file_name(f"反馈表-{self.number}-{self.unit_short or self.unit}") + ".xlsx"


def _instruction(number: str) -> m.Instruction:
    ins = m.Instruction.get_or_none(m.Instruction.number == (number or "").strip())
    if ins is None:
        raise WorkflowError(f"没有编号为“{number}”的批示件，请核对编号（例如 督〔2014〕35号）。")
    return ins


def forms_for(actor: Actor, number: str, today: dt.date, unit_name: str | None = None) -> list[FeedbackForm]:
    """One sealed form per current unit of the matter ``number`` (or the one unit named).

    Only a matter being handled (已交办, 办理中) asks units for feedback. A unit never
    reminded (催办) gets the 交办 form, whether it has signed for it or not (its report is
    due by its deadline); only a unit reminded gets the 催办 form, titled with the number
    of its reminders (第N次催办).
    """
    ins = _instruction(number)
    if ins.state not in m.HANDLING_STATES:
        raise WorkflowError(f"批示件 {ins.number} 当前状态为“{ins.state}”，不需要承办单位反馈："
                            "只有已交办、办理中的批示件才能导出反馈表。")
    current = m.current_assignments(ins.id)
    if unit_name:
        wanted = unit_name.strip()
        current = [a for a in current if wanted in (a.unit.name, a.unit.short_name)]
        if not current:
            raise WorkflowError(f"“{wanted}”不是批示件 {ins.number} 现在的承办单位，"
                                f"现在的承办单位：{m.current_unit_names(ins.id) or '无'}。")
    ensure_seal_key(actor, today)
    key = _key()
    assert key is not None
    forms = []
    for a in current:
        unit = a.unit.name
        deadline = a.deadline.isoformat()
        note = (f"交办后{a.deadline_days}个工作日内" if a.deadline_days else "") + (
            "（暂定：该年节假日安排未录入）" if a.provisional else "")
        if a.deadline != a.original_deadline:
            note += f"（已由 {a.original_deadline.isoformat()} 延至此日）"
        forms.append(FeedbackForm(
            version=FORM_VERSION, assignment_id=a.id, instruction_id=ins.id, number=ins.number,
            kind="催办" if a.reminder_count > 0 else "交办",
            reminders=a.reminder_count, leader=f"{ins.level_label}{ins.leader_name}".strip(),
            matter=ins.title, text=_norm_text(ins.text), unit=unit, unit_short=a.unit.short_name, role=a.role, assigned_on=a.assigned_on,
            deadline=a.deadline, deadline_note=note, office=settings.get(settings.OFFICE_NAME),
            contact=settings.get(settings.OFFICE_CONTACT), made_on=today,
            seal=seal_of(key, FORM_VERSION, a.id, ins.id, ins.number, unit, deadline, ins.text)))
    return forms


# ---------------------------------------------------------------- returns in

@dataclass
class Verdict:
    """What one returned file is: refused with the reason, or what it claims and changes."""

    path: Path
    sha256: str = ""
    accepted: bool = False
    reason: str = ""
    number: str = ""
    unit: str = ""
    matter: str = ""
    assignment_id: int | None = None
    form_deadline: dt.date | None = None
    claims: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    sign: tuple[dt.date, str] | None = None
    progress: tuple[dt.date, str] | None = None
    completion: tuple[dt.date, str, str] | None = None

    def line(self) -> str:
        """One line for the command's output."""
        who = f"{self.number} {self.unit}：" if self.unit else ""
        if self.accepted:
            return f"接收  {self.path.name}  {who}{'；'.join(self.changes)}"
        return f"拒收  {self.path.name}  {who}{self.reason}"


_cell_text = cell_text


def _read(path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """(the form's cells by key, the seal sheet's values); raise ValueError in Chinese."""
    wb = open_form(path)
    kind = sealed_values(wb, ((KIND_LABEL, "kind"),), extra=10).get("kind")
    if kind:
        raise ValueError(f"本表是{kind}，不是批示件的反馈表：请在 重点工作 → 季度反馈表 → 导入反馈表… 导入，"
                         "或用命令 import feedback")
    if SEAL_SHEET not in wb.sheetnames or FORM_SHEET not in wb.sheetnames:
        raise ValueError("不是本室导出的反馈表（没有封签），请用本室导出的反馈表填写")
    sealed = sealed_values(wb, SEAL_ROWS)
    ws = wb[FORM_SHEET]
    return {key: ws[addr].value for key, addr in CELLS.items()}, sealed


def _answer_date(values: dict[str, Any], key: str, what: str) -> dt.date | None:
    raw = values.get(key)
    if raw is None or _cell_text(raw) == "":
        return None
    try:
        return parse_date(raw)
    except ValueError as exc:
        raise ValueError(f"{what}：{exc}") from None


def judge(path: Path, today: dt.date, instruction_id: int | None = None, unit_id: int | None = None) -> Verdict:
    """Judge one returned file without writing anything.

    ``instruction_id`` / ``unit_id``: the matter or unit the clerk is taking returns for;
    a form of another is refused. Every problem becomes the verdict's reason; nothing
    raises for a bad file.
    """
    path = Path(path)
    v = Verdict(path)
    try:
        v.sha256 = sha256_of(path)
        values, sealed = _read(path)
    except (OSError, ValueError) as exc:
        v.reason = str(exc) if isinstance(exc, ValueError) else f"无法打开该文件（{exc.strerror or exc}）"
        return v
    v.number, v.unit = _cell_text(values["number"]), _cell_text(values["unit"])
    v.matter = _cell_text(values["matter"])
    version = sealed.get("version", "")
    if version != str(FORM_VERSION):
        v.reason = f"表样版本“{version or '无'}”不是本程序所用的版本 {FORM_VERSION}，请用本室新导出的反馈表填写"
        return v
    key = _key()
    try:
        aid, iid = int(sealed.get("assignment_id", "")), int(sealed.get("instruction_id", ""))
    except ValueError:
        aid = iid = 0
    deadline_text = _cell_text(values["deadline"])
    expected = None if key is None or not aid else seal_of(
        key, FORM_VERSION, aid, iid, v.number, v.unit, deadline_text, _cell_text(values["text"]))
    if not seals_match(expected, sealed.get("seal", "")):
        v.reason = ("封签不符：表中的登记编号、承办单位、办理时限或批示内容被改动过，或不是本室导出的表；"
                    "请用原表填写，或请本室重新导出")
        return v
    a = m.Assignment.get_or_none(m.Assignment.id == aid)
    if a is None or a.instruction_id != iid:
        v.reason = "找不到该表对应的交办记录（可能已删除），请与本室核对"
        return v
    ins = a.instruction
    v.assignment_id, v.number, v.matter = a.id, ins.number, ins.title
    v.form_deadline = dt.date.fromisoformat(deadline_text)
    if instruction_id is not None and ins.id != instruction_id:
        want = m.Instruction.get_or_none(m.Instruction.id == instruction_id)
        v.reason = f"本表属于另一件批示件（{ins.number}），不是{want.number if want else '所选批示件'}的反馈表"
        return v
    if unit_id is not None and a.unit_id != unit_id:
        v.reason = f"本表属于另一单位（{a.unit.name}）"
        return v
    if a.replaced_on is not None:
        v.reason = f"“{a.unit.name}”已于 {a.replaced_on.isoformat()} 被更换，不再承办本件，本表作废"
        return v
    if a.deadline != v.form_deadline:
        v.reason = (f"本表已被新表取代：办理时限已由表中的 {v.form_deadline.isoformat()} 改为 "
                    f"{a.deadline.isoformat()}，请用新导出的反馈表填写")
        return v
    if _norm_text(ins.text) != _cell_text(values["text"]):
        v.reason = "本表已被新表取代：批示内容登记后已更正，请用新导出的反馈表填写"
        return v
    if ins.state not in m.HANDLING_STATES:
        # The lead unit's own 办结 return, sent again, is 无变化 rather than too late.
        probe = Verdict(path)
        try:
            _plan(probe, a, values, today)
        except ValueError as exc:
            if str(exc).startswith("无变化"):
                v.reason = str(exc)
                return v
        v.reason = f"批示件当前状态为“{ins.state}”，不再接收承办单位反馈"
        return v
    try:
        _plan(v, a, values, today)
    except ValueError as exc:
        v.reason = str(exc)
        v.claims, v.changes = [], []
        v.sign = v.progress = v.completion = None
    return v


def _plan(v: Verdict, a: m.Assignment, values: dict[str, Any], today: dt.date) -> None:
    """Fill the verdict's claims and changes from the answer cells; ValueError refuses."""
    text = {k: _cell_text(values[k]) for k in ANSWERS}
    signed_on = _answer_date(values, "signed_on", "签收日期")
    if not any(text.values()):
        raise ValueError("表中未填写任何内容")
    for day, what in ((signed_on, "签收日期"),):
        if day is not None and day > today:
            raise ValueError(f"{what} {day.isoformat()} 晚于今天，请核对")
    if text["signed_by"] or signed_on:
        if not (text["signed_by"] and signed_on):
            raise ValueError("签收人和签收日期须同时填写")
        v.claims.append(f"签收：{text['signed_by']}，{signed_on.isoformat()}")
        if a.signed_on is None:
            v.sign = (signed_on, text["signed_by"])
            v.changes.append(f"登记签收（{text['signed_by']}，{signed_on.isoformat()}）")
    signed = a.signed_on or (v.sign[0] if v.sign else None)
    if text["progress"] or text["problems"] or text["next_steps"] or text["progress_on"]:
        on = _answer_date(values, "progress_on", "进展填报日期")
        if on is None:
            raise ValueError("填写了办理进展，请同时填写填报日期")
        if not text["progress"]:
            raise ValueError("请填写进展情况")
        if on > today:
            raise ValueError(f"进展填报日期 {on.isoformat()} 晚于今天，请核对")
        body = text["progress"]
        if text["problems"]:
            body += f"\n存在问题：{text['problems']}"
        if text["next_steps"]:
            body += f"\n下步打算：{text['next_steps']}"
        v.claims.append(f"进展（{on.isoformat()}）：{text['progress']}")
        if signed is None:
            raise ValueError("尚未签收：请同时填写签收人和签收日期")
        already = m.ProgressReport.select().where((m.ProgressReport.assignment == a.id)
                                                  & (m.ProgressReport.text == body)).exists()
        if not already:
            v.progress = (on, body)
            v.changes.append(f"报送进展（{on.isoformat()}）")
    if text["completion"] or text["completed_on"] or text["evidence"]:
        on = _answer_date(values, "completed_on", "办结日期")
        if on is None or not text["completion"]:
            raise ValueError("报送办结须同时填写办结日期和办结情况")
        if on > today:
            raise ValueError(f"办结日期 {on.isoformat()} 晚于今天，请核对")
        v.claims.append(f"办结（{on.isoformat()}）：{text['completion']}"
                        + (f"；佐证材料：{text['evidence']}" if text["evidence"] else ""))
        if signed is None:
            raise ValueError("尚未签收：请同时填写签收人和签收日期")
        already = m.CompletionReport.select().where((m.CompletionReport.assignment == a.id)
                                                    & (m.CompletionReport.reported_on == on)
                                                    & (m.CompletionReport.text == text["completion"])).exists()
        if not already:
            v.completion = (on, text["completion"], text["evidence"])
            v.changes.append(f"报送办结（{on.isoformat()}）" + ("，本件转为已办结、待回访复核" if a.is_lead else ""))
    if not v.changes:
        raise ValueError("无变化：本表所填内容均已登记过")
    v.accepted = True


def judge_all(paths: list[Path], today: dt.date, instruction_id: int | None = None,
              unit_id: int | None = None) -> list[Verdict]:
    """Judge each file; two accepted files of one unit with the same change keep only the first."""
    verdicts = [judge(p, today, instruction_id, unit_id) for p in paths]
    seen: set[tuple] = set()
    for v in verdicts:
        if not v.accepted:
            continue
        key = (v.assignment_id, v.sign, v.progress, v.completion)
        if key in seen:
            v.accepted, v.reason = False, "无变化：与本批另一份反馈表内容相同"
        seen.add(key)
    return verdicts


def returned_files(path: Path) -> list[Path]:
    """The .xlsx files of a folder (sorted; Excel's ~$ lock files left out), or the one file."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.iterdir()
                      if p.is_file() and p.suffix.lower() == ".xlsx" and not p.name.startswith("~$"))
    if not path.exists():
        raise WorkflowError(f"找不到“{path}”，请核对文件或文件夹的路径。")
    return [path]


@workflow()
def take_in(actor: Actor, verdict: Verdict, today: dt.date, instruction_id: int | None = None,
            unit_id: int | None = None) -> Verdict:
    """Write one accepted return: 签收, 进展, 办结 through the ordinary workflows, and the
    file with its SHA-256, in one transaction. The file is judged again first: if it or
    the record changed since the review, the new verdict's reason refuses it."""
    fresh = judge(verdict.path, today, instruction_id, unit_id)
    if fresh.accepted and fresh.sha256 != verdict.sha256:
        fresh.accepted, fresh.reason = False, "文件在核对后被改动过，请重新导入"
    if not fresh.accepted:
        raise WorkflowError(f"{verdict.path.name}：{fresh.reason}")
    aid = fresh.assignment_id
    assert aid is not None and fresh.form_deadline is not None
    if fresh.sign:
        wf.sign(actor, aid, fresh.sign[0], fresh.sign[1])
    if fresh.progress:
        wf.report_progress(actor, aid, fresh.progress[0], fresh.progress[1])
    if fresh.completion:
        wf.report_completion(actor, aid, *fresh.completion)
    insert(actor, FeedbackReturn, f"{fresh.number} {fresh.unit} 导入反馈表 {fresh.path.name}"
           f"（SHA-256 {fresh.sha256}）", assignment=aid, file_name=fresh.path.name, sha256=fresh.sha256,
           taken_on=today, form_version=FORM_VERSION, form_deadline=fresh.form_deadline,
           changes="；".join(fresh.changes))
    return fresh
