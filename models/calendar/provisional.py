"""Provisional deadlines of every area, recomputed when a calendar year is entered."""
from __future__ import annotations

import datetime as dt

from models.calendar.store import load_calendar
from models.core.actors import Actor
from models.core.workflow import workflow
from models.instructions import workflow as instruction_workflow
from models.key_items import items as key_items


@workflow()
def recompute_provisional(actor: Actor, today: dt.date) -> dict[str, int]:
    """Recompute key items' and instructions' working-day deadlines; counts by area."""
    cal = load_calendar()
    return {"key_items": key_items.recompute_deadlines(actor, cal),
            "instructions": instruction_workflow.recompute_deadlines(actor, cal, today)}
