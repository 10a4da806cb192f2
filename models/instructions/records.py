"""Leaders' written instructions (领导批示件) and everything that happens to them.

An :class:`Instruction` is logged (登记) with a registration number generated from the
office's pattern (e.g. 督〔2014〕35号), taken up (立项) or not, assigned (交办) to one
lead unit and any co-units — one :class:`Assignment` each, with its own deadline — and
followed through sign-off (签收), progress reports, reminders (催办), extensions (延期),
completion (办结), callback review (回访复核) and report-back (报结). The state is changed
only by the workflows in :mod:`models.instructions.workflow`; every step also leaves an
:class:`InstructionEvent`, the item's visible history.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import peewee

from models.calendar.lights import Light, LightFacts, light_for
from models.calendar.workdays import WorkCalendar
from models.core import settings
from models.core.base import BaseModel, VersionedModel
from models.core.errors import WorkflowError

# The states are defined once, in states.py; records re-exports them for the queue's readers.
from models.instructions.states import (  # noqa: F401
    ACCEPTED,
    ASSIGNED,
    CANCELLED,
    COMPLETED,
    DONE_STATES,
    HANDLING_STATES,
    IN_PROGRESS,
    LEVEL_LABELS,
    LEVELS,
    OPEN_STATES,
    REGISTERED,
    REJECTED,
    REPORTED,
    REVIEWED,
    STATES,
    SUSPENDED,
    TERMINAL_STATES,
    WITHDRAWN_STATES,
    sql_in,
)
from models.reference.directory import Leader, Unit


def instruction_light(state: str, deadline: dt.date | None, today: dt.date, cal: WorkCalendar,
                      yellow_days: int) -> Light:
    """The traffic light of an instruction, or of one unit's assignment of it (its deadline)."""
    return light_for(LightFacts(deadline, finished=state not in OPEN_STATES), today, cal, yellow_days)


URGENCIES = ("一般", "紧急", "特急")
REMINDER_MEANS = ("电话", "书面", "短信", "上门")

EXT_PENDING, EXT_APPROVED, EXT_REFUSED = "待审批", "批准", "不批准"

NUMBER_PATTERN = settings.define(
    "instructions.number_pattern", "督〔{year}〕{n}号", "批示件登记编号格式", "专项查办",
    help="{year} 为年份，{n} 为当年顺序号，例如 督〔{year}〕{n}号")
SIGNOFF_DAYS = settings.define(
    "instructions.signoff_days", 2, "交办后应签收的期限（工作日）", "专项查办", minimum=0, maximum=30)
DEFAULT_DAYS = settings.define(
    "instructions.default_days", 10, "默认办理时限（工作日）", "专项查办", minimum=1, maximum=250)
CRITICISM_OVERDUE_DAYS = settings.define(
    "instructions.criticism_overdue_days", 5, "通报批评：超期且未获批延期超过（工作日）", "专项查办",
    minimum=0, maximum=250)
CRITICISM_REMINDERS = settings.define(
    "instructions.criticism_reminders", 3, "通报批评：被催办达到（次）", "专项查办", minimum=1, maximum=50)


def queue_rank(state: str) -> int:
    """Where a state sorts in the queue: handling (by deadline), open, awaiting review, closed."""
    if state in HANDLING_STATES:
        return 0
    if state in (REGISTERED, ACCEPTED):
        return 1
    if state in (COMPLETED, REVIEWED):
        return 2
    return 3


class Instruction(VersionedModel):
    """领导批示件: one leader's written instruction and its handling."""

    number = peewee.CharField(unique=True)
    number_year = peewee.IntegerField()
    number_seq = peewee.IntegerField(null=True)
    level = peewee.CharField()
    leader = peewee.ForeignKeyField(Leader, null=True, column_name="leader_id")
    leader_name = peewee.CharField(default="")
    instructed_on = peewee.DateField(null=True)
    received_on = peewee.DateField()
    source_title = peewee.CharField(default="")
    source_issuer = peewee.CharField(default="")
    source_number = peewee.CharField(default="")
    text = peewee.TextField(default="")
    matter = peewee.CharField(default="")
    urgency = peewee.CharField(default="一般")
    state = peewee.CharField(default=REGISTERED)
    queue_rank = peewee.IntegerField(default=1)
    # The lead unit's current (possibly extended) deadline: the item's deadline.
    deadline = peewee.DateField(null=True)
    deadline_provisional = peewee.BooleanField(default=False)
    unit_names = peewee.TextField(default="")
    accepted_on = peewee.DateField(null=True)
    decision_reason = peewee.TextField(default="")
    completed_on = peewee.DateField(null=True)
    result = peewee.TextField(default="")
    review_result = peewee.CharField(default="")
    reported_on = peewee.DateField(null=True)
    report_text = peewee.TextField(default="")
    stopped_on = peewee.DateField(null=True)
    stop_reason = peewee.TextField(default="")
    reminder_count = peewee.IntegerField(default=0)
    # Lower-cased number, leader, units and texts, so the queue filters in SQL.
    search = peewee.TextField(default="")

    class Meta:
        table_name = "instruction"

    @property
    def level_label(self) -> str:
        """自治区党委领导 / 市委领导."""
        return LEVEL_LABELS.get(self.level, self.level)

    @property
    def title(self) -> str:
        """A one-line name: the matter, else the source title, else the text's start."""
        return self.matter or self.source_title or self.text[:30]


class Assignment(VersionedModel):
    """交办: the instruction given to one unit, with that unit's deadline."""

    instruction = peewee.ForeignKeyField(Instruction, backref="assignments",
                                         column_name="instruction_id", on_delete="CASCADE")
    unit = peewee.ForeignKeyField(Unit, column_name="unit_id")
    is_lead = peewee.BooleanField(default=False)
    assigned_on = peewee.DateField()
    deadline = peewee.DateField()
    original_deadline = peewee.DateField()
    deadline_days = peewee.IntegerField(null=True)
    provisional = peewee.BooleanField(default=False)
    signed_on = peewee.DateField(null=True)
    signed_by = peewee.CharField(default="")
    reminder_count = peewee.IntegerField(default=0)
    # 更换: the unit was taken off the matter on this day; its row and history stay.
    replaced_on = peewee.DateField(null=True)
    replaced_by = peewee.ForeignKeyField("self", null=True, column_name="replaced_by_id", backref="replacing")
    replace_reason = peewee.TextField(default="")

    class Meta:
        table_name = "instruction_assignment"

    @property
    def role(self) -> str:
        """牵头 or 协办."""
        return "牵头" if self.is_lead else "协办"

    @property
    def current(self) -> bool:
        """Still handling the matter (not replaced by another unit)."""
        return self.replaced_on is None


class ProgressReport(BaseModel):
    """A unit's dated progress report (办理进展)."""

    assignment = peewee.ForeignKeyField(Assignment, backref="progress", column_name="assignment_id",
                                        on_delete="CASCADE")
    reported_on = peewee.DateField()
    text = peewee.TextField()

    class Meta:
        table_name = "instruction_progress"


class CompletionReport(BaseModel):
    """A unit's own 办结报告: the day it says it finished, what it did, and its evidence.

    A claim only: the office's 回访复核 of the matter stays its own step."""

    assignment = peewee.ForeignKeyField(Assignment, backref="completion_reports", column_name="assignment_id",
                                        on_delete="CASCADE")
    reported_on = peewee.DateField()
    text = peewee.TextField()
    evidence = peewee.TextField(default="")

    class Meta:
        table_name = "instruction_completion_report"


class Reminder(BaseModel):
    """催办: a dated reminder to one unit, with its means and text."""

    assignment = peewee.ForeignKeyField(Assignment, backref="reminders", column_name="assignment_id",
                                        on_delete="CASCADE")
    reminded_on = peewee.DateField()
    means = peewee.CharField(default="电话")
    text = peewee.TextField(default="")

    class Meta:
        table_name = "instruction_reminder"


class Extension(BaseModel):
    """延期: a unit's request to move its deadline, and the office's decision."""

    assignment = peewee.ForeignKeyField(Assignment, backref="extensions", column_name="assignment_id",
                                        on_delete="CASCADE")
    requested_on = peewee.DateField()
    reason = peewee.TextField()
    old_deadline = peewee.DateField()
    requested_deadline = peewee.DateField()
    decision = peewee.CharField(default=EXT_PENDING)
    decided_on = peewee.DateField(null=True)
    decision_note = peewee.TextField(default="")

    class Meta:
        table_name = "instruction_extension"


class Review(BaseModel):
    """回访复核: the office's check that a claimed completion is real."""

    instruction = peewee.ForeignKeyField(Instruction, backref="reviews", column_name="instruction_id",
                                         on_delete="CASCADE")
    reviewed_on = peewee.DateField()
    passed = peewee.BooleanField()
    reason = peewee.TextField(default="")
    new_deadline = peewee.DateField(null=True)

    class Meta:
        table_name = "instruction_review"


class InstructionEvent(BaseModel):
    """One step of an instruction's history, as the timeline shows it."""

    instruction = peewee.ForeignKeyField(Instruction, backref="events", column_name="instruction_id",
                                         on_delete="CASCADE")
    on_date = peewee.DateField()
    kind = peewee.CharField()
    text = peewee.TextField(default="")
    # Named done_by in Python: "actor" is the workflows' first argument.
    done_by = peewee.CharField(default="", column_name="actor")

    class Meta:
        table_name = "instruction_event"


class Attachment(BaseModel):
    """A scanned original kept in the data folder, with its checksum."""

    instruction = peewee.ForeignKeyField(Instruction, backref="attachments", column_name="instruction_id")
    file_name = peewee.CharField()
    stored_name = peewee.CharField(unique=True)
    sha256 = peewee.CharField()
    size = peewee.IntegerField()
    added_on = peewee.DateField()
    note = peewee.CharField(default="")

    class Meta:
        table_name = "instruction_attachment"


@dataclass
class InstructionData:
    """The fields typed when logging (登记) or editing an instruction."""

    level: str
    received_on: dt.date
    leader_name: str = ""
    instructed_on: dt.date | None = None
    source_title: str = ""
    source_issuer: str = ""
    source_number: str = ""
    text: str = ""
    matter: str = ""
    urgency: str = "一般"
    number: str = ""  # empty: generate from the office's pattern

    def cleaned(self) -> dict:
        """Trimmed and checked values; raise :class:`WorkflowError` in Chinese."""
        from models.reference.directory import normalize_level

        level = normalize_level(self.level)
        text = (self.text or "").strip()
        if not text:
            raise WorkflowError("批示内容不能为空：请逐字录入领导的批示原文。")
        if not isinstance(self.received_on, dt.date):
            raise WorkflowError("请填写收文（登记）日期。")
        if self.instructed_on and self.instructed_on > self.received_on:
            raise WorkflowError("批示日期不能晚于登记日期，请核对。")
        urgency = (self.urgency or "一般").strip()
        if urgency not in URGENCIES:
            raise WorkflowError(f"缓急程度须为：{'、'.join(URGENCIES)}。")
        return {
            "level": level, "received_on": self.received_on,
            "leader_name": (self.leader_name or "").strip(), "instructed_on": self.instructed_on,
            "source_title": (self.source_title or "").strip(),
            "source_issuer": (self.source_issuer or "").strip(),
            "source_number": (self.source_number or "").strip(),
            "text": text, "matter": (self.matter or "").strip(), "urgency": urgency,
        }


# ---------------------------------------------------------------- registration numbers

def format_number(pattern: str, year: int, n: int) -> str:
    """The registration number for sequence ``n`` of ``year`` (e.g. 督〔2014〕35号)."""
    if "{n}" not in pattern:
        raise WorkflowError("登记编号格式中须含 {n}（顺序号），例如 督〔{year}〕{n}号。")
    return pattern.replace("{year}", str(year)).replace("{n}", str(n))


def parse_number(pattern: str, number: str) -> tuple[int, int] | None:
    """(year, n) read back from a number written in ``pattern``, or ``None``."""
    regex = re.escape(pattern).replace(re.escape("{year}"), r"(?P<year>\d{4})").replace(
        re.escape("{n}"), r"(?P<n>\d+)")
    m = re.fullmatch(regex, (number or "").strip())
    if not m:
        return None
    year = int(m.group("year")) if "year" in m.groupdict() else None
    return (year, int(m.group("n"))) if year else None


def next_number(year: int) -> tuple[str, int]:
    """The next free registration number of ``year`` and its sequence."""
    pattern = settings.get(NUMBER_PATTERN)
    top = (Instruction.select(peewee.fn.MAX(Instruction.number_seq))
           .where(Instruction.number_year == year).scalar()) or 0
    n = top + 1
    while Instruction.select().where(Instruction.number == format_number(pattern, year, n)).exists():
        n += 1
    return format_number(pattern, year, n), n


# ---------------------------------------------------------------- search text

def search_text(ins: Instruction, unit_full_names: list[str] | None = None) -> str:
    """The lower-cased text the queue filters on (number, leader, units, texts)."""
    parts = [ins.number, ins.leader_name, ins.unit_names, " ".join(unit_full_names or []),
             ins.matter, ins.source_title, ins.source_number, ins.text]
    return "\n".join(p for p in parts if p).lower()


def unit_label(unit: Unit) -> str:
    """How a unit is shown in lists: its short name when it has one."""
    return unit.short_name or unit.name


def timeline(instruction_id: int) -> list[InstructionEvent]:
    """The instruction's history, oldest first."""
    return list(InstructionEvent.select().where(InstructionEvent.instruction == instruction_id)
                .order_by(InstructionEvent.on_date, InstructionEvent.id))


def assignments_of(instruction_id: int) -> list[Assignment]:
    """Assignments of one instruction, lead unit first, replaced units (更换) included."""
    return list(Assignment.select(Assignment, Unit).join(Unit)
                .where(Assignment.instruction == instruction_id)
                .order_by(Assignment.is_lead.desc(), Assignment.id))


def current_assignments(instruction_id: int) -> list[Assignment]:
    """The units handling the instruction now, lead unit first: those not replaced."""
    return [a for a in assignments_of(instruction_id) if a.replaced_on is None]


def current_unit_names(instruction_id: int) -> str:
    """The units handling it now as the queue shows them (``unit_names``): lead first, "、"."""
    return "、".join(unit_label(a.unit) for a in current_assignments(instruction_id))


# ---------------------------------------------------------------- facts for the rules

@functools.lru_cache(maxsize=8192)
def _day_of(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _d(value: object) -> dt.date | None:
    # Ten years hold only a few thousand distinct days: parsing each once is what makes
    # reading a hundred thousand rows cheap.
    return None if value is None else _day_of(str(value)[:10])


def load_facts(ids: list[int] | None = None) -> list:
    """Every instruction (or those of ``ids``) as :class:`InstructionFacts` for the rules,
    ordered by id. The one loader of the area: the period and candidate selections below
    only choose the ids.
    """
    import json

    if ids is None:
        return _facts_of("SELECT id FROM instruction", {})
    # One JSON parameter carries any number of ids (no bound-variable limit, one parse).
    return _facts_of("SELECT DISTINCT value FROM json_each(:ids)", {"ids": json.dumps([int(i) for i in ids])})


def _facts_of(chosen: str, params: dict, *, full: bool = True, leaders: dict[int, str] | None = None,
              watch: set[int] | None = None, watched: list | None = None) -> list:
    """The facts of the instructions whose ids the query ``chosen`` gives (its parameters
    in ``params``), read without the ORM in one pass: each instruction joined to its
    assignments and their reminders (a hundred thousand items in well under a second).

    ``full=False`` reads only what the period figures judge — no number or title, no
    sign-off, extension or review: those fields keep their defaults (``""``, ``None``,
    ``False``, 0). Criticism and the records' lists need ``full``. ``leaders``, when
    given, receives each instruction's 批示领导 (:func:`leaders_of`) from the same read.
    ``watched``, when given, receives the :class:`~models.instructions.watchwords.WatchFacts`
    of the instructions of ``watch`` (which ``chosen`` must include), ordered by id, from
    the same statements — as ``models.documents.watchwords.watch_facts`` reads them alone.
    """
    from models.core.db import database
    from models.instructions.rules import AssignmentFacts, InstructionFacts

    db = database()
    days = _Days()
    mine = f"s.instruction_id IN ({chosen})"
    own = f"id IN ({chosen})"
    theirs = f"instruction_id IN ({chosen})"
    reminders: dict[int, list[dt.date]] = {}
    for aid, day in db.execute_sql(
            "SELECT r.assignment_id, r.reminded_on FROM instruction_reminder r JOIN instruction_assignment s "
            f"ON s.id = r.assignment_id WHERE {mine}", params).fetchall():
        reminders.setdefault(aid, []).append(days[day])
    extended = set() if not full else {aid for (aid,) in db.execute_sql(
        "SELECT e.assignment_id FROM instruction_extension e JOIN instruction_assignment s "
        f"ON s.id = e.assignment_id WHERE e.decision = :ok AND {mine}", {**params, "ok": EXT_APPROVED}).fetchall()}
    new = tuple.__new__
    failed: dict[int, list[dt.date]] = {}
    for iid, day in (db.execute_sql(
            f"SELECT instruction_id, reviewed_on FROM instruction_review WHERE passed = 0 AND {theirs} "
            "ORDER BY reviewed_on, id", params).fetchall() if full else ()):
        failed.setdefault(iid, []).append(days[day])
    by_ins: dict[int, list] = {}
    # The few units by id instead of a join; an assignment without one is left out, as the join did.
    units = {uid: short or name for uid, name, short in db.execute_sql(
        "SELECT id, name, short_name FROM unit").fetchall()}
    # For the watchwords: the first 交办 of every assignment, the current lead's unit (of
    # two, the later one's).
    first_assigned: dict[int, dt.date] = {}
    lead_unit: dict[int, str] = {}
    for aid, iid, uid, lead, assigned_on, deadline, signed_on, replaced_on in db.execute_sql(
            "SELECT s.id, s.instruction_id, s.unit_id, s.is_lead, s.assigned_on, s.deadline, "
            f"s.signed_on, s.replaced_on FROM instruction_assignment s WHERE {mine}"
            + ("" if watched is not None else " AND s.unit_id IS NOT NULL") + " ORDER BY s.id", params).fetchall():
        if watched is not None and iid in watch:  # type: ignore[operator]
            day = days[assigned_on]
            if day is not None and (iid not in first_assigned or day < first_assigned[iid]):
                first_assigned[iid] = day
            if lead and replaced_on is None and uid in units:
                lead_unit[iid] = units[uid]
        if uid not in units:
            continue
        rem = reminders.get(aid)
        # tuple.__new__ with every field: what the named tuple's own __new__ does, without
        # its Python-level call (a year's tens of thousands of facts: ~10 ms less).
        by_ins.setdefault(iid, []).append(new(AssignmentFacts, (
            units[uid], bool(lead), days[assigned_on], days[deadline], days[signed_on],
            tuple(sorted(rem)) if rem else (), aid in extended, aid, days[replaced_on])))
    failed_on = {iid: tuple(on) for iid, on in failed.items()}
    # Numbers and titles are text the lean facts never read: not even fetched.
    rows = db.execute_sql(
        "SELECT id, level, state, received_on, accepted_on, deadline, completed_on, "
        + ("leader_name" if leaders is not None else "NULL")
        + (", number, matter, source_title" if full else "")
        + (", instructed_on, reported_on, result, report_text" if watched is not None else "")
        + f" FROM instruction WHERE {own} ORDER BY id", params).fetchall()
    if leaders is not None:
        leaders.update((row[0], row[7]) for row in rows)
    if watched is not None:
        _watch_facts_of(db, theirs, params, rows, watch, first_assigned, lead_unit, watched, days)  # type: ignore[arg-type]
        rows = [row[:-4] for row in rows]
    if not full:
        return [new(InstructionFacts, (iid, level, state, days[rec], days[acc], days[deadline], days[comp], 0,
                                       tuple(by_ins.get(iid, ())), "", "", ()))
                for iid, level, state, rec, acc, deadline, comp, _leader in rows]
    return [InstructionFacts(iid, level, state, days[rec], days[acc], days[deadline], days[comp],
                             len(failed_on.get(iid, ())), tuple(by_ins.get(iid, ())),
                             number, matter or title, failed_on.get(iid, ()))
            for iid, level, state, rec, acc, deadline, comp, _leader, number, matter, title in rows]


def _watch_facts_of(db, theirs: str, params: dict, rows: list, watch: set[int], first_assigned: dict[int, dt.date],
                    lead_unit: dict[int, str], watched: list, days: _Days) -> None:
    """The watchwords' facts of the ``watch`` instructions among ``rows`` (their last four
    columns: instructed_on, reported_on, result, report_text), appended to ``watched``."""
    from models.instructions.watchwords import WatchFacts

    reviews: dict[int, list[tuple[dt.date, bool]]] = {}
    for iid, day, passed in db.execute_sql(
            f"SELECT instruction_id, reviewed_on, passed FROM instruction_review WHERE {theirs} "
            "ORDER BY reviewed_on, id", params).fetchall():
        if iid in watch:
            reviews.setdefault(iid, []).append((days[day], bool(passed)))
    watched.extend(
        WatchFacts(row[0], row[1], lead_unit.get(row[0], ""), days[row[3]], days[instructed_on],
                   first_assigned.get(row[0]), days[reported_on], result or "", report or "",
                   tuple(reviews.get(row[0], ())))
        for row in rows if row[0] in watch
        for instructed_on, reported_on, result, report in (row[-4:],))


class _Days(dict):
    """Text → day (``None`` stays ``None``), each distinct text parsed once."""

    def __missing__(self, text: object) -> dt.date | None:
        day = self[text] = _d(text)
        return day


# Every figure of instruction_rules counts an item only through a date in the period
# (received, accepted, completed, a deadline — its own or a unit's —, a reminder) or
# through being overdue on today; these are exactly those items. The overdue branches
# start from the few items being handled, never from ten years of past deadlines.
_HANDLING = sql_in(HANDLING_STATES)
_PERIOD_IDS = f"""
    SELECT id FROM instruction WHERE received_on BETWEEN :a AND :b
    UNION SELECT id FROM instruction WHERE accepted_on BETWEEN :a AND :b
    UNION SELECT id FROM instruction WHERE completed_on BETWEEN :a AND :b
    UNION SELECT id FROM instruction WHERE deadline BETWEEN :a AND :b
    UNION SELECT instruction_id FROM instruction_assignment WHERE deadline BETWEEN :a AND :b
    UNION SELECT id FROM instruction WHERE state IN {_HANDLING} AND deadline < :t
    UNION SELECT i.id FROM instruction i JOIN instruction_assignment s ON s.instruction_id = i.id
          WHERE i.state IN {_HANDLING} AND s.deadline < :t
    UNION SELECT s.instruction_id FROM instruction_reminder r
          JOIN instruction_assignment s ON s.id = r.assignment_id
          WHERE r.reminded_on BETWEEN :a AND :b
"""

# criticism_candidates names a unit for an overdue assignment of an item being handled,
# for K reminders or more, or for a failed review; nothing else can put an item forward.
_CANDIDATE_IDS = f"""
    SELECT i.id FROM instruction i JOIN instruction_assignment s ON s.instruction_id = i.id
          WHERE i.state IN {_HANDLING} AND s.deadline < :t
    UNION SELECT s.instruction_id FROM instruction_assignment s
          WHERE s.id IN (SELECT assignment_id FROM instruction_reminder GROUP BY assignment_id
                         HAVING COUNT(*) >= :k)
    UNION SELECT instruction_id FROM instruction_review WHERE passed = 0
"""


# Every assignment criticism_candidates can name on :t, given the latest deadline that is
# late enough (:late, from rules.latest_late_deadline): overdue and late without an
# approved extension, reminded :k times or more, or the lead unit of a failed review.
# The rule's own order: deadline, number, unit as lists show it.
_CANDIDATE_ASSIGNMENTS = f"""
    WITH named(aid) AS (
        SELECT s.id FROM instruction i JOIN instruction_assignment s ON s.instruction_id = i.id
              WHERE i.state IN {_HANDLING} AND s.deadline <= :late AND s.deadline < :t
                AND NOT EXISTS (SELECT 1 FROM instruction_extension e
                                WHERE e.assignment_id = s.id AND e.decision = :ok)
        UNION SELECT assignment_id FROM instruction_reminder GROUP BY assignment_id HAVING COUNT(*) >= :k
        UNION SELECT s.id FROM instruction_review v JOIN instruction_assignment s
              ON s.instruction_id = v.instruction_id WHERE v.passed = 0 AND s.is_lead = 1)
    SELECT s.instruction_id, s.id FROM named JOIN instruction_assignment s ON s.id = named.aid
        JOIN instruction i ON i.id = s.instruction_id JOIN unit u ON u.id = s.unit_id
        WHERE i.state NOT IN {sql_in(WITHDRAWN_STATES)}
"""


def candidate_assignments(today: dt.date, latest_late: dt.date, min_reminders: int,
                          limit: int | None = None) -> tuple[int, list[tuple[int, int]]]:
    """How many (instruction, assignment) pairs the criticism rule can name on ``today``,
    and the first ``limit`` of them (all when ``None``) in the rule's order."""
    from models.core.db import database

    args = {"t": today.isoformat(), "late": latest_late.isoformat(), "k": int(min_reminders),
            "ok": EXT_APPROVED}
    order = " ORDER BY s.deadline, i.number, CASE WHEN u.short_name != '' THEN u.short_name ELSE u.name END"
    pairs = [tuple(r) for r in database().execute_sql(_CANDIDATE_ASSIGNMENTS + order, args).fetchall()]
    return len(pairs), pairs if limit is None else pairs[:limit]


def open_counts(today: dt.date, week_end: dt.date) -> dict[str, int]:
    """Items being handled past their deadline (``overdue``) or due from today to
    ``week_end`` (``due``), and items completed awaiting review (``review``): one pass
    over the state index."""
    from models.core.db import database

    row = database().execute_sql(
        f"SELECT SUM(CASE WHEN state IN {_HANDLING} AND deadline < :t THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN state IN {_HANDLING} AND deadline >= :t AND deadline <= :e THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN state = :c THEN 1 ELSE 0 END) "
        f"FROM instruction WHERE state IN {sql_in([*HANDLING_STATES, COMPLETED])}",
        {"t": today.isoformat(), "e": week_end.isoformat(), "c": COMPLETED}).fetchone()
    return {"overdue": row[0] or 0, "due": row[1] or 0, "review": row[2] or 0}


def most_urgent_ids(kind: str, today: dt.date, week_end: dt.date, limit: int) -> list[int]:
    """The first ``limit`` ids of ``kind`` as the 工作台 orders them: ``overdue`` and
    ``due`` by deadline then number, ``review`` by completion day then number."""
    from models.core.db import database

    where, order = {
        "overdue": (f"state IN {_HANDLING} AND deadline < :t", "deadline, number"),
        "due": (f"state IN {_HANDLING} AND deadline >= :t AND deadline <= :e", "deadline, number"),
        "review": ("state = :c", "completed_on, number"),
    }[kind]
    return [i for (i,) in database().execute_sql(
        f"SELECT id FROM instruction WHERE {where} ORDER BY {order} LIMIT {int(limit)}",
        {"t": today.isoformat(), "e": week_end.isoformat(), "c": COMPLETED}).fetchall()]


# Every watchword (models.instructions.watchwords) counts a matter only through a 交办, a
# 报结 or a 回访复核 in the period.
_WATCH_IDS = """
    SELECT instruction_id FROM instruction_assignment WHERE assigned_on BETWEEN :a AND :b
    UNION SELECT id FROM instruction WHERE reported_on BETWEEN :a AND :b
    UNION SELECT instruction_id FROM instruction_review WHERE reviewed_on BETWEEN :a AND :b
"""


def watch_ids(start: dt.date, end: dt.date) -> list[int]:
    """Ids of the instructions that can count in any watchword over [start, end]."""
    from models.core.db import database

    args = {"a": start.isoformat(), "b": end.isoformat()}
    return sorted(r[0] for r in database().execute_sql(_WATCH_IDS, args).fetchall())


def period_ids(start: dt.date, end: dt.date, today: dt.date) -> list[int]:
    """Ids of the instructions that can count in any figure of [start, end] seen on ``today``."""
    from models.core.db import database

    args = {"a": start.isoformat(), "b": end.isoformat(), "t": today.isoformat()}
    return sorted(r[0] for r in database().execute_sql(_PERIOD_IDS, args).fetchall())


def facts_for_period(start: dt.date, end: dt.date, today: dt.date, *, full: bool = True,
                     leaders: dict[int, str] | None = None, watch: list[int] | None = None,
                     watched: list | None = None) -> list:
    """:func:`load_facts` of just the items :func:`period_ids` selects: the figures of
    the period come out the same as from every item, from a fraction of the rows.
    ``full=False``: only what the figures judge (see :func:`_facts_of`); :func:`labels`
    gives the numbers and titles of the few a list then shows. ``leaders``: filled with
    :func:`leaders_of` the items, from the same read. ``watched``: filled with the
    watchwords' facts of the instructions of ``watch`` (``models.documents.watchwords.
    watch_ids``), read in the same statements."""
    import json

    # The selection runs once; its ids are handed to each of the loader's statements
    # (as the selection itself, SQLite would run its eight branches for each).
    ids = period_ids(start, end, today)
    if watched is None:
        return _facts_of("SELECT value FROM json_each(:ids)", {"ids": json.dumps(ids)}, full=full, leaders=leaders)
    wanted, mine = set(watch or ()), set(ids)
    read: dict[int, str] = {}
    facts = _facts_of("SELECT value FROM json_each(:ids)", {"ids": json.dumps(sorted(mine | wanted))}, full=full,
                      leaders=read if leaders is not None else None, watch=wanted, watched=watched)
    if leaders is not None:
        leaders.update((i, name) for i, name in read.items() if i in mine)
    return [f for f in facts if f.id in mine] if wanted - mine else facts


def labels(ids: list[int]) -> dict[int, tuple[str, str]]:
    """(number, title) of each instruction: its matter, else its source title."""
    import json

    from models.core.db import database

    return {i: (n, t) for i, n, t in database().execute_sql(
        "SELECT id, number, CASE WHEN matter != '' THEN matter ELSE source_title END FROM instruction "
        "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps([int(i) for i in ids]),)).fetchall()}


def candidate_ids(today: dt.date, min_reminders: int) -> list[int]:
    """Ids of the instructions that can yield a criticism candidate on ``today``."""
    from models.core.db import database

    args = {"t": today.isoformat(), "k": int(min_reminders)}
    return sorted(r[0] for r in database().execute_sql(_CANDIDATE_IDS, args).fetchall())


# ---------------------------------------------------------------- the queue (SQL side)

TABS: tuple[tuple[str, str], ...] = (
    ("all", "全部"), ("pending", "待立项"), ("handling", "办理中"), ("due_soon", "即将到期"),
    ("overdue", "已超期"), ("review", "待复核"), ("done", "已办结"), ("closed", "已终止"),
)

QUEUE_COLUMNS = ("id", "number", "level", "leader_name", "received_on", "matter", "source_title",
                 "unit_names", "deadline", "state", "reminder_count", "deadline_provisional")


def _tab_sql(tab: str) -> tuple[str, list]:
    """The WHERE fragment of a tab; ``?`` parameters are today and the yellow limit."""
    handling = f"state IN {_HANDLING}"
    return {
        "all": ("1 = 1", []),
        "pending": (f"state IN {sql_in([REGISTERED])}", []),
        "handling": (f"state IN {sql_in([ACCEPTED, *HANDLING_STATES])}", []),
        "due_soon": (f"{handling} AND deadline >= :today AND deadline <= :limit", []),
        "overdue": (f"{handling} AND deadline < :today", []),
        "review": (f"state IN {sql_in([COMPLETED])}", []),
        "done": (f"state IN {sql_in([REVIEWED, REPORTED])}", []),
        "closed": (f"state IN {sql_in(WITHDRAWN_STATES)}", []),
    }[tab]


def yellow_limit(today: dt.date, cal, yellow_days: int) -> dt.date:
    """The last deadline that is still 临期 (yellow) on ``today`` under the lights rule."""
    from models.calendar.workdays import add_working_days

    return add_working_days(cal, today, yellow_days + 1) - dt.timedelta(days=1)


#: The units a leader oversees (分管) → the matters those units handle now.
_OVERSEEN = ("id IN (SELECT s.instruction_id FROM instruction_assignment s JOIN unit u ON u.id = s.unit_id "
             "WHERE u.overseer_id = :ov AND s.replaced_on IS NULL)")


@dataclass(frozen=True)
class LeaderFilter:
    """The queue's leader filters: by the leader who gave the instruction (批示领导, by
    name as the queue shows it) and by the leader who oversees (分管) any unit handling
    it now (a leader id); and ``only_ids``, the matters a rule picked (those with a
    反馈表 answer missing or late), ``None`` when that filter is off."""

    leader: str = ""
    overseer_id: int | None = None
    only_ids: tuple[int, ...] | None = None

    def __bool__(self) -> bool:
        return bool(self.leader) or self.overseer_id is not None or self.only_ids is not None

    def conditions(self) -> list[str]:
        """The SQL conditions of the filters set (none when nothing is chosen)."""
        out = []
        if self.leader:
            out.append("leader_name = :leader")
        if self.overseer_id is not None:
            out.append(_OVERSEEN)
        if self.only_ids is not None:
            out.append("id IN (SELECT value FROM json_each(:only))")
        return out

    def sql(self) -> str:
        """`` AND …`` conditions for the filters set ("" for none)."""
        return "".join(f" AND {c}" for c in self.conditions())


NO_FILTER = LeaderFilter()


def _where(tab: str, text: str, who: LeaderFilter = NO_FILTER) -> str:
    cond, _ = _tab_sql(tab)
    if text.strip():
        cond = f"({cond}) AND instr(search, :q) > 0"
    return f"({cond}){who.sql()}" if who else cond


def _params(today: dt.date, limit: dt.date, text: str, who: LeaderFilter = NO_FILTER) -> dict:
    import json

    return {"today": today.isoformat(), "limit": limit.isoformat(), "q": text.strip().lower(),
            "leader": who.leader, "ov": who.overseer_id, "only": json.dumps(list(who.only_ids or ()))}


def _bind(sql: str, params: dict) -> tuple[str, list]:
    names = []

    def repl(match: re.Match) -> str:
        names.append(match.group(1))
        return "?"

    out = re.sub(r":(today|limit|q|leader|ov|only)\b", repl, sql)
    return out, [params[n] for n in names]


def queue_count_all(text: str, today: dt.date, limit: dt.date, who: LeaderFilter = NO_FILTER) -> dict[str, int]:
    """How many items each tab holds under the filter ``text`` and the leader filters
    ``who`` (one pass, grouped by state)."""
    from models.core.db import database

    sql = ("SELECT state, COUNT(*), SUM(CASE WHEN deadline < :today THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN deadline >= :today AND deadline <= :limit THEN 1 ELSE 0 END) FROM instruction")
    conds = (["instr(search, :q) > 0"] if text.strip() else []) + who.conditions()
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    q, args = _bind(sql + " GROUP BY state", _params(today, limit, text, who))
    by_state = {state: (n, overdue or 0, soon or 0)
                for state, n, overdue, soon in database().execute_sql(q, args).fetchall()}

    def total(*states: str, part: int = 0) -> int:
        return sum(by_state.get(st, (0, 0, 0))[part] for st in states)

    return {
        "all": sum(v[0] for v in by_state.values()),
        "pending": total(REGISTERED),
        "handling": total(ACCEPTED, *HANDLING_STATES),
        "due_soon": total(*HANDLING_STATES, part=2),
        "overdue": total(*HANDLING_STATES, part=1),
        "review": total(COMPLETED),
        "done": total(REVIEWED, REPORTED),
        "closed": total(*WITHDRAWN_STATES),
    }


def queue_page(tab: str, text: str, today: dt.date, limit: dt.date, offset: int, count: int,
               who: LeaderFilter = NO_FILTER) -> list[tuple]:
    """One page of the queue, most urgent first: being handled by nearest (so overdue)
    deadline, then open items, then those awaiting review, then closed ones."""
    from models.core.db import database

    # Filtered, a scan and a sort of the few matches beats walking the urgency index
    # and looking up every row (the unary + keeps SQLite off that index). A leader's
    # instructions come in order from their own index (leader_name, queue_rank, deadline).
    order = "+queue_rank, deadline, id" if text.strip() or who else "queue_rank, deadline, id"
    if who.leader and not text.strip():
        order = "queue_rank, deadline, id"
    sql = (f"SELECT {', '.join(QUEUE_COLUMNS)} FROM instruction WHERE {_where(tab, text, who)} "
           f"ORDER BY {order} LIMIT ? OFFSET ?")
    q, args = _bind(sql, _params(today, limit, text, who))
    return database().execute_sql(q, [*args, count, offset]).fetchall()


def leaders_of(ids: list[int]) -> dict[int, str]:
    """The instructing leader's name (批示领导, "" when none was recorded) of each of ``ids``."""
    import json

    from models.core.db import database

    return dict(database().execute_sql(
        "SELECT id, leader_name FROM instruction WHERE id IN (SELECT value FROM json_each(?))",
        [json.dumps([int(i) for i in ids])]).fetchall())


def leader_names() -> list[str]:
    """The names of the leaders whose instructions are in the queue, most instructions first."""
    from models.core.db import database

    return [r[0] for r in database().execute_sql(
        "SELECT leader_name FROM instruction WHERE leader_name != '' GROUP BY leader_name "
        "ORDER BY COUNT(*) DESC, leader_name").fetchall()]


def data_version() -> int:
    """This thread's connection's ``PRAGMA data_version``: it moves when another
    connection commits (not on this connection's own writes)."""
    from models.core.db import database

    return database().execute_sql("PRAGMA data_version").fetchone()[0]


class SearchIndex:
    """The queue's filter text held in memory, so a keystroke scans 100,000 items in
    milliseconds instead of reading the whole table from disk each time.

    :meth:`stale` tells the caller to rebuild after another program changed the file
    (our own writes invalidate it through the caller). ``version`` is the
    :func:`data_version` of the connection that will ask :meth:`stale`, read before the
    build; it must be given when the index is built on another thread's connection,
    whose counter means nothing to the asking one.
    """

    def __init__(self, version: int | None = None) -> None:
        from models.core.db import database

        db = database()
        self.version = data_version() if version is None else version
        self.ids: list[int] = []
        self.texts: list[str] = []
        self.states: list[str] = []
        self.deadlines: list[str] = []
        self.ranks: list[int] = []
        # Row by row, not fetchall: a hundred thousand rows held at once as tuples, and
        # every state and deadline a string of its own, made the peak tens of MiB;
        # the few distinct states and days are kept once each.
        shared: dict[str, str] = {}
        for iid, text, state, deadline, rank in db.execute_sql(
                "SELECT id, search, state, deadline, queue_rank FROM instruction"):
            self.ids.append(iid)
            self.texts.append(text)
            self.states.append(shared.setdefault(state, state))
            self.deadlines.append(shared.setdefault(deadline, deadline) if deadline else "")
            self.ranks.append(rank)

    def stale(self) -> bool:
        """Whether another connection has committed since this index was built."""
        return data_version() != self.version

    def matching(self, text: str) -> list[int]:
        """Positions of items whose search text contains ``text`` (lower-cased)."""
        q = text.strip().lower()
        return [i for i, t in enumerate(self.texts) if q in t]

    def counts(self, hits: list[int], today: dt.date, limit: dt.date) -> dict[str, int]:
        """Tab counts over ``hits``, by the same rules as :func:`queue_count_all`."""
        t, lim = today.isoformat(), limit.isoformat()
        out = dict.fromkeys((k for k, _ in TABS), 0)
        for i in hits:
            for key in _tabs_of(self.states[i], self.deadlines[i], t, lim):
                out[key] += 1
        return out

    def ordered_ids(self, hits: list[int], tab: str, today: dt.date, limit: dt.date) -> list[int]:
        """Ids of the hits on ``tab``, most urgent first (as :func:`queue_page` orders)."""
        t, lim = today.isoformat(), limit.isoformat()
        chosen = [i for i in hits if tab in _tabs_of(self.states[i], self.deadlines[i], t, lim)]
        chosen.sort(key=lambda i: (self.ranks[i], self.deadlines[i], self.ids[i]))
        return [self.ids[i] for i in chosen]


def _tabs_of(state: str, deadline: str, today: str, limit: str) -> list[str]:
    tabs = ["all"]
    if state == REGISTERED:
        tabs.append("pending")
    elif state in (ACCEPTED, *HANDLING_STATES):
        tabs.append("handling")
        if state in HANDLING_STATES and deadline:
            if deadline < today:
                tabs.append("overdue")
            elif deadline <= limit:
                tabs.append("due_soon")
    elif state == COMPLETED:
        tabs.append("review")
    elif state in (REVIEWED, REPORTED):
        tabs.append("done")
    elif state in WITHDRAWN_STATES:
        tabs.append("closed")
    return tabs


def rows_by_ids(ids: list[int]) -> list[tuple]:
    """Queue rows for ``ids``, in that order."""
    from models.core.db import database

    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = {r[0]: r for r in database().execute_sql(
        f"SELECT {', '.join(QUEUE_COLUMNS)} FROM instruction WHERE id IN ({marks})", ids).fetchall()}
    return [found[i] for i in ids if i in found]
