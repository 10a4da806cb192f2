"""Run a read-only computation off the UI thread and hand its result back on it.

Used by the 工作台 and 统计 panes: the computation (plain Python over the database)
runs in Qt's thread pool on its own SQLite connection; only the newest request's
result is delivered, so a burst of ``session.changed`` signals costs one repaint.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object, str)  # generation, result, error text ('' on success)


class _Job(QRunnable):
    def __init__(self, generation: int, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.generation, self.fn, self.signals = generation, fn, signals

    def run(self) -> None:
        from models.core.db import db_proxy

        try:
            result, error = self.fn(), ""
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, never lost in a thread
            result, error = None, f"{type(exc).__name__}: {exc}"
        finally:
            db = db_proxy.obj
            # This thread's own connection; the UI thread's stays open.
            if db is not None and not db.is_closed():
                db.close()
        self.signals.done.emit(self.generation, result, error)


class Background(QObject):
    """One slot of background work: :meth:`start` supersedes any request still running."""

    finished = Signal(object)  # the result
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        # No Qt parent: the running job keeps this object alive, so a job that ends
        # after its pane was closed emits into a live object (Qt drops the connection
        # to the deleted pane) instead of a freed one, which crashed the process.
        self._signals = _Signals()
        self._signals.done.connect(self._deliver)
        self.busy = False

    @staticmethod
    def wait_all(msecs: int = 10000) -> bool:
        """Wait for every background job (before the database is closed)."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    def start(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` in the pool; its result arrives as :attr:`finished` unless superseded."""
        self._generation += 1
        self.busy = True
        QThreadPool.globalInstance().start(_Job(self._generation, fn, self._signals))

    def _deliver(self, generation: int, result: Any, error: str) -> None:
        if generation != self._generation:
            return
        self.busy = False
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
