"""Another clerk's change on this window's screen within seconds.

:class:`ChangeWatch` asks :func:`models.core.changes.changes_since` every few seconds
(one indexed read); when another program wrote, it sends the :class:`~ui.session.Change`
notices of the tables written, so the panes refresh as after one of this window's own
saves — keeping the selection and the scroll position of the pane in view. While a form
or message is open (a modal window) nothing is refreshed behind it: the change waits
until it is closed.

It also notices the office's server going away (:class:`ConnectionLostError`) and coming
back: :attr:`disconnected` and :attr:`reconnected`, which the status bar shows. While
the server is gone it only looks whether the server's port answers before asking again,
so that a server unplugged from the network does not hold the window for the driver's
connect timeout every few seconds.

On the server a :class:`models.core.changes.Listener` hears each write commit, so the
question is asked at once rather than at the next tick (the tick stays: for files, and
should the listening connection be lost).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from models.core import changes
from models.core.db import db_proxy, server_reachable
from models.core.errors import ConnectionLostError
from ui.session import Change, Session

#: How often the window asks whether someone else wrote.
INTERVAL_MS = 3000

#: The notices for changes of other data (a restore, a table not listed below).
EVERYTHING = (Change.UNITS, Change.LEADERS, Change.KEY_ITEMS, Change.INSTRUCTIONS, Change.CRITICISM,
              Change.MESSAGES, Change.RESEARCH, Change.DOCUMENTS, Change.EVALUATION, Change.CALENDAR,
              Change.SETTINGS, Change.ACCOUNTS)

# A table's name → the notice of its area (by the name's start; the first match wins).
_PREFIXES = (
    ("instruction", Change.INSTRUCTIONS), ("criticism", Change.CRITICISM),
    ("key_", Change.KEY_ITEMS), ("supervision_activity", Change.KEY_ITEMS), ("activity_", Change.KEY_ITEMS),
    ("meeting_", Change.KEY_ITEMS), ("message", Change.MESSAGES), ("reply_batch", Change.MESSAGES),
    ("research_", Change.RESEARCH), ("issued_document", Change.DOCUMENTS), ("signing_request", Change.DOCUMENTS),
    ("eval_", Change.EVALUATION), ("calendar_", Change.CALENDAR), ("setting", Change.SETTINGS),
    ("feedback_seal_key", Change.SETTINGS), ("account", Change.ACCOUNTS), ("login_state", Change.ACCOUNTS),
    ("unit", Change.UNITS), ("leader", Change.LEADERS),
)


#: Audited rows no pane shows: a stored file comes with its owner's record (an attachment,
#: a report), whose own row brings the notice; a deleted backup copy is a file on a PC.
_UNSHOWN = ("stored_file", "backup")


def notices_for(tables: tuple[str, ...] | list[str]) -> list[Change]:
    """The notices that refresh what a change of ``tables`` shows, each once."""
    found: list[Change] = []
    for table in tables:
        if table in _UNSHOWN:
            continue
        hit = next((c for prefix, c in _PREFIXES if table.startswith(prefix)), None)
        for change in (hit,) if hit is not None else EVERYTHING:
            if change not in found:
                found.append(change)
    return found


class ChangeWatch(QObject):
    """Polls the database's change counter for the window ``view`` shows."""

    #: another program's change was shown (its :class:`models.core.changes.Changes`)
    refreshed = Signal(object)
    #: another program wrote while a form is open: shown once the form is closed
    waiting = Signal(object)
    #: the server went away (its message); and came back
    disconnected = Signal(str)
    reconnected = Signal()

    def __init__(self, session: Session, view: QWidget, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(view)
        self.session = session
        self.view = view  # the widget whose visible pane keeps its scroll position
        self.seen: int | None = None
        self._told: int | None = None  # the waiting change already announced
        self.lost = False
        self._db = None  # the database ``seen`` was read from
        self.listener: changes.Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        changes.watch()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._drop_listener()

    def _listen(self) -> None:
        self._drop_listener()
        try:
            self.listener = changes.Listener.open()
        except ConnectionLostError:
            return  # the poll says so, and listens again once the server is back
        if self.listener is not None:
            self._notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._heard)

    def _heard(self) -> None:
        try:
            heard = self.listener is not None and self.listener.heard()
        except ConnectionLostError:
            self._drop_listener()
            heard = True  # the poll notices the loss and says so
        if heard:
            self.poll()

    def _drop_listener(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def poll(self) -> None:
        """Ask once; refresh the panes when another program wrote."""
        if db_proxy.obj is None:  # the file is opened after the window is painted
            return
        if db_proxy.obj is not self._db:  # another database was opened: start afresh
            self._db, self.seen = db_proxy.obj, None
        if self.lost and not server_reachable():
            return
        try:
            if self.seen is None:
                self.seen = changes.change_counter()
                found = None
            else:
                found = changes.changes_since(self.seen)
        except ConnectionLostError as exc:
            if not self.lost:
                self.lost = True
                self.disconnected.emit(exc.message)
            return
        if found is None or self.lost:  # a new database, or the server back: listen (again)
            self._listen()
        if self.lost:
            self.lost = False
            self.reconnected.emit()
        if found is None:
            return
        if not found.by_others:
            self.seen = found.counter
            return
        if QApplication.activeModalWidget() is not None:
            # a form is open: refresh once it is closed, never behind it
            if self._told != found.counter:
                self._told = found.counter
                self.waiting.emit(found)
            return
        self.seen = found.counter
        kept = self._scroll_positions()
        tables = found.tables if "*" not in found.tables else ()
        for notice in notices_for(tables) if tables else EVERYTHING:
            self.session.notify(notice)
        for bar, value in kept:
            bar.setValue(value)
        self.refreshed.emit(found)

    def _scroll_positions(self) -> list:
        shown = [w for w in self.view.findChildren(QAbstractScrollArea) if w.isVisible()]
        return [(bar, bar.value()) for area in shown
                for bar in (area.verticalScrollBar(), area.horizontalScrollBar())]
