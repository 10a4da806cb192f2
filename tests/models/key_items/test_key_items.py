"""Key items: the plan, the item form's rules, state workflows (audited), lights, agenda."""
from __future__ import annotations

import datetime as dt
import json

import pytest

D = dt.date


@pytest.fixture
def units(db, actor):
    from models.reference.directory import UnitData, save_unit

    names = [("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市交通运输局", "市交通运输局"),
             ("南宁市园林管理局", "市园林局"), ("南宁市工业和信息化委员会", "市工信委")]
    return [save_unit(actor, UnitData(n, s)).id for n, s in names]


@pytest.fixture
def plan(db, actor):
    from models.key_items.items import save_plan

    return save_plan(actor, 2014)


def _data(units, number=1, **kw):
    from models.key_items.items import ItemData

    base = dict(number=number, title="7座跨江桥梁建设", lead_unit_id=units[0],
                content="加快推进7座跨江桥梁建设", unit_ids=[units[1], units[2]], deadline=D(2014, 12, 31))
    base.update(kw)
    return ItemData(**base)


def test_plan_default_title_and_unique_year(db, actor, plan):
    from models.key_items.items import ensure_plan, save_plan

    assert plan.title == "2014年决策督查计划"
    assert plan.start_date == D(2014, 1, 1)
    assert ensure_plan(actor, 2014).id == plan.id
    again = save_plan(actor, 2014, "2014年决策督查工作计划", D(2014, 2, 1), expected_version=plan.version)
    assert again.id == plan.id and again.start_date == D(2014, 2, 1)


def test_create_item_with_units_and_checks(db, actor, units, plan):
    from models.key_items.items import NOT_STARTED, KeyItem, check_days, reporting_units, save_item

    item = save_item(actor, plan.id, _data(units, check_days=[D(2014, 6, 20), D(2014, 3, 20)]))
    assert item.state == NOT_STARTED
    assert check_days(item.id) == [D(2014, 3, 20), D(2014, 6, 20)]
    assert reporting_units([item.id])[item.id] == [units[0], units[1], units[2]]
    stored = KeyItem.get_by_id(item.id)
    assert "市住建委" in stored.unit_names and "市园林局" in stored.unit_names


def test_lead_unit_required(db, actor, units, plan):
    from models.core.errors import WorkflowError
    from models.key_items.items import KeyItem, save_item

    with pytest.raises(WorkflowError, match="牵头单位"):
        save_item(actor, plan.id, _data(units, lead_unit_id=None))
    assert KeyItem.select().count() == 0


def test_deadline_not_before_plan_start(db, actor, units, plan):
    from models.core.errors import WorkflowError
    from models.key_items.items import save_item

    with pytest.raises(WorkflowError, match="早于计划开始日期"):
        save_item(actor, plan.id, _data(units, deadline=D(2013, 12, 31)))
    assert save_item(actor, plan.id, _data(units, deadline=D(2014, 1, 1))).deadline == D(2014, 1, 1)


def test_duplicate_number_refused_but_own_number_kept_on_edit(db, actor, units, plan):
    from models.core.errors import WorkflowError
    from models.key_items.items import save_item

    first = save_item(actor, plan.id, _data(units, 1))
    with pytest.raises(WorkflowError, match="已有第1项"):
        save_item(actor, plan.id, _data(units, 1, title="另一个事项"))
    edited = save_item(actor, plan.id, _data(units, 1, title="7座跨江桥梁建设（调整）"), item_id=first.id,
                       expected_version=first.version)
    assert edited.title.endswith("（调整）") and edited.version == 2


def test_other_plan_may_reuse_number(db, actor, units, plan):
    from models.key_items.items import save_item, save_plan

    save_item(actor, plan.id, _data(units, 1))
    other = save_plan(actor, 2015)
    assert save_item(actor, other.id, _data(units, 1, deadline=D(2015, 6, 30))).number == 1


def test_stale_edit_refused(db, actor, units, plan):
    from models.core.errors import StaleRecordError
    from models.key_items.items import save_item

    item = save_item(actor, plan.id, _data(units))
    save_item(actor, plan.id, _data(units, title="第一次修改"), item_id=item.id, expected_version=1)
    with pytest.raises(StaleRecordError):
        save_item(actor, plan.id, _data(units, title="过期表单"), item_id=item.id, expected_version=1)


def test_editing_units_replaces_them_and_lead_not_duplicated(db, actor, units, plan):
    from models.key_items.items import responsible_unit_ids, save_item

    item = save_item(actor, plan.id, _data(units))
    save_item(actor, plan.id, _data(units, unit_ids=[units[0], units[3]]), item_id=item.id)
    assert responsible_unit_ids(item.id) == [units[3]]


def test_working_day_deadline_skips_national_day_holiday(db, actor, units, plan):
    """Assigned Friday 2014-09-26, 5 working days: 9-28 (Sun) and 10-11 (Sat) are 调休 workdays,
    10-01…10-07 the holiday: 9-28, 9-29, 9-30, 10-08, 10-09 → due 10-09."""
    from models.key_items.items import save_item

    item = save_item(actor, plan.id, _data(units, deadline=None, deadline_days=5, assigned_on=D(2014, 9, 26)))
    assert item.deadline == D(2014, 10, 9)
    assert item.deadline_provisional is False
    assert "交办后5个工作日" in item.deadline_text() and "暂定" not in item.deadline_text()


def test_working_day_deadline_in_year_without_calendar_is_provisional(db, actor, units):
    from models.calendar.store import undeclare_year
    from models.key_items.items import save_item, save_plan

    plan = save_plan(actor, 2040)
    undeclare_year(actor, 2040)
    item = save_item(actor, plan.id, _data(units, deadline=None, deadline_days=3, assigned_on=D(2040, 3, 2)))
    assert item.deadline_provisional is True
    assert item.deadline_text().endswith("（暂定）")


def test_recompute_deadlines_once_year_entered(db, actor, units):
    from models.calendar.store import undeclare_year
    from models.calendar.workdays import WorkCalendar
    from models.key_items.items import KeyItem, recompute_deadlines, save_item, save_plan

    plan = save_plan(actor, 2040)
    undeclare_year(actor, 2040)
    item = save_item(actor, plan.id, _data(units, deadline=None, deadline_days=1, assigned_on=D(2040, 3, 2)))
    assert item.deadline == D(2040, 3, 5)  # 2040-03-02 is a Friday
    entered = WorkCalendar({D(2040, 3, 5): False}, frozenset({2040}))
    assert recompute_deadlines(actor, entered) == 1
    fresh = KeyItem.get_by_id(item.id)
    assert fresh.deadline == D(2040, 3, 6) and fresh.deadline_provisional is False
    assert recompute_deadlines(actor, entered) == 0


def test_bad_days_and_missing_assignment_refused(db, actor, units, plan):
    from models.core.errors import WorkflowError
    from models.key_items.items import save_item

    with pytest.raises(WorkflowError, match="交办日期"):
        save_item(actor, plan.id, _data(units, deadline=None, deadline_days=5))
    with pytest.raises(WorkflowError, match="至少为 1"):
        save_item(actor, plan.id, _data(units, deadline=None, deadline_days=0, assigned_on=D(2014, 3, 1)))
    with pytest.raises(WorkflowError, match="来源"):
        save_item(actor, plan.id, _data(units, source="随便"))
    with pytest.raises(WorkflowError, match="标题"):
        save_item(actor, plan.id, _data(units, title="  "))


def _audit_rows(table, record_id):
    from models.core.audit import AuditLog

    return list(AuditLog.select().where((AuditLog.table_name == table) & (AuditLog.record_id == record_id))
                .order_by(AuditLog.id))


def test_every_state_change_is_recorded_and_audited(db, actor, units, plan):
    from models.core.audit import verify_chain
    from models.key_items.items import (
        COMPLETED,
        IN_PROGRESS,
        STOPPED,
        complete_item,
        reopen_item,
        save_item,
        start_item,
        state_history,
        stop_item,
    )

    item = save_item(actor, plan.id, _data(units))
    start_item(actor, item.id, D(2014, 2, 10))
    complete_item(actor, item.id, D(2014, 9, 30), "7座桥梁主体完工")
    reopen_item(actor, item.id, D(2014, 10, 8), "复核发现附属工程未完成")
    stop_item(actor, item.id, D(2014, 10, 20), "市委决定调整")
    history = state_history(item.id)
    assert [(h.from_state, h.to_state, h.day) for h in history] == [
        ("未启动", IN_PROGRESS, D(2014, 2, 10)), (IN_PROGRESS, COMPLETED, D(2014, 9, 30)),
        (COMPLETED, IN_PROGRESS, D(2014, 10, 8)), (IN_PROGRESS, STOPPED, D(2014, 10, 20))]
    assert history[1].reason == "7座桥梁主体完工" and history[0].recorded_by == actor.name
    state_audits = [a for a in _audit_rows("key_item", item.id) if a.action == "state"]
    assert len(state_audits) == 4
    assert json.loads(state_audits[-1].after)["state"] == STOPPED
    assert json.loads(state_audits[-1].before)["state"] == IN_PROGRESS
    assert len(_audit_rows("key_item_state", history[0].id)) == 1
    assert verify_chain() is None


def test_illegal_transitions_and_missing_reason_refused(db, actor, units, plan):
    from models.core.errors import WorkflowError
    from models.key_items.items import (
        KeyItemState,
        complete_item,
        reopen_item,
        save_item,
        start_item,
        stop_item,
    )

    item = save_item(actor, plan.id, _data(units))
    with pytest.raises(WorkflowError, match="不能恢复推进"):
        reopen_item(actor, item.id, D(2014, 3, 1), "理由")
    with pytest.raises(WorkflowError, match="须填写原因"):
        stop_item(actor, item.id, D(2014, 3, 1), " ")
    start_item(actor, item.id, D(2014, 3, 1))
    with pytest.raises(WorkflowError, match="不能开始推进"):
        start_item(actor, item.id, D(2014, 3, 2))
    with pytest.raises(WorkflowError, match="早于上一次状态变更"):
        complete_item(actor, item.id, D(2014, 2, 1))
    assert KeyItemState.select().count() == 1


def test_viewer_cannot_change_state(db, actor, viewer, units, plan):
    from models.core.errors import PermissionDenied
    from models.key_items.items import KeyItem, save_item, start_item

    item = save_item(actor, plan.id, _data(units))
    with pytest.raises(PermissionDenied):
        start_item(viewer, item.id, D(2014, 3, 1))
    assert KeyItem.get_by_id(item.id).state == "未启动"


def test_change_state_dispatches_to_the_one_workflow(db, actor, units, plan):
    from models.key_items.items import change_state, save_item

    item = save_item(actor, plan.id, _data(units))
    assert change_state(actor, item.id, "推进中", D(2014, 3, 1)).state == "推进中"
    assert change_state(actor, item.id, "已完成", D(2014, 9, 1)).state == "已完成"
    assert change_state(actor, item.id, "推进中", D(2014, 9, 2), "复核未通过").state == "推进中"


def test_query_items_filters_chinese_substring_and_sorts_in_sql(db, actor, units, plan):
    from models.key_items.items import query_items, save_item

    save_item(actor, plan.id, _data(units, 1))
    save_item(actor, plan.id, _data(units, 2, title="“中国绿城”提升工程", lead_unit_id=units[2], unit_ids=[],
                                    content="园林绿化", deadline=D(2014, 11, 30)))
    save_item(actor, plan.id, _data(units, 3, title="全市标准厂房建设", lead_unit_id=units[3], unit_ids=[],
                                    content="100%完成", deadline=D(2014, 6, 30)))
    titles = lambda sel: [i.number for i in sel]  # noqa: E731
    assert titles(query_items(plan.id, "绿城")) == [2]
    assert titles(query_items(plan.id, "园林局")) == [1, 2]  # responsible unit of 1, lead of 2
    assert titles(query_items(plan.id, "工信委")) == [3]
    assert titles(query_items(plan.id, "100%")) == [3]  # % is literal, not a wildcard
    assert titles(query_items(plan.id, "%")) == [3]
    assert titles(query_items(plan.id, "桥梁 交通")) == [1]
    assert titles(query_items(plan.id, "", order="deadline")) == [3, 2, 1]
    assert titles(query_items(plan.id, "", order="deadline", descending=True)) == [1, 2, 3]
    assert titles(query_items(plan.id, "", states=["推进中"])) == []
