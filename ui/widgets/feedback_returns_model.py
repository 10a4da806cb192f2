"""Returned 反馈表 under review: one row per file, ticked to take in (only an accepted
one can be ticked), with the unit, the matter, what it claims and what would change."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from models.instructions.feedback import Verdict

COL_TAKE, COL_FILE, COL_UNIT, COL_MATTER, COL_CLAIMS, COL_RESULT = range(6)
HEADERS = ("接收", "文件", "承办单位", "批示件", "所填内容", "将登记 / 拒收原因")
#: The same columns for the key items' quarterly forms (the verdicts carry the same fields).
QUARTER_HEADERS = ("接收", "文件", "报送单位", "季度 / 年度计划", "所填内容", "将登记 / 拒收原因")
WIDTHS = (44, 170, 140, 150, 260, 260)


class FeedbackReturnsModel(QAbstractTableModel):
    """The verdicts of a batch of returns; ``chosen()`` are the ticked accepted ones."""

    def __init__(self, verdicts: list[Verdict], parent=None, headers: tuple[str, ...] = HEADERS) -> None:
        super().__init__(parent)
        self.headers = headers
        self.verdicts = list(verdicts)
        self.ticked = [v.accepted for v in self.verdicts]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.verdicts)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(HEADERS)

    def chosen(self) -> list[Verdict]:
        """The accepted returns the clerk left ticked."""
        return [v for v, t in zip(self.verdicts, self.ticked, strict=True) if t and v.accepted]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == COL_TAKE and self.verdicts[index.row()].accepted:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v, col = self.verdicts[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_TAKE:
            if not v.accepted:
                return None
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == COL_TAKE:
                return "" if v.accepted else "拒收"
            matter = f"{v.number} {v.matter}".strip()
            result = "；".join(v.changes) if v.accepted else v.reason
            return (None, v.path.name, v.unit, matter, "\n".join(v.claims), result)[col]
        if role == Qt.ItemDataRole.ForegroundRole and not v.accepted and col in (COL_TAKE, COL_RESULT):
            return QColor("#B71C1C")
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (not index.isValid() or index.column() != COL_TAKE or role != Qt.ItemDataRole.CheckStateRole
                or not self.verdicts[index.row()].accepted):
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
