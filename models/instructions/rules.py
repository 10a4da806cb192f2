"""The rules of 专项查办 people argue about, as pure functions over plain data.

Figures over a period (received, registered, completed, due, completed on time,
到期办结率, average days to completion, reminders sent, overdue now), split by leader
level and by unit; the late sign-off flag; criticism candidates (通报批评). The period
and "today" are always passed in; no database, no clock.

到期办结率 (DOMAIN.md) = items whose deadline fell in the period and were completed on
or before it ÷ items whose deadline fell in the period. The deadline is the current
one, i.e. after any approved extension or a reset after a failed review. Items never
taken up (不立项) or stopped (中止/撤销) are in no figure but "received".

A unit taken off a matter (更换) answers only for the time it held it: its deadline
counts (as missed) only if it passed before the replacement, it is never overdue,
reminded or completing afterwards; its successor answers for its own deadline, and the
item for its current lead's (:func:`unit_view`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from models.calendar.workdays import WorkCalendar, working_days_between
from models.instructions.states import HANDLING_STATES as HANDLING
from models.instructions.states import LEVEL_KEYS, REPLACED
from models.instructions.states import WITHDRAWN_STATES as WITHDRAWN


class AssignmentFacts(NamedTuple):
    """One unit's share of an instruction (named tuples, as for messages: a year's tens
    of thousands are built several times faster than frozen dataclasses)."""

    unit: str
    is_lead: bool
    assigned_on: dt.date
    deadline: dt.date
    signed_on: dt.date | None = None
    reminders: tuple[dt.date, ...] = ()
    approved_extension: bool = False
    assignment_id: int | None = None
    replaced_on: dt.date | None = None  # 更换: taken off the matter on this day


class InstructionFacts(NamedTuple):
    """What the rules need to know of one instruction."""

    id: int
    level: str  # 自治区 | 市
    state: str
    received_on: dt.date
    accepted_on: dt.date | None = None
    deadline: dt.date | None = None  # the lead unit's current deadline
    completed_on: dt.date | None = None  # cleared when a review fails
    failed_reviews: int = 0
    assignments: tuple[AssignmentFacts, ...] = ()
    number: str = ""
    matter: str = ""
    failed_review_dates: tuple[dt.date, ...] = ()  # the days of the failed reviews, when known


@dataclass
class Figures:
    """The figures of one group over one period."""

    received: int = 0
    registered: int = 0
    completed: int = 0
    due: int = 0
    completed_on_time: int = 0
    overdue: int = 0
    reminders: int = 0
    on_time_rate: float | None = None
    avg_days_to_complete: float | None = None
    _days: list[int] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict:
        """Plain JSON-ready values (rate as a fraction 0..1, ``None`` when nothing fell due)."""
        # By hand: dataclasses.asdict deep-copies every group's list of days.
        return {"received": self.received, "registered": self.registered, "completed": self.completed,
                "due": self.due, "completed_on_time": self.completed_on_time, "overdue": self.overdue,
                "reminders": self.reminders, "on_time_rate": self.on_time_rate,
                "avg_days_to_complete": self.avg_days_to_complete}

    def merge(self, other: Figures) -> None:
        """Add the counts of ``other`` (not yet finished) to these."""
        self.received += other.received
        self.registered += other.registered
        self.completed += other.completed
        self.due += other.due
        self.completed_on_time += other.completed_on_time
        self.overdue += other.overdue
        self.reminders += other.reminders
        self._days.extend(other._days)


def in_period(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    """Whether ``day`` lies in [start, end]."""
    return day is not None and start <= day <= end


def is_withdrawn(f: InstructionFacts) -> bool:
    """Never taken up or stopped: it drops out of every figure but "received"."""
    return f.state in WITHDRAWN


def fell_due(deadline: dt.date | None, completed_on: dt.date | None, start: dt.date, end: dt.date,
             today: dt.date) -> bool:
    """The (possibly extended) deadline fell in the period and has arrived by ``today``.

    A deadline still ahead is "not yet due" and stays out of 到期办结率's denominator,
    even when the period runs past today. A matter due today enters once it is
    completed (on time), or tomorrow if it is not.
    """
    if not in_period(deadline, start, end):
        return False
    return deadline < today or (deadline == today and completed_on is not None)  # type: ignore[operator]


def is_due_in(f: InstructionFacts, start: dt.date, end: dt.date, today: dt.date) -> bool:
    """Its (possibly extended) deadline fell in the period, by ``today``."""
    return not is_withdrawn(f) and fell_due(f.deadline, f.completed_on, start, end, today)


def completed_on_time(completed_on: dt.date | None, deadline: dt.date | None) -> bool:
    """Completed on or before the deadline (a late completion is completed, not on time)."""
    return completed_on is not None and deadline is not None and completed_on <= deadline


def is_overdue(state: str, deadline: dt.date | None, today: dt.date) -> bool:
    """Being handled and past its deadline on ``today``."""
    return state in HANDLING and deadline is not None and deadline < today


def on_time_rate(due: int, on_time: int) -> float | None:
    """到期办结率 as a fraction, or ``None`` when nothing fell due."""
    return None if due == 0 else on_time / due


def answerable_deadline(a: AssignmentFacts) -> dt.date | None:
    """The deadline a unit answers for: its own; for a unit replaced (更换) only one
    that passed before the day it was taken off, else none — the time after it was
    replaced is not its lateness."""
    if a.replaced_on is None or a.deadline < a.replaced_on:
        return a.deadline
    return None


def unit_view(f: InstructionFacts, a: AssignmentFacts) -> InstructionFacts:
    """The item as unit ``a`` answers for it, for the figures by unit: judged against
    the unit's own deadline. A replaced unit's share is in state :data:`REPLACED`
    (never overdue now), with :func:`answerable_deadline`, and without the completion
    another unit achieved; a withdrawn item stays withdrawn."""
    if a.replaced_on is None:
        return f._replace(deadline=a.deadline)
    if is_withdrawn(f):
        return f._replace(deadline=answerable_deadline(a))
    return f._replace(state=REPLACED, deadline=answerable_deadline(a), completed_on=None)


def lead_unit(f: InstructionFacts) -> str:
    """The unit leading the item now (牵头单位, not a replaced one), or ""."""
    return next((a.unit for a in f.assignments if a.is_lead and a.replaced_on is None), "")


def failed_reviews_of(f: InstructionFacts, a: AssignmentFacts) -> int:
    """The failed 回访复核 a unit answers for: a lead for those held while it led the
    matter — after its predecessor was replaced, up to and including the day it was
    itself replaced (a review failed on the day of a 更换 was the outgoing lead's); a
    co-unit for none. Facts without the review days give them all to the current lead."""
    if not a.is_lead or not f.failed_reviews:
        return 0
    if not f.failed_review_dates:
        return f.failed_reviews if a.replaced_on is None else 0
    start: dt.date | None = None
    for b in sorted((b for b in f.assignments if b.is_lead), key=lambda b: (b.assigned_on, b.assignment_id or 0)):
        if b == a:
            break
        start = b.replaced_on
    end = a.replaced_on
    return sum(1 for d in f.failed_review_dates if (start is None or d > start) and (end is None or d <= end))


def _item_marks(f: InstructionFacts, start: dt.date,
                end: dt.date) -> tuple[bool, bool, bool, int | None]:
    """What an item adds whichever deadline it is judged by: (received, withdrawn,
    registered, days from receipt to completion when completed in the period)."""
    received = in_period(f.received_on, start, end)
    if is_withdrawn(f):
        return received, True, False, None
    completed = in_period(f.completed_on, start, end)
    return (received, False, in_period(f.accepted_on, start, end),
            (f.completed_on - f.received_on).days if completed else None)  # type: ignore[operator]


def _add(fig: Figures, f: InstructionFacts, marks: tuple[bool, bool, bool, int | None], start: dt.date,
         end: dt.date, today: dt.date, deadline: dt.date | None, reminders: Iterable[dt.date]) -> None:
    received, withdrawn, registered, days = marks
    if received:
        fig.received += 1
    if withdrawn:
        return
    if registered:
        fig.registered += 1
    if days is not None:
        fig.completed += 1
        fig._days.append(days)
    if fell_due(deadline, f.completed_on, start, end, today):
        fig.due += 1
        if completed_on_time(f.completed_on, deadline):
            fig.completed_on_time += 1
    if is_overdue(f.state, deadline, today):
        fig.overdue += 1
    if reminders:
        fig.reminders += sum(1 for d in reminders if in_period(d, start, end))


def _finish(fig: Figures) -> Figures:
    fig.on_time_rate = on_time_rate(fig.due, fig.completed_on_time)
    fig.avg_days_to_complete = round(sum(fig._days) / len(fig._days), 1) if fig._days else None
    return fig


def merged(parts: Iterable[Figures]) -> Figures:
    """The figures of several disjoint groups as one group's: counts added, 到期办结率
    and the average days of the whole."""
    total = Figures()
    for fig in parts:
        total.merge(fig)
    return _finish(total)


def _all_reminders(f: InstructionFacts) -> list[dt.date]:
    return [d for a in f.assignments for d in a.reminders]


def figures(items: Iterable[InstructionFacts], start: dt.date, end: dt.date, today: dt.date) -> Figures:
    """The figures of ``items`` for the period [start, end] as seen on ``today``."""
    fig = Figures()
    for f in items:
        _add(fig, f, _item_marks(f, start, end), start, end, today, f.deadline, _all_reminders(f))
    return _finish(fig)


def breakdown(items: Iterable[InstructionFacts], start: dt.date, end: dt.date,
              today: dt.date) -> tuple[dict[str, Figures], dict[str, Figures]]:
    """:func:`figures_by_level` and :func:`figures_by_unit` in one pass: each item is
    judged once for what does not depend on a deadline, then against the lead unit's
    deadline for its level and each unit's own deadline for that unit."""
    # Levels outside LEVEL_KEYS count in "all" alone.
    levels: dict[str, Figures] = {}
    units: dict[str, Figures] = {}
    for f in items:
        marks = _item_marks(f, start, end)
        fig = levels.get(f.level)
        if fig is None:
            fig = levels[f.level] = Figures()
        _add(fig, f, marks, start, end, today, f.deadline, _all_reminders(f))
        for a in f.assignments:
            fig = units.get(a.unit)
            if fig is None:
                fig = units[a.unit] = Figures()
            if a.replaced_on is None:
                _add(fig, f, marks, start, end, today, a.deadline, a.reminders)
            else:
                v = unit_view(f, a)
                _add(fig, v, _item_marks(v, start, end), start, end, today, v.deadline, a.reminders)
    total = Figures()
    for fig in levels.values():
        total.merge(fig)
    by_level = {key: _finish(levels.get(level) or Figures()) for level, key in LEVEL_KEYS.items()}
    by_level["all"] = _finish(total)
    return by_level, {unit: _finish(fig) for unit, fig in sorted(units.items())}


def figures_by_level(items: Sequence[InstructionFacts], start: dt.date, end: dt.date,
                     today: dt.date) -> dict[str, Figures]:
    """``{"regional": …, "city": …, "all": …}``."""
    return breakdown(items, start, end, today)[0]


def figures_by_unit(items: Iterable[InstructionFacts], start: dt.date, end: dt.date,
                    today: dt.date) -> dict[str, Figures]:
    """Per unit, over the items assigned to it, judged against that unit's own deadline
    (a replaced unit as :func:`unit_view` says)."""
    return breakdown(items, start, end, today)[1]


def intake(items: Iterable[InstructionFacts], start: dt.date, end: dt.date) -> tuple[int, int]:
    """(received, completed) over the period: the figures of the same names, without
    the deadline tests the intake and completion lines do not need."""
    received = completed = 0
    for f in items:
        got, _withdrawn, _registered, days = _item_marks(f, start, end)
        received += got
        completed += days is not None
    return received, completed


def signoff_late(assigned_on: dt.date, signed_on: dt.date | None, today: dt.date,
                 cal: WorkCalendar, allowed_days: int) -> bool:
    """Not signed for within ``allowed_days`` working days of assignment (签收超时)."""
    until = signed_on if signed_on is not None else today
    return working_days_between(cal, assigned_on, until) > allowed_days


@dataclass(frozen=True)
class Candidate:
    """A unit's handling of one item that the rules put forward for 通报批评."""

    instruction_id: int
    number: str
    matter: str
    unit: str
    assignment_id: int | None
    deadline: dt.date | None
    reasons: tuple[str, ...]

    @property
    def mishandling(self) -> str:
        """The reasons as one line for the notice."""
        return "；".join(self.reasons)


def latest_late_deadline(cal: WorkCalendar, today: dt.date, overdue_days: int) -> dt.date:
    """The latest deadline that is more than ``overdue_days`` working days behind ``today``
    (the lateness :func:`criticism_candidates` names a unit for): every earlier deadline is
    too, no later one is — so a query can select the late by comparing dates."""
    day = today - dt.timedelta(days=1)
    while working_days_between(cal, day, today) <= overdue_days:
        day -= dt.timedelta(days=1)
    return day


def criticism_candidates(items: Iterable[InstructionFacts], today: dt.date, cal: WorkCalendar,
                         overdue_days: int, min_reminders: int) -> list[Candidate]:
    """Units to consider naming: overdue without an approved extension for more than
    ``overdue_days`` working days, reminded ``min_reminders`` times or more, or whose
    completion failed the callback review (the lead unit answers for that, as
    :func:`failed_reviews_of` says). A unit replaced (更换) while the item is still being
    handled is late only up to the day it was taken off the matter."""
    found: list[Candidate] = []
    for f in items:
        if is_withdrawn(f):
            continue
        for a in f.assignments:
            reasons: list[str] = []
            if is_overdue(f.state, a.deadline, today) and not a.approved_extension:
                if a.replaced_on is None:
                    late = working_days_between(cal, a.deadline, today)
                    if late > overdue_days:
                        reasons.append(f"超过办理时限 {late} 个工作日且未获批延期（时限 {a.deadline.isoformat()}）")
                elif a.deadline < a.replaced_on:
                    late = working_days_between(cal, a.deadline, a.replaced_on)
                    if late > overdue_days:
                        reasons.append(f"超过办理时限 {late} 个工作日后被更换（时限 {a.deadline.isoformat()}，"
                                       f"{a.replaced_on.isoformat()}更换）")
            if len(a.reminders) >= min_reminders:
                reasons.append(f"经催办 {len(a.reminders)} 次")
            failed = failed_reviews_of(f, a)
            if failed:
                reasons.append(f"回访复核不通过 {failed} 次")
            if reasons:
                found.append(Candidate(f.id, f.number, f.matter, a.unit, a.assignment_id,
                                       a.deadline, tuple(reasons)))
    found.sort(key=lambda c: (c.deadline or dt.date.max, c.number, c.unit))
    return found


# ---------------------------------------------------------------- 反馈表: who has not answered

#: What a form asks of a unit, and how its answer stands.
SIGN, REPORT = "签收", "反馈"
ON_TIME, LATE, MISSING = "按期", "迟报", "缺报"


def form_due_dates(kind: str, cal: WorkCalendar, sent_on: dt.date, assigned_on: dt.date,
                   deadline: dt.date, signoff_days: int, reply_days: int,
                   signed: bool = False) -> tuple[dt.date | None, dt.date]:
    """(签收 due, answer due) of a 反馈表 made on ``sent_on``.

    A 交办 form asks for the 签收 within ``signoff_days`` working days of the assignment
    (the 签收 rule, :func:`signoff_late`) and for the unit's report by its deadline; a
    催办 form asks for a written reply within ``reply_days`` working days of the day it
    was made (as the 催办通知 says), and no 签收. No answer is due before the form is
    made: a day already past then (a 交办 form sent for a matter assigned long ago)
    gives way to the reply day. A unit that has ``signed`` already is asked no 签收.
    """
    from models.calendar.workdays import add_working_days

    reply = add_working_days(cal, sent_on, reply_days)
    if kind == "交办":
        sign = None if signed else add_working_days(cal, assigned_on, signoff_days)
        if sign is not None and sign < sent_on:
            sign = reply
        return sign, (deadline if deadline >= sent_on else reply)
    return None, reply


def answer_status(due: dt.date, answered_on: dt.date | None, closed_on: dt.date | None,
                  today: dt.date) -> str | None:
    """按期 / 迟报 (answered after ``due``) / 缺报 (``due`` passed, nothing answered), or
    ``None`` while the answer is not yet due — or no longer owed: the matter closed (or
    the unit was replaced) on or before the due day without an answer."""
    if answered_on is not None:
        return ON_TIME if answered_on <= due else LATE
    if closed_on is not None and closed_on <= due:
        return None
    return MISSING if today > due else None


@dataclass(frozen=True)
class SentForm:
    """One 反馈表 as sent: the unit's assignment, its kind and the dates it set."""

    form_id: int
    assignment_id: int
    instruction_id: int
    number: str
    matter: str
    unit: str
    kind: str  # 交办 / 催办
    sent_on: dt.date
    sign_due: dt.date | None
    due_on: dt.date


@dataclass(frozen=True)
class AnswerFacts:
    """What one unit answered on one assignment, and whether the matter is still open.

    ``answers``: the days of its progress and completion reports (the lead's 办结 too),
    however they came in — a returned form or a paper report typed in.
    ``closed_on``: the day the matter left 办理 or the unit was replaced (``None``: open).
    ``deadline``: the assignment's current deadline (an extension moves a 交办 form's due).
    """

    signed_on: dt.date | None
    answers: tuple[dt.date, ...]
    closed_on: dt.date | None
    deadline: dt.date
    last_reminder: dt.date | None = None


@dataclass(frozen=True)
class Lapse:
    """A form's answer that came late (迟报) or has not come (缺报)."""

    form: SentForm
    what: str  # 签收 / 反馈
    due: dt.date
    answered_on: dt.date | None
    status: str  # 迟报 / 缺报
    listed: bool  # on the 工作台 and in the queue: the matter is open and this is the unit's current ask
    remind: bool  # a 催办 candidate: 缺报, listed, not reminded since it fell due

    @property
    def days_late(self) -> int:
        """Calendar days from the due day to the late answer (0 while it is missing)."""
        return (self.answered_on - self.due).days if self.answered_on else 0

    def days_missing(self, today: dt.date) -> int:
        """Calendar days the answer has been missing on ``today``."""
        return (today - self.due).days if self.status == MISSING else 0


def form_lapses(forms: Iterable[SentForm], facts: dict[int, AnswerFacts], today: dt.date) -> list[Lapse]:
    """Every late or missing answer of the forms sent, most overdue first.

    A form's 签收 is answered by the unit's 签收 (whenever it came); its report by the
    first progress or completion report dated on or after the day the form was made.
    The same ask sent twice (a form made again) counts once. Only the newest form of an
    assignment is listed (a 催办 form carries on what an unanswered 交办 form asked), its
    签收 included while still missing; the older ones stay as data for 绩效考评.
    """
    forms = sorted(forms, key=lambda f: (f.sent_on, f.form_id))
    newest = {f.assignment_id: f.form_id for f in forms}
    seen: set[tuple[int, str, dt.date]] = set()
    out: list[Lapse] = []
    # Newest first, so that an ask made again is counted (and listed) as the newest form's.
    for f in reversed(forms):
        a = facts.get(f.assignment_id)
        if a is None:
            continue
        asks: list[tuple[str, dt.date, dt.date | None]] = []
        if f.sign_due is not None:
            asks.append((SIGN, f.sign_due, a.signed_on))
        due = max(f.due_on, a.deadline) if f.kind == "交办" else f.due_on
        asks.append((REPORT, due, next((d for d in a.answers if d >= f.sent_on), None)))
        for what, due_day, answered in asks:
            key = (f.assignment_id, what, due_day)
            if key in seen:
                continue
            seen.add(key)
            status = answer_status(due_day, answered, a.closed_on, today)
            if status not in (LATE, MISSING):
                continue
            listed = a.closed_on is None and (f.form_id == newest[f.assignment_id]
                                              or (what == SIGN and status == MISSING))
            reminded = a.last_reminder is not None and a.last_reminder > due_day
            out.append(Lapse(f, what, due_day, answered, status, listed,
                             listed and status == MISSING and not reminded))
    out.sort(key=lambda lp: (lp.status != MISSING, lp.due, lp.form.number, lp.form.unit, lp.what))
    return out
