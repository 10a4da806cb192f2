"""``stats``: the instructions by level and by leader are read and judged once between
them within one ``collect`` call, and are the rules' figures."""
from __future__ import annotations

import datetime as dt

from models.core import figures
from models.instructions import figures as sections
from models.instructions import records
from models.instructions.figures import by_leader, section_of

D = dt.date
YEAR, TODAY = (D(2014, 1, 1), D(2014, 12, 31)), D(2014, 10, 28)


def _counting(monkeypatch) -> list[int]:
    reads: list[int] = []
    real = records.facts_for_period

    def counted(*args, **kwargs):
        reads.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(sections, "facts_for_period", counted)
    return reads


def test_one_collect_reads_the_instructions_once_for_both_sections(demo_db, monkeypatch):
    reads = _counting(monkeypatch)
    got = figures.collect(*YEAR, TODAY, ["instructions", "instructions_by_leader"])
    assert len(reads) == 1
    leaders: dict[int, str] = {}
    facts = records.facts_for_period(*YEAR, TODAY, full=False, leaders=leaders)
    assert got["instructions"] == section_of(facts, *YEAR, TODAY)
    assert got["instructions_by_leader"] == by_leader(facts, leaders, *YEAR, TODAY)
    assert got["instructions"]["all"]["received"] > 0 and got["instructions_by_leader"]


def test_nothing_is_shared_between_calls(demo_db, monkeypatch, actor):
    from models.instructions import records as m
    from models.instructions import workflow as wf

    reads = _counting(monkeypatch)
    before = figures.collect(*YEAR, TODAY, ["instructions"])["instructions"]
    wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 10, 20), text="请研究。"))
    after = figures.collect(*YEAR, TODAY, ["instructions"])["instructions"]
    assert len(reads) == 2 and after["all"]["received"] == before["all"]["received"] + 1
    # Called on their own, the sections read for themselves.
    sections.instruction_figures(*YEAR, TODAY)
    sections.instruction_figures_by_leader(*YEAR, TODAY)
    assert len(reads) == 4
