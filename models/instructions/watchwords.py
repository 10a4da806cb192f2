"""快·准·稳: the office measured by its own watchwords (the article's 专项查办 section).

Each measure is a pure function of plain facts (no database, no clock), defined once;
``stats --json`` (section ``watchwords``) and the 统计 pane both read them.

- **快** (fast): working days from the leader's 批示 (the instruction's date, else the
  day it was received) to 交办 (the first unit's assignment), counted for matters
  assigned in the period; and from 交办 to 报结, counted for matters reported back in
  the period. Each as the median and the 90th percentile (nearest rank: nine matters
  in ten took at most that many working days), overall, by level and by lead unit.
- **准** (exact): the share of 督办通知单 issued in the period whose instruction text is
  the leader's instruction word for word (as stored now, outer blanks aside); and the
  share of matters reported back (报结) in the period whose report is *complete*:
  the unit's 办结 was recorded with its result, the office's 回访复核 had passed on or
  before the 报结, and what was reported to the leader is written down.
- **稳** (steady): of the matters whose first 回访复核 fell in the period, the share that
  passed it the first time; and the matters reopened (a 回访复核 not passed) in the
  period.
"""
from __future__ import annotations

import datetime as dt
import math
import statistics
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from models.calendar.workdays import WorkCalendar, working_days_between
from models.instructions.states import LEVEL_KEYS


class WatchFacts(NamedTuple):
    """What the watchwords need to know of one instruction."""

    id: int
    level: str  # 自治区 | 市
    lead_unit: str  # the lead unit handling it now, "" before 交办
    received_on: dt.date
    instructed_on: dt.date | None = None  # the leader's 批示 date, when known
    assigned_on: dt.date | None = None  # the first 交办
    reported_on: dt.date | None = None  # 报结
    result: str = ""  # the 办结 result as recorded
    report_text: str = ""  # what was reported to the leader
    reviews: tuple[tuple[dt.date, bool], ...] = ()  # every 回访复核: (day, passed), oldest first


def instructed(f: WatchFacts) -> dt.date:
    """The day the clock starts: the 批示 date, else the day the instruction was received."""
    return f.instructed_on or f.received_on


def percentile(values: Sequence[int], share: float) -> int | None:
    """Nearest-rank percentile: the smallest value with at least ``share`` of ``values``
    at or below it (``None`` for no values)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(share * len(ordered))) - 1]


def spread(values: Sequence[int]) -> dict:
    """``{"count", "median", "p90"}`` of working-day durations."""
    return {"count": len(values), "median": float(statistics.median(values)) if values else None,
            "p90": percentile(values, 0.9)}


def _in(day: dt.date | None, start: dt.date, end: dt.date) -> bool:
    return day is not None and start <= day <= end


def _grouped(pairs: Iterable[tuple[WatchFacts, int]]) -> dict:
    every: list[int] = []
    levels: dict[str, list[int]] = {key: [] for key in LEVEL_KEYS.values()}
    units: dict[str, list[int]] = {}
    for f, days in pairs:
        every.append(days)
        levels.setdefault(LEVEL_KEYS.get(f.level, f.level), []).append(days)
        units.setdefault(f.lead_unit or "（未交办）", []).append(days)
    return {**spread(every), "by_level": {k: spread(v) for k, v in levels.items()},
            "by_unit": {u: spread(v) for u, v in sorted(units.items())}}


def fast(facts: Iterable[WatchFacts], cal: WorkCalendar, start: dt.date, end: dt.date) -> dict:
    """快: ``{"to_assign": ..., "to_report": ...}``, each a spread overall, ``by_level``
    and ``by_unit`` (working days; a matter assigned the day of the 批示 took 0)."""
    facts = list(facts)
    to_assign = [(f, max(0, working_days_between(cal, instructed(f), f.assigned_on)))
                 for f in facts if _in(f.assigned_on, start, end)]
    to_report = [(f, max(0, working_days_between(cal, f.assigned_on, f.reported_on)))
                 for f in facts if _in(f.reported_on, start, end) and f.assigned_on is not None]
    return {"to_assign": _grouped(to_assign), "to_report": _grouped(to_report)}


def word_for_word(notice_text: str, instruction_text: str) -> bool:
    """Whether a 督办通知单 carries the instruction word for word: the same characters,
    the same punctuation, outer blanks and line-end style aside."""
    def norm(text: str) -> str:
        return (text or "").replace("\r\n", "\n").strip()

    return bool(norm(instruction_text)) and norm(notice_text) == norm(instruction_text)


def report_complete(f: WatchFacts) -> bool:
    """报结 complete: 办结 recorded with its result, a 回访复核 passed on or before the
    报结, and the report to the leader written down."""
    if f.reported_on is None or not f.result.strip() or not f.report_text.strip():
        return False
    return any(passed and day <= f.reported_on for day, passed in f.reviews)


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def exact(notices: Iterable[tuple[str, str]], facts: Iterable[WatchFacts], start: dt.date,
          end: dt.date) -> dict:
    """准: ``notices`` are (notice's text, instruction's text) of the 督办通知单 issued in
    the period; the reports are those of the matters reported back in the period."""
    notices = list(notices)
    exact_n = sum(1 for notice, original in notices if word_for_word(notice, original))
    reported = [f for f in facts if _in(f.reported_on, start, end)]
    complete = sum(1 for f in reported if report_complete(f))
    return {"notices": len(notices), "word_for_word": exact_n, "word_for_word_rate": _rate(exact_n, len(notices)),
            "reported": len(reported), "complete": complete, "complete_rate": _rate(complete, len(reported))}


def steady(facts: Iterable[WatchFacts], start: dt.date, end: dt.date) -> dict:
    """稳: first-time passes of 回访复核 (matters whose first review fell in the period)
    and matters reopened (any review not passed in the period)."""
    reviewed = passed_first = reopened = 0
    for f in facts:
        if f.reviews and _in(f.reviews[0][0], start, end):
            reviewed += 1
            passed_first += f.reviews[0][1]
        if any(not passed and _in(day, start, end) for day, passed in f.reviews):
            reopened += 1
    return {"reviewed": reviewed, "passed_first": passed_first,
            "first_pass_rate": _rate(passed_first, reviewed), "reopened": reopened}


def watchwords(facts: Iterable[WatchFacts], notices: Iterable[tuple[str, str]], cal: WorkCalendar,
               start: dt.date, end: dt.date) -> dict:
    """The ``watchwords`` section: ``{"fast", "exact", "steady"}`` over [start, end]."""
    facts = list(facts)
    return {"fast": fast(facts, cal, start, end), "exact": exact(notices, facts, start, end),
            "steady": steady(facts, start, end)}
