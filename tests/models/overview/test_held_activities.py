"""A supervision activity or field visit counts as held only once its day has come
(day <= today); one entered ahead of time is planned (已安排), not done. The tester's
case: the demo's 跟踪督查 of 2014-11-12 and field visit of 2014-11-05 made the year
("截至 2014-10-28") say 34 activities and 12 visits against 33 and 11 to the end of
October, and 第4季度 two activities against October's one."""
from __future__ import annotations

import datetime as dt

import pytest

from models.overview.figures import held_in, held_span, planned_in, planned_span

D = dt.date
TODAY = D(2014, 10, 28)


def test_an_activity_after_today_is_planned_not_held():
    start, end = D(2014, 10, 1), D(2014, 12, 31)
    assert held_in(D(2014, 10, 15), start, end, TODAY)
    assert held_in(TODAY, start, end, TODAY)  # today's visit has happened
    assert not held_in(D(2014, 11, 12), start, end, TODAY)
    assert planned_in(D(2014, 11, 12), start, end, TODAY)
    assert not planned_in(TODAY, start, end, TODAY)
    assert not held_in(D(2014, 9, 30), start, end, TODAY) and not planned_in(D(2014, 9, 30), start, end, TODAY)
    assert not planned_in(D(2015, 1, 5), start, end, TODAY)


@pytest.mark.parametrize("start,end", [(D(2014, 10, 1), D(2014, 12, 31)), (D(2014, 1, 1), D(2014, 10, 31)),
                                       (D(2014, 11, 1), D(2014, 11, 30)), (D(2014, 10, 28), D(2014, 10, 28))])
def test_the_sql_spans_are_the_rule(start, end):
    days = [D(2014, 9, 1) + dt.timedelta(days=n) for n in range(150)]
    a, b = held_span(start, end, TODAY)
    assert [d for d in days if a <= d <= b] == [d for d in days if held_in(d, start, end, TODAY)]
    a, b = planned_span(start, end, TODAY)
    assert [d for d in days if a <= d <= b] == [d for d in days if planned_in(d, start, end, TODAY)]


@pytest.fixture
def scheduled(db, actor):
    """One activity and one field visit held, one of each scheduled after today."""
    from models.key_items.activities import ActivityData, save_activity
    from models.key_items.items import ItemData, save_item, save_plan
    from models.reference.directory import UnitData, save_unit
    from models.research.topics import DIRECTIONS, TopicData, VisitData, save_topic, save_visit

    unit = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委")).id
    item = save_item(actor, save_plan(actor, 2014).id, ItemData(1, "7座跨江桥梁建设", unit)).id
    for day, method in ((D(2014, 10, 15), "重点督查"), (D(2014, 11, 12), "跟踪督查")):
        save_activity(actor, ActivityData(day, method, f"{method}{day}", [item]))
    topic = save_topic(actor, TopicData("城中村改造", DIRECTIONS[0], 2014)).id
    for day in (D(2014, 10, 20), D(2014, 11, 5)):
        save_visit(actor, topic, VisitData(day, "邕宁区蒲庙镇"))


def test_the_quarter_counts_the_held_and_says_the_planned_apart(scheduled):
    from models.overview import figures as ov

    q4 = D(2014, 10, 1), D(2014, 12, 31)
    act = ov.activity_figures(*q4, TODAY)
    assert act["total"] == 1 and act["planned"] == 1
    assert act["by_method"]["重点督查"] == 1 and act["by_method"]["跟踪督查"] == 0
    assert act == {**ov.activity_figures(D(2014, 10, 1), D(2014, 10, 31), TODAY), "planned": 1}
    res = ov.research_figures(*q4, TODAY)
    assert res["field_visits"] == 1 and res["field_visits_planned"] == 1

    # The drill-downs list what the figures count.
    assert [r.day for r in ov.activity_records(*q4, TODAY)] == [D(2014, 10, 15)]
    assert [r.day for r in ov.activity_records(*q4, TODAY, "planned")] == [D(2014, 11, 12)]
    assert ov.activity_records(*q4, TODAY, "by_method", "跟踪督查") == []
    assert [r.day for r in ov.research_records(*q4, TODAY, "field_visits")] == [D(2014, 10, 20)]
    assert [r.day for r in ov.research_records(*q4, TODAY, "field_visits_planned")] == [D(2014, 11, 5)]

    # Once their day has come they are held.
    later = D(2014, 12, 31)
    assert ov.activity_figures(*q4, later)["total"] == 2 and ov.activity_figures(*q4, later)["planned"] == 0
    assert ov.research_figures(*q4, later)["field_visits"] == 2


def test_the_demo_year_says_what_october_says(demo_db, today):
    from models.core.figures import collect
    from models.overview.stats_tables import compute, records_for

    year = collect(D(2014, 1, 1), D(2014, 12, 31), today, only=["activities", "research"])
    jan_oct = collect(D(2014, 1, 1), D(2014, 10, 31), today, only=["activities", "research"])
    assert year["activities"]["total"] == jan_oct["activities"]["total"] == 33
    assert year["research"]["field_visits"] == jan_oct["research"]["field_visits"] == 11
    assert year["activities"]["planned"] == year["research"]["field_visits_planned"] == 1

    bundle = compute(D(2014, 10, 1), D(2014, 12, 31), today)
    assert "开展督查活动1次（另已安排1次）" in bundle.summary
    assert "深入实地督查调研1次（另已安排1次）" in bundle.summary
    table = bundle.tables["activities"]
    row = next(i for i, r in enumerate(table.rows) if r[0] == "另已安排（尚未开展）")
    assert table.rows[row][1] == 1
    assert [r.day for r in records_for(bundle, table.drills[row][1])] == [D(2014, 11, 12)]


def test_stats_prints_the_planned_apart():
    from cli.overview import activity_lines, research_lines

    act = {"total": 1, "by_method": {"重点督查": 1, "专项督查": 0}, "items_covered": 1, "suggestions": 0,
           "suggestions_closed": 0, "suggestions_open": 0}
    assert activity_lines(act)[1] == "  共 1 次：重点督查 1 次，专项督查 0 次"
    assert activity_lines({**act, "planned": 1})[1] == "  共 1 次：重点督查 1 次，专项督查 0 次；另已安排 1 次（今天以后）"
    res = {"topics": 1, "by_state": {"选题": 1}, "field_visits": 1, "reports_submitted": 0,
           "recommendations_adopted": 0}
    assert research_lines(res)[2].startswith("  实地调研 1 次，")
    assert research_lines({**res, "field_visits_planned": 1})[2].startswith("  实地调研 1 次（另已安排 1 次），")
