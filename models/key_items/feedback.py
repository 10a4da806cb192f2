"""季度反馈表: each quarter's progress request on the key items, as a sealed form per unit.

For a quarter (``2014Q4``) every unit answerable for key items of that year's plan (the
lead unit or a responsible unit of an item owing that quarter's report, see
:func:`models.key_items.progress.reports_required`) gets one .xlsx form
(``reports/quarter_form.py`` draws it from :class:`QuarterForm`): each of its items word
for word, the item's deadline, the unit's role and the item's stages (阶段计划) in
locked cells, and per item the cells the unit fills — progress, problems, next steps,
and the date it claims the item done. The seal is the office's one key
(:mod:`models.core.seal`, shared with the instructions' 反馈表) over the plan, the unit,
the quarter, the due date and each item's identity, text, deadline and role.

The due date of a form is the quarter's report date the office already uses
(:func:`models.key_items.progress.report_date`, the ``progress.report_workday``-th working
day after the quarter's end), so a form sent and not answered is exactly a report that
:func:`models.key_items.progress.missing_reports` lists as 缺报 on the 工作台 and in the
缺报单位 tab — a sent form adds no second count. A returned form and a typed report (录入进展)
are the same record: an accepted row goes through
:func:`models.key_items.progress.save_progress`, dated with the form's 填报日期, so a
report reached by either road stops the 缺报, and one arriving after the report date is
late (迟报, :func:`models.key_items.progress.late_reports`, listed after the missing ones
in 缺报单位). A form's row for a quarter already reported (typed, or an
earlier return) corrects that report, keeping the office's assessment; the same content
again is 无变化. A 完成 claim is the unit's word, written into the report's text: marking
the item 已完成 stays the office's own step (变更状态).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from models.calendar.store import load_calendar
from models.core import settings
from models.core.actors import Actor
from models.core.base import BaseModel
from models.core.errors import WorkflowError
from models.core.file_store import sha256_of
from models.core.numbers import date_cn
from models.core.seal import (
    KIND_LABEL,
    SEAL_SHEET,
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
from models.key_items import progress as kp
from models.key_items.items import KeyItem, KeyPlan, plan_for_year, reporting_units
from models.key_items.stages import stage_views
from models.reference.directory import Unit
from models.tabular.read import parse_date

#: The kind this form names on its seal sheet (``models.core.seal.KIND_LABEL``).
KIND = "重点工作季度反馈表"
FORM_VERSION = 1
FORM_SHEET = "季度反馈表"

#: Identity cells of the form's head; the unit fills the 填报日期 cell.
HEAD: dict[str, str] = {"plan": "B3", "unit": "B4", "quarter": "B5", "due": "B6", "reported_on": "B7"}
#: The item table: header row, first item row, and the columns of each item row.
HEADER_ROW, FIRST_ROW = 9, 10
COLUMNS: dict[str, str] = {
    "number": "A", "text": "B", "deadline": "C", "role": "D", "stages": "E",
    "done": "F", "problems": "G", "next_steps": "H", "finished_on": "I",
}
#: The columns a unit fills: the only unlocked cells of an item row.
ANSWERS = ("done", "problems", "next_steps", "finished_on")
#: Seal sheet rows: (label, key).
SEAL_ROWS = ((KIND_LABEL, "kind"), ("表样版本", "version"), ("年度计划", "plan_id"), ("报送单位", "unit_id"),
             ("季度", "quarter"), ("事项", "item_ids"), ("封签", "seal"))

LEAD, RESPONSIBLE = "牵头单位", "责任单位"


class QuarterFormSent(BaseModel):
    """A quarterly 反馈表 sent to one unit: when, in which batch, which items, due when."""

    batch = peewee.IntegerField()
    sent_on = peewee.DateField()
    plan = peewee.ForeignKeyField(KeyPlan, column_name="plan_id")
    unit = peewee.ForeignKeyField(Unit, column_name="unit_id")
    year = peewee.IntegerField()
    quarter = peewee.IntegerField()
    items = peewee.TextField(default="")
    due_on = peewee.DateField()
    file_name = peewee.TextField(default="")

    class Meta:
        table_name = "key_item_feedback_form"


class QuarterReturn(BaseModel):
    """A returned quarterly 反馈表 taken in: the file, its SHA-256 and what it changed."""

    plan = peewee.ForeignKeyField(KeyPlan, column_name="plan_id")
    unit = peewee.ForeignKeyField(Unit, column_name="unit_id")
    year = peewee.IntegerField()
    quarter = peewee.IntegerField()
    file_name = peewee.TextField()
    sha256 = peewee.CharField()
    taken_on = peewee.DateField()
    form_version = peewee.IntegerField()
    changes = peewee.TextField(default="")

    class Meta:
        table_name = "key_item_feedback_return"


# ---------------------------------------------------------------- rules (pure)

_QUARTER = re.compile(r"^\s*(\d{4})\s*[Qq]\s*([1-4])\s*$")


def parse_quarter(text: str) -> tuple[int, int]:
    """``"2014Q4"`` → ``(2014, 4)``; raise WorkflowError saying the form wanted."""
    found = _QUARTER.match(text or "")
    if not found:
        raise WorkflowError(f"季度“{text}”的写法不对，请写作 2014Q4（年份、字母 Q、季度 1～4）。")
    return int(found.group(1)), int(found.group(2))


def quarter_label(year: int, quarter: int) -> str:
    """2014年第4季度."""
    return f"{year}年第{quarter}季度"


def item_text(title: str, content: str) -> str:
    """The item word for word as the form shows it: its title, then its content."""
    title, content = norm_text(title or "").strip(), norm_text(content or "").strip()
    return f"{title}\n{content}" if content else title


def seal_of(key: bytes, version: int, plan_id: int, unit_id: int, unit: str, quarter: str, due: str,
            rows: list[tuple[int, str, str, str, str]]) -> str:
    """HMAC-SHA256 (hex) over the form's identity and, per item, its id, number, text,
    deadline and the unit's role (pure)."""
    parts = [KIND, str(version), str(plan_id), str(unit_id), unit, quarter, due]
    for item_id, number, text, deadline, role in rows:
        parts += [str(item_id), number, norm_text(text), deadline, role]
    return hmac_hex(key, parts)


# ---------------------------------------------------------------- forms out

@dataclass(frozen=True)
class FormItem:
    """One item on a unit's quarterly form."""

    item_id: int
    number: str
    text: str
    deadline: str
    role: str
    stages: str


@dataclass(frozen=True)
class QuarterForm:
    """What one unit's quarterly 反馈表 says, as data (``reports/quarter_form.py`` draws it)."""

    version: int
    plan_id: int
    plan_title: str
    year: int
    quarter: int
    unit_id: int
    unit: str
    unit_short: str
    due: dt.date
    items: tuple[FormItem, ...]
    office: str
    contact: str
    made_on: dt.date
    seal: str

    @property
    def quarter_code(self) -> str:
        """2014Q4, as the seal and the command line write it."""
        return f"{self.year}Q{self.quarter}"

    @property
    def title(self) -> str:
        """重点工作季度进展反馈表（2014年第4季度）."""
        return f"重点工作季度进展反馈表（{quarter_label(self.year, self.quarter)}）"

    @property
    def file_name(self) -> str:
        """季度反馈表-2014年第4季度-市住建委.xlsx: a unit tells its own apart."""
        return safe_file_name(f"季度反馈表-{quarter_label(self.year, self.quarter)}-{self.unit_short or self.unit}") + ".xlsx"


def zip_name(year: int, quarter: int) -> str:
    """季度反馈表-2014年第4季度.zip (the batch's name)."""
    return safe_file_name(f"季度反馈表-{quarter_label(year, quarter)}") + ".zip"


def due_date(year: int, quarter: int) -> dt.date:
    """The quarter's report date (the rule of :mod:`models.key_items.progress`)."""
    return kp.report_date(load_calendar(), year, quarter, int(settings.get(kp.REPORT_WORKDAY)))


def _open_plan(year: int) -> KeyPlan:
    plan = plan_for_year(year)
    if plan is None:
        raise WorkflowError(f"没有{year}年的重点工作计划，请先建立或导入该年计划。")
    return plan


def _quarter_items(plan: KeyPlan, year: int, quarter: int) -> list[KeyItem]:
    """The plan's items owing this quarter's report, in their order."""
    items = KeyItem.select().where(KeyItem.plan == plan.id).order_by(KeyItem.number)
    return [i for i in items if not i.finished
            and kp.reports_required(i.assigned_on or plan.start_date, plan.year, year, quarter)]


def _rows_for(unit_id: int, items: list[KeyItem], units: dict[int, list[int]],
              stages: dict[int, list]) -> list[FormItem]:
    out = []
    for item in items:
        owners = units.get(item.id, [])
        if unit_id not in owners:
            continue
        role = LEAD if owners and owners[0] == unit_id else RESPONSIBLE
        out.append(FormItem(item.id, str(item.number), item_text(item.title, item.content), item.deadline_text(),
                            role, "\n".join(s.line() for s in stages.get(item.id, []))))
    return out


def _seal_rows(rows: list[FormItem]) -> list[tuple[int, str, str, str, str]]:
    return [(r.item_id, r.number, r.text, r.deadline, r.role) for r in rows]


def forms_for_quarter(actor: Actor, quarter: str, today: dt.date) -> list[QuarterForm]:
    """One sealed form per unit answerable for items of the quarter (``"2014Q4"``).

    The plan is that year's; an item owes the quarter's report once it has begun and
    until it is completed or stopped. Units in the 单位名录's order of first appearance
    (the lead units of the first items first).
    """
    year, q = parse_quarter(quarter)
    plan = _open_plan(year)
    items = _quarter_items(plan, year, q)
    if not items:
        raise WorkflowError(f"{plan.title}中没有需要报送{quarter_label(year, q)}进展的事项"
                            "（事项均未开始、已完成或已中止）。")
    units = reporting_units(i.id for i in items)
    cal = load_calendar()
    stages = stage_views([i.id for i in items], today, cal, int(settings.get(settings.YELLOW_DAYS)))
    order: list[int] = []
    for item in items:
        order += [u for u in units.get(item.id, []) if u not in order]
    ensure_seal_key(actor, today)
    key = seal_key()
    assert key is not None
    due = kp.report_date(cal, year, q, int(settings.get(kp.REPORT_WORKDAY)))
    forms = []
    for uid in order:
        unit = Unit.get_by_id(uid)
        rows = _rows_for(uid, items, units, stages)
        forms.append(QuarterForm(
            version=FORM_VERSION, plan_id=plan.id, plan_title=plan.title, year=year, quarter=q, unit_id=uid,
            unit=unit.name, unit_short=unit.short_name, due=due, items=tuple(rows),
            office=settings.get(settings.OFFICE_NAME), contact=settings.get(settings.OFFICE_CONTACT), made_on=today,
            seal=seal_of(key, FORM_VERSION, plan.id, uid, unit.name, f"{year}Q{q}", due.isoformat(),
                         _seal_rows(rows))))
    return forms


@workflow()
def record_sent(actor: Actor, forms: list[QuarterForm], today: dt.date) -> list[QuarterFormSent]:
    """Record the forms just written as one batch, each due on the quarter's report date."""
    if not forms:
        raise WorkflowError("没有要登记的季度反馈表。")
    batch = (QuarterFormSent.select(peewee.fn.MAX(QuarterFormSent.batch)).scalar() or 0) + 1
    return [insert(actor, QuarterFormSent,
                   f"向{f.unit}发出{quarter_label(f.year, f.quarter)}重点工作反馈表（第{batch}批，{len(f.items)}项）："
                   f"应于 {f.due.isoformat()} 前反馈", batch=batch, sent_on=today, plan=f.plan_id, unit=f.unit_id,
                   year=f.year, quarter=f.quarter, items=",".join(str(r.item_id) for r in f.items), due_on=f.due,
                   file_name=f.file_name) for f in forms]


# ---------------------------------------------------------------- returns in

@dataclass
class RowClaim:
    """What the unit wrote on one item row, and whether it changes the record."""

    item_id: int
    number: str
    done: str
    problems: str
    next_steps: str
    finished_on: dt.date | None
    progress_id: int | None = None
    version: int | None = None


@dataclass
class QuarterVerdict:
    """What one returned quarterly form is: refused with the reason, or what it claims and changes.

    Its fields match the instructions' verdict where the review list reads them
    (``path``, ``accepted``, ``reason``, ``number``, ``matter``, ``unit``, ``claims``, ``changes``).
    """

    path: Path
    sha256: str = ""
    accepted: bool = False
    reason: str = ""
    number: str = ""
    matter: str = ""
    unit: str = ""
    plan_id: int | None = None
    unit_id: int | None = None
    year: int | None = None
    quarter: int | None = None
    reported_on: dt.date | None = None
    claims: list[str] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    rows: list[RowClaim] = field(default_factory=list)

    def line(self) -> str:
        """One line for the command's output."""
        who = f"{self.number} {self.unit}：" if self.unit else ""
        if self.accepted:
            return f"接收  {self.path.name}  {who}{'；'.join(self.changes)}"
        return f"拒收  {self.path.name}  {who}{self.reason}"


def _read(path: Path) -> tuple[Any, dict[str, str]]:
    wb = open_form(path)
    if SEAL_SHEET not in wb.sheetnames:
        raise ValueError("不是本室导出的季度反馈表（没有封签），请用本室导出的表填写")
    sealed = sealed_values(wb, SEAL_ROWS)
    if sealed.get("kind") != KIND:
        # An instruction's 反馈表 has no kind row: it predates the quarterly forms.
        raise ValueError(f"本表是{sealed.get('kind') or '批示件的反馈表'}，不是重点工作季度反馈表："
                         "请在 批示件 → 反馈表 → 导入反馈表… 导入，或用命令 import feedback")
    if FORM_SHEET not in wb.sheetnames:
        raise ValueError("不是本室导出的季度反馈表（没有封签），请用本室导出的表填写")
    return wb[FORM_SHEET], sealed


def judge(path: Path, today: dt.date, plan_id: int | None = None, quarter: tuple[int, int] | None = None,
          unit_id: int | None = None) -> QuarterVerdict:
    """Judge one returned quarterly form without writing anything.

    ``plan_id`` / ``quarter`` / ``unit_id``: what the clerk is taking returns for; a form
    of another is refused. Every problem becomes the verdict's reason; nothing raises.
    """
    path = Path(path)
    v = QuarterVerdict(path)
    try:
        v.sha256 = sha256_of(path)
        ws, sealed = _read(path)
    except (OSError, ValueError) as exc:
        v.reason = str(exc) if isinstance(exc, ValueError) else f"无法打开该文件（{exc.strerror or exc}）"
        return v
    v.unit = cell_text(ws[HEAD["unit"]].value)
    v.number = cell_text(ws[HEAD["quarter"]].value)
    v.matter = cell_text(ws[HEAD["plan"]].value)
    if sealed.get("version") != str(FORM_VERSION):
        v.reason = (f"表样版本“{sealed.get('version') or '无'}”不是本程序所用的版本 {FORM_VERSION}，"
                    "请用本室新导出的季度反馈表填写")
        return v
    try:
        pid, uid = int(sealed.get("plan_id", "")), int(sealed.get("unit_id", ""))
        year, q = parse_quarter(sealed.get("quarter", ""))
        ids = [int(x) for x in sealed.get("item_ids", "").split(",") if x]
    except (ValueError, WorkflowError):
        pid = uid = year = q = 0
        ids = []
    cells = []
    for i, iid in enumerate(ids):
        r = FIRST_ROW + i
        cells.append((iid, *(cell_text(ws[f"{COLUMNS[k]}{r}"].value) for k in ("number", "text", "deadline", "role"))))
    due_text = cell_text(ws[HEAD["due"]].value)
    key = seal_key()
    expected = None if key is None or not pid else seal_of(key, FORM_VERSION, pid, uid, v.unit, f"{year}Q{q}",
                                                           due_text, cells)
    if not seals_match(expected, sealed.get("seal", "")):
        v.reason = ("封签不符：表中的报送单位、季度、报送期限或事项内容被改动过，或不是本室导出的表；"
                    "请用原表填写，或请本室重新导出")
        return v
    plan = KeyPlan.get_or_none(KeyPlan.id == pid)
    unit = Unit.get_or_none(Unit.id == uid)
    if plan is None or unit is None:
        v.reason = "找不到该表对应的年度计划或单位（可能已删除），请与本室核对"
        return v
    v.plan_id, v.unit_id, v.year, v.quarter = pid, uid, year, q
    v.matter = plan.title
    if plan_id is not None and pid != plan_id:
        want = KeyPlan.get_or_none(KeyPlan.id == plan_id)
        v.reason = f"本表属于另一年度计划（{plan.title}），不是{want.title if want else '所选计划'}的反馈表"
        return v
    if quarter is not None and (year, q) != tuple(quarter):
        v.reason = f"本表是{quarter_label(year, q)}的反馈表，不是{quarter_label(*quarter)}的"
        return v
    if unit_id is not None and uid != unit_id:
        v.reason = f"本表属于另一单位（{unit.name}）"
        return v
    units = reporting_units(ids)
    items = {i.id: i for i in KeyItem.select().where(KeyItem.id.in_(ids))}
    for iid, number, text, deadline, role in cells:
        item = items.get(iid)
        if item is None or uid not in units.get(iid, []):
            v.reason = f"第{number}项已删除或不再由{unit.name}承办，本表作废；请用新导出的季度反馈表填写"
            return v
        role_now = LEAD if units[iid][0] == uid else RESPONSIBLE
        if (item_text(item.title, item.content), item.deadline_text(), role_now) != (text, deadline, role):
            v.reason = f"本表已被新表取代：第{number}项的内容、完成时限或分工登记后已更改，请用新导出的季度反馈表填写"
            return v
    try:
        _plan(v, ws, cells, today)
    except ValueError as exc:
        v.reason = str(exc)
        v.claims, v.changes, v.rows = [], [], []
    return v


def _plan(v: QuarterVerdict, ws: Any, cells: list[tuple], today: dt.date) -> None:
    """Fill the verdict's claims, rows and changes from the answer cells; ValueError refuses."""
    assert v.year is not None and v.quarter is not None
    taken = QuarterReturn.get_or_none(QuarterReturn.sha256 == v.sha256)
    if taken is not None:
        raise ValueError(f"无变化：本文件已于 {taken.taken_on.isoformat()} 导入过")
    assert v.unit_id is not None
    unit = Unit.get_by_id(v.unit_id)
    who = unit.short_name or unit.name
    filled, blank = [], []
    for i, (iid, number, _text, _deadline, role) in enumerate(cells):
        r = FIRST_ROW + i
        text = {k: cell_text(ws[f"{COLUMNS[k]}{r}"].value) for k in ANSWERS}
        if not any(text.values()):
            blank.append(number)
            continue
        finished_on = None
        if text["finished_on"]:
            try:
                finished_on = parse_date(ws[f"{COLUMNS['finished_on']}{r}"].value)
            except ValueError as exc:
                raise ValueError(f"第{number}项完成日期：{exc}") from None
            if finished_on > today:
                raise ValueError(f"第{number}项完成日期 {finished_on.isoformat()} 晚于今天，请核对")
        if not text["done"]:
            raise ValueError(f"第{number}项：请填写工作进展")
        done = text["done"] + (f"\n{finished_claim(who, role, finished_on)}" if finished_on else "")
        filled.append(RowClaim(iid, number, done, text["problems"], text["next_steps"], finished_on))
    if not filled:
        raise ValueError("表中未填写任何事项的进展")
    raw = ws[HEAD["reported_on"]].value
    if raw is None or cell_text(raw) == "":
        raise ValueError("请填写填报日期")
    try:
        v.reported_on = parse_date(raw)
    except ValueError as exc:
        raise ValueError(f"填报日期：{exc}") from None
    if v.reported_on > today:
        raise ValueError(f"填报日期 {v.reported_on.isoformat()} 晚于今天，请核对")
    if v.reported_on < kp.quarter_start(v.year, v.quarter):
        raise ValueError(f"填报日期 {v.reported_on.isoformat()} 早于{quarter_label(v.year, v.quarter)}开始，请核对")
    existing = {p.item_id: p for p in kp.KeyProgress.select().where(
        (kp.KeyProgress.item.in_([c.item_id for c in filled])) & (kp.KeyProgress.unit == v.unit_id)
        & (kp.KeyProgress.year == v.year) & (kp.KeyProgress.quarter == v.quarter))}
    for c in filled:
        v.claims.append(f"第{c.number}项：{c.done}" + (f"（问题：{c.problems}）" if c.problems else ""))
        had = existing.get(c.item_id)
        if had is None:
            v.changes.append(f"登记第{c.number}项进展")
        elif (had.done, had.problems, had.next_steps) != (c.done, c.problems, c.next_steps):
            c.progress_id, c.version = had.id, had.version
            v.changes.append(f"更正第{c.number}项进展")
        else:
            continue
        v.rows.append(c)
    if not v.rows:
        raise ValueError("无变化：本表所填内容均已登记过")
    if blank:
        # Said with what changes, so that the import line and the review list both show it.
        v.changes.append(f"第{'、'.join(blank)}项未填写")
    v.accepted = True


def finished_claim(unit: str, role: str, finished_on: dt.date) -> str:
    """The line a completion date adds to the progress text, naming who claims what: a
    责任单位 only its own share ("市住建委报称已于2014年10月25日完成其承担部分"), the
    牵头单位 the item ("市交通运输局（牵头单位）报称已于2014年10月20日完成")."""
    if role == LEAD:
        return f"{unit}（牵头单位）报称已于{date_cn(finished_on)}完成"
    return f"{unit}报称已于{date_cn(finished_on)}完成其承担部分"


def judge_all(paths: list[Path], today: dt.date, plan_id: int | None = None,
              quarter: tuple[int, int] | None = None, unit_id: int | None = None) -> list[QuarterVerdict]:
    """Judge each file; two accepted files of one unit and quarter keep only the first."""
    verdicts = [judge(p, today, plan_id, quarter, unit_id) for p in paths]
    seen: set[tuple] = set()
    for v in verdicts:
        if not v.accepted:
            continue
        key = (v.plan_id, v.unit_id, v.year, v.quarter)
        if key in seen:
            v.accepted, v.reason = False, "本批已有该单位同一季度的另一份反馈表，请核对后单独导入"
        seen.add(key)
    return verdicts


@workflow()
def take_in(actor: Actor, verdict: QuarterVerdict, today: dt.date, plan_id: int | None = None,
            quarter: tuple[int, int] | None = None, unit_id: int | None = None) -> QuarterVerdict:
    """Write one accepted return: each changed row through the quarterly progress workflow
    (as 录入进展 does), and the file with its SHA-256, in one transaction. The file is
    judged again first: if it or the records changed since the review, it is refused."""
    fresh = judge(verdict.path, today, plan_id, quarter, unit_id)
    if fresh.accepted and fresh.sha256 != verdict.sha256:
        fresh.accepted, fresh.reason = False, "文件在核对后被改动过，请重新导入"
    if not fresh.accepted:
        raise WorkflowError(f"{verdict.path.name}：{fresh.reason}")
    assert fresh.unit_id is not None and fresh.year is not None and fresh.quarter is not None
    assert fresh.reported_on is not None
    for c in fresh.rows:
        data = kp.ProgressData(c.item_id, fresh.unit_id, fresh.year, fresh.quarter, fresh.reported_on,
                               c.done, c.problems, c.next_steps)
        if c.progress_id is not None:
            data.assessment = kp.KeyProgress.get_by_id(c.progress_id).assessment
        kp.save_progress(actor, data, c.progress_id, c.version)
    insert(actor, QuarterReturn, f"{fresh.unit} 导入{quarter_label(fresh.year, fresh.quarter)}重点工作反馈表 "
           f"{fresh.path.name}（SHA-256 {fresh.sha256}）", plan=fresh.plan_id, unit=fresh.unit_id, year=fresh.year,
           quarter=fresh.quarter, file_name=fresh.path.name, sha256=fresh.sha256, taken_on=today,
           form_version=FORM_VERSION, changes="；".join(fresh.changes))
    return fresh
