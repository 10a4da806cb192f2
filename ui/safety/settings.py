"""设置 → 账号与备份: accounts, backup now, restore, and where backups go."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Permission
from models.core.db import database
from models.core.errors import UserError
from models.core.paths import network_warning
from models.safety import backups as backup_rotation
from models.safety.accounts import has_accounts
from ui.session import Change, Session


class SafetySettings(QWidget):
    """Buttons for the safety engineer's dialogs, and the backup state."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        accounts = QGroupBox(self.tr("账号"))
        self.accounts_label = QLabel()
        self.accounts_label.setWordWrap(True)
        self.accounts_btn = QPushButton()
        self.accounts_btn.clicked.connect(self.open_accounts)
        a = QVBoxLayout(accounts)
        a.addWidget(self.accounts_label)
        row = QHBoxLayout()
        row.addWidget(self.accounts_btn)
        row.addStretch(1)
        a.addLayout(row)
        backups = QGroupBox(self.tr("备份"))
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_button = now = QPushButton(self.tr("立即备份"))
        now.clicked.connect(self.backup_now)
        restore = QPushButton(self.tr("从备份恢复…"))
        restore.clicked.connect(self.open_restore)
        b = QVBoxLayout(backups)
        b.addWidget(self.backup_label)
        row = QHBoxLayout()
        row.addWidget(now)
        row.addWidget(restore)
        row.addStretch(1)
        b.addLayout(row)
        hint = QLabel(self.tr("备份文件夹、保留份数等在“选项”页的“备份”组中设置；可指向 U 盘或网络共享。"))
        hint.setWordWrap(True)
        b.addWidget(hint)
        self.network = QLabel()
        self.network.setWordWrap(True)
        self.network.setStyleSheet("color: #C62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.network)
        layout.addWidget(accounts)
        layout.addWidget(backups)
        layout.addStretch(1)
        session.changed.connect(lambda topic: self.refresh() if topic in (Change.ACCOUNTS, Change.RESTORE, Change.BACKUP) else None)
        self.refresh()

    def refresh(self) -> None:
        if has_accounts():
            self.accounts_label.setText(self.tr("已启用账号登录。当前用户：{0}（{1}）。").format(
                self.session.actor.name, self.session.actor.role.label))
            self.accounts_btn.setText(self.tr("管理账号…"))
        else:
            if self.session.on_server:
                self.accounts_label.setText(self.tr("尚未建立账号：凡能连上这个服务器数据库的人都以“本机用户”（管理员）"
                                                    "身份修改数据，审计记录分不出是谁，直到管理员建立账号为止。"
                                                    "建议立即建立管理员账号，再为每位同事建立账号。"))
            else:
                self.accounts_label.setText(self.tr("尚未建立账号：程序以“本机用户”身份运行，任何打开本机的人都能修改数据。"
                                                    "建议建立管理员账号。"))
            self.accounts_btn.setText(self.tr("建立管理员账号…"))
        # A backup may delete older ones: 督查员 and 管理员 only (the workflow checks it too).
        self.backup_button.setEnabled(self.session.actor.can(Permission.WRITE))
        last = backup_rotation.last_backup(self.session.db_path)
        folder = backup_rotation.backup_folder(self.session.db_path)
        if last:
            self.backup_label.setText(self.tr("备份文件夹：{0}\n最近备份：{1:%Y-%m-%d %H:%M}（{2}）").format(
                str(folder), last.taken, last.path.name))
        else:
            self.backup_label.setText(self.tr("备份文件夹：{0}\n尚无备份。").format(str(folder)))
        self.network.setText(network_warning(self.session.db_path) or "")
        self.network.setVisible(bool(self.network.text()))

    def open_accounts(self) -> None:
        from ui.safety.accounts_dialog import open_accounts

        open_accounts(self.session, self)
        self.refresh()

    def open_restore(self) -> None:
        from ui.safety.restore_dialog import open_restore

        open_restore(self.session, self)
        self.refresh()

    def backup_now(self) -> None:
        try:
            path = backup_rotation.take_backup(self.session.actor, database(), self.session.db_path,
                                               reason="manual")
        except UserError as exc:
            QMessageBox.warning(self, self.tr("备份失败"), exc.message)
            return
        QMessageBox.information(self, self.tr("已备份"), self.tr("已备份到：{0}").format(str(path)))
        self.session.notify(Change.BACKUP)
