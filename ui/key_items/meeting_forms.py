"""Forms of the minutes register: a set of minutes, and a decided matter put under supervision."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from models.core.errors import WorkflowError
from models.key_items import meetings
from models.key_items.items import ItemData

from ui.widgets.forms import FormDialog
from ui.key_items.item_form import date_edit, pydate
from ui.session import Change, Session
from ui.widgets.pickers import UnitPicker


class MinutesForm(FormDialog):
    """登记会议纪要: number, meeting and date (numbers are unique)."""

    def __init__(self, session: Session, minutes: meetings.MeetingMinutes | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改会议纪要") if minutes else self.tr("登记会议纪要"), parent)
        self.session, self.minutes = session, minutes
        self.number = self.add_row(self.tr("纪要编号*"), QLineEdit(minutes.number if minutes else ""))
        self.number.setPlaceholderText(self.tr("如：〔2014〕5号"))
        self.meeting = self.add_row(self.tr("会议*"), QLineEdit(minutes.meeting if minutes else ""))
        self.meeting.setPlaceholderText(self.tr("如：市委常委会2014年第5次会议"))
        self.held_on = self.add_row(self.tr("会议日期*"), date_edit(minutes.held_on if minutes else session.today()))
        self.held_on.dateChanged.connect(self.mark_dirty)
        self.note = QPlainTextEdit(minutes.note if minutes else "")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.add_row(self.tr("备注"), self.note)
        self.resize(520, self.sizeHint().height())

    def save(self) -> meetings.MeetingMinutes:
        saved = meetings.save_minutes(self.session.actor, self.number.text(), self.meeting.text(),
                                      pydate(self.held_on.date()), self.note.toPlainText(),
                                      self.minutes.id if self.minutes else None,
                                      self.minutes.version if self.minutes else None)
        self.session.notify(Change.KEY_ITEMS)
        return saved


class DecisionForm(FormDialog):
    """立项督查: a decided matter of a set of minutes becomes a key item of that year's plan."""

    def __init__(self, session: Session, minutes_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新增决定事项（立项督查）"), parent)
        self.session = session
        self.minutes = QComboBox()
        for m in meetings.MeetingMinutes.select().order_by(meetings.MeetingMinutes.held_on.desc(),
                                                          meetings.MeetingMinutes.id.desc()):
            self.minutes.addItem(f"{m.number}  {m.meeting}（{m.held_on.isoformat()}）", m.id)
        if minutes_id is not None and self.minutes.findData(minutes_id) >= 0:
            self.minutes.setCurrentIndex(self.minutes.findData(minutes_id))
        self.add_row(self.tr("会议纪要*"), self.minutes)
        self.paragraph = self.add_row(self.tr("出自段落*"), QLineEdit())
        self.paragraph.setPlaceholderText(self.tr("如：第三条"))
        self.title_edit = self.add_row(self.tr("决定事项*"), QLineEdit())
        self.content = QPlainTextEdit()
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(70)
        self.add_row(self.tr("工作内容"), self.content)
        self.lead = self.add_row(self.tr("牵头单位*"), UnitPicker())
        self.deadline = self.add_row(self.tr("完成时限*"), date_edit(self._year_end()))
        self.deadline.dateChanged.connect(self.mark_dirty)
        self.minutes.currentIndexChanged.connect(lambda _i: self.deadline.setDate(
            date_edit(self._year_end()).date()))
        self.performance = self.add_row("", QCheckBox(self.tr("纳入绩效考评")))
        self.performance.setChecked(True)
        self.resize(600, self.sizeHint().height())

    def _year_end(self) -> dt.date:
        mid = self.minutes.currentData()
        m = meetings.MeetingMinutes.get_or_none(meetings.MeetingMinutes.id == mid) if mid else None
        return dt.date((m.held_on if m else self.session.today()).year, 12, 31)

    def save(self):
        if self.minutes.currentData() is None:
            raise WorkflowError(self.tr("尚无会议纪要：请先用“新增纪要…”登记纪要。"))
        lead = self.lead.current_id()
        if lead is None and self.lead.currentText().strip():
            raise WorkflowError(self.tr("牵头单位“{0}”不在单位名录中，请从列表中选择。").format(
                self.lead.currentText().strip()))
        data = ItemData(None, self.title_edit.text(), lead, content=self.content.toPlainText(),
                        deadline=pydate(self.deadline.date()), performance=self.performance.isChecked())
        item = meetings.register_decision(self.session.actor, self.minutes.currentData(), self.paragraph.text(), data)
        self.session.notify(Change.KEY_ITEMS)
        return item
