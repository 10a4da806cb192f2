"""A background job behind a cancellable progress dialog (the 反馈表 exports and imports).

The work runs on :class:`ui.background.Background`; a progress dialog shows while it
runs. 取消 drops the result: the work must be such that dropping it is safe (judging
returned forms writes nothing; each exported form is saved under a temporary name
first, so a cancelled export leaves whole files or none). :attr:`finished` and
:attr:`failed` are emitted only when the clerk still wants the result.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.background import Background


class ProgressJob(QObject):
    """One slot of cancellable background work with its progress dialog over ``parent``."""

    finished = Signal(object)  # the result, unless 取消 was pressed
    failed = Signal(str)  # the error, unless 取消 was pressed

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self._owner, self._title = parent, title
        self.progress: QProgressDialog | None = None  # shown while the work runs
        self._worker = Background(self)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def start(self, fn: Callable[[], Any], label: str) -> None:
        """Run ``fn`` off the UI thread with ``label`` in the progress dialog."""
        self.progress = QProgressDialog(label, self.tr("取消"), 0, 0, self._owner)
        self.progress.setWindowTitle(self._title)
        self.progress.setMinimumDuration(300)
        self._worker.start(fn)

    def _close_progress(self) -> bool:
        """Close the progress dialog; whether the clerk still wants the result."""
        progress, self.progress = self.progress, None
        if progress is None:
            return False
        wanted = not progress.wasCanceled()
        progress.close()
        progress.deleteLater()
        return wanted

    def _done(self, result: Any) -> None:
        if self._close_progress():
            self.finished.emit(result)

    def _failed(self, error: str) -> None:
        if self._close_progress():
            self.failed.emit(error)
