"""Correcting and deleting supervision activities (督查活动) and minutes (会议纪要): audited, version-checked,
refused where the record carries follow-up work or decided matters."""
from __future__ import annotations

import datetime as dt
import json

import pytest

D = dt.date


@pytest.fixture
def units(db, actor):
    from models.reference.directory import UnitData, save_unit

    return [save_unit(actor, UnitData(n, s)).id
            for n, s in (("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市交通运输局", "市交通运输局"))]


@pytest.fixture
def items(db, actor, units):
    from models.key_items.items import ItemData, save_item, save_plan

    plan = save_plan(actor, 2014)
    return [save_item(actor, plan.id, ItemData(n, title, units[0], deadline=D(2014, 12, 31))).id
            for n, title in ((1, "7座跨江桥梁建设"), (2, "标准厂房建设"), (3, "中国绿城提升"))]


def _audit(table: str, record_id: int, action: str | None = None):
    from models.core.audit import AuditLog

    sel = AuditLog.select().where((AuditLog.table_name == table) & (AuditLog.record_id == str(record_id)))
    if action:
        sel = sel.where(AuditLog.action == action)
    return list(sel.order_by(AuditLog.id))


def _activity(actor, items, title="跨江桥梁专项督查", covered=(0, 1)):
    from models.key_items.activities import ActivityData, save_activity

    return save_activity(actor, ActivityData(D(2014, 10, 8), "专项督查", title, [items[i] for i in covered],
                                             place="蒲庙大桥", problems="征地拆迁滞后"))


# ---- activities ---------------------------------------------------------------------------------


def test_editing_an_activity_persists_and_audits(db, actor, items):
    from models.key_items.activities import (
        ActivityData,
        ActivityItem,
        SupervisionActivity,
        save_activity,
    )

    act = _activity(actor, items)
    save_activity(actor, ActivityData(D(2014, 10, 9), "定点督查", "跨江桥梁定点督查", [items[1], items[2]],
                                      place="三岸大桥", participants="督查室 2 人", problems="进度滞后"),
                  activity_id=act.id, expected_version=1)
    fresh = SupervisionActivity.get_by_id(act.id)
    assert (fresh.day, fresh.method, fresh.title, fresh.place, fresh.participants, fresh.problems, fresh.version) \
        == (D(2014, 10, 9), "定点督查", "跨江桥梁定点督查", "三岸大桥", "督查室 2 人", "进度滞后", 2)
    assert {link.item_id for link in ActivityItem.select().where(ActivityItem.activity == act.id)} \
        == {items[1], items[2]}
    row = _audit("supervision_activity", act.id, "update")[-1]
    assert row.summary == "修改督查活动 跨江桥梁定点督查"
    assert json.loads(row.before)["method"] == "专项督查" and json.loads(row.after)["method"] == "定点督查"


def test_stale_or_missing_activity_edit_refused(db, actor, items):
    from models.core.errors import StaleRecordError, WorkflowError
    from models.key_items.activities import ActivityData, save_activity

    act = _activity(actor, items)
    data = ActivityData(D(2014, 10, 9), "定点督查", "第一次修改", [items[0]])
    save_activity(actor, data, activity_id=act.id, expected_version=1)
    with pytest.raises(StaleRecordError):
        save_activity(actor, data, activity_id=act.id, expected_version=1)
    with pytest.raises(WorkflowError, match="不存在"):
        save_activity(actor, data, activity_id=act.id + 100, expected_version=1)


def test_deleting_an_activity_takes_its_open_suggestions_and_links_and_audits_each(db, actor, items):
    from models.key_items.activities import (
        ActivityItem,
        ActivitySuggestion,
        SupervisionActivity,
        add_suggestion,
        delete_activity,
    )

    act = _activity(actor, items)
    keep = _activity(actor, items, "标准厂房督查", covered=(1,))
    sugs = [add_suggestion(actor, act.id, "加快征地拆迁进度"), add_suggestion(actor, act.id, "按月报送进展")]
    links = [link.id for link in ActivityItem.select().where(ActivityItem.activity == act.id)]
    delete_activity(actor, act.id, expected_version=1)
    assert SupervisionActivity.get_or_none(SupervisionActivity.id == act.id) is None
    assert not ActivitySuggestion.select().where(ActivitySuggestion.activity == act.id).exists()
    assert not ActivityItem.select().where(ActivityItem.activity == act.id).exists()
    assert SupervisionActivity.get_by_id(keep.id).item_links.count() == 1  # the other activity untouched
    deleted = _audit("supervision_activity", act.id, "delete")
    assert len(deleted) == 1 and deleted[0].summary == "删除督查活动 跨江桥梁专项督查"
    assert json.loads(deleted[0].before)["title"] == "跨江桥梁专项督查"
    for s in sugs:
        assert len(_audit("activity_suggestion", s.id, "delete")) == 1
    for link_id in links:
        assert len(_audit("activity_item", link_id, "delete")) == 1


@pytest.mark.parametrize(("state", "said"), [("落实中", "1 条正在落实"), ("已落实", "1 条已落实")])
def test_activity_with_followed_up_suggestion_is_refused_and_kept(db, actor, items, state, said):
    from models.core.errors import WorkflowError
    from models.key_items.activities import (
        ActivitySuggestion,
        SupervisionActivity,
        add_suggestion,
        close_suggestion,
        delete_activity,
        delete_activity_refusal,
        follow_up_suggestion,
    )

    act = _activity(actor, items)
    add_suggestion(actor, act.id, "仍待落实的一条")
    worked = add_suggestion(actor, act.id, "加快征地拆迁进度")
    if state == "落实中":
        follow_up_suggestion(actor, worked.id, D(2014, 10, 20), "已约谈青秀区")
    else:
        close_suggestion(actor, worked.id, D(2014, 10, 20), "拆迁已完成")
    with pytest.raises(WorkflowError) as refused:
        delete_activity(actor, act.id)
    assert f"意见建议中有 {said}，" in refused.value.message and "跨江桥梁专项督查" in refused.value.message
    assert refused.value.message == delete_activity_refusal(SupervisionActivity.get_by_id(act.id))
    assert SupervisionActivity.get_or_none(SupervisionActivity.id == act.id) is not None
    assert ActivitySuggestion.select().where(ActivitySuggestion.activity == act.id).count() == 2
    assert not _audit("supervision_activity", act.id, "delete")
    assert not _audit("activity_suggestion", worked.id, "delete")  # the transaction rolled back whole


def test_activity_delete_refused_when_stale_missing_or_viewer(db, actor, viewer, items):
    from models.core.errors import PermissionDenied, StaleRecordError, WorkflowError
    from models.key_items.activities import (
        ActivityData,
        SupervisionActivity,
        delete_activity,
        save_activity,
    )

    act = _activity(actor, items)
    save_activity(actor, ActivityData(D(2014, 10, 9), "专项督查", "改过的名称", [items[0]]),
                  activity_id=act.id, expected_version=1)
    with pytest.raises(StaleRecordError, match="第 1 版.*第 2 版"):
        delete_activity(actor, act.id, expected_version=1)
    with pytest.raises(PermissionDenied):
        delete_activity(viewer, act.id, expected_version=2)
    assert SupervisionActivity.get_by_id(act.id).item_links.count() == 1
    delete_activity(actor, act.id, expected_version=2)
    with pytest.raises(WorkflowError, match="不存在"):
        delete_activity(actor, act.id)


# ---- minutes --------------------------------------------------------------------------------------


def _decide(actor, minutes_id, units, title="南宁东站综合交通枢纽配套"):
    from models.key_items.items import ItemData
    from models.key_items.meetings import register_decision

    return register_decision(actor, minutes_id, "第三条", ItemData(None, title, units[1], deadline=D(2014, 12, 31)))


def test_editing_minutes_persists_every_field_and_audits(db, actor):
    from models.key_items.meetings import MeetingMinutes, save_minutes

    m = save_minutes(actor, "〔2014〕5号", "市委常委会2014年第5次会议", D(2014, 3, 10))
    save_minutes(actor, "〔2014〕6号", "市委常委会2014年第6次会议", D(2014, 3, 12), "补登",
                 minutes_id=m.id, expected_version=1)
    fresh = MeetingMinutes.get_by_id(m.id)
    assert (fresh.number, fresh.meeting, fresh.held_on, fresh.note, fresh.version) \
        == ("〔2014〕6号", "市委常委会2014年第6次会议", D(2014, 3, 12), "补登", 2)
    row = _audit("meeting_minutes", m.id, "update")[-1]
    assert row.summary == "修改会议纪要 〔2014〕6号"
    assert json.loads(row.before)["number"] == "〔2014〕5号" and json.loads(row.after)["held_on"] == "2014-03-12"


def test_minutes_edit_refusals(db, actor, units, items):
    from models.core.errors import StaleRecordError, WorkflowError
    from models.key_items.meetings import MeetingMinutes, save_minutes

    m = save_minutes(actor, "〔2014〕5号", "市委常委会2014年第5次会议", D(2014, 3, 10))
    save_minutes(actor, "〔2014〕8号", "市委常委会2014年第8次会议", D(2014, 5, 6))
    with pytest.raises(WorkflowError, match="已有编号"):
        save_minutes(actor, "〔2014〕8号", "市委常委会2014年第5次会议", D(2014, 3, 10), minutes_id=m.id)
    save_minutes(actor, "〔2014〕5号", "改名", D(2014, 3, 10), minutes_id=m.id, expected_version=1)
    with pytest.raises(StaleRecordError):
        save_minutes(actor, "〔2014〕5号", "过期表单", D(2014, 3, 10), minutes_id=m.id, expected_version=1)
    with pytest.raises(WorkflowError, match="不存在"):
        save_minutes(actor, "〔2014〕99号", "没有这份", D(2014, 3, 10), minutes_id=m.id + 100)
    _decide(actor, m.id, units)
    # the decided matter sits in the 2014 plan: the meeting cannot move to 2015, but may move within 2014
    with pytest.raises(WorkflowError, match="1 项决定事项列入2014年计划"):
        save_minutes(actor, "〔2014〕5号", "改名", D(2015, 1, 5), minutes_id=m.id)
    save_minutes(actor, "〔2014〕5号", "改名", D(2014, 3, 11), minutes_id=m.id)
    assert MeetingMinutes.get_by_id(m.id).held_on == D(2014, 3, 11)


def test_deleting_minutes_without_decisions_audits(db, actor):
    from models.key_items.meetings import MeetingMinutes, delete_minutes, save_minutes

    m = save_minutes(actor, "〔2014〕19号", "市委常委会2014年第19次会议", D(2014, 10, 20))
    delete_minutes(actor, m.id, expected_version=1)
    assert MeetingMinutes.get_or_none(MeetingMinutes.id == m.id) is None
    rows = _audit("meeting_minutes", m.id, "delete")
    assert len(rows) == 1 and rows[0].summary == "删除会议纪要 〔2014〕19号"
    assert json.loads(rows[0].before)["meeting"] == "市委常委会2014年第19次会议"


def test_minutes_with_decisions_refused_saying_how_many(db, actor, units, items):
    from models.core.errors import WorkflowError
    from models.key_items.meetings import (
        MeetingMinutes,
        delete_minutes,
        delete_minutes_refusal,
        minutes_of_year,
        save_minutes,
    )

    m = save_minutes(actor, "〔2014〕5号", "市委常委会2014年第5次会议", D(2014, 3, 10))
    first = _decide(actor, m.id, units)
    second = _decide(actor, m.id, units, "五象新区核心区路网建设")
    with pytest.raises(WorkflowError) as refused:
        delete_minutes(actor, m.id, expected_version=1)
    text = refused.value.message
    assert "〔2014〕5号" in text and "2 项决定事项" in text and "纪要须留存" in text
    assert f"（2014年计划第{first.number}项、第{second.number}项）" in text  # plan numbers, not the minutes' own
    assert text == delete_minutes_refusal(MeetingMinutes.get_by_id(m.id))
    assert MeetingMinutes.get_or_none(MeetingMinutes.id == m.id) is not None
    assert not _audit("meeting_minutes", m.id, "delete")
    assert [(x.number, n) for x, n in minutes_of_year(2014)] == [("〔2014〕5号", 2)]
    assert minutes_of_year(2015) == []


def test_minutes_delete_refused_when_stale_missing_or_viewer(db, actor, viewer):
    from models.core.errors import PermissionDenied, StaleRecordError, WorkflowError
    from models.key_items.meetings import MeetingMinutes, delete_minutes, save_minutes

    m = save_minutes(actor, "〔2014〕19号", "市委常委会2014年第19次会议", D(2014, 10, 20))
    save_minutes(actor, "〔2014〕19号", "市委常委会2014年第19次会议", D(2014, 10, 21), minutes_id=m.id)
    with pytest.raises(StaleRecordError, match="第 1 版.*第 2 版"):
        delete_minutes(actor, m.id, expected_version=1)
    with pytest.raises(PermissionDenied):
        delete_minutes(viewer, m.id)
    assert MeetingMinutes.get_or_none(MeetingMinutes.id == m.id) is not None
    delete_minutes(actor, m.id, expected_version=2)
    with pytest.raises(WorkflowError, match="不存在"):
        delete_minutes(actor, m.id)


def test_refusal_counts_each_followed_up_state_in_words(db, actor, items):
    from models.key_items.activities import (
        add_suggestion,
        close_suggestion,
        delete_activity_refusal,
        follow_up_suggestion,
    )

    act = _activity(actor, items)
    for text in ("一", "二", "三"):
        sug = add_suggestion(actor, act.id, text)
        if text == "一":
            follow_up_suggestion(actor, sug.id, D(2014, 10, 20), "已约谈")
        else:
            close_suggestion(actor, sug.id, D(2014, 10, 20), "已完成")
    assert "意见建议中有 1 条正在落实、2 条已落实，" in delete_activity_refusal(act)


def test_items_of_an_activity_by_plan_year_and_number(db, actor, units, items):
    from models.key_items.activities import items_of
    from models.key_items.items import ItemData, save_item, save_plan

    earlier = save_item(actor, save_plan(actor, 2013).id, ItemData(4, "老城区改造", units[0],
                                                                  deadline=D(2013, 12, 31))).id
    act = _activity(actor, [items[2], earlier, items[0]], covered=(0, 1, 2))
    got = items_of(act.id)
    assert [(i.plan.year, i.number) for i in got] == [(2013, 4), (2014, 1), (2014, 3)]
    assert items_of(act.id + 100) == []

