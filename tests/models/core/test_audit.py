"""Every write through a workflow is audited in the same transaction."""
from __future__ import annotations

import json

import pytest

from models.core import audit, settings
from models.core.errors import PermissionDenied, StaleRecordError, WorkflowError
from models.core.workflow import insert, workflow
from models.reference.directory import Unit, UnitData, save_unit, set_unit_active


def _written():
    """The log's rows after the baseline a new file starts with (its seeded calendar)."""
    return audit.AuditLog.select().where(audit.AuditLog.action != "baseline").order_by(audit.AuditLog.id)


def test_insert_and_update_are_audited_with_before_and_after(db, actor):
    u = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "住建委", phone="0771-1"), u.id, u.version)
    rows = list(_written())
    assert [r.action for r in rows] == ["insert", "update"]
    assert rows[0].actor == actor.name and rows[0].table_name == "unit" and rows[0].record_id == str(u.id)
    assert json.loads(rows[1].before) == {"short_name": "市住建委", "phone": "", "version": 1,
                                          "initials": "nnszfhcxjswyh szjw"}
    assert json.loads(rows[1].after)["short_name"] == "住建委"
    assert audit.verify_chain() is None


def test_a_failed_workflow_leaves_neither_record_nor_audit(db, actor):
    @workflow()
    def add_two(actor_, first, second):
        insert(actor_, Unit, name=first)
        insert(actor_, Unit, name=second)

    with pytest.raises(WorkflowError, match="重复"):
        add_two(actor, "甲单位", "甲单位")
    assert Unit.select().count() == 0
    assert _written().count() == 0
    assert audit.verify_chain() is None


def test_exception_after_the_audit_row_rolls_back_both(db, actor):
    @workflow()
    def add_then_fail(actor_):
        insert(actor_, Unit, name="乙单位")
        raise WorkflowError("业务规则拒绝")

    with pytest.raises(WorkflowError):
        add_then_fail(actor)
    assert Unit.select().count() == 0 and _written().count() == 0


def test_stale_form_is_refused_with_both_versions(db, actor):
    u = save_unit(actor, UnitData("市交通运输局"))
    save_unit(actor, UnitData("市交通运输局", "交通局"), u.id, 1)
    with pytest.raises(StaleRecordError) as info:
        save_unit(actor, UnitData("市交通运输局", "运输局"), u.id, 1)
    assert info.value.theirs["short_name"] == "交通局"
    assert info.value.mine["short_name"] == "运输局"
    assert Unit.get_by_id(u.id).short_name == "交通局"


def test_viewer_is_refused_by_the_workflow_itself(db, viewer, clerk):
    with pytest.raises(PermissionDenied, match="查阅"):
        save_unit(viewer, UnitData("市财政局"))
    u = save_unit(clerk, UnitData("市财政局"))
    with pytest.raises(PermissionDenied):
        set_unit_active(viewer, u.id, False)
    with pytest.raises(PermissionDenied, match="管理员"):
        settings.set_value(clerk, "lights.yellow_days", 3)


def test_tampering_with_the_log_is_detected(db, actor):
    for name in ("甲", "乙", "丙"):
        save_unit(actor, UnitData(name + "单位"))
    first, second, third = (r.id for r in _written())
    assert audit.verify_chain() is None
    db.execute_sql("UPDATE audit_log SET actor = '某人' WHERE id = ?", (second,))
    assert audit.verify_chain().audit_id == second
    db.execute_sql("UPDATE audit_log SET actor = ? WHERE id = ?", (actor.name, second))
    assert audit.verify_chain() is None
    db.execute_sql("DELETE FROM audit_log WHERE id = ?", (third,))
    assert audit.verify_chain() is not None


def test_settings_have_defaults_and_audited_changes(db, actor):
    assert settings.get("lights.yellow_days") == 5
    settings.set_value(actor, "lights.yellow_days", "7")
    assert settings.get("lights.yellow_days") == 7
    with pytest.raises(WorkflowError, match="整数"):
        settings.set_value(actor, "lights.yellow_days", "七")
    assert audit.AuditLog.select().where(audit.AuditLog.table_name == "setting").count() == 1
