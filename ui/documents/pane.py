"""文档: make, preview, print and issue the office's documents, and open the register.

The PDF is made in Qt's thread pool (:class:`ui.background.Background`) while a
progress dialog shows; the preview is the real PDF in Qt's own viewer. Before 印发 the
preview, 打印 and 另存 all use the 样稿: "样稿 · 未印发" on every page and the number
left blank, so a draft on paper cannot pass for the issued document (a draft printed for
the director's review is the usual case, so 打印 does not push the clerk to issue).
Issuing takes the number and writes the register (and the 交办/催办) in one transaction;
the preview then shows the official file, which prints and saves as issued. Printing
runs on a worker (:class:`ui.printing.PrintJob`) with a progress dialog and 取消.

Once the office has accounts a document is signed off before it is issued (审核签发):
the clerk's 提交签发 hands the previewed document to the signer; the 待签发 tab lists
what waits, with 签发 and 退回 for a 管理员 or a 可签发 督查员; 印发 is enabled only
for a document signed with exactly the data the preview shows, and the line under the
buttons says why not otherwise.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QPageLayout, QPageSize, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Permission
from models.core.errors import UserError
from models.core.storage import write_file
from models.documents import register as reg
from models.documents import signing as sg
from models.instructions.states import ACCEPTED, HANDLING_STATES
from ui.background import Background
from ui.printing import PrintJob, PrintResult, page_range
from ui.session import Change, Session
from ui.widgets.date_field import DateField

KIND_ORDER = (reg.BULLETIN, reg.NOTICE, reg.REMINDER, reg.CRITICISM, reg.FEEDBACK, reg.SPECIAL, reg.REPORT_BACK,
              reg.LEADER_SHEET, reg.MESSAGE)
#: how many of a picker's lines set its drop-down list's width
WIDTH_SAMPLE = 300


class _Outcome:
    """What the worker hands back: the prepared draft or the clerk-facing error."""

    def __init__(self, prepared: Any = None, error: str = "") -> None:
        self.prepared, self.error = prepared, error


class Pane(QWidget):
    """The 文档 pane."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.prepared: Any = None
        self.current_pdf = b""
        # What the preview holds: a 样稿 (not issued) or an issued document, and its file name.
        self.is_draft = False
        self.file_name = ""
        self._buffer: QBuffer | None = None
        self._progress: QProgressDialog | None = None
        self.print_job: PrintJob | None = None
        self._print_progress: QProgressDialog | None = None
        self._printing_draft = False
        self.worker = Background(self)
        self.worker.finished.connect(self._made)
        self.worker.failed.connect(self._failed)
        # What makes a Word file of the preview (given the font folder): the preparation's
        # (样稿 or official) or, for a file opened from the register, the issued document
        # rebuilt from its snapshot; None when there is nothing to save.
        self.word_source: Callable[[str | None], bytes] | None = None
        self.word_worker = Background(self)
        self.word_worker.finished.connect(self._word_made)
        self.word_worker.failed.connect(self._word_failed)
        self._word_path = ""

        self.kind = QComboBox()
        for k in KIND_ORDER:
            self.kind.addItem(self.tr(reg.KIND_LABELS[k]), k)
        self.params = QStackedWidget()
        self.params.addWidget(self._bulletin_form())
        self.params.addWidget(self._instruction_form("notice"))
        self.params.addWidget(self._instruction_form("reminder"))
        self.params.addWidget(self._criticism_form())
        self.params.addWidget(self._feedback_form())
        self.params.addWidget(self._special_form())
        self.params.addWidget(self._report_back_form())
        self.params.addWidget(self._leader_sheet_form())
        self.params.addWidget(self._message_form())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.n_instruction, self.r_instruction, self.c_record, self.s_source, self.rb_instruction,
                      self.l_leader, self.m_message):
            _picker(combo)

        self.preview_button = QPushButton(self.tr("生成预览(&P)"))
        self.save_button = QPushButton(self.tr("另存为 PDF/Word(&S)…"))
        self.print_button = QPushButton(self.tr("打印(&R)…"))
        self.issue_button = QPushButton(self.tr("印发并登记(&I)"))
        self.submit_button = QPushButton(self.tr("提交签发(&U)"))
        self.submit_button.clicked.connect(self.submit)
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        self.issue_button.clicked.connect(self.issue)
        QShortcut(QKeySequence("F5"), self, self.make_preview)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_pdf)

        left = QWidget()
        lv = QVBoxLayout(left)
        form = QFormLayout()
        form.addRow(self.tr("文件类型"), self.kind)
        lv.addLayout(form)
        # The bulletin's fields are taller than a 720-pixel screen leaves them: they
        # scroll, and the buttons below stay in reach.
        params = QScrollArea()
        params.setWidgetResizable(True)
        params.setFrameShape(QScrollArea.Shape.NoFrame)
        params.setWidget(self.params)
        lv.addWidget(params, 1)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save_button, self.print_button, self.submit_button, self.issue_button):
            buttons.addWidget(b)
        lv.addLayout(buttons)
        # Why 印发 is not available yet (not signed, waiting, sent back): said, not just greyed out.
        self.sign_note = QLabel()
        self.sign_note.setWordWrap(True)
        self.sign_note.setStyleSheet("color: #a05a00;")
        lv.addWidget(self.sign_note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Two lines kept whatever the message: the buttons beside it must not move under the mouse.
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing() + 4)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lv.addWidget(self.status)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.register = QTableWidget(0, 9)
        self.register.setHorizontalHeaderLabels([self.tr("印发日期"), self.tr("类型"), self.tr("编号"),
                                                 self.tr("标题"), self.tr("页数"), self.tr("经办人"),
                                                 self.tr("拟稿"), self.tr("签发"), self.tr("签发时间")])
        self.register.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.register.doubleClicked.connect(lambda _=None: self.open_issued())
        self.reprint_button = QPushButton(self.tr("查看/重印所选文件(&O)"))
        self.reprint_button.clicked.connect(self.open_issued)
        # The issued document as PDF (the original) or as a Word file with the same number.
        self.save_issued_button = QPushButton(self.tr("另存为 PDF/Word(&A)…"))
        self.save_issued_button.clicked.connect(self.save_issued)
        reg_box = QWidget()
        rv = QVBoxLayout(reg_box)
        rv.addWidget(self.register)
        rb = QHBoxLayout()
        rb.addWidget(self.reprint_button)
        rb.addWidget(self.save_issued_button)
        rb.addStretch(1)
        rv.addLayout(rb)

        self.requests = QTableWidget(0, 7)
        self.requests.setHorizontalHeaderLabels([self.tr("签发单"), self.tr("状态"), self.tr("类型"), self.tr("标题"),
                                                 self.tr("拟稿"), self.tr("提交时间"), self.tr("签发/退回")])
        self.requests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requests.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.requests.itemSelectionChanged.connect(self._update_sign_buttons)
        self.sign_button = QPushButton(self.tr("签发所选文件(&G)"))
        self.return_button = QPushButton(self.tr("退回拟稿人(&B)…"))
        self.view_request_button = QPushButton(self.tr("查看送签样稿(&V)"))
        self.view_request_button.clicked.connect(self.view_request)
        self.requests.doubleClicked.connect(lambda _=None: self.view_request())
        self.sign_button.clicked.connect(self.sign_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.requests_hint = QLabel()
        self.requests_hint.setWordWrap(True)
        req_box = QWidget()
        qv = QVBoxLayout(req_box)
        qv.addWidget(self.requests)
        qb = QHBoxLayout()
        qb.addWidget(self.view_request_button)
        qb.addWidget(self.sign_button)
        qb.addWidget(self.return_button)
        qb.addStretch(1)
        qv.addLayout(qb)
        qv.addWidget(self.requests_hint)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("预览"))
        self.tabs.addTab(reg_box, self.tr("印发登记簿"))
        self.requests_tab = self.tabs.addTab(req_box, self.tr("待签发"))

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        # The form gets room for the pickers' numbers and titles; the preview fits its width to the rest.
        split.setSizes([600, 600])
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        session.changed.connect(self._on_changed)
        self._reload_choices()
        self._refresh_register()
        self._refresh_requests()
        self._update_buttons()

    # ------------------------------------------------------------ parameter forms

    def _bulletin_form(self) -> QWidget:
        from models.documents.data import default_narrative

        w = QWidget()
        f = QFormLayout(w)
        today = self.session.today()
        self.b_from = DateField(dt.date(today.year, 1, 1), today=self.session.today)
        self.b_to = DateField(today, today=self.session.today)
        self.b_issue = QSpinBox()
        self.b_issue.setRange(0, 999)
        self.b_issue.setSpecialValueText(self.tr("自动（下一期）"))
        text = default_narrative(dt.date(today.year, 1, 1), today)
        self.b_title = QLineEdit(text.title)
        self.b_overview = QPlainTextEdit(text.overview)
        self.b_key = QPlainTextEdit(text.key_items_comment)
        self.b_problems = QPlainTextEdit(text.problems_comment)
        self.b_next = QPlainTextEdit(text.next_steps)
        for e in (self.b_overview, self.b_key, self.b_problems, self.b_next):
            e.setTabChangesFocus(True)
            e.setMaximumHeight(90)
        self._narrative = text
        self.b_from.dateChanged.connect(self._period_changed)
        self.b_to.dateChanged.connect(self._period_changed)
        f.addRow(self.tr("起始日期"), self.b_from)
        f.addRow(self.tr("截止日期"), self.b_to)
        f.addRow(self.tr("期号"), self.b_issue)
        f.addRow(self.tr("标题"), self.b_title)
        f.addRow(self.tr("总体情况（文字）"), self.b_overview)
        f.addRow(self.tr("重点工作（要求）"), self.b_key)
        f.addRow(self.tr("问题（要求）"), self.b_problems)
        f.addRow(self.tr("下一步工作"), self.b_next)
        self.b_details = QCheckBox(self.tr("附各重点工作事项推进详情（各单位最新季度报告）"))
        f.addRow(self.b_details)
        note = QLabel(self.tr("数字（批示件件数、到期办结率、进展表）取自数据库，不能在此改写。"))
        note.setWordWrap(True)
        f.addRow(note)
        return w

    def _period_changed(self, *_args) -> None:
        """The title and wording follow the period, where the clerk has not rewritten them:
        a bulletin for July–September must not keep the title of January–October."""
        from models.documents.data import default_narrative

        start, end = self.b_from.value(), self.b_to.value()
        if start is None or end is None or end < start:
            return
        old, new = self._narrative, default_narrative(start, end)
        if self.b_title.text() == old.title:
            self.b_title.setText(new.title)
        for edit, before, after in ((self.b_overview, old.overview, new.overview),
                                    (self.b_key, old.key_items_comment, new.key_items_comment),
                                    (self.b_problems, old.problems_comment, new.problems_comment),
                                    (self.b_next, old.next_steps, new.next_steps)):
            if edit.toPlainText() == before:
                edit.setPlainText(after)
        self._narrative = new

    def _instruction_form(self, which: str) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        f.addRow(self.tr("批示件"), combo)
        if which == "notice":
            self.n_instruction = combo
            self.n_days = QSpinBox()
            self.n_days.setRange(1, 250)
            self.n_days.setValue(10)
            self.n_units = QListWidget()
            f.addRow(self.tr("办理时限（工作日，尚未交办时）"), self.n_days)
            f.addRow(self.tr("承办单位（尚未交办时勾选，第一个为牵头）"), self.n_units)
            combo.currentIndexChanged.connect(self._notice_units)
        else:
            self.r_instruction = combo
        return w

    def _criticism_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.c_record = QComboBox()
        f.addRow(self.tr("通报批评记录"), self.c_record)
        return w

    def _feedback_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.f_minutes = QListWidget()
        f.addRow(self.tr("会议纪要（不选则全部）"), self.f_minutes)
        return w

    def _special_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.s_source = QComboBox()
        f.addRow(self.tr("督查活动或调研课题"), self.s_source)
        note = QLabel(self.tr("只列出记有发现问题或意见建议的督查活动和调研课题；期号与督查通报分别编排。"))
        note.setWordWrap(True)
        f.addRow(note)
        return w

    def _report_back_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.rb_instruction = QComboBox()
        self.rb_instruction.setEditable(True)
        self.rb_instruction.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        f.addRow(self.tr("批示件（已回访复核）"), self.rb_instruction)
        note = QLabel(self.tr("向作出批示的领导报告办理情况；印发即登记报结。"))
        note.setWordWrap(True)
        f.addRow(note)
        return w

    def _leader_sheet_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        today = self.session.today()
        self.l_leader = QComboBox()
        self.l_from = DateField(dt.date(today.year, 1, 1))
        self.l_to = DateField(today)
        f.addRow(self.tr("批示领导"), self.l_leader)
        f.addRow(self.tr("起始日期"), self.l_from)
        f.addRow(self.tr("截止日期"), self.l_to)
        note = QLabel(self.tr("期间内收到的批示件和此前收到尚未办结的批示件，A4横向表格。"))
        note.setWordWrap(True)
        f.addRow(note)
        return w

    def _message_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.m_message = QComboBox()
        self.m_message.setEditable(True)
        self.m_message.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        f.addRow(self.tr("已转办的留言"), self.m_message)
        return w

    def select_record(self, kind: str, key: Any) -> bool:
        """Switch to ``kind`` with its record chosen (a record pane's "生成…" command);
        False when that record is not among the choices (say so where it was asked)."""
        combo = {reg.SPECIAL: self.s_source, reg.REPORT_BACK: self.rb_instruction,
                 reg.LEADER_SHEET: self.l_leader, reg.MESSAGE: self.m_message,
                 reg.NOTICE: self.n_instruction, reg.REMINDER: self.r_instruction}.get(kind)
        self._reload_choices()
        self.select_kind(kind)
        if combo is None:
            return False
        if kind == reg.SPECIAL:
            key = f"{key[0]}:{key[1]}"  # (source, id) as the combo keeps it
        i = combo.findData(key)
        if i < 0 and kind == reg.REPORT_BACK and self._offer_reported(key):
            i = combo.findData(key)
        if i < 0:
            return False
        combo.setCurrentIndex(i)
        # Asked for from the record's own pane: the preview is what the clerk wants to see.
        self.make_preview()
        return True

    def _reported_from(self) -> int:
        """The first year whose 已报结 matters the 办理情况报告's list offers (this year)."""
        return self.session.today().year

    @staticmethod
    def _report_back_text(number: str, leader: str, matter: str, state: str) -> str:
        return f"{number}　{leader}　{matter}（{state}）"

    def _offer_reported(self, iid: int) -> bool:
        """Put an older 已报结 matter, chosen from its record, among the 办理情况报告's choices."""
        from models.documents.more_data import REPORTABLE
        from models.instructions.records import Instruction

        row = (Instruction.select(Instruction.number, Instruction.leader_name, Instruction.matter, Instruction.state)
               .where((Instruction.id == iid) & Instruction.state.in_(REPORTABLE)).tuples().first())
        if row is None:
            return False
        self.rb_instruction.insertItem(0, self._report_back_text(*row), iid)
        return True

    def _reload_more_choices(self) -> None:
        """The choices of 督查专报, 办理情况报告, 一览表 and 转办单."""
        from models.core.numbers import date_cn
        from models.documents.more_data import ACTIVITY, REPORTABLE, RESEARCH
        from models.documents.sources import instruction_choices, message_choices
        from models.instructions.records import Instruction
        from models.key_items.activities import ActivitySuggestion, SupervisionActivity
        from models.reference.directory import Leader
        from models.research.topics import Finding, ResearchTopic

        def refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            i = combo.findData(keep)
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)
            _show_start(combo)

        suggested = set(ActivitySuggestion.select(ActivitySuggestion.activity).tuples())
        activities = [(self.tr("督查活动　{0}　{1}").format(date_cn(a.day), a.title), f"{ACTIVITY}:{a.id}")
                      for a in SupervisionActivity.select().order_by(SupervisionActivity.day.desc())
                      if a.problems.strip() or (a.id,) in suggested]
        found = {t for (t,) in Finding.select(Finding.topic).tuples()}
        topics = [(self.tr("调研课题　{0}年　{1}").format(t.year, t.title), f"{RESEARCH}:{t.id}")
                  for t in ResearchTopic.select().order_by(ResearchTopic.year.desc(), ResearchTopic.id.desc())
                  if t.id in found]
        refill(self.s_source, topics + activities)
        # Every matter awaiting its report, but of those already reported (ten years of them
        # in an office's file) only this year's — numbered or reported this year (a December
        # matter reported in January is this year's too): an older one is chosen from its record
        # (批示件 → 生成办理情况报告, select_record) or on the command line.
        refill(self.rb_instruction, [
            (self._report_back_text(number, leader, matter, state), iid)
            for iid, number, leader, matter, state in instruction_choices(REPORTABLE, self._reported_from())])
        named = [n for (n,) in Instruction.select(Instruction.leader_name).where(Instruction.leader_name != "")
                 .distinct().tuples()]
        posts = dict(Leader.select(Leader.name, Leader.post).tuples())
        refill(self.l_leader, [(f"{n}　{posts[n]}" if posts.get(n) else n, n) for n in sorted(named)])
        refill(self.m_message, [(f"{board_no}　{title}（转{unit}）", mid)
                                for mid, board_no, title, unit in message_choices()])

    def _reload_choices(self) -> None:
        from models.documents.sources import instruction_choices
        from models.instructions.criticism import Criticism
        from models.key_items.meetings import MeetingMinutes

        def fill(combo: QComboBox, states: tuple[str, ...]) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for iid, number, _leader, matter, state in instruction_choices(states):
                combo.addItem(f"{number}　{matter}（{state}）", iid)
            i = combo.findData(keep)
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)
            _show_start(combo)

        fill(self.n_instruction, (ACCEPTED, *HANDLING_STATES))
        fill(self.r_instruction, HANDLING_STATES)
        self._notice_units()
        self.c_record.clear()
        for rec in Criticism.select().order_by(Criticism.id.desc()):
            self.c_record.addItem(self.tr("{0}　{1}（{2}）").format(rec.id, rec.title, rec.state), rec.id)
        self.f_minutes.clear()
        for m in MeetingMinutes.select().order_by(MeetingMinutes.held_on):
            item = QListWidgetItem(f"{m.number}　{m.meeting}")
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.f_minutes.addItem(item)
        self._reload_more_choices()

    def _notice_units(self) -> None:
        from models.instructions.records import Instruction, current_assignments
        from models.reference.directory import Unit

        self.n_units.clear()
        iid = self.n_instruction.currentData()
        if iid is None:
            return
        recorded = {a.unit_id for a in current_assignments(iid)}
        accepted = Instruction.get_by_id(iid).state == "已立项"
        units = Unit.select().where(Unit.active == True).order_by(Unit.kind, Unit.name)  # noqa: E712
        for u in units:
            if not accepted and u.id not in recorded:
                continue
            item = QListWidgetItem(u.name)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.n_units.addItem(item)
        self.n_days.setEnabled(accepted)

    @staticmethod
    def _checked(widget: QListWidget) -> list[int]:
        return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def _kind_changed(self, index: int) -> None:
        self.params.setCurrentIndex(index)
        self._clear_preview()

    def current_kind(self) -> str:
        """The chosen document type's key (bulletin, notice …)."""
        return self.kind.currentData()

    def select_kind(self, kind: str) -> None:
        """Switch to a document type."""
        self.kind.setCurrentIndex(self.kind.findData(kind))

    # ------------------------------------------------------------ making the PDF

    def _job(self) -> Any:
        """A callable for the worker, built from the form's values on the UI thread."""
        from models.documents.data import BulletinNarrative
        from reports import issuing

        kind, today = self.current_kind(), self.session.today()
        if kind == reg.BULLETIN:
            start, end = self.b_from.value(), self.b_to.value()
            issue = self.b_issue.value() or None
            text = BulletinNarrative(self.b_title.text().strip(), self.b_overview.toPlainText(),
                                     self.b_key.toPlainText(), self.b_problems.toPlainText(),
                                     self.b_next.toPlainText())
            if not text.title:
                raise UserError(self.tr("请填写通报标题。"))
            details = self.b_details.isChecked()
            return lambda: issuing.prepare_bulletin(start, end, today, today, issue, text, details=details)
        if kind == reg.NOTICE:
            iid = self.n_instruction.currentData()
            if iid is None:
                raise UserError(self.tr("请选择批示件。"))
            units, days = self._checked(self.n_units), self.n_days.value()
            return lambda: issuing.prepare_notices(iid, today, units, days=days if self.n_days.isEnabled() else None)
        if kind == reg.REMINDER:
            iid = self.r_instruction.currentData()
            if iid is None:
                raise UserError(self.tr("请选择正在办理的批示件。"))
            return lambda: issuing.prepare_reminders(iid, today)
        if kind == reg.CRITICISM:
            rid = self.c_record.currentData()
            if rid is None:
                raise UserError(self.tr("还没有通报批评记录：请先在“批示件”中选定拟通报的单位。"))
            return lambda: issuing.prepare_criticism(rid, today)
        if kind == reg.SPECIAL:
            source = self.s_source.currentData()
            if source is None:
                raise UserError(self.tr("没有可写专报的督查活动或调研课题：请先在“重点工作”的督查活动或“督查调研”中"
                                        "记下发现的问题、意见建议。"))
            kind_of, record = source.split(":")
            return lambda: issuing.prepare_special_report(kind_of, int(record), today)
        if kind == reg.REPORT_BACK:
            iid = self.rb_instruction.currentData()
            if iid is None:
                raise UserError(self.tr("没有已回访复核的批示件：批示件办结并回访复核通过后才能向领导报告。"))
            return lambda: issuing.prepare_report_back(iid, today)
        if kind == reg.LEADER_SHEET:
            leader = self.l_leader.currentData()
            if not leader:
                raise UserError(self.tr("请选择批示领导。"))
            start, end = self.l_from.value(), self.l_to.value()
            if start is None or end is None:
                raise UserError(self.tr("请填写起止日期。"))
            if end < start:
                raise UserError(self.tr("截止日期早于起始日期，请核对。"))
            return lambda: issuing.prepare_leader_sheet(leader, start, end, today, today)
        if kind == reg.MESSAGE:
            mid = self.m_message.currentData()
            if mid is None:
                raise UserError(self.tr("没有已转办的留言：请先在“网民留言”中把留言转办给承办单位。"))
            return lambda: issuing.prepare_message_transfer(mid, today)
        minutes = self._checked(self.f_minutes)
        return lambda: issuing.prepare_feedback(minutes, today, today)

    def make_preview(self) -> None:
        """Make the draft in the worker; the preview shows when it is done."""
        if self.worker.busy:
            return
        try:
            job = self._job()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法生成"), exc.message)
            return

        def run() -> _Outcome:
            try:
                return _Outcome(job())
            except UserError as exc:
                return _Outcome(error=exc.message)

        self._progress = QProgressDialog(self.tr("正在生成PDF……"), "", 0, 0, self)
        self._progress.setCancelButton(None)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(200)
        self.status.setText(self.tr("正在生成……"))
        self._set_enabled(False)
        self.worker.start(run)

    def _end_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        self._set_enabled(True)

    def _made(self, outcome: _Outcome) -> None:
        self._end_progress()
        if outcome.error:
            self.status.setText(outcome.error)
            QMessageBox.warning(self, self.tr("无法生成"), outcome.error)
            return
        self.prepared = outcome.prepared
        self.word_source = _prepared_word(self.prepared, draft=True)
        label = self.tr(reg.KIND_LABELS[self.prepared.kind])
        self._load_pdf(self.prepared.rendered.pdf, draft=True, name=self.tr("{0}（样稿）").format(label))
        r = self.prepared.rendered
        text = self.tr("预览稿（尚未印发，不占用编号）：拟用编号 {0}；共 {1} 页。字体：{2}\n"
                       "印发前打印、另存的都是样稿：每页印有“样稿·未印发”，编号处留空。").format(
            "、".join(self.prepared.numbers), r.pages, r.fonts_line)
        self.status.setText(text)
        self.tabs.setCurrentIndex(0)
        self._update_buttons()
        for w in self.prepared.warnings:
            QMessageBox.warning(self, self.tr("字体未嵌入") if "字体" in w.split("。")[0] else self.tr("请注意"), w)

    def _failed(self, error: str) -> None:
        self._end_progress()
        self.status.setText(error)
        QMessageBox.critical(self, self.tr("生成失败"), self.tr("生成PDF时出错：{0}").format(error))

    def _load_pdf(self, data: bytes, draft: bool, name: str) -> None:
        self.pdf.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self.current_pdf = data
        self.is_draft, self.file_name = draft, name

    def _clear_preview(self) -> None:
        self.prepared = None
        self.word_source = None
        self.current_pdf = b""
        self.is_draft, self.file_name = False, ""
        self.pdf.close()
        self.status.setText("")
        self._update_buttons()

    def _set_enabled(self, on: bool) -> None:
        for b in (self.preview_button, self.save_button, self.print_button, self.issue_button, self.submit_button,
                  self.kind):
            b.setEnabled(on)
        if on:
            self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.current_pdf)
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(has)
        if self.is_draft:
            self.save_button.setText(self.tr("另存样稿 PDF/Word(&S)…"))
            self.print_button.setText(self.tr("打印样稿(&R)…"))
        else:
            self.save_button.setText(self.tr("另存为 PDF/Word(&S)…") if self.word_source is not None or not has
                                     else self.tr("另存为PDF(&S)…"))
            self.print_button.setText(self.tr("打印(&R)…"))
        writer = self.session.actor.can(Permission.WRITE)
        signing = sg.signing_required()
        self.submit_button.setVisible(signing and writer)
        why, submitted = "", None
        if self.prepared is not None and writer and signing:
            from reports import issuing

            why = issuing.why_not_issuable(self.prepared)
            submitted = sg.request_for(self.prepared.kind, issuing.snapshots(self.prepared))
        self.submit_button.setEnabled(self.prepared is not None and writer and bool(why)
                                      and (submitted is None or submitted.state == sg.RETURNED))
        self.issue_button.setEnabled(self.prepared is not None and writer and not why)
        self.issue_button.setToolTip(why)
        self.sign_note.setText(why)
        self.sign_note.setVisible(bool(why))

    # ------------------------------------------------------------ save, print, issue

    def save_pdf(self) -> None:
        """Save what the preview shows (before 印发, the 样稿) as PDF or, for a document made
        here, as a Word file (.docx) to edit in Word or WPS; the Word file is made in the worker."""
        if not self.current_pdf:
            return
        if self.is_draft:
            title = self.tr("另存样稿")
        else:
            title = self.tr("另存为 PDF/Word") if self.word_source is not None else self.tr("另存为PDF")
        self._save_as(title, self.file_name or self.tr("文件"), self.current_pdf, self.word_source)

    def _save_as(self, title: str, name: str, pdf: bytes, word: Callable[[str | None], bytes] | None) -> None:
        """Ask where (in the user's Documents folder to begin with) and save as PDF or, when
        ``word`` can make one, as a Word file (.docx) made in the worker."""
        pdf_filter = self.tr("PDF 文件 (*.pdf)")
        word_filter = self.tr("Word 文件（可在 Word/WPS 中修改） (*.docx)")
        filters = pdf_filter if word is None else f"{pdf_filter};;{word_filter}"
        start = str(Path(documents_folder()) / (name + ".pdf"))
        path, chosen = QFileDialog.getSaveFileName(self, title, start, filters)
        if not path:
            return
        if word is not None and (chosen == word_filter or path.lower().endswith(".docx")):
            if not path.lower().endswith(".docx"):
                path = str(Path(path).with_suffix(".docx"))
            self._save_word(path, word)
            return
        self._write(path, pdf)

    def _write(self, path: str, data: bytes) -> None:
        try:
            write_file(path, lambda tmp: tmp.write_bytes(data))
        except OSError as exc:
            QMessageBox.critical(self, self.tr("保存失败"), getattr(exc, "message", "") or self.tr(
                "无法写入“{0}”：{1}。文件是否正在被其他程序打开？").format(path, exc.strerror))
            return
        self.status.setText(self.tr("已保存到 {0}").format(path))

    def _save_word(self, path: str, word: Callable[[str | None], bytes]) -> None:
        from reports import issuing

        if self.word_worker.busy:
            return
        font_dir = issuing.font_dir_setting()
        self._word_path = path
        self.save_button.setEnabled(False)
        self.save_issued_button.setEnabled(False)
        self.status.setText(self.tr("正在生成Word文件……"))
        self.word_worker.start(lambda: word(font_dir))

    def _word_made(self, data: bytes) -> None:
        self._update_buttons()
        self.save_issued_button.setEnabled(True)
        self._write(self._word_path, data)
        if self.is_draft:
            self.status.setText(self.tr("已保存Word文件到 {0}（样稿的文字，编号处留空；印发以登记簿中的PDF为准）")
                                .format(self._word_path))

    def _word_failed(self, error: str) -> None:
        self._update_buttons()
        self.save_issued_button.setEnabled(True)
        self.status.setText(error)
        QMessageBox.critical(self, self.tr("保存失败"), self.tr("生成Word文件时出错：{0}").format(error))

    def print_pdf(self) -> None:
        """Print what the preview shows (before 印发, the 样稿) on a worker, with progress and 取消."""
        count = self.pdf.pageCount()
        if count <= 0 or not self.current_pdf or self.print_job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        first = self.pdf.pagePointSize(0)
        if first.width() > first.height():
            # The 一览表 is A4 landscape: printed on a portrait sheet it would shrink to fit.
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印样稿") if self.is_draft else self.tr("打印"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, count)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        job = PrintJob(self.current_pdf, printer, page_range(printer, count), self)
        progress = QProgressDialog(self.tr("正在打印……"), self.tr("取消"), 0, job.pages, self)
        progress.setWindowTitle(self.tr("打印"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        progress.canceled.connect(job.cancel)
        progress.canceled.connect(lambda: progress.setLabelText(self.tr("正在取消……")))
        job.progress.connect(self._print_step)
        job.finished.connect(self._printed)
        self.print_job, self._print_progress, self._printing_draft = job, progress, self.is_draft
        self._set_enabled(False)
        self.status.setText(self.tr("正在打印……"))
        job.start()

    def _print_step(self, done: int, total: int) -> None:
        progress = self._print_progress
        if progress is None or progress.wasCanceled():
            return
        progress.setLabelText(self.tr("正在打印：已送出 {0}/{1} 页……").format(done, total))
        # Last: a modal progress dialog's setValue() processes events, so the job may end
        # (and _printed() close this dialog) inside it.
        progress.setValue(done)

    def _printed(self, result: PrintResult) -> None:
        if self._print_progress is not None:
            self._print_progress.close()
            self._print_progress.deleteLater()
        if self.print_job is not None:
            self.print_job.deleteLater()
        self.print_job, self._print_progress = None, None
        self._set_enabled(True)
        if result.error:
            self.status.setText(result.error)
            QMessageBox.critical(self, self.tr("打印失败"), self.tr("打印失败：{0}").format(result.error))
            return
        if result.cancelled:
            self.status.setText(self.tr("已取消打印：共 {0} 页，取消前已处理 {1} 页，打印机上的这次作业已撤销。")
                                .format(result.total, result.printed))
            return
        text = self.tr("已送打印机，共 {0} 页。").format(result.printed)
        if self._printing_draft:
            text += self.tr("打印的是样稿（每页印有“样稿·未印发”，编号处留空）；正式文件请印发后打印。")
        self.status.setText(text)

    def issue(self) -> None:
        """印发: take the number(s) and keep the file(s) in the register."""
        from reports import issuing

        if self.prepared is None:
            return
        p = self.prepared
        label = reg.KIND_LABELS[p.kind]
        extra = {reg.NOTICE: self.tr("同时登记交办（如尚未交办）。"),
                 reg.REMINDER: self.tr("同时为每个承办单位登记一次书面催办。"),
                 reg.CRITICISM: self.tr("该通报批评记录将标为已印发。"),
                 reg.REPORT_BACK: self.tr("该批示件将同时登记报结。")}.get(p.kind, "")
        answer = QMessageBox.question(
            self, self.tr("印发"),
            self.tr("印发{0} {1}？\n编号一经印发不能再用。{2}").format(label, "、".join(p.numbers), extra))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            docs = issuing.issue(self.session.actor, p)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能印发"), exc.message)
            return
        self.prepared = None
        # From now on what is printed or saved is the official file, exactly as the register keeps it.
        numbers = [d.number for d in docs]
        name = numbers[0] if len(numbers) == 1 else self.tr("{0}等{1}份").format(numbers[0], len(numbers))
        self._load_pdf(p.official.pdf, draft=False, name=name)
        self.word_source = _prepared_word(p, draft=False)
        self._update_buttons()
        self.status.setText(self.tr("已印发并登记：{0}。预览现为正式文件，可打印或另存。").format("、".join(numbers)))
        self.session.notify(Change.DOCUMENTS)
        if p.kind in (reg.NOTICE, reg.REMINDER, reg.CRITICISM, reg.REPORT_BACK):
            self.session.notify(Change.INSTRUCTIONS)

    # ------------------------------------------------------------ signing (审核签发)

    def _now(self) -> dt.datetime:
        return dt.datetime.combine(self.session.today(), dt.datetime.now().time().replace(microsecond=0))

    def submit(self) -> None:
        """提交签发: hand the previewed document (its data) to the signer."""
        from reports import issuing

        if self.prepared is None:
            return
        try:
            req = issuing.submit(self.session.actor, self.prepared, self._now())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能提交"), exc.message)
            return
        self.status.setText(self.tr("已提交签发（第 {0} 号签发单），等待室主任签发；签发后再点“印发并登记”。"
                                    "其间数字或文字若有变化，须重新提交。").format(req.id))
        self.session.notify(Change.DOCUMENTS)

    def _refresh_requests(self) -> None:
        rows = sg.request_rows()
        self.requests.setRowCount(len(rows))
        for i, r in enumerate(rows):
            answer = ""
            if r.signer:
                answer = self.tr("{0} {1}").format(r.signer, r.signed_at.replace("T", " "))
            elif r.reason:
                answer = self.tr("{0}退回：{1}").format(r.returned_by, r.reason)
            values = (str(r.id), r.state, r.kind_label, r.title, r.drafter, r.submitted_at.replace("T", " "), answer)
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.requests.setItem(i, j, item)
        self.request_list = rows
        waiting = sum(r.state == sg.PENDING for r in rows)
        self.tabs.setTabText(self.requests_tab, self.tr("待签发（{0}）").format(waiting) if waiting
                             else self.tr("待签发"))
        self._update_sign_buttons()

    def signer(self) -> bool:
        """Whether the person signed in may sign documents off here."""
        return sg.signing_required() and self.session.actor.can(Permission.SIGN)

    def _selected_request(self) -> sg.RequestRow | None:
        row = self.requests.currentRow()
        if row < 0 or row >= len(self.request_list) or not self.requests.selectionModel().hasSelection():
            return None
        return self.request_list[row]

    def _update_sign_buttons(self) -> None:
        signer = self.signer()
        self.sign_button.setVisible(signer)
        self.return_button.setVisible(signer)
        r = self._selected_request()
        self.view_request_button.setEnabled(r is not None)
        self.sign_button.setEnabled(signer and r is not None and r.state == sg.PENDING)
        self.return_button.setEnabled(signer and r is not None and r.state in (sg.PENDING, sg.SIGNED))
        if not sg.signing_required():
            self.requests_hint.setText(self.tr("未设账号（单用户）：文件直接印发，无需签发。"))
        elif signer:
            self.requests_hint.setText(self.tr("选中一份待签发的文件，签发或写明原因退回拟稿人。"
                                               "签发后由拟稿人生成同样的文件并印发。"))
        else:
            self.requests_hint.setText(self.tr("文件由管理员或“可签发”的督查员签发；已签发的文件，"
                                               "生成同样的预览后即可印发。"))

    def select_request(self, request_id: int) -> None:
        """Select a signing request in the 待签发 list."""
        for i, r in enumerate(self.request_list):
            if r.id == request_id:
                self.requests.selectRow(i)
                return

    def view_request(self) -> None:
        """Show the selected request's 样稿 as it was submitted, for review (and printing as a 样稿)."""
        r = self._selected_request()
        if r is None:
            return
        self.prepared = None
        self._load_pdf(sg.request_sample(r.id), draft=True, name=self.tr("{0}（送签样稿）").format(r.title))
        self._update_buttons()
        self.tabs.setCurrentIndex(0)
        self.status.setText(self.tr("第 {0} 号签发单的送签样稿（{1}，拟稿 {2}）：每页印有“样稿·未印发”，编号处留空。")
                            .format(r.id, r.state, r.drafter))

    def sign_selected(self) -> None:
        """签发 the selected request."""
        r = self._selected_request()
        if r is None:
            return
        answer = QMessageBox.question(
            self, self.tr("签发"), self.tr("签发{0}《{1}》（拟稿：{2}）？\n签发后拟稿人即可印发。").format(
                r.kind_label, r.title, r.drafter))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            sg.sign(self.session.actor, r.id, self._now())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能签发"), exc.message)
            return
        self.status.setText(self.tr("已签发第 {0} 号签发单《{1}》。").format(r.id, r.title))
        self.session.notify(Change.DOCUMENTS)

    def return_selected(self) -> None:
        """退回 the selected request to its drafter, with the reason asked for."""
        r = self._selected_request()
        if r is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("退回"), self.tr("退回《{0}》的原因（拟稿人据此修改后重新提交）：").format(r.title))
        if not ok:
            return
        try:
            sg.send_back(self.session.actor, r.id, reason, self._now())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能退回"), exc.message)
            return
        self.status.setText(self.tr("已退回第 {0} 号签发单《{1}》。").format(r.id, r.title))
        self.session.notify(Change.DOCUMENTS)

    # ------------------------------------------------------------ the register

    def _refresh_register(self) -> None:
        rows = reg.register_rows()
        self.register.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (r.issued_on.isoformat(), r.kind_label, r.number, r.title, str(r.pages), r.issuer,
                      r.drafter, r.signer, r.signed_at.replace("T", " "))
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.register.setItem(i, j, item)
        self.register_rows = rows

    def open_issued(self) -> None:
        """Show an issued document exactly as issued, ready to print again."""
        row = self.register.currentRow()
        if row < 0:
            return
        doc_id = self.register.item(row, 0).data(Qt.ItemDataRole.UserRole)
        try:
            data = reg.stored_pdf(doc_id)
        except UserError as exc:
            QMessageBox.critical(self, self.tr("无法重印"), exc.message)
            return
        self.prepared = None
        self.word_source = _issued_word(doc_id)
        r = self.register_rows[row]
        self._load_pdf(data, draft=False, name=r.number)
        self._update_buttons()
        self.tabs.setCurrentIndex(0)
        self.status.setText(self.tr("已印发文件 {0}（{1}，与原件相同，可打印或另存）").format(r.number, r.issued_on))

    def save_issued(self) -> None:
        """另存 the selected issued document: the PDF original, or a Word file with the same number."""
        row = self.register.currentRow()
        if row < 0:
            QMessageBox.information(self, self.tr("另存"), self.tr("请先在印发登记簿中选中一份文件。"))
            return
        doc_id = self.register.item(row, 0).data(Qt.ItemDataRole.UserRole)
        try:
            data = reg.stored_pdf(doc_id)
        except UserError as exc:
            QMessageBox.critical(self, self.tr("无法另存"), exc.message)
            return
        r = self.register_rows[row]
        self._save_as(self.tr("另存为 PDF/Word"), r.number, data, _issued_word(doc_id))

    def _on_changed(self, topic: str) -> None:
        if topic in (Change.DOCUMENTS, Change.INSTRUCTIONS, Change.KEY_ITEMS, Change.UNITS, Change.TODAY, Change.SETTINGS,
                     Change.ACCOUNTS, Change.MESSAGES, Change.RESEARCH, Change.LEADERS):
            self._reload_choices()
            self._refresh_register()
            self._refresh_requests()
            self._update_buttons()


def documents_folder() -> str:
    """Where 另存 begins: the user's Documents folder (not the program's)."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def _prepared_word(prepared: Any, draft: bool) -> Callable[[str | None], bytes]:
    def make(font_dir: str | None) -> bytes:
        from reports.word import prepared_docx

        return prepared_docx(prepared, draft, font_dir)
    return make


def _issued_word(document_id: int) -> Callable[[str | None], bytes]:
    def make(font_dir: str | None) -> bytes:
        from reports.word import issued_docx

        return issued_docx(document_id, font_dir)
    return make




def _picker(combo: QComboBox) -> None:
    """A record picker that shows the number and the start of the title whatever its width:
    the text is elided at the right (never the number at the left), the whole line is the
    tooltip, and the drop-down list is as wide as its longest line (up to the screen)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideMiddle)
    combo.currentIndexChanged.connect(lambda _i: _show_start(combo))
    _show_start(combo)


def _show_start(combo: QComboBox) -> None:
    """After the choices or the choice changed: the tooltip, the start of the line in view, the list's width."""
    combo.setToolTip(combo.currentText())
    if combo.lineEdit() is not None:
        # An editable combo's line shows the end of a long text (where the cursor is):
        # the number at the start would be cut off.
        combo.lineEdit().setCursorPosition(0)
    view = combo.view()
    metrics = QFontMetrics(view.font())
    # The list's width from its first few hundred lines: measuring tens of thousands of
    # texts would hold the pane up for a visible moment.
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(min(combo.count(), WIDTH_SAMPLE))),
                 default=0)
    screen = combo.screen().availableGeometry().width() if combo.screen() is not None else 1366
    view.setMinimumWidth(min(widest + 2 * view.frameWidth() + 24, screen - 40))
