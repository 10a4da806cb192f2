"""The 决策督查 entries of the shared calendar (日历).

Item deadlines (重点工作期限), scheduled supervision dates (督查时间; an item checked
"every quarter" is checked on the working day after the quarter's report date, when
the reports are in; one gone by is grey, 已开展 when an activity on the item was
recorded that week), quarterly report dates (季度报送), the stages' deadlines
(阶段时限, 阶段计划) and supervision activities (督查活动), each with its traffic light.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from models.calendar.agenda import AgendaEntry, provider
from models.calendar.lights import Light, LightFacts, light_for
from models.calendar.store import load_calendar
from models.calendar.workdays import WorkCalendar, add_working_days
from models.core import settings
from models.key_items.activities import ActivityItem, SupervisionActivity
from models.key_items.items import FINISHED_STATES, KeyItem, KeyItemCheck, KeyPlan
from models.key_items.progress import (
    REPORT_WORKDAY,
    KeyProgress,
    item_statuses,
    quarter_of,
    report_date,
    reports_required,
)
from models.key_items.stages import KeyItemStage, stage_light
from models.reference.directory import Unit

DEADLINE, CHECK, REPORT, STAGE, ACTIVITY = "重点工作期限", "督查时间", "季度报送", "阶段时限", "督查活动"
#: The state of a 督查时间 gone by: a supervision activity on the item was recorded in
#: that week, or none was.
CHECK_HELD, CHECK_NOT_RECORDED = "已开展", "已过（未登记督查活动）"
KINDS = (DEADLINE, CHECK, REPORT, STAGE, ACTIVITY)


def _quarters_reported_between(cal: WorkCalendar, start: dt.date, end: dt.date, n: int) -> list[tuple[int, int, dt.date]]:
    """Quarters whose report date falls within [start, end]."""
    # A report date lies within a month or so after its quarter's end, so start two quarters back.
    year, q = quarter_of(start)
    for _ in range(2):
        year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    out = []
    while True:
        due = report_date(cal, year, q, n)
        if due > end and dt.date(year, 3 * q - 2, 1) > end:
            break
        if start <= due <= end:
            out.append((year, q, due))
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return out


@provider("key_items")
def key_item_entries(start: dt.date, end: dt.date, today: dt.date) -> list[AgendaEntry]:
    """Entries of the 决策督查 line between ``start`` and ``end`` inclusive."""
    cal = load_calendar()
    n = settings.get(REPORT_WORKDAY)
    yellow = settings.get(settings.YELLOW_DAYS)
    unit_name = Unit.short_name
    base = (KeyItem.id, KeyItem.number, KeyItem.title, KeyItem.state, unit_name, Unit.name)
    deadlines = list(KeyItem.select(*base, KeyItem.deadline, KeyItem.deadline_provisional)
                     .join(Unit, on=(KeyItem.lead_unit == Unit.id))
                     .where(KeyItem.deadline.between(start, end)).tuples())
    checks = list(KeyItem.select(*base, KeyItemCheck.day).join(KeyItemCheck)
                  .switch(KeyItem).join(Unit, on=(KeyItem.lead_unit == Unit.id))
                  .where(KeyItemCheck.day.between(start, end)).tuples())
    quarters = _quarters_reported_between(cal, start, end, n)
    quarterly_checks: list[tuple] = []
    report_rows: list[tuple] = []
    if quarters:
        years = sorted({y for y, _, _ in quarters})
        plan_items = list(KeyItem.select(*base, KeyItem.quarterly, KeyItem.assigned_on, KeyPlan.year,
                                         KeyPlan.start_date)
                          .join(KeyPlan).switch(KeyItem).join(Unit, on=(KeyItem.lead_unit == Unit.id))
                          .where(KeyPlan.year.in_(years)).tuples())
        for year, q, due in quarters:
            for row in plan_items:
                iid, number, title, state, short, full, quarterly, assigned_on, plan_year, plan_start = row
                if not reports_required(assigned_on or plan_start, plan_year, year, q):
                    continue
                check_day = add_working_days(cal, due, 1)
                if quarterly and start <= check_day <= end:
                    quarterly_checks.append(((iid, number, title, state, short, full), check_day, year, q))
                if state not in FINISHED_STATES:
                    report_rows.append(((iid, number, title, state, short, full), due, year, q))
    ids = {r[0] for r in deadlines} | {r[0] for r in checks} | {r[0][0] for r in quarterly_checks}
    statuses = item_statuses(ids, today, cal, yellow, n)
    out: list[AgendaEntry] = []

    def entry(day: dt.date, kind: str, row: tuple, title: str, light: Light, provisional: bool) -> AgendaEntry:
        iid, number, _title, state, short, full = row[:6]
        return AgendaEntry(day, kind, title, light, "key_item", iid, short or full, state, provisional)

    for row in deadlines:
        iid, number, title = row[0], row[1], row[2]
        out.append(entry(row[6], DEADLINE, row, f"第{number}项 {title} 完成时限", statuses[iid].light,
                         bool(row[7])))
    held = _activity_weeks([r[0] for r in checks] + [r[0][0] for r in quarterly_checks], today)

    def check(day: dt.date, row: tuple, title: str) -> AgendaEntry:
        iid = row[0]
        if day >= today:
            return entry(day, CHECK, row, title, statuses[iid].light, not cal.is_known(day))
        # A supervision date gone by is the office's own step, not a deadline still
        # running: grey, and whether an activity on the item was recorded that week.
        e = entry(day, CHECK, row, title, Light.GREY, not cal.is_known(day))
        return replace(e, state=CHECK_HELD if (iid, _week(day)) in held else CHECK_NOT_RECORDED)

    for row in checks:
        out.append(check(row[6], row, f"第{row[1]}项 {row[2]} 督查"))
    for row, day, year, q in quarterly_checks:
        out.append(check(day, row, f"第{row[1]}项 {row[2]} {year}年第{q}季度督查"))
    if report_rows:
        out.extend(_report_entries(report_rows, today, cal, yellow))
    out.extend(_stage_entries(start, end, today, cal, yellow))
    out.extend(_activity_entries(start, end, today))
    return out


def _week(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _activity_weeks(item_ids: list[int], today: dt.date) -> set[tuple[int, dt.date]]:
    """(item, Monday of the week) of every supervision activity held on an item before ``today``."""
    if not item_ids:
        return set()
    return {(iid, _week(day)) for iid, day in (
        ActivityItem.select(ActivityItem.item, SupervisionActivity.day).join(SupervisionActivity)
        .where(ActivityItem.item.in_(sorted(set(item_ids))) & (SupervisionActivity.day < today)).tuples())}


def _stage_entries(start: dt.date, end: dt.date, today: dt.date, cal: WorkCalendar, yellow: int) -> list[AgendaEntry]:
    """Each stage's deadline on its day, with the stage's own light and its unit."""
    rows = list(KeyItemStage.select(KeyItemStage.item, KeyItemStage.number, KeyItemStage.title,
                                    KeyItemStage.deadline, KeyItemStage.done_on, KeyItem.number, KeyItem.title,
                                    KeyItem.state, Unit.short_name, Unit.name)
                .join(KeyItem).switch(KeyItemStage).join(Unit, on=(KeyItemStage.unit == Unit.id))
                .where(KeyItemStage.deadline.between(start, end)).tuples())
    out = []
    for iid, number, title, day, done_on, item_number, item_title, state, short, full in rows:
        light = stage_light(day, done_on is not None, state in FINISHED_STATES, today, cal, yellow)
        stage_state = "已完成" if done_on is not None else ("已超期" if light is Light.RED else "未完成")
        out.append(AgendaEntry(day, STAGE, f"第{item_number}项第{number}阶段 {title}（{item_title}）", light,
                               "key_item", iid, short or full, stage_state))
    return out


def _report_entries(rows: list[tuple], today: dt.date, cal: WorkCalendar, yellow: int) -> list[AgendaEntry]:
    from models.key_items.items import reporting_units

    ids = {r[0][0] for r in rows}
    units = reporting_units(ids)
    periods = {(y, q) for _, _, y, q in rows}
    reported: dict[tuple[int, int, int], set[int]] = {}
    for iid, uid, y, q in KeyProgress.select(KeyProgress.item, KeyProgress.unit, KeyProgress.year,
                                             KeyProgress.quarter).where(
            KeyProgress.item.in_(list(ids)) & KeyProgress.year.in_(sorted({y for y, _ in periods}))).tuples():
        reported.setdefault((iid, y, q), set()).add(uid)
    out = []
    for row, due, year, q in rows:
        iid, number, title, state, short, full = row
        need = units.get(iid, [])
        have = len([u for u in need if u in reported.get((iid, year, q), set())])
        facts = LightFacts(deadline=due, finished=have >= len(need))
        light = light_for(facts, today, cal, yellow)
        out.append(AgendaEntry(due, REPORT, f"第{number}项 {title} {year}年第{q}季度进展报送（已报{have}/{len(need)}）",
                               light, "key_item", iid, short or full, state, not cal.is_known(due)))
    return out


def _activity_entries(start: dt.date, end: dt.date, today: dt.date) -> list[AgendaEntry]:
    rows = list(SupervisionActivity.select(SupervisionActivity.id, SupervisionActivity.day,
                                           SupervisionActivity.method, SupervisionActivity.title)
                .where(SupervisionActivity.day.between(start, end)).tuples())
    if not rows:
        return []
    units: dict[int, str] = {}
    for aid, short, full in (ActivityItem.select(ActivityItem.activity, Unit.short_name, Unit.name)
                             .join(KeyItem).join(Unit, on=(KeyItem.lead_unit == Unit.id))
                             .where(ActivityItem.activity.in_([r[0] for r in rows])).tuples()):
        units.setdefault(aid, short or full)
    return [AgendaEntry(day, ACTIVITY, f"{method}：{title}", Light.GREY if day < today else Light.GREEN,
                        "activity", aid, units.get(aid, ""), "已开展" if day < today else "计划")
            for aid, day, method, title in rows]
