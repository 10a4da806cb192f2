"""The 日历 pane: the shared calendar widget over every area's dated entries."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.session import Change, Session
from ui.widgets.calendar_view import CalendarView


class Pane(QWidget):
    """日历: month/week/agenda views; clicking an entry opens its record in its pane."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = CalendarView(session.today, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        self.view.open_record.connect(self._open)
        session.changed.connect(self._on_changed)

    def _on_changed(self, topic: str) -> None:
        if self.isVisible() or topic == Change.TODAY:
            self.view.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if getattr(self, "_stale", False):
            self.view.refresh()
            self._stale = False  # only once read: a refresh cut by the server is tried again next time
        super().showEvent(event)

    def _open(self, record_type: str, record_id: int) -> None:
        window = self.window()
        opener = getattr(window, "open_record", None)
        if opener is not None:
            opener(record_type, record_id)
