"""Units of an instruction in the 批示件 pane: the 交办 form keeps the co-unit the clerk
chose in the picker, and refuses text that names no unit."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit
from ui.instructions import forms

D = dt.date


@pytest.fixture
def session(db, actor, today):
    from ui.session import Session

    save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))
    save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    save_unit(actor, UnitData("南宁市公安局", "市公安局"))
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    return Session(db.database, actor, today)


@pytest.fixture
def accepted(session, actor):
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 10, 20), leader_name="黄振宇",
                                               text="请市交通运输局牵头研究。", matter="公交线路调整"))
    return wf.accept(actor, ins.id, D(2014, 10, 21))


def unit_id(short):
    return m.Unit.get(m.Unit.short_name == short).id


def pick(qtbot, picker, initials):
    """Type pinyin initials into a unit picker and take the first suggestion (↓, Enter)."""
    qtbot.keyClicks(picker.lineEdit(), initials)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def save(form):
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_co_unit_chosen_but_not_added_is_assigned(session, accepted, qtbot):
    form = forms.AssignForm(session, accepted.id)
    qtbot.addWidget(form)
    form.show()
    pick(qtbot, form.lead, "sjt")
    pick(qtbot, form.co_picker, "szj")
    assert form.co_picker.currentText() == "市住建委" and form.co_list.count() == 0
    save(form)
    assert not form.error.text()
    assert form.result() == form.DialogCode.Accepted
    units = [(a.unit.short_name, a.role) for a in m.assignments_of(accepted.id)]
    assert units == [("市交通运输局", "牵头"), ("市住建委", "协办")]
    assert m.Instruction.get_by_id(accepted.id).unit_names == "市交通运输局、市住建委"


def test_added_co_units_and_the_one_still_in_the_picker_are_all_assigned(session, accepted, qtbot):
    form = forms.AssignForm(session, accepted.id)
    qtbot.addWidget(form)
    form.show()
    form.lead.set_current_id(unit_id("市交通运输局"))
    pick(qtbot, form.co_picker, "sgaj")
    form.add_co.click()
    pick(qtbot, form.co_picker, "szj")
    save(form)
    assert [a.unit.short_name for a in m.assignments_of(accepted.id)] == ["市交通运输局", "市公安局", "市住建委"]


def test_typed_text_that_names_no_unit_refuses_to_save(session, accepted, qtbot, type_text):
    form = forms.AssignForm(session, accepted.id)
    qtbot.addWidget(form)
    form.show()
    form.lead.set_current_id(unit_id("市交通运输局"))
    form.co_picker.lineEdit().setFocus()
    type_text(form.co_picker.lineEdit(), "市住建")
    save(form)
    assert form.isVisible() and form.result() != form.DialogCode.Accepted
    assert "“市住建”不是名录中的单位" in form.error.text()
    assert m.Instruction.get_by_id(accepted.id).state == m.ACCEPTED
    assert not m.assignments_of(accepted.id)


# ---------------------------------------------------------------- 追加 / 更换 in the detail view

@pytest.fixture
def detail(session, accepted, actor, qtbot):
    from ui.instructions.detail import InstructionDetail

    wf.assign(actor, accepted.id, D(2014, 10, 22), [wf.AssignmentSpec(unit_id("市交通运输局"), days=5),
                                                   wf.AssignmentSpec(unit_id("市住建委"), deadline=D(2014, 11, 20))])
    widget = InstructionDetail(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_instruction(accepted.id)
    return widget


class Fill:
    """What the clerk does in the next forms (``append(fn)``); refusals land in ``errors``."""

    def __init__(self, monkeypatch) -> None:
        self.todo: list = []
        self.errors: list[str] = []

        def fake_exec(form):
            self.todo.pop(0)(form)
            form._try_save()
            if form.error.text():
                self.errors.append(form.error.text())
            return form.result()

        monkeypatch.setattr(forms.ActionForm, "exec", fake_exec)

    def append(self, fn) -> None:
        self.todo.append(fn)


@pytest.fixture
def fill(monkeypatch):
    return Fill(monkeypatch)


def answer(monkeypatch, button):
    asked: list[str] = []

    def question(parent, title, text, *a, **k):
        asked.append(text)
        return button
    monkeypatch.setattr(forms.QMessageBox, "question", question)
    return asked


def unit_texts(detail):
    return [detail.units.item(r, 0).text() for r in range(detail.units.rowCount())]


def test_add_unit_from_the_detail_view(detail, qtbot, fill):
    assert {"add_unit", "replace_unit"} <= set(detail.buttons)
    changes = []
    detail.session.changed.connect(changes.append)

    def add(form):
        assert "协办" in form.role.text()
        assert form.preview.text() == "新单位的期限：2014-11-04（5个工作日）"  # like the lead's 交办, from today
        pick(qtbot, form.unit, "sgaj")
        form.reason.setText("涉及交通秩序")
    fill.append(add)
    detail.buttons["add_unit"].click()
    assert not fill.errors and changes == ["instructions"]
    assert unit_texts(detail) == ["南宁市交通运输局", "南宁市住房和城乡建设委员会", "南宁市公安局"]
    a = m.current_assignments(detail.instruction_id)[-1]
    assert (a.unit.short_name, a.is_lead, a.deadline) == ("市公安局", False, D(2014, 11, 4))  # 10-28 + 5


def test_replace_a_unit_from_its_row_menu_after_confirming(detail, qtbot, fill, monkeypatch):
    asked = answer(monkeypatch, forms.QMessageBox.StandardButton.Yes)

    def replace(form):
        assert form.old.currentText().startswith("南宁市交通运输局（牵头")
        assert form.role.text() == "牵头（接替南宁市交通运输局）"
        pick(qtbot, form.unit, "sgaj")
        form.deadline.by_date.setChecked(True)
        form.deadline.deadline.setDate(form.deadline.deadline.date().fromString("2014-11-14", "yyyy-MM-dd"))
        form.reason.setPlainText("交办单位有误，该事项属市公安局职能")
    fill.append(replace)
    menu = detail.unit_menu(0)
    assert [a.text() for a in menu.actions()] == ["追加承办单位…", "更换此单位…"]
    menu.actions()[1].trigger()
    assert not fill.errors
    assert len(asked) == 1 and "确定将牵头单位“南宁市交通运输局”更换为“南宁市公安局”吗" in asked[0]
    ins = m.Instruction.get_by_id(detail.instruction_id)
    assert (ins.state, ins.deadline, ins.unit_names) == (m.ASSIGNED, D(2014, 11, 14), "市公安局、市住建委")
    assert unit_texts(detail)[0] == "（已更换）南宁市交通运输局"
    assert detail.units.item(0, 3).text() == "2014-10-28 更换为市公安局"
    assert "原因：交办单位有误" in detail.units.item(0, 0).toolTip()
    assert "南宁市公安局" in unit_texts(detail)
    # The replaced row offers no 更换 of its own; the others do.
    assert [a.text() for a in detail.unit_menu(0).actions()] == ["追加承办单位…"]


def test_replacing_is_not_done_when_the_clerk_says_no(detail, qtbot, fill, monkeypatch):
    asked = answer(monkeypatch, forms.QMessageBox.StandardButton.No)

    def replace(form):
        pick(qtbot, form.unit, "sgaj")
        form.reason.setPlainText("交办单位有误")
    fill.append(replace)
    detail.buttons["replace_unit"].click()
    assert len(asked) == 1
    assert all(a.replaced_on is None for a in m.assignments_of(detail.instruction_id))
    assert len(m.assignments_of(detail.instruction_id)) == 2


def test_a_new_unit_typed_but_not_chosen_is_refused_before_asking(detail, fill, monkeypatch, type_text):
    asked = answer(monkeypatch, forms.QMessageBox.StandardButton.Yes)

    def replace(form):
        form.unit.lineEdit().setFocus()
        type_text(form.unit.lineEdit(), "公安")
        form.reason.setPlainText("交办单位有误")
    fill.append(replace)
    detail.buttons["replace_unit"].click()
    assert fill.errors == ["“公安”不是名录中的单位：请从下拉建议中选择新承办单位。"]
    assert not asked and len(m.assignments_of(detail.instruction_id)) == 2


def test_no_unit_changes_once_completed(detail, actor):
    for a in m.current_assignments(detail.instruction_id):
        wf.sign(actor, a.id, D(2014, 10, 23), "李志强")
    wf.complete(actor, detail.instruction_id, D(2014, 10, 27), "已办结")
    detail.show_instruction(detail.instruction_id)
    assert not {"add_unit", "replace_unit"} & set(detail.buttons)
    assert detail.unit_menu(0) is None
