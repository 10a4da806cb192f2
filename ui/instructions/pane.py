"""The 批示件 pane: the queue of leaders' instructions, most urgent first.

Tabs (with counts) split the queue by stage; typing filters on number, leader, units
and text in SQL (a lower-cased search column); rows are fetched lazily, 200 at a time,
so 100,000 instructions open as fast as 100. The detail view on the right shows one
item and offers only the steps its state allows.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.calendar.store import load_calendar
from models.core import settings
from models.core.actors import Permission
from models.core.errors import UserError
from models.instructions import criticism
from models.instructions import records as m

from ui.instructions.detail import InstructionDetail
from ui.instructions.forms import RegisterForm, RemindForm, date_edit, to_date
from ui.session import Change
from ui.widgets.calendar_view import tint
from ui.background import Background

PAGE = 200
HEADERS = ("红绿灯", "登记编号", "层级", "批示领导", "事由", "承办单位", "办理时限", "状态", "催办")
WIDTHS = (62, 112, 48, 64, 190, 170, 88, 52, 40)


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

    def load(self, tab: str, today: dt.date, limit: dt.date, total: int, cal, yellow: int,
             ids: list[int] | None = None, text: str = "") -> None:
        """Start over with a new tab, filter or day: only the first page is read.

        ``ids``: the filtered items in queue order (from the in-memory search index);
        ``None``: the tab, filtered by ``text`` if any, paged straight from SQL.
        """
        self.beginResetModel()
        self.tab, self.today, self.limit, self.text = tab, today, limit, text
        self.ids = ids
        self.total = total if ids is None else len(ids)
        self.cal, self.yellow = cal, yellow
        self.rows, self.lights = [], []
        self._append(self._page(0))
        self.endResetModel()

    def _page(self, start: int) -> list[tuple]:
        if self.ids is not None:
            return m.rows_by_ids(self.ids[start:start + PAGE])
        return m.queue_page(self.tab, self.text, self.today, self.limit, start, PAGE)

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
            if col == 0:
                return light.text()
            if col == 2:
                return r[2]
            if col == 4:
                return r[5] or r[6]
            if col == 6:
                return (r[8] or "") + ("（暂定）" if r[11] else "")
            return {1: r[1], 3: r[3], 5: r[7], 7: r[9], 8: r[10] or ""}.get(col)
        if role == Qt.ItemDataRole.BackgroundRole and col == 0:
            return tint(light.colour)
        if role == Qt.ItemDataRole.ForegroundRole and col == 0:
            return Qt.GlobalColor.black
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            return r[5] or r[6]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


class Pane(QWidget):
    """批示件: the queue, its tabs and filter, and the detail view."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.counts: dict[str, int] = {}
        self.index: m.SearchIndex | None = None
        top = QHBoxLayout()
        self.new_button = QPushButton(self.tr("登记批示件"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.register)
        self.remind_button = QPushButton(self.tr("批量催办"))
        self.remind_button.setToolTip(self.tr("对所选的批示件（可按住 Ctrl/Shift 多选）的全部承办单位催办"))
        self.remind_button.clicked.connect(self.batch_remind)
        self.criticism_button = QPushButton(self.tr("通报批评候选"))
        self.criticism_button.clicked.connect(self.show_candidates)
        self.records_button = QPushButton(self.tr("通报批评记录"))
        self.records_button.clicked.connect(self.show_criticism_records)
        self.import_button = QPushButton(self.tr("导入台账"))
        self.import_button.clicked.connect(self.import_ledger)
        self.export_button = QPushButton(self.tr("导出台账"))
        self.export_button.clicked.connect(self.export_ledger)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("筛选：编号、领导、单位、批示内容（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        for w in (self.new_button, self.remind_button, self.criticism_button, self.records_button,
                  self.import_button, self.export_button):
            top.addWidget(w)
        top.addWidget(self.search, 1)
        writable = session.actor.can(Permission.WRITE)
        for w in (self.new_button, self.remind_button, self.criticism_button, self.import_button):
            w.setEnabled(writable)
        self.tabs = QTabBar()
        for key, label in m.TABS:
            self.tabs.addTab(self.tr(label))
            self.tabs.setTabData(self.tabs.count() - 1, key)
        self.tabs.currentChanged.connect(lambda _i: self.refresh(keep_counts=True))
        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        for i, w in enumerate(WIDTHS):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda idx: self.detail.setFocus())
        self.detail = InstructionDetail(session)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tabs)
        ll.addWidget(self.table, 1)
        self.status = QLabel()
        ll.addWidget(self.status)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([760, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(150)
        self._typing.timeout.connect(self.refresh)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.register)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=lambda: (self.search.setFocus(),
                                                                          self.search.selectAll()))
        session.changed.connect(self._on_session_changed)
        # The filter's in-memory index (0.5 s at 100,000 items) is built in the
        # background from the start; a filter typed before it arrives waits for it
        # (or is answered in SQL if building it failed).
        self._indexer = Background(self)
        self._indexer.finished.connect(self._index_ready)
        # Without an index the filter is answered in SQL, a pending one included.
        self._indexer.failed.connect(lambda _e: self._by_sql and self.refresh())
        self._by_sql = False
        self.refresh()
        self._build_index()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A filter still waiting to be applied must not fire into a closed pane.
        self._typing.stop()
        super().closeEvent(event)

    # ---------------------------------------------------------------- queue

    def _build_index(self) -> None:
        version = m.data_version()  # of this (the UI) thread's connection, read first
        self._indexer.start(lambda: m.SearchIndex(version))

    def _index_ready(self, index: m.SearchIndex) -> None:
        self.index = index
        if self._by_sql and self.search.text().strip():
            self.refresh()

    def current_tab(self) -> str:
        """The key of the selected tab."""
        return self.tabs.tabData(self.tabs.currentIndex()) or "all"

    def refresh(self, keep_counts: bool = False) -> None:
        """Re-read the counts (unless only the tab changed) and the first page."""
        today = self.session.today()
        cal = load_calendar()
        yellow = settings.get(settings.YELLOW_DAYS)
        limit = m.yellow_limit(today, cal, yellow)
        text = self.search.text().strip()
        ids = None
        if self.index is not None and self.index.stale():
            self.index = None
            self._build_index()
        self._by_sql = bool(text) and self.index is None
        if self._by_sql and self._indexer.busy:
            # The index is moments away (0.4 s at 100,000 items) and refreshes the
            # queue when it arrives; a scan in SQL would hold the window for a second.
            self.status.setText(self.tr("正在准备检索…"))
            return
        if text and self.index is not None:
            hits = self.index.matching(text)
            if not keep_counts or not self.counts:
                self.counts = self.index.counts(hits, today, limit)
            ids = self.index.ordered_ids(hits, self.current_tab(), today, limit)
        elif not keep_counts or not self.counts:
            self.counts = m.queue_count_all(text, today, limit)
        for i, (key, label) in enumerate(m.TABS):
            self.tabs.setTabText(i, self.tr("{0} ({1})").format(self.tr(label), self.counts[key]))
        selected = self.detail.instruction_id
        self.model.load(self.current_tab(), today, limit, self.counts[self.current_tab()], cal, yellow, ids,
                        text if ids is None else "")
        self.status.setText(self.tr("共 {0} 件").format(self.counts[self.current_tab()]))
        row = next((i for i, r in enumerate(self.model.rows) if r[0] == selected), None)
        if row is not None:
            self.table.selectRow(row)
        self.detail.show_instruction(selected)

    def _on_session_changed(self, topic: str) -> None:
        self.index = None
        self._build_index()
        if topic in (Change.INSTRUCTIONS, Change.TODAY, Change.UNITS, Change.LEADERS, Change.SETTINGS, Change.CALENDAR):
            self.refresh()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.show_instruction(self.model.instruction_id(current.row()))

    def selected_ids(self) -> list[int]:
        """The instructions selected in the queue, in queue order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.instruction_id(r) for r in rows]

    def select_id(self, instruction_id: int) -> None:
        """Show one instruction: in the queue if it is on the current tab, and in the detail."""
        row = next((i for i, r in enumerate(self.model.rows) if r[0] == instruction_id), None)
        if row is not None:
            self.table.selectRow(row)
        self.detail.show_instruction(instruction_id)

    def open_record(self, record_type: str, record_id: int) -> None:
        """Show an instruction opened from the calendar, the dashboard or 统计."""
        if record_type == "instruction":
            self.select_id(record_id)

    # ---------------------------------------------------------------- actions

    def show_criticism_records(self) -> None:
        """List the 通报批评 records; drafts can be edited there."""
        from ui.instructions.criticism_records import CriticismRecordsDialog

        CriticismRecordsDialog(self.session, self).exec()

    def register(self) -> None:
        """登记 a new instruction (Ctrl+N)."""
        if not self.session.actor.can(Permission.WRITE):
            return
        form = RegisterForm(self.session, None, self)
        if form.exec():
            self.session.notify(Change.INSTRUCTIONS)
            self.select_id(form.result_value.id)

    def batch_remind(self) -> None:
        """催办 every unit of each selected item in one go."""
        ids = self.selected_ids()
        if not ids:
            QMessageBox.information(self, self.tr("批量催办"), self.tr("请先在列表中选择要催办的批示件（可多选）。"))
            return
        form = RemindForm(self.session, ids, self)
        if form.exec():
            self.session.notify(Change.INSTRUCTIONS)
            QMessageBox.information(self, self.tr("批量催办"),
                                    self.tr("已催办 {0} 个承办单位。").format(form.result_value
                                                                      if isinstance(form.result_value, int) else 1))

    def show_candidates(self) -> None:
        """Review the criticism candidates and create a notice record from a selection."""
        dialog = CriticismDialog(self.session, self)
        if dialog.exec():
            self.session.notify(Change.INSTRUCTIONS)

    def import_ledger(self) -> None:
        """Import a ledger: preview, row errors, then all-or-nothing apply."""
        from models.instructions.importing import apply_ledger, plan_ledger

        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入批示件台账"), "",
                                              self.tr("Excel 或 CSV (*.xlsx *.csv)"))
        if not path:
            return
        try:
            plan = plan_ledger(path, self.session.actor)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法导入"), exc.message)
            return
        if plan.errors:
            lines = "\n".join(str(e) for e in plan.errors[:30])
            more = self.tr("\n……另有 {0} 处").format(len(plan.errors) - 30) if len(plan.errors) > 30 else ""
            QMessageBox.warning(self, self.tr("文件有误，未导入"),
                                self.tr("{0}\n\n{1}{2}\n\n请改正后重新导入。").format(plan.summary(), lines, more))
            return
        answer = QMessageBox.question(self, self.tr("确认导入"), self.tr("{0}。确定导入吗？").format(plan.summary()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            n = apply_ledger(self.session.actor, plan)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未导入"), exc.message)
            return
        self.session.notify(Change.INSTRUCTIONS)
        QMessageBox.information(self, self.tr("导入完成"), self.tr("已导入 {0} 件批示件。").format(n))

    def export_ledger(self) -> None:
        """Export the ledger to .xlsx in the import's columns."""
        from models.instructions.importing import EXTRA_EXPORT_HEADERS, LEDGER_HEADERS, ledger_rows
        from reports.spreadsheet import write_sheet

        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出批示件台账"), self.tr("批示件台账.xlsx"),
                                              self.tr("Excel (*.xlsx)"))
        if not path:
            return
        try:
            write_sheet(path, self.tr("领导批示件办理台账"), [*LEDGER_HEADERS, *EXTRA_EXPORT_HEADERS], ledger_rows(),
                        col_widths=[16, 10, 14, 12, 28, 44, 30, 12, 12, 9, 12, 9, 8], sheet_name="批示件台账")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), self.tr("无法写入文件：{0}").format(exc))
            return
        QMessageBox.information(self, self.tr("导出完成"), self.tr("已导出到 {0}").format(path))


class CriticismDialog(QDialog):
    """通报批评候选: the rule's list to tick, and the notice's requirement and deadline."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("通报批评候选"))
        self.resize(900, 560)
        self.candidates = criticism.current_candidates(session.today())
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("以下单位符合通报批评条件（超期未获批延期超过 {0} 个工作日、被催办 {1} 次以上，"
                                     "或回访复核不通过）。请勾选拟通报的单位：").format(
            settings.get(m.CRITICISM_OVERDUE_DAYS), settings.get(m.CRITICISM_REMINDERS))))
        self.table = QTableWidget(len(self.candidates), 5)
        self.table.setHorizontalHeaderLabels([self.tr("选择"), self.tr("单位"), self.tr("批示件"), self.tr("时限"),
                                              self.tr("办理不力情形")])
        self.table.verticalHeader().hide()
        for w, i in zip((50, 130, 260, 90), range(4), strict=True):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, c in enumerate(self.candidates):
            box = QTableWidgetItem()
            box.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(r, 0, box)
            named = criticism.CriticismItem.select().join(m.Assignment).where(
                criticism.CriticismItem.assignment == c.assignment_id).exists()
            for col, v in enumerate([c.unit, f"{c.number} {c.matter}",
                                     c.deadline.isoformat() if c.deadline else "",
                                     c.mishandling + (self.tr("（已通报过）") if named else "")], start=1):
                self.table.setItem(r, col, QTableWidgetItem(v))
        lay.addWidget(self.table, 1)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("整改期限")))
        self.required_by = date_edit(session.today() + dt.timedelta(days=14))
        form.addWidget(self.required_by)
        self.copy = QCheckBox(self.tr("抄送市委、市政府领导"))
        form.addWidget(self.copy)
        form.addStretch(1)
        lay.addLayout(form)
        self.requirement = QPlainTextEdit()
        self.requirement.setPlaceholderText(self.tr("整改要求：例如 限期办结并书面报告整改情况，单位主要负责人作出书面检查。"))
        self.requirement.setMaximumHeight(80)
        lay.addWidget(self.requirement)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成通报批评记录"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("关闭"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        if not self.candidates:
            self.error.setText(self.tr("目前没有符合条件的单位。"))

    def selected(self) -> list:
        """The ticked candidates."""
        return [c for r, c in enumerate(self.candidates)
                if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]

    def create(self) -> None:
        """Create the notice record from the ticked candidates."""
        try:
            self.notice = criticism.create_criticism(
                self.session.actor, self.selected(), self.session.today(), to_date(self.required_by),
                self.requirement.toPlainText(), copy_to=self.tr("市委、市政府领导") if self.copy.isChecked() else "")
        except UserError as exc:
            self.error.setText(exc.message)
            return
        QMessageBox.information(self, self.tr("通报批评"), self.tr("已生成通报批评记录：{0}").format(self.notice.title))
        self.accept()
