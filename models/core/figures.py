"""The office's figures (统计数字) by area, for ``stats`` and the bulletin.

Each area registers a section with ``@section("name")`` over a function
``(start, end, today) -> dict`` of plain JSON-ready values; :func:`collect` asks them
all. Areas register from their own ``*_figures`` module or any module imported by
:func:`load_sections`, so adding a section never touches another area's file.
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable

SectionFn = Callable[[dt.date, dt.date, dt.date], dict]
_SECTIONS: dict[str, SectionFn] = {}


def section(name: str) -> Callable[[SectionFn], SectionFn]:
    """Register the figures of one area under ``name`` (idempotent)."""

    def deco(fn: SectionFn) -> SectionFn:
        _SECTIONS[name] = fn
        return fn

    return deco


def load_sections() -> None:
    """Import every ``models.*_figures`` module so its sections register."""
    import models

    for info in pkgutil.iter_modules(models.__path__):
        if info.name.endswith("_figures"):
            importlib.import_module(f"models.{info.name}")


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
