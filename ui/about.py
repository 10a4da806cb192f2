"""关于督查工作台: version, database, schema, fonts, and the diagnostic bundle."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core import diagnostics, presence
from models.core.db import database
from models.core.logs import current_log_file, log_dir_for
from ui.crash import qt_facts
from ui.session import Session


def about_facts(session: Session) -> dict[str, str]:
    """Every line of the 关于 box, in order (also what 复制 puts on the clipboard)."""
    from reports.fonts import font_report

    facts = diagnostics.summary(session.db_path, qt_facts())
    if session.on_server:
        facts["本机文件夹"] = str(session.local_folder)  # its logs and the local copies of its backups
        try:
            others = "、".join(h.describe() for h in presence.server_others(database())) or "（没有其他人）"
        except peewee.DatabaseError as exc:  # the server is out of reach: the box still opens
            others = f"（无法从服务器读取：{str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}）"
        facts["同时在用"] = others
    log_file = current_log_file()
    facts["运行日志"] = str(log_file) if log_file else "（未记录）"
    for row in font_report():
        facts[f"公文字体·{row.role_name}"] = f"{row.font}（{row.status}）"
    return facts


class AboutDialog(QDialog):
    """The facts an administrator asks for first, and 保存诊断包 for the rest."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("关于督查工作台"))
        self.facts = about_facts(session)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("督查工作台"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("市委办公室督查室的重点工作、批示件、调研、留言与公文管理。")))
        form = QFormLayout()
        for key, value in self.facts.items():
            label = QLabel(value)
            label.setWordWrap(True)
            form.addRow(key + "：", label)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        copy = QPushButton(self.tr("复制"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(diagnostics.summary_text(self.facts)))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        bundle = QPushButton(self.tr("保存诊断包…"))
        bundle.setToolTip(self.tr("版本、设置（不含密码等机密）、各表记录数和运行日志，不含任何记录内容"))
        bundle.clicked.connect(self.save_bundle)
        buttons.addButton(bundle, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def save_bundle(self, path: str | None = None) -> Path | None:
        if path is None:
            default = Path.home() / f"督查工作台诊断包-{dt.date.today():%Y%m%d}.zip"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存诊断包"), str(default),
                                                  self.tr("压缩包 (*.zip)"))
            if not path:
                return None
        try:
            written = diagnostics.write_bundle(Path(path), self.facts, log_dir_for(self.session.db_path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("保存诊断包"),
                                self.tr("没能保存诊断包：{0}\n请换一个文件夹（例如桌面或U盘）再试。").format(exc.strerror or exc))
            return None
        QMessageBox.information(self, self.tr("保存诊断包"),
                                self.tr("诊断包已保存：{0}\n其中没有任何记录内容，可以发给系统管理员。").format(written))
        return written
