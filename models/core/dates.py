"""The dates the program works with (1900 to 2199), and the Chinese words for the others.

A date typed, imported or given on the command line far outside the office's years —
year 1, year 9999, an Excel serial of 99999999 — would overflow the working-day
arithmetic (``date value out of range``) somewhere deep in a rule. It is refused where
it comes in instead, saying which dates are accepted.
"""
from __future__ import annotations

import datetime as dt

FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)


def out_of_range(day: dt.date | int) -> str:
    """Why ``day`` (a date, or a year) is outside :data:`FIRST_DAY` … :data:`LAST_DAY`,
    in Chinese; ``""`` when it is inside."""
    year = day if isinstance(day, int) else day.year
    if FIRST_DAY.year <= year <= LAST_DAY.year:
        return ""
    shown = f"{year} 年" if isinstance(day, int) else f"日期“{day.isoformat()}”"
    return f"{shown}超出了本程序处理的日期范围（{FIRST_DAY.year} 年至 {LAST_DAY.year} 年）"
