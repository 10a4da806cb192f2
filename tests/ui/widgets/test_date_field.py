"""The one-Tab-stop date field: typing, refusing nonsense, the calendar popup."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.date_field import DateField

UI = Path(__file__).resolve().parents[3] / "ui"


@pytest.fixture
def row(qtbot):
    """A field between two line edits, shown, with the keyboard in the field."""
    box = QWidget()
    lay = QVBoxLayout(box)
    before, field, after = QLineEdit(), DateField(dt.date(2014, 10, 28)), QLineEdit()
    for w in (before, field, after):
        lay.addWidget(w)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    field.setFocus()
    yield before, field, after
    box.close()


def _retype(qtbot, field, text):
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)


@pytest.mark.parametrize(("typed", "shown"), [
    ("20141028", "2014-10-28"), ("2014.9.3", "2014-09-03"), ("2014/09/03", "2014-09-03"),
    ("9.3", "2014-09-03"), ("9-3", "2014-09-03"), ("2013-12-31", "2013-12-31"),
])
def test_typed_dates_are_taken_and_shown_in_the_house_format(row, qtbot, typed, shown):
    _, field, _ = row
    field.setDate(QDate(2014, 1, 1))
    seen = []
    field.dateChanged.connect(seen.append)
    _retype(qtbot, field, typed)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.text() == shown and field.date() == QDate.fromString(shown, "yyyy-MM-dd")
    assert seen[-1] == field.date() and field.input_problem() is None


def test_chinese_forms_typed_through_the_input_method(row, type_text, qtbot):
    _, field, _ = row
    field.edit.clear()
    type_text(field.edit, "2014年3月5日")
    assert field.value() == dt.date(2014, 3, 5)
    field.edit.clear()
    type_text(field.edit, "10月1日")
    assert field.value() == dt.date(2014, 10, 1)


def test_one_tab_stop(row, qtbot):
    before, field, after = row
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert field.edit.hasFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert field.edit.hasFocus()


def test_nonsense_is_kept_framed_in_red_with_the_reason(row, qtbot):
    _, field, after = row
    problems = []
    field.invalid.connect(problems.append)
    _retype(qtbot, field, "2014-02-30")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.text() == "2014-02-30"  # what was typed stays
    assert field.date() == QDate(2014, 10, 28)  # the date before this edit, not the half-typed 2014-02-03
    assert "2014年2月没有30日" in field.input_problem() == problems[-1]
    assert "#C62828" in field.edit.styleSheet() and field.edit.toolTip() == field.input_problem()
    field.setFocus()
    _retype(qtbot, field, "2014-02-28")
    assert field.input_problem() is None and field.edit.styleSheet() == ""
    assert field.date() == QDate(2014, 2, 28)


def test_a_required_field_may_not_be_left_empty_an_optional_one_may(qtbot):
    required, optional = DateField(dt.date(2014, 1, 1)), DateField(dt.date(2014, 1, 1), optional=True)
    for f in (required, optional):
        qtbot.addWidget(f)
        f.edit.selectAll()
        qtbot.keyClick(f.edit, Qt.Key.Key_Delete)
    assert "请填写日期" in required.input_problem()
    assert optional.input_problem() is None and optional.value() is None and not optional.date().isValid()


def test_month_day_takes_the_year_of_the_fields_date(qtbot):
    field = DateField(dt.date(2013, 6, 1))
    qtbot.addWidget(field)
    _retype(qtbot, field, "12.31")
    assert field.value() == dt.date(2013, 12, 31)


def test_empty_optional_field_takes_the_year_of_today(qtbot):
    field = DateField(None, optional=True, today=lambda: dt.date(2016, 5, 5))
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "2.29")
    assert field.value() == dt.date(2016, 2, 29)


@pytest.mark.parametrize("key", ["F4", "Alt+Down"])
def test_calendar_opens_on_the_fields_date_and_enter_picks(row, qtbot, key):
    _, field, _ = row
    if key == "F4":
        qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    else:
        qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.calendar_popup()
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2014, 10, 28)
    view = QApplication.focusWidget()
    assert calendar.isAncestorOf(view)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.date() == QDate(2014, 10, 29) and field.text() == "2014-10-29"
    assert field.edit.hasFocus()  # typing goes on in the field


def test_escape_closes_the_calendar_without_changing_the_date(row, qtbot):
    _, field, _ = row
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    view = QApplication.focusWidget()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not field.calendar_popup().isVisible()
    assert field.date() == QDate(2014, 10, 28) and field.edit.hasFocus()


def test_the_small_button_opens_the_calendar_and_takes_no_tab_stop(row, qtbot):
    _, field, _ = row
    assert field.button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert field.calendar_popup().isVisible()
    field.calendar_popup().calendar.clicked.emit(QDate(2014, 11, 3))
    assert field.value() == dt.date(2014, 11, 3)


def test_no_form_uses_a_three_stop_date_edit():
    users = [p.relative_to(UI).as_posix() for p in UI.rglob("*.py")
             if re.search(r"QDateEdit\s*[(,]", p.read_text(encoding="utf-8"))]
    assert users == []


def test_the_calendar_offers_only_the_years_a_typed_date_may_name(row, qtbot):
    """Typed dates outside 1900–2100 are refused, so the calendar does not offer them."""
    from models.core.date_text import MAX_YEAR, MIN_YEAR

    _, field, _ = row
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    calendar = field.calendar_popup().calendar
    assert calendar.minimumDate() == QDate(MIN_YEAR, 1, 1)
    assert calendar.maximumDate() == QDate(MAX_YEAR, 12, 31)
    calendar.setSelectedDate(QDate(1850, 1, 1))
    assert calendar.selectedDate() == QDate(MIN_YEAR, 1, 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
