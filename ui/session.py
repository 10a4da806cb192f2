"""What every pane shares: who is signed in, "today", and the one change signal."""
from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from models.core.actors import LOCAL_ACTOR, Actor
from models.core.paths import local_folder
from models.core.peek import is_server


class Change(str, Enum):
    """What a successful write changed: the one vocabulary of :attr:`Session.changed`.

    A misspelt notice fails at once (``Change("instrutions")`` raises) instead of
    refreshing nothing. The members compare equal to their names' strings.
    """

    UNITS = "units"
    LEADERS = "leaders"
    KEY_ITEMS = "key_items"
    INSTRUCTIONS = "instructions"
    CRITICISM = "criticism"
    MESSAGES = "messages"
    RESEARCH = "research"
    DOCUMENTS = "documents"
    EVALUATION = "evaluation"
    CALENDAR = "calendar"
    SETTINGS = "settings"
    ACCOUNTS = "accounts"
    LOGIN = "login"
    BACKUP = "backup"
    RESTORE = "restore"
    TODAY = "today"


class Session(QObject):
    """The signed-in actor, the open database, and :attr:`changed`.

    Every pane calls :meth:`notify` with a :class:`Change` after a successful write,
    and listens to ``changed`` to refresh — one signal, no polling.
    """

    changed = Signal(object)

    def __init__(self, db_path: Path | str, actor: Actor = LOCAL_ACTOR, today: dt.date | None = None,
                 parent: QObject | None = None, *, demo_day: dt.date | None = None,
                 home_path: Path | str | None = None) -> None:
        super().__init__(parent)
        #: the database file, or the office server's ``postgresql://`` address (a ``str``,
        #: never with a password: :func:`models.core.dialect.parse` refuses one)
        self.db_path: Path | str = db_path if isinstance(db_path, str) and is_server(db_path) else Path(db_path)
        self.actor = actor
        self._today = today
        #: the day a demonstration file was built for (``None``: the office's own data)
        self.demo_day = demo_day
        #: the office's own file, when this window was opened on the demonstration from it
        self.home_path: Path | str | None = (
            None if home_path is None else home_path if isinstance(home_path, str) and is_server(home_path)
            else Path(home_path))

    @property
    def on_server(self) -> bool:
        """Whether the window is open on the office's PostgreSQL server, not a file."""
        return isinstance(self.db_path, str)

    @property
    def local_folder(self) -> Path:
        """This computer's folder for the database's files (:func:`models.core.paths.local_folder`)."""
        return local_folder(self.db_path)

    def today(self) -> dt.date:
        """The date the application treats as today: fixed by --today (tests, reproducing
        a figure), else a demonstration's own day, else the computer's date."""
        return self._today or self.demo_day or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        """Fix "today" (``None``: follow the clock)."""
        self._today = day
        self.notify(Change.TODAY)

    def notify(self, change: Change | str) -> None:
        """Tell every pane what a write changed (a :class:`Change`; a string must name one)."""
        self.changed.emit(Change(change))
