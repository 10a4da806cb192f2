"""Provisional deadlines (暂定期限): recomputed in every area when a calendar year is entered.

A deadline of "N working days" in a year whose holidays are not yet entered is marked
provisional. Each area registers its recomputation with :func:`recomputer` in its own
``models/<area>/deadlines.py``; :func:`recompute_provisional` runs them all in one
transaction (the caller's, when the calendar year itself is written in one).

What a clerk does to the calendar — import a year's schedule, enter or clear a day,
mark a year entered — is one workflow here that writes the calendar *and* recomputes the
deadlines in one transaction: an import committed before its recomputation once left,
after a crash between the two, deadlines a week off that nothing repaired.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from models import area_modules
from models.calendar import store
from models.calendar.store import DayEntry, load_calendar
from models.calendar.workdays import WorkCalendar
from models.core.actors import Actor, Permission
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


@workflow(Permission.ADMIN)
def import_schedule(actor: Actor, entries: list[DayEntry], years: list[int],
                    today: dt.date) -> tuple[int, dict[str, int]]:
    """Import a year's schedule (:func:`store.import_calendar`) and recompute the
    provisional deadlines, in one transaction; (entries written, records changed by area)."""
    n = store.import_calendar(actor, entries, years)
    return n, recompute_provisional(actor, today)


@workflow(Permission.ADMIN)
def enter_day(actor: Actor, entry: DayEntry, today: dt.date) -> dict[str, int]:
    """Enter a holiday or 调休 day, or clear one (:func:`store.set_day`), and recompute the
    provisional deadlines, in one transaction; records changed by area."""
    store.set_day(actor, entry)
    return recompute_provisional(actor, today)


@workflow(Permission.ADMIN)
def enter_year(actor: Actor, year: int, today: dt.date) -> dict[str, int]:
    """Mark ``year`` entered (:func:`store.declare_year`) and recompute the provisional
    deadlines, in one transaction; records changed by area."""
    store.declare_year(actor, year)
    return recompute_provisional(actor, today)
