"""审核签发 in the 文档 pane: 提交签发 for clerks, 签发/退回 for signers, 印发 only once signed."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.documents_demo import TODAY, open_copy

NOW = dt.datetime(2014, 10, 28, 9, 0)


@pytest.fixture
def office(tmp_path, tmp_path_factory, qtbot, monkeypatch):
    """The demo with accounts, and a 文档 pane for a maker: ``office(actor)``."""
    from models.core.actors import LOCAL_ACTOR, Actor, Role
    from models.core.db import close_database
    from models.safety import accounts
    from ui.documents.pane import Pane
    from ui.session import Session

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    db = open_copy(tmp_path_factory, tmp_path / "demo.sqlite3")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: warnings.append(text))
    accounts.create_account(LOCAL_ACTOR, "主任", "admin", "Admin-pass-1", NOW)
    director = Actor("主任", Role.ADMIN)
    accounts.create_account(director, "张督查", "clerk", "Clerk-pass-1", NOW)
    panes = []

    def make(actor):
        widget = Pane(Session(db.database, actor, TODAY))
        widget.warnings = warnings
        qtbot.addWidget(widget)
        widget.resize(1300, 850)
        widget.show()
        panes.append(widget)
        return widget

    make.director, make.clerk = director, Actor("张督查", Role.CLERK)
    yield make
    for p in panes:
        qtbot.waitUntil(lambda p=p: not p.worker.busy, timeout=20000)
    close_database()


def _preview(pane, qtbot):
    pane.make_preview()
    qtbot.waitUntil(lambda: not pane.worker.busy, timeout=30000)
    qtbot.waitUntil(lambda: pane.pdf.status() == QPdfDocument.Status.Ready, timeout=5000)


def _refresh(pane):
    from ui.session import Change

    pane.session.notify(Change.DOCUMENTS)


def test_clerk_submits_director_signs_then_clerk_issues(office, qtbot):
    from models.documents import register as reg
    from models.documents import signing as sg

    clerk = office(office.clerk)
    clerk.select_kind(reg.BULLETIN)
    _preview(clerk, qtbot)
    # A clerk sees 提交签发, no 签发/退回, and 印发 greyed out with the reason said.
    assert clerk.submit_button.isVisible() and clerk.submit_button.isEnabled()
    assert not clerk.issue_button.isEnabled()
    assert "尚未签发" in clerk.sign_note.text() and clerk.sign_note.isVisible()
    assert clerk.sign_button.isHidden() and clerk.return_button.isHidden()

    qtbot.mouseClick(clerk.submit_button, Qt.MouseButton.LeftButton)
    assert not clerk.warnings
    assert not clerk.submit_button.isEnabled() and not clerk.issue_button.isEnabled()
    assert "等待签发" in clerk.sign_note.text()
    assert clerk.requests.rowCount() == 1 and clerk.tabs.tabText(clerk.requests_tab) == "待签发（1）"

    boss = office(office.director)
    assert not boss.sign_button.isHidden() and not boss.return_button.isHidden()
    assert not boss.sign_button.isEnabled()  # nothing selected yet
    [req] = sg.pending_rows()
    boss.select_request(req.id)
    assert boss.sign_button.isEnabled()
    qtbot.mouseClick(boss.view_request_button, Qt.MouseButton.LeftButton)
    assert boss.current_pdf == clerk.prepared.rendered.pdf and boss.is_draft
    assert not boss.issue_button.isEnabled() and boss.tabs.currentIndex() == 0
    qtbot.mouseClick(boss.sign_button, Qt.MouseButton.LeftButton)
    assert not boss.warnings
    assert sg.SigningRequest.get_by_id(req.id).state == sg.SIGNED
    assert boss.requests.item(0, 1).text() == sg.SIGNED and not boss.sign_button.isEnabled()

    _refresh(clerk)
    assert clerk.issue_button.isEnabled() and not clerk.sign_note.isVisible()
    qtbot.mouseClick(clerk.issue_button, Qt.MouseButton.LeftButton)
    assert not clerk.warnings
    [row] = reg.register_rows()
    assert (row.drafter, row.signer) == ("张督查", "主任")
    assert [clerk.register.item(0, c).text() for c in (6, 7)] == ["张督查", "主任"]
    assert clerk.register.item(0, 8).text().startswith("2014-10-28 ")


def test_a_returned_document_stays_unissued_with_the_reason_shown(office, qtbot, monkeypatch):
    from models.documents import register as reg
    from models.documents import signing as sg

    clerk = office(office.clerk)
    clerk.select_kind(reg.BULLETIN)
    _preview(clerk, qtbot)
    qtbot.mouseClick(clerk.submit_button, Qt.MouseButton.LeftButton)
    boss = office(office.director)
    boss.select_request(sg.pending_rows()[0].id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("请补充下一步工作", True))
    qtbot.mouseClick(boss.return_button, Qt.MouseButton.LeftButton)
    assert not boss.warnings
    assert "请补充下一步工作" in boss.requests.item(0, 6).text()

    _refresh(clerk)
    assert not clerk.issue_button.isEnabled()
    assert "请补充下一步工作" in clerk.sign_note.text()
    assert clerk.submit_button.isEnabled()  # may be submitted again
    clerk.issue()  # even called directly, nothing is issued
    assert reg.register_rows() == [] and "退回" in clerk.warnings[-1]


def test_single_user_mode_has_no_signing_step(tmp_path, tmp_path_factory, actor, qtbot, monkeypatch):
    from models.core.db import close_database
    from models.documents import register as reg
    from ui.documents.pane import Pane
    from ui.session import Session

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    db = open_copy(tmp_path_factory, tmp_path / "demo.sqlite3")
    pane = Pane(Session(db.database, actor, TODAY))
    qtbot.addWidget(pane)
    pane.show()
    try:
        pane.select_kind(reg.BULLETIN)
        _preview(pane, qtbot)
        assert pane.issue_button.isEnabled() and not pane.sign_note.isVisible()
        assert not pane.submit_button.isVisible()
        assert pane.sign_button.isHidden() and pane.return_button.isHidden()
    finally:
        qtbot.waitUntil(lambda: not pane.worker.busy, timeout=20000)
        close_database()
