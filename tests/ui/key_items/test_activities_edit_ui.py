"""编辑 / 删除 of supervision activities and minutes in the 重点工作 pane, driven with qtbot."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

D = dt.date


@pytest.fixture
def session(key_items_session):
    return key_items_session


@pytest.fixture
def pane(key_items_pane):
    return key_items_pane


@pytest.fixture
def answers(monkeypatch):
    """Record every message box; ``answers.reply`` is what the confirmation question answers."""

    class Boxes:
        reply = QMessageBox.StandardButton.No
        asked: list[tuple[str, str]] = []
        warned: list[tuple[str, str]] = []
        told: list[tuple[str, str]] = []

    boxes = Boxes()
    boxes.asked, boxes.warned, boxes.told = [], [], []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a, **k: boxes.asked.append(
        (title, text)) or boxes.reply)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: boxes.warned.append(
        (title, text)) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: boxes.told.append(
        (title, text)) or QMessageBox.StandardButton.Ok)
    return boxes


def _item(number: int):
    from models.key_items.items import KeyItem, plan_for_year

    return KeyItem.get((KeyItem.plan == plan_for_year(2014).id) & (KeyItem.number == number))


def _new_activity(pane, title: str, *, suggestion_state: str | None = None, also: tuple[int, ...] = ()):
    """An activity over item 2 and the items of ids ``also`` (with one suggestion in ``suggestion_state``),
    selected in the pane under item 2."""
    from models.key_items import activities

    actor = pane.session.actor
    act = activities.save_activity(actor, activities.ActivityData(D(2014, 10, 27), "定点督查", title,
                                                                  [_item(2).id, *also], place="蒲庙大桥"))
    if suggestion_state is not None:
        sug = activities.add_suggestion(actor, act.id, "加快征地拆迁进度")
        if suggestion_state == activities.FOLLOWING:
            activities.follow_up_suggestion(actor, sug.id, D(2014, 10, 28), "已约谈青秀区")
    pane.session.changed.emit("key_items")
    assert pane.select_item(_item(2).id)
    pane.detail.setCurrentIndex(2)
    pane.activity_table.selectRow(pane._activity_ids.index(act.id))
    assert pane.selected_activity_id() == act.id
    return act


def _row_of(table, text: str, column: int = 2) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)


def _double_click(qtbot, table, row: int, column: int) -> None:
    """A clerk's double-click on a cell (the first click selects, as with a real mouse)."""
    pos = table.visualRect(table.model().index(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _opened(monkeypatch, qtbot, form_class, trigger):
    """Run ``trigger`` and return the form it opened (exec patched so no modal loop runs)."""
    seen = []
    monkeypatch.setattr(form_class, "exec", lambda self: seen.append(self) or 0)
    trigger()
    assert len(seen) == 1, "nothing opened the form"
    qtbot.addWidget(seen[0])
    return seen[0]


# ---- activities -------------------------------------------------------------------------------------


def test_edit_activity_through_the_dialog_changes_the_record(pane, qtbot, type_text, monkeypatch):
    from models.core.audit import AuditLog
    from models.key_items import activities
    from ui.key_items.activity_forms import ActivityForm

    act = _new_activity(pane, "跨江桥梁定点督查")
    form = _opened(monkeypatch, qtbot, ActivityForm,
                   lambda: qtbot.mouseClick(pane.edit_activity_btn, Qt.MouseButton.LeftButton))
    assert form.windowTitle() == "修改督查活动"
    assert (form.title_edit.text(), form.method.currentText(), form.place.text()) == ("跨江桥梁定点督查", "定点督查",
                                                                                   "蒲庙大桥")
    assert form.checked_item_ids() == [_item(2).id] and not form.is_dirty()
    form.title_edit.clear()
    type_text(form.title_edit, "跨江桥梁跟踪督查")
    form.method.setCurrentText("跟踪督查")
    form.day.setDate(QDate(2014, 10, 26))
    for i in range(form.items.count()):
        if form.items.item(i).data(Qt.ItemDataRole.UserRole) == _item(4).id:
            form.items.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    fresh = activities.SupervisionActivity.get_by_id(act.id)
    assert (fresh.title, fresh.method, fresh.day, fresh.version) == ("跨江桥梁跟踪督查", "跟踪督查", D(2014, 10, 26), 2)
    assert {link.item_id for link in fresh.item_links} == {_item(2).id, _item(4).id}
    assert AuditLog.select().where((AuditLog.table_name == "supervision_activity")
                                   & (AuditLog.record_id == str(act.id)) & (AuditLog.action == "update")).exists()
    row = pane._activity_ids.index(act.id)  # the list refreshed and kept the activity selected
    assert pane.activity_table.item(row, 2).text() == "跨江桥梁跟踪督查" and pane.selected_activity_id() == act.id


def test_double_click_and_enter_open_the_activity_for_editing(pane, qtbot, monkeypatch):
    from ui.key_items.activity_forms import ActivityForm

    act = _new_activity(pane, "跨江桥梁定点督查")
    table = pane.activity_table
    row = pane._activity_ids.index(act.id)
    form = _opened(monkeypatch, qtbot, ActivityForm, lambda: _double_click(qtbot, table, row, 2))
    assert form.activity.id == act.id
    table.setFocus()
    form = _opened(monkeypatch, qtbot, ActivityForm, lambda: qtbot.keyClick(table, Qt.Key.Key_Return))
    assert form.activity.id == act.id


def test_a_stale_activity_form_is_refused(pane, qtbot, monkeypatch):
    from models.key_items import activities
    from ui.key_items.activity_forms import ActivityForm

    act = _new_activity(pane, "跨江桥梁定点督查")
    form = _opened(monkeypatch, qtbot, ActivityForm, pane.edit_activity)
    activities.save_activity(pane.session.actor, activities.ActivityData(
        D(2014, 10, 27), "定点督查", "另一窗口改过", [_item(2).id]), act.id, 1)
    form.place.setText("三岸大桥")
    form._try_save()
    assert form.result() == 0 and "在您打开后已被" in form.error.text()
    # both sides shown, and the form keeps what was typed
    assert "· 主题：现在为“另一窗口改过”，您要保存为“跨江桥梁定点督查”" in form.error.text()
    assert form.place.text() == "三岸大桥"
    assert activities.SupervisionActivity.get_by_id(act.id).title == "另一窗口改过"


def test_delete_activity_asks_naming_it_and_cancelling_keeps_it(pane, qtbot, answers):
    from models.key_items import activities

    act = _new_activity(pane, "跨江桥梁定点督查", suggestion_state=activities.OPEN)
    answers.reply = QMessageBox.StandardButton.No
    qtbot.mouseClick(pane.delete_activity_btn, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1
    title, text = answers.asked[0]
    assert title == "删除督查活动" and "跨江桥梁定点督查" in text and "2014-10-27" in text
    assert "该活动的 1 条意见建议（均为待落实）将一并删除。" in text
    assert "同时是" not in text  # it covers item 2 only
    assert activities.SupervisionActivity.get_or_none(activities.SupervisionActivity.id == act.id) is not None
    assert act.id in pane._activity_ids


def test_delete_activity_confirmed_removes_it_and_refreshes(pane, qtbot, answers):
    from models.key_items import activities

    act = _new_activity(pane, "跨江桥梁定点督查", suggestion_state=activities.OPEN)
    before = pane.activity_table.rowCount()
    answers.reply = QMessageBox.StandardButton.Yes
    pane.activity_table.setFocus()
    qtbot.keyClick(pane.activity_table, Qt.Key.Key_Delete)  # the Delete key asks too
    assert len(answers.asked) == 1 and not answers.warned
    assert activities.SupervisionActivity.get_or_none(activities.SupervisionActivity.id == act.id) is None
    assert not activities.ActivitySuggestion.select().where(activities.ActivitySuggestion.activity == act.id).exists()
    assert act.id not in pane._activity_ids and pane.activity_table.rowCount() == before - 1
    assert pane.selected_activity_id() is None  # no other activity quietly took the deleted row's place


def test_delete_of_a_followed_up_activity_is_refused_in_a_message_box(pane, qtbot, answers):
    from models.key_items import activities

    act = _new_activity(pane, "跨江桥梁定点督查", suggestion_state=activities.FOLLOWING)
    answers.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.delete_activity_btn, Qt.MouseButton.LeftButton)
    assert not answers.asked  # not asked to confirm what would be refused
    assert len(answers.warned) == 1
    title, text = answers.warned[0]
    assert title == "不能删除" and "1 条正在落实" in text and "跨江桥梁定点督查" in text
    assert activities.SupervisionActivity.get_or_none(activities.SupervisionActivity.id == act.id) is not None


def test_activity_context_menu_offers_edit_and_delete(pane, qtbot, answers, monkeypatch):
    from models.key_items import activities
    from ui.key_items.activity_forms import ActivityForm

    act = _new_activity(pane, "跨江桥梁定点督查")
    menu = pane.activity_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert actions["编辑督查活动…"].isEnabled() and actions["删除督查活动"].isEnabled()
    assert actions["删除督查活动"].shortcut().toString() == "Del"
    form = _opened(monkeypatch, qtbot, ActivityForm, actions["编辑督查活动…"].trigger)
    assert form.activity.id == act.id
    answers.reply = QMessageBox.StandardButton.Yes
    actions["删除督查活动"].trigger()
    assert activities.SupervisionActivity.get_or_none(activities.SupervisionActivity.id == act.id) is None
    menu.close()
    pane.activity_table.clearSelection()
    menu = pane.activity_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert not actions["编辑督查活动…"].isEnabled() and not actions["删除督查活动"].isEnabled()
    menu.close()


def test_delete_names_the_other_items_the_activity_covers(pane, qtbot, answers):
    from models.key_items import activities
    from models.key_items.items import ItemData, save_item, save_plan

    actor = pane.session.actor
    earlier = save_item(actor, save_plan(actor, 2013).id, ItemData(1, "老城区改造", _item(2).lead_unit_id,
                                                                  deadline=D(2013, 12, 31)))
    act = _new_activity(pane, "跨江桥梁定点督查", also=(_item(5).id, earlier.id, _item(4).id))
    qtbot.mouseClick(pane.delete_activity_btn, Qt.MouseButton.LeftButton)
    (_title, text), = answers.asked
    assert "该活动同时是第4、5项事项和2013年计划第1项事项的督查记录，将从这些事项中一并移除。" in text
    assert activities.SupervisionActivity.get_or_none(activities.SupervisionActivity.id == act.id) is not None


def test_viewer_cannot_open_an_edit_form(pane, qtbot, answers, viewer, monkeypatch):
    from ui.key_items.activity_forms import ActivityForm
    from ui.key_items.meeting_forms import MinutesForm

    opened = []
    for form_class in (ActivityForm, MinutesForm):
        monkeypatch.setattr(form_class, "exec", lambda self: opened.append(self) or 0)
    m = _new_minutes(pane)
    act = _new_activity(pane, "跨江桥梁定点督查")
    pane.session.actor = viewer
    table = pane.activity_table
    qtbot.mouseClick(pane.edit_activity_btn, Qt.MouseButton.LeftButton)
    _double_click(qtbot, table, pane._activity_ids.index(act.id), 2)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    pane.detail.setCurrentIndex(3)
    pane.minutes_table.selectRow(pane._minutes_ids.index(m.id))
    qtbot.mouseClick(pane.edit_minutes_btn, Qt.MouseButton.LeftButton)
    _double_click(qtbot, pane.minutes_table, pane._minutes_ids.index(m.id), 1)
    assert opened == []  # told before typing, not at save time
    assert [t for t, _ in answers.warned] == ["编辑督查活动"] * 3 + ["编辑会议纪要"] * 2
    assert all("查阅" in text for _, text in answers.warned)


def test_viewer_is_told_before_any_confirmation(pane, qtbot, answers, viewer):
    from models.key_items import activities

    act = _new_activity(pane, "跨江桥梁定点督查")
    pane.session.actor = viewer
    qtbot.mouseClick(pane.delete_activity_btn, Qt.MouseButton.LeftButton)
    assert not answers.asked and "查阅" in answers.warned[0][1]
    assert activities.SupervisionActivity.get_or_none(activities.SupervisionActivity.id == act.id) is not None


def test_nothing_selected_is_said_politely(pane, qtbot, answers):
    pane.activity_table.clearSelection()
    pane.minutes_table.clearSelection()
    for button in (pane.edit_activity_btn, pane.delete_activity_btn, pane.edit_minutes_btn, pane.delete_minutes_btn):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in answers.told] == ["编辑督查活动", "删除督查活动", "编辑会议纪要", "删除会议纪要"]
    assert not answers.asked


# ---- minutes ----------------------------------------------------------------------------------------


def _new_minutes(pane, number: str = "〔2014〕19号"):
    from models.key_items import meetings

    m = meetings.save_minutes(pane.session.actor, number, "市委常委会2014年第19次会议", D(2014, 10, 20))
    pane.session.changed.emit("key_items")
    pane.detail.setCurrentIndex(3)
    pane.minutes_table.selectRow(pane._minutes_ids.index(m.id))
    assert pane.selected_minutes_id() == m.id
    return m


def test_minutes_are_listed_with_their_decision_counts(pane):
    from models.key_items.items import KeyItem
    from models.key_items.meetings import MeetingMinutes

    m = _new_minutes(pane)
    numbers = [pane.minutes_table.item(r, 0).text() for r in range(pane.minutes_table.rowCount())]
    assert "〔2014〕19号" in numbers  # minutes with no decision yet are listed too
    row = pane._minutes_ids.index(m.id)
    assert pane.minutes_table.item(row, 3).text() == "0"
    assert pane.minutes_table.horizontalHeaderItem(3).text() == "决定事项数"  # a count, not the matters
    demo = MeetingMinutes.select().where(MeetingMinutes.id != m.id).first()
    decided = KeyItem.select().where(KeyItem.minutes_id == demo.id).count()
    assert decided > 0
    assert pane.minutes_table.item(pane._minutes_ids.index(demo.id), 3).text() == str(decided)


def test_edit_minutes_through_the_dialog_changes_the_record(pane, qtbot, type_text, monkeypatch):
    from models.key_items.meetings import MeetingMinutes
    from ui.key_items.meeting_forms import MinutesForm

    m = _new_minutes(pane)
    table = pane.minutes_table
    form = _opened(monkeypatch, qtbot, MinutesForm,
                   lambda: _double_click(qtbot, table, pane._minutes_ids.index(m.id), 1))
    assert form.windowTitle() == "修改会议纪要" and form.number.text() == "〔2014〕19号"
    table.clearFocus()  # exec is patched, so the form never took the focus from the list (whose Enter edits)
    form.number.clear()
    type_text(form.number, "〔2014〕20号")
    form.held_on.setDate(QDate(2014, 10, 21))
    type_text(form.note, "更正编号")
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    fresh = MeetingMinutes.get_by_id(m.id)
    assert (fresh.number, fresh.held_on, fresh.note, fresh.version) == ("〔2014〕20号", D(2014, 10, 21), "更正编号", 2)
    row = pane._minutes_ids.index(m.id)
    assert table.item(row, 0).text() == "〔2014〕20号" and pane.selected_minutes_id() == m.id


def test_delete_minutes_asks_and_cancelling_keeps_them(pane, qtbot, answers):
    from models.key_items.meetings import MeetingMinutes

    m = _new_minutes(pane)
    qtbot.mouseClick(pane.delete_minutes_btn, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1
    title, text = answers.asked[0]
    assert title == "删除会议纪要" and "〔2014〕19号" in text and "市委常委会2014年第19次会议" in text
    assert MeetingMinutes.get_or_none(MeetingMinutes.id == m.id) is not None and m.id in pane._minutes_ids


def test_delete_minutes_confirmed_removes_them_and_refreshes(pane, qtbot, answers):
    from models.key_items.meetings import MeetingMinutes

    m = _new_minutes(pane)
    before = pane.minutes_table.rowCount()
    answers.reply = QMessageBox.StandardButton.Yes
    pane.minutes_table.setFocus()
    qtbot.keyClick(pane.minutes_table, Qt.Key.Key_Delete)
    assert len(answers.asked) == 1 and not answers.warned
    assert MeetingMinutes.get_or_none(MeetingMinutes.id == m.id) is None
    assert m.id not in pane._minutes_ids and pane.minutes_table.rowCount() == before - 1


def test_minutes_with_decisions_are_refused_saying_how_many(pane, qtbot, answers):
    from models.key_items.items import KeyItem
    from models.key_items.meetings import MeetingMinutes

    demo = MeetingMinutes.select().order_by(MeetingMinutes.id).first()
    decided = KeyItem.select().where(KeyItem.minutes_id == demo.id).count()
    pane.detail.setCurrentIndex(3)
    row = _row_of(pane.decision_table, demo.number, 0)
    pane.decision_table.setCurrentCell(row, 5)  # a decision row chooses its minutes
    assert pane.selected_minutes_id() == demo.id
    answers.reply = QMessageBox.StandardButton.Yes
    menu = pane.minutes_menu()
    next(a for a in menu.actions() if a.text() == "删除会议纪要").trigger()
    menu.close()
    assert not answers.asked
    assert f"{decided} 项决定事项" in answers.warned[0][1] and "纪要须留存" in answers.warned[0][1]
    assert MeetingMinutes.get_or_none(MeetingMinutes.id == demo.id) is not None


def test_new_decision_uses_the_chosen_minutes(pane, qtbot, monkeypatch):
    from models.key_items.meetings import MeetingMinutes
    from ui.key_items.meeting_forms import DecisionForm

    _new_minutes(pane)  # the newest minutes, which the form would offer by itself
    oldest = MeetingMinutes.select().order_by(MeetingMinutes.held_on).first()
    pane.minutes_table.selectRow(pane._minutes_ids.index(oldest.id))
    form = _opened(monkeypatch, qtbot, DecisionForm,
                   lambda: qtbot.mouseClick(pane.decision_btn, Qt.MouseButton.LeftButton))
    assert form.minutes.currentData() == oldest.id
