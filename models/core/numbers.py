"""How the office writes numbers and dates: one formatter for every rate and every date
on screen, on paper and in the command line."""
from __future__ import annotations

import datetime as dt


def percent(rate: float | None) -> str:
    """A rate as the office writes it: "100%", "93.3%"; "" when nothing fell due.

    Whole percentages drop the decimal (the article writes 100%, not 100.0%).
    """
    if rate is None:
        return ""
    value = round(rate * 100, 1)
    return f"{value:.0f}%" if value == int(value) else f"{value:.1f}%"


def date_cn(day: dt.date | None) -> str:
    """A date as the office writes it: "2014年10月28日" (no leading zeros); "" for none."""
    return "" if day is None else f"{day.year}年{day.month}月{day.day}日"
