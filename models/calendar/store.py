"""The working-day calendar as stored in the database, and its workflows.

Seeded from the ``chinesecalendar`` package (2004 onwards); the office adds next
year's State Council schedule by hand or from a small file (日期, 类型, 名称).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import peewee

from models.calendar.workdays import WorkCalendar, build_calendar, is_weekend
from models.core.actors import Actor, Permission
from models.core.base import BaseModel
from models.core.db import database
from models.core.workflow import delete, insert, update, workflow
from models.tabular.read import Column, RowError, read_table


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


def seed_rows_from_package() -> tuple[list[tuple[dt.date, bool, str]], list[int]]:
    """Holidays and make-up working days from ``chinesecalendar``, and its full years."""
    import chinese_calendar as cc

    rows: dict[dt.date, tuple[dt.date, bool, str]] = {}
    for day, holiday in cc.holidays.items():
        name = _holiday_label(holiday)
        if not is_weekend(day) or name:
            rows[day] = (day, False, name)
    for day, holiday in cc.workdays.items():
        if is_weekend(day):
            rows[day] = (day, True, _holiday_label(holiday) + "调休")
    first = min(d.year for d in cc.holidays)
    last = max(d.year for d in cc.holidays)
    return sorted(rows.values()), list(range(first, last + 1))


_HOLIDAY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def _holiday_label(holiday: object) -> str:
    # The package gives English names as plain strings (older releases: an Enum).
    name = str(getattr(holiday, "value", holiday) or "")
    return _HOLIDAY_NAMES.get(name, name)


def seed_from_package(db: peewee.Database | None = None) -> int:
    """Insert the package's years that are not entered yet; return the years added.

    Runs inside a migration (no actor, no audit: it is the program's own data).
    """
    db = db or database()
    rows, years = seed_rows_from_package()
    have = {r[0] for r in db.execute_sql("SELECT year FROM calendar_year").fetchall()}
    new_years = [y for y in years if y not in have]
    wanted = [(d.isoformat(), int(w), n) for d, w, n in rows if d.year in new_years]
    db.cursor().executemany(
        "INSERT OR REPLACE INTO calendar_day (day, is_working, name) VALUES (?, ?, ?)", wanted)
    db.cursor().executemany(
        "INSERT INTO calendar_year (year, source, note) VALUES (?, ?, ?)",
        [(y, "chinesecalendar", "随程序提供的国务院放假安排") for y in new_years])
    _invalidate()
    return len(new_years)


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
    Column("日期", "day", kind="date", required=True),
    Column("类型", "kind", required=True, aliases=("安排",)),
    Column("名称", "name", aliases=("节日", "说明")),
)


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
