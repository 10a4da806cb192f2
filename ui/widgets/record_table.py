"""A small in-memory table model with its own sort and a Chinese/pinyin filter.

For reference lists (hundreds of rows). Big lists (instructions, messages) sort and
filter in SQL instead — see ARCHITECTURE.md's traps.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor


@dataclass(frozen=True)
class ColumnSpec:
    """A column: header, how to read the value from a record, optional sort key."""

    header: str
    value: Callable[[Any], Any]
    sort_key: Callable[[Any], Any] | None = None
    width: int = 120


class RecordTableModel(QAbstractTableModel):
    """Rows are records; columns are :class:`ColumnSpec`; grey text for inactive rows."""

    def __init__(self, columns: Sequence[ColumnSpec], search_texts: Callable[[Any], Sequence[str]],
                 is_active: Callable[[Any], bool] = lambda r: True, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._search_texts = search_texts
        self._is_active = is_active
        self._all: list[Any] = []
        self._rows: list[Any] = []
        self._query = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_records(self, records: Sequence[Any]) -> None:
        """Replace the records, keeping the current filter and sort."""
        self.beginResetModel()
        self._all = list(records)
        self._apply()
        self.endResetModel()

    def set_filter(self, query: str) -> None:
        """Show only rows whose texts or pinyin initials contain ``query``."""
        self.beginResetModel()
        self._query = query
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        rows = list(self._all)
        if not self._query.strip() and self._sort is None:
            # Nothing to match or order: the pinyin dictionary (a noticeable part of a
            # second and tens of MiB) is loaded only once a filter or a sort needs it.
            self._rows = rows
            return
        from models.reference.pinyin import matches, sort_key

        rows = [r for r in rows if matches(self._query, *self._search_texts(r))]
        if self._sort is not None:
            col, order = self._sort
            spec = self.columns[col]
            key = spec.sort_key or (lambda r, s=spec: sort_key(str(s.value(r) or "")))
            rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = rows

    def record(self, row: int) -> Any:
        """The record shown in ``row``."""
        return self._rows[row]

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The first row whose record satisfies ``predicate``, or -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.columns[index.column()].value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and not self._is_active(record):
            return QColor("#9E9E9E")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()
