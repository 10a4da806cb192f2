"""The office's figures (统计数字) by area, for ``stats`` and the bulletin.

Each area registers a section with ``@section("name")`` over a function
``(start, end, today) -> dict`` of plain JSON-ready values; :func:`collect` asks them
all. Areas register from their own ``models/<area>/figures.py`` (found by
:func:`load_sections`), so adding a section never touches another area's file.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

SectionFn = Callable[[dt.date, dt.date, dt.date], dict]
_SECTIONS: dict[str, SectionFn] = {}
_loaded: list[bool] = []


def section(name: str) -> Callable[[SectionFn], SectionFn]:
    """Register the figures of one area under ``name`` (idempotent)."""

    def deco(fn: SectionFn) -> SectionFn:
        _SECTIONS[name] = fn
        return fn

    return deco


def load_sections() -> None:
    """Import every area's ``figures`` module so its sections register (once: the
    modules do not change while the program runs, and finding them costs a directory
    walk)."""
    from models import area_modules

    if not _loaded:
        area_modules("figures")
        _loaded.append(True)


def names() -> list[str]:
    """The registered section names, sorted."""
    load_sections()
    return sorted(_SECTIONS)


def collect(start: dt.date, end: dt.date, today: dt.date, only: list[str] | None = None) -> dict[str, dict]:
    """Every section's figures for the period [start, end] as seen on ``today``."""
    if end < start:
        raise ValueError("period end before start")
    load_sections()
    wanted = only if only else sorted(_SECTIONS)
    return {name: _SECTIONS[name](start, end, today) for name in wanted if name in _SECTIONS}
