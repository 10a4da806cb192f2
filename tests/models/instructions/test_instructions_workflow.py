"""Every legal and illegal transition of a leader's instruction."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.audit import AuditLog, verify_chain
from models.core.db import on_server
from models.core.errors import PermissionDenied, WorkflowError
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

D = dt.date


@pytest.fixture
def units(db, actor):
    lead = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))
    co = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    save_leader(actor, LeaderData("韦自强", "自治区党委书记", "自治区"))
    return lead, co


def data(**kw):
    base = dict(level="市", received_on=D(2014, 9, 1), leader_name="黄振宇",
                instructed_on=D(2014, 8, 30), source_title="关于公交线路调整的来信",
                text="请市交通运输局认真研究，妥善处理，结果报我。", matter="公交线路调整")
    base.update(kw)
    return m.InstructionData(**base)


def registered(actor):
    return wf.register(actor, data())


def assigned(actor, units, days=5):
    ins = registered(actor)
    wf.accept(actor, ins.id, D(2014, 9, 2))
    return wf.assign(actor, ins.id, D(2014, 9, 26), [wf.AssignmentSpec(units[0].id, days=days),
                                                    wf.AssignmentSpec(units[1].id, deadline=D(2014, 10, 20))])


def in_progress(actor, units):
    ins = assigned(actor, units)
    for a in m.assignments_of(ins.id):
        wf.sign(actor, a.id, D(2014, 9, 28), "李志强")
    return m.Instruction.get_by_id(ins.id)


def completed(actor, units):
    ins = in_progress(actor, units)
    return wf.complete(actor, ins.id, D(2014, 10, 9), "线路已调整并公示。")


def test_register_generates_numbers_unique_per_year(units, actor):
    a = wf.register(actor, data())
    b = wf.register(actor, data())
    c = wf.register(actor, data(received_on=D(2015, 1, 5)))
    assert (a.number, b.number, c.number) == ("督〔2014〕1号", "督〔2014〕2号", "督〔2015〕1号")
    assert a.state == m.REGISTERED and a.leader.name == "黄振宇"
    assert [e.kind for e in m.timeline(a.id)] == ["登记"]


def test_register_follows_the_office_pattern_setting(units, actor):
    from models.core import settings

    settings.set_value(actor, "instructions.number_pattern", "南督字〔{year}〕第{n}号")
    assert wf.register(actor, data()).number == "南督字〔2014〕第1号"


def test_register_takes_a_given_number_and_continues_after_it(units, actor):
    a = wf.register(actor, data(number="督〔2014〕35号"))
    assert (a.number_year, a.number_seq) == (2014, 35)
    assert wf.register(actor, data()).number == "督〔2014〕36号"
    with pytest.raises(WorkflowError, match="已被使用"):
        wf.register(actor, data(number="督〔2014〕35号"))


@pytest.mark.parametrize("kw, message", [
    (dict(text="  "), "批示内容不能为空"),
    (dict(level="省"), "领导层级"),
    (dict(leader_name="韦自强"), "与所填层级"),
    (dict(instructed_on=D(2014, 9, 5)), "不能晚于登记日期"),
    (dict(urgency="很急"), "缓急程度"),
])
def test_register_refuses_bad_data(units, actor, kw, message):
    with pytest.raises(WorkflowError, match=message):
        wf.register(actor, data(**kw))
    assert m.Instruction.select().count() == 0


def test_viewer_may_not_register(units, viewer):
    with pytest.raises(PermissionDenied):
        wf.register(viewer, data())


def test_accept_and_reject(units, actor):
    a = registered(actor)
    a = wf.accept(actor, a.id, D(2014, 9, 2))
    assert a.state == m.ACCEPTED and a.accepted_on == D(2014, 9, 2)
    b = registered(actor)
    with pytest.raises(WorkflowError, match="理由"):
        wf.reject(actor, b.id, D(2014, 9, 2), " ")
    b = wf.reject(actor, b.id, D(2014, 9, 2), "属信访事项，转信访部门")
    assert b.state == m.REJECTED and b.decision_reason == "属信访事项，转信访部门"
    with pytest.raises(WorkflowError, match="当前状态为“不立项”，不能立项"):
        wf.accept(actor, b.id, D(2014, 9, 3))
    with pytest.raises(WorkflowError, match="不能早于登记日期"):
        wf.accept(actor, registered(actor).id, D(2014, 8, 1))


def test_assign_over_national_day_holiday(units, actor):
    ins = assigned(actor, units, days=5)
    lead, co = m.assignments_of(ins.id)
    # 2014-09-26 (Fri) + 5 working days: 9-28 (Sun) is a 调休 working day, 10-1..10-7 are
    # the National Day holiday and 10-11 (Sat) is worked: 9-28, 9-29, 9-30, 10-8, 10-9.
    assert lead.is_lead and lead.deadline == D(2014, 10, 9) and lead.deadline_days == 5
    assert not lead.provisional
    assert co.deadline == D(2014, 10, 20) and not co.is_lead
    assert ins.state == m.ASSIGNED and ins.deadline == D(2014, 10, 9)
    assert ins.unit_names == "市交通运输局、市住建委"
    assert "南宁市住房和城乡建设委员会" in ins.search


def test_assign_refusals(units, actor):
    ins = registered(actor)
    with pytest.raises(WorkflowError, match="不能交办。请先立项"):
        wf.assign(actor, ins.id, D(2014, 9, 3), [wf.AssignmentSpec(units[0].id, days=5)])
    wf.accept(actor, ins.id, D(2014, 9, 2))
    for specs, message in [
        ([], "牵头单位"),
        ([wf.AssignmentSpec(units[0].id)], "请填写办理时限"),
        ([wf.AssignmentSpec(units[0].id, days=0)], "至少为 1"),
        ([wf.AssignmentSpec(units[0].id, days=3, deadline=D(2014, 10, 1))], "二选一"),
        ([wf.AssignmentSpec(units[0].id, deadline=D(2014, 9, 1))], "早于交办日期"),
        ([wf.AssignmentSpec(units[0].id, days=3), wf.AssignmentSpec(units[0].id, days=3)], "重复"),
        ([wf.AssignmentSpec(9999, days=3)], "不存在"),
    ]:
        with pytest.raises(WorkflowError, match=message):
            wf.assign(actor, ins.id, D(2014, 9, 3), specs)
    assert m.Assignment.select().count() == 0
    assert m.Instruction.get_by_id(ins.id).state == m.ACCEPTED


def test_assign_into_a_year_without_calendar_is_provisional(units, actor):
    from models.calendar.store import CalendarYear

    CalendarYear.delete().where(CalendarYear.year == 2015).execute()
    ins = registered(actor)
    wf.accept(actor, ins.id, D(2014, 9, 2))
    ins = wf.assign(actor, ins.id, D(2014, 12, 24), [wf.AssignmentSpec(units[0].id, days=10)])
    assert ins.deadline_provisional and m.assignments_of(ins.id)[0].provisional


def test_sign_starts_handling_only_for_the_lead_unit(units, actor):
    ins = assigned(actor, units)
    lead, co = m.assignments_of(ins.id)
    with pytest.raises(WorkflowError, match="尚未签收"):
        wf.report_progress(actor, co.id, D(2014, 9, 29), "已研究")
    wf.sign(actor, co.id, D(2014, 9, 28), "王建华")
    assert m.Instruction.get_by_id(ins.id).state == m.ASSIGNED
    with pytest.raises(WorkflowError, match="不能办结"):
        wf.complete(actor, ins.id, D(2014, 10, 1), "完成")
    with pytest.raises(WorkflowError, match="签收人"):
        wf.sign(actor, lead.id, D(2014, 9, 28), "")
    with pytest.raises(WorkflowError, match="不能早于交办日期"):
        wf.sign(actor, lead.id, D(2014, 9, 1), "李志强")
    wf.sign(actor, lead.id, D(2014, 9, 28), "李志强")
    assert m.Instruction.get_by_id(ins.id).state == m.IN_PROGRESS
    with pytest.raises(WorkflowError, match="无需重复签收"):
        wf.sign(actor, lead.id, D(2014, 9, 29), "李志强")


def test_progress_and_reminders_are_counted(units, actor):
    ins = in_progress(actor, units)
    lead, co = m.assignments_of(ins.id)
    wf.report_progress(actor, lead.id, D(2014, 9, 30), "已完成线路调研。")
    wf.remind(actor, lead.id, D(2014, 10, 8), "电话", "请加快进度")
    wf.remind(actor, lead.id, D(2014, 10, 9), "书面")
    with pytest.raises(WorkflowError, match="催办方式"):
        wf.remind(actor, lead.id, D(2014, 10, 9), "飞鸽")
    assert m.Assignment.get_by_id(lead.id).reminder_count == 2
    assert m.Instruction.get_by_id(ins.id).reminder_count == 2
    n = wf.remind_many(actor, [ins.id], D(2014, 10, 10), "短信", "请于本周内报结果")
    assert n == 2 and m.Instruction.get_by_id(ins.id).reminder_count == 4
    kinds = [e.kind for e in m.timeline(ins.id)]
    assert kinds.count("催办") == 4 and "进展" in kinds


def test_batch_reminder_is_all_or_nothing(units, actor):
    ok = in_progress(actor, units)
    pending = registered(actor)
    with pytest.raises(WorkflowError, match="不能催办"):
        wf.remind_many(actor, [ok.id, pending.id], D(2014, 10, 10), "电话")
    assert m.Reminder.select().count() == 0
    with pytest.raises(WorkflowError, match="请先在列表中选择"):
        wf.remind_many(actor, [], D(2014, 10, 10), "电话")


def test_extension_approved_moves_the_deadline_and_is_remembered(units, actor):
    ins = in_progress(actor, units)
    lead = m.assignments_of(ins.id)[0]
    with pytest.raises(WorkflowError, match="须晚于现有时限"):
        wf.request_extension(actor, lead.id, D(2014, 10, 8), D(2014, 10, 9), "需协调")
    ext = wf.request_extension(actor, lead.id, D(2014, 10, 8), D(2014, 10, 31), "涉及多部门协调")
    with pytest.raises(WorkflowError, match="待审批"):
        wf.request_extension(actor, lead.id, D(2014, 10, 8), D(2014, 11, 5), "再延")
    ext = wf.decide_extension(actor, ext.id, D(2014, 10, 9), True, "同意")
    assert ext.decision == m.EXT_APPROVED and ext.old_deadline == D(2014, 10, 9)
    assert m.Assignment.get_by_id(lead.id).deadline == D(2014, 10, 31)
    assert m.Assignment.get_by_id(lead.id).original_deadline == D(2014, 10, 9)
    assert m.Instruction.get_by_id(ins.id).deadline == D(2014, 10, 31)
    with pytest.raises(WorkflowError, match="不能重复审批"):
        wf.decide_extension(actor, ext.id, D(2014, 10, 9), False)


def test_extension_refused_keeps_the_deadline(units, actor):
    ins = in_progress(actor, units)
    co = m.assignments_of(ins.id)[1]
    ext = wf.request_extension(actor, co.id, D(2014, 10, 8), D(2014, 10, 31), "人手不足")
    wf.decide_extension(actor, ext.id, D(2014, 10, 9), False, "理由不充分")
    assert m.Assignment.get_by_id(co.id).deadline == D(2014, 10, 20)
    assert m.Instruction.get_by_id(ins.id).deadline == D(2014, 10, 9)


def test_complete_review_fail_complete_again_pass_report(units, actor):
    ins = completed(actor, units)
    assert ins.state == m.COMPLETED and ins.completed_on == D(2014, 10, 9)
    with pytest.raises(WorkflowError, match="原因"):
        wf.review(actor, ins.id, D(2014, 10, 10), False, "")
    with pytest.raises(WorkflowError, match="不能报结。请先进行回访复核"):
        wf.report_back(actor, ins.id, D(2014, 10, 10))
    ins = wf.review(actor, ins.id, D(2014, 10, 10), False, "群众反映仍未调整到位", D(2014, 10, 24))
    assert ins.state == m.IN_PROGRESS and ins.completed_on is None and ins.deadline == D(2014, 10, 24)
    assert all(a.deadline == D(2014, 10, 24) for a in m.assignments_of(ins.id))
    ins = wf.complete(actor, ins.id, D(2014, 10, 22), "已全部调整到位。")
    ins = wf.review(actor, ins.id, D(2014, 10, 23), True, "实地回访属实")
    assert ins.state == m.REVIEWED and ins.review_result == "通过"
    ins = wf.report_back(actor, ins.id, D(2014, 10, 24), "已书面报黄振宇书记")
    assert ins.state == m.REPORTED and ins.reported_on == D(2014, 10, 24)
    kinds = [e.kind for e in m.timeline(ins.id)]
    assert kinds == ["登记", "立项", "交办", "交办", "签收", "签收", "办结", "复核不通过", "办结",
                     "复核通过", "报结"]
    assert verify_chain() is None


def test_failed_review_keeping_the_deadline(units, actor):
    ins = completed(actor, units)
    ins = wf.review(actor, ins.id, D(2014, 10, 10), False, "材料不全")
    assert ins.deadline == D(2014, 10, 9) and ins.state == m.IN_PROGRESS
    with pytest.raises(WorkflowError, match="须晚于复核日期"):
        wf.review(actor, wf.complete(actor, ins.id, D(2014, 10, 11), "补齐").id, D(2014, 10, 12),
                  False, "仍不全", D(2014, 10, 12))


def test_stop_and_cancel(units, actor):
    a = in_progress(actor, units)
    with pytest.raises(WorkflowError, match="中止”或“撤销"):
        wf.stop(actor, a.id, D(2014, 10, 1), "暂停", "x")
    a = wf.stop(actor, a.id, D(2014, 10, 1), "中止", "领导指示暂缓")
    assert a.state == m.SUSPENDED and a.queue_rank == 3
    b = wf.stop(actor, registered(actor).id, D(2014, 10, 1), "撤销", "重复登记")
    assert b.state == m.CANCELLED
    for fn in (lambda: wf.accept(actor, b.id, D(2014, 10, 2)),
               lambda: wf.remind(actor, m.assignments_of(a.id)[0].id, D(2014, 10, 2), "电话"),
               lambda: wf.stop(actor, a.id, D(2014, 10, 2), "撤销", "x")):
        with pytest.raises(WorkflowError, match="流程已结束"):
            fn()
    c = completed(actor, units)
    with pytest.raises(WorkflowError, match="不能中止/撤销"):
        wf.stop(actor, c.id, D(2014, 10, 11), "撤销", "x")


def test_edit_keeps_number_state_and_history(units, actor):
    ins = in_progress(actor, units)
    fresh = wf.edit(actor, ins.id, data(matter="公交线路优化调整"), ins.version)
    assert fresh.matter == "公交线路优化调整" and fresh.number == ins.number and fresh.state == m.IN_PROGRESS
    assert "公交线路优化调整" in fresh.search and "市交通运输局" in fresh.search
    from models.core.errors import StaleRecordError

    with pytest.raises(StaleRecordError):
        wf.edit(actor, ins.id, data(matter="x"), ins.version)


def test_a_stale_save_names_who_changed_the_record_and_shows_both_values(units, actor):
    """Two clerks edit the same instruction: the second save is refused, naming the first
    clerk and when, and each field where the two differ (now / what was being saved)."""
    import dataclasses

    from models.core.errors import StaleRecordError

    ins = in_progress(actor, units)
    colleague = dataclasses.replace(actor, name="张三")
    wf.edit(colleague, ins.id, data(matter="公交线路优化调整"), ins.version)
    with pytest.raises(StaleRecordError) as refused:
        wf.edit(actor, ins.id, data(matter="公交站点增设方案"), ins.version)
    text = refused.value.message
    assert "已被“张三”于 " in text and f"您打开时为第 {ins.version} 版" in text
    assert "· 事项：现在为“公交线路优化调整”，您要保存为“公交站点增设方案”" in text
    assert "您填写的内容仍在表单中" in text
    assert m.Instruction.get_by_id(ins.id).matter == "公交线路优化调整"  # nothing of the stale save written
    # Without accounts the name alone would read as the clerk at this computer.
    from models.core.actors import LOCAL_ACTOR

    fresh = m.Instruction.get_by_id(ins.id)
    wf.edit(dataclasses.replace(actor, name=LOCAL_ACTOR.name), ins.id, data(matter="公交线路再调整"), fresh.version)
    with pytest.raises(StaleRecordError, match="已被另一个窗口或另一台电脑上的“本机用户”于 "):
        wf.edit(actor, ins.id, data(matter="x"), fresh.version)


def test_every_illegal_transition_is_refused_by_state(units, actor):
    """For every state, each action outside ALLOWED raises, and allowed_actions agrees."""
    for state in m.STATES:
        acts = wf.allowed_actions(state, unsigned=True, pending_extension=True, signed=True)
        assert acts == [a for a, states in wf.ALLOWED.items() if state in states]
    assert wf.allowed_actions(m.REGISTERED) == ["edit", "accept", "reject", "stop", "attach"]
    assert "sign" not in wf.allowed_actions(m.IN_PROGRESS, unsigned=False)
    assert "decide_extension" not in wf.allowed_actions(m.IN_PROGRESS)
    assert wf.allowed_actions(m.REPORTED) == ["attach"]
    ins = registered(actor)
    calls = {
        "complete": lambda: wf.complete(actor, ins.id, D(2014, 10, 1), "x"),
        "review": lambda: wf.review(actor, ins.id, D(2014, 10, 1), True),
        "report_back": lambda: wf.report_back(actor, ins.id, D(2014, 10, 1)),
        "assign": lambda: wf.assign(actor, ins.id, D(2014, 10, 1), [wf.AssignmentSpec(units[0].id, days=1)]),
    }
    for name, call in calls.items():
        with pytest.raises(WorkflowError, match=f"不能{wf.ACTION_LABELS[name]}"):
            call()
    assert [e.kind for e in m.timeline(ins.id)] == ["登记"]


def test_each_step_is_audited(units, actor):
    before = AuditLog.select().count()
    completed(actor, units)
    assert AuditLog.select().count() > before
    assert AuditLog.select().where(AuditLog.action == "complete").count() == 1


def test_attachment_is_copied_with_checksum_and_survives_edit(units, actor, tmp_path):
    if on_server():
        pytest.skip("a file's attachments folder; on the server the content is kept in the database "
                    "(tests/models/core/test_file_store.py)")
    ins = registered(actor)
    scan = tmp_path / "批示原件.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    store = tmp_path / "attachments"
    att = wf.add_attachment(actor, ins.id, scan, store, D(2014, 9, 1), "扫描件")
    assert (store / att.stored_name).read_bytes() == b"%PDF-1.4 scanned"
    assert wf.verify_attachment(att, store)
    with pytest.raises(WorkflowError, match="已是本件的附件"):
        wf.add_attachment(actor, ins.id, scan, store, D(2014, 9, 1))
    wf.edit(actor, ins.id, data(matter="新事由"))
    assert m.Attachment.select().count() == 1 and wf.verify_attachment(att, store)
    (store / att.stored_name).write_bytes(b"tampered")
    assert not wf.verify_attachment(att, store)
