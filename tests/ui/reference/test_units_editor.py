"""The units editor driven with qtbot: add, search by pinyin, edit, deactivate."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.reference import directory as reference
from ui.reference.editors import UnitForm, UnitsEditor
from ui.session import Session


@pytest.fixture
def session(db, db_path, today):
    return Session(db_path, today=today)


def _fill_and_save(qtbot, type_text, form, **fields):
    for attr, text in fields.items():
        widget = getattr(form, attr)
        widget.clear()
        type_text(widget, text)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)


def test_add_unit_through_the_form(qtbot, type_text, session, monkeypatch):
    editor = UnitsEditor(session)
    qtbot.addWidget(editor)

    def run_form(form):
        _fill_and_save(qtbot, type_text, form, name="南宁市住房和城乡建设委员会", short="市住建委", phone="0771-5555555")
        return form.result() if form.result_value else 0

    monkeypatch.setattr(UnitForm, "exec", run_form)
    editor.add()
    unit = reference.Unit.get(reference.Unit.name == "南宁市住房和城乡建设委员会")
    assert unit.short_name == "市住建委" and unit.phone == "0771-5555555"
    assert editor.model.rowCount() == 1


def test_form_refuses_duplicate_and_stays_open(qtbot, type_text, session, actor):
    reference.save_unit(actor, reference.UnitData("南宁市教育局"))
    form = UnitForm(session)
    qtbot.addWidget(form)
    form.show()
    _fill_and_save(qtbot, type_text, form, name="南宁市教育局")
    assert form.isVisible()
    assert "已有名为" in form.error.text()
    assert reference.Unit.select().count() == 1


def test_escape_asks_before_discarding_typed_text(qtbot, type_text, session, monkeypatch):
    form = UnitForm(session)
    qtbot.addWidget(form)
    form.show()
    type_text(form.name, "市水利局")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert asked and form.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert reference.Unit.select().count() == 0


def test_search_by_pinyin_sort_and_deactivate(qtbot, session, actor, monkeypatch):
    for name, short in [("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市教育局", "市教育局"),
                        ("南宁市财政局", "市财政局")]:
        reference.save_unit(actor, reference.UnitData(name, short))
    editor = UnitsEditor(session)
    qtbot.addWidget(editor)
    assert editor.model.rowCount() == 3
    qtbot.keyClicks(editor.search, "szj")
    assert editor.model.rowCount() == 1
    assert editor.model.record(0).short_name == "市住建委"
    editor.search.clear()
    editor.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    shorts = [editor.model.record(i).short_name for i in range(3)]
    assert shorts == ["市住建委", "市教育局", "市财政局"]  # pinyin order: zhu > jiao > cai
    editor.table.selectRow(editor.model.row_of(lambda u: u.short_name == "市教育局"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(session.changed):
        editor.toggle_active()
    assert not reference.Unit.get(reference.Unit.short_name == "市教育局").active
    assert editor.model.rowCount() == 2
    editor.show_inactive.setChecked(True)
    assert editor.model.rowCount() == 3


def test_unit_picker_completes_on_pinyin(qtbot, session, actor):
    from ui.widgets.pickers import UnitPicker

    reference.save_unit(actor, reference.UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    reference.save_unit(actor, reference.UnitData("南宁市教育局", "市教育局"))
    picker = UnitPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.lineEdit(), "szj")
    model = picker.completer().completionModel()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "市住建委"
    picker.setEditText("市住建委")
    assert picker.current_id() == reference.Unit.get(reference.Unit.short_name == "市住建委").id


def test_overseeing_leader_is_chosen_in_the_form_and_shown_in_the_list(qtbot, session, actor, monkeypatch):
    leader = reference.save_leader(actor, reference.LeaderData("黄振宇", "市委书记", "市"))
    unit = reference.save_unit(actor, reference.UnitData("南宁市交通运输局", "市交通运输局"))
    editor = UnitsEditor(session)
    qtbot.addWidget(editor)

    def run_form(form):
        assert form.overseer.current_id() is None
        form.overseer.set_current_id(leader.id)
        form._try_save()
        return form.result()

    monkeypatch.setattr(UnitForm, "exec", run_form)
    editor._select(unit.id)
    editor.edit()
    assert reference.Unit.get_by_id(unit.id).overseer_id == leader.id
    column = [editor.model.headerData(c, Qt.Orientation.Horizontal) for c in range(editor.model.columnCount())]
    assert editor.model.data(editor.model.index(0, column.index("分管领导"))) == "黄振宇"
    form = UnitForm(session, reference.Unit.get_by_id(unit.id))
    qtbot.addWidget(form)
    assert form.overseer.current_id() == leader.id


def test_a_renamed_leader_shows_in_the_units_list(qtbot, session, actor):
    from ui.session import Change

    leader = reference.save_leader(actor, reference.LeaderData("黄振宇", "市委书记", "市"))
    reference.save_unit(actor, reference.UnitData("南宁市交通运输局", "市交通运输局", overseer="黄振宇"))
    editor = UnitsEditor(session)
    qtbot.addWidget(editor)
    column = [editor.model.headerData(c, Qt.Orientation.Horizontal) for c in range(editor.model.columnCount())]
    cell = editor.model.index(0, column.index("分管领导"))
    assert editor.model.data(cell) == "黄振宇"
    reference.save_leader(actor, reference.LeaderData("黄振华", "市委书记", "市"), leader.id)
    session.notify(Change.LEADERS)
    assert editor.model.data(editor.model.index(0, column.index("分管领导"))) == "黄振华"
