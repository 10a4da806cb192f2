"""The office's figures (统计数字) by area, for ``stats`` and the bulletin.

Each area registers a section with ``@section("name")`` over a function
``(start, end, today) -> dict`` of plain JSON-ready values; :func:`collect` asks them
all. Areas register from their own ``models/<area>/figures.py`` (found by
:func:`load_sections`), so adding a section never touches another area's file.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

SectionFn = Callable[[dt.date, dt.date, dt.date], dict]
_SECTIONS: dict[str, SectionFn] = {}
_loaded: list[bool] = []


_BESIDE: set[str] = set()


def section(name: str, *, beside: bool = False) -> Callable[[SectionFn], SectionFn]:
    """Register the figures of one area under ``name`` (idempotent). ``beside``: the
    section adds up inside the database and hands back a few rows, so :func:`collect`
    reads it on a connection of its own while the others are judged in Python
    (:func:`models.core.db.beside`)."""

    def deco(fn: SectionFn) -> SectionFn:
        _SECTIONS[name] = fn
        if beside:
            _BESIDE.add(name)
        else:
            _BESIDE.discard(name)
        return fn

    return deco


#: A section computed from the watchwords' facts read with the instructions' own
#: (``facts, start, end, today``): the 统计 pane reads them in the same statements.
FromFactsFn = Callable[[list, dt.date, dt.date, dt.date], dict]
_FROM_FACTS: dict[str, FromFactsFn] = {}


def from_facts(name: str) -> Callable[[FromFactsFn], FromFactsFn]:
    """Register how section ``name`` is computed from facts read elsewhere (the same
    figures as its ``@section`` function, which should call this one)."""

    def deco(fn: FromFactsFn) -> FromFactsFn:
        _FROM_FACTS[name] = fn
        return fn

    return deco


def given_facts(name: str) -> FromFactsFn | None:
    """The function registered with :func:`from_facts` for ``name``, if any."""
    load_sections()
    return _FROM_FACTS.get(name)


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


#: What the sections of one :func:`collect` call read once between them (see :func:`shared`).
_shared: ContextVar[dict | None] = ContextVar("figures_shared", default=None)


def shared(key: tuple, read: Callable[[], Any]) -> Any:
    """``read()``, done once for ``key`` within one :func:`collect` call: two sections
    that judge the same facts (the instructions by level and by leader) read and judge
    them once. Outside a call, simply ``read()``."""
    memo = _shared.get()
    if memo is None:
        return read()
    if key not in memo:
        memo[key] = read()
    return memo[key]


def collect(start: dt.date, end: dt.date, today: dt.date, only: list[str] | None = None) -> dict[str, dict]:
    """Every section's figures for the period [start, end] as seen on ``today``."""
    if end < start:
        raise ValueError("period end before start")
    from models.core.db import beside

    load_sections()
    # Each asked once (a section named twice would start two readers and wait for one).
    wanted = [name for name in dict.fromkeys(only if only else sorted(_SECTIONS)) if name in _SECTIONS]
    early = [name for name in wanted if name in _BESIDE] if len(wanted) > 1 else []
    waiting = {name: beside(functools.partial(_SECTIONS[name], start, end, today)) for name in early}
    token = _shared.set({})
    try:
        done = {name: _SECTIONS[name](start, end, today) for name in wanted if name not in waiting}
    except BaseException:
        for wait in waiting.values():  # no reader outlives the call; this error is the one reported
            with contextlib.suppress(BaseException):
                wait()
        raise
    finally:
        _shared.reset(token)
    done.update((name, wait()) for name, wait in waiting.items())
    return {name: done[name] for name in wanted}
