"""The forms of 专项查办: one per workflow step, each calling exactly one workflow."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from models.calendar.store import load_calendar
from models.calendar.workdays import compute_deadline
from models.core.errors import WorkflowError
from models.instructions import records as m
from models.instructions import workflow as wf

from ui.widgets.forms import FormDialog
from ui.widgets.pickers import LeaderPicker, UnitPicker


def to_date(edit: QDateEdit) -> dt.date:
    """The date shown in a QDateEdit."""
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


def date_edit(day: dt.date | None) -> QDateEdit:
    """A calendar-popup date field set to ``day``."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    return edit


class ActionForm(FormDialog):
    """A step's form: knows the session (actor, today) and the instruction."""

    def __init__(self, title: str, session, instruction_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.session = session
        self.instruction_id = instruction_id
        self.setMinimumWidth(520)

    @property
    def actor(self):
        return self.session.actor

    def today(self) -> dt.date:
        return self.session.today()

    def assignment_box(self, only: str = "all") -> QComboBox:
        """A choice of this instruction's assignments (``unsigned``/``signed``/``all``)."""
        box = QComboBox()
        for a in m.assignments_of(self.instruction_id):
            if only == "unsigned" and a.signed_on is not None:
                continue
            if only == "signed" and a.signed_on is None:
                continue
            box.addItem(f"{a.unit.name}（{a.role}，时限 {a.deadline.isoformat()}）", a.id)
        return box


class RegisterForm(ActionForm):
    """登记 a new instruction, or correct a logged one."""

    def __init__(self, session, instruction: m.Instruction | None = None, parent=None) -> None:
        super().__init__(self.tr("修改批示件") if instruction else self.tr("登记批示件"), session,
                         instruction.id if instruction else None, parent)
        self.instruction = instruction
        self.level = self.add_row(self.tr("领导层级"), QComboBox())
        for level in m.LEVELS:
            self.level.addItem(m.LEVEL_LABELS[level], level)
        self.leader = self.add_row(self.tr("批示领导"), LeaderPicker())
        self.leader.currentTextChanged.connect(self._leader_level)
        self.instructed = self.add_row(self.tr("批示日期"), date_edit(self.today()))
        self.received = self.add_row(self.tr("登记日期"), date_edit(self.today()))
        self.source_title = self.add_row(self.tr("来文标题"), QLineEdit())
        self.source_issuer = self.add_row(self.tr("来文单位"), QLineEdit())
        self.source_number = self.add_row(self.tr("来文文号"), QLineEdit())
        self.matter = self.add_row(self.tr("事由"), QLineEdit())
        self.urgency = self.add_row(self.tr("缓急"), QComboBox())
        self.urgency.addItems(list(m.URGENCIES))
        self.text = self.add_row(self.tr("批示内容（原文）"), QPlainTextEdit())
        self.text.setPlaceholderText(self.tr("逐字录入领导批示原文"))
        self.number = self.add_row(self.tr("登记编号"), QLineEdit())
        self.number.setPlaceholderText(self.tr("留空则按本室编号格式自动生成"))
        if instruction is not None:
            self._fill(instruction)

    def _leader_level(self, *_: object) -> None:
        from models.reference.directory import Leader

        leader = Leader.get_or_none(Leader.name == self.leader.currentText().strip())
        if leader is not None:
            self.level.setCurrentIndex(m.LEVELS.index(leader.level))

    def _fill(self, ins: m.Instruction) -> None:
        self.level.setCurrentIndex(m.LEVELS.index(ins.level))
        self.leader.setEditText(ins.leader_name)
        for edit, day in ((self.instructed, ins.instructed_on or ins.received_on), (self.received, ins.received_on)):
            edit.setDate(QDate(day.year, day.month, day.day))
        self.source_title.setText(ins.source_title)
        self.source_issuer.setText(ins.source_issuer)
        self.source_number.setText(ins.source_number)
        self.matter.setText(ins.matter)
        self.urgency.setCurrentText(ins.urgency)
        self.text.setPlainText(ins.text)
        self.number.setText(ins.number)
        self.number.setReadOnly(True)
        self._dirty = False

    def data(self) -> m.InstructionData:
        """The typed fields."""
        return m.InstructionData(
            level=self.level.currentData(), received_on=to_date(self.received),
            leader_name=self.leader.currentText().strip(), instructed_on=to_date(self.instructed),
            source_title=self.source_title.text(), source_issuer=self.source_issuer.text(),
            source_number=self.source_number.text(), text=self.text.toPlainText(), matter=self.matter.text(),
            urgency=self.urgency.currentText(), number="" if self.instruction else self.number.text())

    def save(self) -> m.Instruction:
        if self.instruction is None:
            return wf.register(self.actor, self.data())
        return wf.edit(self.actor, self.instruction.id, self.data(), self.instruction.version)


class DateTextForm(ActionForm):
    """A step that needs a date and a text (立项, 不立项, 办结, 报结 …)."""

    def __init__(self, title: str, session, instruction_id: int, text_label: str, call, parent=None,
                 placeholder: str = "") -> None:
        super().__init__(title, session, instruction_id, parent)
        self.call = call
        self.on = self.add_row(self.tr("日期"), date_edit(self.today()))
        self.text = self.add_row(text_label, QPlainTextEdit())
        self.text.setPlaceholderText(placeholder)
        self.text.setMaximumHeight(120)

    def save(self):
        return self.call(self.actor, self.instruction_id, to_date(self.on), self.text.toPlainText())


class AssignForm(ActionForm):
    """交办: the lead unit, any co-units, and the deadline (a date or N working days)."""

    def __init__(self, session, instruction_id: int, parent=None) -> None:
        super().__init__(self.tr("交办"), session, instruction_id, parent)
        self.on = self.add_row(self.tr("交办日期"), date_edit(self.today()))
        self.lead = self.add_row(self.tr("牵头单位"), UnitPicker())
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.co_picker = UnitPicker()
        self.add_co = QPushButton(self.tr("添加协办单位"))
        self.add_co.clicked.connect(self._add_co)
        lay.addWidget(self.co_picker, 1)
        lay.addWidget(self.add_co)
        self.form.addRow(self.tr("协办单位"), row)
        self.co_list = QListWidget()
        self.co_list.setMaximumHeight(80)
        self.co_list.setToolTip(self.tr("双击移除"))
        self.co_list.itemDoubleClicked.connect(lambda item: self.co_list.takeItem(self.co_list.row(item)))
        self.form.addRow("", self.co_list)
        self.by_days = QRadioButton(self.tr("工作日数"))
        self.by_date = QRadioButton(self.tr("具体日期"))
        self.by_days.setChecked(True)
        self.days = QSpinBox()
        self.days.setRange(1, 250)
        self.days.setValue(m.settings.get(m.DEFAULT_DAYS))
        self.deadline = date_edit(self.today() + dt.timedelta(days=14))
        line = QWidget()
        ll = QHBoxLayout(line)
        ll.setContentsMargins(0, 0, 0, 0)
        for w in (self.by_days, self.days, self.by_date, self.deadline):
            ll.addWidget(w)
        self.form.addRow(self.tr("办理时限"), line)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.form.addRow("", self.preview)
        for sig in (self.days.valueChanged, self.by_days.toggled, self.deadline.dateChanged, self.on.dateChanged):
            sig.connect(self._update_preview)
        self._update_preview()

    def _add_co(self) -> None:
        uid = self.co_picker.current_id()
        if uid is None:
            self.show_error(self.tr("请从名录中选择协办单位。"))
            return
        self.co_list.addItem(self.co_picker.currentText())
        self.co_list.item(self.co_list.count() - 1).setData(256, uid)
        self.co_picker.set_current_id(None)
        self.mark_dirty()

    def _update_preview(self, *_: object) -> None:
        if self.by_days.isChecked():
            d = compute_deadline(load_calendar(), to_date(self.on), self.days.value())
            text = self.tr("期限：{0}").format(d.date.isoformat())
            if d.provisional:
                text += "\n" + d.warning()
            self.preview.setText(text)
        else:
            self.preview.setText(self.tr("期限：{0}").format(to_date(self.deadline).isoformat()))

    def specs(self) -> list[wf.AssignmentSpec]:
        """The lead unit first, then the co-units, each with the chosen deadline."""
        lead = self.lead.current_id()
        if lead is None:
            raise WorkflowError(self.tr("请从名录中选择牵头单位。"))
        ids = [lead] + [self.co_list.item(i).data(256) for i in range(self.co_list.count())]
        if self.by_days.isChecked():
            return [wf.AssignmentSpec(u, days=self.days.value()) for u in ids]
        return [wf.AssignmentSpec(u, deadline=to_date(self.deadline)) for u in ids]

    def save(self):
        return wf.assign(self.actor, self.instruction_id, to_date(self.on), self.specs())


class SignForm(ActionForm):
    """签收: which unit, when, who signed."""

    def __init__(self, session, instruction_id: int, parent=None) -> None:
        super().__init__(self.tr("签收"), session, instruction_id, parent)
        self.assignment = self.add_row(self.tr("承办单位"), self.assignment_box("unsigned"))
        self.on = self.add_row(self.tr("签收日期"), date_edit(self.today()))
        self.signer = self.add_row(self.tr("签收人"), QLineEdit())

    def save(self):
        return wf.sign(self.actor, self.assignment.currentData(), to_date(self.on), self.signer.text())


class ProgressForm(ActionForm):
    """A unit's progress report."""

    def __init__(self, session, instruction_id: int, parent=None) -> None:
        super().__init__(self.tr("报送进展"), session, instruction_id, parent)
        self.assignment = self.add_row(self.tr("承办单位"), self.assignment_box("signed"))
        self.on = self.add_row(self.tr("报送日期"), date_edit(self.today()))
        self.text = self.add_row(self.tr("进展情况"), QPlainTextEdit())

    def save(self):
        return wf.report_progress(self.actor, self.assignment.currentData(), to_date(self.on),
                                  self.text.toPlainText())


class RemindForm(ActionForm):
    """催办 one unit, every unit of one item, or (batch) every unit of several items."""

    def __init__(self, session, instruction_ids: list[int], parent=None) -> None:
        single = len(instruction_ids) == 1
        super().__init__(self.tr("催办") if single else self.tr("批量催办（{0}件）").format(len(instruction_ids)),
                         session, instruction_ids[0] if single else None, parent)
        self.instruction_ids = instruction_ids
        self.assignment = QComboBox()
        self.assignment.addItem(self.tr("全部承办单位"), None)
        if single:
            for a in m.assignments_of(instruction_ids[0]):
                self.assignment.addItem(f"{a.unit.name}（{a.role}，已催办{a.reminder_count}次）", a.id)
            self.add_row(self.tr("催办对象"), self.assignment)
        self.on = self.add_row(self.tr("催办日期"), date_edit(self.today()))
        self.means = self.add_row(self.tr("催办方式"), QComboBox())
        self.means.addItems(list(m.REMINDER_MEANS))
        self.text = self.add_row(self.tr("催办内容"), QPlainTextEdit())
        self.text.setPlaceholderText(self.tr("例如：该件即将到期，请于规定时限内报送办理结果。"))

    def save(self):
        aid = self.assignment.currentData()
        if aid is not None:
            return wf.remind(self.actor, aid, to_date(self.on), self.means.currentText(), self.text.toPlainText())
        return wf.remind_many(self.actor, self.instruction_ids, to_date(self.on), self.means.currentText(),
                              self.text.toPlainText())


class ExtensionForm(ActionForm):
    """A unit's extension request."""

    def __init__(self, session, instruction_id: int, parent=None) -> None:
        super().__init__(self.tr("申请延期"), session, instruction_id, parent)
        self.assignment = self.add_row(self.tr("承办单位"), self.assignment_box())
        self.on = self.add_row(self.tr("申请日期"), date_edit(self.today()))
        self.new_deadline = self.add_row(self.tr("申请延至"), date_edit(self.today() + dt.timedelta(days=14)))
        self.reason = self.add_row(self.tr("延期理由"), QPlainTextEdit())

    def save(self):
        return wf.request_extension(self.actor, self.assignment.currentData(), to_date(self.on),
                                    to_date(self.new_deadline), self.reason.toPlainText())


class DecideExtensionForm(ActionForm):
    """Approve or refuse a pending extension request."""

    def __init__(self, session, instruction_id: int, parent=None) -> None:
        super().__init__(self.tr("审批延期"), session, instruction_id, parent)
        self.request = self.add_row(self.tr("延期申请"), QComboBox())
        q = (m.Extension.select(m.Extension, m.Assignment).join(m.Assignment)
             .where((m.Assignment.instruction == instruction_id) & (m.Extension.decision == m.EXT_PENDING)))
        for ext in q:
            self.request.addItem(f"{ext.assignment.unit.name}：{ext.old_deadline} → {ext.requested_deadline}"
                                 f"（{ext.reason}）", ext.id)
        self.on = self.add_row(self.tr("审批日期"), date_edit(self.today()))
        self.approve = QRadioButton(self.tr("批准（时限顺延）"))
        self.refuse = QRadioButton(self.tr("不批准"))
        self.approve.setChecked(True)
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.approve)
        lay.addWidget(self.refuse)
        self.add_row(self.tr("审批意见"), box)
        self.note = self.add_row(self.tr("说明"), QLineEdit())

    def save(self):
        return wf.decide_extension(self.actor, self.request.currentData(), to_date(self.on),
                                   self.approve.isChecked(), self.note.text())


class ReviewForm(ActionForm):
    """回访复核: pass, or fail with the reason and the deadline kept or reset."""

    def __init__(self, session, instruction_id: int, parent=None) -> None:
        super().__init__(self.tr("回访复核"), session, instruction_id, parent)
        self.on = self.add_row(self.tr("复核日期"), date_edit(self.today()))
        self.passed = QRadioButton(self.tr("通过"))
        self.failed = QRadioButton(self.tr("不通过（退回办理中）"))
        self.passed.setChecked(True)
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.passed)
        lay.addWidget(self.failed)
        self.add_row(self.tr("复核结果"), box)
        self.reason = self.add_row(self.tr("复核情况/原因"), QPlainTextEdit())
        self.reset = self.add_row(self.tr("重新设定时限"), QCheckBox(self.tr("不通过时重新设定办理时限（否则原时限不变）")))
        self.new_deadline = self.add_row(self.tr("新时限"), date_edit(self.today() + dt.timedelta(days=14)))

    def save(self):
        passed = self.passed.isChecked()
        new = to_date(self.new_deadline) if (not passed and self.reset.isChecked()) else None
        return wf.review(self.actor, self.instruction_id, to_date(self.on), passed,
                         self.reason.toPlainText(), new)


class StopForm(ActionForm):
    """中止 or 撤销, with the reason."""

    def __init__(self, session, instruction_id: int, parent=None) -> None:
        super().__init__(self.tr("中止/撤销"), session, instruction_id, parent)
        self.kind = self.add_row(self.tr("类型"), QComboBox())
        self.kind.addItems(["中止", "撤销"])
        self.on = self.add_row(self.tr("日期"), date_edit(self.today()))
        self.reason = self.add_row(self.tr("理由"), QPlainTextEdit())

    def save(self):
        return wf.stop(self.actor, self.instruction_id, to_date(self.on), self.kind.currentText(),
                       self.reason.toPlainText())


def form_for(action: str, session, instruction_id: int, parent=None) -> ActionForm:
    """The form of one detail-view action."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("instructions", text)

    if action == "edit":
        return RegisterForm(session, m.Instruction.get_by_id(instruction_id), parent)
    if action == "accept":
        return DateTextForm(tr("立项"), session, instruction_id, tr("立项意见"), wf.accept, parent)
    if action == "reject":
        return DateTextForm(tr("不立项"), session, instruction_id, tr("不立项理由"), wf.reject, parent)
    if action == "complete":
        return DateTextForm(tr("办结"), session, instruction_id, tr("办理结果"), wf.complete, parent,
                            tr("承办单位报送的办理结果"))
    if action == "report_back":
        return DateTextForm(tr("报结"), session, instruction_id, tr("报结情况"), wf.report_back, parent,
                            tr("向批示领导报送办理结果的方式和内容"))
    forms = {"assign": AssignForm, "sign": SignForm, "progress": ProgressForm,
             "request_extension": ExtensionForm, "decide_extension": DecideExtensionForm,
             "review": ReviewForm, "stop": StopForm}
    if action == "remind":
        return RemindForm(session, [instruction_id], parent)
    return forms[action](session, instruction_id, parent)
