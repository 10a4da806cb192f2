"""The figures of citizen messages: pure functions, no database, no clock."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.messages import rules as mr
from models.messages.rules import (
    MessageFacts,
    by_field,
    by_kind,
    by_unit,
    figures,
    is_overdue,
    overdue_pool,
    reply_rate,
)

D = dt.date
START, END, TODAY = D(2014, 1, 1), D(2014, 12, 31), D(2014, 10, 28)


def f(posted, state="新留言", replied=None, unit="", kind="其他", field=""):
    return MessageFacts(posted, state, replied, unit, kind, field)


def test_rate_counts_only_messages_received_in_the_period():
    facts = [
        f(D(2014, 3, 1), "已回复", D(2014, 3, 7)),
        f(D(2014, 3, 2), "已回复", D(2014, 3, 14)),
        f(D(2014, 3, 3), "已转办"),
        f(D(2014, 3, 4), "不予回复"),
        f(D(2013, 12, 30), "已回复", D(2014, 1, 3)),  # received last year: not in 2014's rate
    ]
    fig = figures(facts, START, END, TODAY, 15)
    assert (fig.received, fig.replied) == (4, 2)
    assert fig.reply_rate == pytest.approx(0.5)
    assert fig.average_days == pytest.approx((6 + 12) / 2)
    assert fig.rate_text() == "50.0%"


def test_reply_after_today_is_not_yet_replied():
    fig = figures([f(D(2014, 10, 20), "已回复", D(2014, 10, 31))], START, END, TODAY, 15)
    assert fig.replied == 0 and fig.average_days is None


def test_empty_period_has_no_rate():
    fig = figures([], START, END, TODAY, 15)
    assert fig.reply_rate is None and fig.rate_text() == "—"


def test_overdue_pool_is_open_and_older_than_n_days_whatever_the_period():
    assert is_overdue(f(D(2014, 10, 12)), TODAY, 15)  # 16 days
    assert not is_overdue(f(D(2014, 10, 13)), TODAY, 15)  # exactly 15 days
    assert not is_overdue(f(D(2014, 1, 1), "已回复", D(2014, 1, 5)), TODAY, 15)
    assert not is_overdue(f(D(2014, 1, 1), "不予回复"), TODAY, 15)
    fig = figures([f(D(2013, 6, 1), "已审核")], START, END, TODAY, 15)
    assert fig.received == 0 and fig.overdue == 1
    pool = overdue_pool([(1, f(D(2014, 9, 1))), (2, f(D(2014, 8, 1))), (3, f(D(2014, 10, 27)))], TODAY, 15)
    assert pool == [(2, 88), (1, 57)]


def test_by_unit_type_and_field():
    facts = [
        f(D(2014, 5, 1), "已回复", D(2014, 5, 9), "市交通运输局", "投诉", "交通"),
        f(D(2014, 5, 2), "已转办", None, "市交通运输局", "投诉", "交通"),
        f(D(2014, 5, 3), "已回复", D(2014, 5, 9), "市教育局", "咨询", "教育"),
        f(D(2014, 5, 4), "新留言", None, "", "建言", ""),
    ]
    units = by_unit(facts, START, END, TODAY, 15)
    # most received first; among equals the one with more overdue first
    assert list(units) == ["市交通运输局", "未转办", "市教育局"]
    assert units["市交通运输局"].reply_rate == pytest.approx(0.5)
    assert units["未转办"].overdue == 1
    kinds = by_kind(facts, START, END, TODAY, 15)
    assert kinds["投诉"].received == 2 and kinds["咨询"].replied == 1
    assert by_field(facts, START, END, TODAY, 15)["（未填）"].received == 1


def test_reply_rate_bounds():
    assert reply_rate(224, 240) == pytest.approx(224 / 240)
    assert reply_rate(0, 0) is None
    with pytest.raises(ValueError):
        reply_rate(5, 3)


@given(st.lists(st.tuples(st.integers(0, 400), st.booleans(), st.integers(0, 60)), max_size=60))
def test_rate_is_a_fraction_and_groups_add_up(rows):
    facts = [f(D(2014, 1, 1) + dt.timedelta(days=d), "已回复" if r else "已转办",
               D(2014, 1, 1) + dt.timedelta(days=d + lag) if r else None, unit=f"单位{d % 3}")
             for d, r, lag in rows]
    whole = figures(facts, START, END, TODAY, 15)
    assert whole.replied <= whole.received
    if whole.reply_rate is not None:
        assert 0 <= whole.reply_rate <= 1
    parts = by_unit(facts, START, END, TODAY, 15).values()
    assert sum(p.received for p in parts) == whole.received
    assert sum(p.replied for p in parts) == whole.replied
    assert sum(p.overdue for p in parts) == whole.overdue


_days = st.dates(D(2013, 6, 1), D(2015, 6, 1))
_facts = st.builds(f, posted=_days, state=st.sampled_from(["新留言", "已转办", "已审核", "已回复", "不予回复"]),
                   replied=st.none() | _days, unit=st.sampled_from(["", "市交通运输局"]),
                   kind=st.sampled_from(["咨询", "投诉", ""]), field=st.sampled_from(["", "交通"]))


@given(_facts, st.sampled_from(["市公安局", ""]), st.sampled_from(["建言", "其他"]), _days, _days, _days)
def test_marks_read_only_the_day_received_the_state_and_the_day_replied(fact, unit, kind, a, b, today):
    # period_figures judges one stand-in per (day received, state, day replied).
    start, end = min(a, b), max(a, b)
    other = fact._replace(unit=unit, kind=kind, field="其他领域")
    assert mr.marks(fact, start, end, today, 15) == mr.marks(other, start, end, today, 15)
