"""全局搜索 (Ctrl+K): one box for every record of the office, results by kind with lights."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.search.index import KINDS, Hit
from ui.background import Background
from ui.session import Session

HIT_ROLE = Qt.ItemDataRole.UserRole


def run_search(query: str, today: dt.date) -> list[Hit]:
    """The search as a background job (its first run may build the index)."""
    from models.search.index import search

    return search(query, today)


class SearchDialog(QDialog):
    """Type a few characters; Enter (or a double click) opens the record in its pane."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chosen: Hit | None = None
        self.setWindowTitle(self.tr("全局搜索"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("输入文字、编号片段或拼音首字母，如：城中村、2014〕9、szj"))
        self.box.setClearButtonEnabled(True)
        self.box.installEventFilter(self)
        layout.addWidget(self.box)
        self.status = QLabel(self.tr("按 ↑↓ 选择，回车打开；多个词用空格分开表示同时包含。"))
        layout.addWidget(self.status)
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("记录"), self.tr("情况")])
        self.results.setRootIsDecorated(False)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.results.setColumnWidth(1, 240)
        self.results.itemActivated.connect(self._activated)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self._start)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.job = Background(self)
        self.job.finished.connect(self.show_hits)
        self.job.failed.connect(lambda text: self.status.setText(self.tr("搜索失败：{0}").format(text)))
        self.box.setFocus()

    def _start(self) -> None:
        query = self.box.text().strip()
        if not query:
            self.results.clear()
            self.status.setText(self.tr("按 ↑↓ 选择，回车打开；多个词用空格分开表示同时包含。"))
            return
        self.status.setText(self.tr("正在查找…"))
        today = self.session.today()
        self.job.start(lambda: (query, run_search(query, today)))

    def show_hits(self, result: tuple[str, list[Hit]]) -> None:
        query, hits = result
        if query != self.box.text().strip():
            return  # typed on meanwhile: a newer search is coming
        self.results.clear()
        if not hits:
            self.status.setText(self.tr("没有找到包含“{0}”的记录。").format(query))
            return
        bold = QFont()
        bold.setBold(True)
        first = None
        for kind, label in KINDS.items():
            group = [h for h in hits if h.kind == kind]
            if not group:
                continue
            head = QTreeWidgetItem([f"{label}（{len(group)}）", ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, bold)
            self.results.addTopLevelItem(head)
            for hit in group:
                mark = f"{hit.light.symbol} " if hit.light else "　 "
                item = QTreeWidgetItem([mark + hit.title, hit.detail])
                item.setData(0, HIT_ROLE, hit)
                if hit.light:
                    item.setForeground(0, QBrush(QColor(hit.light.colour)))
                    item.setToolTip(0, hit.light.label)
                self.results.addTopLevelItem(item)
                first = first or item
        self.results.setCurrentItem(first)
        self.status.setText(self.tr("找到 {0} 条（每类列出最近的几条）。回车打开选中的记录。").format(len(hits)))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.box and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._activated(item)
                return True
        return super().eventFilter(obj, event)

    def _move(self, step: int) -> None:
        rows = [self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount())]
        hits = [r for r in rows if r.data(0, HIT_ROLE) is not None]
        if not hits:
            return
        current = self.results.currentItem()
        i = hits.index(current) if current in hits else -1
        self.results.setCurrentItem(hits[max(0, min(len(hits) - 1, i + step))])

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is None:
            return
        self.chosen = hit
        self.accept()
