"""工作台 content: what is overdue, due this week, waiting, and the warnings."""
from __future__ import annotations

import datetime as dt

import pytest

from models.calendar.lights import Light
from models.overview import dashboard as dash

D = dt.date


@pytest.fixture
def office(db, actor):
    from models.instructions import records as m
    from models.instructions import workflow as wf
    from models.key_items.items import ItemData, save_item, save_plan
    from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

    u1 = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")).id
    u2 = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委")).id
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    plan = save_plan(actor, 2014)
    late_item = save_item(actor, plan.id, ItemData(1, "机场配套道路", u1, deadline=D(2014, 10, 20)))
    soon_item = save_item(actor, plan.id, ItemData(2, "7座跨江桥梁建设", u2, deadline=D(2014, 10, 31)))
    save_item(actor, plan.id, ItemData(3, "标准厂房", u2, deadline=D(2014, 11, 30)))

    def instruction(matter, deadline, sign=True):
        ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name="黄振宇",
                                                   text="请研究处理。", matter=matter))
        wf.accept(actor, ins.id, D(2014, 9, 2))
        wf.assign(actor, ins.id, D(2014, 9, 3), [wf.AssignmentSpec(u1, deadline=deadline)])
        if sign:
            wf.sign(actor, m.assignments_of(ins.id)[0].id, D(2014, 9, 4), "李志强")
        return ins.id

    return {"late_item": late_item.id, "soon_item": soon_item.id,
            "late": instruction("公交线路调整", D(2014, 10, 24)),
            "soon": instruction("停车难治理", D(2014, 10, 29)),
            "later": instruction("学校周边整治", D(2014, 11, 20))}


def test_overdue_and_due_this_week_with_lights(office, today):
    board = dash.build_dashboard(today)
    assert [(e.record_type, e.record_id) for e in board.overdue] == [
        ("key_item", office["late_item"]), ("instruction", office["late"])]
    assert all(e.light is Light.RED for e in board.overdue)
    assert board.overdue[1].days == 4  # 10-24 → 10-28
    assert [(e.record_type, e.record_id) for e in board.due_this_week] == [
        ("instruction", office["soon"]), ("key_item", office["soon_item"])]
    # The key item is red though its deadline is ahead: its Q3 report (due 10-13) is missing.
    assert [e.light for e in board.due_this_week] == [Light.YELLOW, Light.RED]
    assert {(m.item_id, m.quarter) for m in board.reports_missing} >= {(office["soon_item"], 3)}


def test_a_key_item_late_by_an_open_stage_is_overdue_once_with_lateness_in_working_days(office, actor, today):
    from models.key_items.items import KeyItem
    from models.key_items.stages import StageData, save_stage

    later = KeyItem.get(KeyItem.number == 3).id  # its own deadline 11-30 is far
    u = KeyItem.get_by_id(later).lead_unit_id
    save_stage(actor, later, StageData("完成征地拆迁", D(2014, 10, 10), u, done_on=D(2014, 10, 9)))
    save_stage(actor, later, StageData("管线迁改完成", D(2014, 10, 15), u))
    save_stage(actor, later, StageData("主体开工", D(2014, 10, 20), u))
    # An item already past its own deadline keeps its one line, though a stage is late too.
    save_stage(actor, office["late_item"], StageData("路基完成", D(2014, 10, 10), u))
    board = dash.build_dashboard(today)
    assert [(e.record_id, e.deadline, e.stage, e.stage_title) for e in board.overdue if e.record_type == "key_item"] == [
        (later, D(2014, 10, 15), 2, "管线迁改完成"), (office["late_item"], D(2014, 10, 20), None, "")]
    assert board.overdue[0].light is Light.RED
    assert board.counts()["overdue_key_items"] == 2
    # 10-15 → 10-28: nine working days (thirteen calendar days); the instruction 10-24 → 10-28: two.
    assert (board.overdue[0].late_workdays, board.overdue[0].days) == (9, 13)
    assert [e.late_workdays for e in board.overdue if (e.record_type, e.record_id) == ("instruction", office["late"])] == [2]
    assert later not in [e.record_id for e in board.due_this_week if e.record_type == "key_item"]


def test_completing_an_instruction_moves_it_to_reviews_waiting(office, actor, today):
    from models.instructions import workflow as wf

    wf.complete(actor, office["late"], today, "已办结。")
    board = dash.build_dashboard(today)
    assert ("instruction", office["late"]) not in [(e.record_type, e.record_id) for e in board.overdue]
    assert [e.record_id for e in board.reviews_waiting] == [office["late"]]
    wf.review(actor, office["late"], today, True)
    assert dash.build_dashboard(today).reviews_waiting == []


def test_week_end_is_sunday():
    assert dash.week_end(D(2014, 10, 28)) == D(2014, 11, 2)
    assert dash.week_end(D(2014, 11, 2)) == D(2014, 11, 2)


def test_calendar_warning_and_single_user_mode(db, actor, today):
    from models.calendar.store import CalendarYear
    from models.safety.accounts import create_account

    board = dash.build_dashboard(today)
    assert board.single_user
    CalendarYear.delete().where(CalendarYear.year == 2015).execute()
    assert dash.build_dashboard(today).calendar_missing_year == 2015
    create_account(actor, "admin", "admin", "Duchashi-2014!", dt.datetime(2014, 10, 28, 9))
    assert not dash.build_dashboard(today).single_user


def test_messages_unread_and_this_weeks_batch(db, actor, today):
    from models.calendar.store import load_calendar
    from models.messages import records as msg

    for i in range(3):
        msg.add_message(actor, msg.MessageData(f"B{i}", dt.datetime(2014, 10, 27, 9), f"留言{i}"), today)
    m0 = msg.Message.get(msg.Message.board_no == "B0")
    msg.mark_read(actor, m0.id, today)
    msg.approve_reply(actor, m0.id, "已答复。", today)
    board = dash.build_dashboard(today)
    assert board.unread_messages == 2 and [s[1] for s in board.unread_sample] == ["B1", "B2"]
    assert board.batch.state == "未建立" and board.batch.approved_waiting == 1
    assert "尚未建立" in board.batch.text and "10月31日（周五）" in board.batch.text
    msg.gather_batch(actor, today, load_calendar())
    board = dash.build_dashboard(today)
    assert (board.batch.state, board.batch.in_batch, board.batch.approved_waiting) == ("待发布", 1, 0)
    msg.publish_batch(actor, msg.batch_for_week(today).id, D(2014, 10, 31))
    board = dash.build_dashboard(today)
    assert board.batch.state == "已发布" and "已于10月31日发布 1 条" in board.batch.text


@pytest.fixture
def crowded(db, actor):
    """Forty instructions in every situation the cards and the criticism rule tell apart:
    overdue by a little or a lot, with and without an approved extension, due this week,
    reminded often, completed and awaiting review, failed on review, stopped."""
    import random

    from models.instructions import records as m
    from models.instructions import workflow as wf
    from models.key_items.items import ItemData, save_item, save_plan
    from models.reference.directory import UnitData, save_unit

    rng = random.Random(4)
    units = [save_unit(actor, UnitData(f"南宁市第{i}局", f"市{i}局" if i % 2 else "")).id for i in range(5)]
    plan = save_plan(actor, 2014)
    for n in range(1, 4):
        save_item(actor, plan.id, ItemData(n, f"重点工作{n}", units[n], deadline=D(2014, 10, 10 + 5 * n)))
    for i in range(40):
        start = D(2014, 8, 1) + dt.timedelta(days=rng.randrange(60))
        ins = wf.register(actor, m.InstructionData(level="市", received_on=start, text=f"批示{i}", matter=f"事项{i}"))
        wf.accept(actor, ins.id, start)
        deadline = start + dt.timedelta(days=rng.randrange(5, 90))
        chosen = rng.sample(units, rng.randint(1, 3))
        wf.assign(actor, ins.id, start, [wf.AssignmentSpec(u, deadline=deadline) for u in chosen])
        for a in m.assignments_of(ins.id):
            wf.sign(actor, a.id, start, "签收人")
        lead = m.assignments_of(ins.id)[0]
        for _ in range(rng.choice((0, 0, 1, 3))):
            wf.remind(actor, lead.id, start + dt.timedelta(days=1), "电话")
        fate = rng.choice(("open", "open", "extended", "done", "failed", "stopped"))
        if fate == "extended":
            ext = wf.request_extension(actor, lead.id, start + dt.timedelta(days=2), deadline + dt.timedelta(days=9), "需要时间")
            wf.decide_extension(actor, ext.id, start + dt.timedelta(days=3), True)
        elif fate in ("done", "failed"):
            wf.complete(actor, ins.id, start + dt.timedelta(days=4), "已办结。")
            if fate == "failed":
                wf.review(actor, ins.id, start + dt.timedelta(days=5), False, "未整改到位")
        elif fate == "stopped":
            wf.stop(actor, ins.id, start + dt.timedelta(days=3), "撤销", "来文撤回")


def test_each_card_lists_the_first_lines_of_the_whole_list_and_counts_them_all(crowded, today):
    whole = dash.build_dashboard(today, lines=10_000)
    short = dash.build_dashboard(today, lines=3)
    assert short.counts() == whole.counts()
    assert min(whole.counts()[k] for k in ("overdue", "reviews_waiting", "criticism")) > 3
    for name in ("overdue", "due_this_week", "reviews_waiting", "criticism"):
        assert getattr(short, name) == getattr(whole, name)[:3], name
    assert whole.counts()["overdue_key_items"] >= 1


def test_the_criticism_card_is_the_rule_counted_and_cut_in_the_database(crowded, actor, today):
    from models.core import settings
    from models.instructions.criticism import current_candidates, first_candidates

    for overdue_days, reminders in ((5, 3), (0, 1), (30, 2)):
        settings.set_value(actor, "instructions.criticism_overdue_days", overdue_days)
        settings.set_value(actor, "instructions.criticism_reminders", reminders)
        rule = current_candidates(today)
        for limit in (1, 4, 1000):
            total, first = first_candidates(today, limit)
            assert (total, first) == (len(rule), rule[:limit]), (overdue_days, reminders, limit)


def test_the_late_deadline_cut_is_the_rules_lateness():
    from models.calendar.workdays import WorkCalendar, working_days_between
    from models.instructions.rules import latest_late_deadline

    cal = WorkCalendar({D(2014, 10, 1): False, D(2014, 10, 2): False, D(2014, 10, 11): True}, frozenset({2014}))
    for today in (D(2014, 10, 8), D(2014, 10, 13), D(2014, 10, 28)):
        for n in (0, 1, 5, 12):
            cut = latest_late_deadline(cal, today, n)
            assert working_days_between(cal, cut, today) > n
            assert working_days_between(cal, cut + dt.timedelta(days=1), today) <= n


def test_messages_overdue_counts_as_the_rule_over_every_open_message(db, actor, today):
    from models.messages import records as msg
    from models.messages import rules as mr

    for i, day in enumerate((1, 10, 20, 22, 23, 27)):
        msg.add_message(actor, msg.MessageData(f"B{i}", dt.datetime(2014, 10, day, 9), f"留言{i}"), today)
    facts = msg.facts_for_period(today + dt.timedelta(days=1), today)
    for days in (0, 3, 5, 30):
        assert msg.overdue_count(today, days) == sum(mr.is_overdue(f, today, days) for _, f in facts)


def test_feedback_forms_not_answered_on_time_are_listed_and_counted(office, actor, today):
    from models.instructions import feedback as fb
    from models.instructions import records as m
    from models.instructions import workflow as wf
    from models.instructions.feedback_due import record_sent, remind_missing

    ins = m.Instruction.get_by_id(office["later"])
    late = m.Instruction.get_by_id(office["soon"])
    for matter in (ins, late):  # urged once, so that their forms are 催办 forms
        wf.remind(actor, m.assignments_of(matter.id)[0].id, D(2014, 10, 17), "电话", "请报送办理进展")
    record_sent(actor, fb.forms_for(actor, ins.number, D(2014, 10, 20)), D(2014, 10, 20), 3)  # a 催办 form: due 10-23
    record_sent(actor, fb.forms_for(actor, late.number, D(2014, 10, 20)), D(2014, 10, 20), 3)
    wf.report_progress(actor, m.assignments_of(late.id)[0].id, D(2014, 10, 27), "已完成调研")
    board = dash.build_dashboard(today)
    assert [(e.form.instruction_id, e.status) for e in board.feedback_lapses] == [
        (office["later"], "缺报"), (office["soon"], "迟报")]
    assert board.counts()["feedback_missing"] == 1 and board.counts()["feedback_late"] == 1
    assert board.feedback_to_remind == 1
    remind_missing(actor, today)
    board = dash.build_dashboard(today)
    assert board.feedback_to_remind == 0 and board.counts()["feedback_missing"] == 1
