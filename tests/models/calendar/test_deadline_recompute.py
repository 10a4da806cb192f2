"""Entering next year's calendar re-dates provisional deadlines in every area."""
from __future__ import annotations

import datetime as dt

from models.calendar import store as calendar_store
from models.calendar.provisional import recompute_provisional
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

D = dt.date


def _assigned_over_new_year(actor):
    lead = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))
    co = save_unit(actor, UnitData("南宁市水利局", "市水利局"))
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2026, 12, 28), leader_name="黄振宇",
                                               text="请抓紧办理。", matter="跨年事项"))
    wf.accept(actor, ins.id, D(2026, 12, 29))
    # Lead: 5 working days from 30 Dec 2026, into 2027 (not entered) → provisional.
    # Co-unit: a fixed date, never recomputed.
    return wf.assign(actor, ins.id, D(2026, 12, 30), [wf.AssignmentSpec(lead.id, days=5),
                                                     wf.AssignmentSpec(co.id, deadline=D(2027, 1, 15))])


def test_instruction_deadlines_are_recomputed_once_the_year_is_entered(db, actor):
    ins = _assigned_over_new_year(actor)
    lead = m.Assignment.get((m.Assignment.instruction == ins.id) & (m.Assignment.is_lead == True))  # noqa: E712
    assert (lead.deadline, lead.provisional) == (D(2027, 1, 6), True)
    assert m.Instruction.get_by_id(ins.id).deadline_provisional
    calendar_store.import_calendar(actor, [calendar_store.DayEntry(D(2027, 1, 1), False, "元旦")], [2027])
    assert recompute_provisional(actor, D(2027, 1, 2)) == {"key_items": 0, "instructions": 1}
    lead = m.Assignment.get_by_id(lead.id)
    fresh = m.Instruction.get_by_id(ins.id)
    assert (lead.deadline, lead.provisional) == (D(2027, 1, 7), False)
    assert (fresh.deadline, fresh.deadline_provisional) == (D(2027, 1, 7), False)
    events = [e.kind for e in m.InstructionEvent.select().where(m.InstructionEvent.instruction == ins.id)]
    assert "时限重算" in events
    assert recompute_provisional(actor, D(2027, 1, 2)) == {"key_items": 0, "instructions": 0}


def test_a_deadline_set_by_a_person_is_not_recomputed(db, actor):
    ins = _assigned_over_new_year(actor)
    lead = m.Assignment.get((m.Assignment.instruction == ins.id) & (m.Assignment.is_lead == True))  # noqa: E712
    # As an approved extension would: the deadline no longer equals the computed one.
    m.Assignment.update(deadline=D(2027, 1, 20)).where(m.Assignment.id == lead.id).execute()
    calendar_store.import_calendar(actor, [calendar_store.DayEntry(D(2027, 1, 1), False, "元旦")], [2027])
    assert recompute_provisional(actor, D(2027, 1, 2))["instructions"] == 0
    assert m.Assignment.get_by_id(lead.id).deadline == D(2027, 1, 20)
