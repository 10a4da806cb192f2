"""What every pane shares: who is signed in, "today", and the one change signal."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from models.core.actors import LOCAL_ACTOR, Actor


class Session(QObject):
    """The signed-in actor, the open database, and :attr:`changed`.

    Every pane emits ``changed`` with a topic ("units", "instructions" …) after a
    successful write, and listens to it to refresh — one signal, no polling.
    """

    changed = Signal(str)

    def __init__(self, db_path: Path, actor: Actor = LOCAL_ACTOR, today: dt.date | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.actor = actor
        self._today = today

    def today(self) -> dt.date:
        """The date the application treats as today (fixed in tests and demos)."""
        return self._today or dt.date.today()

    def set_today(self, day: dt.date | None) -> None:
        """Fix "today" (``None``: follow the clock)."""
        self._today = day
        self.changed.emit("today")
