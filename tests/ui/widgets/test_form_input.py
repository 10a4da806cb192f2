"""Forms keep what was typed: one Tab per date, no save on a bad date or an unmatched
picker, and an error line that goes once the field it is about is fixed."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.instructions import records as m
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit
from ui.instructions.forms import RegisterForm


@pytest.fixture
def session(db, actor, today):
    from ui.session import Session

    save_leader(actor, LeaderData("覃海明", "市长", "市"))
    save_leader(actor, LeaderData("单海平", "副市长", "市"))
    save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    return Session(db.database, actor, today)


@pytest.fixture
def form(session, qtbot, monkeypatch):
    # closing a form with typed text asks first: answer for the teardown
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    f = RegisterForm(session)
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    return f


def _tab(qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _retype(qtbot, field, text):
    field.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)  # ASCII only: Chinese goes through type_text


def _fill_text(form, type_text):
    form.text.setFocus()
    type_text(form.text, "请认真研究，妥善处理。")


def test_one_tab_from_each_date_field_to_the_next_field(form, qtbot):
    form.level.setFocus()
    assert _tab(qtbot) is form.leader
    assert _tab(qtbot) is form.instructed.edit  # 批示日期
    assert _tab(qtbot) is form.received.edit  # 登记日期: one Tab, not three
    assert _tab(qtbot) is form.source_title  # 来文标题 four Tabs from the top
    qtbot.keyClick(form.source_title, Qt.Key.Key_Backtab)
    assert form.received.edit.hasFocus()


def test_a_date_typed_in_one_go_is_saved(form, qtbot, type_text):
    _retype(qtbot, form.instructed, "10.20")
    form.received.setFocus()
    form.received.edit.clear()
    type_text(form.received.edit, "2014年10月21日")
    _fill_text(form, type_text)
    form._try_save()
    assert form.result() == 1, form.error.text()
    ins = m.Instruction.get_by_id(form.result_value.id)
    assert (ins.instructed_on, ins.received_on) == (dt.date(2014, 10, 20), dt.date(2014, 10, 21))


def test_enter_on_a_bad_date_keeps_the_form_and_the_text(form, qtbot, type_text):
    _fill_text(form, type_text)
    _retype(qtbot, form.received, "2014-10-32")
    qtbot.keyClick(form.received.edit, Qt.Key.Key_Return)
    assert form.result() == 0 and form.isVisible() and m.Instruction.select().count() == 0
    assert "2014年10月没有32日" in form.error.text()
    assert form.received.text() == "2014-10-32"
    # fixing the date clears the message; the next Enter saves the date typed
    qtbot.keyClick(form.received.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(form.received.edit, "1")
    assert form.error.text() == "" and form.error.isHidden()
    qtbot.keyClick(form.received.edit, Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    assert m.Instruction.get_by_id(form.result_value.id).received_on == dt.date(2014, 10, 31)


def test_save_refuses_a_bad_date_even_without_leaving_the_field(form, qtbot, type_text):
    _fill_text(form, type_text)
    _retype(qtbot, form.instructed, "10.")
    form._try_save()  # e.g. Alt+S: the field never lost the focus
    assert form.result() == 0 and m.Instruction.select().count() == 0
    assert "不是日期" in form.error.text() and form.instructed.edit.hasFocus()


def test_enter_in_a_picker_with_no_match_does_not_save(form, qtbot, type_text):
    _fill_text(form, type_text)
    form.leader.setFocus()
    qtbot.keyClicks(form.leader.lineEdit(), "xyz")
    qtbot.keyClick(form.leader.lineEdit(), Qt.Key.Key_Return)
    assert form.result() == 0 and m.Instruction.select().count() == 0
    assert "领导名录中没有“xyz”" in form.error.text()
    assert form.leader.currentText() == "xyz"  # what was typed stays
    # still no match: the message stays; a leader from the list: it goes
    qtbot.keyClicks(form.leader.lineEdit(), "w")
    assert form.error.text()
    form.leader.lineEdit().selectAll()
    qtbot.keyClicks(form.leader.lineEdit(), "qhm")
    popup = form.leader.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the only completion is taken; nothing saved yet
    assert form.leader.currentText() == "覃海明" and form.leader.current_id() is not None
    assert form.error.text() == "" and form.result() == 0
    qtbot.keyClick(form.leader.lineEdit(), Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    assert m.Instruction.get_by_id(form.result_value.id).leader_name == "覃海明"


@pytest.mark.parametrize("initials", ["shp", "dhp"])
def test_picker_finds_a_surname_by_either_reading(form, qtbot, initials):
    form.leader.setFocus()
    qtbot.keyClicks(form.leader.lineEdit(), initials)
    model = form.leader.completer().completionModel()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["单海平"]


def test_a_workflow_refusal_clears_when_its_field_is_fixed(form, qtbot, type_text):
    form._try_save()
    assert "批示内容不能为空" in form.error.text()
    form.source_title.setFocus()
    type_text(form.source_title, "关于公交线路的来信")
    assert "批示内容不能为空" in form.error.text()  # another field: the refusal still holds
    _fill_text(form, type_text)
    assert form.error.text() == "" and form.error.isHidden()


def test_a_refusal_naming_no_field_clears_on_the_next_edit(form, qtbot, type_text):
    form.show_error("数据库正忙，请稍后再试。")
    form.matter.setFocus()
    type_text(form.matter, "公交")
    assert form.error.text() == ""


def test_the_calendar_opens_on_f4_inside_a_form_and_esc_leaves_the_form_open(form, qtbot):
    form.received.setFocus()
    qtbot.keyClick(form.received.edit, Qt.Key.Key_F4)
    popup = form.received.calendar_popup()
    assert popup.isVisible() and popup.calendar.selectedDate() == QDate(2014, 10, 28)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible() and form.isVisible() and form.result() == 0
