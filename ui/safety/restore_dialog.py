"""恢复备份: pick a backup, see it verified, then replace the database (old file kept)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core import presence
from models.core.actors import LOCAL_ACTOR, Permission
from models.core.db import close_database
from models.core.errors import UserError
from models.core.schema import open_database
from models.safety import backups as br
from models.safety import restore_check as backup_check
from ui.safety.login import ask_login
from ui.session import Change


class RestoreDialog(QDialog):
    """Backups in the configured folder, newest first; restore only a verified one."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("恢复备份"))
        self.resize(640, 420)
        self.chosen: Path | None = None
        self.aside: Path | None = None
        self.check: backup_check.RestoreAccountsCheck | None = None
        folder = br.backup_folder(session.db_path)
        intro = QLabel(self.tr("备份文件夹：{0}\n选择一个备份，程序会先校验它；恢复后现有数据库另存，不会丢失。").format(folder))
        intro.setWordWrap(True)
        self.list = QListWidget()
        for b in reversed(br.found_backups(session.db_path, folder)):
            item = QListWidgetItem(f"{b.taken:%Y-%m-%d %H:%M:%S}    {b.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        self.list.currentItemChanged.connect(lambda cur, _prev: cur and self.choose(Path(cur.data(Qt.ItemDataRole.UserRole))))
        self.verdict = QLabel(self.tr("尚未选择备份。"))
        self.verdict.setWordWrap(True)
        self.accounts_note = QLabel()
        self.accounts_note.setWordWrap(True)
        self.accounts_note.setStyleSheet("color: #C62828; font-weight: bold;")
        self.accounts_note.hide()
        browse = QPushButton(self.tr("选择其他文件…"))
        browse.clicked.connect(self.browse)
        self.restore_button = QPushButton(self.tr("恢复"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm_and_restore)
        cancel = QPushButton(self.tr("关闭"))
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(browse)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.accounts_note)
        layout.addLayout(row)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(br.backup_folder(self.session.db_path)),
                                              self.tr("督查工作台数据库 (*.sqlite3);;所有文件 (*)"))
        if path:
            self.choose(Path(path))

    def choose(self, path: Path) -> list[str]:
        """Verify ``path`` and say what was found; enable 恢复 only for a sound backup."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problems = br.verify_backup(path)
        finally:
            QApplication.restoreOverrideCursor()
        self.chosen = None if problems else path
        self.check = None
        self.accounts_note.clear()
        if not problems:
            try:
                self.check = self._accounts_check(path)
            except UserError as exc:
                problems = [exc.message]
                self.chosen = None
        if self.check is not None and self.check.warnings:
            self.accounts_note.setText(self.check.text)
        self.accounts_note.setVisible(bool(self.accounts_note.text()))
        if problems:
            self.verdict.setStyleSheet("color: #C62828;")
            self.verdict.setText(self.tr("✗ 不能恢复“{0}”：\n{1}").format(path.name, "\n".join(problems)))
        else:
            self.verdict.setStyleSheet("color: #2E7D32;")
            self.verdict.setText(self.tr("✓ “{0}”校验通过：完整性、数据版本和审计链均正常。").format(path.name))
        self.restore_button.setEnabled(not problems)
        return problems

    def confirm_and_restore(self) -> bool:
        """Ask, then restore; on success the window reopens on the restored data."""
        if self.chosen is None:
            return False
        if not self.session.actor.can(Permission.ADMIN):
            QMessageBox.warning(self, self.tr("恢复备份"), self.tr("只有管理员可以恢复备份。"))
            return False
        try:
            self.check = self._accounts_check(self.chosen)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("恢复备份"), exc.message)
            return False
        question = self.tr("用“{0}”替换现在的数据库吗？\n现在的数据库会另存为 *.replaced-日期-时间.sqlite3。\n"
                           "请先关闭其他电脑和窗口中的督查工作台。").format(self.chosen.name)
        yes_no = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if self.check.serious:
            # Losing sign-in or one's own account is easy to miss in a routine question:
            # the warning comes first, under a warning icon, and 否 is the default.
            answer = QMessageBox.warning(self, self.tr("恢复备份：账号将改变"),
                                         self.check.text + "\n\n" + question, yes_no,
                                         QMessageBox.StandardButton.No)
        elif self.check.warnings:
            answer = QMessageBox.question(self, self.tr("恢复备份"), self.check.text + "\n\n" + question)
        else:
            answer = QMessageBox.question(self, self.tr("恢复备份"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore_now()

    def _accounts_check(self, backup: Path) -> backup_check.RestoreAccountsCheck:
        return backup_check.check_restore(backup, self.session.actor.name, backup_check.accounts_now())

    def restore_now(self) -> bool:
        """Close the database, restore, reopen and audit the restore."""
        path = self.session.db_path
        now = dt.datetime.now().replace(microsecond=0)
        if self.check is None:
            self.check = self._accounts_check(self.chosen)
        close_database()
        presence.unregister(path)
        restorer = self.session.actor
        try:
            self.aside = br.restore(self.chosen, path, now, restorer)
        except UserError as exc:
            open_database(path)
            presence.register(path, self.session.actor.name)
            QMessageBox.warning(self, self.tr("恢复备份"), exc.message)
            return False
        open_database(path)
        # Rights live only in the in-memory actor: when the restored accounts no longer
        # back it (the restorer gone or demoted, or sign-in newly required), whoever goes
        # on must sign in to the restored file, exactly as at start-up.
        sign_in = self.check.starts_sign_in or self.check.restorer_lost
        if self.check.ends_sign_in:
            # The restored file has no account to act as: the window now works as the
            # program would on its next start, and the status bar says so.
            self.session.actor = LOCAL_ACTOR
        presence.register(path, self.session.actor.name)
        done = self.tr("已恢复。原数据库另存为：\n{0}").format(self.aside or self.tr("（无）"))
        if self.check.after:
            done = self.check.after_text + "\n\n" + done
            if sign_in:
                done += "\n" + self.tr("接下来请用备份中的账号登录。")
            QMessageBox.warning(self, self.tr("恢复备份：账号已改变"), done)
        else:
            QMessageBox.information(self, self.tr("恢复备份"), done)
        if sign_in:
            actor = ask_login(self)
            if actor is None:
                # As at start-up, no one signed in means no window: nothing more can be
                # done under the old rights, and the exit path closes the database.
                self.accept()
                self._close_main_window()
                return True
            self.session.actor = actor
        self.session.notify(Change.RESTORE)
        if sign_in or self.check.ends_sign_in:
            self.session.notify(Change.LOGIN)
        self.accept()
        return True

    def _close_main_window(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            parent.window().close()
        else:
            QApplication.quit()


def server_restore_text(session) -> str:
    """What the window says instead of restoring on the office's server: replacing the
    database every clerk works in is the administrator's command, into a new empty database."""
    return QCoreApplication.translate("RestoreDialog", (
        "现在打开的是服务器数据库（{0}），所有同事都在使用它，不能在窗口中用备份替换。\n\n"
        "需要恢复时，请管理员先在服务器上新建一个空数据库，再在命令行中运行：\n"
        "python main.py restore --db postgresql://用户@服务器:端口/新数据库名 备份文件\n"
        "程序会把备份恢复到这个空数据库并核对审计链和每条记录；核对通过后，请大家改用新数据库的地址打开。\n\n"
        "本机保存的服务器备份在：{1}")).format(session.db_path, br.backup_folder(session.db_path))


def open_restore(session, parent: QWidget | None = None) -> None:
    """Show the restore dialog (the 设置 pane's entry point); on the office's server, say
    how the administrator restores instead (:func:`server_restore_text`)."""
    if session.on_server:
        QMessageBox.information(parent, QCoreApplication.translate("RestoreDialog", "恢复备份"),
                                server_restore_text(session))
        return
    RestoreDialog(session, parent).exec()
