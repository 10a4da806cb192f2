"""The audit pane (审计记录): who changed what and when, searchable and exportable."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core import audit
from models.core.audit import AuditEntry
from models.core.audit_labels import action_label, field_label, table_label, value_text

from ui.session import Change

BATCH = 200
HEADERS = ("编号", "时间", "操作人", "操作", "表", "记录", "说明")
COL_ACTION, COL_TABLE = 3, 4


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


class Pane(QWidget):
    """Search the audit log by record, person and date; see before/after; export .xlsx."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table_box = QComboBox()
        self.record_box = QLineEdit()
        self.record_box.setPlaceholderText(self.tr("记录编号"))
        self.record_box.setMaximumWidth(90)
        self.actor_box = QComboBox()
        self.use_from = QCheckBox(self.tr("从"))
        self.use_to = QCheckBox(self.tr("到"))
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = session.today()
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        start = today - dt.timedelta(days=30)
        self.date_from.setDate(QDate(start.year, start.month, start.day))
        self.search_button = QPushButton(self.tr("查询"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.verify_button = QPushButton(self.tr("核对审计链"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.run_search)
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self.record_box.returnPressed.connect(self.run_search)

        filters = QHBoxLayout()
        for label, widget in ((self.tr("表"), self.table_box), (None, self.record_box),
                              (self.tr("操作人"), self.actor_box)):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        for check, edit in ((self.use_from, self.date_from), (self.use_to, self.date_to)):
            filters.addWidget(check)
            filters.addWidget(edit)
        filters.addWidget(self.search_button)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        filters.addWidget(self.export_button)

        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((60, 140, 90, 110, 140, 60)):
            self.view.setColumnWidth(col, width)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)

        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels([self.tr("字段"), self.tr("改前"), self.tr("改后")])
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setStretchLastSection(True)
        self.detail.setColumnWidth(0, 140)
        self.detail.setColumnWidth(1, 320)
        self.status = QLabel()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("审计记录"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.record_box.setFocus)
        session.changed.connect(self._on_changed)
        self._fill_pickers()
        self.run_search()

    def _fill_pickers(self) -> None:
        keep_t, keep_a = self.table_box.currentData(), self.actor_box.currentData()
        self.table_box.clear()
        self.table_box.addItem(self.tr("全部"), None)
        for t in audit.tables():
            self.table_box.addItem(table_label(t), t)
            self.table_box.setItemData(self.table_box.count() - 1, t, Qt.ItemDataRole.ToolTipRole)
        self.actor_box.clear()
        self.actor_box.addItem(self.tr("全部"), None)
        for a in audit.actors():
            self.actor_box.addItem(a, a)
        for box, keep in ((self.table_box, keep_t), (self.actor_box, keep_a)):
            i = box.findData(keep)
            box.setCurrentIndex(max(i, 0))

    def _on_changed(self, topic: str) -> None:
        if topic != Change.TODAY:
            self._fill_pickers()
            self.run_search()

    def filters(self) -> dict[str, Any]:
        """The search as typed: table, record, person, date range."""
        text = self.record_box.text().strip()
        record_id = int(text) if text.isdigit() else None
        return dict(table=self.table_box.currentData(), record_id=record_id, actor=self.actor_box.currentData(),
                    date_from=self.date_from.date().toPython() if self.use_from.isChecked() else None,
                    date_to=self.date_to.date().toPython() if self.use_to.isChecked() else None)

    def run_search(self) -> None:
        """Search with the current filters."""
        text = self.record_box.text().strip()
        if text and not text.isdigit():
            self.status.setText(self.tr("记录编号应为数字。"))
            return
        self.model.set_filters(**self.filters())
        self.detail.setRowCount(0)
        self.status.setText(self.tr("共 {0} 条审计记录").format(self.model.total))

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        e = self.model.rows[current.row()]
        keys = sorted(set(e.before) | set(e.after))
        self.detail.setRowCount(len(keys))
        for r, key in enumerate(keys):
            name = QTableWidgetItem(field_label(e.table_name, key, e.action))
            name.setToolTip(key)
            self.detail.setItem(r, 0, name)
            for c, value in enumerate((e.before.get(key, ""), e.after.get(key, "")), start=1):
                self.detail.setItem(r, c, QTableWidgetItem(value_text(value)))

    def verify(self) -> None:
        """Walk the hash chain now and say whether it is intact."""
        problem = audit.verify_chain()
        if problem:
            QMessageBox.critical(self, self.tr("审计链"), self.tr("审计记录被改动：{0}").format(problem.reason))
        else:
            QMessageBox.information(self, self.tr("审计链"), self.tr("审计记录完整，散列链未被改动。"))

    def export(self, path: str | None = None) -> str | None:
        """Write every row of the current search to .xlsx (asks where unless given)."""
        from reports.spreadsheet import write_sheet

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出审计记录"), "审计记录.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if not path:
                return None
        filters = self.filters()
        entries = audit.search(**filters, limit=max(audit.count(**filters), 1))
        write_sheet(path, "审计记录", audit.EXPORT_HEADERS, audit.export_rows(entries),
                    col_widths=(8, 18, 12, 10, 14, 8, 30, 40, 40))
        self.status.setText(self.tr("已导出 {0} 条到 {1}").format(len(entries), path))
        return path
