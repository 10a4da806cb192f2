"""The sign-in dialog shown at start once the database has accounts."""
from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from models.core import presence
from models.core.actors import LOCAL_ACTOR, Actor
from models.core.db import database, on_server
from models.core.paths import network_warning
from models.safety import accounts


class LoginDialog(QDialog):
    """账号 + 密码; a wrong password keeps the dialog open with the reason."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登录督查工作台"))
        self.setModal(True)
        self.actor: Actor | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("账号名"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("账号"), self.name)
        form.addRow(self.tr("密码"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("登录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons = buttons
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("忘记密码请联系管理员重置。连续输错密码后，每次登录要多等几秒。"))
        hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.name.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.try_login)
        self.setMinimumWidth(360)
        if name:
            # The account was named on the command line (--user): only the password is left.
            self.name.setText(name)
            self.password.setFocus()

    def wait(self, seconds: float) -> None:
        """Wait before the password is checked (after many wrong ones), the window still
        drawn and nothing in it clickable."""
        self.error.setText(self.tr("该账号已连续输错多次密码：{0} 秒后核对……").format(f"{seconds:g}"))
        self.error.show()
        for w in (self.name, self.password, self.buttons):
            w.setEnabled(False)
        loop = QEventLoop(self)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        for w in (self.name, self.password, self.buttons):
            w.setEnabled(True)

    def try_login(self, now: dt.datetime | None = None) -> bool:
        """Check the typed name and password; accept the dialog when they are right."""
        try:
            self.actor = accounts.authenticate(self.name.text(), self.password.text(),
                                               now if isinstance(now, dt.datetime) else dt.datetime.now(),
                                               self.wait)
        except accounts.LoginError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return False
        self.accept()
        return True


def ask_login(parent: QWidget | None = None, name: str | None = None) -> Actor | None:
    """The actor to run as: the local user when there are no accounts, else whoever
    signs in (``name`` pre-fills the account); ``None`` when the person chose to quit.
    Warns about a network share first."""
    db = database()
    path = Path(db.database)
    warning = "" if on_server(db) else network_warning(path)
    if warning:
        QMessageBox.warning(parent, "督查工作台", warning)
    if not accounts.has_accounts():
        actor = LOCAL_ACTOR
    else:
        dialog = LoginDialog(parent, name or "")
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        actor = dialog.actor
    # A read-only folder must not stop the office; the lock message is then just vaguer.
    with contextlib.suppress(OSError):
        presence.register_database(db, actor.name)
    return actor
