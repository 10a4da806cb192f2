"""督查时间 as the ledger export writes it ("4月16日") reads back in the plan's year."""
from __future__ import annotations

import datetime as dt

import pytest

from models.key_items.importing import parse_checks


def test_short_dates_take_the_plans_year():
    assert parse_checks("每季度、4月16日，2014-09-03", 2014) == (True, [dt.date(2014, 4, 16), dt.date(2014, 9, 3)])


def test_impossible_short_date_is_refused_with_the_year():
    with pytest.raises(ValueError, match="2014年没有这一天"):
        parse_checks("2月30日", 2014)


def test_without_a_year_a_short_date_is_not_guessed():
    with pytest.raises(ValueError):
        parse_checks("4月16日")
