"""阶段计划: the stage rule, the item's light with its stages, the stage workflows (audited)."""
from __future__ import annotations

import datetime as dt

import pytest

from models.calendar.lights import Light
from models.calendar.workdays import WorkCalendar, build_calendar

D = dt.date
TODAY = D(2014, 10, 28)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    from models.migrations.calendar_seed import seed_rows_from_package

    return build_calendar(*seed_rows_from_package())


# ---- the rule (pure) --------------------------------------------------------------------

def test_stage_light_is_the_shared_rule_over_its_own_deadline(cal):
    from models.key_items.stages import stage_light

    assert stage_light(D(2014, 10, 27), False, False, TODAY, cal) is Light.RED
    assert stage_light(D(2014, 10, 30), False, False, TODAY, cal) is Light.YELLOW
    assert stage_light(D(2014, 12, 20), False, False, TODAY, cal) is Light.GREEN
    assert stage_light(D(2014, 10, 27), True, False, TODAY, cal) is Light.GREY  # done
    assert stage_light(D(2014, 10, 27), False, True, TODAY, cal) is Light.GREY  # the item is finished


def test_an_overdue_stage_makes_the_item_late_and_a_done_one_counts_for_nothing():
    from models.key_items.stages import item_light_with_stages

    assert item_light_with_stages(Light.GREEN, [Light.RED, Light.GREEN]) is Light.RED
    assert item_light_with_stages(Light.GREEN, [Light.YELLOW, Light.GREY]) is Light.YELLOW
    assert item_light_with_stages(Light.YELLOW, [Light.GREY, Light.GREEN]) is Light.YELLOW
    assert item_light_with_stages(Light.GREEN, [Light.GREY]) is Light.GREEN
    assert item_light_with_stages(Light.GREEN, []) is Light.GREEN
    # A completed or stopped item stays grey whatever its stages say.
    assert item_light_with_stages(Light.GREY, [Light.RED]) is Light.GREY


def test_stage_overdue():
    from models.key_items.stages import stage_overdue

    assert stage_overdue(D(2014, 10, 27), False, TODAY)
    assert not stage_overdue(D(2014, 10, 28), False, TODAY)  # due today: not yet late
    assert not stage_overdue(D(2014, 10, 27), True, TODAY)


# ---- workflows and the item's light ----------------------------------------------------

@pytest.fixture
def setup(db, actor):
    from models.key_items.items import ItemData, save_item, save_plan
    from models.key_items.progress import ProgressData, save_progress
    from models.reference.directory import UnitData, save_unit

    u = [save_unit(actor, UnitData(n, s)).id for n, s in
         [("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市交通运输局", "市交通运输局")]]
    plan = save_plan(actor, 2014)
    item = save_item(actor, plan.id, ItemData(1, "7座跨江桥梁建设", u[0], unit_ids=[u[1]],
                                              deadline=D(2014, 12, 31)))
    for unit in u:  # the third quarter reported: no missing report colours the item
        save_progress(actor, ProgressData(item.id, unit, 2014, 3, D(2014, 10, 8), "按计划推进"))
    return {"units": u, "plan": plan, "item": item}


def _stage(title="完成征地拆迁", deadline=D(2014, 9, 30), unit=None, **kw):
    from models.key_items.stages import StageData

    return StageData(title, deadline, unit, **kw)


def test_save_stage_numbers_in_order_and_is_audited(db, actor, setup):
    from models.core.audit import AuditLog
    from models.key_items.stages import save_stage, stages_of

    item, u = setup["item"], setup["units"]
    first = save_stage(actor, item.id, _stage(unit=u[0]))
    second = save_stage(actor, item.id, _stage("主桥合龙", D(2014, 12, 20), u[1]))
    assert [(s.number, s.title, s.unit.short_name) for s in stages_of(item.id)] == [
        (1, "完成征地拆迁", "市住建委"), (2, "主桥合龙", "市交通运输局")]
    rows = list(AuditLog.select().where(AuditLog.table_name == "key_item_stage").order_by(AuditLog.id))
    assert [r.record_id for r in rows] == [str(first.id), str(second.id)]
    assert "第1阶段 完成征地拆迁" in rows[0].summary


def test_stage_refusals_say_what_to_fix(db, actor, setup):
    from models.core.errors import WorkflowError
    from models.key_items.stages import KeyItemStage, save_stage

    item, u = setup["item"], setup["units"]
    with pytest.raises(WorkflowError, match="晚于事项的完成时限"):
        save_stage(actor, item.id, _stage(deadline=D(2015, 1, 10), unit=u[0]))
    with pytest.raises(WorkflowError, match="早于计划开始日期"):
        save_stage(actor, item.id, _stage(deadline=D(2013, 12, 1), unit=u[0]))
    with pytest.raises(WorkflowError, match="责任单位"):
        save_stage(actor, item.id, _stage(unit=None))
    with pytest.raises(WorkflowError, match="阶段名称"):
        save_stage(actor, item.id, _stage(title="  ", unit=u[0]))
    with pytest.raises(WorkflowError, match="完成时限"):
        save_stage(actor, item.id, _stage(deadline=None, unit=u[0]))
    save_stage(actor, item.id, _stage(unit=u[0], number=3))
    with pytest.raises(WorkflowError, match="已有第3阶段"):
        save_stage(actor, item.id, _stage("另一阶段", unit=u[0], number=3))
    assert KeyItemStage.select().count() == 1


def test_an_item_deadline_moved_before_a_stage_is_refused_and_nothing_written(db, actor, setup):
    from models.core.errors import WorkflowError
    from models.key_items.items import ItemData, KeyItem, save_item
    from models.key_items.stages import save_stage

    item, u, plan = setup["item"], setup["units"], setup["plan"]
    save_stage(actor, item.id, _stage("主桥合龙", deadline=D(2014, 11, 30), unit=u[0]))
    save_stage(actor, item.id, _stage("完成征地拆迁", deadline=D(2014, 9, 30), unit=u[0]))
    version = KeyItem.get_by_id(item.id).version

    def move(deadline):
        return save_item(actor, plan.id, ItemData(1, "7座跨江桥梁建设", u[0], unit_ids=[u[1]], deadline=deadline),
                         item_id=item.id, expected_version=KeyItem.get_by_id(item.id).version)

    with pytest.raises(WorkflowError, match="第1阶段“主桥合龙”的完成时限 2014-11-30 晚于新的完成时限 2014-11-15"):
        move(D(2014, 11, 15))
    assert KeyItem.get_by_id(item.id).deadline == D(2014, 12, 31)
    assert KeyItem.get_by_id(item.id).version == version
    # The last stage's own day, or later, is allowed.
    assert move(D(2014, 11, 30)).deadline == D(2014, 11, 30)


def test_edit_and_delete_stage_check_the_version(db, actor, setup):
    from models.core.errors import StaleRecordError
    from models.key_items.stages import KeyItemStage, delete_stage, save_stage

    item, u = setup["item"], setup["units"]
    stage = save_stage(actor, item.id, _stage(unit=u[0]))
    done = save_stage(actor, item.id, _stage(unit=u[0], done_on=D(2014, 9, 28)), stage.id, stage.version)
    assert done.number == 1 and done.done_on == D(2014, 9, 28) and done.version == stage.version + 1
    with pytest.raises(StaleRecordError):
        delete_stage(actor, stage.id, stage.version)  # the clerk saw the version before the edit
    delete_stage(actor, stage.id, done.version)
    assert KeyItemStage.select().count() == 0


def test_item_light_takes_its_stages_into_account(db, actor, setup, cal):
    from models.key_items.items import complete_item
    from models.key_items.progress import item_statuses
    from models.key_items.stages import save_stage

    item, u = setup["item"], setup["units"]
    # The item's own deadline (12-31) is far: green without stages.
    assert item_statuses([item.id], TODAY, cal, 5, 5)[item.id].light is Light.GREEN
    stage = save_stage(actor, item.id, _stage(deadline=D(2014, 10, 31), unit=u[1]))
    status = item_statuses([item.id], TODAY, cal, 5, 5)[item.id]
    assert status.light is Light.YELLOW and status.overdue_stages == ()
    stage = save_stage(actor, item.id, _stage(deadline=D(2014, 10, 20), unit=u[1]), stage.id, stage.version)
    status = item_statuses([item.id], TODAY, cal, 5, 5)[item.id]
    assert status.light is Light.RED and status.overdue_stages == (1,)
    save_stage(actor, item.id, _stage(deadline=D(2014, 10, 20), unit=u[1], done_on=D(2014, 10, 24)),
               stage.id, stage.version)
    status = item_statuses([item.id], TODAY, cal, 5, 5)[item.id]
    assert status.light is Light.GREEN and status.overdue_stages == ()
    save_stage(actor, item.id, _stage("验收", D(2014, 10, 1), u[0]))
    assert item_statuses([item.id], TODAY, cal, 5, 5)[item.id].light is Light.RED
    complete_item(actor, item.id, D(2014, 10, 27))
    status = item_statuses([item.id], TODAY, cal, 5, 5)[item.id]
    assert status.light is Light.GREY and status.overdue_stages == ()


def test_deleting_the_item_takes_its_stages_with_an_audit_row(db, actor, setup):
    from models.core.audit import AuditLog
    from models.core.workflow import delete, workflow
    from models.key_items.items import KeyItem
    from models.key_items.stages import KeyItemStage, save_stage

    item, u = setup["item"], setup["units"]
    stage = save_stage(actor, item.id, _stage(unit=u[0]))
    workflow()(lambda a: delete(a, KeyItem.get_by_id(item.id), "删除事项"))(actor)
    assert KeyItemStage.select().count() == 0
    assert AuditLog.select().where((AuditLog.table_name == "key_item_stage") & (AuditLog.action == "delete")
                                   & (AuditLog.record_id == str(stage.id))).count() == 1


# ---- the calendar ---------------------------------------------------------------------

def test_the_calendar_shows_each_stage_deadline_with_its_own_light_and_unit(db, actor, setup):
    from models.calendar import agenda
    from models.key_items.stages import save_stage

    item, u = setup["item"], setup["units"]
    save_stage(actor, item.id, _stage("完成征地拆迁", D(2014, 10, 20), u[1]))
    save_stage(actor, item.id, _stage("引桥施工", D(2014, 10, 31), u[0]))
    save_stage(actor, item.id, _stage("图纸会审", D(2014, 10, 9), u[0], done_on=D(2014, 10, 8)))
    save_stage(actor, item.id, _stage("主桥合龙", D(2014, 12, 20), u[0]))  # next month: not listed
    found = sorted((e.day, e.title, e.light, e.unit, e.state, e.record_type, e.record_id)
                   for e in agenda.entries(D(2014, 10, 1), D(2014, 10, 31), TODAY) if e.kind == "阶段时限")
    assert found == [
        (D(2014, 10, 9), "第1项第3阶段 图纸会审（7座跨江桥梁建设）", Light.GREY, "市住建委", "已完成", "key_item", item.id),
        (D(2014, 10, 20), "第1项第1阶段 完成征地拆迁（7座跨江桥梁建设）", Light.RED, "市交通运输局", "已超期",
         "key_item", item.id),
        (D(2014, 10, 31), "第1项第2阶段 引桥施工（7座跨江桥梁建设）", Light.YELLOW, "市住建委", "未完成",
         "key_item", item.id),
    ]
    # The item's own deadline entry, when in range, carries the item's light, which its stages redden.
    dec = [e for e in agenda.entries(D(2014, 12, 1), D(2014, 12, 31), TODAY) if e.kind == "重点工作期限"]
    assert [e.light for e in dec] == [Light.RED]


# ---- the ledger (no key-item quarterly 反馈表 exists yet: the stages are listed here) ----

def test_the_ledger_lists_each_stage_with_its_deadline_unit_and_light(db, actor, setup, cal):
    from models.key_items.importing import LEDGER_HEADERS, ledger
    from models.key_items.stages import save_stage

    item, u = setup["item"], setup["units"]
    save_stage(actor, item.id, _stage("完成征地拆迁", D(2014, 6, 30), u[1], done_on=D(2014, 6, 25)))
    save_stage(actor, item.id, _stage("引桥施工", D(2014, 10, 20), u[0]))
    _title, rows = ledger(2014, TODAY, cal)
    row = dict(zip(LEDGER_HEADERS, rows[0], strict=True))
    assert row["阶段计划"] == ("1. 完成征地拆迁（2014-06-30，市交通运输局，2014-06-25完成）○ 已结\n"
                           "2. 引桥施工（2014-10-20，市住建委）● 超期")
    assert row["红绿灯"] == "● 超期"  # the overdue stage makes the item late
