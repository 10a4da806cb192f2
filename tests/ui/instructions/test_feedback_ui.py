"""批示件 pane → 反馈表: export the selected matter's forms, import the returns through the
review list (tick, untick, refused rows not tickable); and the review model alone."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.instructions import feedback as fb
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

D = dt.date
CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def pane(db, actor, today, qtbot, monkeypatch):
    from ui.instructions.pane import Pane
    from ui.session import Session

    units = [save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")),
             save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))]
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name="黄振宇",
                                                text="请认真研究，妥善处理。", matter="公交线路调整"))
    wf.accept(actor, ins.id, D(2014, 9, 2))
    wf.assign(actor, ins.id, D(2014, 9, 26), [wf.AssignmentSpec(units[0].id, deadline=D(2014, 11, 10)),
                                             wf.AssignmentSpec(units[1].id, deadline=D(2014, 11, 20))])
    widget = Pane(Session(db.database, actor, today))
    qtbot.addWidget(widget)
    widget.select_id(ins.id)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2]}"))
    widget.shown = shown
    return widget


def fill(path, **answers):
    wb = load_workbook(path)
    for key, value in answers.items():
        wb[fb.FORM_SHEET][fb.CELLS[key]] = value
    wb.save(path)


def finish(pane, qtbot):
    qtbot.waitUntil(lambda: pane._feedback_job is not None and not pane._feedback_job.busy, timeout=20000)


def test_export_then_import_through_the_review_list(pane, tmp_path, monkeypatch, qtbot):
    from ui.instructions.feedback_dialog import FeedbackReviewDialog

    assert [a.text() for a in pane.feedback_button.menu().actions()] == ["导出反馈表…", "导入反馈表…"]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    pane.export_feedback_action.trigger()
    finish(pane, qtbot)
    number = m.Instruction.get_by_id(pane.detail.instruction_id).number
    lead, co = tmp_path / f"反馈表-{number}-市交通运输局.xlsx", tmp_path / f"反馈表-{number}-市住建委.xlsx"
    assert lead.is_file() and co.is_file() and (tmp_path / f"反馈表-{number}.zip").is_file()
    assert "已为 2 个承办单位导出反馈表（第 1 批）" in pane.shown[-1]
    assert f"{lead.name}（应于 " in pane.shown[-1] and "2014-11-10 前反馈" in pane.shown[-1]
    from models.instructions.feedback_due import SentForm

    assert [(r.batch, r.kind, r.due_on) for r in SentForm.select().order_by(SentForm.id)] == [
        (1, "交办", D(2014, 11, 10)), (1, "交办", D(2014, 11, 20))]

    fill(lead, signed_by="李志强", signed_on="2014-09-28")
    fill(co, signed_by="王芳", signed_on="2014-09-29")
    (tmp_path / "坏.xlsx").write_bytes(b"x")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(lead), str(co), str(tmp_path / "坏.xlsx")], ""))
    seen = {}

    def review(dialog: FeedbackReviewDialog):
        model = dialog.model
        seen["rows"] = [(model.data(model.index(r, 1)), model.data(model.index(r, 2)), model.data(model.index(r, 5)))
                        for r in range(model.rowCount())]
        assert model.setData(model.index(2, 0), Qt.CheckState.Checked.value, CHECK) is False  # refused: no tick
        model.setData(model.index(1, 0), Qt.CheckState.Unchecked.value, CHECK)  # the clerk rejects 市住建委's
        dialog.take()
        return 1

    monkeypatch.setattr(FeedbackReviewDialog, "exec", review)
    pane.import_feedback_action.trigger()
    finish(pane, qtbot)
    assert seen["rows"][0] == (lead.name, "南宁市交通运输局", "登记签收（李志强，2014-09-28）")
    assert seen["rows"][2][0] == "坏.xlsx" and seen["rows"][2][2].startswith("不是有效的 .xlsx 文件")
    signed = {a.unit.short_name: a.signed_by for a in m.assignments_of(pane.detail.instruction_id)}
    assert signed == {"市交通运输局": "李志强", "市住建委": ""}
    assert pane.shown[-1] == "已接收 1 份反馈表。"
    assert m.Instruction.get_by_id(pane.detail.instruction_id).state == m.IN_PROGRESS


def test_cancelling_the_check_shows_nothing_and_writes_nothing(pane, tmp_path, monkeypatch, qtbot):
    from ui.instructions.feedback_dialog import FeedbackReviewDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    pane.export_feedback_action.trigger()
    finish(pane, qtbot)
    forms = sorted(tmp_path.glob("*.xlsx"))
    for f in forms:
        fill(f, signed_by="李志强", signed_on="2014-09-28")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in forms], ""))
    monkeypatch.setattr(FeedbackReviewDialog, "exec", lambda d: pytest.fail("review shown after 取消"))
    pane.import_feedback_action.trigger()
    pane._feedback_progress.cancel()
    finish(pane, qtbot)
    assert pane._feedback_progress is None
    assert all(a.signed_on is None for a in m.assignments_of(pane.detail.instruction_id))


def test_the_review_model_ticks_only_accepted_returns(qapp, tmp_path):
    from ui.widgets.feedback_returns_model import (
        COL_CLAIMS,
        COL_RESULT,
        COL_TAKE,
        HEADERS,
        FeedbackReturnsModel,
    )

    good = fb.Verdict(tmp_path / "a.xlsx", accepted=True, number="督〔2014〕9号", unit="市住建委", matter="改造",
                      claims=["签收：王芳，2014-09-29"], changes=["登记签收（王芳，2014-09-29）"])
    bad = fb.Verdict(tmp_path / "b.xlsx", reason="封签不符")
    model = FeedbackReturnsModel([good, bad])
    assert model.columnCount() == len(HEADERS) and model.headerData(COL_RESULT, Qt.Orientation.Horizontal) == HEADERS[-1]
    assert model.data(model.index(0, COL_TAKE), CHECK) == Qt.CheckState.Checked
    assert model.data(model.index(1, COL_TAKE), CHECK) is None
    assert model.data(model.index(1, COL_TAKE)) == "拒收" and model.data(model.index(1, COL_RESULT)) == "封签不符"
    assert model.data(model.index(0, COL_CLAIMS)) == "签收：王芳，2014-09-29"
    assert not model.flags(model.index(1, COL_TAKE)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.chosen() == [good]
    model.setData(model.index(0, COL_TAKE), Qt.CheckState.Unchecked.value, CHECK)
    assert model.chosen() == []


def test_a_units_completion_report_typed_from_paper(pane, actor, qtbot, type_text):
    from ui.instructions.forms import CompletionReportForm, form_for

    iid = pane.detail.instruction_id
    assert "report_completion" not in pane.detail.buttons  # nobody has signed yet
    lead = m.assignments_of(iid)[0]
    wf.sign(actor, lead.id, D(2014, 9, 28), "李志强")
    pane.detail.show_instruction(iid)
    assert pane.detail.buttons["report_completion"].text() == "报送办结"
    form = form_for("report_completion", pane.session, iid, pane)
    qtbot.addWidget(form)
    assert isinstance(form, CompletionReportForm) and form.assignment.count() == 1
    type_text(form.text, "线路已调整并公示。")
    type_text(form.evidence, "调整方案")
    form.save()
    [claim] = list(m.CompletionReport.select())
    assert (claim.assignment_id, claim.text, claim.evidence) == (lead.id, "线路已调整并公示。", "调整方案")
    assert m.Instruction.get_by_id(iid).state == m.COMPLETED


def test_the_queue_filters_on_missing_and_late_feedback(pane, actor, today, qtbot):
    from models.instructions.feedback_due import record_sent

    first = m.Instruction.get_by_id(pane.detail.instruction_id)
    other = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name="黄振宇",
                                                  text="请研究。", matter="停车难治理"))
    record_sent(actor, fb.forms_for(actor, first.number, D(2014, 9, 26)), D(2014, 9, 26), 3)  # 签收 never came
    pane.refresh()
    assert {r[0] for r in pane.model.rows} == {first.id, other.id}
    assert [pane.feedback_filter.itemText(i) for i in range(pane.feedback_filter.count())] == [
        "全部", "缺报或迟报", "缺报（到期未反馈）", "迟报（逾期才反馈）"]
    pane.set_feedback_filter("缺报")
    assert [r[0] for r in pane.model.rows] == [first.id] and pane.status.text() == "共 1 件"
    pane.set_feedback_filter("迟报")
    assert pane.model.rows == [] and pane.status.text() == "共 0 件"
    pane.set_feedback_filter("any")
    assert [r[0] for r in pane.model.rows] == [first.id]
    pane.set_feedback_filter(None)
    assert {r[0] for r in pane.model.rows} == {first.id, other.id}


def test_a_cancelled_export_records_no_form_as_sent(pane, tmp_path, monkeypatch, qtbot):
    from models.instructions.feedback_due import SentForm

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    pane.export_feedback_action.trigger()
    pane._feedback_progress.cancel()  # before the result can arrive on the UI thread
    finish(pane, qtbot)
    qtbot.wait(50)
    assert SentForm.select().count() == 0 and pane.shown == []
