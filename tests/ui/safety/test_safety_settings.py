"""设置 → 账号与备份: the single-user warning and a backup taken from the button."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from models.safety import backups as backup_rotation
from ui.safety.settings import SafetySettings
from ui.session import Session


def test_backup_now_and_single_user_warning(qtbot, db, db_path, today, monkeypatch):
    session = Session(db_path, today=today)
    tab = SafetySettings(session)
    qtbot.addWidget(tab)
    assert "尚未建立账号" in tab.accounts_label.text()
    assert tab.accounts_btn.text() == "建立管理员账号…"
    assert "尚无备份" in tab.backup_label.text()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    with qtbot.waitSignal(session.changed):
        tab.backup_now()
    last = backup_rotation.last_backup(db_path)
    assert last is not None and last.path.exists()
    assert str(last.path) in shown[0]
    assert last.path.name in tab.backup_label.text()


def test_a_viewer_gets_no_backup_button_and_the_workflow_refuses_anyway(qtbot, db, db_path, today, viewer,
                                                                        monkeypatch):
    session = Session(db_path, viewer, today)
    tab = SafetySettings(session)
    qtbot.addWidget(tab)
    assert not tab.backup_button.isEnabled()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    tab.backup_now()  # were the button reached some other way
    assert "查阅" in warned[0] and backup_rotation.last_backup(db_path) is None


def test_on_a_file_the_single_user_warning_speaks_of_this_computer(qtbot, db, db_path, today):
    tab = SafetySettings(Session(db_path, today=today))
    qtbot.addWidget(tab)
    assert "任何打开本机的人" in tab.accounts_label.text() and "服务器" not in tab.accounts_label.text()
