"""Dated entries for the shared calendar (日历): every area adds its own provider.

A provider is a function ``(start, end, today) -> list[AgendaEntry]`` registered with
:func:`provider`; the calendar widget and the ``calendar`` command ask all of them.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from models.calendar.lights import Light


@dataclass(frozen=True)
class AgendaEntry:
    """One thing on one day: what kind, its text, its light and how to open it."""

    day: dt.date
    kind: str  # e.g. "重点工作期限", "督查时间", "季度报送", "批示件期限", "实地调研"
    title: str
    light: Light
    record_type: str  # e.g. "key_item", "instruction"
    record_id: int
    unit: str = ""
    state: str = ""
    provisional: bool = False  # the date rests on a year with no calendar entered


Provider = Callable[[dt.date, dt.date, dt.date], list[AgendaEntry]]
_PROVIDERS: dict[str, Provider] = {}


def provider(name: str) -> Callable[[Provider], Provider]:
    """Register an entry provider under ``name`` (idempotent)."""

    def deco(fn: Provider) -> Provider:
        _PROVIDERS[name] = fn
        return fn

    return deco


def load_providers() -> None:
    """Import the modules that register providers (each area's agenda module)."""
    import importlib
    import pkgutil

    import models

    for info in pkgutil.iter_modules(models.__path__):
        if info.name.endswith("_agenda"):
            importlib.import_module(f"models.{info.name}")


def entries(start: dt.date, end: dt.date, today: dt.date) -> list[AgendaEntry]:
    """All entries from ``start`` to ``end`` inclusive, sorted by day, light and title."""
    load_providers()
    found: list[AgendaEntry] = []
    for fn in _PROVIDERS.values():
        found.extend(e for e in fn(start, end, today) if start <= e.day <= end)
    found.sort(key=lambda e: (e.day, e.light.rank, e.kind, natural_key(e.title)))
    return found


def natural_key(text: str) -> tuple:
    """Sort "第2项" before "第10项": digit runs compare as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))
