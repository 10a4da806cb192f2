"""The demonstration office's 统计 by unit agrees with the article: every instruction of
January–October 2014 was completed on time, so no unit — lead or co-unit, each judged by
its own deadline — shows a late one beside the 100% overall."""
from __future__ import annotations

import datetime as dt

from models.instructions import records as m
from models.instructions import rules as ir

JAN, OCT = dt.date(2014, 1, 1), dt.date(2014, 10, 31)


def test_every_unit_is_on_time_in_the_demo_period(demo_db, today):
    facts = m.facts_for_period(JAN, OCT, today)
    by_unit = ir.figures_by_unit(facts, JAN, OCT, today)
    due = {unit: fig for unit, fig in by_unit.items() if fig.due}
    assert len(due) > 20  # co-units included, not only the lead units
    late = {unit: f"{fig.completed_on_time}/{fig.due}" for unit, fig in due.items() if fig.on_time_rate != 1.0}
    assert late == {}
    assert ir.figures_by_level(facts, JAN, OCT, today)["all"].on_time_rate == 1.0


def test_the_demo_extends_the_co_units_with_their_lead(demo_db, today):
    # The case that made co-units late: a matter whose lead unit got an extension.
    extended = 0
    for f in m.facts_for_period(JAN, OCT, today):
        if f.completed_on is None or not JAN <= f.completed_on <= OCT:
            continue
        lead = next(a for a in f.assignments if a.is_lead)
        if not lead.approved_extension or len(f.assignments) == 1:
            continue
        extended += 1
        assert all(a.approved_extension and a.deadline == lead.deadline for a in f.assignments), f.id
    assert extended >= 2
