"""The period and candidate selections read only some items, yet give the very figures
and candidates that every item gives; the closed-form working-day count equals a walk."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from models.calendar.store import load_calendar
from models.calendar.workdays import WorkCalendar, is_working_day, working_days_between
from models.instructions import criticism
from models.instructions import records as m
from models.instructions import rules as ir
from models.messages import records as messages
from models.messages import rules as mr

D = dt.date
PERIODS = [(D(2014, 1, 1), D(2014, 10, 31)), (D(2014, 10, 1), D(2014, 10, 31)), (D(2014, 11, 1), D(2014, 12, 31)),
           (D(2013, 1, 1), D(2013, 12, 31)), (D(2014, 10, 28), D(2014, 10, 28)), (D(2015, 1, 1), D(2015, 3, 31))]


def test_period_facts_give_the_figures_of_all_facts(demo_db, today):
    every = m.load_facts()
    for start, end in PERIODS:
        for seen in (today, D(2014, 12, 20)):
            part = m.facts_for_period(start, end, seen)
            assert len(part) < len(every) or start.year == 2014
            for fn in (ir.figures_by_level, ir.figures_by_unit):
                # A unit named only on items outside the period has nothing but zeros.
                assert _nonzero(fn(part, start, end, seen)) == _nonzero(fn(every, start, end, seen)), \
                    (start, end, seen)
    assert _nonzero(ir.figures_by_unit(m.facts_for_period(*PERIODS[0], today), *PERIODS[0], today))


def test_facts_read_for_the_figures_alone_give_the_same_figures_and_lists(demo_db, today):
    from models.overview import figures as ov

    for start, end in PERIODS:
        full = m.facts_for_period(start, end, today)
        lean = m.facts_for_period(start, end, today, full=False)
        assert [f.id for f in lean] == [f.id for f in full]
        assert not any(f.number or f.failed_reviews for f in lean)
        for fn in (ir.figures_by_level, ir.figures_by_unit, ir.figures):
            got, want = fn(lean, start, end, today), fn(full, start, end, today)
            assert (got if isinstance(got, ir.Figures) else {k: v.as_dict() for k, v in got.items()}) == \
                (want if isinstance(want, ir.Figures) else {k: v.as_dict() for k, v in want.items()})
        for key in ov.INSTRUCTION_KEYS:
            # The records listed get their numbers and titles when they are listed.
            assert ov.instruction_records(lean, key, start, end, today) == \
                ov.instruction_records(full, key, start, end, today), (start, key)


def test_the_one_pass_loader_reads_what_the_rules_need(demo_db):
    every = m.load_facts()
    assert [f.id for f in every] == sorted(f.id for f in every)
    some = m.load_facts([every[3].id, every[1].id, every[3].id])
    assert some == [every[1], every[3]]
    assert any(f.failed_reviews for f in every) and any(a.reminders for f in every for a in f.assignments)
    assert any(a.approved_extension for f in every for a in f.assignments)
    for f in every:
        assert [a.assignment_id for a in f.assignments] == sorted(a.assignment_id for a in f.assignments)
        assert f.number and f.matter


def _nonzero(figs: dict) -> dict:
    out = {k: v.as_dict() for k, v in figs.items()}
    return {k: v for k, v in out.items() if k in ("regional", "city", "all") or any(v.values())}


def test_candidate_facts_give_the_candidates_of_all_facts(demo_db, today):
    cal = load_calendar()
    for n, k in ((5, 3), (0, 1), (20, 2)):
        want = ir.criticism_candidates(m.load_facts(), today, cal, n, k)
        got = ir.criticism_candidates(m.load_facts(m.candidate_ids(today, k)), today, cal, n, k)
        assert got == want and (want or n == 20)
    assert criticism.current_candidates(today)


def test_message_period_facts_give_the_figures_of_all_messages(demo_db, today):
    every = [f for _, f in messages.load_facts()]
    for start, end in PERIODS:
        part = [f for _, f in messages.facts_for_period(start, end)]
        assert len(part) <= len(every)
        assert mr.figures(part, start, end, today, 7) == mr.figures(every, start, end, today, 7)
        assert mr.by_unit(part, start, end, today, 7) == mr.by_unit(every, start, end, today, 7)


def _walk(cal: WorkCalendar, start: dt.date, end: dt.date) -> int:
    lo, hi = sorted((start, end))
    n = sum(is_working_day(cal, lo + dt.timedelta(days=i)) for i in range(1, (hi - lo).days + 1))
    if end < start:
        return -(n + int(is_working_day(cal, end)) - int(is_working_day(cal, start)))
    return n


days = st.dates(D(2012, 1, 1), D(2016, 12, 31))


@settings(max_examples=300, deadline=None)
@given(a=days, b=days, extra=st.dictionaries(days, st.booleans(), max_size=40))
def test_working_days_between_equals_a_walk(a, b, extra):
    cal = WorkCalendar(exceptions=extra)
    assert working_days_between(cal, a, b) == _walk(cal, a, b)
