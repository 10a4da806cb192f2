"""绩效考评: the scheme as data, scoring as a pure function, locked quarters."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.core.errors import PermissionDenied, WorkflowError
from models.overview import evaluation as ev

D = dt.date


# ---- pure scoring ------------------------------------------------------------------------

def _e(unit, event, rid=1, day=D(2014, 8, 1)):
    return ev.Event(unit, event, "instruction", rid, f"{event} {rid}", day)


def test_points_times_weight_plus_base_with_breakdown():
    scheme = ev.Scheme(2014, 100, (ev.Rule("instruction_on_time", "按期办结", 3, weight=1.5),
                                   ev.Rule("reminder", "被催办", -1)))
    scores = ev.score_units([_e("甲", "instruction_on_time", 1), _e("甲", "instruction_on_time", 2),
                             _e("甲", "reminder", 3), _e("乙", "reminder", 4)], scheme)
    a, b = scores
    assert (a.unit, a.total, a.rank) == ("甲", 108.0, 1)  # 100 + 2×3×1.5 − 1
    assert [(ln.label, ln.count, ln.amount) for ln in a.lines] == [("按期办结", 2, 9.0), ("被催办", 1, -1.0)]
    assert [e.record_id for e in a.line("instruction_on_time").events] == [1, 2]
    assert (b.unit, b.total, b.rank) == ("乙", 99.0, 2)


def test_cap_limits_one_rule_and_says_so():
    scheme = ev.Scheme(2014, 100, (ev.Rule("reminder", "被催办", -1, cap=3),))
    (s,) = ev.score_units([_e("甲", "reminder", i) for i in range(5)], scheme)
    assert s.total == 97.0 and s.lines[0].capped and s.lines[0].count == 5


def test_ties_share_a_rank_and_units_without_events_keep_the_base():
    scheme = ev.Scheme(2014, 90, (ev.Rule("criticism", "通报批评", -5),))
    scores = ev.score_units([_e("丙", "criticism")], scheme, units=["甲", "乙", "丙"])
    # Equal totals: same rank, listed by name (code-point order); the next rank skips.
    assert [(s.unit, s.total, s.rank) for s in scores] == [("乙", 90, 1), ("甲", 90, 1), ("丙", 85, 3)]


def test_inactive_or_absent_rules_count_for_nothing():
    scheme = ev.Scheme(2014, 100, (ev.Rule("reminder", "被催办", -1, active=False),))
    (s,) = ev.score_units([_e("甲", "reminder"), _e("甲", "criticism")], scheme)
    assert s.total == 100 and s.lines == []


def test_scheme_checks():
    ok = list(ev.DEFAULT_RULES)
    ev.check_rules(ok, 100)
    with pytest.raises(WorkflowError, match="重复"):
        ev.check_rules(ok + [ok[0]], 100)
    with pytest.raises(WorkflowError, match="未知"):
        ev.check_rules([ev.Rule("bogus", "x", 1)], 100)
    with pytest.raises(WorkflowError, match="权重"):
        ev.check_rules([dataclasses.replace(ok[0], weight=-1)], 100)
    with pytest.raises(WorkflowError, match="基础分"):
        ev.check_rules(ok, -5)


def test_parse_quarter():
    assert ev.parse_quarter("2014Q3") == (2014, 3)
    assert ev.parse_quarter("2014-q1") == (2014, 1)
    assert ev.parse_quarter("2014年第4季度") == (2014, 4)
    for bad in ("2014Q5", "Q3", "2014"):
        with pytest.raises(WorkflowError):
            ev.parse_quarter(bad)


def test_snapshot_round_trip():
    scheme = ev.Scheme(2014, 100, ev.DEFAULT_RULES)
    result = ev.QuarterResult(2014, 3, scheme, ev.score_units([_e("甲", "reminder")], scheme), computed_on=D(2014, 10, 28))
    back = ev.result_from_json(ev.result_to_json(result))
    assert back.scores[0].lines[0].events[0] == result.scores[0].lines[0].events[0]
    assert back.scores[0].total == result.scores[0].total and back.scheme.rules == scheme.rules


# ---- with a database ------------------------------------------------------------------------

@pytest.fixture
def office(db, actor):
    """Two units, a 2014 plan with one item, and one instruction due in Q3 done on time."""
    from models.instructions import records as m
    from models.instructions import workflow as wf
    from models.key_items.items import ItemData, save_item, save_plan
    from models.key_items.progress import ProgressData, save_progress
    from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

    u1 = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")).id
    u2 = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委")).id
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    plan = save_plan(actor, 2014)
    item = save_item(actor, plan.id, ItemData(1, "7座跨江桥梁建设", u2, unit_ids=[u1], deadline=D(2014, 12, 31)))
    save_progress(actor, ProgressData(item.id, u2, 2014, 3, D(2014, 9, 28), done="推进", assessment="按进度"))
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 8, 1), leader_name="黄振宇",
                                               text="请市交通运输局研究处理。", matter="公交线路调整"))
    wf.accept(actor, ins.id, D(2014, 8, 2))
    wf.assign(actor, ins.id, D(2014, 8, 4), [wf.AssignmentSpec(u1, deadline=D(2014, 9, 15))])
    a = m.assignments_of(ins.id)[0]
    wf.sign(actor, a.id, D(2014, 8, 5), "李志强")
    wf.remind(actor, a.id, D(2014, 9, 10), "电话")
    wf.complete(actor, ins.id, D(2014, 9, 12), "已调整。")
    return {"u1": u1, "u2": u2, "item": item, "instruction": ins.id, "assignment": a.id}


def test_quarter_scores_from_the_records(office, today):
    r = ev.compute_quarter(2014, 3, today)
    by = {s.unit: s for s in r.scores}
    assert by["市交通运输局"].total == 100 + 3 - 1 - 2
    assert by["市交通运输局"].line("instruction_on_time").events[0].record_id == office["instruction"]
    # The responsible unit did not report for Q3 (due 2014-10-13): deducted.
    assert by["市交通运输局"].line("key_report_missing").count == 1
    assert by["市住建委"].total == 102


def test_locked_quarter_is_unchanged_by_later_edits_and_unlock_is_audited(office, actor, today):
    from models.core.audit import AuditLog
    from models.key_items.progress import KeyProgress, assess_progress

    locked = ev.lock_quarter(actor, 2014, 3, today)
    before = {s.unit: s.total for s in locked.scores}
    assert locked.locked and locked.locked_by == actor.name
    # Later edits: the Q3 report reassessed as behind, and a changed scheme.
    assess_progress(actor, KeyProgress.get().id, "严重滞后")
    assert ev.compute_quarter(2014, 3, today).scores != locked.scores
    ev.save_scheme(actor, 2014, 50, [dataclasses.replace(r, points=r.points * 2) for r in ev.DEFAULT_RULES])
    assert {s.unit: s.total for s in ev.compute_quarter(2014, 3, today).scores} != before
    again = ev.quarter_result(2014, 3, today)
    assert again.locked and {s.unit: s.total for s in again.scores} == before
    assert again.scheme.base_score == 100
    with pytest.raises(WorkflowError, match="已锁定"):
        ev.lock_quarter(actor, 2014, 3, today)
    with pytest.raises(WorkflowError, match="原因"):
        ev.unlock_quarter(actor, 2014, 3, " ")
    ev.unlock_quarter(actor, 2014, 3, "补录第三季度进展后重新考评")
    row = AuditLog.select().where(AuditLog.table_name == "eval_lock").order_by(AuditLog.id.desc()).first()
    assert row.action == "delete" and "补录第三季度进展后重新考评" in row.summary
    assert '"snapshot"' in row.before  # the unlocked result is kept in the audit trail
    live = ev.quarter_result(2014, 3, today)
    assert not live.locked and live.scheme.base_score == 50


def test_unlock_needs_an_administrator(office, actor, clerk, today):
    ev.lock_quarter(clerk, 2014, 3, today)
    with pytest.raises(PermissionDenied):
        ev.unlock_quarter(clerk, 2014, 3, "重算")
    assert ev.locked_quarters() == [(2014, 3)]


def test_a_quarter_not_ended_cannot_be_locked(office, actor, today):
    with pytest.raises(WorkflowError, match="尚未结束"):
        ev.lock_quarter(actor, 2014, 4, today)


def test_scheme_is_kept_per_year_and_carries_forward(db, actor):
    assert not ev.scheme_for(2014).stored and ev.scheme_for(2014).rules == ev.DEFAULT_RULES
    rules = [dataclasses.replace(r, weight=2.0) if r.event == "criticism" else r for r in ev.DEFAULT_RULES[:-1]]
    rules.append(dataclasses.replace(ev.DEFAULT_RULES[-1], weight=2.0))
    saved = ev.save_scheme(actor, 2014, 100, rules)
    assert saved.stored and saved.rules[-1].weight == 2.0
    assert ev.scheme_for(2015).base_score == 100 and not ev.scheme_for(2015).stored
    assert ev.scheme_for(2015).rules[-1].weight == 2.0
    assert ev.scheme_for(2013).rules == ev.DEFAULT_RULES
    ev.save_scheme(actor, 2014, 100, rules[:3])
    assert [r.event for r in ev.scheme_for(2014).rules] == [r.event for r in rules[:3]]


def test_scheme_changes_need_an_administrator(db, clerk):
    with pytest.raises(PermissionDenied):
        ev.save_scheme(clerk, 2014, 100, list(ev.DEFAULT_RULES))
