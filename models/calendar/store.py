"""The working-day calendar as stored in the database, and its workflows.

Seeded from the ``chinesecalendar`` package (2004 onwards); the office adds next
year's State Council schedule by hand or from a small file (日期, 类型, 名称).
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

import peewee

from models.calendar.workdays import WorkCalendar, build_calendar, is_weekend
from models.core.actors import Actor, Permission
from models.core.base import BaseModel
from models.core.db import database
from models.core.workflow import delete, insert, update, workflow
from models.tabular.read import Column, ImportTemplate, RowError, read_table


class CalendarDay(BaseModel):
    """An exception to Monday–Friday: a holiday on a weekday, or a 调休 working weekend."""

    day = peewee.DateField(primary_key=True)
    is_working = peewee.BooleanField()
    name = peewee.CharField(default="")

    class Meta:
        table_name = "calendar_day"


class CalendarYear(BaseModel):
    """A year whose official schedule has been entered, and where it came from."""

    year = peewee.IntegerField(primary_key=True)
    source = peewee.CharField(default="手工录入")
    note = peewee.CharField(default="")

    class Meta:
        table_name = "calendar_year"


#: ``calendar_year.source`` of the years seeded from the package (migration 8 looks for it).
PACKAGE_SOURCE = "chinesecalendar"


@functools.cache
def package_edition() -> tuple[str, int]:
    """The ``chinesecalendar`` package's version and the last year it holds."""
    from importlib.metadata import version

    import chinese_calendar as cc

    return version("chinesecalendar"), max(d.year for d in cc.holidays)


def source_label(source: str, brief: bool = False) -> str:
    """Where a year's schedule came from, in the clerk's words: the package's years are the
    State Council's schedule as the bundled data package holds it (``brief``: without the
    package's edition, for a narrow list)."""
    if source != PACKAGE_SOURCE:
        return source
    if brief:
        return "国务院公布的安排"
    release, last = package_edition()
    return f"国务院办公厅公布的节假日安排（chinesecalendar 数据包 版本 {release}，收录至 {last} 年）"


_cache: dict[str, object] = {}


def _invalidate() -> None:
    _cache.clear()


def load_calendar() -> WorkCalendar:
    """The stored calendar as plain data (cached until it changes, in any process)."""
    db = database()
    stamp = (id(db), db.execute_sql("PRAGMA data_version").fetchone()[0],
             CalendarDay.select().count(), CalendarYear.select().count())
    if _cache.get("stamp") == stamp and not db.in_transaction():
        return _cache["cal"]  # type: ignore[return-value]
    days = [(d, w, n) for d, w, n in CalendarDay.select(
        CalendarDay.day, CalendarDay.is_working, CalendarDay.name).tuples()]
    years = [y for (y,) in CalendarYear.select(CalendarYear.year).tuples()]
    cal = build_calendar(days, years)
    _cache["stamp"], _cache["cal"] = stamp, cal
    return cal


@dataclass(frozen=True)
class DayEntry:
    """One typed or imported calendar line: 放假 (False) or 上班 (True)."""

    day: dt.date
    is_working: bool
    name: str = ""


@workflow(Permission.ADMIN)
def set_day(actor: Actor, entry: DayEntry) -> None:
    """Record a holiday or a 调休 working day; a plain weekday/weekend entry is removed."""
    row = CalendarDay.get_or_none(CalendarDay.day == entry.day)
    plain_day = entry.is_working != is_weekend(entry.day)
    if plain_day and not entry.name:
        if row is not None:
            delete(actor, row, f"工作日历：{entry.day} 恢复为常规")
    elif row is None:
        insert(actor, CalendarDay, f"工作日历：{entry.day}", day=entry.day,
               is_working=entry.is_working, name=entry.name)
    else:
        update(actor, row, summary=f"工作日历：{entry.day}", is_working=entry.is_working,
               name=entry.name)
    _invalidate()


@workflow(Permission.ADMIN)
def declare_year(actor: Actor, year: int, source: str = "手工录入", note: str = "") -> None:
    """Mark ``year``'s schedule as entered, so its dates stop being provisional."""
    row = CalendarYear.get_or_none(CalendarYear.year == year)
    if row is None:
        insert(actor, CalendarYear, f"工作日历：录入{year}年", year=year, source=source, note=note)
    else:
        update(actor, row, summary=f"工作日历：{year}年", source=source, note=note)
    _invalidate()


@workflow(Permission.ADMIN)
def undeclare_year(actor: Actor, year: int) -> None:
    """Withdraw a year (its dates become provisional again); entries are kept."""
    row = CalendarYear.get_or_none(CalendarYear.year == year)
    if row is not None:
        delete(actor, row, f"工作日历：撤销{year}年")
    _invalidate()


CALENDAR_COLUMNS = (
    Column("日期", "day", kind="date", required=True, help="放假或调休上班的一天，每天一行。"),
    Column("类型", "kind", required=True, aliases=("安排",),
           help="放假 或 上班（周末调休上班的日子）；也可写“休息”“节假日” / “调休上班”“工作日”。"),
    Column("名称", "name", aliases=("节日", "说明"), help="节日名称，如“元旦”“春节”。"),
)

CALENDAR_TEMPLATE = ImportTemplate(
    "workdays", "放假安排", CALENDAR_COLUMNS,
    lambda year: {"day": dt.date(year + 1, 1, 1), "kind": "放假", "name": "元旦"},
    "在“设置 → 工作日历”中点“从文件导入…”，或在命令行运行：python main.py workdays import 放假安排.xlsx",
    ("导入后，文件中出现的年份即标为“已录入”：请按国务院公布的放假安排列出该年全部放假日和调休上班日。",))


def parse_calendar_file(path: Path) -> tuple[list[DayEntry], list[RowError]]:
    """Read 日期/类型/名称 rows (类型: 放假/休息 or 上班/调休上班); errors per row."""
    table = read_table(Path(path), CALENDAR_COLUMNS)
    entries: list[DayEntry] = []
    errors = list(table.errors)
    for row in table.rows:
        kind = (row.values.get("kind") or "").strip()
        if kind in ("放假", "休息", "假日", "节假日"):
            working = False
        elif kind in ("上班", "调休上班", "调休", "工作日"):
            working = True
        else:
            errors.append(RowError(row.number, "类型", f"类型须为“放假”或“上班”，收到“{kind}”"))
            continue
        entries.append(DayEntry(row.values["day"], working, (row.values.get("name") or "").strip()))
    return entries, errors


@workflow(Permission.ADMIN)
def import_calendar(actor: Actor, entries: list[DayEntry], years: list[int]) -> int:
    """Apply parsed entries and declare ``years`` entered, all in one transaction."""
    for entry in entries:
        set_day(actor, entry)
    for year in years:
        declare_year(actor, year, "文件导入")
    return len(entries)


def years_entered() -> list[tuple[int, str]]:
    """The entered years with their source, newest first."""
    return [(r.year, r.source) for r in CalendarYear.select().order_by(CalendarYear.year.desc())]


def next_year_missing(today: dt.date) -> int | None:
    """Next year, if its calendar is not entered yet (the dashboard's warning)."""
    year = today.year + 1
    return None if CalendarYear.get_or_none(CalendarYear.year == year) else year
