"""Quarterly progress, the missing-report rule, item lights, minutes, activities, agenda."""
from __future__ import annotations

import datetime as dt

import pytest

from models.calendar.lights import Light
from models.calendar.workdays import WorkCalendar, build_calendar

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    from models.migrations.calendar_seed import seed_rows_from_package

    return build_calendar(*seed_rows_from_package())


# ---- pure rules --------------------------------------------------------------------

def test_quarter_bounds():
    from models.key_items.progress import quarter_end, quarter_of, quarter_start

    assert quarter_of(D(2014, 10, 28)) == (2014, 4)
    assert quarter_start(2014, 3) == D(2014, 7, 1)
    assert [quarter_end(2014, q) for q in (1, 2, 3, 4)] == [D(2014, 3, 31), D(2014, 6, 30), D(2014, 9, 30),
                                                         D(2014, 12, 31)]


def test_report_date_is_nth_working_day_after_quarter_over_holidays_and_tiaoxiu(cal):
    from models.key_items.progress import report_date

    # Q1: 4-1…4-4, then Sat/Sun and Qingming Monday 4-7 off → 4-8.
    assert report_date(cal, 2014, 1, 5) == D(2014, 4, 8)
    assert report_date(cal, 2014, 2, 5) == D(2014, 7, 7)
    # Q3: National Day 10-1…10-7 off; 10-8, 10-9, 10-10, Sat 10-11 (调休上班), 10-13.
    assert report_date(cal, 2014, 3, 5) == D(2014, 10, 13)
    # Q4 of 2014: 2015-01-01…01-03 off, Sun 01-04 worked: 01-04…01-08.
    assert report_date(cal, 2014, 4, 5) == D(2015, 1, 8)
    assert report_date(cal, 2014, 4, 1) == D(2015, 1, 4)


def test_latest_due_quarter(cal):
    from models.key_items.progress import latest_due_quarter

    assert latest_due_quarter(cal, D(2014, 10, 13), 5) == (2014, 2)  # on the report date itself: not yet due
    assert latest_due_quarter(cal, D(2014, 10, 14), 5) == (2014, 3)
    assert latest_due_quarter(cal, D(2014, 10, 28), 5) == (2014, 3)
    assert latest_due_quarter(cal, D(2015, 1, 12), 5) == (2014, 4)


def test_missing_units_only_after_due_date():
    from models.key_items.progress import missing_units

    assert missing_units([1, 2, 3], [2], D(2014, 10, 13), D(2014, 10, 13)) == []
    assert missing_units([1, 2, 3], [2], D(2014, 10, 13), D(2014, 10, 14)) == [1, 3]
    assert missing_units([1, 2], [1, 2], D(2014, 10, 13), D(2014, 12, 1)) == []


def test_due_quarters_and_reports_required(cal):
    from models.key_items.progress import due_quarters, reports_required

    assert due_quarters(cal, D(2014, 1, 1), D(2014, 12, 31), D(2014, 10, 28), 5) == [(2014, 1), (2014, 2), (2014, 3)]
    assert reports_required(D(2014, 5, 1), 2014, 2014, 1) is False  # assigned after Q1 ended
    assert reports_required(D(2014, 5, 1), 2014, 2014, 2) is True
    assert reports_required(D(2014, 1, 1), 2014, 2015, 1) is False


# ---- with a database ---------------------------------------------------------------

@pytest.fixture
def setup(db, actor):
    from models.key_items.items import ItemData, save_item, save_plan
    from models.reference.directory import UnitData, save_unit

    u = [save_unit(actor, UnitData(n, s)).id for n, s in
         [("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市交通运输局", "市交通运输局"),
          ("南宁市园林管理局", "市园林局")]]
    plan = save_plan(actor, 2014)
    bridge = save_item(actor, plan.id, ItemData(1, "7座跨江桥梁建设", u[0], unit_ids=[u[1]],
                                                deadline=D(2014, 12, 31), quarterly=True,
                                                check_days=[D(2014, 10, 15)]))
    green = save_item(actor, plan.id, ItemData(2, "“中国绿城”提升工程", u[2], deadline=D(2014, 10, 30)))
    return {"units": u, "plan": plan, "bridge": bridge, "green": green}


def _report(actor, item, unit, q, day, assessment=""):
    from models.key_items.progress import ProgressData, save_progress

    return save_progress(actor, ProgressData(item, unit, 2014, q, day, done=f"第{q}季度推进", assessment=assessment))


def _full_reports(actor, s, quarters=(1, 2, 3)):
    for q in quarters:
        _report(actor, s["bridge"].id, s["units"][0], q, D(2014, 3 * q, 28))
        _report(actor, s["bridge"].id, s["units"][1], q, D(2014, 3 * q, 28))
        _report(actor, s["green"].id, s["units"][2], q, D(2014, 3 * q, 28))


def test_missing_reports_lists_every_unit_and_quarter(setup, actor, cal):
    from models.key_items.progress import missing_reports

    s = setup
    _full_reports(actor, s, (1, 2))
    _report(actor, s["bridge"].id, s["units"][0], 3, D(2014, 10, 10))
    missing = missing_reports(s["plan"].id, D(2014, 10, 28), cal, 5)
    assert {(m.item_number, m.unit_name, m.quarter) for m in missing} == {(1, "市交通运输局", 3), (2, "市园林局", 3)}
    assert all(m.due == D(2014, 10, 13) for m in missing)
    assert missing_reports(s["plan"].id, D(2014, 10, 13), cal, 5) == []


def test_item_light_red_when_latest_report_missing(setup, actor, cal):
    from models.key_items.progress import item_statuses

    s = setup
    _full_reports(actor, s, (1, 2))
    _report(actor, s["bridge"].id, s["units"][0], 3, D(2014, 10, 10))
    st = item_statuses([s["bridge"].id, s["green"].id], D(2014, 10, 28), cal, 5, 5)
    assert st[s["bridge"].id].light is Light.RED and st[s["bridge"].id].missing == (s["units"][1],)
    # the green item is both missing and near its deadline: red wins
    assert st[s["green"].id].light is Light.RED


def test_item_light_yellow_when_assessed_behind_and_green_otherwise(setup, actor, cal):
    from models.key_items.progress import assess_progress, item_statuses

    s = setup
    _full_reports(actor, s)
    st = item_statuses([s["bridge"].id, s["green"].id], D(2014, 10, 20), cal, 5, 5)
    assert st[s["bridge"].id].light is Light.GREEN
    assert st[s["green"].id].light is Light.GREEN  # 10-30 is 8 working days after 10-20
    assert item_statuses([s["green"].id], D(2014, 10, 23), cal, 5, 5)[s["green"].id].light is Light.YELLOW
    from models.key_items.progress import KeyProgress

    latest = KeyProgress.get((KeyProgress.item == s["bridge"].id) & (KeyProgress.quarter == 3)
                             & (KeyProgress.unit == s["units"][1]))
    assess_progress(actor, latest.id, "严重滞后")
    st = item_statuses([s["bridge"].id], D(2014, 10, 20), cal, 5, 5)
    assert st[s["bridge"].id].light is Light.YELLOW and st[s["bridge"].id].behind


def test_an_older_behind_assessment_does_not_count(setup, actor, cal):
    from models.key_items.progress import KeyProgress, assess_progress, item_statuses

    s = setup
    _full_reports(actor, s)
    q1 = KeyProgress.get((KeyProgress.item == s["bridge"].id) & (KeyProgress.quarter == 1)
                         & (KeyProgress.unit == s["units"][0]))
    q3 = KeyProgress.get((KeyProgress.item == s["bridge"].id) & (KeyProgress.quarter == 3)
                         & (KeyProgress.unit == s["units"][0]))
    assess_progress(actor, q1.id, "滞后")
    assess_progress(actor, q3.id, "按进度")
    assert item_statuses([s["bridge"].id], D(2014, 10, 20), cal, 5, 5)[s["bridge"].id].light is Light.GREEN


def test_completed_item_is_grey_and_owes_no_report(setup, actor, cal):
    from models.key_items.items import complete_item
    from models.key_items.progress import item_statuses, missing_reports

    s = setup
    complete_item(actor, s["green"].id, D(2014, 9, 1), "提前完成")
    st = item_statuses([s["green"].id], D(2014, 12, 1), cal, 5, 5)
    assert st[s["green"].id].light is Light.GREY
    assert all(m.item_id != s["green"].id for m in missing_reports(s["plan"].id, D(2014, 12, 1), cal, 5))


def test_progress_rules(setup, actor):
    from models.core.errors import WorkflowError
    from models.key_items.progress import ProgressData, save_progress

    s = setup
    with pytest.raises(WorkflowError, match="不是此事项"):
        _report(actor, s["bridge"].id, s["units"][2], 1, D(2014, 3, 28))
    with pytest.raises(WorkflowError, match="早于"):
        _report(actor, s["bridge"].id, s["units"][0], 2, D(2014, 3, 28))
    with pytest.raises(WorkflowError, match="评估"):
        _report(actor, s["bridge"].id, s["units"][0], 1, D(2014, 3, 28), assessment="很好")
    with pytest.raises(WorkflowError, match="工作进展"):
        save_progress(actor, ProgressData(s["bridge"].id, s["units"][0], 2014, 1, D(2014, 3, 28)))
    _report(actor, s["bridge"].id, s["units"][0], 1, D(2014, 3, 28))
    with pytest.raises(WorkflowError, match="已录入"):
        _report(actor, s["bridge"].id, s["units"][0], 1, D(2014, 3, 29))


def test_report_date_setting(db, actor):
    from models.core import settings
    from models.key_items.progress import REPORT_WORKDAY

    assert settings.get(REPORT_WORKDAY) == 5
    settings.set_value(actor, "progress.report_workday", 10)
    assert settings.get(REPORT_WORKDAY) == 10


# ---- meetings ------------------------------------------------------------------------

def test_decision_becomes_item_traceable_to_minutes(setup, actor, cal):
    from models.key_items.items import ItemData, KeyItem
    from models.key_items.meetings import feedback_rows, register_decision, save_minutes

    s = setup
    m = save_minutes(actor, "〔2014〕12号", "市委常委会2014年第12次会议", D(2014, 6, 16))
    item = register_decision(actor, m.id, "第三条", ItemData(None, "加快推进五象新区核心区建设", s["units"][0],
                                                           deadline=D(2014, 12, 31)))
    assert item.number == 3 and item.source == "常委会会议纪要"
    assert KeyItem.get_by_id(item.id).minutes_id == m.id
    _report(actor, item.id, s["units"][0], 3, D(2014, 9, 26))
    rows = feedback_rows(D(2014, 10, 28), cal, m.id)
    assert [(r.minutes_number, r.paragraph, r.title, r.state) for r in rows] == [
        ("〔2014〕12号", "第三条", "加快推进五象新区核心区建设", "未启动")]
    assert rows[0].latest.startswith("2014年第3季度") and "第3季度推进" in rows[0].latest
    assert rows[0].light_text == Light.GREEN.text()


def test_minutes_number_unique_and_paragraph_required(setup, actor):
    from models.core.errors import WorkflowError
    from models.key_items.items import ItemData
    from models.key_items.meetings import register_decision, save_minutes

    m = save_minutes(actor, "〔2014〕5号", "市委常委会2014年第5次会议", D(2014, 3, 10))
    with pytest.raises(WorkflowError, match="已有编号"):
        save_minutes(actor, "〔2014〕5号", "另一次会议", D(2014, 3, 11))
    with pytest.raises(WorkflowError, match="哪一段"):
        register_decision(actor, m.id, "", ItemData(None, "事项", setup["units"][0]))


# ---- activities ------------------------------------------------------------------------

def test_activity_and_suggestion_follow_up_until_closed(setup, actor):
    from models.core.errors import WorkflowError
    from models.key_items.activities import (
        CLOSED,
        FOLLOWING,
        ActivityData,
        activities_of_item,
        add_suggestion,
        close_suggestion,
        follow_up_suggestion,
        open_suggestions,
        reopen_suggestion,
        save_activity,
    )

    s = setup
    act = save_activity(actor, ActivityData(D(2014, 5, 20), "专项督查", "7座跨江桥梁建设专项督查",
                                            [s["bridge"].id, s["green"].id], "青秀区", "督查室 3 人", "征地拆迁滞后"))
    assert [a.id for a in activities_of_item(s["green"].id)] == [act.id]
    sug = add_suggestion(actor, act.id, "建议市国土资源局加快征地报批", s["units"][0])
    follow_up_suggestion(actor, sug.id, D(2014, 6, 10), "已召开协调会")
    closed = close_suggestion(actor, sug.id, D(2014, 7, 1), "征地报批完成")
    assert closed.state == CLOSED and closed.closed_on == D(2014, 7, 1)
    assert "已召开协调会" in closed.follow_up and "征地报批完成" in closed.follow_up
    assert open_suggestions() == []
    with pytest.raises(WorkflowError, match="已落实"):
        follow_up_suggestion(actor, sug.id, D(2014, 7, 2), "再跟踪")
    assert reopen_suggestion(actor, sug.id, D(2014, 8, 1), "复查发现未落实").state == FOLLOWING
    assert len(open_suggestions()) == 1
    save_activity(actor, ActivityData(D(2014, 5, 20), "专项督查", "7座跨江桥梁建设专项督查", [s["bridge"].id]),
                  activity_id=act.id, expected_version=act.version)
    assert activities_of_item(s["green"].id) == []


def test_activity_validation(setup, actor):
    from models.core.errors import WorkflowError
    from models.key_items.activities import ActivityData, save_activity

    with pytest.raises(WorkflowError, match="督查方式"):
        save_activity(actor, ActivityData(D(2014, 5, 20), "随便看看", "x", [setup["bridge"].id]))
    with pytest.raises(WorkflowError, match="至少选择"):
        save_activity(actor, ActivityData(D(2014, 5, 20), "重点督查", "x", []))


# ---- agenda ------------------------------------------------------------------------------

def test_agenda_entries_of_october(setup, actor):
    from models.calendar import agenda
    from models.key_items.activities import ActivityData, save_activity

    s = setup
    _full_reports(actor, s, (1, 2))
    save_activity(actor, ActivityData(D(2014, 10, 22), "跟踪督查", "“中国绿城”跟踪督查", [s["green"].id]))
    found = [e for e in agenda.entries(D(2014, 10, 1), D(2014, 10, 31), D(2014, 10, 28))
             if e.record_type in ("key_item", "activity")]
    by_kind = {}
    for e in found:
        by_kind.setdefault(e.kind, []).append(e)
    assert [(e.day, e.record_id) for e in by_kind["重点工作期限"]] == [(D(2014, 10, 30), s["green"].id)]
    checks = sorted((e.day, e.record_id) for e in by_kind["督查时间"])
    # fixed date 10-15 and the quarterly check the working day after the report date 10-13
    assert checks == [(D(2014, 10, 14), s["bridge"].id), (D(2014, 10, 15), s["bridge"].id)]
    reports = by_kind["季度报送"]
    assert {(e.day, e.record_id) for e in reports} == {(D(2014, 10, 13), s["bridge"].id),
                                                       (D(2014, 10, 13), s["green"].id)}
    assert all(e.light is Light.RED and "已报0/" in e.title for e in reports)
    assert by_kind["督查活动"][0].light is Light.GREY and by_kind["督查活动"][0].record_type == "activity"
    deadline = by_kind["重点工作期限"][0]
    assert deadline.light is Light.RED and deadline.unit == "市园林局"  # Q3 report missing


def test_a_supervision_date_gone_by_is_grey_held_or_not_recorded_never_due_soon(setup, actor):
    from models.calendar import agenda
    from models.key_items.activities import ActivityData, save_activity

    s = setup
    # 10-14 (the quarterly check) and 10-15 (a fixed date) have passed on 10-28; the item's
    # own light would be red or yellow, but a supervision date gone by is not 临期.
    def checks(today):
        return sorted((e.day, e.light, e.state) for e in agenda.entries(D(2014, 10, 1), D(2014, 10, 31), today)
                      if e.kind == "督查时间")

    assert checks(D(2014, 10, 28)) == [(D(2014, 10, 14), Light.GREY, "已过（未登记督查活动）"),
                                       (D(2014, 10, 15), Light.GREY, "已过（未登记督查活动）")]
    save_activity(actor, ActivityData(D(2014, 10, 16), "定点督查", "跨江桥梁定点督查", [s["bridge"].id]))
    assert {state for _day, _light, state in checks(D(2014, 10, 28))} == {"已开展"}
    # Before the day the entry keeps the item's light and state.
    before = checks(D(2014, 10, 10))
    assert [light for _day, light, _state in before] != [Light.GREY, Light.GREY]
    assert "已开展" not in {state for *_rest, state in before}


def test_agenda_report_entry_grey_once_all_units_reported(setup, actor):
    from models.calendar import agenda

    s = setup
    _full_reports(actor, s)
    reports = [e for e in agenda.entries(D(2014, 10, 1), D(2014, 10, 31), D(2014, 10, 28)) if e.kind == "季度报送"]
    assert reports and all(e.light is Light.GREY for e in reports)
