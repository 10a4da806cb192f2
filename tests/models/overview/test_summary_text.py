"""The year-to-date paragraph is a pure function of the figures dict."""
from __future__ import annotations

import datetime as dt

from models.core.numbers import percent
from models.overview.summary_text import clauses, period_opening, summary_paragraph

D = dt.date
JAN, OCT = D(2014, 1, 1), D(2014, 10, 31)


def ins(registered, completed, due, on_time, received=None):
    rate = None if due == 0 else on_time / due
    return {"received": received if received is not None else registered, "registered": registered,
            "completed": completed, "due": due, "completed_on_time": on_time, "overdue": 0,
            "reminders": 0, "on_time_rate": rate, "avg_days_to_complete": None}


ARTICLE = {
    "instructions": {"regional": ins(18, 18, 18, 18), "city": ins(35, 35, 35, 35, received=38)},
    "messages": {"received": 255, "replied": 224, "reply_rate": 224 / 255, "overdue": 2},
}


def test_the_article_sentence_comes_out_of_its_figures():
    text = summary_paragraph(ARTICLE, JAN, OCT)
    assert text.startswith("今年以来，共办理自治区党委领导批示件18件，办结18件，到期办结率100%；"
                           "立项办理市委领导批示件35件，办结35件，到期办结率100%；")
    assert "共回复网民留言224条，回复率87.8%" in text
    assert text.endswith("。")


def test_registered_not_received_is_what_was_handled():
    # 38 city instructions came in but 35 were taken up (立项): the text says 35.
    assert "立项办理市委领导批示件35件" in summary_paragraph(ARTICLE, JAN, OCT)


def test_rates_are_written_as_the_office_writes_them():
    assert percent(1.0) == "100%"
    assert percent(0.5) == "50%"
    assert percent(14 / 15) == "93.3%"
    assert percent(0.9999) == "100%"
    assert percent(None) == ""


def test_nothing_due_leaves_the_rate_out_not_zero():
    figs = {"instructions": {"regional": ins(3, 1, 0, 0), "city": ins(0, 0, 0, 0)}}
    text = summary_paragraph(figs, JAN, OCT)
    # No rate when nothing fell due, and no clause of zeros for the city level.
    assert text == "今年以来，共办理自治区党委领导批示件3件，办结1件。"


def test_only_city_instructions_still_reads_共():
    figs = {"instructions": {"regional": ins(0, 0, 0, 0), "city": ins(4, 2, 3, 2)}}
    assert summary_paragraph(figs, JAN, OCT) == ("今年以来，共立项办理市委领导批示件4件，办结2件，"
                                                 "到期办结率66.7%。")


def test_other_sections_in_the_order_of_the_four_lines_of_work():
    figs = dict(ARTICLE)
    figs["key_items"] = {"total": 22, "completed": 2}
    figs["activities"] = {"total": 33}
    figs["research"] = {"topics": 6, "field_visits": 11}
    parts = clauses(figs)
    assert parts[2] == "围绕22项重点工作开展督查活动33次，已完成2项"
    assert parts[3] == "开展督查调研课题6个，深入实地督查调研11次"
    assert parts[-1].startswith("共回复网民留言224条")


def test_activities_and_visits_scheduled_after_today_are_said_apart():
    figs = {"key_items": {"total": 22, "completed": 2}, "activities": {"total": 1, "planned": 1},
            "research": {"topics": 6, "field_visits": 1, "field_visits_planned": 1}}
    assert clauses(figs) == ["围绕22项重点工作开展督查活动1次（另已安排1次），已完成2项",
                             "开展督查调研课题6个，深入实地督查调研1次（另已安排1次）"]
    # Nothing held yet: the planned ones are not counted as done.
    figs = {"key_items": {"total": 22}, "activities": {"total": 0, "planned": 2},
            "research": {"topics": 0, "field_visits": 0, "field_visits_planned": 1}}
    assert clauses(figs) == ["围绕22项重点工作开展决策督查，已安排督查活动2次", "已安排实地督查调研1次"]
    assert clauses({"activities": {"total": 0, "planned": 1}}) == ["已安排督查活动1次"]
    assert clauses({"activities": {"total": 3, "planned": 0}}) == ["开展督查活动3次"]


def test_a_missing_section_is_left_out_rather_than_invented():
    text = summary_paragraph({"messages": {"received": 10, "replied": 7, "reply_rate": 0.7}}, JAN, OCT)
    assert text == "今年以来，共回复网民留言7条，回复率70%。"
    assert summary_paragraph({}, JAN, OCT) == "今年以来，暂无可统计的督查工作数据。"


def test_opening_names_the_period_unless_it_starts_on_new_year():
    assert period_opening(JAN, OCT) == "今年以来"
    assert period_opening(D(2014, 7, 1), D(2014, 9, 30)) == "2014年7月1日至9月30日"
    assert period_opening(D(2013, 7, 1), D(2014, 6, 30)) == "2013年7月1日至2014年6月30日"
