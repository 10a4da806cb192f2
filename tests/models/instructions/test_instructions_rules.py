"""The 专项查办 rules over plain data: 到期办结率 at the period edges, holidays and 调休,
extensions, failed reviews, items not yet due, late sign-off, criticism candidates."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.calendar.workdays import build_calendar
from models.instructions import rules as r

D = dt.date
JAN, OCT31 = D(2014, 1, 1), D(2014, 10, 31)
TODAY = D(2014, 10, 28)


@pytest.fixture
def cal():
    # The 2014 National Day schedule: 10-1..10-7 off, 9-28 (Sun) and 10-11 (Sat) worked.
    days = [(D(2014, 10, d), False, "国庆节") for d in range(1, 8)]
    days += [(D(2014, 9, 28), True, "国庆节调休"), (D(2014, 10, 11), True, "国庆节调休")]
    return build_calendar(days, [2014])


def item(id=1, level="市", state="已报结", received=D(2014, 3, 1), accepted=D(2014, 3, 2),
         deadline=D(2014, 3, 20), completed=D(2014, 3, 18), failed=0, assignments=()):
    return r.InstructionFacts(id, level, state, received, accepted, deadline, completed, failed,
                              tuple(assignments), f"督〔2014〕{id}号", "事项")


def unit(name="市交通运输局", lead=True, deadline=D(2014, 3, 20), reminders=(), ext=False,
         assigned=D(2014, 3, 3), signed=D(2014, 3, 4)):
    return r.AssignmentFacts(name, lead, assigned, deadline, signed, tuple(reminders), ext, 7)


def test_on_time_rate_counts_deadlines_on_both_period_edges():
    items = [item(1, deadline=JAN, completed=JAN), item(2, deadline=OCT31, completed=D(2014, 10, 30))]
    f = r.figures(items, JAN, OCT31, D(2014, 11, 5))
    assert (f.due, f.completed_on_time, f.on_time_rate) == (2, 2, 1.0)


def test_a_period_running_past_today_counts_only_deadlines_that_have_arrived():
    # The whole year asked on 28 October: November's deadlines are not yet due, even
    # for a matter already completed; a matter due today enters once it is completed.
    items = [item(1, deadline=D(2014, 10, 20), completed=D(2014, 10, 18)),
             item(2, deadline=D(2014, 11, 20), completed=D(2014, 10, 25)),
             item(3, state="办理中", deadline=D(2014, 12, 1), completed=None),
             item(4, deadline=TODAY, completed=TODAY),
             item(5, state="办理中", deadline=TODAY, completed=None)]
    f = r.figures(items, JAN, D(2014, 12, 31), TODAY)
    assert (f.due, f.completed_on_time, f.on_time_rate) == (2, 2, 1.0)
    assert r.fell_due(TODAY, None, JAN, D(2014, 12, 31), TODAY) is False
    assert r.fell_due(TODAY, None, JAN, D(2014, 12, 31), TODAY + dt.timedelta(days=1)) is True


def test_deadlines_just_outside_the_period_are_not_due():
    items = [item(1, deadline=D(2013, 12, 31), completed=D(2013, 12, 30)),
             item(2, deadline=D(2014, 11, 1), completed=D(2014, 10, 20))]
    f = r.figures(items, JAN, OCT31, TODAY)
    assert f.due == 0 and f.on_time_rate is None
    assert f.completed == 1  # completed in the period although due after it


def test_completed_on_the_deadline_is_on_time_a_day_later_is_not():
    items = [item(1, deadline=D(2014, 5, 9), completed=D(2014, 5, 9)),
             item(2, deadline=D(2014, 5, 9), completed=D(2014, 5, 10))]
    f = r.figures(items, JAN, OCT31, TODAY)
    assert (f.due, f.completed, f.completed_on_time, f.on_time_rate) == (2, 2, 1, 0.5)


def test_items_not_yet_due_are_not_in_the_denominator():
    items = [item(1), item(2, state="办理中", deadline=D(2014, 12, 1), completed=None)]
    f = r.figures(items, JAN, OCT31, TODAY)
    assert (f.due, f.on_time_rate, f.overdue) == (1, 1.0, 0)


def test_due_but_still_open_counts_against_the_rate_and_as_overdue():
    items = [item(1), item(2, state="办理中", deadline=D(2014, 10, 27), completed=None)]
    f = r.figures(items, JAN, OCT31, TODAY)
    assert (f.due, f.completed_on_time, f.on_time_rate, f.overdue) == (2, 1, 0.5, 1)


def test_deadline_due_today_is_not_yet_overdue():
    assert not r.is_overdue("办理中", TODAY, TODAY)
    assert r.is_overdue("已交办", TODAY - dt.timedelta(days=1), TODAY)
    assert not r.is_overdue("已办结", D(2014, 1, 1), TODAY)


def test_an_approved_extension_moves_the_item_out_of_the_period():
    # Originally due 10-20, extended to 11-14: not due in Jan–Oct, not overdue.
    extended = item(1, state="办理中", deadline=D(2014, 11, 14), completed=None,
                    assignments=[unit(deadline=D(2014, 11, 14), ext=True)])
    f = r.figures([extended], JAN, OCT31, TODAY)
    assert (f.due, f.overdue, f.on_time_rate) == (0, 0, None)


def test_completion_after_original_but_before_extended_deadline_is_on_time():
    f = r.figures([item(1, deadline=D(2014, 6, 30), completed=D(2014, 6, 25))], JAN, OCT31, TODAY)
    assert f.on_time_rate == 1.0


def test_failed_review_voids_the_completion():
    # The review failed on 10-10, so completed_on was cleared and the item reopened.
    reopened = item(1, state="办理中", deadline=D(2014, 10, 9), completed=None, failed=1)
    f = r.figures([reopened], JAN, OCT31, TODAY)
    assert (f.completed, f.due, f.completed_on_time, f.on_time_rate, f.overdue) == (0, 1, 0, 0.0, 1)


def test_withdrawn_items_count_only_as_received():
    items = [item(1, state="不立项", accepted=None, deadline=None, completed=None),
             item(2, state="已中止", deadline=D(2014, 5, 1), completed=None)]
    f = r.figures(items, JAN, OCT31, TODAY)
    assert (f.received, f.registered, f.due, f.overdue) == (2, 0, 0, 0)


def test_received_registered_and_average_days():
    items = [item(1, received=D(2014, 3, 1), completed=D(2014, 3, 11)),
             item(2, received=D(2014, 3, 1), completed=D(2014, 3, 21), deadline=D(2014, 3, 25)),
             item(3, received=D(2014, 10, 27), accepted=None, state="已登记", deadline=None, completed=None)]
    f = r.figures(items, JAN, OCT31, TODAY)
    assert (f.received, f.registered, f.completed, f.avg_days_to_complete) == (3, 2, 2, 15.0)


def test_reminders_sent_in_the_period():
    a = unit(reminders=[D(2013, 12, 30), D(2014, 3, 10), D(2014, 3, 12)])
    f = r.figures([item(1, assignments=[a])], JAN, OCT31, TODAY)
    assert f.reminders == 2


def test_split_by_level_and_by_unit():
    items = [item(1, level="自治区", assignments=[unit("市交通运输局")]),
             item(2, level="市", completed=D(2014, 3, 25),
                  assignments=[unit("市住建委"), unit("市交通运输局", lead=False, deadline=D(2014, 3, 31))])]
    lv = r.figures_by_level(items, JAN, OCT31, TODAY)
    assert lv["regional"].on_time_rate == 1.0 and lv["city"].on_time_rate == 0.0
    assert lv["all"].due == 2 and lv["all"].completed_on_time == 1
    bu = r.figures_by_unit(items, JAN, OCT31, TODAY)
    # The co-unit had until 3-31, so for it item 2 was on time; the lead unit was late.
    assert bu["市交通运输局"].due == 2 and bu["市交通运输局"].completed_on_time == 2
    assert bu["市住建委"].on_time_rate == 0.0


def test_as_dict_has_the_stats_keys():
    d = r.figures([item()], JAN, OCT31, TODAY).as_dict()
    for key in ("received", "registered", "completed", "due", "completed_on_time", "overdue"):
        assert isinstance(d[key], int)
    assert d["on_time_rate"] == 1.0 and "_days" not in d


def test_signoff_late_counts_working_days_over_the_holiday(cal):
    # Assigned Fri 9-26 with 2 working days to sign: 9-28 (调休 Sunday) and 9-29.
    assert not r.signoff_late(D(2014, 9, 26), D(2014, 9, 29), TODAY, cal, 2)
    assert r.signoff_late(D(2014, 9, 26), D(2014, 9, 30), TODAY, cal, 2)
    # Unsigned, assigned Mon 9-29: judged against today. The holiday does not count, so
    # on 10-8 only 9-30 and 10-8 have passed; on 10-9 it is late.
    assert not r.signoff_late(D(2014, 9, 29), None, D(2014, 10, 7), cal, 2)
    assert not r.signoff_late(D(2014, 9, 29), None, D(2014, 10, 8), cal, 2)
    assert r.signoff_late(D(2014, 9, 29), None, D(2014, 10, 9), cal, 2)


def test_criticism_candidate_overdue_more_than_n_working_days(cal):
    # Due 9-30; by 10-9 only 10-8 and 10-9 have been working days (the holiday in between).
    a = unit(deadline=D(2014, 9, 30))
    it = item(1, state="办理中", deadline=D(2014, 9, 30), completed=None, assignments=[a])
    assert r.criticism_candidates([it], D(2014, 10, 9), cal, 2, 3) == []
    found = r.criticism_candidates([it], D(2014, 10, 10), cal, 2, 3)
    assert len(found) == 1 and "超过办理时限 3 个工作日" in found[0].mishandling


def test_criticism_candidate_not_while_an_extension_was_approved(cal):
    a = unit(deadline=D(2014, 9, 30), ext=True)
    it = item(1, state="办理中", deadline=D(2014, 9, 30), completed=None, assignments=[a])
    assert r.criticism_candidates([it], TODAY, cal, 2, 3) == []


def test_criticism_candidate_by_reminders_and_failed_review(cal):
    many = unit("市住建委", lead=False, reminders=[D(2014, 3, d) for d in (5, 6, 7)])
    few = unit("市交通运输局", reminders=[D(2014, 3, 5)])
    it = item(1, failed=1, assignments=[few, many])
    found = {c.unit: c.reasons for c in r.criticism_candidates([it], TODAY, cal, 5, 3)}
    assert found == {"市住建委": ("经催办 3 次",), "市交通运输局": ("回访复核不通过 1 次",)}
    assert r.criticism_candidates([it], TODAY, cal, 5, 4)[0].unit == "市交通运输局"


def test_withdrawn_items_are_never_candidates(cal):
    a = unit(deadline=D(2014, 1, 10), reminders=[D(2014, 1, d) for d in (2, 3, 4, 5)])
    it = item(1, state="已中止", deadline=D(2014, 1, 10), completed=None, assignments=[a])
    assert r.criticism_candidates([it], TODAY, cal, 0, 1) == []


_days = st.dates(D(2013, 11, 1), D(2015, 2, 1))
_items = st.lists(st.builds(
    item, id=st.integers(1, 10_000), level=st.sampled_from(["市", "自治区", "县"]),
    state=st.sampled_from(["已登记", "已交办", "办理中", "已办结", "已报结", "不立项", "已撤销"]),
    received=_days, accepted=st.none() | _days, deadline=st.none() | _days, completed=st.none() | _days,
    assignments=st.lists(st.builds(unit, name=st.sampled_from(["市交通运输局", "市公安局", "市住建委"]),
                                   lead=st.booleans(), deadline=_days, reminders=st.lists(_days, max_size=3)),
                         max_size=3)), max_size=25)


@given(_items, _days, _days, _days)
def test_one_pass_breakdown_and_intake_equal_the_plain_figures(items, a, b, today):
    start, end = min(a, b), max(a, b)
    levels, units = r.breakdown(items, start, end, today)
    assert levels["all"].as_dict() == r.figures(items, start, end, today).as_dict()
    assert levels["city"].as_dict() == r.figures([f for f in items if f.level == "市"], start, end, today).as_dict()
    for name, fig in units.items():
        mine = [f._replace(deadline=x.deadline, assignments=(x,)) for f in items for x in f.assignments
                if x.unit == name]
        assert fig.as_dict() == r.figures(mine, start, end, today).as_dict()
    plain = r.figures(items, start, end, today)
    assert r.intake(items, start, end) == (plain.received, plain.completed)
