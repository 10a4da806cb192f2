"""Who has not answered: the due dates of each 反馈表 sent, missing (缺报) and late (迟报)
answers as pure rules, their record when forms are made, and the 催办 for the silent."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.calendar.workdays import WorkCalendar
from models.core.audit import AuditLog
from models.core.errors import WorkflowError
from models.instructions import feedback as fb
from models.instructions import feedback_due as due
from models.instructions import records as m
from models.instructions import rules as ir
from models.instructions import workflow as wf
from models.reference.directory import UnitData, save_unit

D = dt.date
PLAIN = WorkCalendar()  # Mon–Fri, no holidays


# ---------------------------------------------------------------- the rules (pure)

def test_a_jiaoban_form_is_due_for_signoff_and_by_the_deadline_a_cuiban_form_by_its_reply_day():
    # Monday 3 Nov: 签收 within 2 working days → Wed 5 Nov; the report by the deadline.
    assert ir.form_due_dates("交办", PLAIN, D(2014, 11, 4), D(2014, 11, 3), D(2014, 11, 20), 2, 3) == (
        D(2014, 11, 5), D(2014, 11, 20))
    # A 催办 form made on Friday 7 Nov asks a reply within 3 working days → Wed 12 Nov.
    assert ir.form_due_dates("催办", PLAIN, D(2014, 11, 7), D(2014, 11, 3), D(2014, 11, 20), 2, 3) == (
        None, D(2014, 11, 12))
    # A 交办 form made on 7 Nov for a matter assigned on 3 Nov: its 签收 day had passed;
    # one made on 24 Nov, its deadline too — both give way to the reply day.
    assert ir.form_due_dates("交办", PLAIN, D(2014, 11, 7), D(2014, 11, 3), D(2014, 11, 20), 2, 3) == (
        D(2014, 11, 12), D(2014, 11, 20))
    assert ir.form_due_dates("交办", PLAIN, D(2014, 11, 24), D(2014, 11, 3), D(2014, 11, 20), 2, 3) == (
        D(2014, 11, 27), D(2014, 11, 27))


def test_the_signoff_due_day_agrees_with_the_late_signoff_rule():
    sign_due, _ = ir.form_due_dates("交办", PLAIN, D(2014, 11, 3), D(2014, 11, 3), D(2014, 11, 20), 2, 3)
    assert not ir.signoff_late(D(2014, 11, 3), sign_due, sign_due, PLAIN, 2)
    assert ir.signoff_late(D(2014, 11, 3), sign_due + dt.timedelta(days=1), sign_due, PLAIN, 2)


@pytest.mark.parametrize(("answered", "closed", "today", "expected"), [
    (D(2014, 11, 10), None, D(2014, 11, 30), ir.ON_TIME),
    (D(2014, 11, 11), None, D(2014, 11, 30), ir.LATE),
    (None, None, D(2014, 11, 10), None),          # due today: not yet missing
    (None, None, D(2014, 11, 11), ir.MISSING),
    (None, D(2014, 11, 8), D(2014, 11, 30), None),  # closed before it fell due: nothing owed
    (None, D(2014, 11, 20), D(2014, 11, 30), ir.MISSING),  # closed after: it was missing
])
def test_answer_status(answered, closed, today, expected):
    assert ir.answer_status(D(2014, 11, 10), answered, closed, today) == expected


def form(fid, kind="交办", sent=D(2014, 11, 3), sign_due=D(2014, 11, 5), due_on=D(2014, 11, 20), aid=1):
    return ir.SentForm(fid, aid, 7, "督〔2014〕9号", "公交线路调整", "市住建委", kind, sent,
                       sign_due if kind == "交办" else None, due_on)


def facts(signed=None, answers=(), closed=None, deadline=D(2014, 11, 20), reminded=None):
    return ir.AnswerFacts(signed, tuple(answers), closed, deadline, reminded)


def test_late_signoff_and_missing_report_are_lapses_the_missing_one_a_cuiban_candidate():
    found = ir.form_lapses([form(1)], {1: facts(signed=D(2014, 11, 7))}, D(2014, 11, 25))
    assert [(lp.what, lp.status, lp.due, lp.listed, lp.remind) for lp in found] == [
        (ir.REPORT, ir.MISSING, D(2014, 11, 20), True, True),
        (ir.SIGN, ir.LATE, D(2014, 11, 5), True, False)]
    assert found[1].days_late == 2 and found[0].days_missing(D(2014, 11, 25)) == 5


def test_nothing_is_a_lapse_while_answers_come_on_time_or_are_not_yet_due():
    assert ir.form_lapses([form(1)], {1: facts(signed=D(2014, 11, 4))}, D(2014, 11, 20)) == []
    assert ir.form_lapses([form(1)], {1: facts(D(2014, 11, 4), [D(2014, 11, 18)])}, D(2014, 12, 31)) == []


def test_an_answer_made_before_the_form_does_not_answer_it():
    cuiban = form(2, "催办", sent=D(2014, 11, 21), due_on=D(2014, 11, 26))
    found = ir.form_lapses([cuiban], {1: facts(D(2014, 11, 4), [D(2014, 11, 18)])}, D(2014, 11, 27))
    assert [(lp.what, lp.status) for lp in found] == [(ir.REPORT, ir.MISSING)]


def test_a_reminder_after_the_due_day_ends_the_candidacy_but_not_the_lapse():
    found = ir.form_lapses([form(1)], {1: facts(D(2014, 11, 4), reminded=D(2014, 11, 21))}, D(2014, 11, 25))
    assert [(lp.status, lp.listed, lp.remind) for lp in found] == [(ir.MISSING, True, False)]
    found = ir.form_lapses([form(1)], {1: facts(D(2014, 11, 4), reminded=D(2014, 11, 20))}, D(2014, 11, 25))
    assert found[0].remind


def test_only_the_newest_form_is_listed_and_the_same_ask_twice_counts_once():
    first, again = form(1), form(2, sent=D(2014, 11, 4))
    cuiban = form(3, "催办", sent=D(2014, 11, 21), due_on=D(2014, 11, 26))
    one = ir.form_lapses([first, again], {1: facts(D(2014, 11, 4))}, D(2014, 11, 25))
    assert [(lp.form.form_id, lp.listed) for lp in one] == [(2, True)]
    both = ir.form_lapses([first, again, cuiban], {1: facts(D(2014, 11, 4), [D(2014, 11, 28)])}, D(2014, 12, 1))
    assert [(lp.form.form_id, lp.due, lp.status, lp.listed) for lp in both] == [
        (2, D(2014, 11, 20), ir.LATE, False), (3, D(2014, 11, 26), ir.LATE, True)]


def test_an_extension_moves_the_jiaoban_forms_due_day():
    found = ir.form_lapses([form(1)], {1: facts(D(2014, 11, 4), deadline=D(2014, 12, 5))}, D(2014, 11, 25))
    assert found == []


def test_a_closed_matter_is_no_longer_listed_but_its_missing_answer_stays_as_data():
    found = ir.form_lapses([form(1)], {1: facts(D(2014, 11, 4), closed=D(2014, 11, 24))}, D(2014, 11, 25))
    assert [(lp.status, lp.listed, lp.remind) for lp in found] == [(ir.MISSING, False, False)]


# ---------------------------------------------------------------- the record and the 催办

@pytest.fixture
def matter(db, actor):
    units = [save_unit(actor, UnitData(name, short)) for name, short in (
        ("南宁市交通运输局", "市交通运输局"), ("南宁市住房和城乡建设委员会", "市住建委"))]
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 10, 30), leader_name="黄振宇",
                                                text="请认真研究，妥善处理。", matter="公交线路调整"))
    wf.accept(actor, ins.id, D(2014, 10, 31))
    return wf.assign(actor, ins.id, D(2014, 11, 3), [wf.AssignmentSpec(units[0].id, deadline=D(2014, 11, 20)),
                                                    wf.AssignmentSpec(units[1].id, deadline=D(2014, 11, 28))])


def test_forms_made_are_recorded_in_one_batch_with_their_due_dates_and_audited(matter, actor):
    forms = fb.forms_for(actor, matter.number, D(2014, 11, 3))
    rows = due.record_sent(actor, forms, D(2014, 11, 3), 3)
    assert rows == list(due.SentForm.select().order_by(due.SentForm.id))
    assert [(r.batch, r.kind, r.sign_due, r.due_on, r.file_name) for r in rows] == [
        (1, "交办", D(2014, 11, 5), D(2014, 11, 20), forms[0].file_name),
        (1, "交办", D(2014, 11, 5), D(2014, 11, 28), forms[1].file_name)]
    logged = AuditLog.get((AuditLog.table_name == "instruction_feedback_form") & (AuditLog.record_id == str(rows[0].id)))
    assert "应于 2014-11-05 前签收" in logged.summary and "第1批" in logged.summary
    assert due.due_text(rows[0]) == "应于 2014-11-05 前签收，2014-11-20 前反馈"
    assert [r.batch for r in due.record_sent(actor, forms[:1], D(2014, 11, 4), 3)] == [2]


def test_missing_and_late_answers_from_the_records_then_one_cuiban_for_the_silent(matter, actor):
    lead, co = m.current_assignments(matter.id)
    due.record_sent(actor, fb.forms_for(actor, matter.number, D(2014, 11, 3)), D(2014, 11, 3), 3)
    wf.sign(actor, lead.id, D(2014, 11, 7), "李明")  # two days late
    assert [(lp.form.unit, lp.what, lp.status) for lp in due.listed_lapses(D(2014, 11, 10))] == [
        ("市住建委", "签收", "缺报"), ("市交通运输局", "签收", "迟报")]
    assert due.lapsed_instruction_ids(D(2014, 11, 10), "缺报") == [matter.id]
    assert due.remind_missing(actor, D(2014, 11, 10)) == 1
    reminder = m.Reminder.get()
    assert reminder.assignment_id == co.id and reminder.means == "书面" and "2014-11-05 前签收" in reminder.text
    with pytest.raises(WorkflowError, match="没有需要催办"):
        due.remind_missing(actor, D(2014, 11, 10))
    # The lead's progress comes after its deadline: a late answer; the co-unit's stays missing.
    wf.report_progress(actor, lead.id, D(2014, 11, 24), "已完成线路调研")
    assert [(lp.form.unit, lp.what, lp.status) for lp in due.lapses(D(2014, 11, 25))] == [
        ("市住建委", "签收", "缺报"), ("市交通运输局", "签收", "迟报"), ("市交通运输局", "反馈", "迟报")]


def test_a_replaced_unit_is_no_longer_listed(matter, actor):
    _lead, co = m.current_assignments(matter.id)
    due.record_sent(actor, fb.forms_for(actor, matter.number, D(2014, 11, 3)), D(2014, 11, 3), 3)
    other = save_unit(actor, UnitData("南宁市公安局", "市公安局"))
    wf.replace_unit(actor, co.id, D(2014, 11, 10), wf.AssignmentSpec(other.id, deadline=D(2014, 11, 28)), "职责调整")
    assert [lp.form.unit for lp in due.listed_lapses(D(2014, 11, 12))] == ["市交通运输局"]
    assert "市住建委" in [lp.form.unit for lp in due.lapses(D(2014, 11, 12), open_only=False)]
    assert due.lapses(D(2014, 11, 12), open_only=False, sent_until=D(2014, 11, 2)) == []
    assert len(due.lapses(D(2014, 11, 12), open_only=False, sent_until=D(2014, 11, 3))) == 2


def test_the_queue_narrows_to_the_matters_picked_in_sql(matter, actor):
    other = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 10, 30), text="请研究。"))
    today = D(2014, 11, 10)
    picked = m.LeaderFilter(only_ids=(matter.id,))
    assert [r[0] for r in m.queue_page("all", "", today, today, 0, 100, picked)] == [matter.id]
    assert m.queue_count_all("", today, today, picked)["all"] == 1
    assert m.queue_count_all("", today, today, m.LeaderFilter(only_ids=()))["all"] == 0
    assert m.queue_count_all("", today, today)["all"] == 2 and bool(m.LeaderFilter(only_ids=())) and other.id


def test_late_signoff_and_missing_or_late_answers_count_in_the_evaluation(matter, actor):
    from models.overview import evaluation as ev

    lead, _co = m.current_assignments(matter.id)
    due.record_sent(actor, fb.forms_for(actor, matter.number, D(2014, 11, 3)), D(2014, 11, 3), 3)
    wf.sign(actor, lead.id, D(2014, 11, 7), "李明")
    wf.report_progress(actor, lead.id, D(2014, 11, 24), "已完成线路调研")
    events, units = ev.gather_events(2014, 4, D(2014, 12, 31))
    mine = sorted((e.unit, e.event, e.text) for e in events if e.event.startswith("feedback_"))
    assert mine == [
        ("市交通运输局", "feedback_late", f"{matter.number} 公交线路调整：交办反馈表应于2014-11-20前反馈，2014-11-24才反馈"),
        ("市交通运输局", "feedback_sign_late", f"{matter.number} 公交线路调整：交办反馈表应于2014-11-05前签收，2014-11-07才签收"),
        ("市住建委", "feedback_missing", f"{matter.number} 公交线路调整：交办反馈表应于2014-11-28前反馈，未反馈"),
        ("市住建委", "feedback_sign_late", f"{matter.number} 公交线路调整：交办反馈表应于2014-11-05前签收，未签收")]
    scores = {s.unit: s for s in ev.compute_quarter(2014, 4, D(2014, 12, 31)).scores}
    housing = scores["市住建委"]
    assert [(ln.label, ln.count, ln.amount) for ln in housing.lines if ln.event.startswith("feedback_")] == [
        ("反馈表签收超时", 1, -1.0), ("反馈表到期未反馈", 1, -2.0)]
    # Nothing of it falls in the third quarter.
    assert not [e for e in ev.gather_events(2014, 3, D(2014, 12, 31))[0] if e.event.startswith("feedback_")]
    # The office weighs the items in its scheme like any other (weight 0: counted, worth nothing).
    rules = [dataclasses.replace(r, weight=0.0) if r.event == "feedback_missing" else r for r in ev.DEFAULT_RULES]
    ev.save_scheme(actor, 2014, 100, rules)
    housing = {s.unit: s for s in ev.compute_quarter(2014, 4, D(2014, 12, 31)).scores}["市住建委"]
    assert housing.line("feedback_missing").amount == 0 and housing.line("feedback_sign_late").amount == -1.0


def test_a_signed_unit_never_reminded_is_asked_its_report_by_the_deadline_and_no_signoff(matter, actor):
    lead, _co = m.current_assignments(matter.id)
    wf.sign(actor, lead.id, D(2014, 11, 4), "李明")
    assert ir.form_due_dates("交办", PLAIN, D(2014, 11, 7), D(2014, 11, 3), D(2014, 11, 20), 2, 3, signed=True) == (
        None, D(2014, 11, 20))
    rows = due.record_sent(actor, fb.forms_for(actor, matter.number, D(2014, 11, 7)), D(2014, 11, 7), 3)
    assert [(r.kind, r.sign_due, r.due_on) for r in rows] == [
        ("交办", None, D(2014, 11, 20)), ("交办", D(2014, 11, 12), D(2014, 11, 28))]
    assert due.due_text(rows[0]) == "应于 2014-11-20 前反馈"
