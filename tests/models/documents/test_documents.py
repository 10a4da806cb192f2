"""The issued documents register: numbers, drafts, re-prints and the workflows it calls."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from models.core.errors import PermissionDenied, WorkflowError
from models.documents import register as reg
from tests.documents_demo import TODAY, open_copy

START = dt.date(2014, 1, 1)


@pytest.fixture
def demo(tmp_path, tmp_path_factory, monkeypatch):
    from models.core.db import close_database

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    db = open_copy(tmp_path_factory, tmp_path / "demo.sqlite3")
    yield db
    close_database()


def _handling_instruction():
    from models.instructions.records import Instruction

    return (Instruction.select().where(Instruction.state == "办理中")
            .order_by(Instruction.number_year.desc(), Instruction.number_seq).first())


def test_draft_takes_no_number(demo):
    from reports.issuing import prepare_bulletin

    first = prepare_bulletin(START, TODAY, TODAY, TODAY)
    again = prepare_bulletin(START, TODAY, TODAY, TODAY)
    assert first.numbers == again.numbers == ["2014年第1期"]
    assert reg.register_rows() == []
    assert first.rendered.pdf == again.rendered.pdf


def test_issue_takes_the_number_and_the_next_is_proposed(demo, actor):
    from reports.issuing import issue, prepare_bulletin

    p = prepare_bulletin(START, TODAY, TODAY, TODAY, issue=12)
    [doc] = issue(actor, p)
    assert (doc.kind, doc.year, doc.seq, doc.number) == ("bulletin", 2014, 12, "2014年第12期")
    assert doc.sha256 == reg.sha256_of(p.official.pdf) == reg.sha256_of(p.drafts[0].pdf)
    assert doc.sha256 != reg.sha256_of(p.rendered.pdf)  # the 样稿 never goes into the register
    assert reg.next_seq(reg.BULLETIN, 2014) == 13
    assert prepare_bulletin(START, TODAY, TODAY, TODAY).numbers == ["2014年第13期"]
    # A lower number that was never issued can still be chosen on purpose.
    assert prepare_bulletin(START, TODAY, TODAY, TODAY, issue=10).numbers == ["2014年第10期"]


def test_issued_number_is_never_reused(demo, actor):
    from reports.issuing import issue, prepare_bulletin

    p = prepare_bulletin(START, TODAY, TODAY, TODAY, issue=11)
    issue(actor, p)
    with pytest.raises(WorkflowError, match="已经印发"):
        issue(actor, p)
    with pytest.raises(WorkflowError, match="已经印发"):
        prepare_bulletin(START, TODAY, TODAY, TODAY, issue=11)
    assert len(reg.register_rows(kind=reg.BULLETIN)) == 1


def test_unique_constraint_holds_below_the_workflow(demo):
    row = dict(kind="bulletin", year=2014, seq=5, number="2014年第5期", title="t", issued_on=TODAY,
               issuer="x", snapshot="{}", sha256="0" * 64, size=1, pdf=b"%PDF")
    reg.IssuedDocument.create(**row)
    with pytest.raises(peewee.IntegrityError):
        reg.IssuedDocument.create(**{**row, "number": "另一个"})


def test_reprint_is_the_same_file_and_a_changed_file_is_refused(demo, actor):
    from reports.issuing import issue, prepare_feedback

    p = prepare_feedback([], TODAY, TODAY)
    [doc] = issue(actor, p)
    assert reg.stored_pdf(doc.id) == p.official.pdf
    assert reg.stored_snapshot(doc.id)["total"] == p.data[0].total
    reg.IssuedDocument.update(pdf=p.official.pdf + b"x").where(reg.IssuedDocument.id == doc.id).execute()
    with pytest.raises(WorkflowError, match="校验失败"):
        reg.stored_pdf(doc.id)


def test_issuing_reminders_records_the_reminder_on_each_assignment(demo, actor):
    from models.instructions.records import Reminder, assignments_of
    from reports.issuing import issue, prepare_reminders

    ins = _handling_instruction()
    before = {a.id: a.reminder_count for a in assignments_of(ins.id)}
    p = prepare_reminders(ins.id, TODAY)
    assert len(p.drafts) == len(before) and p.rendered.pages >= len(before)
    docs = issue(actor, p)
    after = {a.id: a.reminder_count for a in assignments_of(ins.id)}
    assert all(after[k] == before[k] + 1 for k in before)
    for d in docs:
        assert Reminder.select().where((Reminder.means == "书面") & (Reminder.text.contains(d.number))).count() == 1
    assert [r.number for r in reg.issued_for(ins.number)] == sorted((d.number for d in docs), reverse=True)


def test_a_failing_reminder_leaves_no_number_taken(demo, actor):
    from reports.issuing import issue, prepare_reminders

    ins = _handling_instruction()
    p = prepare_reminders(ins.id, TODAY)
    broken = type(p)(p.kind, p.drafts, p.rendered, p.official, p.data, instruction_id=p.instruction_id,
                     assignment_ids=(p.assignment_ids[0], 10 ** 9)[: len(p.drafts)])
    if len(p.drafts) < 2:
        pytest.skip("needs an instruction with two units")
    with pytest.raises(WorkflowError):
        issue(actor, broken)
    assert reg.register_rows() == []


def test_notice_for_an_accepted_instruction_records_the_assignment(demo, actor):
    from models.instructions import workflow as iw
    from models.instructions.records import Instruction, InstructionData, assignments_of
    from models.reference.directory import Unit
    from reports.issuing import issue, prepare_notices

    data = InstructionData(level="市", leader_name="黄振宇", received_on=dt.date(2014, 10, 20),
                           text="请市交通运输局会同有关部门抓紧研究，十个工作日内报送方案。",
                           matter="公交线网优化", source_title="关于公交线网优化的报告")
    ins = iw.register(actor, data)
    iw.accept(actor, ins.id, dt.date(2014, 10, 21))
    units = [u.id for u in Unit.select().order_by(Unit.id).limit(2)]
    p = prepare_notices(ins.id, TODAY, unit_ids=units, days=10)
    assert [d.snapshot["role"] for d in p.drafts] == ["牵头", "协办"]
    assert p.data[0].text == data.text
    issue(actor, p)
    ins = Instruction.get_by_id(ins.id)
    assert ins.state == "已交办"
    got = {a.unit_id: a.deadline.isoformat() for a in assignments_of(ins.id)}
    assert got == {d.snapshot["unit_id"]: d.snapshot["deadline"] for d in p.drafts}
    assert len(reg.register_rows(kind=reg.NOTICE)) == 2


def test_issuing_a_criticism_notice_marks_the_record_issued(demo, actor):
    from models.instructions.criticism import Criticism, create_criticism, current_candidates
    from reports.issuing import issue, prepare_criticism

    rec = create_criticism(actor, current_candidates(TODAY)[:2], TODAY, dt.date(2014, 11, 10), "限期整改。")
    p = prepare_criticism(rec.id, TODAY)
    [doc] = issue(actor, p)
    assert Criticism.get_by_id(rec.id).state == "已印发"
    assert doc.number == "南委办督〔2014〕1号"


def test_viewer_cannot_issue(demo, viewer):
    from reports.issuing import issue, prepare_feedback

    with pytest.raises(PermissionDenied):
        issue(viewer, prepare_feedback([], TODAY, TODAY))


def test_issue_is_audited(demo, actor):
    from models.core.audit import AuditLog
    from reports.issuing import issue, prepare_feedback

    [doc] = issue(actor, prepare_feedback([], TODAY, TODAY))
    assert AuditLog.select().where((AuditLog.table_name == "issued_document")
                                     & (AuditLog.record_id == str(doc.id))).exists()


def test_number_patterns_follow_the_settings(demo, actor):
    from models.core import settings

    settings.set_value(actor, "documents.notice_number", "督办〔{year}〕第{n}号")
    assert reg.number_text(reg.NOTICE, 2014, 3) == "督办〔2014〕第3号"
    assert reg.unissued_number_text(reg.NOTICE, 2014) == "督办〔2014〕第\u3000\u3000号"
    with pytest.raises(WorkflowError):
        settings.set_value(actor, "documents.notice_number", "督办")
        reg.number_text(reg.NOTICE, 2014, 3)


def test_nothing_is_issued_with_the_contact_line_unset(demo, actor):
    """No placeholder is ever printed: a notice or reminder is issued only once the office
    has set its contact line, and the message says where."""
    from models.core import settings
    from reports.issuing import issue, prepare_reminders

    assert settings.OFFICE_CONTACT.default == ""
    for unset in ("", "督查室值班电话：0771-0000000"):
        settings.set_value(actor, settings.OFFICE_CONTACT.key, unset)
        p = prepare_reminders(_handling_instruction().id, TODAY)
        assert any("设置 → 选项 → 本室 → 联系人及电话" in w for w in p.warnings)
        assert all(d.snapshot["office"]["contact"] == "" for d in p.drafts)
        with pytest.raises(WorkflowError, match="设置 → 选项 → 本室 → 联系人及电话"):
            issue(actor, p)
    assert reg.register_rows() == []
    settings.set_value(actor, settings.OFFICE_CONTACT.key, "联系人：张三，电话：0771-5551234")
    p = prepare_reminders(_handling_instruction().id, TODAY)
    assert not p.warnings
    assert len(issue(actor, p)) == len(p.drafts)


def test_the_report_to_the_city_committee_needs_its_signer(demo, actor):
    from models.core import settings
    from reports.issuing import issue, prepare_feedback

    settings.set_value(actor, reg.FEEDBACK_SIGNER.key, "")
    p = prepare_feedback([], TODAY, TODAY)
    assert any("签发人" in w for w in p.warnings)
    with pytest.raises(WorkflowError, match="设置 → 选项 → 公文 → 签发人"):
        issue(actor, p)
    settings.set_value(actor, reg.FEEDBACK_SIGNER.key, "陈建国")
    [doc] = issue(actor, prepare_feedback([], TODAY, TODAY))
    assert reg.stored_snapshot(doc.id)["signer"] == "陈建国"


def test_single_sided_offices_get_no_blank_pages(demo, actor):
    from models.core import settings
    from reports.issuing import prepare_notices
    from reports.notice import notice_parts

    double = prepare_notices(_handling_instruction().id, TODAY)
    assert all(d.pages % 2 == 0 for d in double.drafts)
    assert all(part.double_sided for d in double.data for part in notice_parts(d))
    settings.set_value(actor, reg.DOUBLE_SIDED.key, False)
    single = prepare_notices(_handling_instruction().id, TODAY)
    assert not any(part.double_sided for d in single.data for part in notice_parts(d))
    assert sum(d.pages for d in single.drafts) == single.rendered.pages
