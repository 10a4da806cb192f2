"""The 文档 pane: pick a document, edit its text, preview the real PDF, issue, re-print."""
from __future__ import annotations

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

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


def test_bulletin_edit_preview_issue_and_reprint(pane, qtbot, type_text, monkeypatch, tmp_path):
    from models.documents import register as reg

    pane.select_kind(reg.BULLETIN)
    assert pane.params.currentIndex() == 0
    pane.b_issue.setValue(12)
    pane.b_next.clear()
    pane.b_next.setFocus()
    type_text(pane.b_next, "加强跟踪问效")
    _preview(pane, qtbot)
    assert not pane.warnings
    assert pane.pdf.pageCount() == pane.prepared.rendered.pages >= 5
    assert "加强跟踪问效" in "".join(pane.pdf.getAllText(i).text() for i in range(pane.pdf.pageCount()))
    assert "2014年第12期" in pane.status.text() and reg.register_rows() == []
    assert pane.issue_button.isEnabled()

    seen = []
    pane.session.changed.connect(seen.append)
    pane.issue()
    [row] = reg.register_rows()
    assert row.number == "2014年第12期" and "documents" in seen
    assert not pane.issue_button.isEnabled()
    assert pane.register.rowCount() == 1

    issued = reg.stored_pdf(row.id)
    pane._clear_preview()
    pane.register.selectRow(0)
    pane.open_issued()
    qtbot.waitUntil(lambda: pane.pdf.status() == QPdfDocument.Status.Ready, timeout=5000)
    assert pane.current_pdf == issued

    out = tmp_path / "saved.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    pane.save_pdf()
    assert out.read_bytes() == issued


def test_issuing_the_same_issue_twice_is_refused(pane, qtbot):
    from models.documents import register as reg

    pane.select_kind(reg.BULLETIN)
    pane.b_issue.setValue(3)
    _preview(pane, qtbot)
    pane.issue()
    pane.b_issue.setValue(3)
    pane.make_preview()
    qtbot.waitUntil(lambda: not pane.worker.busy, timeout=30000)
    assert any("已经印发" in w for w in pane.warnings)
    assert len(reg.register_rows()) == 1


def test_reminder_preview_and_issue_records_the_reminder(pane, qtbot):
    from models.documents import register as reg
    from models.instructions.records import Instruction

    pane.select_kind(reg.REMINDER)
    iid = pane.r_instruction.currentData()
    before = Instruction.get_by_id(iid).reminder_count
    _preview(pane, qtbot)
    n = len(pane.prepared.drafts)
    pane.issue()
    assert Instruction.get_by_id(iid).reminder_count == before + n
    assert len(reg.register_rows(kind=reg.REMINDER)) == n


def test_print_goes_through_the_print_dialog(pane, qtbot, monkeypatch):
    import ui.panes.documents as mod
    from models.documents import register as reg

    pane.select_kind(reg.FEEDBACK)
    _preview(pane, qtbot)
    painted = []

    class FakeDialog:
        DialogCode = mod.QPrintDialog.DialogCode

        def __init__(self, printer, parent):
            printer.setOutputFormat(mod.QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(pane.session.db_path.with_name("printed.pdf")))
            painted.append(printer)

        def exec(self):
            return mod.QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(mod, "QPrintDialog", FakeDialog)
    pane.print_pdf()
    assert painted and pane.session.db_path.with_name("printed.pdf").stat().st_size > 1000
    assert "已送打印机" in pane.status.text()


def test_viewer_can_preview_but_not_issue(tmp_path, tmp_path_factory, viewer, qtbot, monkeypatch):
    from models.core.db import close_database
    from ui.documents.pane import Pane
    from ui.session import Session

    db = open_copy(tmp_path_factory, tmp_path / "demo.sqlite3")
    try:
        widget = Pane(Session(db.database, viewer, TODAY))
        qtbot.addWidget(widget)
        widget.select_kind("feedback")
        _preview(widget, qtbot)
        assert widget.pdf.pageCount() > 0 and not widget.issue_button.isEnabled()
    finally:
        close_database()
