"""追加承办单位 and 更换承办单位: which states allow them, what they write (one audited
transaction), the new unit's deadline, and what a replaced unit still answers for in
the figures, reminders, lights, calendar, dashboard, ledger and criticism candidates."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.audit import AuditLog, verify_chain
from models.core.errors import WorkflowError
from models.instructions import records as m
from models.instructions import rules as ir
from models.instructions import workflow as wf
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

D = dt.date


@pytest.fixture
def units(db, actor):
    made = [save_unit(actor, UnitData(name, short)) for name, short in (
        ("南宁市交通运输局", "市交通运输局"), ("南宁市住房和城乡建设委员会", "市住建委"),
        ("南宁市公安局", "市公安局"), ("南宁市教育局", "市教育局"))]
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    return made


def assigned(actor, units, lead_days=5):
    """Assigned on Fri 2014-09-26: the lead in 5 working days (10-09), 市住建委 by 10-20."""
    ins = wf.register(actor, m.InstructionData(
        level="市", received_on=D(2014, 9, 1), leader_name="黄振宇", text="请市交通运输局认真研究，妥善处理。",
        matter="公交线路调整"))
    wf.accept(actor, ins.id, D(2014, 9, 2))
    return wf.assign(actor, ins.id, D(2014, 9, 26), [wf.AssignmentSpec(units[0].id, days=lead_days),
                                                    wf.AssignmentSpec(units[1].id, deadline=D(2014, 10, 20))])


def in_progress(actor, units):
    ins = assigned(actor, units)
    for a in m.assignments_of(ins.id):
        wf.sign(actor, a.id, D(2014, 9, 28), "李志强")
    return m.Instruction.get_by_id(ins.id)


def kinds(ins):
    return [e.kind for e in m.timeline(ins.id)]


def audit_actions(table):
    return [r.action for r in AuditLog.select().where(AuditLog.table_name == table).order_by(AuditLog.id)]


# ---------------------------------------------------------------- 追加承办单位

def test_add_unit_gives_it_the_leads_working_days_from_the_day_it_is_added(units, actor):
    ins = in_progress(actor, units)
    before = audit_actions("instruction")
    a = wf.add_unit(actor, ins.id, D(2014, 10, 8), wf.AssignmentSpec(units[2].id), "涉及交通秩序")
    # Wed 10-08 + 5 working days: 10-09, 10-10, 10-11 (Sat, 调休 worked), 10-13, 10-14.
    assert (a.deadline, a.deadline_days, a.original_deadline) == (D(2014, 10, 14), 5, D(2014, 10, 14))
    assert (a.is_lead, a.assigned_on, a.signed_on, a.current) == (False, D(2014, 10, 8), None, True)
    ins = m.Instruction.get_by_id(ins.id)
    assert ins.state == m.IN_PROGRESS and ins.deadline == D(2014, 10, 9)  # the lead's, unchanged
    assert ins.unit_names == "市交通运输局、市住建委、市公安局" and "南宁市公安局" in ins.search
    assert kinds(ins)[-1] == "追加单位"
    assert m.timeline(ins.id)[-1].text == "追加协办：南宁市公安局，5个工作日内，即 2014-10-14 前办结。原因：涉及交通秩序"
    assert audit_actions("instruction")[len(before):] == ["add_unit"]
    assert "insert" in audit_actions("instruction_assignment")
    # The new unit signs for itself; the others are untouched.
    with pytest.raises(WorkflowError, match="尚未签收"):
        wf.report_progress(actor, a.id, D(2014, 10, 9), "已研究")
    wf.sign(actor, a.id, D(2014, 10, 9), "赵警官")
    assert verify_chain() is None


def test_add_unit_with_a_deadline_given_and_after_a_fixed_date_assignment(units, actor):
    ins = assigned(actor, units)
    a = wf.add_unit(actor, ins.id, D(2014, 10, 8), wf.AssignmentSpec(units[2].id, deadline=D(2014, 10, 31)))
    assert (a.deadline, a.deadline_days) == (D(2014, 10, 31), None)
    b = wf.add_unit(actor, ins.id, D(2014, 10, 8), wf.AssignmentSpec(units[3].id, days=2))
    assert (b.deadline, b.deadline_days) == (D(2014, 10, 10), 2)


def test_a_fixed_date_lead_deadline_is_shared_while_ahead_and_asked_for_once_past(units, actor):
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), text="研究。"))
    wf.accept(actor, ins.id, D(2014, 9, 2))
    wf.assign(actor, ins.id, D(2014, 9, 26), [wf.AssignmentSpec(units[0].id, deadline=D(2014, 10, 20))])
    a = wf.add_unit(actor, ins.id, D(2014, 10, 8), wf.AssignmentSpec(units[1].id))
    assert (a.deadline, a.deadline_days) == (D(2014, 10, 20), None)
    with pytest.raises(WorkflowError, match="原交办的办理时限 2014-10-20 已过，请为新单位填写办理时限"):
        wf.add_unit(actor, ins.id, D(2014, 10, 21), wf.AssignmentSpec(units[2].id))


@pytest.mark.parametrize("step", ["registered", "accepted", "completed", "reviewed", "reported", "stopped"])
def test_add_and_replace_are_refused_outside_handling(units, actor, step):
    ins = assigned(actor, units)
    lead = m.assignments_of(ins.id)[0]
    if step in ("registered", "accepted"):
        ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), text="研究。"))
        if step == "accepted":
            wf.accept(actor, ins.id, D(2014, 9, 2))
    elif step == "stopped":
        wf.stop(actor, ins.id, D(2014, 10, 1), "中止", "情况变化")
    else:
        for a in m.assignments_of(ins.id):
            wf.sign(actor, a.id, D(2014, 9, 28), "李志强")
        wf.complete(actor, ins.id, D(2014, 10, 8), "已办结")
        if step in ("reviewed", "reported"):
            wf.review(actor, ins.id, D(2014, 10, 9), True)
        if step == "reported":
            wf.report_back(actor, ins.id, D(2014, 10, 10))
    state = m.Instruction.get_by_id(ins.id).state
    count = m.Assignment.select().count()
    with pytest.raises(WorkflowError, match=f"“{state}”，不能追加承办单位"):
        wf.add_unit(actor, ins.id, D(2014, 10, 20), wf.AssignmentSpec(units[2].id, days=3))
    if step not in ("registered", "accepted"):
        with pytest.raises(WorkflowError, match=f"“{state}”，不能更换承办单位"):
            wf.replace_unit(actor, lead.id, D(2014, 10, 20), wf.AssignmentSpec(units[2].id, days=3), "交错单位")
    assert m.Assignment.select().count() == count
    assert wf.allowed_actions(state).count("add_unit") == 0 and "replace_unit" not in wf.allowed_actions(state)
    assert {"add_unit", "replace_unit"} <= set(wf.allowed_actions(m.ASSIGNED)) <= set(wf.ALLOWED)


def test_add_unit_refusals_write_nothing(units, actor):
    from models.reference.directory import set_unit_active

    ins = assigned(actor, units)
    set_unit_active(actor, units[3].id, False)
    audit = AuditLog.select().count()
    for spec, on, message in [
        (wf.AssignmentSpec(units[0].id, days=3), D(2014, 10, 8), "已是本件的牵头单位"),
        (wf.AssignmentSpec(units[1].id, days=3), D(2014, 10, 8), "已是本件的协办单位"),
        (wf.AssignmentSpec(units[3].id, days=3), D(2014, 10, 8), "已停用"),
        (wf.AssignmentSpec(9999, days=3), D(2014, 10, 8), "不存在"),
        (wf.AssignmentSpec(units[2].id, days=3), D(2014, 9, 25), "不能早于牵头单位的交办日期"),
        (wf.AssignmentSpec(units[2].id, deadline=D(2014, 10, 1)), D(2014, 10, 8), "早于交办日期"),
    ]:
        with pytest.raises(WorkflowError, match=message):
            wf.add_unit(actor, ins.id, on, spec)
    assert AuditLog.select().count() == audit
    assert len(m.assignments_of(ins.id)) == 2


# ---------------------------------------------------------------- 更换承办单位

def test_replacing_the_lead_keeps_its_history_and_waits_for_the_new_lead_to_sign(units, actor):
    ins = in_progress(actor, units)
    old = m.assignments_of(ins.id)[0]
    wf.remind(actor, old.id, D(2014, 10, 8), "电话")
    new = wf.replace_unit(actor, old.id, D(2014, 10, 10), wf.AssignmentSpec(units[2].id), "交办单位有误，应由公安局牵头")
    old = m.Assignment.get_by_id(old.id)
    assert (old.replaced_on, old.replaced_by_id, old.replace_reason) == (
        D(2014, 10, 10), new.id, "交办单位有误，应由公安局牵头")
    assert old.is_lead and not old.current and old.signed_on == D(2014, 9, 28) and old.reminder_count == 1
    assert m.Reminder.select().where(m.Reminder.assignment == old.id).count() == 1  # history stays
    # Fri 10-10 + 5 working days (like the lead's 交办): 10-11 (Sat, worked), 10-13 … 10-16.
    assert (new.is_lead, new.deadline, new.deadline_days, new.signed_on) == (True, D(2014, 10, 16), 5, None)
    ins = m.Instruction.get_by_id(ins.id)
    assert (ins.state, ins.deadline, ins.unit_names) == (m.ASSIGNED, D(2014, 10, 16), "市公安局、市住建委")
    assert [a.unit.short_name for a in m.current_assignments(ins.id)] == ["市公安局", "市住建委"]
    assert kinds(ins)[-1] == "更换单位"
    assert m.timeline(ins.id)[-1].text == (
        "牵头单位由南宁市交通运输局更换为南宁市公安局（原因：交办单位有误，应由公安局牵头）；南宁市公安局5个工作日内，"
        "即 2014-10-16 前办结，须签收；办结时限随牵头单位改为 2014-10-16")
    assert audit_actions("instruction_assignment")[-2:] == ["insert", "replace"]
    assert audit_actions("instruction")[-1] == "replace_unit"
    with pytest.raises(WorkflowError, match="不能办结"):
        wf.complete(actor, ins.id, D(2014, 10, 13), "完成")
    wf.sign(actor, new.id, D(2014, 10, 11), "赵警官")
    assert m.Instruction.get_by_id(ins.id).state == m.IN_PROGRESS
    assert wf.complete(actor, ins.id, D(2014, 10, 15), "已调整").state == m.COMPLETED
    assert verify_chain() is None


def test_replacing_a_co_unit_leaves_the_item_as_it_was(units, actor):
    ins = in_progress(actor, units)
    co = m.assignments_of(ins.id)[1]
    new = wf.replace_unit(actor, co.id, D(2014, 10, 8), wf.AssignmentSpec(units[3].id, days=3), "职能不符")
    assert (new.is_lead, new.deadline, new.deadline_days) == (False, D(2014, 10, 11), 3)
    ins = m.Instruction.get_by_id(ins.id)
    assert (ins.state, ins.deadline, ins.unit_names) == (m.IN_PROGRESS, D(2014, 10, 9), "市交通运输局、市教育局")


def test_a_fixed_date_unit_passes_its_date_on_while_it_is_ahead(units, actor):
    ins = assigned(actor, units)
    co = m.assignments_of(ins.id)[1]
    new = wf.replace_unit(actor, co.id, D(2014, 10, 8), wf.AssignmentSpec(units[3].id), "职能不符")
    assert (new.deadline, new.deadline_days) == (D(2014, 10, 20), None)


def test_replace_refusals_write_nothing(units, actor):
    ins = in_progress(actor, units)
    lead, co = m.assignments_of(ins.id)
    ext = wf.request_extension(actor, co.id, D(2014, 10, 8), D(2014, 10, 31), "人手不足")
    audit = AuditLog.select().count()
    for aid, spec, on, reason, message in [
        (lead.id, wf.AssignmentSpec(units[2].id), D(2014, 10, 8), " ", "请填写更换原因"),
        (lead.id, wf.AssignmentSpec(units[0].id), D(2014, 10, 8), "x", "已是本件的牵头单位"),
        (lead.id, wf.AssignmentSpec(units[1].id), D(2014, 10, 8), "x", "已是本件的协办单位"),
        (lead.id, wf.AssignmentSpec(units[2].id), D(2014, 9, 20), "x", "不能早于“南宁市交通运输局”的交办日期"),
        (co.id, wf.AssignmentSpec(units[2].id), D(2014, 10, 8), "x", "待审批的延期申请，请先审批"),
        (9999, wf.AssignmentSpec(units[2].id), D(2014, 10, 8), "x", "找不到该交办记录"),
    ]:
        with pytest.raises(WorkflowError, match=message):
            wf.replace_unit(actor, aid, on, spec, reason)
    assert AuditLog.select().count() == audit
    wf.decide_extension(actor, ext.id, D(2014, 10, 9), False)
    wf.replace_unit(actor, co.id, D(2014, 10, 9), wf.AssignmentSpec(units[2].id), "职能不符")


def test_a_replaced_unit_takes_no_further_step_and_cannot_come_back(units, actor):
    ins = in_progress(actor, units)
    old = m.assignments_of(ins.id)[0]
    wf.replace_unit(actor, old.id, D(2014, 10, 8), wf.AssignmentSpec(units[2].id), "交错单位")
    off = "已于 2014-10-08 更换为“南宁市公安局”，不再承办本件"
    for call in (lambda: wf.remind(actor, old.id, D(2014, 10, 9), "电话"),
                 lambda: wf.report_progress(actor, old.id, D(2014, 10, 9), "进展"),
                 lambda: wf.request_extension(actor, old.id, D(2014, 10, 9), D(2014, 11, 30), "延"),
                 lambda: wf.replace_unit(actor, old.id, D(2014, 10, 9), wf.AssignmentSpec(units[3].id), "再换")):
        with pytest.raises(WorkflowError, match=off):
            call()
    with pytest.raises(WorkflowError, match="曾承办本件，已于 2014-10-08 被更换"):
        wf.add_unit(actor, ins.id, D(2014, 10, 9), wf.AssignmentSpec(units[0].id))
    # 批量催办 goes to the units handling it now, not to the replaced one.
    assert wf.remind_many(actor, [ins.id], D(2014, 10, 9), "电话") == 2
    assert m.Assignment.get_by_id(old.id).reminder_count == 0


def test_a_failed_review_resets_and_a_recomputed_calendar_moves_only_current_units(units, actor):
    ins = in_progress(actor, units)
    old = m.assignments_of(ins.id)[1]
    wf.replace_unit(actor, old.id, D(2014, 9, 29), wf.AssignmentSpec(units[2].id, days=2), "职能不符")
    for a in m.current_assignments(ins.id):
        if a.signed_on is None:
            wf.sign(actor, a.id, D(2014, 9, 30), "赵警官")
    wf.complete(actor, ins.id, D(2014, 10, 8), "办结")
    wf.review(actor, ins.id, D(2014, 10, 9), False, "未到位", D(2014, 10, 24))
    assert [a.deadline for a in m.current_assignments(ins.id)] == [D(2014, 10, 24)] * 2
    assert m.Assignment.get_by_id(old.id).deadline == D(2014, 10, 20)


# ---------------------------------------------------------------- what a replaced unit answers for

def figures_by_unit(start, end, today):
    return {u: (f.due, f.completed_on_time, f.overdue, f.completed, f.reminders)
            for u, f in ir.figures_by_unit(m.load_facts(), start, end, today).items()}


def test_replaced_before_its_deadline_the_unit_is_never_late(units, actor):
    ins = in_progress(actor, units)
    old = m.assignments_of(ins.id)[0]                 # due 10-09
    wf.remind(actor, old.id, D(2014, 9, 30), "电话")
    wf.replace_unit(actor, old.id, D(2014, 10, 8), wf.AssignmentSpec(units[2].id, deadline=D(2014, 10, 24)), "交错")
    oct_ = (D(2014, 10, 1), D(2014, 10, 31))
    # On 10-28 nothing is completed: the successor is overdue, the replaced unit is not,
    # and its 10-09 deadline (after it was replaced) does not count against it.
    got = figures_by_unit(*oct_, D(2014, 10, 28))
    assert got["市交通运输局"] == (0, 0, 0, 0, 0)
    assert got["市公安局"] == (1, 0, 1, 0, 0)
    assert got["市住建委"] == (1, 0, 1, 0, 0)
    assert figures_by_unit(D(2014, 9, 1), D(2014, 10, 31), D(2014, 10, 28))["市交通运输局"][4] == 1  # its reminder
    facts = m.load_facts()
    assert ir.figures(facts, *oct_, D(2014, 10, 28)).overdue == 1  # the item, by its new lead's 10-24
    cands = ir.criticism_candidates(facts, D(2014, 10, 28), _cal(), 0, 99)
    assert sorted(c.unit for c in cands) == ["市住建委", "市公安局"]
    from models.overview.evaluation import _instruction_events

    events = [(e.unit, e.event) for e in _instruction_events(*oct_, D(2014, 10, 28))]
    assert sorted(events) == [("市住建委", "instruction_late"), ("市公安局", "instruction_late")]
    # Completed on 10-23 by the new lead: on time for it, the replaced unit gets no credit.
    for a in m.current_assignments(ins.id):
        if a.signed_on is None:
            wf.sign(actor, a.id, D(2014, 10, 9), "赵警官")
    wf.complete(actor, ins.id, D(2014, 10, 23), "已调整")
    got = figures_by_unit(*oct_, D(2014, 10, 28))
    assert got["市交通运输局"] == (0, 0, 0, 0, 0)
    assert got["市公安局"] == (1, 1, 0, 1, 0)
    assert got["市住建委"] == (1, 0, 0, 1, 0)  # its 10-20 passed before the completion


def _cal():
    from models.calendar.store import load_calendar

    return load_calendar()


def test_replaced_after_its_deadline_passed_it_is_late_only_until_replaced(units, actor):
    ins = in_progress(actor, units)
    old = m.assignments_of(ins.id)[0]                 # due Thu 10-09
    wf.replace_unit(actor, old.id, D(2014, 10, 16), wf.AssignmentSpec(units[2].id, deadline=D(2014, 11, 14)), "推诿")
    got = figures_by_unit(D(2014, 10, 1), D(2014, 10, 31), D(2014, 10, 28))
    assert got["市交通运输局"] == (1, 0, 0, 0, 0)    # due and missed, but not overdue now
    assert got["市公安局"] == (0, 0, 0, 0, 0)
    # Late from 10-09 to its replacement on 10-16: 10-10, 10-11 (Sat, worked), 10-13 … 10-16.
    late = ir.working_days_between(_cal(), D(2014, 10, 9), D(2014, 10, 16))
    assert late == 6
    cands = {c.unit: c for c in ir.criticism_candidates(m.load_facts(), D(2014, 10, 28), _cal(), late - 1, 99)}
    assert "市交通运输局" in cands and "后被更换" in cands["市交通运输局"].mishandling
    assert f"超过办理时限 {late} 个工作日后被更换（时限 2014-10-09，2014-10-16更换）" in cands["市交通运输局"].mishandling
    # A month on it is still late by the same six days: the time after it was replaced is not its.
    later = {c.unit: c for c in ir.criticism_candidates(m.load_facts(), D(2014, 11, 28), _cal(), late - 1, 99)}
    assert "超过办理时限 6 个工作日后被更换" in later["市交通运输局"].mishandling
    assert "市交通运输局" not in {c.unit for c in ir.criticism_candidates(m.load_facts(), D(2014, 11, 28), _cal(), late, 99)}
    # 绩效考评 scores the same: one missed deadline for it, none yet for its successor.
    from models.overview.evaluation import _instruction_events

    events = [(e.unit, e.event) for e in _instruction_events(D(2014, 10, 1), D(2014, 10, 31), D(2014, 10, 28))]
    assert sorted(events) == [("市交通运输局", "instruction_late"), ("市住建委", "instruction_late")]


def test_a_failed_review_counts_against_the_lead_that_held_the_matter(units, actor):
    ins = in_progress(actor, units)
    old = m.assignments_of(ins.id)[0]
    wf.complete(actor, ins.id, D(2014, 10, 8), "办结")
    wf.review(actor, ins.id, D(2014, 10, 9), False, "未到位", D(2014, 10, 31))
    new = wf.replace_unit(actor, old.id, D(2014, 10, 9), wf.AssignmentSpec(units[2].id), "办理不力")
    facts = m.load_facts([ins.id])
    by_unit = {a.unit: ir.failed_reviews_of(facts[0], a) for a in facts[0].assignments}
    assert by_unit == {"市交通运输局": 1, "市住建委": 0, "市公安局": 0}
    wf.sign(actor, new.id, D(2014, 10, 10), "赵警官")
    wf.complete(actor, ins.id, D(2014, 10, 13), "办结")
    wf.review(actor, ins.id, D(2014, 10, 14), False, "仍未到位")
    facts = m.load_facts([ins.id])
    by_unit = {a.unit: ir.failed_reviews_of(facts[0], a) for a in facts[0].assignments}
    assert by_unit == {"市交通运输局": 1, "市住建委": 0, "市公安局": 1}
    from models.overview.evaluation import _review_events

    events = sorted((e.unit, e.day) for e in _review_events(D(2014, 10, 1), D(2014, 10, 31)))
    assert events == [("市交通运输局", D(2014, 10, 9)), ("市公安局", D(2014, 10, 14))]


def test_calendar_dashboard_ledger_and_drill_down_follow_the_current_units(units, actor):
    from models.instructions.agenda import instruction_deadlines
    from models.instructions.importing import (
        EXTRA_EXPORT_HEADERS,
        LEDGER_HEADERS,
        LEDGER_WIDTHS,
        ledger_rows,
    )
    from models.overview.dashboard import build_dashboard
    from models.overview.figures import instruction_records

    ins = in_progress(actor, units)
    old = m.assignments_of(ins.id)[0]
    wf.replace_unit(actor, old.id, D(2014, 10, 8), wf.AssignmentSpec(units[2].id, deadline=D(2014, 10, 24)), "交错单位")
    entries = instruction_deadlines(D(2014, 10, 1), D(2014, 10, 31), D(2014, 10, 28))
    assert sorted((e.day, e.unit) for e in entries) == [(D(2014, 10, 20), "市住建委"), (D(2014, 10, 24), "市公安局")]
    board = build_dashboard(D(2014, 10, 28))
    assert [(e.unit, e.deadline) for e in board.overdue if e.record_type == "instruction"] == [
        ("市公安局", D(2014, 10, 24))]
    row = ledger_rows()[0]
    assert len(row) == len(LEDGER_HEADERS) + len(EXTRA_EXPORT_HEADERS) == len(LEDGER_WIDTHS)
    assert row[6] == "南宁市公安局、南宁市住房和城乡建设委员会"
    assert row[-1] == "南宁市交通运输局于2014-10-08更换为南宁市公安局（交错单位）"
    facts = m.load_facts()
    start, end, today = D(2014, 10, 1), D(2014, 10, 31), D(2014, 10, 28)
    by_unit = ir.figures_by_unit(facts, start, end, today)
    for unit in ("市交通运输局", "市公安局", "市住建委"):
        for key, value in (("due", by_unit[unit].due), ("overdue", by_unit[unit].overdue),
                           ("received", by_unit[unit].received)):
            assert len(instruction_records(facts, key, start, end, today, unit=unit)) == value, (unit, key)
    assert [r.unit for r in instruction_records(facts, "overdue", start, end, today)] == ["市公安局"]


def test_notices_and_reminders_go_to_the_units_handling_it_now(units, actor):
    from models.documents.data import notice_targets, reminder_assignments

    ins = in_progress(actor, units)
    old = m.assignments_of(ins.id)[0]
    new = wf.replace_unit(actor, old.id, D(2014, 10, 8), wf.AssignmentSpec(units[2].id), "交错单位")
    assert [a.id for a in reminder_assignments(ins.id)] == [new.id, m.assignments_of(ins.id)[2].id]
    assert [(t.unit, t.is_lead) for t in notice_targets(ins.id, D(2014, 10, 8))] == [
        ("南宁市公安局", True), ("南宁市住房和城乡建设委员会", False)]
    with pytest.raises(WorkflowError, match="没有可催办的承办单位"):
        reminder_assignments(ins.id, [old.unit_id])
