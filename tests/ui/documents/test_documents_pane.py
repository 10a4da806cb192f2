"""The 文档 pane: pick a document, edit its text, preview the real PDF, issue, re-print."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

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


class _FileDialog:
    """QPrintDialog standing in: accepts at once, printing to a PDF file beside the database."""

    DialogCode = QPrintDialog.DialogCode
    opened: list = []

    def __init__(self, printer, parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(parent.session.db_path.with_name("printed.pdf")))
        self.printer, self.title = printer, ""
        _FileDialog.opened.append(self)

    def setWindowTitle(self, title):  # noqa: N802 - Qt's name
        self.title = title

    def setOption(self, *_):  # noqa: N802 - Qt's name
        pass

    def setMinMax(self, low, high):  # noqa: N802 - Qt's name
        self.range = (low, high)

    def exec(self):
        return self.DialogCode.Accepted


@pytest.fixture
def print_dialog(monkeypatch):
    import ui.documents.pane as mod

    _FileDialog.opened = []
    monkeypatch.setattr(mod, "QPrintDialog", _FileDialog)
    return _FileDialog


def test_print_goes_through_the_print_dialog_to_a_worker(pane, qtbot, print_dialog):
    from models.documents import register as reg

    pane.select_kind(reg.FEEDBACK)
    _preview(pane, qtbot)
    assert pane.print_button.text() == "打印样稿(&R)…"
    pane.print_pdf()
    [dialog] = print_dialog.opened
    assert dialog.title == "打印样稿" and dialog.range == (1, pane.pdf.pageCount())
    assert pane.print_job is not None and not pane.preview_button.isEnabled()
    qtbot.waitUntil(lambda: pane.print_job is None, timeout=30000)
    assert pane.session.db_path.with_name("printed.pdf").stat().st_size > 1000
    assert "已送打印机" in pane.status.text() and "样稿" in pane.status.text()
    assert pane.preview_button.isEnabled() and not pane.warnings


def test_printing_can_be_cancelled_from_the_progress_dialog(pane, qtbot, print_dialog, monkeypatch):
    import threading

    from models.documents import register as reg
    from ui import printing

    hold = threading.Event()
    original = printing.print_pages

    def held(data, printer, pages, progress, cancelled):
        def page_done(done, total):
            progress(done, total)
            hold.wait(10)

        return original(data, printer, pages, page_done, cancelled)

    monkeypatch.setattr(printing, "print_pages", held)
    pane.select_kind(reg.BULLETIN)
    _preview(pane, qtbot)
    pane.print_pdf()
    qtbot.waitUntil(lambda: pane._print_progress is not None and pane._print_progress.value() == 1, timeout=30000)
    [cancel] = pane._print_progress.findChildren(QPushButton)
    assert cancel.text() == "取消"
    cancel.click()
    hold.set()
    qtbot.waitUntil(lambda: pane.print_job is None, timeout=30000)
    assert "已取消打印" in pane.status.text() and "取消前已处理 1 页" in pane.status.text()
    assert pane.print_button.isEnabled()


def test_a_print_job_ending_inside_the_progress_update_is_handled(pane, qtbot, print_dialog, monkeypatch):
    """A window-modal QProgressDialog.setValue() processes events: the job's end may arrive inside it."""
    import threading

    from models.documents import register as reg
    from ui import printing

    hold = threading.Event()
    original = printing.print_pages

    def held(data, printer, pages, progress, cancelled):
        hold.wait(10)
        return original(data, printer, pages, progress, cancelled)

    monkeypatch.setattr(printing, "print_pages", held)
    pane.select_kind(reg.FEEDBACK)
    _preview(pane, qtbot)
    pane.print_pdf()
    progress = pane._print_progress
    monkeypatch.setattr(progress, "setValue", lambda _v: pane._printed(printing.PrintResult(1, 1)))
    pane._print_step(1, 1)
    assert pane.print_job is None and "已送打印机" in pane.status.text()
    hold.set()
    assert QThreadPool.globalInstance().waitForDone(30000)


def _pdf_text(data: bytes) -> tuple[str, list[str]]:
    """All characters of a PDF, and per page its grey ones (the draft mark)."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "".join(c["text"] for page in pdf.pages for c in page.chars)
        marks = ["".join(c["text"] for c in page.chars if c["text"].strip() and tuple(
            round(x, 2) for x in (c.get("non_stroking_color") or ())) == (0.78, 0.78, 0.78)) for page in pdf.pages]
    return text, marks


def test_before_issue_the_pane_shows_prints_and_saves_the_draft_after_it_the_issued_file(
        pane, qtbot, monkeypatch, tmp_path):
    from models.documents import register as reg

    pane.select_kind(reg.BULLETIN)
    pane.b_issue.setValue(7)
    _preview(pane, qtbot)
    assert pane.current_pdf == pane.prepared.rendered.pdf and pane.is_draft
    text, marks = _pdf_text(pane.current_pdf)
    assert "2014年第7期" not in text and "2014年第\u3000\u3000期" in text
    assert marks == ["样稿·未印发"] * pane.pdf.pageCount()
    assert "2014年第7期" in pane.status.text()  # the clerk still sees which number issuing will take

    asked = []
    out = tmp_path / "draft.pdf"

    def save_as(_parent, title, name, _filter):
        from pathlib import Path

        from ui.documents.pane import documents_folder

        assert Path(name).parent == Path(documents_folder())  # the user's Documents, not the program's folder
        asked.append((title, Path(name).name))
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    pane.save_pdf()
    assert asked == [("另存样稿", "督查通报（样稿）.pdf")]
    assert out.read_bytes() == pane.prepared.rendered.pdf

    official = pane.prepared.official.pdf
    pane.issue()
    [row] = reg.register_rows()
    assert reg.stored_pdf(row.id) == official == pane.current_pdf and not pane.is_draft
    qtbot.waitUntil(lambda: pane.pdf.status() == QPdfDocument.Status.Ready, timeout=5000)
    text, marks = _pdf_text(pane.current_pdf)
    assert "2014年第7期" in text and not any(marks)
    assert pane.print_button.text() == "打印(&R)…"
    pane.save_pdf()
    assert asked[-1] == ("另存为 PDF/Word", "2014年第7期.pdf") and out.read_bytes() == official


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


def test_the_bulletin_title_follows_the_period_unless_rewritten(pane, qtbot):
    import datetime as dt

    pane.b_from.setDate(dt.date(2014, 7, 1))
    pane.b_to.setDate(dt.date(2014, 9, 30))
    assert "2014年7—9月" in pane.b_title.text() and "1月1日" not in pane.b_title.text()
    pane.b_title.setText("关于三季度重点工作推进情况的通报")
    pane.b_from.setDate(dt.date(2014, 8, 1))
    assert pane.b_title.text() == "关于三季度重点工作推进情况的通报"  # the clerk's own title stays
