"""账号管理 (administrator): create accounts, reset passwords, change roles, deactivate.

Opened from the 设置 pane, and from the dashboard's “建立管理员账号” button while the
database still runs as the local user: :func:`open_accounts`.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import ROLE_LABELS, Actor, Role
from models.core.errors import UserError, WorkflowError
from models.safety import accounts

from ui.widgets.forms import FormDialog
from ui.session import Change


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class NewAccountForm(FormDialog):
    """账号名, 姓名, 角色, 密码 twice; the first account can only be a 管理员."""

    def __init__(self, actor: Actor, first: bool, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("AccountForm", "新建管理员账号") if first
                         else QCoreApplication.translate("AccountForm", "新建账号"), parent)
        self.actor = actor
        self.name = self.add_row(self.tr("账号名"), QLineEdit())
        self.display = self.add_row(self.tr("姓名"), QLineEdit())
        self.role = QComboBox()
        for role in (Role.CLERK, Role.VIEWER, Role.ADMIN):
            self.role.addItem(self.tr(ROLE_LABELS[role]), role.value)
        if first:
            self.role.setCurrentIndex(self.role.findData(Role.ADMIN.value))
            self.role.setEnabled(False)
        self.add_row(self.tr("角色"), self.role)
        self.password = self.add_row(self.tr("密码"), QLineEdit())
        self.again = self.add_row(self.tr("再输一次"), QLineEdit())
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        note = self.tr("密码至少 {0} 个字符。").format(accounts.MIN_PASSWORD_LEN)
        if first:
            note += self.tr("建立后，每次打开程序都须用账号登录。")
        self.form.addRow(QLabel(note))

    def save(self) -> accounts.AccountInfo:
        if self.password.text() != self.again.text():
            raise WorkflowError("两次输入的密码不一致。")
        return accounts.create_account(self.actor, self.name.text(), self.role.currentData(),
                                       self.password.text(), _now(), display_name=self.display.text())


class AccountsDialog(QDialog):
    """The list of accounts with the administrator's actions."""

    COLUMNS = ("账号", "姓名", "角色", "状态", "最近登录")

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("账号管理"))
        self.resize(720, 420)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("新建账号…"))
        self.reset_button = QPushButton(self.tr("重置密码…"))
        self.role_button = QPushButton(self.tr("改角色…"))
        self.active_button = QPushButton(self.tr("停用"))
        self.unlock_button = QPushButton(self.tr("解除锁定"))
        close = QPushButton(self.tr("关闭"))
        self.add_button.clicked.connect(self.add_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.role_button, self.active_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list from the database."""
        self.rows = accounts.list_accounts()
        if not self.rows:
            self.intro.setText(self.tr("本数据库尚未建立账号，目前以“本机用户”身份运行，任何打开它的人都可以修改数据。"
                                       "请先建立管理员账号。"))
            self.add_button.setText(self.tr("建立管理员账号…"))
        else:
            self.intro.setText(self.tr("管理员：账号、设置、日历；督查员：录入和修改记录、印发文档；查阅：只读和打印。"))
            self.add_button.setText(self.tr("新建账号…"))
        now = _now()
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            if not a.active:
                state = self.tr("停用")
            elif a.locked_until and a.locked_until > now:
                state = self.tr("锁定至 {0}").format(f"{a.locked_until:%H:%M}")
            else:
                state = self.tr("正常")
            for c, text in enumerate((a.name, a.display_name, self.tr(a.role.label), state,
                                      (a.last_login_at or "").replace("T", " "))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()  # a handful of rows: cheap
        self._update_buttons()

    def selected(self) -> accounts.AccountInfo | None:
        """The account in the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        a = self.selected()
        for b in (self.reset_button, self.role_button, self.active_button, self.unlock_button):
            b.setEnabled(a is not None)
        if a is not None:
            self.active_button.setText(self.tr("停用") if a.active else self.tr("启用"))

    def _run(self, action, done: str) -> bool:
        try:
            action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("账号管理"), exc.message)
            return False
        self.session.notify(Change.ACCOUNTS)
        self.refresh()
        if done:
            QMessageBox.information(self, self.tr("账号管理"), done)
        return True

    def add_account(self) -> None:
        """Create an account; the first one signs this session in as that 管理员."""
        first = not accounts.has_accounts()
        form = NewAccountForm(self.session.actor, first, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        info = form.result_value
        if first:
            # From now on the local user no longer counts: continue as the new admin.
            self.session.actor = Actor(info.name, info.role)
        self.session.notify(Change.ACCOUNTS)
        self.refresh()

    def reset_password(self) -> None:
        a = self.selected()
        if a is None:
            return
        pw, ok = QInputDialog.getText(self, self.tr("重置密码"), self.tr("“{0}”的新密码：").format(a.name),
                                      QLineEdit.EchoMode.Password)
        if not ok:
            return
        again, ok = QInputDialog.getText(self, self.tr("重置密码"), self.tr("再输一次："), QLineEdit.EchoMode.Password)
        if not ok:
            return
        if pw != again:
            QMessageBox.warning(self, self.tr("重置密码"), self.tr("两次输入的密码不一致，未做修改。"))
            return
        self._run(lambda: accounts.change_password(self.session.actor, a.name, pw, _now()),
                  self.tr("已重置“{0}”的密码。").format(a.name))

    def change_role(self) -> None:
        a = self.selected()
        if a is None:
            return
        roles = [Role.ADMIN, Role.CLERK, Role.VIEWER]
        labels = [self.tr(ROLE_LABELS[r]) for r in roles]
        label, ok = QInputDialog.getItem(self, self.tr("改角色"), self.tr("“{0}”的角色：").format(a.name),
                                         labels, roles.index(a.role), False)
        if ok:
            role = roles[labels.index(label)]
            self._run(lambda: accounts.change_role(self.session.actor, a.name, role, a.version), "")

    def toggle_active(self) -> None:
        a = self.selected()
        if a is None:
            return
        if a.active:
            answer = QMessageBox.question(self, self.tr("停用账号"),
                                          self.tr("停用“{0}”后它将不能登录（历史记录保留）。确定吗？").format(a.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(lambda: accounts.set_active(self.session.actor, a.name, not a.active, a.version), "")

    def unlock(self) -> None:
        a = self.selected()
        if a is not None:
            self._run(lambda: accounts.unlock(self.session.actor, a.name), "")


def open_accounts(session, parent: QWidget | None = None) -> None:
    """Show the accounts dialog (the 设置 pane's and the dashboard's entry point)."""
    AccountsDialog(session, parent).exec()
