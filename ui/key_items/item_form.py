"""Forms of 决策督查: a key item, a quarterly report, a state change."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from models.core.errors import WorkflowError
from models.key_items import items as key_items
from models.key_items import progress
from models.reference.directory import Unit
from models.tabular.read import parse_date, split_names

from ui.widgets.forms import FormDialog
from ui.session import Change, Session
from ui.widgets.pickers import UnitPicker


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class KeyItemForm(FormDialog):
    """Create or edit a key item (lead unit required; deadline a date or N working days)."""

    def __init__(self, session: Session, plan: key_items.KeyPlan, item: key_items.KeyItem | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("编辑重点工作事项") if item else self.tr("新增重点工作事项"), parent)
        self.session, self.plan, self.item = session, plan, item
        top = key_items.KeyItem.select(key_items.KeyItem.number).where(
            key_items.KeyItem.plan == plan.id).order_by(key_items.KeyItem.number.desc()).first()
        self.number = QSpinBox()
        self.number.setRange(1, 9999)
        self.number.setValue(item.number if item else (top.number + 1 if top else 1))
        self.add_row(self.tr("序号*"), self.number)
        self.title_edit = self.add_row(self.tr("工作事项*"), QLineEdit(item.title if item else ""))
        self.content = QPlainTextEdit(item.content if item else "")
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(70)
        self.add_row(self.tr("工作内容"), self.content)
        self.source = QComboBox()
        self.source.addItems(list(key_items.SOURCES))
        self.source.setCurrentText(item.source if item else key_items.SOURCES[0])
        self.add_row(self.tr("来源"), self.source)
        self.lead = UnitPicker()
        if item:
            self.lead.set_current_id(item.lead_unit_id)
        self.add_row(self.tr("牵头单位*"), self.lead)
        self.units = QListWidget()
        self.units.setFixedHeight(110)
        chosen = set(key_items.responsible_unit_ids(item.id)) if item else set()
        for u in Unit.select().where(Unit.active == True).order_by(Unit.kind, Unit.name):  # noqa: E712
            it = QListWidgetItem(u.short_name or u.name)
            it.setData(Qt.ItemDataRole.UserRole, u.id)
            it.setCheckState(Qt.CheckState.Checked if u.id in chosen else Qt.CheckState.Unchecked)
            self.units.addItem(it)
        self.units.itemChanged.connect(self.mark_dirty)
        self.add_row(self.tr("责任单位"), self.units)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.by_date = QRadioButton(self.tr("日期"))
        self.deadline = date_edit(item.deadline if item and item.deadline else dt.date(plan.year, 12, 31))
        self.by_days = QRadioButton(self.tr("交办后"))
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setSuffix(self.tr(" 个工作日"))
        self.assigned = date_edit(item.assigned_on if item and item.assigned_on else session.today())
        for w in (self.by_date, self.deadline, self.by_days, self.days, QLabel(self.tr("交办日期")), self.assigned):
            line.addWidget(w)
        if item and item.deadline_days:
            self.by_days.setChecked(True)
            self.days.setValue(item.deadline_days)
        else:
            self.by_date.setChecked(True)
            self.days.setValue(10)
        self.add_row(self.tr("完成时限*"), row)
        self.deadline.dateChanged.connect(self.mark_dirty)
        self.assigned.dateChanged.connect(self.mark_dirty)
        self.days.valueChanged.connect(self.mark_dirty)
        self.by_days.toggled.connect(self.mark_dirty)
        days = key_items.check_days(item.id) if item else []
        text = "、".join(([self.tr("每季度")] if item and item.quarterly else []) + [d.isoformat() for d in days])
        self.checks = self.add_row(self.tr("督查时间"), QLineEdit(text))
        self.checks.setPlaceholderText(self.tr("日期用“、”分隔，或填“每季度”，如：每季度、2014-06-18"))
        self.performance = QCheckBox(self.tr("纳入绩效考评"))
        self.performance.setChecked(item.performance if item else True)
        self.add_row("", self.performance)
        self.resize(640, self.sizeHint().height())

    def save(self) -> key_items.KeyItem:
        quarterly, days = False, []
        for part in split_names(self.checks.text()):
            if part in ("每季度", "按季度", "季度"):
                quarterly = True
                continue
            try:
                days.append(parse_date(part))
            except ValueError as exc:
                raise WorkflowError(self.tr("督查时间：{0}").format(exc)) from None
        unit_ids = [self.units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.units.count())
                    if self.units.item(i).checkState() == Qt.CheckState.Checked]
        lead = self.lead.current_id()
        if lead is None and self.lead.currentText().strip():
            raise WorkflowError(self.tr("牵头单位“{0}”不在单位名录中，请从列表中选择。").format(
                self.lead.currentText().strip()))
        data = key_items.ItemData(self.number.value(), self.title_edit.text(), lead,
                                  content=self.content.toPlainText(), source=self.source.currentText(),
                                  unit_ids=unit_ids, check_days=days, quarterly=quarterly,
                                  performance=self.performance.isChecked())
        if self.by_days.isChecked():
            data.deadline_days, data.assigned_on = self.days.value(), pydate(self.assigned.date())
        else:
            data.deadline = pydate(self.deadline.date())
        if self.item is not None:
            data.minutes_id, data.minutes_paragraph = self.item.minutes_id, self.item.minutes_paragraph
        saved = key_items.save_item(self.session.actor, self.plan.id, data, self.item.id if self.item else None,
                                    self.item.version if self.item else None)
        self.session.notify(Change.KEY_ITEMS)
        return saved


class ProgressForm(FormDialog):
    """A unit's quarterly report on an item, with the office's assessment."""

    def __init__(self, session: Session, item: key_items.KeyItem, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("录入季度进展：第{0}项 {1}").format(item.number, item.title), parent)
        self.session, self.item = session, item
        self.unit = QComboBox()
        for uid in key_items.reporting_units([item.id])[item.id]:
            u = Unit.get_by_id(uid)
            self.unit.addItem(u.short_name or u.name, uid)
        self.add_row(self.tr("报送单位*"), self.unit)
        today = session.today()
        from models.calendar.store import load_calendar
        from models.core import settings

        year, q = progress.latest_due_quarter(load_calendar(), today, settings.get(progress.REPORT_WORKDAY))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.add_row(self.tr("年度"), self.year)
        self.quarter = QComboBox()
        self.quarter.addItems([self.tr("第1季度"), self.tr("第2季度"), self.tr("第3季度"), self.tr("第4季度")])
        self.quarter.setCurrentIndex(q - 1)
        self.add_row(self.tr("季度"), self.quarter)
        self.done = QPlainTextEdit()
        self.problems = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        for label, w in ((self.tr("工作进展*"), self.done), (self.tr("存在问题"), self.problems),
                         (self.tr("下步打算"), self.next_steps)):
            w.setTabChangesFocus(True)
            w.setFixedHeight(60)
            self.add_row(label, w)
        self.reported = self.add_row(self.tr("报送日期"), date_edit(today))
        self.assessment = QComboBox()
        self.assessment.addItems(["", *progress.ASSESSMENTS])
        self.add_row(self.tr("评估"), self.assessment)
        self.resize(560, self.sizeHint().height())

    def save(self) -> progress.KeyProgress:
        data = progress.ProgressData(self.item.id, self.unit.currentData(), self.year.value(),
                                     self.quarter.currentIndex() + 1, pydate(self.reported.date()),
                                     self.done.toPlainText(), self.problems.toPlainText(),
                                     self.next_steps.toPlainText(), self.assessment.currentText())
        row = progress.save_progress(self.session.actor, data)
        self.session.notify(Change.KEY_ITEMS)
        return row


class StateForm(FormDialog):
    """Change an item's state (未启动/推进中/已完成/已中止) with date and reason."""

    def __init__(self, session: Session, item: key_items.KeyItem, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("变更状态：第{0}项 {1}").format(item.number, item.title), parent)
        self.session, self.item = session, item
        self.state = QComboBox()
        self.state.addItems(list(key_items.TRANSITIONS[item.state]))
        self.add_row(self.tr("当前：{0}  →  改为").format(item.state), self.state)
        self.day = self.add_row(self.tr("日期*"), date_edit(session.today()))
        self.reason = self.add_row(self.tr("原因/说明"), QLineEdit())
        self.resize(460, self.sizeHint().height())

    def save(self) -> key_items.KeyItem:
        saved = key_items.change_state(self.session.actor, self.item.id, self.state.currentText(),
                                       pydate(self.day.date()), self.reason.text())
        self.session.notify(Change.KEY_ITEMS)
        return saved
