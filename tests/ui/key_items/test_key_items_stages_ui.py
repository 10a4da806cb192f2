"""阶段计划 in the 重点工作 pane: the stages in the item's detail, added, edited and deleted."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

D = dt.date


@pytest.fixture
def pane(key_items_pane):
    return key_items_pane


@pytest.fixture
def boxes(monkeypatch):
    """Every message box recorded; ``boxes.reply`` answers the confirmation question."""

    class Boxes:
        reply = QMessageBox.StandardButton.No

    b = Boxes()
    b.asked, b.warned, b.told = [], [], []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *a, **k: b.asked.append(
        (title, text)) or b.reply)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: b.warned.append(
        (title, text)) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: b.told.append(
        (title, text)) or QMessageBox.StandardButton.Ok)
    return b


def _opened(monkeypatch, qtbot, button):
    from ui.key_items.stage_form import StageForm

    seen = []
    monkeypatch.setattr(StageForm, "exec", lambda self: seen.append(self) or 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1, "the button did not open the stage form"
    qtbot.addWidget(seen[0])
    return seen[0]


def _item(number: int):
    from models.key_items.items import KeyItem, plan_for_year

    return KeyItem.get((KeyItem.plan == plan_for_year(2014).id) & (KeyItem.number == number))


def _cells(pane):
    t = pane.stage_table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _stage_count(item_id):
    from models.key_items.stages import KeyItemStage

    return KeyItemStage.select().where(KeyItemStage.item == item_id).count()


def test_add_edit_and_delete_a_stage_in_the_items_detail(pane, qtbot, type_text, monkeypatch, boxes):
    from models.key_items.stages import KeyItemStage

    item = _item(5)
    before = _stage_count(item.id)
    assert pane.select_item(item.id)
    assert pane.detail.tabText(5) == "阶段计划"
    pane.detail.setCurrentIndex(5)
    assert pane.model.status[item.id].light.value != "red"  # before: not late
    form = _opened(monkeypatch, qtbot, pane.stage_btn)
    assert form.number.value() == before + 1
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert "阶段名称" in form.error.text() and form.result() == 0  # refused, the form stays open
    type_text(form.title_edit, "完成场地平整")
    form.deadline.setDate(QDate(2014, 10, 20))
    form.unit.set_current_id(item.lead_unit_id)
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    assert _stage_count(item.id) == before + 1
    added = [r for r in _cells(pane) if r[1] == "完成场地平整"]
    assert added and added[0][2] == "2014-10-20" and added[0][5] == "● 超期"
    # The item's own light, in the plan table, turned red with its overdue stage.
    assert pane.current_item().id == item.id
    assert pane.model.status[item.id].light.value == "red" and pane.model.status[item.id].overdue_stages

    row = [r[1] for r in _cells(pane)].index("完成场地平整")
    pane.stage_table.selectRow(row)
    form = _opened(monkeypatch, qtbot, pane.edit_stage_btn)
    assert form.title_edit.text() == "完成场地平整"
    form.done_box.setChecked(True)
    form.done_on.setDate(QDate(2014, 10, 18))
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert form.result() == 1, form.error.text()
    edited = [r for r in _cells(pane) if r[1] == "完成场地平整"][0]
    assert edited[4] == "2014-10-18" and edited[5] == "○ 已结"

    row = [r[1] for r in _cells(pane)].index("完成场地平整")
    pane.stage_table.selectRow(row)
    boxes.reply = QMessageBox.StandardButton.No
    qtbot.mouseClick(pane.delete_stage_btn, Qt.MouseButton.LeftButton)
    assert len(boxes.asked) == 1 and "完成场地平整" in boxes.asked[0][1] and "不可撤销" in boxes.asked[0][1]
    assert _stage_count(item.id) == before + 1  # No: nothing deleted
    boxes.reply = QMessageBox.StandardButton.Yes
    pane.stage_table.setFocus()
    pane.stage_table.selectRow(row)
    pane.delete_stage_action.trigger()  # the Delete key's action
    assert len(boxes.asked) == 2 and _stage_count(item.id) == before
    assert not KeyItemStage.select().where(KeyItemStage.title == "完成场地平整").exists()
    assert "完成场地平整" not in [r[1] for r in _cells(pane)]


def test_stage_buttons_without_a_choice_say_what_to_do(pane, qtbot, boxes):
    pane.table.clearSelection()
    pane.table.setCurrentIndex(pane.model.index(-1, -1))
    qtbot.mouseClick(pane.stage_btn, Qt.MouseButton.LeftButton)
    assert boxes.told[-1][1] == "请先在上方的事项表中选择一个事项。"
    qtbot.mouseClick(pane.delete_stage_btn, Qt.MouseButton.LeftButton)
    assert boxes.told[-1][1] == "请先在“阶段计划”表中选择一个阶段。" and boxes.asked == []


def test_a_stage_after_the_items_deadline_is_refused_in_the_form(pane, qtbot, type_text, monkeypatch, boxes):
    item = _item(5)
    pane.select_item(item.id)
    form = _opened(monkeypatch, qtbot, pane.stage_btn)
    type_text(form.title_edit, "收尾")
    form.deadline.setDate(QDate(2015, 3, 1))
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Return)
    assert "晚于事项的完成时限" in form.error.text() and form.result() == 0
