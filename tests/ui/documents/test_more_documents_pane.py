"""The 文档 pane's part-4 documents: 督查专报, 办理情况报告, 一览表, 网民留言转办单."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from tests.documents_demo import TODAY, open_copy


@pytest.fixture
def pane(tmp_path, tmp_path_factory, actor, qtbot, monkeypatch):
    from models.core.db import close_database
    from ui.documents.pane import Pane
    from ui.session import Session

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    db = open_copy(tmp_path_factory, tmp_path / "demo.sqlite3")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: warnings.append(text))
    session = Session(db.database, actor, TODAY)
    widget = Pane(session)
    widget.warnings = warnings
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.worker.busy, timeout=20000)
    close_database()


def _preview(pane, qtbot):
    pane.make_preview()
    qtbot.waitUntil(lambda: not pane.worker.busy, timeout=30000)
    qtbot.waitUntil(lambda: pane.pdf.status() == QPdfDocument.Status.Ready, timeout=5000)


def _text(pane) -> str:
    return "".join(pane.pdf.getAllText(i).text() for i in range(pane.pdf.pageCount())).replace("\n", "")


def test_every_new_kind_is_offered_with_its_choices(pane):
    from models.documents import register as reg

    for kind in (reg.SPECIAL, reg.REPORT_BACK, reg.LEADER_SHEET, reg.MESSAGE):
        pane.select_kind(kind)
        assert pane.params.currentWidget().isVisible()
    assert pane.s_source.count() > 0 and pane.rb_instruction.count() > 0
    assert pane.l_leader.count() > 0 and pane.m_message.count() > 0
    # Only what the document can be made of: reviewed instructions, forwarded messages.
    assert all("已复核" in pane.rb_instruction.itemText(i) or "已报结" in pane.rb_instruction.itemText(i)
               for i in range(pane.rb_instruction.count()))


def test_report_back_preview_then_issue_records_the_report(pane, qtbot):
    from models.documents import register as reg
    from models.instructions.records import Instruction

    ins = Instruction.select().where(Instruction.state == "已复核").first()
    assert pane.select_record(reg.REPORT_BACK, ins.id)
    assert pane.current_kind() == reg.REPORT_BACK
    _preview(pane, qtbot)
    assert not pane.warnings
    assert ins.text.strip()[:10] in _text(pane)
    seen = []
    pane.session.changed.connect(seen.append)
    pane.issue()
    assert not pane.warnings
    assert Instruction.get_by_id(ins.id).state == "已报结"
    assert "instructions" in seen and "documents" in seen
    [row] = reg.register_rows(kind=reg.REPORT_BACK)
    assert row.number == "南委督报〔2014〕1号"


def test_special_report_and_message_slip_preview(pane, qtbot):
    from models.documents import register as reg
    from models.messages.records import Message

    pane.select_kind(reg.SPECIAL)
    pane.s_source.setCurrentIndex(0)
    _preview(pane, qtbot)
    assert "督查专报" in _text(pane) and not pane.warnings
    msg = Message.select().where(Message.state == "已转办").first()
    assert pane.select_record(reg.MESSAGE, msg.id)
    _preview(pane, qtbot)
    assert msg.board_no in _text(pane)


def test_leader_sheet_preview_is_landscape(pane, qtbot):
    from models.documents import register as reg

    pane.select_kind(reg.LEADER_SHEET)
    pane.l_leader.setCurrentIndex(pane.l_leader.findData("覃海明"))
    pane.l_from.setDate(dt.date(2014, 1, 1))
    _preview(pane, qtbot)
    size = pane.pdf.pagePointSize(0)
    assert size.width() > size.height()
    assert "覃海明同志批示件办理情况一览表" in _text(pane)


def test_a_record_not_among_the_choices_is_said(pane):
    from models.documents import register as reg
    from models.instructions.records import Instruction

    busy = Instruction.select().where(Instruction.state == "办理中").first()
    assert not pane.select_record(reg.REPORT_BACK, busy.id)


def test_the_landscape_sheet_prints_on_a_landscape_sheet_at_actual_size(pane, qtbot, monkeypatch):
    import pdfplumber
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    import ui.documents.pane as mod
    from models.documents import register as reg

    out = pane.session.db_path.with_name("printed.pdf")
    seen = []

    class Dialog:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, printer, _parent):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            seen.append(printer)

        def setWindowTitle(self, *_):  # noqa: N802 - Qt's name
            pass

        def setOption(self, *_):  # noqa: N802 - Qt's name
            pass

        def setMinMax(self, *_):  # noqa: N802 - Qt's name
            pass

        def exec(self):
            return self.DialogCode.Accepted

    monkeypatch.setattr(mod, "QPrintDialog", Dialog)
    pane.select_kind(reg.LEADER_SHEET)
    pane.l_leader.setCurrentIndex(pane.l_leader.findData("覃海明"))
    _preview(pane, qtbot)
    pane.print_pdf()
    qtbot.waitUntil(lambda: pane.print_job is None, timeout=30000)
    assert seen[0].pageLayout().orientation() == QPageLayout.Orientation.Landscape
    with pdfplumber.open(out) as printed:
        assert printed.pages[0].width > printed.pages[0].height
