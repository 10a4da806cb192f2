"""网民留言: the handling steps, the weekly batch and its reply day."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from models.calendar.store import load_calendar
from models.calendar.workdays import WorkCalendar
from models.core import settings
from models.core.audit import AuditLog, verify_chain
from models.core.errors import PermissionDenied, WorkflowError
from models.core.workflow import insert, workflow
from models.messages import records as m
from models.reference.directory import UnitData, save_unit

D = dt.date


@workflow()
def _add(actor, no, posted, **kw):
    return insert(actor, m.Message, "测试留言", board_no=no, posted_at=posted,
                  title=kw.pop("title", f"留言{no}"), content=kw.pop("content", "内容"), **kw)


@pytest.fixture
def unit(db, actor):
    return save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))


@pytest.fixture
def msg(db, actor):
    return _add(actor, "3001", dt.datetime(2014, 10, 20, 9, 30), kind="投诉")


def test_full_handling_sequence_each_step_audited(actor, msg, unit):
    m.mark_read(actor, msg.id, D(2014, 10, 21), "反映公交线路调整，属交通领域")
    m.forward(actor, msg.id, unit.id, D(2014, 10, 21))
    m.receive_draft(actor, msg.id, "经核实，该线路将于11月恢复。", D(2014, 10, 23))
    m.approve_reply(actor, msg.id, "网友您好：经核实，该线路将于11月恢复。", D(2014, 10, 24))
    got = m.Message.get_by_id(msg.id)
    assert got.state == "已审核"
    assert (got.read_on, got.forwarded_on, got.draft_on, got.approved_on) == (
        D(2014, 10, 21), D(2014, 10, 21), D(2014, 10, 23), D(2014, 10, 24))
    assert got.unit_id == unit.id and got.assessment.startswith("反映公交")
    states = [json.loads(a.after).get("state") for a in AuditLog.select().where(
        (AuditLog.table_name == "message") & (AuditLog.action == "transition")).order_by(AuditLog.id)]
    assert states == ["已阅研判", "已转办", "已收到答复", "已审核"]
    assert verify_chain() is None


def test_forwarding_a_new_message_reads_it_in_the_same_step(actor, msg, unit):
    got = m.forward(actor, msg.id, unit.id, D(2014, 10, 21), "需交通局答复")
    assert got.state == "已转办" and got.read_on == D(2014, 10, 21)
    assert got.assessment == "需交通局答复"


def test_steps_out_of_order_are_refused(actor, msg, unit):
    with pytest.raises(WorkflowError, match="新留言"):
        m.receive_draft(actor, msg.id, "答复", D(2014, 10, 21))
    with pytest.raises(WorkflowError, match="转办单位"):
        m.forward(actor, msg.id, 9999, D(2014, 10, 21))
    m.mark_read(actor, msg.id, D(2014, 10, 21))
    with pytest.raises(WorkflowError, match="已阅研判"):
        m.mark_read(actor, msg.id, D(2014, 10, 21))
    with pytest.raises(WorkflowError, match="不能为空"):
        m.approve_reply(actor, msg.id, "  ", D(2014, 10, 21))
    assert m.Message.get_by_id(msg.id).state == "已阅研判"


def test_decline_needs_a_reason_and_closes(actor, msg):
    with pytest.raises(WorkflowError, match="原因"):
        m.decline(actor, msg.id, " ", D(2014, 10, 21))
    m.decline(actor, msg.id, "重复留言（同 3000）", D(2014, 10, 21))
    got = m.Message.get_by_id(msg.id)
    assert got.state == "不予回复" and got.declined_on == D(2014, 10, 21)
    with pytest.raises(WorkflowError):
        m.mark_read(actor, msg.id, D(2014, 10, 22))


def test_return_draft_sends_back_to_unit(actor, msg, unit):
    m.forward(actor, msg.id, unit.id, D(2014, 10, 21))
    m.receive_draft(actor, msg.id, "草稿", D(2014, 10, 22))
    m.approve_reply(actor, msg.id, "定稿", D(2014, 10, 22))
    m.return_draft(actor, msg.id, "未答到点子上")
    got = m.Message.get_by_id(msg.id)
    assert got.state == "已转办" and got.approved_reply == "" and got.approved_on is None


def test_viewer_cannot_read(viewer, msg):
    with pytest.raises(PermissionDenied):
        m.mark_read(viewer, msg.id, D(2014, 10, 21))


def test_unread_is_oldest_first(actor, db):
    _add(actor, "B", dt.datetime(2014, 10, 27, 8, 0))
    _add(actor, "A", dt.datetime(2014, 10, 26, 23, 0))
    _add(actor, "C", dt.datetime(2014, 10, 27, 8, 0))
    assert [x.board_no for x in m.unread()] == ["A", "B", "C"]
    assert m.unread_count() == 3


def test_reply_day_friday_and_holiday_moves_back():
    cal = WorkCalendar({D(2014, 10, 3): False, D(2014, 10, 2): False, D(2014, 10, 1): False,
                        D(2014, 9, 30): True}, frozenset({2014}))
    assert m.reply_day(cal, D(2014, 10, 28)) == D(2014, 10, 31)
    # National Day week: Friday 3 Oct is a holiday, so are 1–2 Oct; back to Tuesday 30 Sep.
    assert m.reply_day(cal, D(2014, 10, 1)) == D(2014, 9, 30)
    assert m.reply_day(cal, D(2014, 10, 28), weekday=3) == D(2014, 10, 29)


def test_reply_day_uses_the_stored_official_calendar(db):
    cal = load_calendar()
    assert m.reply_day(cal, D(2014, 10, 2)) == D(2014, 9, 30)


def _approved(actor, unit, no, posted, approved_on):
    x = _add(actor, no, posted)
    m.forward(actor, x.id, unit.id, approved_on)
    m.receive_draft(actor, x.id, f"答复{no}", approved_on)
    return m.approve_reply(actor, x.id, f"网友您好：答复{no}", approved_on)


def test_gather_and_publish_batch_in_one_transaction(actor, unit, db):
    cal = load_calendar()
    a = _approved(actor, unit, "5001", dt.datetime(2014, 10, 20, 8), D(2014, 10, 27))
    b = _approved(actor, unit, "5002", dt.datetime(2014, 10, 21, 8), D(2014, 10, 28))
    late = _approved(actor, unit, "5003", dt.datetime(2014, 10, 21, 9), D(2014, 11, 3))
    batch = m.gather_batch(actor, D(2014, 10, 28), cal, weekday=5)
    assert batch.week_start == D(2014, 10, 27) and batch.reply_day == D(2014, 10, 31)
    lines = m.batch_lines(batch.id)
    assert [ln.board_no for ln in lines] == ["5001", "5002"]
    assert lines[0].reply == "网友您好：答复5001" and lines[0].unit == "南宁市交通运输局"
    # gathering again adds nothing twice
    assert len(m.batch_lines(m.gather_batch(actor, D(2014, 10, 29), cal, 5).id)) == 2
    m.remove_from_batch(actor, b.id)
    assert [ln.board_no for ln in m.batch_lines(batch.id)] == ["5001"]
    m.gather_batch(actor, D(2014, 10, 30), cal, 5)
    assert m.publish_batch(actor, batch.id, D(2014, 10, 31)) == 2
    for x in (a, b):
        got = m.Message.get_by_id(x.id)
        assert got.state == "已回复" and got.replied_on == D(2014, 10, 31)
    assert m.Message.get_by_id(late.id).state == "已审核"
    with pytest.raises(WorkflowError, match="已于"):
        m.publish_batch(actor, batch.id, D(2014, 10, 31))
    with pytest.raises(WorkflowError, match="不能再加入"):
        m.gather_batch(actor, D(2014, 10, 28), cal, 5)


def test_publish_is_all_or_nothing(actor, unit, db):
    cal = load_calendar()
    a = _approved(actor, unit, "6001", dt.datetime(2014, 10, 20, 8), D(2014, 10, 27))
    b = _approved(actor, unit, "6002", dt.datetime(2014, 10, 20, 9), D(2014, 10, 27))
    batch = m.gather_batch(actor, D(2014, 10, 28), cal, 5)
    # Another window sent b back behind the batch's back (directly in SQL).
    m.Message.update(state="已转办").where(m.Message.id == b.id).execute()
    with pytest.raises(WorkflowError, match="6002"):
        m.publish_batch(actor, batch.id, D(2014, 10, 31))
    assert m.Message.get_by_id(a.id).state == "已审核"
    assert m.ReplyBatch.get_by_id(batch.id).state == "待发布"


def test_reply_weekday_is_a_setting(actor, unit, db):
    settings.set_value(actor, "messages.reply_weekday", 3)
    batch = m.gather_batch(actor, D(2014, 10, 28), load_calendar())
    assert batch.reply_day == D(2014, 10, 29)
    with pytest.raises(WorkflowError):
        settings.set_value(actor, "messages.reply_weekday", 8)


def test_search_filters_in_sql(actor, unit, db):
    _add(actor, "7001", dt.datetime(2014, 5, 1, 8), title="朝阳路拆迁补偿问题", kind="投诉")
    _add(actor, "7002", dt.datetime(2014, 5, 2, 8), title="孩子入学咨询", kind="咨询")
    assert [x.board_no for x in m.search("拆迁")] == ["7001"]
    assert [x.board_no for x in m.search(kind="咨询")] == ["7002"]
    assert m.search_count() == 2 and m.search_count(state="已回复") == 0
    assert [x.board_no for x in m.search()] == ["7002", "7001"]


def test_stats_section_counts(actor, unit, db):
    cal = load_calendar()
    _approved(actor, unit, "8001", dt.datetime(2014, 10, 1, 8), D(2014, 10, 27))
    _add(actor, "8002", dt.datetime(2014, 9, 1, 8))
    _add(actor, "8003", dt.datetime(2013, 12, 1, 8))
    batch = m.gather_batch(actor, D(2014, 10, 28), cal, 5)
    m.publish_batch(actor, batch.id, D(2014, 10, 28))
    s = m.stats_section(D(2014, 1, 1), D(2014, 12, 31), D(2014, 10, 28))
    assert s == {"received": 2, "replied": 1, "reply_rate": 0.5, "overdue": 2}
