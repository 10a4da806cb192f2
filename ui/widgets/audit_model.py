"""审计记录 as a Qt model: newest first, fetched from SQL in batches as the view scrolls."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from models.core import audit
from models.core.audit import AuditEntry
from models.core.audit_labels import action_label, table_label

BATCH = 200


HEADERS = ("编号", "时间", "操作人", "操作", "表", "记录", "说明")
COL_ID, COL_TIME, COL_ACTOR, COL_ACTION, COL_TABLE, COL_RECORD, COL_SUMMARY = range(len(HEADERS))


class AuditModel(QAbstractTableModel):
    """Audit rows newest first, fetched from SQL in batches as the view scrolls."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filters: dict[str, Any] = {}
        self.rows: list[AuditEntry] = []
        self.total = 0

    def set_filters(self, **filters: Any) -> None:
        """Run a new search (the first batch only; more as the view scrolls)."""
        self.beginResetModel()
        self.filters = filters
        self.total = audit.count(**filters)
        self.rows = audit.search(**filters, limit=BATCH)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802
        more = audit.search(**self.filters, limit=BATCH, offset=len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            # The program's own names, for whoever reads the database or the command line.
            return {COL_ACTION: e.action, COL_TABLE: e.table_name}.get(index.column())
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (e.id, e.at.replace("T", " "), e.actor, action_label(e.action), table_label(e.table_name),
                "" if e.record_id is None else e.record_id, e.summary)[index.column()]
