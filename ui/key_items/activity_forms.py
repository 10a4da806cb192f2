"""Forms of supervision activities: the activity, its suggestions, and their follow-up."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from models.core.errors import WorkflowError
from models.key_items import activities
from models.key_items import items as key_items

from ui.widgets.forms import FormDialog
from ui.key_items.item_form import date_edit, pydate
from ui.session import Change, Session
from ui.widgets.pickers import UnitPicker


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class ActivityForm(FormDialog):
    """督查活动: date, method, the plan's items it covered, place, participants, problems.

    With ``activity`` the form corrects that activity (编辑) instead of recording a new one.
    """

    def __init__(self, session: Session, plan: key_items.KeyPlan, chosen: list[int] | None = None,
                 parent: QWidget | None = None, activity: activities.SupervisionActivity | None = None) -> None:
        super().__init__(self.tr("修改督查活动") if activity else self.tr("新增督查活动"), parent)
        self.session, self.activity = session, activity
        self.day = self.add_row(self.tr("督查日期*"), date_edit(activity.day if activity else session.today()))
        self.day.dateChanged.connect(self.mark_dirty)
        self.method = QComboBox()
        self.method.addItems(list(activities.METHODS))
        if activity:
            self.method.setCurrentText(activity.method)
        self.add_row(self.tr("督查方式*"), self.method)
        self.title_edit = self.add_row(self.tr("活动名称*"), QLineEdit(activity.title if activity else ""))
        self.title_edit.setPlaceholderText(self.tr("如：7座跨江桥梁建设专项督查"))
        self.items = QListWidget()
        self.items.setFixedHeight(150)
        linked = [link.item_id for link in activity.item_links] if activity else []
        picked = set(linked) if activity else set(chosen or [])
        shown = list(key_items.KeyItem.select().where(key_items.KeyItem.plan == plan.id).order_by(
            key_items.KeyItem.number))
        # An activity may also have covered items of another year's plan: list them too,
        # ticked, so that saving the correction does not silently drop them.
        others = [i for i in key_items.KeyItem.select().where(key_items.KeyItem.id.in_(linked))
                  .order_by(key_items.KeyItem.plan, key_items.KeyItem.number) if i.plan_id != plan.id]
        for item in shown + others:
            label = f"{item.number}. {item.title}" if item.plan_id == plan.id else \
                self.tr("（{0}年）{1}. {2}").format(item.plan.year, item.number, item.title)
            row = QListWidgetItem(label)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setCheckState(Qt.CheckState.Checked if item.id in picked else Qt.CheckState.Unchecked)
            self.items.addItem(row)
        self.items.itemChanged.connect(self.mark_dirty)
        self.items.setToolTip(self.tr("勾选本次督查的{0}事项（可多选）").format(plan.title))
        self.add_row(self.tr("督查事项*"), self.items)
        self.place = self.add_row(self.tr("地点"), QLineEdit(activity.place if activity else ""))
        self.participants = self.add_row(self.tr("参加人员"), QLineEdit(activity.participants if activity else ""))
        problems = _text_box(70)
        problems.setPlainText(activity.problems if activity else "")
        self.problems = self.add_row(self.tr("发现问题"), problems)
        self.resize(640, self.sizeHint().height())

    def checked_item_ids(self) -> list[int]:
        """The ids of the items ticked in the list."""
        return [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> activities.SupervisionActivity:
        data = activities.ActivityData(pydate(self.day.date()), self.method.currentText(), self.title_edit.text(),
                                       self.checked_item_ids(), self.place.text(), self.participants.text(),
                                       self.problems.toPlainText())
        if self.activity is None:
            saved = activities.save_activity(self.session.actor, data)
        else:
            saved = activities.save_activity(self.session.actor, data, self.activity.id, self.activity.version)
        self.session.notify(Change.KEY_ITEMS)
        return saved


class SuggestionForm(FormDialog):
    """意见建议 of an activity, optionally addressed to a unit; followed up until 已落实."""

    def __init__(self, session: Session, activity: activities.SupervisionActivity,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("新增意见建议"), parent)
        self.session, self.activity = session, activity
        self.add_row(self.tr("督查活动"), QLabel(f"{activity.day.isoformat()} {activity.title}"))
        self.content = self.add_row(self.tr("意见建议*"), _text_box(80))
        self.unit = self.add_row(self.tr("责任单位"), UnitPicker())
        self.resize(560, self.sizeHint().height())

    def save(self) -> activities.ActivitySuggestion:
        unit = self.unit.current_id()
        if unit is None and self.unit.currentText().strip():
            raise WorkflowError(self.tr("单位“{0}”不在单位名录中，请从列表中选择，或留空。").format(
                self.unit.currentText().strip()))
        saved = activities.add_suggestion(self.session.actor, self.activity.id, self.content.toPlainText(), unit)
        self.session.notify(Change.KEY_ITEMS)
        return saved


# what a clerk can do with a suggestion in each state
FOLLOW, CLOSE, REOPEN = "跟踪（落实中）", "已落实（办结）", "重新打开"


class FollowUpForm(FormDialog):
    """更新落实情况: one follow-up (落实中), closing it (已落实), or reopening a closed one."""

    def __init__(self, session: Session, suggestions: list[activities.ActivitySuggestion],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("更新意见建议落实情况"), parent)
        self.session = session
        self.suggestion = QComboBox()
        for s in suggestions:
            self.suggestion.addItem(f"[{s.state}] {s.content}", s.id)
        self.add_row(self.tr("意见建议*"), self.suggestion)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #555;")
        self.add_row(self.tr("落实记录"), self.history)
        self.action = QComboBox()
        self.add_row(self.tr("更新为*"), self.action)
        self.day = self.add_row(self.tr("日期*"), date_edit(session.today()))
        self.day.dateChanged.connect(self.mark_dirty)
        self.note = self.add_row(self.tr("情况说明*"), _text_box(70))
        self.suggestion.currentIndexChanged.connect(lambda _i: self._suggestion_changed())
        self._suggestion_changed()
        self.resize(560, self.sizeHint().height())

    def current(self) -> activities.ActivitySuggestion | None:
        """The suggestion chosen in the box, fresh from the database."""
        sid = self.suggestion.currentData()
        return activities.ActivitySuggestion.get_or_none(activities.ActivitySuggestion.id == sid) if sid else None

    def _suggestion_changed(self) -> None:
        s = self.current()
        self.action.clear()
        if s is None:
            self.history.setText("")
            return
        self.history.setText(s.follow_up or self.tr("（尚无跟踪记录）"))
        actions = [REOPEN] if s.state == activities.CLOSED else [FOLLOW, CLOSE]
        self.action.addItems([self.tr(a) for a in actions])
        for i, a in enumerate(actions):
            self.action.setItemData(i, a)

    def save(self) -> activities.ActivitySuggestion:
        s = self.current()
        if s is None:
            raise WorkflowError(self.tr("请先选择一条意见建议。"))
        fn = {FOLLOW: activities.follow_up_suggestion, CLOSE: activities.close_suggestion,
              REOPEN: activities.reopen_suggestion}[self.action.currentData()]
        saved = fn(self.session.actor, s.id, pydate(self.day.date()), self.note.toPlainText())
        self.session.notify(Change.KEY_ITEMS)
        return saved
