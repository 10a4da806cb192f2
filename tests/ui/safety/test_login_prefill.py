"""``python main.py --user NAME`` opens the window with NAME already in the sign-in dialog."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from models.core.actors import LOCAL_ACTOR, Actor, Role
from models.safety import accounts

NOW = dt.datetime(2014, 10, 28, 9)


def test_a_named_account_is_filled_in_and_the_password_is_next(db, qtbot):
    from ui.safety.login import LoginDialog

    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    dlg = LoginDialog(None, "boss")
    qtbot.addWidget(dlg)
    assert dlg.name.text() == "boss" and dlg.focusWidget() is dlg.password
    dlg.password.setText("Admin-pass-1")
    assert dlg.try_login(NOW) and dlg.actor == Actor("boss", Role.ADMIN)
    plain = LoginDialog()
    qtbot.addWidget(plain)
    assert plain.name.text() == "" and plain.focusWidget() is not plain.password


def test_ask_login_hands_the_name_to_the_dialog(db, qtbot, monkeypatch):
    from ui.safety import login

    accounts.create_account(LOCAL_ACTOR, "boss", "admin", "Admin-pass-1", NOW)
    seen = []

    def exec_(dialog):
        seen.append(dialog.name.text())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(login.LoginDialog, "exec", exec_)
    assert login.ask_login(None, "boss") is None
    assert login.ask_login(None) is None
    assert seen == ["boss", ""]


def test_run_gui_passes_the_user_to_the_sign_in(tmp_path, monkeypatch, qtbot):
    from models.core.db import db_proxy
    from ui import app
    from ui.safety import login

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    # The test's own application: no translator or font of the real start-up.
    monkeypatch.setattr(app, "make_app", lambda argv=None: QApplication.instance())
    asked = []
    monkeypatch.setattr(login, "ask_login", lambda parent, name=None: asked.append(name))
    assert app.run_gui(tmp_path / "office.sqlite3", None, "lin") == 0
    assert asked == ["lin"]
    # Nobody signed in: the database was closed again, as at a cancelled start.
    assert db_proxy.obj is None
