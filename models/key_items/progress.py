"""Quarterly progress (季度进展) of key items, the missing-report rule and item lights.

Every unit of an item (the lead and each responsible unit) reports each quarter:
what was done, problems, next steps, the date reported; the office assesses it
(按进度 / 滞后 / 严重滞后). A report is due by the quarter's report date: the
``progress.report_workday``-th working day after the quarter's end. A unit with no
report once that date has passed is flagged, and its item's light turns red.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee

from models.calendar.lights import Light, LightFacts, light_for
from models.calendar.workdays import WorkCalendar, add_working_days
from models.core import settings
from models.core.actors import Actor
from models.core.base import VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import insert, update, workflow
from models.key_items.items import FINISHED_STATES, KeyItem, KeyPlan, reporting_units
from models.key_items.stages import KeyItemStage, item_light_with_stages, stage_light, stage_overdue
from models.reference.directory import Unit

ON_SCHEDULE, BEHIND, SERIOUS = "按进度", "滞后", "严重滞后"
ASSESSMENTS = (ON_SCHEDULE, BEHIND, SERIOUS)

REPORT_WORKDAY = settings.define(
    "progress.report_workday", 5, "季度进展报送期限（季度结束后第N个工作日）", "预警",
    minimum=1, maximum=30)


class KeyProgress(VersionedModel):
    """One unit's report on one item for one quarter."""

    item = peewee.ForeignKeyField(KeyItem, backref="progress", column_name="item_id", on_delete="CASCADE")
    unit = peewee.ForeignKeyField(Unit, column_name="unit_id")
    year = peewee.IntegerField()
    quarter = peewee.IntegerField()
    done = peewee.TextField(default="")
    problems = peewee.TextField(default="")
    next_steps = peewee.TextField(default="")
    reported_on = peewee.DateField()
    assessment = peewee.CharField(default="")

    class Meta:
        table_name = "key_progress"


# ---- rules: plain functions of dates -------------------------------------------------

def quarter_of(day: dt.date) -> tuple[int, int]:
    """(year, quarter) containing ``day``."""
    return day.year, (day.month - 1) // 3 + 1


def quarter_start(year: int, quarter: int) -> dt.date:
    """First day of a quarter."""
    return dt.date(year, 3 * quarter - 2, 1)


def quarter_end(year: int, quarter: int) -> dt.date:
    """Last day of a quarter."""
    if quarter == 4:
        return dt.date(year, 12, 31)
    return quarter_start(year, quarter + 1) - dt.timedelta(days=1)


def report_date(cal: WorkCalendar, year: int, quarter: int, n: int) -> dt.date:
    """The date a quarter's report is due: the ``n``-th working day after its end."""
    return add_working_days(cal, quarter_end(year, quarter), n)


def due_quarters(cal: WorkCalendar, first: dt.date, last: dt.date, today: dt.date, n: int) -> list[tuple[int, int]]:
    """Quarters ending between ``first`` and ``last`` whose report date is before ``today``."""
    out = []
    year, q = quarter_of(first)
    while quarter_start(year, q) <= last:
        if report_date(cal, year, q, n) < today:
            out.append((year, q))
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    return out


def latest_due_quarter(cal: WorkCalendar, today: dt.date, n: int) -> tuple[int, int]:
    """The most recent quarter whose report date has passed on ``today``."""
    year, q = quarter_of(today)
    while report_date(cal, year, q, n) >= today:
        year, q = (year - 1, 4) if q == 1 else (year, q - 1)
    return year, q


def missing_units(required: Iterable[int], reported: Iterable[int], due: dt.date, today: dt.date) -> list[int]:
    """Units of ``required`` with no report once ``due`` has passed (none before)."""
    if today <= due:
        return []
    have = set(reported)
    return [u for u in required if u not in have]


def is_late(reported_on: dt.date, due: dt.date) -> bool:
    """A report made after its quarter's report date (迟报): it stops the 缺报, but late."""
    return reported_on > due


def is_behind(assessment: str) -> bool:
    """Whether the office assessed a report as behind schedule."""
    return assessment in (BEHIND, SERIOUS)


def reports_required(item_start: dt.date, plan_year: int, year: int, quarter: int) -> bool:
    """Whether an item owes a report for a quarter: it had begun, and the quarter is in its year."""
    return year == plan_year and item_start <= quarter_end(year, quarter)


# ---- workflows --------------------------------------------------------------------

@dataclass
class ProgressData:
    """A quarterly report as typed in the form."""

    item_id: int
    unit_id: int
    year: int
    quarter: int
    reported_on: dt.date
    done: str = ""
    problems: str = ""
    next_steps: str = ""
    assessment: str = ""


@workflow()
def save_progress(actor: Actor, data: ProgressData, progress_id: int | None = None,
                  expected_version: int | None = None) -> KeyProgress:
    """Record (or correct) a unit's quarterly report on an item."""
    if data.quarter not in (1, 2, 3, 4):
        raise WorkflowError("季度须为 1～4。")
    units = reporting_units([data.item_id]).get(data.item_id)
    if units is None:
        raise WorkflowError("该事项不存在，请刷新后重试。")
    if data.unit_id not in units:
        raise WorkflowError("该单位不是此事项的牵头单位或责任单位，不能报送其进展。")
    if not isinstance(data.reported_on, dt.date):
        raise WorkflowError("请填写报送日期。")
    if data.reported_on < quarter_start(data.year, data.quarter):
        raise WorkflowError(f"报送日期 {data.reported_on} 早于{data.year}年第{data.quarter}季度开始，请改正。")
    if data.assessment and data.assessment not in ASSESSMENTS:
        raise WorkflowError(f"评估须为：{'、'.join(ASSESSMENTS)}。")
    if not (data.done or "").strip():
        raise WorkflowError("请填写“工作进展”（本季度完成了什么）。")
    values = {"done": data.done.strip(), "problems": (data.problems or "").strip(),
              "next_steps": (data.next_steps or "").strip(), "reported_on": data.reported_on,
              "assessment": data.assessment or ""}
    summary = f"季度进展：事项{data.item_id} {data.year}年第{data.quarter}季度"
    if progress_id is None:
        clash = KeyProgress.get_or_none(
            (KeyProgress.item == data.item_id) & (KeyProgress.unit == data.unit_id)
            & (KeyProgress.year == data.year) & (KeyProgress.quarter == data.quarter))
        if clash is not None:
            raise WorkflowError("该单位本季度的进展已录入，请打开原记录修改。")
        return insert(actor, KeyProgress, summary, item=data.item_id, unit=data.unit_id,
                      year=data.year, quarter=data.quarter, **values)
    return update(actor, KeyProgress.get_by_id(progress_id), expected_version, summary, **values)


@workflow()
def assess_progress(actor: Actor, progress_id: int, assessment: str) -> KeyProgress:
    """The office's assessment of one report: 按进度 / 滞后 / 严重滞后."""
    if assessment not in ASSESSMENTS:
        raise WorkflowError(f"评估须为：{'、'.join(ASSESSMENTS)}。")
    row = KeyProgress.get_by_id(progress_id)
    return update(actor, row, summary=f"评估季度进展：{assessment}", action="assess", assessment=assessment)


# ---- queries ----------------------------------------------------------------------

@dataclass(frozen=True)
class MissingReport:
    """A unit that has not reported on an item for a quarter by its report date."""

    item_id: int
    item_number: int
    item_title: str
    unit_id: int
    unit_name: str
    year: int
    quarter: int
    due: dt.date


def _item_start(item: KeyItem, plan_start: dt.date) -> dt.date:
    return item.assigned_on or plan_start


def missing_reports(plan_id: int, today: dt.date, cal: WorkCalendar, n: int | None = None) -> list[MissingReport]:
    """Every (item, unit, quarter) of the plan still unreported after its report date."""
    n = n if n is not None else settings.get(REPORT_WORKDAY)
    plan = KeyPlan.get_by_id(plan_id)
    items = list(KeyItem.select().where(KeyItem.plan == plan_id).order_by(KeyItem.number))
    units = reporting_units(i.id for i in items)
    reported: set[tuple[int, int, int, int]] = set(KeyProgress.select(
        KeyProgress.item, KeyProgress.unit, KeyProgress.year, KeyProgress.quarter).join(KeyItem).where(
        KeyItem.plan == plan_id).tuples())
    names = {u.id: u.short_name or u.name for u in Unit.select(Unit.id, Unit.name, Unit.short_name)}
    out = []
    quarters = due_quarters(cal, dt.date(plan.year, 1, 1), dt.date(plan.year, 12, 31), today, n)
    for item in items:
        if item.finished:
            continue
        start = _item_start(item, plan.start_date)
        for year, q in quarters:
            if not reports_required(start, plan.year, year, q):
                continue
            have = [u for u in units.get(item.id, []) if (item.id, u, year, q) in reported]
            for u in missing_units(units.get(item.id, []), have, report_date(cal, year, q, n), today):
                out.append(MissingReport(item.id, item.number, item.title, u, names.get(u, ""),
                                         year, q, report_date(cal, year, q, n)))
    return out


@dataclass(frozen=True)
class LateReport:
    """A unit's report on an item for a quarter made after its report date (迟报), typed
    or taken in from a returned 季度反馈表 (both are the same record)."""

    item_id: int
    item_number: int
    item_title: str
    unit_id: int
    unit_name: str
    year: int
    quarter: int
    due: dt.date
    reported_on: dt.date


def late_reports(plan_id: int, cal: WorkCalendar, n: int | None = None) -> list[LateReport]:
    """Every report of the plan made after its quarter's report date, by item and quarter."""
    n = n if n is not None else settings.get(REPORT_WORKDAY)
    names = {u.id: u.short_name or u.name for u in Unit.select(Unit.id, Unit.name, Unit.short_name)}
    out = []
    for iid, number, title, uid, year, q, reported_on in KeyProgress.select(
            KeyProgress.item, KeyItem.number, KeyItem.title, KeyProgress.unit, KeyProgress.year,
            KeyProgress.quarter, KeyProgress.reported_on).join(KeyItem).where(KeyItem.plan == plan_id).order_by(
            KeyItem.number, KeyProgress.year, KeyProgress.quarter, KeyProgress.id).tuples():
        due = report_date(cal, year, q, n)
        if is_late(reported_on, due):
            out.append(LateReport(iid, number, title, uid, names.get(uid, ""), year, q, due, reported_on))
    return out


@dataclass(frozen=True)
class ItemStatus:
    """What the light of one item rests on, and the light itself."""

    light: Light
    behind: bool
    missing: tuple[int, ...]  # units missing the latest due report
    overdue_stages: tuple[int, ...] = ()  # numbers of open stages past their deadline (阶段计划)


def item_statuses(item_ids: Iterable[int], today: dt.date, cal: WorkCalendar,
                  yellow_days: int | None = None, n: int | None = None) -> dict[int, ItemStatus]:
    """The traffic light of each item on ``today`` (few queries, for tables and calendars).

    ``behind``: the latest assessed report of any of its units says 滞后/严重滞后.
    ``missing``: units without a report for the latest quarter whose report date passed.
    The stages (阶段计划) count too: :func:`models.key_items.stages.item_light_with_stages`.
    """

    ids = list(item_ids)
    if not ids:
        return {}
    yellow_days = yellow_days if yellow_days is not None else settings.get(settings.YELLOW_DAYS)
    n = n if n is not None else settings.get(REPORT_WORKDAY)
    year, q = latest_due_quarter(cal, today, n)
    due = report_date(cal, year, q, n)
    rows = list(KeyItem.select(KeyItem.id, KeyItem.deadline, KeyItem.state, KeyItem.assigned_on,
                               KeyPlan.year, KeyPlan.start_date).join(KeyPlan).where(KeyItem.id.in_(ids)).tuples())
    units = reporting_units(ids)
    reported: dict[int, set[int]] = {}
    for iid, uid in KeyProgress.select(KeyProgress.item, KeyProgress.unit).where(
            KeyProgress.item.in_(ids) & (KeyProgress.year == year) & (KeyProgress.quarter == q)).tuples():
        reported.setdefault(iid, set()).add(uid)
    latest: dict[int, tuple[tuple[int, int], bool]] = {}
    for iid, y, qq, assessment in KeyProgress.select(
            KeyProgress.item, KeyProgress.year, KeyProgress.quarter, KeyProgress.assessment).where(
            KeyProgress.item.in_(ids) & (KeyProgress.assessment != "")).tuples():
        key = (y, qq)
        prev = latest.get(iid)
        if prev is None or key > prev[0]:
            latest[iid] = (key, is_behind(assessment))
        elif key == prev[0] and is_behind(assessment):
            latest[iid] = (key, True)
    stages: dict[int, list[tuple[int, dt.date, bool]]] = {}
    for iid, number, stage_deadline, done_on in KeyItemStage.select(
            KeyItemStage.item, KeyItemStage.number, KeyItemStage.deadline, KeyItemStage.done_on).where(
            KeyItemStage.item.in_(ids)).tuples():
        stages.setdefault(iid, []).append((number, stage_deadline, done_on is not None))
    out = {}
    for iid, deadline, state, assigned_on, plan_year, plan_start in rows:
        finished = state in FINISHED_STATES
        start = assigned_on or plan_start
        missing: tuple[int, ...] = ()
        if not finished and reports_required(start, plan_year, year, q):
            missing = tuple(missing_units(units.get(iid, []), reported.get(iid, set()), due, today))
        behind = latest.get(iid, (None, False))[1]
        facts = LightFacts(deadline=deadline, finished=finished, behind=behind, report_missing=bool(missing))
        own = stages.get(iid, [])
        light = item_light_with_stages(light_for(facts, today, cal, yellow_days), (
            stage_light(d, done, finished, today, cal, yellow_days) for _n, d, done in own))
        overdue = () if finished else tuple(sorted(n for n, d, done in own if stage_overdue(d, done, today)))
        out[iid] = ItemStatus(light, behind, missing, overdue)
    return out


def latest_progress(item_ids: Iterable[int]) -> dict[int, list[KeyProgress]]:
    """Each item's reports of its most recent reported quarter (lead unit first)."""
    ids = list(item_ids)
    best: dict[int, tuple[int, int]] = {}
    for iid, y, q in KeyProgress.select(KeyProgress.item, KeyProgress.year, KeyProgress.quarter).where(
            KeyProgress.item.in_(ids)).tuples():
        if (y, q) > best.get(iid, (0, 0)):
            best[iid] = (y, q)
    out: dict[int, list[KeyProgress]] = {}
    for row in KeyProgress.select(KeyProgress, Unit).join(Unit).where(KeyProgress.item.in_(ids)).order_by(
            KeyProgress.id):
        if best.get(row.item_id) == (row.year, row.quarter):
            out.setdefault(row.item_id, []).append(row)
    return out


def progress_of(item_id: int) -> list[KeyProgress]:
    """All reports of an item, newest quarter first."""
    return list(KeyProgress.select(KeyProgress, Unit).join(Unit).where(KeyProgress.item == item_id).order_by(
        KeyProgress.year.desc(), KeyProgress.quarter.desc(), KeyProgress.id))
