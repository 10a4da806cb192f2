"""The one traffic-light rule (models.calendar.lights), tested without a database."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calendar.lights import Light, LightFacts, light_for
from models.calendar.workdays import WorkCalendar, build_calendar

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    from models.calendar.store import seed_rows_from_package

    return build_calendar(*seed_rows_from_package())


def test_finished_is_grey_even_when_overdue_and_missing(cal):
    facts = LightFacts(deadline=D(2014, 1, 1), finished=True, behind=True, report_missing=True)
    assert light_for(facts, D(2014, 10, 28), cal) is Light.GREY


def test_missing_report_is_red_even_with_a_far_deadline(cal):
    assert light_for(LightFacts(D(2015, 12, 31), report_missing=True), D(2014, 10, 28), cal) is Light.RED


def test_past_deadline_is_red_but_deadline_today_is_yellow(cal):
    today = D(2014, 10, 28)
    assert light_for(LightFacts(D(2014, 10, 27)), today, cal) is Light.RED
    assert light_for(LightFacts(today), today, cal) is Light.YELLOW


def test_behind_is_yellow_with_a_far_deadline(cal):
    assert light_for(LightFacts(D(2014, 12, 31), behind=True), D(2014, 10, 28), cal) is Light.YELLOW
    assert light_for(LightFacts(D(2014, 12, 31)), D(2014, 10, 28), cal) is Light.GREEN


def test_overdue_beats_behind(cal):
    assert light_for(LightFacts(D(2014, 10, 1), behind=True), D(2014, 10, 28), cal) is Light.RED


def test_no_deadline_is_green_unless_behind_or_missing(cal):
    today = D(2014, 10, 28)
    assert light_for(LightFacts(None), today, cal) is Light.GREEN
    assert light_for(LightFacts(None, behind=True), today, cal) is Light.YELLOW
    assert light_for(LightFacts(None, report_missing=True), today, cal) is Light.RED


def test_yellow_window_counts_working_days_over_national_day_and_tiaoxiu(cal):
    """From Fri 2014-09-26 to 2014-10-09 are 13 calendar days but only 5 working days:
    Sun 9-28 (调休上班), 9-29, 9-30, then 10-01…10-07 off, 10-08, 10-09."""
    today, deadline = D(2014, 9, 26), D(2014, 10, 9)
    assert light_for(LightFacts(deadline), today, cal, yellow_days=5) is Light.YELLOW
    assert light_for(LightFacts(deadline), today, cal, yellow_days=4) is Light.GREEN
    # A plain Monday–Friday count would see 9 working days and stay green at 5.
    assert light_for(LightFacts(deadline), today, WorkCalendar(), yellow_days=5) is Light.GREEN


def test_yellow_window_over_spring_festival(cal):
    """2014 Spring Festival: 1-31…2-6 off, Sun 1-26 and Sat 2-8 worked."""
    today = D(2014, 1, 29)
    # working days after 1-29: 1-30, 2-7, 2-8(Sat, 调休), 2-10, 2-11 → 2-11 is the 5th
    assert light_for(LightFacts(D(2014, 2, 11)), today, cal, yellow_days=5) is Light.YELLOW
    assert light_for(LightFacts(D(2014, 2, 12)), today, cal, yellow_days=5) is Light.GREEN


def test_yellow_days_zero_only_the_day_itself(cal):
    today = D(2014, 10, 28)
    assert light_for(LightFacts(today), today, cal, yellow_days=0) is Light.YELLOW
    assert light_for(LightFacts(D(2014, 10, 29)), today, cal, yellow_days=0) is Light.GREEN


def test_deadline_on_weekend_just_after_window(cal):
    # Fri 10-24: working days to Sat 11-01 are 10-27…10-31 = 5.
    assert light_for(LightFacts(D(2014, 11, 1)), D(2014, 10, 24), cal, yellow_days=5) is Light.YELLOW
    assert light_for(LightFacts(D(2014, 11, 3)), D(2014, 10, 24), cal, yellow_days=5) is Light.GREEN


def test_lights_differ_in_symbol_text_and_colour_not_only_colour():
    lights = list(Light)
    assert len({lt.symbol for lt in lights}) == 4
    assert len({lt.label for lt in lights}) == 4
    assert len({lt.colour for lt in lights}) == 4
    assert Light.RED.text() == "● 超期"
    assert sorted(lights, key=lambda lt: lt.rank) == [Light.RED, Light.YELLOW, Light.GREEN, Light.GREY]


dates = st.dates(min_value=D(2013, 1, 1), max_value=D(2016, 12, 31))


@settings(max_examples=300, deadline=None)
@given(deadline=st.one_of(st.none(), dates), today=dates, finished=st.booleans(), behind=st.booleans(),
       missing=st.booleans(), yellow=st.integers(0, 20))
def test_rule_properties(cal, deadline, today, finished, behind, missing, yellow):
    light = light_for(LightFacts(deadline, finished, behind, missing), today, cal, yellow)
    overdue = deadline is not None and deadline < today
    if finished:
        assert light is Light.GREY
    elif missing or overdue:
        assert light is Light.RED
    elif behind:
        assert light is Light.YELLOW
    else:
        assert light in (Light.YELLOW, Light.GREEN)
        if deadline is None:
            assert light is Light.GREEN
        else:
            # Monotone: a later deadline is never more urgent.
            later = light_for(LightFacts(deadline + dt.timedelta(days=30)), today, cal, yellow)
            assert later.rank >= light.rank
