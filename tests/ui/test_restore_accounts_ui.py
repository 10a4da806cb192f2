"""恢复备份 of a backup made before accounts: the warning comes first, the outcome after."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from models import accounts, audit
from models import backup_rotation as br
from models.actors import LOCAL_ACTOR, Actor, Role
from models.db import database

NOW = dt.datetime(2014, 10, 28, 9)
BOSS = Actor("boss", Role.ADMIN)


@pytest.fixture
def boxes(monkeypatch):
    """Every message box shown, as (kind, title, text, rest); 'warning' answers from ``answer``."""
    shown: list[tuple] = []
    answer = {"warning": QMessageBox.StandardButton.Yes}

    def box(kind):
        def show(_parent, title, text, *rest, **_kw):
            shown.append((kind, title, text, rest))
            return answer[kind] if kind == "warning" else QMessageBox.StandardButton.Yes
        return show

    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    return shown, answer


@pytest.fixture
def before_accounts(db, db_path, today):
    """A backup taken while single-user; then 'boss' becomes the first administrator."""
    from ui.session import Session

    backup = br.take_backup(database(), db_path, NOW, br.backup_folder(db_path))
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    return Session(db_path, BOSS, today), backup


def test_confirmation_leads_with_the_single_user_warning_and_the_outcome_is_told(before_accounts, qtbot, boxes):
    from ui.restore_dialog import RestoreDialog
    from ui.safety_settings import SafetySettings

    session, backup = before_accounts
    shown, _ = boxes
    tab = SafetySettings(session)
    qtbot.addWidget(tab)
    assert "已启用账号登录" in tab.accounts_label.text()
    dlg = RestoreDialog(session)
    qtbot.addWidget(dlg)
    assert dlg.choose(backup) == []
    assert not dlg.accounts_note.isHidden() and "单用户模式" in dlg.accounts_note.text()
    topics = []
    session.changed.connect(topics.append)
    assert dlg.confirm_and_restore()
    kind, _title, text, rest = shown[0]
    assert kind == "warning"  # the warning icon, not a routine question
    assert text.startswith("注意：该备份做于启用账号之前") and "单用户模式" in text
    assert text.index("单用户模式") < text.index("替换现在的数据库吗")
    assert rest[1] == QMessageBox.StandardButton.No  # 否 is the default
    kind, _title, text, _rest = shown[1]
    assert kind == "warning" and text.startswith("已回到单用户模式") and "本机用户" in text
    assert not accounts.has_accounts()
    assert session.actor == LOCAL_ACTOR and topics == ["restore", "login"]
    assert "尚未建立账号" in tab.accounts_label.text()
    last = audit.AuditLog.select().order_by(audit.AuditLog.id.desc()).first()
    assert last.action == "restore" and last.actor == "boss"


def test_declining_the_warning_keeps_the_accounts(before_accounts, qtbot, boxes):
    from ui.restore_dialog import RestoreDialog

    session, backup = before_accounts
    shown, answer = boxes
    answer["warning"] = QMessageBox.StandardButton.No
    dlg = RestoreDialog(session)
    qtbot.addWidget(dlg)
    dlg.choose(backup)
    assert not dlg.confirm_and_restore()
    assert len(shown) == 1 and accounts.has_accounts() and session.actor == BOSS


def test_same_accounts_ask_the_plain_question(before_accounts, db_path, qtbot, boxes):
    from ui.restore_dialog import RestoreDialog

    session, _ = before_accounts
    shown, _ = boxes
    same = br.take_backup(database(), db_path, NOW + dt.timedelta(hours=1), br.backup_folder(db_path))
    dlg = RestoreDialog(session)
    qtbot.addWidget(dlg)
    dlg.choose(same)
    assert dlg.accounts_note.isHidden()
    assert dlg.confirm_and_restore()
    assert [s[0] for s in shown] == ["question", "information"]
    assert shown[0][2].startswith("用“") and accounts.has_accounts() and session.actor == BOSS
