"""专项查办 figures for ``stats`` and the bulletin: by level, overall and by unit."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from models.core.figures import section
from models.instructions.records import facts_for_period
from models.instructions.rules import InstructionFacts, breakdown


def section_of(facts: Iterable[InstructionFacts], start: dt.date, end: dt.date, today: dt.date) -> dict:
    """The ``instructions`` section from facts already read (the 统计 pane keeps them
    for its drill-downs): by level, and by unit for the units with anything to show."""
    levels, units = breakdown(facts, start, end, today)
    out: dict = {k: v.as_dict() for k, v in levels.items()}
    out["by_unit"] = {u: f.as_dict() for u, f in units.items() if f.due or f.completed or f.overdue or f.received}
    return out


@section("instructions")
def instruction_figures(start: dt.date, end: dt.date, today: dt.date) -> dict:
    """``{"regional": {...}, "city": {...}, "all": {...}, "by_unit": {unit: {...}}}``."""
    return section_of(facts_for_period(start, end, today, full=False), start, end, today)
