"""Provisional deadlines (暂定期限): recomputed in every area when a calendar year is entered.

A deadline of "N working days" in a year whose holidays are not yet entered is marked
provisional. Each area registers its recomputation with :func:`recomputer` in its own
``models/<area>/deadlines.py``; :func:`recompute_provisional` runs them all in one
transaction (the caller's, when the calendar year itself is written in one).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from models import area_modules
from models.calendar.store import load_calendar
from models.calendar.workdays import WorkCalendar
from models.core.actors import Actor
from models.core.workflow import workflow

Recompute = Callable[[Actor, WorkCalendar, dt.date], int]
_RECOMPUTERS: dict[str, Recompute] = {}


def recomputer(area: str) -> Callable[[Recompute], Recompute]:
    """Register an area's ``(actor, calendar, today) -> records changed`` under ``area``."""

    def deco(fn: Recompute) -> Recompute:
        _RECOMPUTERS[area] = fn
        return fn

    return deco


@workflow()
def recompute_provisional(actor: Actor, today: dt.date) -> dict[str, int]:
    """Recompute every area's provisional working-day deadlines; records changed by area."""
    area_modules("deadlines")
    cal = load_calendar()
    return {area: fn(actor, cal, today) for area, fn in sorted(_RECOMPUTERS.items())}
