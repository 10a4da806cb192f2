"""The calm crash: an unexpected error shows a Chinese dialog instead of vanishing.

On Windows the program has no console, so an exception in a slot used to be lost and
the clerk saw nothing happen. Now it is logged with its traceback, and a dialog says
what happened, that saved data is safe, where the log is, and offers 复制诊断信息.
The window stays open: the form the clerk was typing is still there.
"""
from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core import diagnostics
from models.core.errors import ConnectionLostError

log = logging.getLogger("ducha.crash")


def qt_facts() -> dict[str, str]:
    """The Qt side of the diagnostic facts."""
    import PySide6
    from PySide6.QtCore import qVersion

    return {"PySide6": PySide6.__version__, "Qt": qVersion()}


def summary_of(exc_type: type[BaseException], exc: BaseException | None) -> str:
    """One line a clerk can read; the technical text goes to the details and the log."""
    if isinstance(exc, OSError):
        return QApplication.translate("CrashDialog", "读写文件或磁盘时出错（{0}）").format(exc.strerror or exc)
    return QApplication.translate("CrashDialog", "程序内部错误（{0}）").format(exc_type.__name__)


class CrashDialog(QDialog):
    """What went wrong, in words a clerk can act on, with the details folded below."""

    def __init__(self, summary: str, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序出错"))
        self.details = details
        layout = QVBoxLayout(self)
        where = (self.tr("详细情况已记入日志：{0}").format(log_file) if log_file
                 else self.tr("详细情况见下方。"))
        text = QLabel(self.tr(
            "刚才的操作没有完成：{0}\n\n"
            "已经保存的数据是安全的：每次保存都已写入数据库。窗口中正在填写的内容仍然保留，"
            "可以检查后重新保存。\n\n{1}\n如果再次出现，请点“复制诊断信息”，发给系统管理员。"
        ).format(summary, where))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        self.detail_box = QPlainTextEdit(details)
        self.detail_box.setReadOnly(True)
        self.detail_box.setMaximumHeight(160)
        layout.addWidget(self.detail_box)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("复制诊断信息"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        if log_file is not None:
            folder = QPushButton(self.tr("打开日志文件夹"))
            folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent))))
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("继续工作"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("已复制"))


class CrashReporter(QObject):
    """Installed once: ``sys.excepthook`` and ``threading.excepthook`` log and report."""

    reported = Signal(str, str)  # summary, details — delivered on the GUI thread
    lost = Signal(str)  # the server went away: its message, delivered on the GUI thread

    def __init__(self, db_path: Path | str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.showing = False
        self.count = 0
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.lost.connect(self._show_lost, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(self, exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
            return
        if isinstance(exc, ConnectionLostError):
            # Not a fault of the program: what the clerk reads is the message, not a
            # crash dialog; the window and its forms stay as they are.
            log.warning("与数据库服务器的连接中断：%s", exc.__cause__ or exc)
            if QThread.currentThread() is self.thread():
                self._show_lost(exc.message)
            else:
                self.lost.emit(exc.message)
            return
        trace = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("未处理的错误\n%s", trace)
        self.count += 1
        facts = diagnostics.summary(self.db_path, qt_facts())
        details = diagnostics.summary_text(facts) + "\n\n" + trace
        message = summary_of(exc_type, exc)
        if QThread.currentThread() is self.thread():
            self._show(message, details)
        else:
            self.reported.emit(message, details)

    @Slot(str)
    def _show_lost(self, message: str) -> None:
        if self.showing:  # one message for a burst (a refresh failing in several panes)
            return
        if QApplication.activeModalWidget() is None:  # a click or a refresh: no form is being filled
            message = message.replace(ConnectionLostError.FORM_KEPT,
                                      self.tr("窗口中的内容暂未更新，服务器恢复后（状态栏显示“已重新连接”）再试一次；"))
        self.showing = True
        try:
            QMessageBox.warning(QApplication.activeWindow(), self.tr("与服务器的连接已中断"), message)
        finally:
            self.showing = False

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self.showing:  # a burst of errors: one dialog, every one in the log
            return
        self.showing = True
        try:
            from models.core.logs import current_log_file

            dialog = CrashDialog(summary, details, current_log_file(), QApplication.activeWindow())
            dialog.exec()
        finally:
            self.showing = False


@contextlib.contextmanager
def crash_reporting(db_path: Path | str | None) -> Iterator[CrashReporter]:
    """Log and report every unexpected error of this process while the window runs."""
    saved = sys.excepthook, threading.excepthook
    reporter = CrashReporter(db_path)
    reporter.install()
    try:
        yield reporter
    finally:
        sys.excepthook, threading.excepthook = saved
        reporter.deleteLater()
