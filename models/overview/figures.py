"""The figures of 决策督查 and 督查调研 for ``stats`` and the 统计 pane, and the records
behind every figure the pane shows.

Three sections are registered here: ``key_items`` (by state and by light),
``activities`` (督查活动 by method) and ``research`` (topics by state, field visits).
:func:`records_behind` answers "which records make this number" for a cell or a chart
bar: it uses the very predicates the figures use (``instruction_rules``,
``messages_rules``, the lights rule), so a drill-down list always has as many rows as
the number that was clicked.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

import peewee

from models.calendar.lights import Light
from models.calendar.store import load_calendar
from models.core import settings
from models.core.figures import section
from models.instructions import rules as ir
from models.key_items.activities import (
    METHODS,
    ActivityItem,
    ActivitySuggestion,
    SupervisionActivity,
)
from models.key_items.items import STATES as KEY_STATES
from models.key_items.items import KeyItem, KeyPlan
from models.key_items.progress import item_statuses, missing_reports
from models.messages import rules as mr
from models.messages.records import OVERDUE_DAYS, period_figures
from models.reference.directory import Unit
from models.research.topics import STATES as TOPIC_STATES
from models.research.topics import FieldVisit, Finding, ResearchTopic

LIGHT_KEYS = tuple(light.value for light in Light)
ADOPTED = ("采纳", "部分采纳")


@dataclass(frozen=True)
class RecordRef:
    """One record behind a figure: what it is, how to open it, and a line to show."""

    record_type: str  # key_item | instruction | message | activity | research_topic | research_visit
    record_id: int
    label: str  # number or date
    title: str
    unit: str = ""
    day: dt.date | None = None
    state: str = ""


def months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar months overlapping [start, end], each cut to the period."""
    out = []
    first = dt.date(start.year, start.month, 1)
    while first <= end:
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        out.append((max(first, start), min(nxt - dt.timedelta(days=1), end)))
        first = nxt
    return out


# ---- key items ------------------------------------------------------------------------

def _key_items(start: dt.date, end: dt.date) -> list[tuple]:
    """(id, number, title, state, state_since, deadline, lead unit, plan year) of the plans
    of the years the period touches."""
    return list(KeyItem.select(KeyItem.id, KeyItem.number, KeyItem.title, KeyItem.state,
                               KeyItem.state_since, KeyItem.deadline, Unit.short_name, Unit.name,
                               KeyPlan.year)
                .join(KeyPlan).switch(KeyItem).join(Unit, on=(KeyItem.lead_unit == Unit.id))
                .where(KeyPlan.year.between(start.year, end.year))
                .order_by(KeyPlan.year, KeyItem.number).tuples())


def _plan_ids(start: dt.date, end: dt.date) -> list[int]:
    return [p for (p,) in KeyPlan.select(KeyPlan.id).where(
        KeyPlan.year.between(start.year, end.year)).tuples()]


def key_item_completed_in(state: str, state_since: dt.date | None, start: dt.date, end: dt.date) -> bool:
    """An item counts as completed in the period when it stands 已完成 since a day in it."""
    return state == "已完成" and state_since is not None and start <= state_since <= end


def key_item_due_in(state: str, deadline: dt.date | None, start: dt.date, end: dt.date) -> bool:
    """Its deadline fell in the period (stopped items are not due)."""
    return state != "已中止" and deadline is not None and start <= deadline <= end


@section("key_items")
def key_item_figures(start: dt.date, end: dt.date, today: dt.date) -> dict[str, Any]:
    """``total``, ``by_state``, ``by_light`` (on ``today``), ``due`` and ``completed`` in the
    period, and ``reports_missing`` (quarterly reports whose report date fell in the period
    and that are still missing on ``today``)."""
    rows = _key_items(start, end)
    cal = load_calendar()
    lights = item_statuses([r[0] for r in rows], today, cal)
    by_state = dict.fromkeys(KEY_STATES, 0)
    by_light = dict.fromkeys(LIGHT_KEYS, 0)
    due = completed = 0
    for iid, _n, _t, state, since, deadline, *_ in rows:
        by_state[state] = by_state.get(state, 0) + 1
        by_light[lights[iid].light.value] += 1
        due += key_item_due_in(state, deadline, start, end)
        completed += key_item_completed_in(state, since, start, end)
    missing = [m for pid in _plan_ids(start, end) for m in missing_reports(pid, today, cal)
               if start <= m.due <= end]
    return {"total": len(rows), "by_state": by_state, "by_light": by_light, "due": due,
            "completed": completed, "reports_missing": len(missing)}


# ---- supervision activities ---------------------------------------------------------------

def held_span(start: dt.date, end: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The rule for dated events (督查活动, 实地调研): the days of [start, end] on which one
    counts as held — only once its day has come (``day <= today``); one entered ahead of
    time is planned, not yet held. As the bounds of a SQL ``BETWEEN`` (empty when the
    period starts after today)."""
    return start, min(end, today)


def planned_span(start: dt.date, end: dt.date, today: dt.date) -> tuple[dt.date, dt.date]:
    """The days of [start, end] on which an event is only planned (已安排: after ``today``)."""
    return max(start, today + dt.timedelta(days=1)), end


def held_in(day: dt.date, start: dt.date, end: dt.date, today: dt.date) -> bool:
    """Whether an event on ``day`` counts as held in [start, end] (:func:`held_span`)."""
    first, last = held_span(start, end, today)
    return first <= day <= last


def planned_in(day: dt.date, start: dt.date, end: dt.date, today: dt.date) -> bool:
    """Whether an event on ``day`` is only planned in [start, end] (:func:`planned_span`)."""
    first, last = planned_span(start, end, today)
    return first <= day <= last


@section("activities")
def activity_figures(start: dt.date, end: dt.date, today: dt.date) -> dict[str, Any]:
    """督查活动 held in the period (:func:`held_span`): ``total``, ``by_method``,
    ``items_covered`` (distinct key items), ``suggestions`` produced; ``planned``
    (scheduled in the period after ``today``); ``suggestions_closed`` in the period and
    ``suggestions_open`` on ``today``."""
    held = SupervisionActivity.day.between(*held_span(start, end, today))
    by_method = dict.fromkeys(METHODS, 0)
    for method, n in (SupervisionActivity.select(SupervisionActivity.method, peewee.fn.COUNT(SupervisionActivity.id))
                      .where(held).group_by(SupervisionActivity.method).tuples()):
        by_method[method] = n
    covered = (ActivityItem.select(peewee.fn.COUNT(ActivityItem.item.distinct())).join(SupervisionActivity)
               .where(held).scalar()) or 0
    produced = ActivitySuggestion.select().join(SupervisionActivity).where(held).count()
    planned = SupervisionActivity.select().where(
        SupervisionActivity.day.between(*planned_span(start, end, today))).count()
    closed = ActivitySuggestion.select().where(ActivitySuggestion.closed_on.between(start, end)).count()
    still_open = (ActivitySuggestion.select().join(SupervisionActivity)
                  .where((ActivitySuggestion.state != "已落实") & (SupervisionActivity.day <= today)).count())
    return {"total": sum(by_method.values()), "by_method": by_method, "items_covered": covered,
            "suggestions": produced, "planned": planned, "suggestions_closed": closed,
            "suggestions_open": still_open}


# ---- research ----------------------------------------------------------------------------

@section("research")
def research_figures(start: dt.date, end: dt.date, today: dt.date) -> dict[str, Any]:
    """督查调研: ``topics`` of the years the period touches and ``by_state``;
    ``field_visits`` (实地调研) held in the period (:func:`held_span`) and
    ``field_visits_planned`` after ``today``; ``reports_submitted`` in the period;
    ``recommendations_adopted`` (采纳/部分采纳 decided in the period)."""
    by_state = dict.fromkeys(TOPIC_STATES, 0)
    for state, n in (ResearchTopic.select(ResearchTopic.state, peewee.fn.COUNT(ResearchTopic.id))
                     .where(ResearchTopic.year.between(start.year, end.year))
                     .group_by(ResearchTopic.state).tuples()):
        by_state[state] = n
    visits = FieldVisit.select().where(FieldVisit.day.between(*held_span(start, end, today))).count()
    visits_planned = FieldVisit.select().where(FieldVisit.day.between(*planned_span(start, end, today))).count()
    submitted = ResearchTopic.select().where(ResearchTopic.submitted_on.between(start, end)).count()
    adopted = Finding.select().where((Finding.kind == "意见建议") & Finding.adoption.in_(ADOPTED)
                                     & Finding.adoption_on.between(start, end)).count()
    return {"topics": sum(by_state.values()), "by_state": by_state, "field_visits": visits,
            "field_visits_planned": visits_planned, "reports_submitted": submitted, "recommendations_adopted": adopted}


# ---- the pane's extra tables -------------------------------------------------------------

def monthly_instructions(facts: Sequence[ir.InstructionFacts], start: dt.date, end: dt.date,
                         today: dt.date) -> list[tuple[dt.date, ir.Figures]]:
    """The instruction figures of each month of the period, for the intake and completion
    lines: only ``received`` and ``completed`` are filled in (``today`` plays no part in
    them).

    Each month is given just the items received or completed in it, so a year costs
    one pass over the facts rather than twelve.
    """
    spans = months(start, end)
    buckets: dict[tuple[int, int], list[ir.InstructionFacts]] = {(a.year, a.month): [] for a, _ in spans}
    for f in facts:
        keys = {(d.year, d.month) for d in (f.received_on, f.completed_on) if d is not None}
        for key in keys:
            if key in buckets:
                buckets[key].append(f)
    out = []
    for a, b in spans:
        received, completed = ir.intake(buckets[(a.year, a.month)], a, b)
        out.append((a, ir.Figures(received=received, completed=completed)))
    return out


def message_breakdown(start: dt.date, end: dt.date, today: dt.date) -> dict[str, Any]:
    """Messages overall, by type and by unit, with 回复率 and average days to reply."""
    total, groups = period_figures(start, end, today, int(settings.get(OVERDUE_DAYS)))
    return {"all": total, **groups}


# ---- the records behind a figure --------------------------------------------------------

INSTRUCTION_KEYS = ("received", "registered", "completed", "due", "completed_on_time", "late", "overdue")


def instruction_matches(f: ir.InstructionFacts, key: str, start: dt.date, end: dt.date, today: dt.date,
                        deadline: dt.date | None) -> bool:
    """Whether ``f`` counts in the figure ``key`` (same tests as ``instruction_rules``).

    ``late`` is "fell due in the period and not completed on time" (due − on time).
    """
    if key == "received":
        return ir.in_period(f.received_on, start, end)
    if ir.is_withdrawn(f):
        return False
    if key == "registered":
        return ir.in_period(f.accepted_on, start, end)
    if key == "completed":
        return ir.in_period(f.completed_on, start, end)
    due = ir.fell_due(deadline, f.completed_on, start, end, today)
    if key == "due":
        return due
    if key == "completed_on_time":
        return due and ir.completed_on_time(f.completed_on, deadline)
    if key == "late":
        return due and not ir.completed_on_time(f.completed_on, deadline)
    if key == "overdue":
        return ir.is_overdue(f.state, deadline, today)
    raise ValueError(f"unknown instruction figure {key!r}")


def instruction_records(facts: Iterable[ir.InstructionFacts], key: str, start: dt.date, end: dt.date,
                        today: dt.date, level: str | None = None, unit: str | None = None) -> list[RecordRef]:
    """The instructions behind ``key`` overall, for a level ("regional"/"city") or a unit.

    For a unit the unit's own deadline is used, and a replaced unit's share judged, as
    ``figures_by_unit`` does (:func:`instruction_rules.unit_view`).
    """
    want_level = {v: k for k, v in ir.LEVEL_KEYS.items()}.get(level or "")
    out = []
    for f in facts:
        if want_level and f.level != want_level:
            continue
        lead = ir.lead_unit(f)
        if unit is not None:
            mine = [ir.unit_view(f, a) for a in f.assignments if a.unit == unit]
            if not any(instruction_matches(v, key, start, end, today, v.deadline) for v in mine):
                continue
            deadline = mine[0].deadline
        else:
            if not instruction_matches(f, key, start, end, today, f.deadline):
                continue
            deadline = f.deadline
        out.append(RecordRef("instruction", f.id, f.number, f.matter, unit or lead, deadline, f.state))
    if any(not r.label for r in out):
        # Facts read for the figures alone carry no number or title: read those of the
        # records listed.
        from models.instructions.records import labels

        named = labels([r.record_id for r in out])
        out = [replace(r, label=named[r.record_id][0], title=named[r.record_id][1])
               if not r.label and r.record_id in named else r for r in out]
    return sorted(out, key=lambda r: (r.day or dt.date.min, r.label))


MESSAGE_KEYS = ("received", "replied", "overdue")


def message_records(facts: Iterable[tuple[int, mr.MessageFacts]], key: str, start: dt.date, end: dt.date,
                    today: dt.date, kind: str | None = None, unit: str | None = None) -> list[RecordRef]:
    """The messages behind ``key`` overall, for a type or a unit (名 as the tables show it)."""
    days = int(settings.get(OVERDUE_DAYS))
    ids = []
    for mid, f in facts:
        if kind is not None and (f.kind or "（未填）") != kind:
            continue
        if unit is not None and (f.unit or "未转办") != unit:
            continue
        if key == "overdue":
            hit = mr.is_overdue(f, today, days)
        elif key == "received":
            hit = mr.in_period(f, start, end)
        elif key == "replied":
            hit = mr.in_period(f, start, end) and mr.is_replied(f, today)
        else:
            raise ValueError(f"unknown message figure {key!r}")
        if hit:
            ids.append(mid)
    return _message_refs(ids)


def _message_refs(ids: list[int]) -> list[RecordRef]:
    # Without the ORM: parsing tens of thousands of timestamps field by field is what
    # made a year's drill-down slow; each distinct day is parsed once instead.
    import json

    from models.core.db import database

    days: dict[str, dt.date] = {}
    out = []
    for mid, no, title, short, name, posted, state in database().execute_sql(
            "SELECT m.id, m.board_no, m.title, u.short_name, u.name, substr(m.posted_at, 1, 10), m.state "
            "FROM message m LEFT JOIN unit u ON u.id = m.unit_id WHERE m.id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),)).fetchall():
        day = days.get(posted)
        if day is None:
            day = days[posted] = dt.date.fromisoformat(posted)
        out.append(RecordRef("message", mid, no, title, short or name or "", day, state))
    return sorted(out, key=lambda r: (r.day, r.label))


def key_item_records(start: dt.date, end: dt.date, today: dt.date, key: str,
                     value: str | None = None) -> list[RecordRef]:
    """The key items behind ``total``, ``due``, ``completed``, ``by_state`` (value: the
    state) or ``by_light`` (value: red/yellow/green/grey)."""
    rows = _key_items(start, end)
    lights = item_statuses([r[0] for r in rows], today, load_calendar()) if key == "by_light" else {}
    out = []
    for iid, number, title, state, since, deadline, short, name, year in rows:
        hit = {"total": True, "due": key_item_due_in(state, deadline, start, end),
               "completed": key_item_completed_in(state, since, start, end),
               "by_state": state == value,
               "by_light": key == "by_light" and lights[iid].light.value == value}.get(key)
        if hit is None:
            raise ValueError(f"unknown key-item figure {key!r}")
        if hit:
            out.append(RecordRef("key_item", iid, f"{year}年第{number}项", title, short or name, deadline, state))
    return out


def activity_records(start: dt.date, end: dt.date, today: dt.date, key: str = "total",
                     method: str | None = None) -> list[RecordRef]:
    """The supervision activities behind ``total`` or ``by_method`` (value: the method),
    held in the period, or ``planned`` after ``today``."""
    if key == "planned":
        span = planned_span(start, end, today)
    elif key in ("total", "by_method"):
        span = held_span(start, end, today)
    else:
        raise ValueError(f"unknown activity figure {key!r}")
    q = SupervisionActivity.select().where(SupervisionActivity.day.between(*span))
    if method:
        q = q.where(SupervisionActivity.method == method)
    return [RecordRef("activity", a.id, a.day.isoformat(), a.title, a.place, a.day, a.method)
            for a in q.order_by(SupervisionActivity.day, SupervisionActivity.id)]


def research_records(start: dt.date, end: dt.date, today: dt.date, key: str,
                     value: str | None = None) -> list[RecordRef]:
    """Topics (``topics``/``by_state``) or field visits (``field_visits`` held,
    ``field_visits_planned`` after ``today``) behind a figure."""
    if key in ("field_visits", "field_visits_planned"):
        span = held_span(start, end, today) if key == "field_visits" else planned_span(start, end, today)
        q = (FieldVisit.select(FieldVisit, ResearchTopic).join(ResearchTopic)
             .where(FieldVisit.day.between(*span)).order_by(FieldVisit.day))
        return [RecordRef("research_topic", v.topic.id, v.day.isoformat(), v.topic.title, v.place, v.day,
                          v.topic.state) for v in q]
    q = ResearchTopic.select().where(ResearchTopic.year.between(start.year, end.year))
    if key == "by_state":
        q = q.where(ResearchTopic.state == value)
    elif key != "topics":
        raise ValueError(f"unknown research figure {key!r}")
    return [RecordRef("research_topic", t.id, str(t.year), t.title, "", t.planned_end, t.state)
            for t in q.order_by(ResearchTopic.id)]
