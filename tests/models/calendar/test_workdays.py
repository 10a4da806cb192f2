"""The working-day calendar: official holidays, 调休 make-up days, missing years."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.calendar import store as calendar_store
from models.calendar import workdays
from models.calendar.workdays import (
    WorkCalendar,
    add_working_days,
    is_working_day,
    working_days_between,
)

D = dt.date


@pytest.fixture
def cal(db):
    return calendar_store.load_calendar()


@pytest.mark.parametrize("day,working", [
    (D(2014, 10, 11), True),   # Saturday, 国庆 make-up working day
    (D(2026, 9, 20), True),    # Sunday, 国庆 make-up working day
    (D(2014, 10, 3), False),   # Friday, 国庆节
    (D(2026, 10, 1), False),   # Thursday, 国庆节
    (D(2014, 10, 8), True),    # an ordinary Wednesday
    (D(2014, 10, 12), False),  # an ordinary Sunday
])
def test_known_dates(cal, day, working):
    assert is_working_day(cal, day) is working


def test_day_kinds(cal):
    assert workdays.day_kind(cal, D(2014, 10, 11)) == "调休上班"
    assert workdays.day_kind(cal, D(2014, 10, 3)) == "节假日"
    assert workdays.day_kind(cal, D(2014, 10, 12)) == "休息日"
    assert workdays.day_kind(cal, D(2014, 10, 13)) == "工作日"


def test_deadline_over_national_day_and_makeup_sunday(cal):
    # Friday 26 Sep 2014 + 5 working days: Sun 28 (调休), Mon 29, Tue 30, then the
    # holiday week 1-7 Oct, then Wed 8, Thu 9.
    assert add_working_days(cal, D(2014, 9, 26), 5) == D(2014, 10, 9)
    assert working_days_between(cal, D(2014, 9, 26), D(2014, 10, 9)) == 5


def test_zero_and_backwards(cal):
    assert add_working_days(cal, D(2014, 10, 8), 0) == D(2014, 10, 8)
    assert add_working_days(cal, D(2014, 10, 8), -1) == D(2014, 9, 30)
    assert working_days_between(cal, D(2014, 10, 8), D(2014, 9, 30)) == -1


def test_known_years_cover_the_package(cal):
    assert {2004, 2014, 2026} <= set(cal.known_years)


def test_missing_year_is_provisional_and_falls_back_to_monday_friday(cal):
    deadline = workdays.compute_deadline(cal, D(2026, 12, 30), 5)
    # 2027 is not entered: Thu 31 Dec, then Fri 1 Jan 2027 counted as a plain Friday.
    assert deadline.date == D(2027, 1, 6)
    assert deadline.provisional and deadline.missing_years == (2027,)
    assert "2027" in deadline.warning() and "暂定" in deadline.warning()
    inside = workdays.compute_deadline(cal, D(2014, 9, 26), 5)
    assert not inside.provisional and inside.warning() == ""


def test_entering_next_year_by_hand_ends_the_fallback(db, actor):
    calendar_store.set_day(actor, calendar_store.DayEntry(D(2027, 1, 1), False, "元旦"))
    calendar_store.declare_year(actor, 2027)
    cal = calendar_store.load_calendar()
    assert not is_working_day(cal, D(2027, 1, 1))
    deadline = workdays.compute_deadline(cal, D(2026, 12, 30), 5)
    assert deadline.date == D(2027, 1, 7) and not deadline.provisional


def test_import_calendar_file(db, actor, tmp_path):
    f = tmp_path / "2027.csv"
    f.write_text("日期,类型,名称\n2027-01-01,放假,元旦\n2027-02-06,上班,春节调休\n2027/2/8,放假,春节\n",
                 encoding="utf-8")
    entries, errors = calendar_store.parse_calendar_file(f)
    assert errors == [] and len(entries) == 3
    calendar_store.import_calendar(actor, entries, [2027])
    cal = calendar_store.load_calendar()
    assert is_working_day(cal, D(2027, 2, 6))  # a Saturday made a working day
    assert not is_working_day(cal, D(2027, 2, 8))
    assert 2027 in cal.known_years


def test_import_calendar_file_bad_rows(db, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("日期,类型\n2027-02-30,放假\n2027-03-01,加班\n", encoding="utf-8")
    entries, errors = calendar_store.parse_calendar_file(f)
    assert entries == []
    assert [e.row for e in errors] == [2, 3]
    assert "有效日期" in errors[0].reason and "放假" in errors[1].reason


@given(st.dates(min_value=D(2004, 1, 1), max_value=D(2030, 12, 31)), st.integers(-40, 40))
def test_add_and_between_are_inverse(start, n):
    cal = WorkCalendar({D(2014, 10, 1): False, D(2014, 10, 11): True}, frozenset({2014}))
    end = add_working_days(cal, start, n)
    assert working_days_between(cal, start, end) == n
