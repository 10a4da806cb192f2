"""Sign-in dialog, audit pane, accounts and restore dialogs, driven offscreen."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from models.core import audit
from models.core.actors import LOCAL_ACTOR, Actor, Role
from models.reference.directory import Unit, UnitData, save_unit
from models.safety import accounts

NOW = dt.datetime(2014, 10, 28, 9)


@pytest.fixture
def session(db, db_path, today):
    from ui.session import Session

    return Session(db_path, LOCAL_ACTOR, today)


@pytest.fixture(autouse=True)
def _quiet_boxes(monkeypatch):
    answers = {"question": QMessageBox.StandardButton.Yes}
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers["question"])
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    return answers


def test_no_accounts_means_the_local_user_without_a_dialog(db, qtbot):
    from ui.safety.login import ask_login

    assert ask_login(None) == LOCAL_ACTOR


def test_login_dialog_refuses_then_accepts(db, qtbot):
    from ui.safety.login import LoginDialog

    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    dlg = LoginDialog()
    qtbot.addWidget(dlg)
    dlg.name.setText("boss")
    dlg.password.setText("wrong-pass")
    assert not dlg.try_login(NOW)
    assert "不正确" in dlg.error.text() and dlg.password.text() == ""
    dlg.password.setText("Admin-pass-1")
    assert dlg.try_login(NOW)
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.actor == Actor("boss", Role.ADMIN)


def test_login_dialog_waits_after_many_wrong_passwords_then_lets_the_right_one_in(db, qtbot):
    from PySide6.QtCore import QTimer

    from ui.safety.login import LoginDialog

    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    for i in range(5):
        with pytest.raises(accounts.LoginError):
            accounts.authenticate("boss", f"guess-{i}", NOW, lambda s: None)
    dlg = LoginDialog(None, "boss")
    qtbot.addWidget(dlg)
    seen = {}

    def during_the_wait():
        seen.update(text=dlg.error.text(), typing=dlg.password.isEnabled(), button=dlg.buttons.isEnabled())

    QTimer.singleShot(200, during_the_wait)
    dlg.password.setText("Admin-pass-1")
    assert dlg.try_login(NOW)  # the real one-second wait, the window kept alive
    assert seen == {"text": "该账号已连续输错多次密码：1 秒后核对……", "typing": False, "button": False}
    assert dlg.actor == Actor("boss", Role.ADMIN) and accounts.sign_in_delay("boss") == 0


def test_audit_pane_searches_by_record_user_and_exports(session, actor, clerk, qtbot, tmp_path):
    from ui.safety.audit import Pane

    u = save_unit(actor, UnitData("市水利局"))
    save_unit(clerk, UnitData("市水利局", "水利局"), u.id, u.version)
    for i in range(450):
        save_unit(clerk, UnitData(f"单位{i:03d}"))
    pane = Pane(session)
    qtbot.addWidget(pane)
    # 452 changes, after the new file's two baseline rows (its seeded calendar).
    assert pane.model.total == 452 + 2 and pane.model.rowCount() == 200  # fetched lazily
    pane.model.fetchMore()
    assert pane.model.rowCount() == 400
    pane.table_box.setCurrentIndex(pane.table_box.findData("unit"))
    pane.record_box.setText(str(u.id))
    pane.run_search()
    assert [e.action for e in pane.model.rows] == ["update", "insert"]
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    fields = {pane.detail.item(r, 0).text(): (pane.detail.item(r, 1).text(), pane.detail.item(r, 2).text())
              for r in range(pane.detail.rowCount())}
    assert fields["简称"] == ("", "水利局") and fields["版本号"] == ("1", "2")
    raw = {pane.detail.item(r, 0).text(): pane.detail.item(r, 0).toolTip() for r in range(pane.detail.rowCount())}
    assert raw["简称"] == "short_name"
    pane.record_box.clear()
    pane.actor_box.setCurrentIndex(pane.actor_box.findData(clerk.name))
    pane.run_search()
    assert pane.model.total == 451
    out = pane.export(str(tmp_path / "a.xlsx"))
    ws = openpyxl.load_workbook(out).active
    assert ws.max_row == 2 + 451 and ws["C3"].value == clerk.name
    pane.record_box.setText("x1")
    pane.run_search()
    assert "数字" in pane.status.text()


def test_audit_pane_names_tables_operations_and_fields_in_chinese(session, actor, qtbot):
    from PySide6.QtCore import Qt

    from models.messages import records as messages
    from ui.safety.audit import Pane
    from ui.widgets.audit_model import COL_ACTION, COL_TABLE

    messages.add_message(actor, messages.MessageData("M1", dt.datetime(2014, 10, 27, 9), "路灯不亮"), NOW.date())
    b = messages.mark_read(actor, 1, NOW.date(), "转交通局")
    pane = Pane(session)
    qtbot.addWidget(pane)
    # The seeded calendar's baseline (工作日历, 日历年份) is in every new file's log.
    assert [pane.table_box.itemText(i) for i in range(pane.table_box.count())] == [
        "全部", "工作日历", "日历年份", "网民留言"]
    assert pane.table_box.itemData(3, Qt.ItemDataRole.ToolTipRole) == "message"
    top = pane.model.rows[0]
    assert top.record_id == str(b.id) and top.action == "transition"
    cell = {c: pane.model.index(0, c) for c in (COL_ACTION, COL_TABLE)}
    assert pane.model.data(cell[COL_TABLE]) == "网民留言" and pane.model.data(cell[COL_ACTION]) == "办理（状态变更）"
    assert pane.model.data(cell[COL_TABLE], Qt.ItemDataRole.ToolTipRole) == "message"
    assert pane.model.data(cell[COL_ACTION], Qt.ItemDataRole.ToolTipRole) == "transition"
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    names = [pane.detail.item(r, 0).text() for r in range(pane.detail.rowCount())]
    assert {"办理状态", "阅读日期", "研判意见", "版本号"} <= set(names)
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names)


def test_accounts_dialog_first_admin_signs_the_session_in(session, qtbot, monkeypatch):
    from ui.safety.accounts_dialog import AccountsDialog, NewAccountForm

    dlg = AccountsDialog(session)
    qtbot.addWidget(dlg)
    assert "尚未建立账号" in dlg.intro.text()

    def fill(form):
        assert not form.role.isEnabled() and form.role.currentData() == "admin"
        form.name.setText("boss")
        form.password.setText("Admin-pass-1")
        form.again.setText("Admin-pass-1")
        form._try_save()
        return form.result()

    monkeypatch.setattr(NewAccountForm, "exec", fill)
    dlg.add_account()
    assert session.actor == Actor("boss", Role.ADMIN)
    assert [a.name for a in accounts.list_accounts()] == ["boss"]
    assert dlg.table.rowCount() == 1 and dlg.table.item(0, 2).text() == "管理员"


def test_new_account_form_shows_refusals(db, qtbot):
    from ui.safety.accounts_dialog import NewAccountForm

    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    form = NewAccountForm(Actor("boss", Role.ADMIN), False)
    qtbot.addWidget(form)
    form.name.setText("zhang")
    form.password.setText("Clerk-pass-1")
    form.again.setText("Clerk-pass-2")
    form._try_save()
    assert "不一致" in form.error.text()
    form.again.setText("Clerk-pass-1")
    form._try_save()
    assert form.result() == QDialog.DialogCode.Accepted
    assert accounts.list_accounts()[1].role is Role.CLERK


def test_restore_dialog_refuses_a_bad_backup_and_restores_a_good_one(session, actor, db_path, qtbot, tmp_path):
    from models.core.db import database
    from models.safety import backups as br
    from ui.safety.restore_dialog import RestoreDialog

    save_unit(actor, UnitData("市水利局"))
    good = br.take_backup(LOCAL_ACTOR, database(), db_path, br.backup_folder(db_path))
    save_unit(actor, UnitData("市农委"))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    dlg = RestoreDialog(session)
    qtbot.addWidget(dlg)
    assert dlg.list.count() == 1
    assert dlg.choose(bad) and not dlg.restore_button.isEnabled() and "不能恢复" in dlg.verdict.text()
    seen = []
    session.changed.connect(seen.append)
    assert dlg.choose(good) == [] and dlg.restore_button.isEnabled()
    assert dlg.confirm_and_restore()
    assert [u.name for u in Unit.select()] == ["市水利局"]
    assert dlg.aside is not None and dlg.aside.exists()
    assert seen == ["restore"]
    last = audit.AuditLog.select().order_by(audit.AuditLog.id.desc()).first()
    assert last.action == "restore" and audit.verify_chain() is None


def test_an_admin_marks_a_clerk_may_sign_in_the_accounts_dialog(session, qtbot, monkeypatch):
    from ui.safety.accounts_dialog import AccountsDialog

    now = NOW
    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", now)
    session.actor = Actor("boss", Role.ADMIN)
    accounts.create_account(session.actor, "zhang", "clerk", "Clerk-pass-1", now)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    dlg = AccountsDialog(session)
    qtbot.addWidget(dlg)
    dlg.table.selectRow(0)  # boss: a 管理员 signs anyway
    assert dlg.table.item(0, 3).text() == "是" and not dlg.sign_button.isEnabled()
    dlg.table.selectRow(1)
    assert dlg.table.item(1, 3).text() == "" and dlg.sign_button.isEnabled()
    assert dlg.sign_button.text() == "设为可签发"
    dlg.toggle_may_sign()
    assert accounts.Account.get(accounts.Account.name == "zhang").actor.may_sign
    assert "可以签发" in told[-1]
    dlg.table.selectRow(1)
    assert dlg.table.item(1, 3).text() == "是" and dlg.sign_button.text() == "取消可签发"
    dlg.toggle_may_sign()
    assert not accounts.Account.get(accounts.Account.name == "zhang").may_sign
