"""The ``watchwords`` figures (快·准·稳): they read the instructions and the register of
issued 督办通知单, so they are registered here, where both are read."""
from __future__ import annotations

import datetime as dt

from models.core.figures import from_facts, section
from models.documents.watchwords import figures_of, watchword_figures


@section("watchwords")
def watchword_section(start: dt.date, end: dt.date, today: dt.date) -> dict:
    """快·准·稳 over the period (:mod:`models.instructions.watchwords` defines each measure)."""
    return watchword_figures(start, end)


@from_facts("watchwords")
def watchword_section_of(facts: list, start: dt.date, end: dt.date, today: dt.date) -> dict:
    """The same section from the facts the 统计 pane reads with the instructions' own."""
    return figures_of(facts, start, end)
