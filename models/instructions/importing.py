"""The instruction ledger (批示件台账) in and out of Excel.

Import reads the office's existing ledger by header names and plans it row by row,
writing nothing; a clean plan is applied in one transaction (all or nothing). Rows are
matched by 编号: a number already in the database is left unchanged, so importing the
same file twice changes nothing.

A ledger row says where a matter ended up (registered, assigned, completed, reviewed,
reported back). For each row the import writes exactly what the workflows would write
stepping it through 登记 → 立项 → 交办 → 签收 → 办结 → 回访复核 → 报结 — the record in its
final state and version, its assignments, its history events and its review — but
decided by :func:`ledger_lifecycle`, a pure function of the row and of plain data read
once (:class:`LedgerContext`: the units, the leaders, the working-day calendar, the
numbering pattern, the numbers and sequences taken), with the workflows' own rules and
refusals. So the preview meets every refusal the import would without a trial run, and
the import writes in bulk: one ``executemany`` per table, ids given out in order.

Audit: each table written gets one audit record for the import (``audit.record_bulk``)
naming the file, the counts and the id range, whose digest covers the digest of every
record it wrote, so that ``check`` accounts for each of them. Every later change to
them is audited step by step as usual. A test replays ledgers through the workflows
themselves and compares the tables field by field.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NamedTuple

import peewee

from models.calendar.store import load_calendar
from models.calendar.workdays import WorkCalendar
from models.core import audit
from models.core.actors import Actor
from models.core.db import advance_ids, database
from models.core.errors import WorkflowError
from models.core.workflow import workflow
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import normalize_level
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
    file_name: str = ""
    #: What the rows would write, and the data it was decided on (see :func:`apply_ledger`).
    decided: list[LedgerWrites] = field(default_factory=list, repr=False)
    context: LedgerContext | None = field(default=None, repr=False)

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


class UnitRef(NamedTuple):
    """A unit as the import needs it."""

    id: int
    name: str
    short_name: str
    active: bool


@dataclass(frozen=True)
class LedgerContext:
    """The plain data the ledger's rules read, loaded once per plan or import."""

    units_by_id: dict[int, UnitRef]
    units_by_name: dict[str, UnitRef]
    units_by_short: dict[str, UnitRef]
    leaders: dict[str, tuple[int, str]]  # name → (id, level)
    calendar: WorkCalendar
    pattern: str
    numbers_taken: frozenset[str]
    seqs_taken: frozenset[tuple[int, int]]

    def unit(self, name: str) -> UnitRef | None:
        """A unit by its full or short name, as ``unit_by_name`` finds it."""
        n = (name or "").strip()
        if not n:
            return None
        return self.units_by_name.get(n) or self.units_by_short.get(n)


def load_context(numbers: Iterable[str]) -> LedgerContext:
    """Read what :func:`ledger_lifecycle` needs for these numbers, in a few queries."""
    db = database()
    by_id: dict[int, UnitRef] = {}
    by_name: dict[str, UnitRef] = {}
    by_short: dict[str, UnitRef] = {}
    for uid, name, short, active in db.execute_sql(
            "SELECT id, name, short_name, active FROM unit ORDER BY id").fetchall():
        ref = by_id[uid] = UnitRef(uid, name, short, bool(active))
        by_name.setdefault(name, ref)
        by_short.setdefault(short, ref)
    leaders: dict[str, tuple[int, str]] = {}
    for lid, name, level in db.execute_sql("SELECT id, name, level FROM leader ORDER BY id").fetchall():
        leaders.setdefault(name, (lid, level))
    numbers = sorted({n.strip() for n in numbers} | set(numbers))
    # Plain parameters in chunks (not json_each): the same SQL on SQLite and on the server.
    taken: set[str] = set()
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        taken.update(n for (n,) in db.execute_sql(
            f"SELECT number FROM instruction WHERE number IN ({', '.join('?' * len(chunk))})", chunk))
    pattern = m.settings.get(m.NUMBER_PATTERN)
    parsed = {p for p in (m.parse_number(pattern, n) for n in numbers) if p is not None}
    years = sorted({year for year, _seq in parsed})
    seqs = frozenset(
        (year, seq) for year, seq in (db.execute_sql(
            f"SELECT number_year, number_seq FROM instruction WHERE number_seq IS NOT NULL "
            f"AND number_year IN ({', '.join('?' * len(years))})", years).fetchall() if years else ())
        if (year, seq) in parsed)
    return LedgerContext(by_id, by_name, by_short, leaders, load_calendar(), pattern, frozenset(taken), seqs)


def _check_row(number: int, v: dict, ctx: LedgerContext) -> tuple[LedgerRow | None, list[RowError]]:
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
        unit = ctx.unit(name)
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


# ---------------------------------------------------------------- the lifecycle (pure)

@dataclass
class LedgerWrites:
    """Everything one row writes, as column values (dates as ``date``), in write order."""

    instruction: dict[str, Any]
    assignments: list[dict[str, Any]] = field(default_factory=list)
    events: list[tuple[dt.date, str, str]] = field(default_factory=list)  # (on, kind, text)
    reviews: list[dict[str, Any]] = field(default_factory=list)


def ledger_lifecycle(r: LedgerRow, ctx: LedgerContext, seqs_used: set[tuple[int, int]]) -> LedgerWrites:
    """What stepping row ``r`` through the workflows writes, decided on plain data.

    Follows, step for step, ``wf.register``, ``accept``, ``assign``, ``sign``,
    ``complete``, ``review`` and ``report_back`` as the ledger calls them (登记 to 签收 on
    the 批示日期, the import as signer, the ledger's dates for the later steps), raising
    the same :class:`WorkflowError` where one of them would refuse. ``seqs_used`` holds
    the (year, sequence) pairs of the numbers registered before this row in the same
    import, and gets this row's.
    """
    values = m.InstructionData(level=r.level, received_on=r.instructed_on, leader_name=r.leader,
                               instructed_on=r.instructed_on, source_title=r.source_title, text=r.text,
                               number=r.number).cleaned()
    level, name = values["level"], values["leader_name"]
    leader_id = None
    if name and name in ctx.leaders:
        leader_id, leader_level = ctx.leaders[name]
        if leader_level != level:
            raise WorkflowError(f"领导“{name}”登记为{m.LEVEL_LABELS[leader_level]}，与所填层级"
                                f"“{m.LEVEL_LABELS[level]}”不符，请核对。")
    number = r.number.strip()
    if number in ctx.numbers_taken:
        raise WorkflowError(f"登记编号“{number}”已被使用，请改用其他编号或留空自动生成。")
    year, seq = values["received_on"].year, None
    parsed = m.parse_number(ctx.pattern, number)
    if parsed is not None:
        year, seq = parsed
        if (year, seq) in ctx.seqs_taken or (year, seq) in seqs_used:
            seq = None
    ins: dict[str, Any] = {
        **values, "number": number, "number_year": year, "number_seq": seq, "leader": leader_id,
        "state": m.REGISTERED, "version": 1, "deadline": None, "deadline_provisional": False,
        "unit_names": "", "accepted_on": None, "decision_reason": "", "completed_on": None, "result": "",
        "review_result": "", "reported_on": None, "report_text": "", "stopped_on": None, "stop_reason": "",
        "reminder_count": 0,
    }
    out = LedgerWrites(ins)
    out.events.append((values["received_on"], "登记", f"{m.LEVEL_LABELS[level]}{name}批示，登记编号 {number}"))
    full_names: list[str] = []
    if r.unit_ids:
        on = r.instructed_on
        wf.not_before(on, ins["received_on"], "立项日期", "登记日期")
        ins.update(state=m.ACCEPTED, accepted_on=on, version=ins["version"] + 1)
        out.events.append((on, "立项", ""))
        labels: list[str] = []
        signs: list[tuple[dt.date, str, str]] = []
        for i, unit_id in enumerate(r.unit_ids):
            unit = ctx.units_by_id[unit_id]
            if not unit.active:
                raise WorkflowError(f"“{unit.name}”已停用，不能交办。")
            spec = wf.AssignmentSpec(unit_id, r.deadline, r.deadline_days)
            deadline, provisional = wf.assignment_deadline(on, spec, ctx.calendar)
            role = "牵头" if i == 0 else "协办"
            out.assignments.append({
                "unit": unit_id, "is_lead": i == 0, "assigned_on": on, "deadline": deadline,
                "original_deadline": deadline, "deadline_days": spec.days, "provisional": provisional,
                # 签收 follows at once, by the import, on the same day: version 2.
                "signed_on": on, "signed_by": IMPORT_SIGNER, "reminder_count": 0, "replaced_on": None,
                "replaced_by": None, "replace_reason": "", "version": 2})
            labels.append(unit.short_name or unit.name)
            full_names.append(unit.name)
            if i == 0:
                ins.update(deadline=deadline, deadline_provisional=provisional)
            out.events.append((on, "交办", f"{role}：{unit.name}，{wf.deadline_phrase(deadline, spec.days, provisional)}"))
            signs.append((on, "签收", f"{unit.name}（{role}）签收，签收人：{IMPORT_SIGNER}"))
        ins.update(state=m.ASSIGNED, unit_names="、".join(labels), version=ins["version"] + 1)
        out.events.extend(signs)
        # The lead unit's 签收 starts 办理中.
        ins.update(state=m.IN_PROGRESS, version=ins["version"] + 1)
        if r.completed_on:
            done = r.completed_on
            wf.not_before(done, on, "办结日期", "交办日期")
            late = ins["deadline"] is not None and done > ins["deadline"]
            ins.update(state=m.COMPLETED, completed_on=done, result=IMPORT_RESULT, version=ins["version"] + 1)
            out.events.append((done, "办结", IMPORT_RESULT + ("（超期办结）" if late else "")))
            if r.review == "通过":
                day = r.reported_on or done
                wf.not_before(day, done, "复核日期", "办结日期")
                reason = "据台账记载复核通过。"
                out.reviews.append({"reviewed_on": day, "passed": True, "reason": reason, "new_deadline": None})
                ins.update(state=m.REVIEWED, review_result="通过", version=ins["version"] + 1)
                out.events.append((day, "复核通过", reason))
            elif r.review == "不通过":
                reason = "据台账记载复核不通过。"
                out.reviews.append({"reviewed_on": done, "passed": False, "reason": reason, "new_deadline": None})
                ins.update(state=m.IN_PROGRESS, completed_on=None, review_result="不通过",
                           version=ins["version"] + 1)
                out.events.append((done, "复核不通过", reason.rstrip("。；;.") + "；原时限不变"))
            if r.reported_on:
                wf.check_allowed(number, ins["state"], "report_back")
                wf.not_before(r.reported_on, done, "报结日期", "办结日期")
                ins.update(state=m.REPORTED, reported_on=r.reported_on, version=ins["version"] + 1)
                out.events.append((r.reported_on, "报结", f"向{name or '领导'}报送办理结果"))
    ins["queue_rank"] = m.queue_rank(ins["state"])
    ins["search"] = m.search_text(SimpleNamespace(**ins), full_names)
    if seq is not None:
        seqs_used.add((year, seq))
    return out


def decide(rows: Sequence[LedgerRow], ctx: LedgerContext) -> tuple[list[tuple[LedgerRow, LedgerWrites]],
                                                                   list[RowError]]:
    """Each row's writes, or the refusal it meets, in file order."""
    seqs: set[tuple[int, int]] = set()
    done: list[tuple[LedgerRow, LedgerWrites]] = []
    errors: list[RowError] = []
    for r in rows:
        try:
            done.append((r, ledger_lifecycle(r, ctx, seqs)))
        except WorkflowError as exc:
            errors.append(RowError(r.row, "", exc.message))
    return done, errors


# ---------------------------------------------------------------- plan and apply

def plan_ledger(path: Path, actor: Actor) -> LedgerPlan:
    """Read a ledger file and check every row, writing nothing."""
    table = read_table(Path(path), COLUMNS)
    plan = LedgerPlan(errors=list(table.errors), file_name=Path(path).name)
    numbers = [clean_text(row.values["number"]) for row in table.rows]
    ctx = load_context(numbers)
    seen: dict[str, int] = {}
    candidates: list[LedgerRow] = []
    for row, number in zip(table.rows, numbers, strict=True):
        if number in seen:
            plan.errors.append(RowError(row.number, "编号", f"“{number}”与第{seen[number]}行重复"))
            continue
        seen[number] = row.number
        if number in ctx.numbers_taken:
            plan.unchanged.append(number)
            continue
        checked, errors = _check_row(row.number, {**row.values, "number": number}, ctx)
        plan.errors.extend(errors)
        if checked is not None:
            candidates.append(checked)
    done, refused = decide(candidates, ctx)
    plan.new.extend(r for r, _ in done)
    plan.decided.extend(w for _, w in done)
    plan.context = ctx
    plan.errors.extend(refused)
    plan.errors.sort(key=lambda e: e.row)
    return plan


#: The tables an import writes, in the order it writes them.
_TABLES = (m.Instruction, m.Assignment, m.InstructionEvent, m.Review)


def _converter(f: peewee.Field) -> Callable[[Any], Any] | None:
    # What peewee's db_value and sqlite3 make of our values: dates ISO text, booleans 0/1;
    # the rest (text, numbers, ids, None) goes in as it is.
    if isinstance(f, peewee.DateField):
        return lambda v: None if v is None else v.isoformat()
    if isinstance(f, peewee.BooleanField):
        return lambda v: None if v is None else int(v)
    return None


def _insert(model: type, rows: list[dict[str, Any]]) -> None:
    """One ``executemany`` of ``rows`` (Python values, stored as peewee stores them)."""
    if not rows:
        return
    names = list(rows[0])
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join(f.column_name for f in fields)
    marks = ", ".join("?" for _ in fields)
    convert = [(i, c) for i, c in enumerate(map(_converter, fields)) if c is not None]

    def values(row: dict[str, Any]) -> list[Any]:
        v = [row[n] for n in names]
        for i, c in convert:
            v[i] = c(v[i])
        return v

    database().cursor().executemany(
        f"INSERT INTO {model._meta.table_name} ({columns}) VALUES ({marks})", map(values, rows))


@workflow()
def apply_ledger(actor: Actor, plan: LedgerPlan) -> int:
    """Write a clean plan in one transaction; a plan with errors writes nothing.

    What the plan decided is written as it is when the data it was decided on (units,
    leaders, calendar, numbering, the numbers taken) reads the same inside the
    transaction; otherwise the rows are decided again, so a unit stopped or a number
    logged by someone else since the preview is met here. Then one ``executemany`` per
    table and one audit record per table for the whole import (``audit.record_bulk``).
    """
    if not plan.ok:
        raise WorkflowError(f"文件有 {len(plan.errors)} 行错误，未导入任何数据。请改正后重新导入。")
    # The numbers the plan read (new and unchanged), so that unchanged data compare equal.
    ctx = load_context([*(r.number for r in plan.new), *plan.unchanged])
    # Logged meanwhile by someone else: matched by number, left unchanged.
    rows = [r for r in plan.new if r.number.strip() not in ctx.numbers_taken]
    if not rows:
        return 0
    if ctx == plan.context and len(plan.decided) == len(plan.new) == len(rows):
        done = list(zip(plan.new, plan.decided, strict=True))
    else:
        done, refused = decide(rows, ctx)
        if refused:
            raise WorkflowError(f"第{refused[0].row}行：{refused[0].reason}（未导入任何数据）")
    db = database()
    next_id = {model: db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {model._meta.table_name}").fetchone()[0] + 1
               for model in _TABLES}
    batch: dict[type, list[dict[str, Any]]] = {model: [] for model in _TABLES}

    def add(model: type, row: dict[str, Any]) -> int:
        rid = next_id[model]
        next_id[model] += 1
        batch[model].append({"id": rid, **row})
        return rid

    for _, writes in done:
        iid = add(m.Instruction, writes.instruction)
        for a in writes.assignments:
            add(m.Assignment, {"instruction": iid, **a})
        for on, kind, text in writes.events:
            add(m.InstructionEvent, {"instruction": iid, "on_date": on, "kind": kind, "text": text,
                                     "done_by": actor.name})
        for rv in writes.reviews:
            add(m.Review, {"instruction": iid, **rv})
    for model in _TABLES:
        _insert(model, batch[model])
    advance_ids(*(model._meta.table_name for model in _TABLES))
    name = plan.file_name
    unchanged = len(plan.unchanged) + len(plan.new) - len(rows)
    what = {m.Instruction: "批示件", m.Assignment: "交办记录", m.InstructionEvent: "办理经过",
            m.Review: "复核记录"}
    for model in _TABLES:
        ids = [row["id"] for row in batch[model]]
        if not ids:
            continue
        after: dict[str, Any] = {"file": name, "new": len(ids), "new_ids": [ids[0], ids[-1]]}
        summary = f"导入批示件台账 {name}：{what[model]} {len(ids)} 条（编号 {ids[0]}—{ids[-1]}）"
        if model is m.Instruction:
            after.update(unchanged=unchanged, assignments=len(batch[m.Assignment]),
                         events=len(batch[m.InstructionEvent]), reviews=len(batch[m.Review]))
            summary = (f"导入批示件台账 {name}：新增批示件 {len(ids)} 件（编号 {ids[0]}—{ids[-1]}），"
                       f"已存在未改动 {unchanged} 件")
        audit.record_bulk(actor, "import", model._meta.table_name, ids, after, summary)
    return len(done)


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
