"""The 批示件 queue as a Qt table model: one tab under one filter, fetched from SQL a page
at a time (100,000 items open at once; never sorted or sized by Qt)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from models.instructions import records as m
from ui.widgets.calendar_view import tint

#: The columns, in order.
(COL_LIGHT, COL_NUMBER, COL_LEVEL, COL_LEADER, COL_MATTER, COL_UNITS, COL_DEADLINE, COL_STATE,
 COL_REMINDERS) = range(9)


PAGE = 200


HEADERS = ("红绿灯", "登记编号", "层级", "批示领导", "事由", "承办单位", "办理时限", "状态", "催办")


# All columns fit the queue's share of a maximised 1366-pixel window (see the splitter).
WIDTHS = (56, 106, 46, 56, 165, 145, 88, 50, 36)


class QueueModel(QAbstractTableModel):
    """One tab of the queue under one filter, fetched page by page from SQL."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple] = []
        self.lights: list[Any] = []
        self.total = 0
        self.tab = "all"
        self.ids: list[int] | None = None
        self.text = ""
        self.today = dt.date.today()
        self.limit = self.today
        self.cal = None
        self.yellow = 5
        self.who = m.NO_FILTER

    def load(self, tab: str, today: dt.date, limit: dt.date, total: int, cal, yellow: int,
             ids: list[int] | None = None, text: str = "", who: m.LeaderFilter = m.NO_FILTER) -> None:
        """Start over with a new tab, filter or day: only the first page is read.

        ``ids``: the filtered items in queue order (from the in-memory search index);
        ``None``: the tab, filtered by ``text`` if any and the leader filters ``who``,
        paged straight from SQL.
        """
        self.beginResetModel()
        self.tab, self.today, self.limit, self.text = tab, today, limit, text
        self.ids, self.who = ids, who
        self.total = total if ids is None else len(ids)
        self.cal, self.yellow = cal, yellow
        self.rows, self.lights = [], []
        self._append(self._page(0))
        self.endResetModel()

    def _page(self, start: int) -> list[tuple]:
        if self.ids is not None:
            return m.rows_by_ids(self.ids[start:start + PAGE])
        return m.queue_page(self.tab, self.text, self.today, self.limit, start, PAGE, self.who)

    def _append(self, page: list[tuple]) -> None:
        for r in page:
            deadline = dt.date.fromisoformat(r[8]) if r[8] else None
            self.lights.append(m.instruction_light(r[9], deadline, self.today, self.cal, self.yellow))
        self.rows.extend(page)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        start = len(self.rows)
        page = self._page(start)
        if not page:
            self.total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._append(page)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return len(HEADERS)

    def instruction_id(self, row: int) -> int:
        """The id of the instruction on ``row``."""
        return self.rows[row][0]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        light = self.lights[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LIGHT:
                return light.text()
            if col == COL_MATTER:
                return r[5] or r[6]
            if col == COL_DEADLINE:
                return (r[8] or "") + ("（暂定）" if r[11] else "")
            return {COL_NUMBER: r[1], COL_LEVEL: r[2], COL_LEADER: r[3], COL_UNITS: r[7], COL_STATE: r[9],
                    COL_REMINDERS: r[10] or ""}.get(col)
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_LIGHT:
            return tint(light.colour)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_LIGHT:
            return Qt.GlobalColor.black
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_MATTER:
            return r[5] or r[6]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None
