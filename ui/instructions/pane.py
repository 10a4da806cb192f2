"""The 批示件 pane: the queue of leaders' instructions, most urgent first.

Tabs (with counts) split the queue by stage; typing filters on number, leader, units
and text in SQL (a lower-cased search column); rows are fetched lazily, 200 at a time,
so 100,000 instructions open as fast as 100. The detail view on the right shows one
item and offers only the steps its state allows.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyle,
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
from models.instructions.states import STATES
from models.reference.directory import Leader
from ui.background import Background
from ui.instructions.detail import InstructionDetail
from ui.instructions.forms import RegisterForm, RemindForm, date_edit, to_date
from ui.session import Change
from ui.widgets.import_report import refused
from ui.widgets.progress_job import ProgressJob
from ui.widgets.queue_model import COL_MATTER, COL_STATE, HEADERS, WIDTHS, QueueModel
from ui.widgets.template_button import TemplateButton


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
        self.template_button = TemplateButton("ledger", session, self)
        self.export_button = QPushButton(self.tr("导出台账"))
        self.export_button.clicked.connect(self.export_ledger)
        self.feedback_button = QPushButton(self.tr("反馈表"))
        self.feedback_button.setToolTip(self.tr("给所选批示件的各承办单位导出反馈表，或导入单位发回的反馈表"))
        feedback_menu = QMenu(self.feedback_button)
        self.export_feedback_action = feedback_menu.addAction(self.tr("导出反馈表…"), self.export_feedback)
        self.import_feedback_action = feedback_menu.addAction(self.tr("导入反馈表…"), self.import_feedback)
        self.feedback_button.setMenu(feedback_menu)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("筛选：编号、领导、单位、批示内容（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        # 批示领导: the leader who gave the instruction; 分管领导: the leader who oversees a
        # unit handling it now ("what is late in my areas" is this and the 已超期 tab).
        self.leader_filter = QComboBox()
        self.leader_filter.setToolTip(self.tr("只看这位领导批示的批示件"))
        self.overseer_filter = QComboBox()
        self.overseer_filter.setToolTip(self.tr("只看由这位领导分管的单位承办的批示件（分管领导在 设置 → 单位 中填写）"))
        # 反馈: the matters whose 反馈表 answer is missing (缺报) or came late (迟报).
        self.feedback_filter = QComboBox()
        self.feedback_filter.setToolTip(self.tr("只看有单位到期未反馈（缺报）或逾期才反馈（迟报）反馈表的批示件"))
        for label, status in ((self.tr("全部"), None), (self.tr("缺报或迟报"), "any"),
                              (self.tr("缺报（到期未反馈）"), "缺报"), (self.tr("迟报（逾期才反馈）"), "迟报")):
            self.feedback_filter.addItem(label, status)
        self.feedback_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self._fill_leader_filters()
        self.leader_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overseer_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        for w in (self.new_button, self.remind_button, self.criticism_button, self.records_button,
                  self.import_button, self.template_button, self.export_button, self.feedback_button):
            top.addWidget(w)
        top.addWidget(self.search, 1)
        leaders = QHBoxLayout()
        leaders.addWidget(QLabel(self.tr("批示领导：")))
        leaders.addWidget(self.leader_filter)
        leaders.addWidget(QLabel(self.tr("分管领导：")))
        leaders.addWidget(self.overseer_filter)
        leaders.addWidget(QLabel(self.tr("反馈表：")))
        leaders.addWidget(self.feedback_filter)
        leaders.addStretch(1)
        writable = session.actor.can(Permission.WRITE)
        for w in (self.new_button, self.remind_button, self.criticism_button, self.import_button):
            w.setEnabled(writable)
        # Exporting a form makes the seal key on first use, and importing writes: both need 写入.
        self.feedback_button.setEnabled(writable)
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
        for i, w in enumerate(self._queue_widths()):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda idx: self.detail.setFocus())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.queue_menu().popup(self.table.viewport().mapToGlobal(pos)))
        self.detail = InstructionDetail(session)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(leaders)
        ll.addWidget(self.tabs)
        ll.addWidget(self.table, 1)
        self.status = QLabel()
        ll.addWidget(self.status)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The queue takes 65 % (all its columns and tabs show on a maximised 1366-pixel
        # window; up to 办理时限 on a 1280-pixel one); the detail keeps the rest.
        self.splitter.setSizes([650, 350])
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
        self._feedback_job: ProgressJob | None = None
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

    def _fill_leader_filters(self) -> None:
        """(Re)list the leaders in both filters, keeping what was chosen where it still exists."""
        chosen = (self.leader_filter.currentData(), self.overseer_filter.currentData())
        for combo, entries in (
                (self.leader_filter, [(n, n) for n in m.leader_names()]),
                (self.overseer_filter, [(ld.name, ld.id) for ld in Leader.select().order_by(Leader.level, Leader.id)])):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("全部"), None)
            for text, data in entries:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(chosen[combo is self.overseer_filter])))
            combo.blockSignals(False)

    def leader_filter_value(self) -> m.LeaderFilter:
        """The leader filters and the 反馈表 filter as chosen (the latter judged on today)."""
        from models.instructions.feedback_due import lapsed_instruction_ids

        status = self.feedback_filter.currentData()
        only = None if status is None else tuple(
            lapsed_instruction_ids(self.session.today(), None if status == "any" else status))
        return m.LeaderFilter(self.leader_filter.currentData() or "", self.overseer_filter.currentData(), only)

    def set_feedback_filter(self, status: str | None) -> None:
        """Choose the 反馈表 filter: ``"缺报"``, ``"迟报"``, ``"any"`` or ``None`` (the queue refreshes)."""
        self.feedback_filter.setCurrentIndex(max(0, self.feedback_filter.findData(status)))

    def set_leader_filters(self, leader: str = "", overseer_id: int | None = None) -> None:
        """Choose the leader filters (the queue refreshes)."""
        self.leader_filter.setCurrentIndex(max(0, self.leader_filter.findData(leader or None)))
        self.overseer_filter.setCurrentIndex(max(0, self.overseer_filter.findData(overseer_id)))

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
        who = self.leader_filter_value()
        ids = None
        if self.index is not None and self.index.stale():
            self.index = None
            self._build_index()
        # A leader filter narrows the queue in SQL (its own indexes); typed text then too.
        self._by_sql = bool(text) and self.index is None and not who
        if self._by_sql and self._indexer.busy:
            # The index is moments away (0.4 s at 100,000 items) and refreshes the
            # queue when it arrives; a scan in SQL would hold the window for a second.
            self.status.setText(self.tr("正在准备检索…"))
            return
        if text and self.index is not None and not who:
            hits = self.index.matching(text)
            if not keep_counts or not self.counts:
                self.counts = self.index.counts(hits, today, limit)
            ids = self.index.ordered_ids(hits, self.current_tab(), today, limit)
        elif not keep_counts or not self.counts:
            self.counts = m.queue_count_all(text, today, limit, who)
        for i, (key, label) in enumerate(m.TABS):
            self.tabs.setTabText(i, self.tr("{0} ({1})").format(self.tr(label), self.counts[key]))
        selected = self.detail.instruction_id
        self.model.load(self.current_tab(), today, limit, self.counts[self.current_tab()], cal, yellow, ids,
                        text if ids is None else "", who)
        self.status.setText(self.tr("共 {0} 件").format(self.counts[self.current_tab()]))
        row = next((i for i, r in enumerate(self.model.rows) if r[0] == selected), None)
        if row is not None:
            self.table.selectRow(row)
        self.detail.show_instruction(selected)

    def _on_session_changed(self, topic: str) -> None:
        self.index = None
        self._build_index()
        if topic in (Change.INSTRUCTIONS, Change.LEADERS):
            self._fill_leader_filters()
        if topic in (Change.INSTRUCTIONS, Change.TODAY, Change.UNITS, Change.LEADERS, Change.SETTINGS, Change.CALENDAR):
            self.refresh()

    def _queue_widths(self) -> list[int]:
        """WIDTHS, with 状态 as wide as its longest state in the table's font (50 pixels
        clipped "办理中" in Microsoft YaHei); 事由 gives up the difference."""
        widths = list(WIDTHS)
        fm = self.table.fontMetrics()
        margin = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 10
        need = max(fm.horizontalAdvance(s) for s in (*STATES, HEADERS[COL_STATE])) + margin
        extra = max(0, need - widths[COL_STATE])
        widths[COL_STATE] += extra
        widths[COL_MATTER] -= extra
        return widths

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.show_instruction(self.model.instruction_id(current.row()))

    def selected_ids(self) -> list[int]:
        """The instructions selected in the queue, in queue order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.instruction_id(r) for r in rows]

    def queue_menu(self) -> QMenu:
        """The queue's context menu: the documents made of the chosen instruction."""
        from models.documents.more_data import REPORTABLE

        ids = self.selected_ids()
        ins = m.Instruction.get_or_none(m.Instruction.id == ids[0]) if len(ids) == 1 else None
        menu = QMenu(self)
        action = menu.addAction(self.tr("生成办理情况报告（报结）…"), self.make_report_back)
        action.setEnabled(ins is not None and ins.state in REPORTABLE)
        return menu

    def make_report_back(self) -> None:
        """Switch to 文档 with the 办理情况报告 of the chosen instruction."""
        from models.documents.register import REPORT_BACK
        from ui.widgets.document_link import make_document

        ids = self.selected_ids()
        if len(ids) == 1:
            make_document(self, REPORT_BACK, ids[0], self.tr(
                "办理情况报告在批示件办结并回访复核通过后才能生成。请先办结并回访复核。"))

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
        if refused(self, plan):
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
        from models.instructions.importing import (
            EXTRA_EXPORT_HEADERS,
            LEDGER_HEADERS,
            LEDGER_WIDTHS,
            ledger_rows,
        )
        from reports.spreadsheet import write_sheet

        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出批示件台账"), self.tr("批示件台账.xlsx"),
                                              self.tr("Excel (*.xlsx)"))
        if not path:
            return
        try:
            write_sheet(path, self.tr("领导批示件办理台账"), [*LEDGER_HEADERS, *EXTRA_EXPORT_HEADERS], ledger_rows(),
                        col_widths=LEDGER_WIDTHS, sheet_name="批示件台账")
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), getattr(exc, "message", "") or
                                self.tr("无法写入文件：{0}").format(exc))
            return
        QMessageBox.information(self, self.tr("导出完成"), self.tr("已导出到 {0}").format(path))


    def _feedback_instruction(self, what: str) -> m.Instruction | None:
        iid = self.detail.instruction_id
        ins = None if iid is None else m.Instruction.get_or_none(m.Instruction.id == iid)
        if ins is None:
            QMessageBox.information(self, what, self.tr("请先在列表中选择一件批示件。"))
        return ins

    def export_feedback(self) -> None:
        """导出反馈表: one sealed form per current unit of the selected instruction, and a .zip.

        The forms are sealed here (the first export makes the office's key); writing the
        files (about 0.1 s a form) runs in the background behind a progress dialog."""
        from models.instructions.feedback import forms_for
        from reports.feedback_form import write_forms, write_zip, zip_name

        ins = self._feedback_instruction(self.tr("导出反馈表"))
        if ins is None:
            return
        try:
            forms = forms_for(self.session.actor, ins.number, self.session.today())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法导出反馈表"), exc.message)
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("反馈表保存到哪个文件夹"))
        if not folder:
            return

        def write() -> tuple:
            files = write_forms(forms, Path(folder))
            return "export", files, write_zip(files, Path(folder) / zip_name(forms)), folder, forms

        self._run_feedback(write, self.tr("正在为 {0} 个承办单位生成反馈表…").format(len(forms)))

    def import_feedback(self) -> None:
        """导入反馈表: judge the chosen returns for the selected instruction (in the
        background, about 0.1 s a file), then show the review list."""
        from models.instructions.feedback import judge_all

        ins = self._feedback_instruction(self.tr("导入反馈表"))
        if ins is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择单位发回的反馈表（可多选）"), "",
                                                self.tr("Excel 工作簿 (*.xlsx)"))
        if not paths:
            return
        today, iid, number = self.session.today(), ins.id, ins.number
        self._run_feedback(lambda: ("import", judge_all([Path(p) for p in paths], today, iid), iid, number),
                           self.tr("正在核对 {0} 份反馈表…").format(len(paths)))

    def _run_feedback(self, fn, label: str) -> None:
        if self._feedback_job is None:
            self._feedback_job = ProgressJob(self, self.tr("反馈表"))
            self._feedback_job.finished.connect(self._feedback_done)
            self._feedback_job.failed.connect(self._feedback_failed)
        self._feedback_job.start(fn, label)

    @property
    def _feedback_progress(self) -> QProgressDialog | None:
        """The progress dialog of the 反馈表 job while it runs."""
        return self._feedback_job.progress if self._feedback_job is not None else None

    def _feedback_done(self, result: tuple) -> None:
        from ui.instructions.feedback_dialog import FeedbackReviewDialog

        if result[0] == "export":
            self._forms_written(*result[1:])
            return
        _kind, verdicts, iid, number = result
        FeedbackReviewDialog(self.session, verdicts, iid, number, self).exec()

    def _forms_written(self, files: list[Path], batch: Path, folder: str, forms: list) -> None:
        """Record the forms written as one batch with their due dates (the 工作台 lists
        whoever does not answer by then), and tell the clerk what was made."""
        from models.documents.register import REPLY_DAYS
        from models.instructions.feedback_due import due_text, record_sent

        try:
            rows = record_sent(self.session.actor, forms, self.session.today(), int(settings.get(REPLY_DAYS)))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("反馈表未登记"), self.tr(
                "反馈表已写入 {0}，但未能登记为已发出：{1}\n请重新导出后再发给单位。").format(folder, exc.message))
            return
        self.session.notify(Change.INSTRUCTIONS)
        names = "\n".join(f"{p.name}（{due_text(row)}）" for p, row in zip(files, rows, strict=True))
        QMessageBox.information(self, self.tr("导出完成"), self.tr(
            "已为 {0} 个承办单位导出反馈表（第 {1} 批）：\n{2}\n\n另有压缩包 {3}，便于邮寄。文件夹：{4}\n"
            "到期未反馈的单位将列入工作台“未按期反馈”。").format(len(files), rows[0].batch, names, batch.name, folder))

    def _feedback_failed(self, error: str) -> None:
        QMessageBox.warning(self, self.tr("反馈表"), self.tr("未完成：{0}。请检查文件夹是否可写、文件是否被占用后再试。")
                            .format(error))

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
        problem = self.required_by.input_problem()
        if problem:  # the typed 整改期限 is no date: never use the one it held before
            self.error.setText(problem)
            self.required_by.setFocus()
            return
        try:
            self.notice = criticism.create_criticism(
                self.session.actor, self.selected(), self.session.today(), to_date(self.required_by),
                self.requirement.toPlainText(), copy_to=self.tr("市委、市政府领导") if self.copy.isChecked() else "")
        except UserError as exc:
            self.error.setText(exc.message)
            return
        QMessageBox.information(self, self.tr("通报批评"), self.tr("已生成通报批评记录：{0}").format(self.notice.title))
        self.accept()
