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

from ui.instructions.forms import form_for
from ui.session import Change
from ui.widgets.calendar_view import tint


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
        self.text.setMaximumHeight(110)
        lay.addWidget(self.text)
        lay.addWidget(QLabel(self.tr("承办单位")))
        self.units = QTableWidget(0, 6)
        self.units.setHorizontalHeaderLabels([self.tr("单位"), self.tr("分工"), self.tr("办理时限"),
                                              self.tr("签收"), self.tr("催办"), self.tr("延期")])
        self._table_style(self.units, [150, 40, 170, 150, 40, 120])
        self.units.setMaximumHeight(130)
        lay.addWidget(self.units)
        lay.addWidget(QLabel(self.tr("办理过程")))
        self.timeline = QTableWidget(0, 4)
        self.timeline.setHorizontalHeaderLabels([self.tr("日期"), self.tr("环节"), self.tr("情况"), self.tr("经办")])
        self._table_style(self.timeline, [85, 72, 300, 70])
        self.timeline.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.timeline.horizontalHeader().setStretchLastSection(False)
        self.timeline.setWordWrap(True)
        lay.addWidget(self.timeline, 1)
        self.attachments = QLabel()
        self.attachments.setWordWrap(True)
        lay.addWidget(self.attachments)
        self.show_instruction(None)

    def _table_style(self, table: QTableWidget, widths: list[int]) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        for i, w in enumerate(widths):
            table.setColumnWidth(i, w)
        table.horizontalHeader().setStretchLastSection(True)

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
        self._fill_units(ins, today, cal)
        self._fill_timeline(ins)
        atts = list(m.Attachment.select().where(m.Attachment.instruction == ins.id))
        self.attachments.setText(self.tr("附件：") + ("、".join(f"{a.file_name}（sha256 {a.sha256[:12]}…）" for a in atts)
                                                     if atts else self.tr("无")))
        self._fill_buttons(ins)

    def _fill_units(self, ins: m.Instruction, today, cal) -> None:
        rows = m.assignments_of(ins.id)
        allowed = settings.get(m.SIGNOFF_DAYS)
        self.units.setRowCount(len(rows))
        for r, a in enumerate(rows):
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
        assignments = m.assignments_of(ins.id)
        pending = m.Extension.select().join(m.Assignment).where(
            (m.Assignment.instruction == ins.id) & (m.Extension.decision == m.EXT_PENDING)).exists()
        actions = wf.allowed_actions(ins.state, unsigned=any(a.signed_on is None for a in assignments),
                                     pending_extension=pending, signed=any(a.signed_on for a in assignments))
        for action in actions:
            button = QPushButton(self.tr(wf.ACTION_LABELS[action]))
            button.setObjectName(f"action_{action}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.button_row.addWidget(button, len(self.buttons) // 6, len(self.buttons) % 6)
            self.buttons[action] = button

    # ---------------------------------------------------------------- acting

    def run_action(self, action: str) -> None:
        """Open the step's form (or file dialog) and refresh after a successful step."""
        if self.instruction_id is None:
            return
        if action == "attach":
            self._attach()
            return
        form = form_for(action, self.session, self.instruction_id, self)
        if form.exec():
            self.session.notify(Change.INSTRUCTIONS)
            self.changed.emit()
            self.show_instruction(self.instruction_id)

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
