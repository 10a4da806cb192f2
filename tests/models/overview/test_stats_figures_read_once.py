"""The 统计 pane reads each fact once and judges as little as it can, yet its figures are
the rules' figures over every record: on the demonstration office and on a generated
office of three years (the benchmarks' generator, small), for several periods."""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from models.calendar.store import load_calendar
from models.documents import watchwords as watch_records
from models.instructions import records as instructions
from models.instructions import rules as ir
from models.instructions.figures import NO_LEADER, by_leader, section_of
from models.instructions.watchwords import watchwords
from models.overview import figures as ov
from models.overview import stats_tables

D = dt.date
PERIODS = [(D(2014, 1, 1), D(2014, 12, 31), D(2014, 10, 28)), (D(2014, 10, 1), D(2014, 10, 31), D(2014, 10, 28)),
           (D(2013, 1, 1), D(2013, 12, 31), D(2014, 12, 20)), (D(2012, 4, 1), D(2012, 6, 30), D(2014, 10, 28))]


def _as_the_rules_say(start: dt.date, end: dt.date, today: dt.date) -> dict:
    """The pane's figures from every record, each read by its area's full loader."""
    every = instructions.load_facts()
    leaders = instructions.leaders_of([f.id for f in every])
    return {"instructions": section_of(every, start, end, today),
            "instructions_by_leader": by_leader(every, leaders, start, end, today),
            "watchwords": watchwords(watch_records.watch_facts(), watch_records.issued_notices(start, end),
                                     load_calendar(), start, end),
            "monthly": [(a, f.received, f.completed) for a, f in ov.monthly_instructions(every, start, end, today)]}


def _assert_the_pane_shows_the_rules_figures() -> None:
    for start, end, today in PERIODS:
        bundle = stats_tables.compute(start, end, today)
        want = _as_the_rules_say(start, end, today)
        for key in ("instructions", "instructions_by_leader", "watchwords"):
            assert bundle.figures[key] == want[key], (start, key)
        assert bundle.monthly == want["monthly"]


def test_the_demo_office(demo_db):
    _assert_the_pane_shows_the_rules_figures()


@pytest.fixture
def generated_office(db):
    path = Path(__file__).resolve().parents[3] / "benchmarks" / "bench_stats.py"
    spec = importlib.util.spec_from_file_location("bench_stats_for_test", path)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    generator.generate(db, range(2012, 2015), 900, 1500)
    return db


def test_a_generated_office(generated_office):
    assert len(instructions.load_facts()) == 900
    _assert_the_pane_shows_the_rules_figures()


def test_the_leaders_come_with_the_facts_and_by_leader_is_the_levels_rule(demo_db, today):
    for start, end, seen in PERIODS:
        leaders: dict[int, str] = {}
        lean = instructions.facts_for_period(start, end, seen, full=False, leaders=leaders)
        assert leaders == instructions.leaders_of([f.id for f in lean])
        full = instructions.facts_for_period(start, end, seen, leaders=(named := {}))
        assert named == leaders and [f.id for f in full] == [f.id for f in lean]
        for name, fig in by_leader(lean, leaders, start, end, seen).items():
            group = [f for f in lean if (leaders.get(f.id) or NO_LEADER) == name]
            assert fig == ir.breakdown(group, start, end, seen)[0]["all"].as_dict()


def test_the_first_tab_is_handed_over_before_the_rest_with_the_same_tables(demo_db, today):
    handed: list[dict] = []
    bundle = stats_tables.compute(D(2014, 1, 1), D(2014, 12, 31), today, first=handed.append)
    assert len(handed) == 1
    assert set(handed[0]) == {"instructions", "instructions_by_leader", "instructions_by_unit"}
    for key, table in handed[0].items():
        assert table == bundle.tables[key]
    assert bundle.tables["instructions"].rows[-1][1] > 0
    # With the first tab waited for, 快·准·稳 reads its own facts after it: the same bundle.
    whole = stats_tables.compute(D(2014, 1, 1), D(2014, 12, 31), today)
    assert whole.figures == bundle.figures and whole.tables == bundle.tables
    assert whole.figures["watchwords"]["fast"]["to_assign"]["count"] > 0


def test_the_section_and_the_leaders_judged_once_are_the_two_rules(demo_db):
    from models.instructions.figures import section_and_leaders

    for start, end, seen in PERIODS + [(D(2030, 1, 1), D(2030, 12, 31), D(2030, 12, 31))]:
        leaders: dict[int, str] = {}
        facts = instructions.facts_for_period(start, end, seen, full=False, leaders=leaders)
        section, by_leaders = section_and_leaders(facts, leaders, start, end, seen)
        assert section == section_of(facts, start, end, seen)
        assert list(section) == list(section_of(facts, start, end, seen))
        assert by_leaders == by_leader(facts, leaders, start, end, seen)
        assert list(by_leaders) == list(by_leader(facts, leaders, start, end, seen))


def _watch_read_with_the_instructions(periods) -> int:
    """The facts read with the watchwords' are the period's facts, and the watchwords'
    facts those the watchwords read alone; returns how many watched matters lay outside
    the period's selection (read for the watchwords only)."""
    outside = 0
    for start, end, seen in periods:
        leaders: dict[int, str] = {}
        plain = instructions.facts_for_period(start, end, seen, full=False, leaders=leaders)
        named: dict[int, str] = {}
        watched: list = []
        wanted = instructions.watch_ids(start, end)
        both = instructions.facts_for_period(start, end, seen, full=False, leaders=named, watch=wanted,
                                             watched=watched)
        assert both == plain and named == leaders
        assert watched == watch_records.watch_facts(wanted)
        outside += len(set(wanted) - {f.id for f in plain})
    return outside


MONTHS = [(D(2014, m, 1), D(2014, m, 28), D(2014, 10, 28)) for m in range(1, 13)]


def test_the_watchwords_facts_read_with_the_instructions_demo(demo_db):
    assert _watch_read_with_the_instructions(PERIODS + MONTHS) > 0


def test_the_watchwords_facts_read_with_the_instructions_generated(generated_office):
    _watch_read_with_the_instructions(PERIODS + MONTHS)  # (each matter is assigned the day it came)


def test_the_lean_facts_are_the_full_facts_without_what_the_figures_do_not_judge(demo_db):
    for start, end, seen in PERIODS:
        lean = instructions.facts_for_period(start, end, seen, full=False)
        full = instructions.facts_for_period(start, end, seen)
        assert all(type(f) is ir.InstructionFacts and all(type(a) is ir.AssignmentFacts for a in f.assignments)
                   for f in lean)
        assert lean == [g._replace(number="", matter="", failed_reviews=0, failed_review_dates=(),
                                   assignments=tuple(a._replace(approved_extension=False) for a in g.assignments))
                        for g in full]
        assert any(f.assignments for f in lean)
