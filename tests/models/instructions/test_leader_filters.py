"""The queue's leader filters (批示领导, 分管领导) in SQL, and the units' and key items' 分管领导."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.errors import WorkflowError
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

D = dt.date


@pytest.fixture
def office(db, actor):
    """黄 oversees 市交通运输局; 李 oversees 市住建委. Three matters: 黄's (交通, overdue),
    李's (住建委, later replaced by 交通), 李's (交通 lead + 住建委)."""
    huang = save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    li = save_leader(actor, LeaderData("李明", "市委副书记", "市"))
    traffic = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局", overseer="黄振宇"))
    housing = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委", overseer="李明"))
    ids = []
    for leader, units, deadline in (("黄振宇", [traffic.id], D(2014, 10, 20)),
                                    ("李明", [housing.id], D(2014, 11, 20)),
                                    ("李明", [traffic.id, housing.id], D(2014, 11, 25))):
        ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name=leader,
                                                   text="请研究处理。", matter=f"事项{len(ids) + 1}"))
        wf.accept(actor, ins.id, D(2014, 9, 2))
        wf.assign(actor, ins.id, D(2014, 9, 3), [wf.AssignmentSpec(u, deadline=deadline) for u in units])
        ids.append(ins.id)
    return {"huang": huang.id, "li": li.id, "traffic": traffic.id, "housing": housing.id, "ids": ids}


def page(who, tab="all", text=""):
    today = D(2014, 10, 28)
    return [r[0] for r in m.queue_page(tab, text, today, today, 0, 100, who)]


def counts(who, text=""):
    today = D(2014, 10, 28)
    return m.queue_count_all(text, today, today, who)


def test_by_instructing_leader(office):
    a, b, c = office["ids"]
    assert page(m.LeaderFilter(leader="李明")) == [b, c]
    assert counts(m.LeaderFilter(leader="李明"))["all"] == 2
    assert counts(m.LeaderFilter(leader="黄振宇"))["overdue"] == 1
    assert m.leader_names() == ["李明", "黄振宇"]


def test_by_overseeing_leader_follows_the_units_handling_it_now(office, actor):
    a, b, c = office["ids"]
    huang = m.LeaderFilter(overseer_id=office["huang"])
    assert page(huang) == [a, c]
    assert page(huang, "overdue") == [a] and counts(huang)["overdue"] == 1
    assert page(m.LeaderFilter(overseer_id=office["li"])) == [b, c]
    # 更换: 住建委 taken off matter b, 交通运输局 takes it over — b moves to 黄's areas.
    old = m.current_assignments(b)[0]
    wf.replace_unit(actor, old.id, D(2014, 10, 1), wf.AssignmentSpec(office["traffic"], deadline=D(2014, 11, 20)),
                    "调整分工")
    assert page(huang) == [a, b, c]
    assert page(m.LeaderFilter(overseer_id=office["li"])) == [c]


def test_both_filters_and_text_combine(office):
    a, b, c = office["ids"]
    both = m.LeaderFilter(leader="李明", overseer_id=office["huang"])
    assert page(both) == [c] and counts(both)["all"] == 1
    assert page(both, text="事项3") == [c] and page(both, text="事项2") == []
    assert counts(both, text="事项2")["all"] == 0
    assert page(m.NO_FILTER) == [a, b, c] and not m.NO_FILTER


def test_unit_overseer_must_be_a_known_leader(office, actor):
    from models.reference.directory import Unit

    assert Unit.get_by_id(office["traffic"]).overseer_id == office["huang"]
    with pytest.raises(WorkflowError, match="不在领导名单中"):
        save_unit(actor, UnitData("南宁市水利局", "市水利局", overseer="王五"))
    unit = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"), office["traffic"])
    assert unit.overseer_id is None


def test_leader_filters_read_through_their_indexes(office):
    from models.core.db import database

    today = D(2014, 10, 28)
    who = m.LeaderFilter(leader="李明")
    q, args = m._bind("SELECT state, COUNT(*) FROM instruction WHERE " + " AND ".join(who.conditions()) + " GROUP BY state",
                      m._params(today, today, "", who))
    plan = " ".join(r[-1] for r in database().execute_sql("EXPLAIN QUERY PLAN " + q, args).fetchall())
    assert "instruction_leader_counts" in plan
    who = m.LeaderFilter(overseer_id=office["huang"])
    q, args = m._bind(f"SELECT id FROM instruction WHERE {m._where('all', '', who)}", m._params(today, today, "", who))
    plan = " ".join(r[-1] for r in database().execute_sql("EXPLAIN QUERY PLAN " + q, args).fetchall())
    assert "instruction_assignment_current" in plan and "SCAN instruction" not in plan


def test_figures_by_leader_add_up_to_the_office_total(demo_db):
    from models.core.figures import collect

    figs = collect(D(2014, 1, 1), D(2014, 10, 31), D(2014, 10, 28), ["instructions", "instructions_by_leader"])
    total, leaders = figs["instructions"]["all"], figs["instructions_by_leader"]
    assert len(leaders) > 3
    for key in ("received", "registered", "completed", "due", "completed_on_time", "overdue", "reminders"):
        assert sum(f[key] for f in leaders.values()) == total[key], key
    dues = [f["due"] for f in leaders.values()]
    assert dues == sorted(dues, reverse=True)


def test_an_instruction_without_a_leader_is_named_so(office, actor):
    from models.instructions.figures import NO_LEADER, instruction_figures_by_leader

    wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 5), text="请阅。"))
    out = instruction_figures_by_leader(D(2014, 9, 1), D(2014, 9, 30), D(2014, 10, 28))
    assert out[NO_LEADER]["received"] == 1 and out["李明"]["received"] == 2 and out["黄振宇"]["received"] == 1
