"""An unexpected error shows the calm Chinese dialog and is logged; 关于 and 诊断包."""
from __future__ import annotations

import sys
import threading
import zipfile

import pytest
from PySide6.QtWidgets import QApplication

from models.core import logs
from ui import crash
from ui.session import Session


@pytest.fixture
def shown(monkeypatch):
    """Every crash dialog that would have been shown: (summary, details, log file)."""
    seen = []

    def fake_exec(dialog):
        seen.append((dialog, dialog.details))
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    return seen


def test_an_error_in_a_slot_is_logged_and_shown_calmly(qapp, db, db_path, tmp_path, shown, qtbot):
    logs.setup_logging(tmp_path / "logs")
    try:
        with crash.crash_reporting(db_path):
            def broken_slot():
                raise ValueError("单位名称为空")

            # As Qt delivers an exception raised in a slot: to sys.excepthook.
            try:
                broken_slot()
            except ValueError:
                sys.excepthook(*sys.exc_info())
        assert len(shown) == 1
        dialog, details = shown[0]
        assert "单位名称为空" in details and "Traceback" in details and "数据版本" in details
        assert "程序内部错误（ValueError）" in dialog.findChild(__import__("PySide6.QtWidgets").QtWidgets.QLabel).text()
        text = (tmp_path / "logs" / "ducha.log").read_text(encoding="utf-8")
        assert "单位名称为空" in text and "未处理的错误" in text
    finally:
        logs.stop_logging()


def test_the_dialog_says_data_is_safe_and_copies_the_details(qapp, qtbot, tmp_path):
    dialog = crash.CrashDialog("单位名称为空", "Traceback …", tmp_path / "logs" / "ducha.log")
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    label = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "单位名称为空" in label and "已经保存的数据是安全的" in label and str(tmp_path / "logs" / "ducha.log") in label
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Traceback …"


def test_an_error_on_a_worker_thread_is_shown_on_the_gui_thread(qapp, db, db_path, shown, qtbot):
    with crash.crash_reporting(db_path) as reporter:
        worker = threading.Thread(target=lambda: (_ for _ in ()).throw(RuntimeError("后台计算失败")))
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
        assert reporter.count == 1
    assert "后台计算失败" in shown[0][1]


def test_the_hooks_are_restored_when_the_window_closes(qapp, db_path):
    before = sys.excepthook, threading.excepthook
    with crash.crash_reporting(db_path):
        assert sys.excepthook is not before[0]
    assert (sys.excepthook, threading.excepthook) == before


def test_a_burst_of_errors_shows_one_dialog(qapp, db, db_path, shown, monkeypatch):
    reporter = crash.CrashReporter(db_path)
    reporter.showing = True  # a dialog is already open
    reporter.handle(ValueError, ValueError("第二个错误"), None)
    assert shown == [] and reporter.count == 1


def test_about_names_version_database_schema_and_fonts(qapp, db, db_path, qtbot, tmp_path):
    from ui.about import AboutDialog

    session = Session(db_path)
    dialog = AboutDialog(session)
    qtbot.addWidget(dialog)
    facts = dialog.facts
    assert facts["数据库"] == str(db_path) and facts["数据版本"].isdigit()
    assert any(k.startswith("公文字体·") for k in facts)
    assert "PySide6" in facts and "程序版本" in facts
    import unittest.mock as mock

    from PySide6.QtWidgets import QMessageBox

    with mock.patch.object(QMessageBox, "information") as info:
        written = dialog.save_bundle(str(tmp_path / "包.zip"))
    assert written is not None and info.called
    with zipfile.ZipFile(written) as z:
        assert "记录数.json" in z.namelist()


def test_the_help_menu_opens_about(qapp, db, db_path, qtbot, monkeypatch):
    from ui.about import AboutDialog
    from ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(Session(db_path))
    qtbot.addWidget(window)
    menu = next(a for a in window.menuBar().actions() if a.text() == "帮助(&H)")
    next(a for a in menu.menu().actions() if a.text().startswith("关于")).trigger()
    assert len(opened) == 1


@pytest.mark.qt_no_exception_capture
def test_a_real_slot_raising_reaches_the_dialog(qapp, db, db_path, shown, qtbot):
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("保存")
    qtbot.addWidget(button)

    def save():
        raise KeyError("承办单位")

    button.clicked.connect(save)
    with crash.crash_reporting(db_path):
        button.click()
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    assert "承办单位" in shown[0][1]


def test_losing_the_server_in_a_slot_is_one_plain_message_not_a_crash(qapp, db, db_path, shown, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from models.core.errors import ConnectionLostError

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warned.append((title, text)))
    reporter = crash.CrashReporter(db_path)
    lost = ConnectionLostError("与数据库服务器的连接已中断……服务器恢复后再点保存")
    reporter.handle(ConnectionLostError, lost, None)
    assert shown == []  # no crash dialog, no traceback
    assert warned == [("与服务器的连接已中断", lost.message)]
    reporter.showing = True  # a burst: still one message
    reporter.handle(ConnectionLostError, lost, None)
    assert len(warned) == 1


def test_losing_the_server_with_no_form_open_does_not_speak_of_what_is_being_filled(qapp, qtbot, db_path, shown,
                                                                                     monkeypatch):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from models.core.dialect import lost_connection, parse

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: warned.append(text))
    reporter = crash.CrashReporter(db_path)
    lost = lost_connection(parse("postgresql://clerk@office-db:5432/ducha"))
    assert "您正在填写的内容仍保留在窗口中" in lost.message
    reporter.handle(type(lost), lost, None)  # a list refreshed, a page shown: nothing being filled
    assert "填写" not in warned[0] and "再试一次" in warned[0] and "office-db:5432" in warned[0]
    form = QDialog()
    qtbot.addWidget(form)
    form.open()  # a form being saved: what it holds stays, save again
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is form)
    reporter.handle(type(lost), lost, None)
    assert warned[1] == lost.message
    form.reject()
