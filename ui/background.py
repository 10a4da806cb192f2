"""Run work off the UI thread and hand its result back on it.

:func:`submit` is the one way work reaches Qt's thread pool here (the 工作台, 统计, the
indexers, printing, the calendar's PDF). A worker thread never holds the last reference
to anything of the UI thread's: it emits only into :class:`_Relay`, one object made on
the UI thread and kept for the process (or into an object the work's closure names,
which the relay holds), and it lets go of the work (its closure: a pane's objects, a
printer) and of its result *before* it says it is done, so whatever the work used or
made is freed on the UI thread. When a runnable owned the job's signals object, the
pool freed it on the worker while the UI thread freed its receiver, and the process
crashed (a segmentation fault in CI after the print test; a loop printing 300 one-page
jobs, each dropped as it ended, crashed 6 runs in 6 on an idle machine, about a third
under load).

:class:`Background` is one slot of such work for a pane: the computation (plain Python
over the database) runs on its own SQLite connection; only the newest request's result
is delivered, so a burst of ``session.changed`` signals costs one repaint.
"""
from __future__ import annotations

import atexit
import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("ducha.background")

EXIT_WAIT_MS = 30000

Report = Callable[..., None]
"""What a worker calls to report progress; the arguments reach ``progress`` on the UI thread."""


class _Relay(QObject):
    """The one object workers emit into; lives on the UI thread as long as the process."""

    done = Signal(int)  # token: its result is in :attr:`results`
    progress = Signal(int, object)  # token, the report's arguments

    def __init__(self) -> None:
        super().__init__()
        # token -> (done, progress, work), held on the UI thread until the job has ended.
        self.outlets: dict[int, tuple[Callable[[Any, str], None], Callable[..., None] | None, Callable]] = {}
        # token -> (result, error), put by the worker, taken by the UI thread.
        self.results: dict[int, tuple[Any, str]] = {}
        self.tokens = itertools.count(1)
        self.done.connect(self._done)
        self.progress.connect(self._progress)

    def _done(self, token: int) -> None:
        result, error = self.results.pop(token)
        done, _, _ = self.outlets.pop(token)
        done(result, error)

    def _progress(self, token: int, args: tuple) -> None:
        outlet = self.outlets.get(token)
        if outlet is not None and outlet[1] is not None:
            outlet[1](*args)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay  # noqa: PLW0603 - one per process, made on first use
    if _relay is None:
        relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            relay.moveToThread(app.thread())  # delivered on the UI thread whoever made it
        # Jobs still running when the interpreter ends would emit into a relay being freed.
        atexit.register(QThreadPool.globalInstance().waitForDone, EXIT_WAIT_MS)
        _relay = relay
    return _relay


class _Job(QRunnable):
    def __init__(self, token: int, work: Callable[[Report], Any], relay: _Relay) -> None:
        super().__init__()
        self._token, self._work, self._relay = token, work, relay

    def run(self) -> None:
        from models.core.db import db_proxy
        from models.core.errors import UserError

        token, relay = self._token, self._relay
        work, self._work = self._work, None
        try:
            result, error = work(lambda *args: relay.progress.emit(token, args)), ""
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, never lost in a thread
            result, error = None, f"{type(exc).__name__}: {exc}"
            if not isinstance(exc, UserError):
                # The traceback as text: a record holding it would keep the work's frames.
                log.error("后台任务失败\n%s", traceback.format_exc())
        finally:
            # The work's references go here, before the UI thread hears that it ended:
            # the UI thread still holds its own (in the relay), so it frees them last.
            del work
            db = db_proxy.obj
            # This thread's own connection; the UI thread's stays open.
            if db is not None and not db.is_closed():
                db.close()
        relay.results[token] = (result, error)
        del result  # the UI thread takes it from the relay and frees it there
        if shiboken6.isValid(relay):  # False only as the process ends
            relay.done.emit(token)


def submit(work: Callable[[Report], Any], done: Callable[[Any, str], None],
           progress: Callable[..., None] | None = None) -> None:
    """Run ``work(report)`` in Qt's thread pool; call from the UI thread.

    ``done(result, error)`` is called on the UI thread when it ends (``error`` is ''
    on success, else the exception's type and text), and ``progress(*args)`` on the UI
    thread for each ``report(*args)`` the work made. ``work``, ``done`` and ``progress``
    are held by the UI thread until ``done`` has been called, and the result is freed
    there. What ``work`` reports is plain data, never a Qt object: the worker may be
    the last to hold it.
    """
    relay = _the_relay()
    token = next(relay.tokens)
    relay.outlets[token] = (done, progress, work)
    try:
        QThreadPool.globalInstance().start(_Job(token, work, relay))
    except BaseException:
        del relay.outlets[token]
        raise


class _Signals(QObject):
    done = Signal(int, object, str)  # generation, result, error text ('' on success)


class Background(QObject):
    """One slot of background work: :meth:`start` supersedes any request still running."""

    finished = Signal(object)  # the result
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        # No Qt parent: the relay holds it while a job runs, so a job that ends after
        # its pane was closed emits into a live object (Qt drops the connection to the
        # deleted pane) instead of a freed one, which crashed the process.
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
        # The signals object itself, not its bound emit (which does not keep it alive).
        generation, signals = self._generation, self._signals
        submit(lambda _report: fn(), lambda result, error: signals.done.emit(generation, result, error))

    def _deliver(self, generation: int, result: Any, error: str) -> None:
        if generation != self._generation:
            return
        self.busy = False
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
