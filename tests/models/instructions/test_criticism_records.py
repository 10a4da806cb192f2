"""Criticism notice records after they are made: listed, a draft's text edited (audited),
an issued one refused."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.audit import AuditLog
from models.core.errors import StaleRecordError, WorkflowError
from models.instructions import criticism as c

D = dt.date


def _notice(actor, today):
    pick = [x for x in c.current_candidates(today) if x.unit in ("西乡塘区",)]
    return c.create_criticism(actor, pick, today, D(2014, 11, 10), "11月10日前办结。")


def test_records_list_units_and_matters(demo_db, actor, today):
    before = len(c.criticism_records())
    notice = _notice(actor, today)
    rows = c.criticism_records()
    assert len(rows) == before + 1
    rec, units, n = next(r for r in rows if r[0].id == notice.id)
    assert units == ["西乡塘区"] and n == 1 and rec.state == c.DRAFT


def test_update_a_draft_is_audited(demo_db, actor, today):
    notice = _notice(actor, today)
    audits = AuditLog.select().count()
    new = c.update_criticism(actor, notice.id, notice.version, title="关于对西乡塘区的通报",
                             requirement="11月20日前办结并书面检查。", required_by=D(2014, 11, 20),
                             main_to="各城区人民政府", copy_to="市委、市政府领导")
    assert (new.title, new.required_by, new.main_to, new.copy_to) == (
        "关于对西乡塘区的通报", D(2014, 11, 20), "各城区人民政府", "市委、市政府领导")
    assert new.version == notice.version + 1
    rows = list(AuditLog.select().where((AuditLog.table_name == "criticism")
                                        & (AuditLog.record_id == str(notice.id))).order_by(AuditLog.id))
    assert AuditLog.select().count() == audits + 1 and "修改通报批评" in rows[-1].summary
    assert "西乡塘区的通报" in rows[-1].after
    with pytest.raises(StaleRecordError):
        c.update_criticism(actor, notice.id, notice.version, title="x", requirement="y",
                           required_by=D(2014, 11, 20), main_to="z")


@pytest.mark.parametrize("field, value, message", [
    ("title", " ", "通报标题"), ("requirement", "", "整改要求"), ("main_to", " ", "主送"),
    ("required_by", D(2014, 10, 28), "整改期限须晚于"),
])
def test_update_refuses_bad_text(demo_db, actor, today, field, value, message):
    notice = _notice(actor, today)
    values = {"title": "标题", "requirement": "要求", "required_by": D(2014, 11, 20), "main_to": "主送单位"}
    values[field] = value
    with pytest.raises(WorkflowError, match=message):
        c.update_criticism(actor, notice.id, None, **values)
    assert c.Criticism.get_by_id(notice.id).title == notice.title


def test_an_issued_notice_cannot_be_edited(demo_db, actor, today):
    notice = _notice(actor, today)
    c.issue_criticism(actor, notice.id, D(2014, 10, 29))
    with pytest.raises(WorkflowError, match="已于 2014-10-29 印发，不能再修改"):
        c.update_criticism(actor, notice.id, None, title="改", requirement="改", required_by=D(2014, 12, 1),
                           main_to="改")
    assert c.Criticism.get_by_id(notice.id).title == notice.title


def test_a_viewer_cannot_edit(demo_db, actor, viewer, today):
    from models.core.errors import UserError

    notice = _notice(actor, today)
    with pytest.raises(UserError):
        c.update_criticism(viewer, notice.id, None, title="改", requirement="改", required_by=D(2014, 12, 1),
                           main_to="改")
