"""领导批示件办理情况一览表's data: one leader's instructions with state, units, deadline, light."""
from __future__ import annotations

import datetime as dt

from models.calendar.lights import Light
from models.instructions import records as m
from models.instructions import workflow as wf
from models.overview.leader_sheet import leader_sheet
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

D = dt.date


def test_one_leaders_page(db, actor):
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    unit = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")).id
    other = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委")).id

    def instruction(received, leader="黄振宇", deadline=None, units=(unit,), done=None):
        ins = wf.register(actor, m.InstructionData(level="市", received_on=received, leader_name=leader,
                                                   instructed_on=received, text="请研究处理。", matter=f"{received}事项"))
        if deadline:
            wf.accept(actor, ins.id, received)
            wf.assign(actor, ins.id, received, [wf.AssignmentSpec(u, deadline=deadline) for u in units])
            if done:
                wf.sign(actor, m.assignments_of(ins.id)[0].id, received, "李志强")
                wf.complete(actor, ins.id, done, "已办结。")
        return ins.id

    old_open = instruction(D(2013, 12, 2), deadline=D(2014, 1, 10))  # earlier, still open: on the page
    instruction(D(2013, 12, 3), deadline=D(2013, 12, 20), done=D(2013, 12, 19))  # earlier and done: not
    late = instruction(D(2014, 9, 1), deadline=D(2014, 10, 10), units=(unit, other))
    done = instruction(D(2014, 9, 2), deadline=D(2014, 10, 20), done=D(2014, 10, 15))
    instruction(D(2014, 9, 3), leader="李明", deadline=D(2014, 10, 10))  # another leader's
    sheet = leader_sheet("黄振宇", D(2014, 1, 1), D(2014, 10, 31), D(2014, 10, 28))
    assert (sheet.leader, sheet.post, sheet.level_label) == ("黄振宇", "市委书记", "市委领导")
    assert [r.instruction_id for r in sheet.rows] == [old_open, late, done]
    row = sheet.rows[1]
    assert row.units == "市交通运输局、市住建委" and row.deadline == D(2014, 10, 10)
    assert row.state == "已交办" and row.light is Light.RED and row.instructed_on == D(2014, 9, 1)
    assert sheet.rows[2].light is Light.GREY and sheet.rows[2].completed_on == D(2014, 10, 15)
    assert (sheet.total, sheet.completed, sheet.open, sheet.overdue) == (3, 1, 2, 2)
    assert leader_sheet("王五", D(2014, 1, 1), D(2014, 10, 31), D(2014, 10, 28)).rows == []


def test_a_matter_not_yet_assigned_has_no_light_and_counts_apart(db, actor):
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    unit = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")).id
    waiting = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 5, 20), leader_name="黄振宇",
                                                   instructed_on=D(2014, 5, 20), text="请研究。", matter="甲"))
    taken_up = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 5, 21), leader_name="黄振宇",
                                                    instructed_on=D(2014, 5, 21), text="请研究。", matter="乙"))
    wf.accept(actor, taken_up.id, D(2014, 5, 21))
    assigned = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 5, 1), leader_name="黄振宇",
                                                    instructed_on=D(2014, 5, 1), text="请研究。", matter="丙"))
    wf.accept(actor, assigned.id, D(2014, 5, 1))
    wf.assign(actor, assigned.id, D(2014, 5, 1), [wf.AssignmentSpec(unit, deadline=D(2014, 12, 31))])
    sheet = leader_sheet("黄振宇", D(2014, 1, 1), D(2014, 10, 31), D(2014, 10, 28))
    by_id = {r.instruction_id: r for r in sheet.rows}
    assert by_id[waiting.id].light is None and by_id[taken_up.id].light is None
    assert by_id[assigned.id].light is Light.GREEN
    assert (sheet.open, sheet.unassigned) == (1, 2)
    # by number, not by the day received (丙 was received first but numbered last)
    assert [r.instruction_id for r in sheet.rows] == [waiting.id, taken_up.id, assigned.id]
