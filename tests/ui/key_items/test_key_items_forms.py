"""Entering minutes, decisions, activities, suggestions and their follow-up in the 重点工作 pane."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def session(key_items_session):
    return key_items_session


@pytest.fixture
def pane(key_items_pane):
    return key_items_pane


def _opened(monkeypatch, qtbot, form_class, button):
    """Click ``button`` and return the form it opened (exec patched so no modal loop runs)."""
    seen = []
    monkeypatch.setattr(form_class, "exec", lambda self: seen.append(self) or 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1, "the button did not open its form"
    qtbot.addWidget(seen[0])
    return seen[0]


def _item(number: int):
    from models.key_items.items import KeyItem, plan_for_year

    return KeyItem.get((KeyItem.plan == plan_for_year(2014).id) & (KeyItem.number == number))


def test_minutes_and_a_decision_entered_through_the_forms(pane, qtbot, type_text, monkeypatch):
    from models.core.audit import AuditLog
    from models.key_items.meetings import MeetingMinutes
    from ui.key_items.meeting_forms import DecisionForm, MinutesForm

    form = _opened(monkeypatch, qtbot, MinutesForm, pane.minutes_btn)
    qtbot.keyClick(form.number, Qt.Key.Key_Return)
    assert "纪要编号" in form.error.text() and form.result() == 0
    type_text(form.number, "〔2014〕19号")
    type_text(form.meeting, "市委常委会2014年第19次会议")
    form.held_on.setDate(QDate(2014, 10, 20))
    qtbot.keyClick(form.meeting, Qt.Key.Key_Return)  # Enter saves
    assert form.result() == 1
    minutes = MeetingMinutes.get(MeetingMinutes.number == "〔2014〕19号")
    assert minutes.meeting == "市委常委会2014年第19次会议" and minutes.held_on == dt.date(2014, 10, 20)
    assert AuditLog.select().where((AuditLog.table_name == "meeting_minutes") & (AuditLog.record_id == str(minutes.id))).exists()

    form = _opened(monkeypatch, qtbot, DecisionForm, pane.decision_btn)
    form.minutes.setCurrentIndex(form.minutes.findData(minutes.id))
    type_text(form.title_edit, "南宁东站综合交通枢纽配套工程")
    type_text(form.lead.lineEdit(), "市交通运输局")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert "哪一段" in form.error.text() and form.result() == 0  # paragraph required
    type_text(form.paragraph, "第三条")
    qtbot.keyClick(form.paragraph, Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    item = form.result_value
    assert (item.minutes_id, item.minutes_paragraph, item.source) == (minutes.id, "第三条", "常委会会议纪要")
    assert item.lead_unit.short_name == "市交通运输局" and item.plan.year == 2014
    shown = [pane.decision_table.item(r, 0).text() for r in range(pane.decision_table.rowCount())]
    assert "〔2014〕19号" in shown  # the pane refreshed through session.changed


def test_activity_with_a_suggestion_followed_up_until_closed(pane, qtbot, type_text, monkeypatch):
    from models.key_items import activities
    from ui.key_items.activity_forms import (
        CLOSE,
        FOLLOW,
        REOPEN,
        ActivityForm,
        FollowUpForm,
        SuggestionForm,
    )

    bridges, factories = _item(2), _item(4)
    assert pane.select_item(bridges.id)
    form = _opened(monkeypatch, qtbot, ActivityForm, pane.activity_btn)
    assert form.checked_item_ids() == [bridges.id]  # the selected item comes ticked
    for i in range(form.items.count()):
        if form.items.item(i).data(Qt.ItemDataRole.UserRole) == factories.id:
            form.items.item(i).setCheckState(Qt.CheckState.Checked)
    form.method.setCurrentText("定点督查")
    form.day.setDate(QDate(2014, 10, 27))
    type_text(form.title_edit, "跨江桥梁与标准厂房定点督查")
    type_text(form.place, "蒲庙大桥施工现场")
    type_text(form.participants, "督查室 3 人")
    type_text(form.problems, "征地拆迁滞后")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    act = form.result_value
    assert (act.day, act.method, act.place, act.problems) == (dt.date(2014, 10, 27), "定点督查", "蒲庙大桥施工现场",
                                                              "征地拆迁滞后")
    assert {link.item_id for link in act.item_links} == {bridges.id, factories.id}
    assert act.id in pane._activity_ids

    def select_activity():
        pane.activity_table.selectRow(pane._activity_ids.index(act.id))

    select_activity()
    form = _opened(monkeypatch, qtbot, SuggestionForm, pane.suggestion_btn)
    type_text(form.content, "加快征地拆迁进度，按月报送")
    type_text(form.unit.lineEdit(), "市交通运输局")
    qtbot.keyClick(form, Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    sug = form.result_value
    assert sug.state == activities.OPEN and sug.unit.short_name == "市交通运输局"

    def follow(action: str, note: str) -> activities.ActivitySuggestion:
        select_activity()
        form = _opened(monkeypatch, qtbot, FollowUpForm, pane.follow_btn)
        assert form.suggestion.currentData() == sug.id
        form.action.setCurrentIndex(form.action.findData(action))
        assert form.action.currentData() == action
        type_text(form.note, note)
        qtbot.keyClick(form, Qt.Key.Key_Return)
        assert form.result() == 1, form.error.text()
        return activities.ActivitySuggestion.get_by_id(sug.id)

    assert follow(FOLLOW, "已约谈青秀区").state == activities.FOLLOWING
    closed = follow(CLOSE, "拆迁已完成")
    assert closed.state == activities.CLOSED and closed.closed_on == pane.session.today()
    reopened = follow(REOPEN, "复查发现仍有2户未签约")
    assert reopened.state == activities.FOLLOWING and reopened.closed_on is None
    assert follow(CLOSE, "全部签约").state == activities.CLOSED
    row = pane._activity_ids.index(act.id)
    assert "加快征地拆迁进度，按月报送（已落实）" in pane.activity_table.item(row, 5).text()


def test_follow_up_of_a_closed_suggestion_offers_only_reopen(pane, qtbot, session, actor):
    from models.key_items import activities
    from ui.key_items.activity_forms import REOPEN, FollowUpForm

    act = activities.save_activity(actor, activities.ActivityData(dt.date(2014, 10, 8), "专项督查", "专项督查",
                                                                  [_item(3).id]))
    sug = activities.add_suggestion(actor, act.id, "补植行道树")
    activities.close_suggestion(actor, sug.id, dt.date(2014, 10, 20), "已补植")
    form = FollowUpForm(session, [activities.ActivitySuggestion.get_by_id(sug.id)], pane)
    qtbot.addWidget(form)
    assert [form.action.itemData(i) for i in range(form.action.count())] == [REOPEN]
    assert "已落实：已补植" in form.history.text()
    form._try_save()
    assert "原因" in form.error.text() and form.result() == 0


def test_esc_on_a_typed_activity_form_asks_first(pane, qtbot, type_text, monkeypatch):
    from ui.key_items.activity_forms import ActivityForm

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Cancel)
    form = ActivityForm(pane.session, pane.plan(), [], pane)
    qtbot.addWidget(form)
    form.show()
    type_text(form.title_edit, "半截")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked == [1] and form.isVisible()
    form.hide()


def test_buttons_refuse_politely_without_a_selection(pane, qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    pane.table.clearSelection()
    pane.table.setCurrentIndex(pane.model.index(-1, -1))
    qtbot.mouseClick(pane.suggestion_btn, Qt.MouseButton.LeftButton)
    assert told and "选择一次督查活动" in told[-1]


def test_entering_a_calendar_year_recomputes_through_the_pane(pane, session, actor):
    from models.calendar.store import DayEntry, import_calendar, undeclare_year
    from models.key_items.items import ItemData, KeyItem, ensure_plan, save_item
    from models.reference.directory import Unit

    undeclare_year(actor, 2027)
    plan = ensure_plan(actor, 2027)
    unit = Unit.select().first().id
    item = save_item(actor, plan.id, ItemData(1, "跨年事项", unit, deadline_days=5, assigned_on=dt.date(2026, 12, 30)))
    assert item.deadline_provisional
    topics = []
    session.changed.connect(topics.append)
    import_calendar(actor, [DayEntry(dt.date(2027, 1, 1), False, "元旦")], [2027])
    session.changed.emit("calendar")  # what 设置 → 工作日历 emits
    fresh = KeyItem.get_by_id(item.id)
    assert fresh.deadline == dt.date(2027, 1, 7) and not fresh.deadline_provisional
    assert "key_items" in topics  # the calendar and other panes hear of the new deadlines
