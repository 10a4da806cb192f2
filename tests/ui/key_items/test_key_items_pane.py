"""The 重点工作 pane with qtbot: create an item through the form, filter, open from the calendar."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def session(key_items_session):
    return key_items_session


@pytest.fixture
def pane(key_items_pane):
    return key_items_pane


def test_table_shows_the_plan_with_lights(pane):
    assert pane.model.rowCount() == 22
    headers = [pane.model.headerData(i, Qt.Orientation.Horizontal) for i in range(pane.model.columnCount())]
    assert headers[:3] == ["序号", "红绿灯", "工作事项"]
    lights = {pane.model.data(pane.model.index(r, 1)) for r in range(22)}
    assert {"● 超期", "▲ 临期", "■ 正常", "○ 已结"} <= lights


def test_filter_as_you_type_on_title_and_units(pane, qtbot):
    pane.search.setText("跨江")
    assert [r.number for r in pane.model.rows] == [2]
    pane.search.clear()
    pane.search.setText("园林局")  # a unit: lead of 3 (市市政园林局) or responsible
    assert {3, 20} <= {r.number for r in pane.model.rows}
    pane.search.setText("没有这种事项")
    assert pane.model.rowCount() == 0 and "显示 0 项" in pane.count_label.text()


def test_sort_by_deadline_and_light(pane):
    col = [c[0] for c in pane.model.columns].index("deadline")
    pane.model.sort(col, Qt.SortOrder.AscendingOrder)
    deadlines = [r.deadline for r in pane.model.rows]
    assert deadlines == sorted(deadlines)
    pane.model.sort(1, Qt.SortOrder.AscendingOrder)
    ranks = [pane.model.status[r.id].light.rank for r in pane.model.rows]
    assert ranks == sorted(ranks)


def test_create_item_through_the_form(pane, qtbot, monkeypatch):
    from models.key_items.items import KeyItem
    from ui.key_items.item_form import KeyItemForm

    seen = []
    monkeypatch.setattr(KeyItemForm, "exec", lambda self: seen.append(self) or 0)
    qtbot.keyClick(pane.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = seen[0]
    assert form.number.value() == 23
    form.title_edit.setText("南宁东站综合交通枢纽配套")  # QTest cannot type Chinese characters
    form._try_save()
    assert "牵头单位" in form.error.text()  # lead unit required
    form.lead.setCurrentText("市交通运输局")
    form.deadline.setDate(form.deadline.date().addYears(-1))
    form._try_save()
    assert "早于计划开始日期" in form.error.text()
    form.deadline.setDate(form.deadline.date().addYears(1))
    form.number.setValue(2)
    form._try_save()
    assert "已有第2项" in form.error.text()
    form.number.setValue(23)
    form.checks.setText("每季度、2014-11-20")
    form._try_save()
    assert form.result() == 1
    item = KeyItem.get(KeyItem.number == 23)
    assert item.title == "南宁东站综合交通枢纽配套" and item.quarterly
    assert pane.model.rowCount() == 23  # the pane refreshed through session.changed


def test_esc_asks_before_dropping_typed_text(pane, qtbot, monkeypatch):
    from ui.key_items.item_form import KeyItemForm

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Cancel)
    form = KeyItemForm(pane.session, pane.plan(), None, pane)
    qtbot.addWidget(form)
    form.title_edit.setText("半截")
    form.title_edit.textEdited.emit("半截")
    form.reject()
    assert asked == [1] and form.result() == 0


def test_columns_chosen_by_user_are_saved(pane, session, qtbot):
    from ui.key_items.pane import Pane

    pane._column_actions["units"].setChecked(False)
    pane._column_actions["source"].setChecked(True)
    keys = [c[0] for c in pane.model.columns]
    assert "units" not in keys and "source" in keys
    again = Pane(session)
    qtbot.addWidget(again)
    assert [c[0] for c in again.model.columns] == keys


def test_open_record_selects_the_item_even_when_filtered_out(pane):
    from models.key_items.items import KeyItem

    pane.search.setText("跨江")
    target = KeyItem.get(KeyItem.number == 13)
    pane.open_record("key_item", target.id)
    assert pane.current_item().id == target.id
    assert pane.progress_table.rowCount() > 0 and pane.state_table.rowCount() == 2


def test_state_change_through_form(pane, monkeypatch):
    from models.key_items.items import KeyItem, state_history
    from ui.key_items.item_form import StateForm

    target = KeyItem.get(KeyItem.number == 6)
    pane.open_record("key_item", target.id)
    monkeypatch.setattr(StateForm, "exec", lambda self: self._try_save() or 1)
    pane.change_state()
    assert KeyItem.get_by_id(target.id).state == "已完成"
    assert state_history(target.id)[-1].day == dt.date(2014, 10, 28)
    assert pane.model.status[target.id].light.value == "grey"


def test_import_preview_refuses_bad_file(pane, tmp_path, monkeypatch):
    import openpyxl

    from models.key_items.items import KeyItem
    from ui.key_items.plan_io import ImportPreview

    wb = openpyxl.Workbook()
    wb.active.append(["序号", "工作事项", "牵头单位", "完成时限"])
    wb.active.append([30, "新事项", "市不存在局", "2014-12-31"])
    wb.save(tmp_path / "bad.xlsx")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(ImportPreview, "exec", lambda self: shown.append(self) or 1)
    before = KeyItem.select().count()
    pane.import_plan(str(tmp_path / "bad.xlsx"))
    assert not shown[0].ok_button.isEnabled() and shown[0].errors.rowCount() == 1
    assert KeyItem.select().count() == before


def test_overseer_filter_selects_items_the_leader_oversees(pane, actor):
    from models.core.db import database
    from models.core.workflow import update
    from models.key_items.items import KeyItem, KeyItemUnit
    from models.reference.directory import Leader, Unit

    leader = Leader.select().order_by(Leader.id).first()
    items = {i.number: i for i in KeyItem.select()}
    unit = Unit.get_by_id(items[1].lead_unit_id)
    with database().atomic():
        update(actor, unit, None, "分管", overseer_id=leader.id)
        update(actor, items[5], None, "分管", overseer_id=leader.id)
    expected = {i.number for i in items.values() if i.lead_unit_id == unit.id} | {5} | {
        i.number for i in KeyItem.select().join(KeyItemUnit).where(KeyItemUnit.unit == unit.id)}
    pane.reload_years()
    pane.overseer_box.setCurrentIndex(pane.overseer_box.findData(leader.id))
    assert {r.number for r in pane.model.rows} == expected and 1 < len(expected) < 22
    pane.overseer_box.setCurrentIndex(0)
    assert pane.model.rowCount() == 22


def test_item_form_records_the_overseer(pane, monkeypatch):
    from models.key_items.items import KeyItem
    from models.reference.directory import Leader
    from ui.key_items.item_form import KeyItemForm

    leader = Leader.select().order_by(Leader.id).first()
    item = KeyItem.select().where(KeyItem.number == 3).get()
    form = KeyItemForm(pane.session, pane.plan(), item, pane)
    assert form.overseer.current_id() is None
    form.overseer.set_current_id(leader.id)
    form.save()
    assert KeyItem.get_by_id(item.id).overseer_id == leader.id
    form = KeyItemForm(pane.session, pane.plan(), KeyItem.get_by_id(item.id), pane)
    assert form.overseer.current_id() == leader.id
    form.deleteLater()
