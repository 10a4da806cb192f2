"""A read-only table of plain rows (统计's tables, 绩效考评's scores): cells with a
drill-down read as links. Also the table view those panes show it in."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from models.overview.stats_tables import Drill


def _numeric(value: Any) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and (value == "—" or (value.endswith("%") and value[:-1].replace(".", "").isdigit()))


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows; cells with a drill-down are shown as links."""

    def __init__(self, headers: list[str], rows: list[list[Any]], drills: list[list[Any]] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.headers, self.rows, self.drills = headers, rows, drills

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)

    def drill(self, index: QModelIndex) -> Drill | None:
        """The drill-down of a cell, if it has one."""
        if not index.isValid() or self.drills is None:
            return None
        return self.drills[index.row()][index.column()]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and _numeric(value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.drill(index) is not None and value not in (0, "0"):
            return QColor("#1565C0")
        if role == Qt.ItemDataRole.ToolTipRole and self.drill(index) is not None:
            return "单击列出这些记录"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def table_view() -> QTableView:
    """A compact read-only table view: alternating rows, no row numbers, last column stretched."""
    view = QTableView()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(view: QTableView) -> None:
    """Each figure's column as wide as its header in the view's font (never under a
    five-digit number), the first column (the row's name) taking what is left: the last
    header ("平均办理天数") was cut off at 1366 wide when every figure had 88 pixels
    whatever its header, the name 190 and the last column the rest."""
    model = view.model()
    header = view.horizontalHeader()
    fm = header.fontMetrics()
    margin = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_HeaderMargin) + 12
    number = fm.horizontalAdvance("00000") + margin
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(number)
    for c in range(1, model.columnCount()):
        text = str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
        view.setColumnWidth(c, max(fm.horizontalAdvance(text) + margin, number))
    if model.columnCount():
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
