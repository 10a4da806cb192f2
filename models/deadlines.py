"""Provisional deadlines of every area, recomputed when a calendar year is entered."""
from __future__ import annotations

import datetime as dt

from . import instruction_workflow, key_items
from .actors import Actor
from .calendar_store import load_calendar
from .workflow import workflow


@workflow()
def recompute_provisional(actor: Actor, today: dt.date) -> dict[str, int]:
    """Recompute key items' and instructions' working-day deadlines; counts by area."""
    cal = load_calendar()
    return {"key_items": key_items.recompute_deadlines(actor, cal),
            "instructions": instruction_workflow.recompute_deadlines(actor, cal, today)}
