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
