"""专项查办 figures for ``stats`` and the bulletin: by level, overall and by unit."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from models.core.figures import section, shared
from models.instructions.records import facts_for_period
from models.instructions.rules import (
    LEVEL_KEYS,
    Figures,
    InstructionFacts,
    breakdown,
    figures,
    merged,
)


def section_of(facts: Iterable[InstructionFacts], start: dt.date, end: dt.date, today: dt.date) -> dict:
    """The ``instructions`` section from facts already read (the 统计 pane keeps them
    for its drill-downs): by level, and by unit for the units with anything to show."""
    levels, units = breakdown(facts, start, end, today)
    out: dict = {k: v.as_dict() for k, v in levels.items()}
    out["by_unit"] = {u: f.as_dict() for u, f in units.items() if f.due or f.completed or f.overdue or f.received}
    return out


@section("instructions")
def instruction_figures(start: dt.date, end: dt.date, today: dt.date) -> dict:
    """``{"regional": {...}, "city": {...}, "all": {...}, "by_unit": {unit: {...}}}``."""
    return _both_sections(start, end, today)[0]


def _both_sections(start: dt.date, end: dt.date, today: dt.date) -> tuple[dict, dict[str, dict]]:
    """The ``instructions`` and ``instructions_by_leader`` sections, read and judged once
    for both when ``collect`` asks for them together."""
    def read() -> tuple[dict, dict[str, dict]]:
        leaders: dict[int, str] = {}
        facts = facts_for_period(start, end, today, full=False, leaders=leaders)
        return section_and_leaders(facts, leaders, start, end, today)

    return shared(("instructions", start, end, today), read)


#: How the figures name an instruction recorded without a leader.
NO_LEADER = "（未填批示领导）"


def by_leader(facts: Iterable[InstructionFacts], leaders: dict[int, str], start: dt.date, end: dt.date,
              today: dt.date) -> dict[str, dict]:
    """按批示领导: each instructing leader's figures (the same rules as the levels'), for
    the leaders with anything to show in the period, most items due first."""
    groups: dict[str, list[InstructionFacts]] = {}
    for f in facts:
        groups.setdefault(leaders.get(f.id) or NO_LEADER, []).append(f)
    out = {}
    for name, group in groups.items():
        # The levels' rule over the group (the units' split, which by_leader does not
        # show, is not made).
        fig = figures(group, start, end, today)
        if fig.due or fig.completed or fig.overdue or fig.received:
            out[name] = fig.as_dict()
    return dict(sorted(out.items(), key=lambda kv: (-kv[1]["due"], -kv[1]["received"], kv[0])))


def section_and_leaders(facts: Iterable[InstructionFacts], leaders: dict[int, str], start: dt.date,
                        end: dt.date, today: dt.date) -> tuple[dict, dict[str, dict]]:
    """:func:`section_of` and :func:`by_leader` with each item judged once: the rules'
    breakdown of each leader's items, whose levels give the leader's figures, and whose
    levels and units added up over the leaders give the section's (every item has one
    leader, so the groups are disjoint)."""
    groups: dict[str, list[InstructionFacts]] = {}
    for f in facts:
        groups.setdefault(leaders.get(f.id) or NO_LEADER, []).append(f)
    level_parts: dict[str, list[Figures]] = {}
    unit_parts: dict[str, list[Figures]] = {}
    named = {}
    for name, group in groups.items():
        levels, units = breakdown(group, start, end, today)
        fig = levels["all"]
        if fig.due or fig.completed or fig.overdue or fig.received:
            named[name] = fig.as_dict()
        for key, part in levels.items():
            level_parts.setdefault(key, []).append(part)
        for unit, part in units.items():
            unit_parts.setdefault(unit, []).append(part)
    out: dict = {key: merged(level_parts.get(key, ())).as_dict() for key in (*LEVEL_KEYS.values(), "all")}
    totals = {unit: merged(parts) for unit, parts in sorted(unit_parts.items())}
    out["by_unit"] = {u: f.as_dict() for u, f in totals.items() if f.due or f.completed or f.overdue or f.received}
    return out, dict(sorted(named.items(), key=lambda kv: (-kv[1]["due"], -kv[1]["received"], kv[0])))


@section("instructions_by_leader")
def instruction_figures_by_leader(start: dt.date, end: dt.date, today: dt.date) -> dict:
    """``{leader: {...}}``: each instructing leader's figures over the period."""
    return _both_sections(start, end, today)[1]
