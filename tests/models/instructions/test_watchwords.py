"""快·准·稳 on hand-built cases: each measure as the docstring of the rules defines it."""
from __future__ import annotations

import datetime as dt

from models.calendar.workdays import WorkCalendar
from models.instructions.watchwords import (
    WatchFacts,
    exact,
    fast,
    percentile,
    report_complete,
    steady,
    watchwords,
    word_for_word,
)

D = dt.date
START, END = D(2014, 1, 1), D(2014, 10, 31)
# 2014-10-01..07 国庆 off, 2014-10-11 (Sat) a 调休 working day.
CAL = WorkCalendar(exceptions={**{D(2014, 10, d): False for d in range(1, 8)}, D(2014, 10, 11): True})


def facts(iid, *, level="市", unit="市住建委", received=D(2014, 9, 1), instructed=None, assigned=None,
          reported=None, result="已办结", report="已报", reviews=()):
    return WatchFacts(iid, level, unit, received, instructed, assigned, reported, result, report, tuple(reviews))


def test_percentile_is_nearest_rank():
    assert percentile([], 0.9) is None
    assert percentile([5], 0.9) == 5
    assert percentile(list(range(1, 11)), 0.9) == 9
    assert percentile([1, 2, 3, 100], 0.9) == 100
    assert percentile([3, 1, 2], 0.5) == 2


def test_fast_counts_working_days_from_instruction_else_receipt():
    items = [
        # 批示 Fri 2014-09-26, 交办 Thu 2014-10-09: 9-29, 9-30, 10-8, 10-9 → 4 working days (国庆 skipped)
        facts(1, instructed=D(2014, 9, 26), received=D(2014, 9, 28), assigned=D(2014, 10, 9)),
        # no 批示 date: from receipt Tue 2014-09-30 to Wed 2014-10-08 → 1 (国庆 skipped)
        facts(2, level="自治区", unit="市水利局", received=D(2014, 9, 30), assigned=D(2014, 10, 8),
              reported=D(2014, 10, 13)),
        # assigned before the period: only its 报结 counts
        facts(3, received=D(2013, 12, 20), assigned=D(2013, 12, 23), reported=D(2014, 1, 3)),
    ]
    out = fast(items, CAL, START, END)
    assert [out["to_assign"][k] for k in ("count", "median", "p90")] == [2, 2.5, 4]
    assert out["to_assign"]["by_level"]["city"] == {"count": 1, "median": 4.0, "p90": 4}
    assert out["to_assign"]["by_level"]["regional"] == {"count": 1, "median": 1.0, "p90": 1}
    # 10-08 → 10-13: 10-09, 10-10, 10-11 (调休), 10-13 = 4
    assert out["to_report"]["by_unit"]["市水利局"] == {"count": 1, "median": 4.0, "p90": 4}
    # 2013-12-23 → 2014-01-03: 12-24..12-31 (6) + 01-01..01-03 (no holiday in CAL) = 9
    assert out["to_report"]["by_unit"]["市住建委"]["median"] == 9.0
    assert out["to_report"]["count"] == 2


def test_fast_with_nothing_in_the_period():
    out = fast([facts(1)], CAL, START, END)
    assert out["to_assign"]["count"] == 0 and out["to_assign"]["median"] is None
    assert out["to_report"]["by_level"]["city"]["p90"] is None


def test_word_for_word_means_the_very_characters():
    text = "请市住建委抓紧研究，\n一周内报结果。"
    assert word_for_word(text, text)
    assert word_for_word("  " + text.replace("\n", "\r\n") + "\n", text)
    assert not word_for_word(text.replace("，", ","), text)  # punctuation counts
    assert not word_for_word("请市住建委抓紧研究。", text)  # abridged
    assert not word_for_word("", "")  # nothing carried is not word for word


def test_report_complete_needs_result_passed_review_before_report_and_report_text():
    good = facts(1, reported=D(2014, 10, 20), reviews=[(D(2014, 10, 10), False), (D(2014, 10, 17), True)])
    assert report_complete(good)
    assert not report_complete(good._replace(result=" "))
    assert not report_complete(good._replace(report_text=""))
    assert not report_complete(good._replace(reviews=((D(2014, 10, 10), False),)))
    assert not report_complete(good._replace(reviews=((D(2014, 10, 21), True),)))  # passed after the 报结
    assert not report_complete(good._replace(reported_on=None))


def test_exact_shares():
    reported = [facts(1, reported=D(2014, 5, 5), reviews=[(D(2014, 5, 1), True)]),
                facts(2, reported=D(2014, 5, 5)),  # no review passed
                facts(3, reported=D(2013, 5, 5), reviews=[(D(2013, 5, 1), True)])]  # before the period
    out = exact([("甲", "甲"), ("乙", "乙。"), ("丙", "丙")], reported, START, END)
    assert out == {"notices": 3, "word_for_word": 2, "word_for_word_rate": 2 / 3,
                   "reported": 2, "complete": 1, "complete_rate": 0.5}
    empty = exact([], [], START, END)
    assert empty["word_for_word_rate"] is None and empty["complete_rate"] is None


def test_steady_first_pass_and_reopened():
    items = [facts(1, reviews=[(D(2014, 3, 1), True)]),
             facts(2, reviews=[(D(2014, 3, 1), False), (D(2014, 4, 1), True)]),
             facts(3, reviews=[(D(2013, 12, 1), True), (D(2014, 2, 1), False)]),  # first review earlier
             facts(4)]
    assert steady(items, START, END) == {"reviewed": 2, "passed_first": 1, "first_pass_rate": 0.5, "reopened": 2}


def test_watchwords_has_the_three_parts():
    out = watchwords([facts(1)], [], CAL, START, END)
    assert set(out) == {"fast", "exact", "steady"}
