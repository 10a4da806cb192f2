"""Dates typed into a form field: every accepted shape, and the refusals."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.date_text import format_date, parse_typed_date

REF = dt.date(2014, 3, 5)  # the field's current date: month-day forms take its year

ACCEPTED = [
    ("20141028", dt.date(2014, 10, 28)),
    ("2014-10-28", dt.date(2014, 10, 28)),
    ("2014.10.28", dt.date(2014, 10, 28)),
    ("2014/10/28", dt.date(2014, 10, 28)),
    ("2014-1-5", dt.date(2014, 1, 5)),
    ("2014年10月28日", dt.date(2014, 10, 28)),
    ("2014年10月28", dt.date(2014, 10, 28)),
    ("2014年1月5号", dt.date(2014, 1, 5)),
    ("2013年12月31日", dt.date(2013, 12, 31)),
    ("10.28", dt.date(2014, 10, 28)),
    ("10-28", dt.date(2014, 10, 28)),
    ("10/28", dt.date(2014, 10, 28)),
    ("1.5", dt.date(2014, 1, 5)),
    ("10月28日", dt.date(2014, 10, 28)),
    ("10月28", dt.date(2014, 10, 28)),
    (" 2014 - 10 - 28 ", dt.date(2014, 10, 28)),
    ("２０１４．１０．２８", dt.date(2014, 10, 28)),  # full-width, from a Chinese input method
    ("１０月２８日", dt.date(2014, 10, 28)),
    ("2016-02-29", dt.date(2016, 2, 29)),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_accepted_forms(text, expected):
    assert parse_typed_date(text, REF) == expected


def test_month_day_takes_the_reference_year():
    assert parse_typed_date("2.29", dt.date(2016, 7, 1)) == dt.date(2016, 2, 29)
    assert parse_typed_date("10月28日", dt.date(2015, 1, 1)) == dt.date(2015, 10, 28)


REFUSED = [
    ("", "请填写日期"),
    ("   ", "请填写日期"),
    ("abc", "不是日期"),
    ("2014-10", "不是日期"),
    ("201410", "不是日期"),
    ("2014102", "不是日期"),
    ("14.10.28", "不是日期"),
    ("10.28.5", "不是日期"),
    ("2014-10-28x", "不是日期"),
    ("十月二十八日", "不是日期"),
    ("2014-02-30", "2014年2月没有30日"),
    ("2.29", "2014年2月没有29日"),
    ("20141328", "月份应为 1 到 12"),
    ("13月1日", "月份应为 1 到 12"),
    ("2014-00-10", "月份应为 1 到 12"),
    ("0001-01-01", "年份应在 1900 到 2100 之间"),
    ("9999年1月1日", "年份应在 1900 到 2100 之间"),
]


@pytest.mark.parametrize(("text", "reason"), REFUSED)
def test_refusals_say_why_in_chinese(text, reason):
    with pytest.raises(ValueError) as exc:
        parse_typed_date(text, REF)
    assert reason in str(exc.value)


def test_nonsense_message_names_what_to_type():
    with pytest.raises(ValueError, match="可输入 20141028、2014-10-28"):
        parse_typed_date("明天", REF)


def test_house_format():
    assert format_date(dt.date(2014, 1, 5)) == "2014-01-05"
