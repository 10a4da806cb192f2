"""Ctrl+K: the search box lists hits by kind with lights; Enter opens the record in its pane."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.search_dialog import HIT_ROLE, SearchDialog
from ui.session import Session


@pytest.fixture
def session(demo_db, db_path, today):
    return Session(db_path, today=today)


def _rows(dialog):
    return [dialog.results.topLevelItem(i) for i in range(dialog.results.topLevelItemCount())]


def test_typing_lists_hits_grouped_by_kind_with_lights(session, qtbot, type_text):
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.box, "城中村")
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 0, timeout=10000)
    rows = _rows(dialog)
    heads = [r.text(0) for r in rows if r.data(0, HIT_ROLE) is None]
    assert heads[0].startswith("领导批示件（") and any(h.startswith("重点工作（") for h in heads)
    first = dialog.results.currentItem()
    assert first.data(0, HIT_ROLE).kind == "instruction" and first.text(0)[0] in "●▲■○"
    assert "找到" in dialog.status.text()


def test_arrows_move_and_enter_chooses(session, qtbot, type_text):
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.box, "城中村")
    qtbot.waitUntil(lambda: dialog.results.currentItem() is not None, timeout=10000)
    QTest.keyClick(dialog.box, Qt.Key.Key_Down)
    second = dialog.results.currentItem().data(0, HIT_ROLE)
    QTest.keyClick(dialog.box, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen == second


def test_nothing_found_says_so(session, qtbot, type_text):
    dialog = SearchDialog(session)
    qtbot.addWidget(dialog)
    type_text(dialog.box, "不存在的词语")
    qtbot.waitUntil(lambda: "没有找到" in dialog.status.text(), timeout=10000)
    assert dialog.results.topLevelItemCount() == 0


def test_ctrl_k_opens_search_and_the_choice_opens_its_pane(session, qtbot, monkeypatch):
    from models.search.index import search
    from ui.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    hit = next(h for h in search("城中村", session.today()) if h.kind == "instruction")

    def choose(dialog):
        dialog.chosen = hit
        return 1

    monkeypatch.setattr(SearchDialog, "exec", choose)
    shortcut = next(a for a in window.actions() if a.shortcut().toString() == "Ctrl+K")
    shortcut.trigger()
    assert window.nav.currentItem().text() == "批示件"
    assert window.stack.currentWidget().detail.instruction_id == hit.record_id
