"""Units of an instruction in the 批示件 pane: the 交办 form keeps the co-unit the clerk
chose in the picker, and refuses text that names no unit."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models import instruction_workflow as wf
from models import instructions as m
from models.reference import LeaderData, UnitData, save_leader, save_unit
from ui import instruction_forms as forms

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
