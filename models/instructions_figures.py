"""专项查办 figures for ``stats`` and the bulletin: by level, overall and by unit."""
from __future__ import annotations

import datetime as dt

from .figures import section
from .instruction_rules import figures_by_level, figures_by_unit
from .instructions import facts_for_period


@section("instructions")
def instruction_figures(start: dt.date, end: dt.date, today: dt.date) -> dict:
    """``{"regional": {...}, "city": {...}, "all": {...}, "by_unit": {unit: {...}}}``."""
    facts = facts_for_period(start, end, today)
    out: dict = {k: v.as_dict() for k, v in figures_by_level(facts, start, end, today).items()}
    out["by_unit"] = {u: f.as_dict() for u, f in figures_by_unit(facts, start, end, today).items()
                      if f.due or f.completed or f.overdue or f.received}
    return out
