"""All citizen messages as a Qt model: filtered and ordered in SQL, a page at a time."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from models.messages import records as m


class MessageTableModel(QAbstractTableModel):
    """All messages, filtered and ordered in SQL, fetched a page at a time."""

    HEADERS = ("留言编号", "留言时间", "标题", "类型", "领域", "地区", "状态", "转办单位")
    PAGE = 200

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[m.Message] = []
        self.total = 0
        self.filters: dict = {}
        self._units: dict[int, str] = {}

    def set_filters(self, **filters) -> None:
        from models.reference.directory import Unit

        self.beginResetModel()
        self.filters = filters
        self._units = {u.id: u.short_name or u.name for u in Unit.select(Unit.id, Unit.name, Unit.short_name)}
        self.total = m.search_count(**filters)
        self.rows = m.search(offset=0, limit=self.PAGE, **filters)
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        more = m.search(offset=len(self.rows), limit=self.PAGE, **self.filters)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        x = self.rows[index.row()]
        return (x.board_no, f"{x.posted_at:%Y-%m-%d %H:%M}", x.title, x.kind, x.field, x.region, x.state,
                self._units.get(x.unit_id, ""))[index.column()]

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None
