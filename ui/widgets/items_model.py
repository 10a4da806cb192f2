"""The 重点工作 plan table as a Qt model: filtered and sorted in SQL, lights computed here,
columns chosen by the clerk (COLUMNS: key, header, shown by default, SQL sort key)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from models.calendar.store import load_calendar
from models.key_items import items as key_items
from models.key_items import progress
from ui.widgets.calendar_view import tint

# key, header, default visible, SQL sort key (None: sorted in the model)
COLUMNS = [
    ("number", "序号", True, "number"), ("light", "红绿灯", True, None), ("title", "工作事项", True, "title"),
    ("lead", "牵头单位", True, None), ("units", "责任单位", True, "units"), ("deadline", "完成时限", True, "deadline"),
    ("state", "状态", True, "state"), ("source", "来源", False, "source"), ("content", "工作内容", False, None),
    ("performance", "绩效考评", False, "performance"), ("checks", "督查时间", False, None),
]


WIDTHS = {"number": 50, "light": 80, "title": 260, "lead": 120, "units": 260, "deadline": 200, "state": 70,
          "source": 150, "content": 300, "performance": 70, "checks": 160}


class ItemsModel(QAbstractTableModel):
    """The items of a plan: filtered and sorted in SQL; the light column sorted here."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[key_items.KeyItem] = []
        self.status: dict[int, progress.ItemStatus] = {}
        self.columns = [c for c in COLUMNS if c[2]]
        self.order, self.descending = "number", False

    def load(self, plan_id: int | None, text: str, states: list[str], today, overseer_id: int | None = None) -> None:
        """Re-query the plan's items and their lights (``overseer_id``: only what that 分管领导 oversees)."""
        self.beginResetModel()
        if plan_id is None:
            self.rows, self.status = [], {}
        else:
            sql_order = self.order if self.order in key_items.SORT_COLUMNS else "number"
            sel = key_items.query_items(plan_id, text, sql_order, self.descending, states, overseer_id)
            self.rows = list(sel)
            self.status = progress.item_statuses([r.id for r in self.rows], today, load_calendar())
            if self.order == "light":
                self.rows.sort(key=lambda r: (self.status[r.id].light.rank, r.number), reverse=self.descending)
        self._checks = {}
        self.endResetModel()

    def set_columns(self, keys: list[str]) -> None:
        """Show only the columns named in ``keys`` (in the standard order)."""
        self.beginResetModel()
        self.columns = [c for c in COLUMNS if c[0] in keys] or [COLUMNS[0]]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns[section][1])
        return None

    def _text(self, item: key_items.KeyItem, key: str) -> str:
        if key == "number":
            return str(item.number)
        if key == "light":
            return self.status[item.id].light.text()
        if key == "lead":
            return item.unit_names.split("、")[0].split(" ")[-1]
        if key == "units":
            return "、".join(n.split(" ")[-1] for n in item.unit_names.split("、")[1:])
        if key == "deadline":
            return item.deadline_text()
        if key == "performance":
            return "是" if item.performance else "否"
        if key == "checks":
            if item.id not in self._checks:
                days = key_items.check_days(item.id)
                self._checks[item.id] = "、".join((["每季度"] if item.quarterly else [])
                                                  + [f"{d.month}月{d.day}日" for d in days])
            return self._checks[item.id]
        return str(getattr(item, key))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(item, key)
            if key == "light" and role == Qt.ItemDataRole.ToolTipRole:
                st = self.status[item.id]
                why = [self.tr("有单位未按期报送季度进展")] if st.missing else []
                why += [self.tr("最近一次评估为滞后")] if st.behind else []
                why += [self.tr("第{0}阶段已过完成时限").format("、".join(map(str, st.overdue_stages)))] \
                    if st.overdue_stages else []
                return "；".join(why) or text
            return text
        if key == "light" and role == Qt.ItemDataRole.BackgroundRole:
            return tint(self.status[item.id].light.colour)
        if key == "light" and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(self.status[item.id].light.colour).darker(130)
        if key == "deadline" and role == Qt.ItemDataRole.ForegroundRole and item.deadline_provisional:
            return QColor("#E65100")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column][0]
        self.order = key if (self.columns[column][3] or key == "light") else "number"
        self.descending = order == Qt.SortOrder.DescendingOrder
        pane = self.parent()
        if getattr(pane, "ready", False):
            pane.reload()
