"""A date field with one Tab stop that takes dates typed the way clerks write them.

QDateEdit stops three times on Tab (year, month, day): ten presses to cross a form,
and one press too few silently changed a date. This field is a single line: type
20141028, 2014.10.28, 10.28 or 10月28日 (see :mod:`models.core.date_text`), or open a
calendar with F4, Alt+↓ or the small button beside it.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from models.core.date_text import MAX_YEAR, MIN_YEAR, format_date, parse_typed_date

INVALID_STYLE = "QLineEdit { border: 1px solid #C62828; background: #FFF3F3; }"


def _to_py(day: QDate | dt.date | None) -> dt.date | None:
    if day is None:
        return None
    if isinstance(day, QDate):
        return dt.date(day.year(), day.month(), day.day()) if day.isValid() else None
    return day


def _to_q(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day is not None else QDate()


class _CalendarPopup(QFrame):
    """The calendar under the field; Enter, a click or a double-click picks the day."""

    picked = Signal(QDate)
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        # The years a typed date may name: the calendar offers no day the field would refuse.
        self.calendar.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self.picked)
        self.calendar.clicked.connect(self.picked)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self.closed.emit()  # Esc, a pick or a click elsewhere: typing goes on in the field


class DateField(QWidget):
    """One-line date input with a calendar popup; QDateEdit's ``date()``/``setDate()``/``dateChanged``.

    ``date()`` follows the text as it is typed (``dateChanged`` with it). Text that is
    no date stays as typed, framed in red, with the reason as tooltip; ``date()`` then
    goes back to the date the field held before this edit — never a half-typed one —
    and :meth:`input_problem` says what is wrong, so a form refuses to save rather
    than save a date nobody meant. ``optional`` fields may be left empty (``date()`` is
    then a null ``QDate``).
    """

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, so forms need not change
    editingFinished = Signal()  # noqa: N815
    edited = Signal()  # the clerk typed or picked: a form marks itself changed
    invalid = Signal(str)  # editing ended on text that is not a date: the Chinese reason

    def __init__(self, day: QDate | dt.date | None = None, parent: QWidget | None = None, *,
                 optional: bool = False, today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.show_own_errors = True  # a form showing errors in its own line turns this off
        self._today = today or dt.date.today
        self._held: dt.date | None = None  # the date before the current edit began
        self._date: dt.date | None = None  # the date the text names now (else the held one)
        self._problem: str | None = None
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(30)
        self.edit.setPlaceholderText(self.tr("未定") if optional else self.tr("如 20141028 或 10月28日"))
        self.edit.setToolTip(self._help())
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("选择日期（F4 或 Alt+↓）"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop: the text only
        self.button.clicked.connect(self.show_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        # Wide enough for the longest form typed (2014年10月28日); a date needs no more.
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("2014年10月28日") + 16)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self._popup: _CalendarPopup | None = None
        self.setDate(day)

    def _help(self) -> str:
        return self.tr("可直接输入：20141028、2014-10-28、2014.10.28、10.28、10月28日；"
                       "F4 或 Alt+↓ 打开日历")

    # -- QDateEdit's API, as the forms use it ---------------------------------------
    def date(self) -> QDate:
        """The date the text names (the one held before this edit while it names none)."""
        return _to_q(self._date)

    def setDate(self, day: QDate | dt.date | None) -> None:  # noqa: N802 - QDateEdit's name
        """Show ``day`` in the house format (a null date empties an optional field)."""
        new = _to_py(day)
        if new is None and not self.optional:
            new = self._date or self._today()
        self.edit.setText(format_date(new) if new else "")
        self._set_problem(None)
        self._held = new
        self._show_date(new)

    # -- our additions -----------------------------------------------------------------
    def value(self) -> dt.date | None:
        """:meth:`date` as a Python date (``None`` for an empty optional field)."""
        return self._date

    def input_problem(self) -> str | None:
        """Why the text typed is not a date (Chinese), or ``None`` when it is one."""
        return self._problem

    def text(self) -> str:
        """The text as typed."""
        return self.edit.text()

    def show_calendar(self) -> None:
        """Open the calendar on the held date (or today) under the field."""
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
            self._popup.closed.connect(self._back_to_text)
        cal = self._popup.calendar
        cal.setSelectedDate(_to_q(self._parsed_or_none() or self._date or self._today()))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        cal.setFocus()

    def calendar_popup(self) -> _CalendarPopup | None:
        """The calendar popup, once it has been opened."""
        return self._popup

    # -- internals ---------------------------------------------------------------------
    def _reference(self) -> dt.date:
        return self._held or self._today()

    def _parse(self, text: str) -> dt.date | None:
        """The date ``text`` names; ``None`` for an empty optional field; raises ValueError."""
        if self.optional and not text.strip():
            return None
        return parse_typed_date(text, self._reference())

    def _parsed_or_none(self) -> dt.date | None:
        try:
            return self._parse(self.edit.text())
        except ValueError:
            return None

    def _typed(self, text: str) -> None:
        try:
            day = self._parse(text)
        except ValueError as exc:
            # Shown when editing ends, not while the clerk is still half-way through typing.
            self._problem = str(exc)
            self._show_date(self._held)
        else:
            self._set_problem(None)
            self._show_date(day)
        self.edited.emit()

    def _finished(self) -> None:
        if self._problem is None:
            self._held = self._date
            if self._date is not None:
                self.edit.setText(format_date(self._date))
        else:
            self._set_problem(self._problem)
            if self.show_own_errors:
                QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self._problem, self)
            self.invalid.emit(self._problem)
        self.editingFinished.emit()

    def _picked(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(day)
        self.edited.emit()
        self.editingFinished.emit()

    def _back_to_text(self) -> None:
        self.window().activateWindow()
        self.edit.setFocus()

    def _set_problem(self, problem: str | None) -> None:
        self._problem = problem
        self.edit.setStyleSheet(INVALID_STYLE if problem else "")
        self.edit.setToolTip(problem or self._help())

    def _show_date(self, day: dt.date | None) -> None:
        if day != self._date:
            self._date = day
            self.dateChanged.emit(_to_q(day))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.edit and event.type() == event.Type.KeyPress:
            alt_down = (event.key() == Qt.Key.Key_Down
                        and event.modifiers() & Qt.KeyboardModifier.AltModifier)
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.show_calendar()
                return True
        return super().eventFilter(watched, event)
