"""文档: make, preview, print and issue the office's documents, and open the register.

The PDF is made in Qt's thread pool (:class:`ui.background.Background`) while a
progress dialog shows; the preview is the real PDF in Qt's own viewer. Issuing takes
the number and writes the register (and the 交办/催办) in one transaction.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
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
from models.documents import register as reg

from ui.session import Change, Session
from ui.background import Background

KIND_ORDER = (reg.BULLETIN, reg.NOTICE, reg.REMINDER, reg.CRITICISM, reg.FEEDBACK)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


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
        self._buffer: QBuffer | None = None
        self._progress: QProgressDialog | None = None
        self.worker = Background(self)
        self.worker.finished.connect(self._made)
        self.worker.failed.connect(self._failed)

        self.kind = QComboBox()
        for k in KIND_ORDER:
            self.kind.addItem(self.tr(reg.KIND_LABELS[k]), k)
        self.params = QStackedWidget()
        self.params.addWidget(self._bulletin_form())
        self.params.addWidget(self._instruction_form("notice"))
        self.params.addWidget(self._instruction_form("reminder"))
        self.params.addWidget(self._criticism_form())
        self.params.addWidget(self._feedback_form())
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.preview_button = QPushButton(self.tr("生成预览(&P)"))
        self.save_button = QPushButton(self.tr("另存为PDF(&S)…"))
        self.print_button = QPushButton(self.tr("打印(&R)…"))
        self.issue_button = QPushButton(self.tr("印发并登记(&I)"))
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
        lv.addWidget(self.params, 1)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save_button, self.print_button, self.issue_button):
            buttons.addWidget(b)
        lv.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        lv.addWidget(self.status)

        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.register = QTableWidget(0, 6)
        self.register.setHorizontalHeaderLabels([self.tr("印发日期"), self.tr("类型"), self.tr("编号"),
                                                 self.tr("标题"), self.tr("页数"), self.tr("经办人")])
        self.register.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.register.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.register.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.register.doubleClicked.connect(lambda _=None: self.open_issued())
        self.reprint_button = QPushButton(self.tr("查看/重印所选文件(&O)"))
        self.reprint_button.clicked.connect(self.open_issued)
        reg_box = QWidget()
        rv = QVBoxLayout(reg_box)
        rv.addWidget(self.register)
        rv.addWidget(self.reprint_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("预览"))
        self.tabs.addTab(reg_box, self.tr("印发登记簿"))

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 1)
        split.setSizes([460, 740])
        outer = QVBoxLayout(self)
        outer.addWidget(split)
        session.changed.connect(self._on_changed)
        self._reload_choices()
        self._refresh_register()
        self._update_buttons()

    # ------------------------------------------------------------ parameter forms

    def _bulletin_form(self) -> QWidget:
        from models.documents.data import default_narrative

        w = QWidget()
        f = QFormLayout(w)
        today = self.session.today()
        self.b_from = QDateEdit(_qdate(dt.date(today.year, 1, 1)))
        self.b_to = QDateEdit(_qdate(today))
        for d in (self.b_from, self.b_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
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

    def _reload_choices(self) -> None:
        from models.instructions.criticism import Criticism
        from models.instructions.records import Instruction
        from models.key_items.meetings import MeetingMinutes

        def fill(combo: QComboBox, states: tuple[str, ...]) -> None:
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for iid, number, matter, state in (Instruction.select(Instruction.id, Instruction.number,
                                                                  Instruction.matter, Instruction.state)
                                               .where(Instruction.state.in_(states))
                                               .order_by(Instruction.number_year.desc(), Instruction.number_seq.desc())
                                               .tuples()):
                combo.addItem(f"{number}　{matter}（{state}）", iid)
            i = combo.findData(keep)
            combo.setCurrentIndex(i if i >= 0 else 0)
            combo.blockSignals(False)

        fill(self.n_instruction, ("已立项", "已交办", "办理中"))
        fill(self.r_instruction, ("已交办", "办理中"))
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

    def _notice_units(self) -> None:
        from models.instructions.records import Instruction, assignments_of
        from models.reference.directory import Unit

        self.n_units.clear()
        iid = self.n_instruction.currentData()
        if iid is None:
            return
        recorded = {a.unit_id for a in assignments_of(iid)}
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
            start, end = _pydate(self.b_from.date()), _pydate(self.b_to.date())
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
        self._load_pdf(self.prepared.rendered.pdf)
        r = self.prepared.rendered
        text = self.tr("预览稿（尚未印发，不占用编号）：拟用编号 {0}；共 {1} 页。字体：{2}").format(
            "、".join(self.prepared.numbers), r.pages, r.fonts_line)
        self.status.setText(text)
        self.tabs.setCurrentIndex(0)
        self._update_buttons()
        for w in self.prepared.warnings:
            QMessageBox.warning(self, self.tr("字体未嵌入"), w)

    def _failed(self, error: str) -> None:
        self._end_progress()
        self.status.setText(error)
        QMessageBox.critical(self, self.tr("生成失败"), self.tr("生成PDF时出错：{0}").format(error))

    def _load_pdf(self, data: bytes) -> None:
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

    def _clear_preview(self) -> None:
        self.prepared = None
        self.current_pdf = b""
        self.pdf.close()
        self.status.setText("")
        self._update_buttons()

    def _set_enabled(self, on: bool) -> None:
        for b in (self.preview_button, self.save_button, self.print_button, self.issue_button, self.kind):
            b.setEnabled(on)
        if on:
            self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(getattr(self, "current_pdf", b""))
        self.save_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.issue_button.setEnabled(self.prepared is not None and self.session.actor.can(Permission.WRITE))

    # ------------------------------------------------------------ save, print, issue

    def save_pdf(self) -> None:
        """Save what the preview shows as a PDF file."""
        if not getattr(self, "current_pdf", b""):
            return
        name = (self.prepared.numbers[0] if self.prepared else self.tr("文件")) + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为PDF"), name, self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        try:
            Path(path).write_bytes(self.current_pdf)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("保存失败"),
                                 self.tr("无法写入“{0}”：{1}。文件是否正在被其他程序打开？").format(path, exc.strerror))
            return
        self.status.setText(self.tr("已保存到 {0}").format(path))

    def print_pdf(self) -> None:
        """Print through the system's print dialog, page by page at the printer's resolution."""
        if self.pdf.pageCount() <= 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.critical(self, self.tr("打印失败"), self.tr("无法连接打印机，请检查打印机后重试。"))
            return
        try:
            rect = painter.viewport()
            for i in range(self.pdf.pageCount()):
                if i:
                    printer.newPage()
                size = self.pdf.pagePointSize(i)
                scale = min(rect.width() / size.width(), rect.height() / size.height())
                image = self.pdf.render(i, QSize(int(size.width() * scale), int(size.height() * scale)))
                painter.drawImage(0, 0, image)
        finally:
            painter.end()
        self.status.setText(self.tr("已送打印机，共 {0} 页。").format(self.pdf.pageCount()))

    def issue(self) -> None:
        """印发: take the number(s) and keep the file(s) in the register."""
        from reports import issuing

        if self.prepared is None:
            return
        p = self.prepared
        label = reg.KIND_LABELS[p.kind]
        extra = {reg.NOTICE: self.tr("同时登记交办（如尚未交办）。"),
                 reg.REMINDER: self.tr("同时为每个承办单位登记一次书面催办。"),
                 reg.CRITICISM: self.tr("该通报批评记录将标为已印发。")}.get(p.kind, "")
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
        self._update_buttons()
        self.status.setText(self.tr("已印发并登记：{0}").format("、".join(d.number for d in docs)))
        self.session.notify(Change.DOCUMENTS)
        if p.kind in (reg.NOTICE, reg.REMINDER, reg.CRITICISM):
            self.session.notify(Change.INSTRUCTIONS)

    # ------------------------------------------------------------ the register

    def _refresh_register(self) -> None:
        rows = reg.register_rows()
        self.register.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = (r.issued_on.isoformat(), r.kind_label, r.number, r.title, str(r.pages), r.issuer)
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
        self._load_pdf(data)
        self._update_buttons()
        self.tabs.setCurrentIndex(0)
        r = self.register_rows[row]
        self.status.setText(self.tr("已印发文件 {0}（{1}，与原件相同，可打印或另存）").format(r.number, r.issued_on))

    def _on_changed(self, topic: str) -> None:
        if topic in (Change.DOCUMENTS, Change.INSTRUCTIONS, Change.KEY_ITEMS, Change.UNITS, Change.TODAY, Change.SETTINGS):
            self._reload_choices()
            self._refresh_register()
