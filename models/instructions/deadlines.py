"""Instructions' provisional deadlines, recomputed when a calendar year is entered."""
from __future__ import annotations

import datetime as dt

from models.calendar.provisional import recomputer
from models.calendar.workdays import WorkCalendar
from models.core.actors import Actor
from models.instructions.workflow import recompute_deadlines


@recomputer("instructions")
def recompute(actor: Actor, cal: WorkCalendar, today: dt.date) -> int:
    """Assignments whose "N working days" deadline was provisional, recomputed."""
    return recompute_deadlines(actor, cal, today)
