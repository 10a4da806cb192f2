"""The window when the office's server goes away and comes back: 已断开 / 已重新连接 in the
status bar, and a form whose save is cut keeps what was typed.

Runs on a PostgreSQL cluster of its own (``tests/pg_cluster.py``), stopped and started
here; the shared test server is never touched.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg_cluster import migrated_database, own_cluster
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture(scope="module")
def cluster():
    yield from own_cluster()


@pytest.fixture
def server_db(cluster, monkeypatch, tmp_path):
    yield from migrated_database(cluster, monkeypatch, tmp_path)


@pytest.fixture
def window(server_db, today, qtbot, cluster):
    w = MainWindow(Session(Path(cluster.url()), today=today))
    qtbot.addWidget(w)
    w.show()
    w.change_watch.timer.setInterval(20)  # the test waits for the signals, not for seconds
    qtbot.waitUntil(lambda: w.change_watch.seen is not None)
    yield w
    w.change_watch.stop()


def test_the_status_bar_says_disconnected_then_reconnected(window, cluster, qtbot):
    try:
        with qtbot.waitSignal(window.change_watch.disconnected, timeout=20000):
            cluster.stop()
        assert window.connection_label.isVisible() and window.connection_label.text() == "已断开"
        assert "连接已中断" in window.connection_label.toolTip()
    finally:
        with qtbot.waitSignal(window.change_watch.reconnected, timeout=30000):
            cluster.start()
    assert window.connection_label.text() == "已重新连接"
    assert "已重新连接" in window.statusBar().currentMessage()


def test_a_form_whose_save_is_cut_keeps_its_text_and_saves_once_the_server_is_back(window, cluster, qtbot,
                                                                                    type_text):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from models.core import record_check
    from models.instructions.records import Instruction
    from ui.instructions.forms import RegisterForm

    form = RegisterForm(window.session, None, window.show_pane("instructions"))
    qtbot.addWidget(form)
    form.open()
    type_text(form.matter, "防汛物资储备检查")
    type_text(form.text, "请市应急局牵头落实。")
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    cluster.stop()
    try:
        save.click()
        assert form.isVisible()  # the form stays open with what was typed
        assert "连接已中断" in form.error.text() and "服务器恢复后再点保存" in form.error.text()
        assert (form.matter.text(), form.text.toPlainText()) == ("防汛物资储备检查", "请市应急局牵头落实。")
    finally:
        cluster.start()
    assert Instruction.select().count() == 0  # nothing of the cut save
    save.click()
    assert not form.isVisible() and form.result() == QDialog.DialogCode.Accepted
    assert [(i.matter, i.text) for i in Instruction.select()] == [("防汛物资储备检查", "请市应急局牵头落实。")]
    assert record_check.check().ok


def test_a_page_first_opened_while_the_server_is_gone_leaves_the_navigation_where_it_was(window, cluster, qtbot,
                                                                                         monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import PANES

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    shown = window.show_pane("instructions")
    row = next(i for i, s in enumerate(PANES) if s.key == "calendar")
    try:
        with qtbot.waitSignal(window.change_watch.disconnected, timeout=20000):
            cluster.stop()
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is shown and PANES[window.nav.currentRow()].key == "instructions"
        assert len(said) == 1 and "无法打开“日历”" in said[0] and "填写" not in said[0]
    finally:
        with qtbot.waitSignal(window.change_watch.reconnected, timeout=30000):
            cluster.start()
    window.nav.setCurrentRow(row)  # the same click, the server back: 日历 opens
    assert type(window.stack.currentWidget()).__module__ == "ui.calendar.pane"


def test_a_forms_lost_connection_line_says_so_once_the_server_is_back(window, cluster, qtbot, type_text):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.instructions.forms import RegisterForm

    form = RegisterForm(window.session, None, window.show_pane("instructions"))
    qtbot.addWidget(form)
    form.open()
    type_text(form.matter, "防汛物资储备检查")
    type_text(form.text, "请市应急局牵头落实。")
    try:
        with qtbot.waitSignal(window.change_watch.disconnected, timeout=20000):
            cluster.stop()
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert "连接已中断" in form.error.text()
    finally:
        with qtbot.waitSignal(window.change_watch.reconnected, timeout=30000):
            cluster.start()
    assert form.isVisible() and form.error.text() == "已重新连接，可以再点保存。"
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not form.isVisible()
