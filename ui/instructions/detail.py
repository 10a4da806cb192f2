"""One instruction in full: its text, its units, its timeline, and only the legal buttons."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.calendar.store import load_calendar
from models.core import settings
from models.core.actors import Permission
from models.core.errors import UserError
from models.core.paths import attachments_dir_for
from models.instructions import records as m
from models.instructions import workflow as wf
from models.instructions.rules import signoff_late
from ui.instructions.forms import ActionForm, ReplaceUnitForm, form_for
from ui.session import Change
from ui.widgets.calendar_view import tint
from ui.widgets.open_file import open_with_system

BUTTONS_PER_ROW = 4


class InstructionDetail(QWidget):
    """The detail view; emits ``changed`` after any successful step."""

    changed = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.instruction_id: int | None = None
        self.buttons: dict[str, QPushButton] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 0, 0, 0)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.header)
        self.button_row = QGridLayout()
        lay.addLayout(self.button_row)
        self.text = QTextBrowser()
        # Up to four lines of the instruction's text: the 办理过程 below needs the height more.
        line = self.text.fontMetrics().lineSpacing()
        self.text.setMaximumHeight(4 * line + 14)
        self.text.setMinimumHeight(2 * line + 14)  # on a short window it gives way first
        lay.addWidget(self.text)
        lay.addWidget(QLabel(self.tr("承办单位")))
        self.units = QTableWidget(0, 6)
        self.units.setHorizontalHeaderLabels([self.tr("单位"), self.tr("分工"), self.tr("办理时限"),
                                              self.tr("签收"), self.tr("催办"), self.tr("延期")])
        self._table_style(self.units, [150, 40, 170, 150, 40, 120])
        self._fit_units_columns()
        self.units.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.units.customContextMenuRequested.connect(
            lambda pos: self._show_unit_menu(self.units.rowAt(pos.y()), self.units.viewport().mapToGlobal(pos)))
        self.unit_rows: list[m.Assignment] = []
        lay.addWidget(self.units)
        lay.addWidget(QLabel(self.tr("办理过程")))
        self.timeline = QTableWidget(0, 4)
        self.timeline.setHorizontalHeaderLabels([self.tr("日期"), self.tr("环节"), self.tr("情况"), self.tr("经办")])
        self._table_style(self.timeline, [85, 72, 300, 70])
        self.timeline.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline.horizontalHeader().setStretchLastSection(False)
        self.timeline.setWordWrap(True)
        # At least three steps of the history show (at 1366×768 it was squeezed to about one).
        self.timeline.setMinimumHeight(self.timeline.horizontalHeader().sizeHint().height()
                                       + 3 * self.timeline.verticalHeader().defaultSectionSize() + 4)
        lay.addWidget(self.timeline, 1)
        self.attachments = QLabel()
        self.attachments.setWordWrap(True)
        # Each name is a link: beside a file the kept copy opens, on the server the
        # database's content written to this computer (both checked first).
        self.attachments.setTextFormat(Qt.TextFormat.RichText)
        self.attachments.linkActivated.connect(lambda link: self.open_attachment(int(link.split(":", 1)[1])))
        lay.addWidget(self.attachments)
        self.show_instruction(None)

    def _table_style(self, table: QTableWidget, widths: list[int]) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        for i, w in enumerate(widths):
            table.setColumnWidth(i, w)
        table.horizontalHeader().setStretchLastSection(True)

    def _fit_units_columns(self) -> None:
        """承办单位 without a sideways scroll: the dates' columns as wide as a date, 分工 and
        催办 as their words, the unit's name takes the rest; longer cells wrap."""
        fm = self.units.fontMetrics()
        margin = 10
        date = fm.horizontalAdvance("0000-00-00") + margin
        header = self.units.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(fm.horizontalAdvance("催办") + margin)
        widths = {1: fm.horizontalAdvance("分工") + margin, 2: date, 3: date,
                  4: fm.horizontalAdvance("催办") + margin, 5: date}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.units.setColumnWidth(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.units.setWordWrap(True)
        self.units.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.sectionResized.connect(lambda *_: self._fit_units_height())
        self._fit_units_height()

    def _fit_text_height(self) -> None:
        """As tall as the instruction's text, two to four lines."""
        line = self.text.fontMetrics().lineSpacing()
        document = self.text.document()
        document.setTextWidth(self.text.viewport().width())
        lines = round(document.size().height() / line)
        self.text.setMaximumHeight(max(2, min(lines, 4)) * line + 14)

    def _fit_units_height(self) -> None:
        """As tall as its rows (up to four lines), so that 办理过程 keeps the rest."""
        self.units.resizeRowsToContents()
        line = self.units.verticalHeader().defaultSectionSize()
        rows = sum(self.units.rowHeight(r) for r in range(self.units.rowCount()))
        head = self.units.horizontalHeader().sizeHint().height() + 2 * self.units.frameWidth()
        self.units.setFixedHeight(head + min(max(rows, line), 4 * line))  # more rows scroll

    # ---------------------------------------------------------------- showing

    def show_instruction(self, instruction_id: int | None) -> None:
        """Show one instruction (``None``: a hint to pick one)."""
        self.instruction_id = instruction_id
        for b in self.buttons.values():
            self.button_row.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.buttons.clear()
        if instruction_id is None or m.Instruction.get_or_none(m.Instruction.id == instruction_id) is None:
            self.instruction_id = None
            self.header.setText(self.tr("在左侧列表中选择一件批示件查看详情。"))
            self.text.clear()
            self.units.setRowCount(0)
            self._fit_units_height()
            self.timeline.setRowCount(0)
            self.attachments.clear()
            return
        ins = m.Instruction.get_by_id(instruction_id)
        today = self.session.today()
        cal = load_calendar()
        light = m.instruction_light(ins.state, ins.deadline, today, cal, settings.get(settings.YELLOW_DAYS))
        deadline = ins.deadline.isoformat() if ins.deadline else self.tr("未交办")
        if ins.deadline_provisional:
            deadline += self.tr("（暂定）")
        e = html.escape
        self.header.setText(
            f"<div style='font-size:14pt'><b>{e(ins.number)}</b>　{e(ins.title)}</div>"
            f"<div><span style='color:{light.colour}; font-weight:bold'>{light.text()}</span>　"
            + self.tr("状态：{0}　{1}{2}批示（{3}）　登记：{4}　时限：{5}　缓急：{6}　催办：{7}次").format(
                e(ins.state), e(ins.level_label), e(ins.leader_name),
                ins.instructed_on.isoformat() if ins.instructed_on else "—", ins.received_on.isoformat(),
                e(deadline), e(ins.urgency), ins.reminder_count)
            + "</div>"
            + (f"<div>{self.tr('来文')}：{e(ins.source_title)} {e(ins.source_issuer)} {e(ins.source_number)}</div>"
               if ins.source_title else "")
            + (f"<div>{self.tr('办理结果')}：{e(ins.result)}</div>" if ins.result and ins.completed_on else ""))
        self.text.setPlainText(ins.text)
        self._fit_text_height()
        self._fill_units(ins, today, cal)
        self._fill_timeline(ins)
        atts = list(m.Attachment.select().where(m.Attachment.instruction == ins.id))
        self.attachments.setText(html.escape(self.tr("附件：")) + (
            "、".join(f"<a href='attachment:{a.id}'>{html.escape(a.file_name)}</a>（sha256 {a.sha256[:12]}…）"
                     for a in atts) if atts else html.escape(self.tr("无"))))
        self._fill_buttons(ins)

    def _fill_units(self, ins: m.Instruction, today, cal) -> None:
        rows = self.unit_rows = m.assignments_of(ins.id)
        allowed = settings.get(m.SIGNOFF_DAYS)
        self.units.setRowCount(len(rows))
        for r, a in enumerate(rows):
            if a.replaced_on is not None:
                self._fill_replaced(r, a)
                continue
            exts = list(m.Extension.select().where(m.Extension.assignment == a.id).order_by(m.Extension.id))
            deadline = a.deadline.isoformat()
            if a.deadline != a.original_deadline:
                deadline = f"{a.original_deadline.isoformat()} → {deadline}"
            if a.provisional:
                deadline += self.tr("（暂定）")
            late = ins.state in m.HANDLING_STATES and signoff_late(a.assigned_on, a.signed_on, today, cal, allowed)
            signed = (f"{a.signed_on.isoformat()} {a.signed_by}" if a.signed_on else self.tr("未签收"))
            if late:
                signed += self.tr("（签收超时）")
            ext_text = "；".join(f"{x.requested_deadline.isoformat()} {x.decision}" for x in exts)
            values = [a.unit.name, a.role, deadline, signed, str(a.reminder_count), ext_text]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 3 and late:
                    item.setForeground(QBrush(Qt.GlobalColor.darkRed))
                self.units.setItem(r, c, item)
        self._fit_units_height()

    def _fill_replaced(self, r: int, a: m.Assignment) -> None:
        """A unit taken off the matter: greyed, with when, by whom and why it was replaced."""
        successor = m.unit_label(a.replaced_by.unit) if a.replaced_by_id else ""
        values = [self.tr("（已更换）{0}").format(a.unit.name), a.role, a.deadline.isoformat(),
                  self.tr("{0} 更换为{1}").format(a.replaced_on.isoformat(), successor),
                  str(a.reminder_count), ""]
        tip = self.tr("{0}于 {1} 更换为{2}。原因：{3}").format(a.unit.name, a.replaced_on.isoformat(), successor,
                                                        a.replace_reason)
        for c, v in enumerate(values):
            item = QTableWidgetItem(v)
            item.setForeground(QBrush(Qt.GlobalColor.gray))
            item.setToolTip(tip)
            self.units.setItem(r, c, item)

    def _fill_timeline(self, ins: m.Instruction) -> None:
        events = m.timeline(ins.id)
        self.timeline.setRowCount(len(events))
        for r, ev in enumerate(events):
            for c, v in enumerate([ev.on_date.isoformat(), ev.kind, ev.text, ev.done_by]):
                item = QTableWidgetItem(v)
                if ev.kind in ("复核不通过", "通报批评"):
                    item.setBackground(tint("#D32F2F"))
                self.timeline.setItem(r, c, item)
        self.timeline.resizeRowsToContents()  # a single item's history is short

    def _fill_buttons(self, ins: m.Instruction) -> None:
        if not self.session.actor.can(Permission.WRITE):
            return  # 查阅 accounts read and print only
        assignments = m.current_assignments(ins.id)
        pending = m.Extension.select().join(m.Assignment).where(
            (m.Assignment.instruction == ins.id) & (m.Extension.decision == m.EXT_PENDING)).exists()
        actions = wf.allowed_actions(ins.state, unsigned=any(a.signed_on is None for a in assignments),
                                     pending_extension=pending, signed=any(a.signed_on for a in assignments))
        for action in actions:
            button = QPushButton(self.tr(wf.ACTION_LABELS[action]))
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            # Four to a row: six made the detail so wide that on a 1366-pixel window the
            # queue beside it lost its 办理时限 column and its last tabs.
            self.button_row.addWidget(button, len(self.buttons) // BUTTONS_PER_ROW,
                                      len(self.buttons) % BUTTONS_PER_ROW)
            self.buttons[action] = button

    # ---------------------------------------------------------------- acting

    def run_action(self, action: str) -> None:
        """Open the step's form (or file dialog) and refresh after a successful step."""
        if self.instruction_id is None:
            return
        if action == "attach":
            self._attach()
            return
        self._run_form(form_for(action, self.session, self.instruction_id, self))

    def _run_form(self, form: ActionForm) -> None:
        if form.exec():
            self.session.notify(Change.INSTRUCTIONS)
            self.changed.emit()
            self.show_instruction(self.instruction_id)

    def unit_menu(self, row: int) -> QMenu | None:
        """The menu of one row of the units table: 追加承办单位… and, for a unit still
        handling the matter, 更换此单位…; ``None`` when neither may be done now."""
        ins = m.Instruction.get_or_none(m.Instruction.id == self.instruction_id)
        if ins is None or not self.session.actor.can(Permission.WRITE):
            return None
        actions = wf.allowed_actions(ins.state)
        if "add_unit" not in actions:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("追加承办单位…"), lambda: self.run_action("add_unit"))
        if 0 <= row < len(self.unit_rows) and self.unit_rows[row].replaced_on is None:
            aid = self.unit_rows[row].id
            menu.addAction(self.tr("更换此单位…"), lambda: self._run_form(
                ReplaceUnitForm(self.session, self.instruction_id, self, assignment_id=aid)))
        return menu

    def _show_unit_menu(self, row: int, at) -> None:
        menu = self.unit_menu(row)
        if menu is not None:
            menu.exec(at)

    def open_attachment(self, attachment_id: int) -> None:
        """Open an attachment with the program the computer uses for its kind of file."""
        att = m.Attachment.get_or_none(m.Attachment.id == attachment_id)
        path = wf.attachment_file(att, attachments_dir_for(self.session.db_path)) if att is not None else None
        if path is None:
            QMessageBox.warning(self, self.tr("打开附件"), self.tr(
                "附件文件缺失，或与添加时的校验值不符（可能已被改动），没有打开。请管理员运行 check 检查。"))
            return
        open_with_system(self, path, self.tr("打开附件"))

    def _attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择扫描件或附件"))
        if not path:
            return
        try:
            wf.add_attachment(self.session.actor, self.instruction_id, path,
                              attachments_dir_for(self.session.db_path), self.session.today())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能添加附件"), exc.message)
            return
        self.session.notify(Change.INSTRUCTIONS)
        self.show_instruction(self.instruction_id)
