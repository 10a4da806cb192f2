"""恢复备份 of a backup made before accounts: the warning comes first, the outcome after."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from models.core import audit
from models.core.actors import LOCAL_ACTOR, Actor, Role
from models.core.db import close_database, database
from models.core.schema import open_database
from models.safety import accounts
from models.safety import backups as br

NOW = dt.datetime(2014, 10, 28, 9)
BOSS = Actor("boss", Role.ADMIN)
CHIEF = Actor("chief", Role.ADMIN)


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

    backup = br.take_backup(LOCAL_ACTOR, database(), db_path, br.backup_folder(db_path))
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    return Session(db_path, BOSS, today), backup


def test_confirmation_leads_with_the_single_user_warning_and_the_outcome_is_told(before_accounts, qtbot, boxes):
    from ui.safety.restore_dialog import RestoreDialog
    from ui.safety.settings import SafetySettings

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
    assert text.startswith("注意：该备份是在启用账号之前制作的") and "单用户模式" in text
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
    from ui.safety.restore_dialog import RestoreDialog

    session, backup = before_accounts
    shown, answer = boxes
    answer["warning"] = QMessageBox.StandardButton.No
    dlg = RestoreDialog(session)
    qtbot.addWidget(dlg)
    dlg.choose(backup)
    assert not dlg.confirm_and_restore()
    assert len(shown) == 1 and accounts.has_accounts() and session.actor == BOSS


def test_same_accounts_ask_the_plain_question(before_accounts, db_path, qtbot, boxes):
    from ui.safety.restore_dialog import RestoreDialog

    session, _ = before_accounts
    shown, _ = boxes
    same = br.take_backup(LOCAL_ACTOR, database(), db_path, br.backup_folder(db_path))
    dlg = RestoreDialog(session)
    qtbot.addWidget(dlg)
    dlg.choose(same)
    assert dlg.accounts_note.isHidden()
    assert dlg.confirm_and_restore()
    assert [s[0] for s in shown] == ["question", "information"]
    assert shown[0][2].startswith("用“") and accounts.has_accounts() and session.actor == BOSS


@pytest.fixture
def sign_in(monkeypatch, boxes):
    """The sign-in dialog, answered from ``typed`` (name, password) or cancelled when
    ``typed`` is empty; ``asked`` counts the message boxes shown before each sign-in."""
    from ui.safety import login

    typed: list[tuple[str, str]] = []
    asked: list[int] = []
    shown, _ = boxes

    def exec_(dialog):
        asked.append(len(shown))
        if not typed:
            dialog.reject()
        else:
            dialog.name.setText(typed[0][0])
            dialog.password.setText(typed[0][1])
            dialog.try_login(NOW)
        return dialog.result()

    monkeypatch.setattr(login.LoginDialog, "exec", exec_)
    return typed, asked


@pytest.fixture
def window(db_path, today, qtbot):
    """The main window; the restore dialog opens from its 设置 pane, as in the program."""
    from ui.main_window import MainWindow
    from ui.session import Session

    w = MainWindow(Session(db_path, LOCAL_ACTOR, today))
    qtbot.addWidget(w)
    w.show()
    return w


def _restore(window, backup, qtbot):
    from ui.safety.restore_dialog import RestoreDialog

    dlg = RestoreDialog(window.session, window.pane("settings"))
    qtbot.addWidget(dlg)
    assert dlg.choose(backup) == []
    topics: list[str] = []
    window.session.changed.connect(topics.append)
    return dlg, topics


@pytest.fixture
def boss_only(db, db_path):
    """A backup whose only account is the administrator 'boss'; afterwards 'chief' is
    made an administrator too, and is the one restoring."""
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    backup = br.take_backup(LOCAL_ACTOR, database(), db_path, br.backup_folder(db_path))
    accounts.create_account(BOSS, "chief", "admin", "Chief-pass-1", NOW)
    return backup


def test_a_restorer_missing_from_the_backup_signs_in_again_before_going_on(boss_only, window, sign_in, boxes, qtbot):
    typed, asked = sign_in
    shown, _ = boxes
    window.session.actor = CHIEF
    dlg, topics = _restore(window, boss_only, qtbot)
    typed.append(("boss", "Admin-pass-1"))
    assert dlg.confirm_and_restore()
    # First the warning, then what happened, and only then the sign-in.
    assert [s[0] for s in shown] == ["warning", "warning"] and asked == [2]
    assert "备份中没有您的账号“chief”" in shown[0][2]
    assert "接下来请用备份中的账号登录" in shown[1][2] and "重新启动" not in shown[1][2]
    assert window.session.actor == BOSS and topics == ["restore", "login"]
    assert "boss（管理员）" in window.user_label.text()
    assert window.isVisible() and dlg.result() == QDialog.DialogCode.Accepted
    last = audit.AuditLog.select().order_by(audit.AuditLog.id.desc()).first()
    assert (last.action, last.actor) == ("restore", "chief")
    assert accounts.LoginState.get(accounts.LoginState.account == accounts.Account.get(name="boss").id).last_login_at


def test_a_restorer_demoted_in_the_backup_loses_the_admin_rights(db, db_path, window, sign_in, boxes, qtbot):
    typed, _ = sign_in
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    accounts.create_account(BOSS, "chief", "clerk", "Chief-pass-1", NOW)
    backup = br.take_backup(LOCAL_ACTOR, database(), db_path, br.backup_folder(db_path))
    accounts.change_role(BOSS, "chief", "admin")
    window.session.actor = CHIEF
    dlg, topics = _restore(window, backup, qtbot)
    typed.append(("chief", "Chief-pass-1"))
    assert dlg.confirm_and_restore()
    assert window.session.actor == Actor("chief", Role.CLERK)
    assert "chief（督查员）" in window.user_label.text() and topics == ["restore", "login"]


def test_cancelling_the_sign_in_closes_the_window_and_writes_nothing_more(boss_only, window, sign_in, qtbot):
    _typed, asked = sign_in
    window.session.actor = CHIEF
    dlg, topics = _restore(window, boss_only, qtbot)
    assert dlg.confirm_and_restore()
    assert asked and not window.isVisible() and not dlg.isVisible()
    assert topics == [] and window.session.actor == CHIEF
    # The restore is the last thing written: no sign-in, and nothing under chief's old rights.
    last = audit.AuditLog.select().order_by(audit.AuditLog.id.desc()).first()
    assert (last.action, last.actor) == ("restore", "chief") and audit.verify_chain() is None
    assert [a.name for a in accounts.list_accounts()] == ["boss"]
    assert not accounts.LoginState.select().where(accounts.LoginState.last_login_at.is_null(False)).exists()


@pytest.fixture
def single_user_now(db, db_path):
    """The database is single-user again (an older backup restored), and a backup with
    the administrator 'boss' exists."""
    folder = br.backup_folder(db_path)
    plain = br.take_backup(LOCAL_ACTOR, database(), db_path, folder, rotate=False)
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    with_boss = br.take_backup(LOCAL_ACTOR, database(), db_path, folder, rotate=False)
    close_database()
    br.restore(plain, db_path, NOW + dt.timedelta(hours=2), LOCAL_ACTOR)
    open_database(db_path)
    assert not accounts.has_accounts()
    return with_boss


def test_a_backup_with_accounts_over_single_user_asks_for_sign_in(single_user_now, window, sign_in, boxes, qtbot):
    typed, asked = sign_in
    shown, _ = boxes
    dlg, topics = _restore(window, single_user_now, qtbot)
    assert "密码为制作备份时各账号的密码" in dlg.accounts_note.text()
    typed.append(("boss", "Admin-pass-1"))
    assert dlg.confirm_and_restore()
    assert asked == [len(shown)] and "须用备份中的账号登录" in shown[-1][2]
    assert window.session.actor == BOSS and topics == ["restore", "login"]
    assert "boss（管理员）" in window.user_label.text() and window.isVisible()


def test_cancelling_the_first_sign_in_leaves_no_local_user_at_work(single_user_now, window, sign_in, qtbot):
    dlg, topics = _restore(window, single_user_now, qtbot)
    assert dlg.confirm_and_restore()
    assert not window.isVisible() and topics == []
    assert accounts.has_accounts()
