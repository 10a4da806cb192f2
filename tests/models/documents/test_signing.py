"""审核签发: 拟稿 → 提交签发 → 签发/退回 → 印发, and single-user mode's one-step issue."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from models.core import audit
from models.core.actors import LOCAL_ACTOR, Actor, Permission, Role
from models.core.errors import PermissionDenied, WorkflowError
from models.documents import register as reg
from models.documents import signing as sg
from models.documents.data import BulletinNarrative, default_narrative
from models.safety import accounts
from tests.documents_demo import TODAY, open_copy

START = dt.date(2014, 1, 1)
NOW = dt.datetime(2014, 10, 28, 9, 0)


@pytest.fixture
def demo(tmp_path, tmp_path_factory, monkeypatch):
    from models.core.db import close_database

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    db = open_copy(tmp_path_factory, tmp_path / "demo.sqlite3")
    yield db
    close_database()


@pytest.fixture
def office(demo):
    """Accounts: 主任 (管理员), 张督查 (督查员) and 李督查 (督查员, later 可签发)."""
    accounts.create_account(LOCAL_ACTOR, "主任", "admin", "Admin-pass-1", NOW)
    director = Actor("主任", Role.ADMIN)
    accounts.create_account(director, "张督查", "clerk", "Clerk-pass-1", NOW)
    accounts.create_account(director, "李督查", "clerk", "Clerk-pass-2", NOW)
    return director, Actor("张督查", Role.CLERK), Actor("李督查", Role.CLERK)


def _bulletin(title: str | None = None):
    from reports.issuing import prepare_bulletin

    text = default_narrative(START, TODAY)
    if title:
        text = BulletinNarrative(title, text.overview, text.key_items_comment, text.problems_comment,
                                 text.next_steps)
    return prepare_bulletin(START, TODAY, TODAY, TODAY, narrative=text)


def test_a_clerk_cannot_issue_alone_once_accounts_exist(office):
    from reports.issuing import issue, why_not_issuable

    _, clerk, _ = office
    p = _bulletin()
    assert "尚未签发" in why_not_issuable(p)
    with pytest.raises(WorkflowError, match="尚未签发"):
        issue(clerk, p)
    # Not even the register's own workflow lets an unsigned document through.
    with pytest.raises(WorkflowError, match="须经签发"):
        reg.issue_document(clerk, p.drafts[0])
    assert reg.register_rows() == []


def test_signed_by_the_director_then_issued_names_drafter_and_signer(office):
    from reports.issuing import issue, submit, why_not_issuable

    director, clerk, _ = office
    p = _bulletin()
    req = submit(clerk, p, NOW)
    assert (req.state, req.drafter, req.copies) == (sg.PENDING, "张督查", 1)
    assert sg.request_sample(req.id) == p.rendered.pdf  # the 样稿 the signer reads
    assert [r.id for r in sg.pending_rows()] == [req.id]
    assert "等待签发" in why_not_issuable(p)
    with pytest.raises(WorkflowError, match="已经提交"):
        submit(clerk, p, NOW)
    with pytest.raises(PermissionDenied):
        sg.sign(clerk, req.id, NOW)  # a 督查员 not marked 可签发

    signed = sg.sign(director, req.id, NOW + dt.timedelta(hours=1))
    assert (signed.state, signed.signer, signed.signed_at) == (sg.SIGNED, "主任", "2014-10-28T10:00:00")
    assert why_not_issuable(p) == ""
    [doc] = issue(clerk, p)
    assert (doc.issuer, doc.drafter, doc.signer, doc.signed_at) == ("张督查", "张督查", "主任", "2014-10-28T10:00:00")
    [row] = reg.register_rows()
    assert (row.drafter, row.signer, row.signed_at) == ("张督查", "主任", "2014-10-28T10:00:00")
    done = sg.SigningRequest.get_by_id(req.id)
    assert (done.state, done.issued_numbers) == (sg.ISSUED, doc.number)
    assert sg.pending_rows() == [] and sg.request_rows() == []
    # A signature is good for one issue: the same data again needs a new one.
    again = _bulletin()
    with pytest.raises(WorkflowError, match="尚未签发"):
        issue(clerk, again)
    actions = [r.action for r in audit.AuditLog.select().order_by(audit.AuditLog.id).where(audit.AuditLog.table_name == "signing_request")]
    assert actions == ["insert", "sign_off", "issue"]


def test_a_returned_document_cannot_be_issued_until_submitted_again(office):
    from reports.issuing import issue, submit, why_not_issuable

    director, clerk, _ = office
    p = _bulletin()
    req = submit(clerk, p, NOW)
    with pytest.raises(WorkflowError, match="原因"):
        sg.send_back(director, req.id, "  ", NOW)
    back = sg.send_back(director, req.id, "第三段数字请核对", NOW)
    assert (back.state, back.returned_by, back.reason) == (sg.RETURNED, "主任", "第三段数字请核对")
    assert "第三段数字请核对" in why_not_issuable(p)
    with pytest.raises(WorkflowError, match="退回"):
        issue(clerk, p)
    with pytest.raises(WorkflowError, match="已退回"):
        sg.sign(director, req.id, NOW)
    assert reg.register_rows() == []
    # Submitted again (a new 签发单), signed, issued.
    again = submit(clerk, p, NOW)
    sg.sign(director, again.id, NOW)
    [doc] = issue(clerk, p)
    assert doc.signing_request_id == again.id


def test_a_change_after_signing_needs_a_new_submission_but_a_new_number_does_not(office):
    from reports.issuing import issue, submit, why_not_issuable

    director, clerk, _ = office
    p = _bulletin("关于全市重点工作推进情况的通报")
    sg.sign(director, submit(clerk, p, NOW).id, NOW)
    changed = _bulletin("关于全市重点工作推进情况的通报（修改）")
    assert "尚未签发" in why_not_issuable(changed)
    with pytest.raises(WorkflowError, match="重新提交"):
        issue(clerk, changed)
    # Another bulletin issued meanwhile takes 第1期: the signed one is still the same document.
    other = _bulletin("另一期通报")
    sg.sign(director, submit(clerk, other, NOW).id, NOW)
    issue(clerk, other)
    renumbered = _bulletin("关于全市重点工作推进情况的通报")
    assert renumbered.numbers != p.numbers
    [doc] = issue(clerk, renumbered)
    assert doc.number == "2014年第2期"
    submitted = json.loads(sg.SigningRequest.get(sg.SigningRequest.title == doc.title).snapshot)
    assert submitted[0]["narrative"]["title"] == doc.title


def test_may_sign_is_an_admin_setting_and_no_one_signs_their_own_draft(office):
    from reports.issuing import issue, submit

    director, zhang, li = office
    with pytest.raises(PermissionDenied):
        accounts.set_may_sign(zhang, "李督查", True)
    with pytest.raises(WorkflowError, match="督查员"):
        accounts.set_may_sign(director, "主任", True)
    accounts.set_may_sign(director, "李督查", True)
    li = accounts.Account.get(accounts.Account.name == "李督查").actor
    assert li.may_sign and li.can(Permission.SIGN)
    own = _bulletin("李督查拟稿")
    req = submit(li, own, NOW)
    with pytest.raises(WorkflowError, match="自己拟稿"):
        sg.sign(li, req.id, NOW)
    theirs = _bulletin("张督查拟稿")
    signed = sg.sign(li, submit(zhang, theirs, NOW).id, NOW)
    assert signed.signer == "李督查"
    [doc] = issue(zhang, theirs)
    assert (doc.drafter, doc.signer) == ("张督查", "李督查")
    # Taken away again (or lost with a role change), the live account no longer signs,
    # whatever the Actor object still says.
    accounts.change_role(director, "李督查", "viewer")
    assert not accounts.Account.get(accounts.Account.name == "李督查").may_sign
    with pytest.raises(WorkflowError, match="不能签发"):
        sg.sign(Actor("李督查", Role.CLERK, may_sign=True), req.id, NOW)
    # The director may sign a draft of their own.
    mine = _bulletin("主任拟稿")
    assert sg.sign(director, submit(director, mine, NOW).id, NOW).state == sg.SIGNED


def test_single_user_mode_keeps_the_one_step_issue(demo):
    from reports.issuing import issue, why_not_issuable

    assert not sg.signing_required()
    p = _bulletin()
    assert why_not_issuable(p) == ""
    [doc] = issue(LOCAL_ACTOR, p)
    assert (doc.issuer, doc.drafter, doc.signer, doc.signing_request_id) == (LOCAL_ACTOR.name, "", "", None)
    assert sg.SigningRequest.select().count() == 0


def test_a_viewer_cannot_submit(office, viewer):
    from reports.issuing import submit

    with pytest.raises(PermissionDenied):
        submit(viewer, _bulletin(), NOW)


def test_reminders_to_several_units_are_signed_once_and_issued_together(office):
    from models.instructions.records import Instruction, assignments_of
    from reports.issuing import issue, prepare_reminders, submit

    director, clerk, _ = office
    ins = (Instruction.select().where(Instruction.state == "办理中")
           .order_by(Instruction.number_year.desc(), Instruction.number_seq).first())
    before = {a.id: a.reminder_count for a in assignments_of(ins.id)}
    p = prepare_reminders(ins.id, TODAY)
    with pytest.raises(WorkflowError, match="尚未签发"):
        issue(clerk, p)
    assert {a.id: a.reminder_count for a in assignments_of(ins.id)} == before  # no 催办 recorded either
    req = submit(clerk, p, NOW)
    assert req.copies == len(p.drafts) == len(before)
    sg.sign(director, req.id, NOW)
    docs = issue(clerk, prepare_reminders(ins.id, TODAY))
    assert {(d.drafter, d.signer, d.signing_request_id) for d in docs} == {("张督查", "主任", req.id)}
    assert all(a.reminder_count == before[a.id] + 1 for a in assignments_of(ins.id))
    assert sg.SigningRequest.get_by_id(req.id).issued_numbers == "、".join(d.number for d in docs)


def test_the_report_back_to_a_leader_is_signed_before_it_is_issued_and_records_the_report(office):
    """Issue 16 part 2 for part 4's 报结: a clerk drafts, the director signs, then the 报结 is recorded."""
    from models.instructions.records import Instruction
    from reports.issuing import issue, prepare_report_back, submit

    director, clerk, _ = office
    ins = Instruction.select().where(Instruction.state == "已复核").first()
    p = prepare_report_back(ins.id, TODAY)
    with pytest.raises(WorkflowError, match="尚未签发"):
        issue(clerk, p)
    assert Instruction.get_by_id(ins.id).state == "已复核"
    req = submit(clerk, p, NOW)
    sg.sign(director, req.id, NOW)
    [doc] = issue(clerk, prepare_report_back(ins.id, TODAY))
    assert (doc.drafter, doc.signer) == ("张督查", "主任")
    assert Instruction.get_by_id(ins.id).state == "已报结"
