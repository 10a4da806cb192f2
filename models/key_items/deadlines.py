"""Key items' provisional deadlines, recomputed when a calendar year is entered."""
from __future__ import annotations

import datetime as dt

from models.calendar.provisional import recomputer
from models.calendar.workdays import WorkCalendar
from models.core.actors import Actor
from models.key_items.items import recompute_deadlines


@recomputer("key_items")
def recompute(actor: Actor, cal: WorkCalendar, today: dt.date) -> int:
    """Key items whose "N working days" deadline was provisional, recomputed."""
    return recompute_deadlines(actor, cal)
