"""Working days (工作日) of China's official calendar, with 调休 make-up days.

Pure functions over a :class:`WorkCalendar` (plain data: the exceptions to
Monday–Friday and the years that have been entered). "Today" is never read here.
A date in a year with no calendar entered falls back to Monday–Friday and is
*provisional*: callers must say so (see :func:`compute_deadline`).
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class WorkCalendar:
    """Exceptions to Mon–Fri (date → is it a working day) and the years entered."""

    exceptions: Mapping[dt.date, bool] = field(default_factory=dict)
    known_years: frozenset[int] = frozenset()
    names: Mapping[dt.date, str] = field(default_factory=dict)

    def is_known(self, day: dt.date) -> bool:
        """Whether ``day``'s year has an official calendar entered."""
        return day.year in self.known_years

    def missing_years(self, start: dt.date, end: dt.date) -> list[int]:
        """Years between ``start`` and ``end`` (inclusive) with no calendar entered."""
        lo, hi = sorted((start.year, end.year))
        return [y for y in range(lo, hi + 1) if y not in self.known_years]


def is_weekend(day: dt.date) -> bool:
    """Saturday or Sunday."""
    return day.weekday() >= 5


def is_working_day(cal: WorkCalendar, day: dt.date) -> bool:
    """A working day: an entered exception wins, otherwise Monday–Friday."""
    if day in cal.exceptions:
        return cal.exceptions[day]
    return not is_weekend(day)


def day_kind(cal: WorkCalendar, day: dt.date) -> str:
    """How a calendar shows the day: 工作日, 休息日, 节假日 or 调休上班."""
    if day in cal.exceptions:
        working = cal.exceptions[day]
        if working and is_weekend(day):
            return "调休上班"
        if not working and not is_weekend(day):
            return "节假日"
        return "工作日" if working else ("节假日" if cal.names.get(day) else "休息日")
    return "休息日" if is_weekend(day) else "工作日"


def add_working_days(cal: WorkCalendar, start: dt.date, n: int) -> dt.date:
    """The date ``n`` working days after ``start`` (before it when ``n`` is negative).

    ``start`` itself is never counted: a matter assigned on Friday 2014-09-26 with
    5 working days is due on the 5th working day after it. ``n == 0`` gives ``start``.
    """
    step = ONE_DAY if n >= 0 else -ONE_DAY
    remaining = abs(n)
    day = start
    while remaining:
        day += step
        if is_working_day(cal, day):
            remaining -= 1
    return day


def working_days_between(cal: WorkCalendar, start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if end < start).

    The inverse of :func:`add_working_days`: ``working_days_between(c, a,
    add_working_days(c, a, n)) == n``.
    """
    if end == start:
        return 0
    sign = 1 if end > start else -1
    lo, hi = (start, end) if sign > 0 else (end, start)
    # Closed form (Mon–Fri counted by arithmetic, then the exceptions inside the window)
    # instead of a walk: candidates for 通报批评 ask this of deadlines years back.
    count = _weekdays_through(hi) - _weekdays_through(lo)
    days, running = _sorted_exceptions(cal)
    count += running[bisect.bisect_right(days, hi)] - running[bisect.bisect_right(days, lo)]
    # Going backwards we count (end, start]; shift the window so it is [end, start).
    if sign < 0:
        count += int(is_working_day(cal, end)) - int(is_working_day(cal, start))
    return sign * count


def _weekdays_through(day: dt.date) -> int:
    # Ordinal 1 (0001-01-01) is a Monday, so full weeks hold five weekdays each.
    o = day.toordinal()
    return o // 7 * 5 + min(o % 7, 5)


def _sorted_exceptions(cal: WorkCalendar) -> tuple[list[dt.date], list[int]]:
    """The exception days in order, and the running total of what they change in a
    Mon–Fri count (+1 a 调休 working weekend day, −1 a weekday off): ``running[i]`` is
    the change made by the first ``i`` days. Kept on the calendar once computed."""
    cached = cal.__dict__.get("_sorted")
    if cached is not None and cached[0] == len(cal.exceptions):
        return cached[1], cached[2]
    days = sorted(cal.exceptions)
    running = [0]
    for d in days:
        running.append(running[-1] + int(cal.exceptions[d]) - int(not is_weekend(d)))
    object.__setattr__(cal, "_sorted", (len(cal.exceptions), days, running))
    return days, running


def next_working_day(cal: WorkCalendar, day: dt.date, *, include_self: bool = True) -> dt.date:
    """``day`` if it is a working day (when ``include_self``), else the next one."""
    if include_self and is_working_day(cal, day):
        return day
    return add_working_days(cal, day, 1)


def previous_working_day(cal: WorkCalendar, day: dt.date, *, include_self: bool = True) -> dt.date:
    """``day`` if it is a working day (when ``include_self``), else the one before it."""
    if include_self and is_working_day(cal, day):
        return day
    return add_working_days(cal, day, -1)


@dataclass(frozen=True)
class Deadline:
    """A computed deadline; ``provisional`` when it crossed a year not yet entered."""

    date: dt.date
    provisional: bool
    missing_years: tuple[int, ...] = ()

    def warning(self) -> str:
        """The loud warning a provisional deadline must carry, or ''."""
        if not self.provisional:
            return ""
        years = "、".join(str(y) for y in self.missing_years)
        return (f"注意：{years}年的法定节假日和调休安排尚未录入，期限 {self.date.isoformat()} "
                "按周一至周五推算，为暂定日期。请在“设置 → 工作日历”中录入。")


def compute_deadline(cal: WorkCalendar, start: dt.date, n: int) -> Deadline:
    """``n`` working days after ``start``, marked provisional if any year is missing."""
    due = add_working_days(cal, start, n)
    missing = tuple(cal.missing_years(start, due))
    return Deadline(due, bool(missing), missing)


def build_calendar(days: Iterable[tuple[dt.date, bool, str]], years: Iterable[int]) -> WorkCalendar:
    """A calendar from (date, is_working, name) rows and the list of entered years."""
    exceptions: dict[dt.date, bool] = {}
    names: dict[dt.date, str] = {}
    for day, working, name in days:
        exceptions[day] = bool(working)
        if name:
            names[day] = name
    return WorkCalendar(exceptions, frozenset(years), names)
