"""The official calendar shipped with the ``chinesecalendar`` package, as migration steps
seed it: frozen here so that the steps never import the models they predate.

The calendar store (``models/calendar/store.py``) and the tests read the same rows.
"""
from __future__ import annotations

import datetime as dt

import peewee


def seed_rows_from_package() -> tuple[list[tuple[dt.date, bool, str]], list[int]]:
    """Holidays and make-up working days from ``chinesecalendar``, and its full years."""
    import chinese_calendar as cc

    rows: dict[dt.date, tuple[dt.date, bool, str]] = {}
    for day, holiday in cc.holidays.items():
        name = _holiday_label(holiday)
        if day.weekday() < 5 or name:
            rows[day] = (day, False, name)
    for day, holiday in cc.workdays.items():
        if day.weekday() >= 5:
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


def seed_from_package(db: peewee.Database) -> int:
    """Insert the package's years that are not entered yet; return the years added.

    Runs inside a migration (no actor, no audit: it is the program's own data).
    """
    rows, years = seed_rows_from_package()
    have = {r[0] for r in db.execute_sql("SELECT year FROM calendar_year").fetchall()}
    new_years = [y for y in years if y not in have]
    wanted = [(d.isoformat(), int(w), n) for d, w, n in rows if d.year in new_years]
    db.cursor().executemany(
        "INSERT OR REPLACE INTO calendar_day (day, is_working, name) VALUES (?, ?, ?)", wanted)
    db.cursor().executemany(
        "INSERT INTO calendar_year (year, source, note) VALUES (?, ?, ?)",
        [(y, "chinesecalendar", "随程序提供的国务院放假安排") for y in new_years])
    return len(new_years)
