"""The instruction ledger (批示件台账) in and out of Excel.

Import reads the office's existing ledger by header names, plans it row by row and
dry-runs every row through the real workflows inside a transaction that is always
rolled back — so the preview shows exactly the errors applying would meet — and then
applies a clean plan in one transaction (all or nothing). Rows are matched by 编号: a
number already in the database is left unchanged, so importing the same file twice
changes nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from models.core.actors import Actor
from models.core.db import write_transaction
from models.core.errors import WorkflowError
from models.core.workflow import workflow
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import normalize_level, unit_by_name
from models.tabular.read import (
    Column,
    ImportTemplate,
    RowError,
    clean_text,
    parse_date,
    read_table,
    split_names,
)

LEDGER_HEADERS = ("编号", "批示领导", "领导层级", "批示日期", "来文标题", "批示内容", "承办单位",
                  "办理时限", "办结日期", "回访复核", "报结日期")
#: After the import's columns: what the export adds for the office's own record. 承办单位
#: lists the units handling the matter now (what an import would assign); a unit
#: replaced by 更换 is in 承办单位变更, with its successor, the day and the reason.
EXTRA_EXPORT_HEADERS = ("办理状态", "催办次数", "承办单位变更")
#: Column widths of the exported ledger (Excel character units), one per header.
LEDGER_WIDTHS = (16, 10, 14, 12, 28, 44, 30, 12, 12, 9, 12, 9, 8, 36)

COLUMNS = (
    Column("编号", "number", required=True, aliases=("登记编号", "批示件编号"),
           help="批示件的登记编号，如“督〔2014〕1号”；编号已在数据库中的行不再导入（重复导入不改动）。"),
    Column("批示领导", "leader", aliases=("领导",), help="作出批示的领导姓名。"),
    Column("领导层级", "level", required=True, aliases=("层级",),
           help="自治区 或 市（也可写“自治区党委领导”“市委领导”），批示件按此分列统计。"),
    Column("批示日期", "instructed_on", kind="date", required=True, help="领导作出批示的日期。"),
    Column("来文标题", "source_title", aliases=("来文",), help="批示所在来文的标题。"),
    Column("批示内容", "text", required=True, aliases=("批示原文",), help="批示原文，逐字照录。"),
    Column("承办单位", "units", help="交办的单位，可写多个，用顿号“、”分隔，第一个为牵头单位；须在单位名录中。"),
    Column("办理时限", "deadline", aliases=("完成时限", "时限"),
           help="日期，或“N个工作日”（从批示日期起按工作日计算）；填了承办单位就须填写。"),
    Column("办结日期", "completed_on", kind="date", help="已办结的填写；须有承办单位。"),
    Column("回访复核", "review", aliases=("复核",), help="通过、不通过 或空白；填写时须有办结日期。"),
    Column("报结日期", "reported_on", kind="date", help="向批示领导报结的日期；须回访复核“通过”。"),
)

TEMPLATE = ImportTemplate(
    "ledger", "领导批示件台账", COLUMNS,
    lambda year: {"number": f"督〔{year}〕1号", "leader": "黄振宇", "level": "市",
                  "instructed_on": dt.date(year, 3, 5), "source_title": "关于邕江沿岸违章搭建问题的情况反映",
                  "text": "请市住建委牵头依法整治，限期报告结果。", "units": "市住建委", "deadline": "10个工作日",
                  "completed_on": dt.date(year, 3, 14), "review": "通过", "reported_on": dt.date(year, 3, 17)},
    "在“批示件”中点“导入台账”，或在命令行运行：python main.py import instructions 批示件台账.xlsx",
    ("每行按台账记载走完登记、立项、交办、签收，以及办结、复核、报结（有日期的才走）。",
     "承办单位须已在单位名录中。"))

IMPORT_SIGNER = "（台账导入）"
IMPORT_RESULT = "据台账记载已办结。"


@dataclass(frozen=True)
class LedgerRow:
    """One ledger row, checked and converted."""

    row: int
    number: str
    leader: str
    level: str
    instructed_on: dt.date
    source_title: str
    text: str
    unit_ids: tuple[int, ...]
    deadline: dt.date | None
    deadline_days: int | None
    completed_on: dt.date | None
    review: str  # "", 通过, 不通过
    reported_on: dt.date | None


@dataclass
class LedgerPlan:
    """What importing the file would do."""

    new: list[LedgerRow] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no row was refused (only then is anything written)."""
        return not self.errors

    def summary(self) -> str:
        """One Chinese line: counts of new, unchanged and refused rows."""
        return (f"新增 {len(self.new)} 件，已存在未改动 {len(self.unchanged)} 件，"
                f"有误 {len(self.errors)} 行")


def parse_deadline(text: str, start: dt.date) -> tuple[dt.date | None, int | None]:
    """办理时限 as a date, or as "N个工作日" counted from ``start``; ``ValueError`` otherwise."""
    t = clean_text(text)
    if not t:
        return None, None
    m_days = re.fullmatch(r"(\d+)\s*个?\s*工作日(?:内)?", t)
    if m_days:
        n = int(m_days.group(1))
        if n < 1:
            raise ValueError("工作日数须至少为 1")
        return None, n
    try:
        return parse_date(t), None
    except ValueError:
        raise ValueError(f"“{t[:30]}”既不是日期也不是“N个工作日”") from None


def _check_row(number: int, v: dict) -> tuple[LedgerRow | None, list[RowError]]:
    errors: list[RowError] = []

    def bad(col: str, reason: str) -> None:
        errors.append(RowError(number, col, reason))

    try:
        level = normalize_level(v.get("level"))
    except WorkflowError as exc:
        bad("领导层级", exc.message)
        level = ""
    unit_ids: list[int] = []
    for name in split_names(v.get("units") or ""):
        unit = unit_by_name(name)
        if unit is None:
            bad("承办单位", f"“{name}”不在单位名录中，请先在“单位”中添加或改用名录中的名称")
        elif unit.id in unit_ids:
            bad("承办单位", f"“{name}”重复")
        else:
            unit_ids.append(unit.id)
    deadline = days = None
    try:
        deadline, days = parse_deadline(v.get("deadline") or "", v["instructed_on"])
    except ValueError as exc:
        bad("办理时限", str(exc))
    review = clean_text(v.get("review"))
    if review not in ("", "通过", "不通过"):
        bad("回访复核", f"须为“通过”“不通过”或空白，收到“{review[:20]}”")
    completed, reported = v.get("completed_on"), v.get("reported_on")
    if unit_ids and deadline is None and days is None and "办理时限" not in {e.column for e in errors}:
        bad("办理时限", "已填承办单位，须同时填写办理时限（日期或“N个工作日”）")
    if (deadline or days) and not unit_ids and "承办单位" not in {e.column for e in errors}:
        bad("承办单位", "已填办理时限，须同时填写承办单位")
    if completed and not unit_ids:
        bad("办结日期", "有办结日期，但没有承办单位")
    if review and not completed:
        bad("回访复核", "填写了复核结果，但没有办结日期")
    if reported and review != "通过":
        bad("报结日期", "报结前须经回访复核：请在“回访复核”列填“通过”")
    if errors:
        return None, errors
    return LedgerRow(number, v["number"], clean_text(v.get("leader")), level, v["instructed_on"],
                     v.get("source_title") or "", v["text"], tuple(unit_ids), deadline, days,
                     completed, review, reported), []


def _apply_row(actor: Actor, r: LedgerRow) -> m.Instruction:
    ins = wf.register(actor, m.InstructionData(
        level=r.level, received_on=r.instructed_on, leader_name=r.leader, instructed_on=r.instructed_on,
        source_title=r.source_title, text=r.text, number=r.number))
    if not r.unit_ids:
        return ins
    on = r.instructed_on
    wf.accept(actor, ins.id, on)
    wf.assign(actor, ins.id, on, [wf.AssignmentSpec(u, r.deadline, r.deadline_days) for u in r.unit_ids])
    for a in m.assignments_of(ins.id):
        wf.sign(actor, a.id, on, IMPORT_SIGNER)
    if r.completed_on:
        wf.complete(actor, ins.id, r.completed_on, IMPORT_RESULT)
        if r.review == "通过":
            wf.review(actor, ins.id, r.reported_on or r.completed_on, True, "据台账记载复核通过。")
        elif r.review == "不通过":
            wf.review(actor, ins.id, r.completed_on, False, "据台账记载复核不通过。")
        if r.reported_on:
            wf.report_back(actor, ins.id, r.reported_on)
    return m.Instruction.get_by_id(ins.id)


class _Rollback(Exception):
    pass


def plan_ledger(path: Path, actor: Actor) -> LedgerPlan:
    """Read a ledger file and check every row, writing nothing."""
    table = read_table(Path(path), COLUMNS)
    plan = LedgerPlan(errors=list(table.errors))
    seen: dict[str, int] = {}
    candidates: list[LedgerRow] = []
    for row in table.rows:
        number = clean_text(row.values["number"])
        if number in seen:
            plan.errors.append(RowError(row.number, "编号", f"“{number}”与第{seen[number]}行重复"))
            continue
        seen[number] = row.number
        if m.Instruction.select().where(m.Instruction.number == number).exists():
            plan.unchanged.append(number)
            continue
        checked, errors = _check_row(row.number, {**row.values, "number": number})
        plan.errors.extend(errors)
        if checked is not None:
            candidates.append(checked)
    # Dry-run the rows through the workflows and roll each back, so the preview meets
    # the same refusals as the real import would. One short write transaction per row,
    # taken with the write lock up front (BEGIN IMMEDIATE, waiting like every writer):
    # another program's writes go on between the rows instead of meeting "database is
    # locked" for the length of the whole preview. apply_ledger checks again under its lock.
    for r in candidates:
        try:
            with write_transaction():
                _apply_row(actor, r)
                raise _Rollback
        except _Rollback:
            plan.new.append(r)
        except WorkflowError as exc:
            plan.errors.append(RowError(r.row, "", exc.message))
    plan.errors.sort(key=lambda e: e.row)
    return plan


@workflow()
def apply_ledger(actor: Actor, plan: LedgerPlan) -> int:
    """Write a clean plan in one transaction; a plan with errors writes nothing."""
    if not plan.ok:
        raise WorkflowError(f"文件有 {len(plan.errors)} 行错误，未导入任何数据。请改正后重新导入。")
    for r in plan.new:
        if m.Instruction.select().where(m.Instruction.number == r.number).exists():
            continue  # logged meanwhile by someone else: matched by number, left unchanged
        try:
            _apply_row(actor, r)
        except WorkflowError as exc:
            raise WorkflowError(f"第{r.row}行：{exc.message}（未导入任何数据）") from exc
    return len(plan.new)


def ledger_rows() -> list[list]:
    """Every instruction as a ledger row (the import's columns, then state, reminders
    and the changes of units, :data:`EXTRA_EXPORT_HEADERS`)."""
    units: dict[int, list[str]] = {}
    changes: dict[int, list[str]] = {}
    from models.reference.directory import Unit

    q = (m.Assignment.select(m.Assignment.id, m.Assignment.instruction, Unit.name, m.Assignment.replaced_on,
                             m.Assignment.replace_reason, m.Assignment.replaced_by).join(Unit)
         .order_by(m.Assignment.instruction, m.Assignment.is_lead.desc(), m.Assignment.id))
    assigned = list(q.tuples())
    names = {aid: name for aid, _iid, name, *_ in assigned}
    for _aid, iid, name, replaced_on, reason, by in assigned:
        if replaced_on is None:
            units.setdefault(iid, []).append(name)
        else:
            changes.setdefault(iid, []).append(f"{name}于{replaced_on.isoformat()}更换为{names.get(by, '')}（{reason}）")
    rows = []
    for ins in m.Instruction.select().order_by(m.Instruction.number_year, m.Instruction.number_seq,
                                                m.Instruction.id):
        rows.append([ins.number, ins.leader_name, m.LEVEL_LABELS.get(ins.level, ins.level),
                     ins.instructed_on or ins.received_on, ins.source_title, ins.text,
                     "、".join(units.get(ins.id, [])), ins.deadline, ins.completed_on,
                     ins.review_result, ins.reported_on, ins.state, ins.reminder_count,
                     "；".join(changes.get(ins.id, []))])
    return rows
