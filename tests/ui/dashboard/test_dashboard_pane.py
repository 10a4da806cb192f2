"""工作台: refreshes on the one change signal after a write elsewhere; one click opens."""
from __future__ import annotations

import datetime as dt

import pytest

D = dt.date


@pytest.fixture
def office(db, actor):
    from models.instructions import records as m
    from models.instructions import workflow as wf
    from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

    u = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")).id
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name="黄振宇",
                                               text="请研究处理。", matter="公交线路调整"))
    wf.accept(actor, ins.id, D(2014, 9, 2))
    wf.assign(actor, ins.id, D(2014, 9, 3), [wf.AssignmentSpec(u, deadline=D(2014, 10, 20))])
    wf.sign(actor, m.assignments_of(ins.id)[0].id, D(2014, 9, 4), "李志强")
    return ins.id


@pytest.fixture
def pane(qtbot, db_path, office, today):
    from ui.dashboard.pane import Pane
    from ui.session import Session

    session = Session(db_path, today=today)
    widget = Pane(session)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.board is not None, timeout=10000)
    yield widget
    qtbot.waitUntil(lambda: not widget.worker.busy, timeout=10000)


def _lines(card):
    return [card.list.item(i).text() for i in range(card.list.count())]


def test_dashboard_updates_after_completing_an_instruction_elsewhere(pane, qtbot, actor, office, today):
    from models.instructions import workflow as wf

    assert pane.overdue.title() == "超期事项（1）"
    assert "● 超期" in _lines(pane.overdue)[0] and "公交线路调整" in _lines(pane.overdue)[0]
    assert pane.reviews.title() == "待回访复核（0）"
    # Another pane completes it: the workflow, then the one change signal.
    wf.complete(actor, office, today, "线路已调整。")
    pane.session.changed.emit("instructions")
    qtbot.waitUntil(lambda: pane.overdue.title() == "超期事项（0）", timeout=10000)
    assert pane.reviews.title() == "待回访复核（1）"
    assert "公交线路调整" in _lines(pane.reviews)[0]


def test_one_click_opens_the_record(pane, qtbot, office):
    opened = []
    pane.window().open_record = lambda kind, rid: opened.append((kind, rid))
    item = pane.overdue.list.item(0)
    pane.overdue.list.itemClicked.emit(item)
    assert opened == [("instruction", office)]


def test_single_user_mode_shows_the_create_administrator_button(pane):
    assert not pane.single_row.isHidden()
    assert pane.single_button.isEnabled()


def test_messages_card_names_the_reply_day_once(qtbot, db, db_path, today):
    from ui.dashboard.pane import Pane
    from ui.session import Session

    widget = Pane(Session(db_path, today=today))
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.board is not None and not widget.worker.busy, timeout=10000)
    text = widget.messages.note.text()
    assert text.startswith("今日待阅 0 条")
    assert text.count("本周回复日") == 1


def test_feedback_card_lists_the_silent_unit_and_reminds_it_in_one_action(pane, qtbot, actor, office, today,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from models.instructions import feedback as fb
    from models.instructions import records as m
    from models.instructions.feedback_due import record_sent

    assert pane.feedback.title() == "未按期反馈（0）" and not pane.remind_button.isEnabled()
    from models.instructions import workflow as wf

    number = m.Instruction.get_by_id(office).number
    urged = wf.remind(actor, m.assignments_of(office)[0].id, D(2014, 10, 17), "电话", "请报送办理进展")
    record_sent(actor, fb.forms_for(actor, number, D(2014, 10, 20)), D(2014, 10, 20), 3)  # 催办 form, due 10-23
    pane.session.changed.emit("instructions")
    qtbot.waitUntil(lambda: pane.feedback.title() == "未按期反馈（1）", timeout=10000)
    assert _lines(pane.feedback) == [f"● 缺报  {number} 公交线路调整 — 市交通运输局：催办反馈表应于2014-10-23前反馈（已逾期5天）"]
    assert pane.remind_button.text() == "催办未反馈单位（1）" and pane.remind_button.isEnabled()
    opened = []
    pane.window().open_record = lambda kind, rid: opened.append((kind, rid))
    pane.feedback.list.itemClicked.emit(pane.feedback.list.item(0))
    assert opened == [("instruction", office)]

    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    pane.remind_button.click()
    assert "1 个到期未反馈的单位" in asked[0] and m.Reminder.select().count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    pane.remind_button.click()
    assert told == ["已对 1 个单位登记书面催办。可在“批示件”中打开各件，为其导出催办反馈表。"]
    reminder = m.Reminder.get(m.Reminder.id != urged.id)
    assert reminder.reminded_on == today and "2014-10-23 前反馈" in reminder.text
    qtbot.waitUntil(lambda: pane.remind_button.text() == "催办未反馈单位（0）", timeout=10000)
    assert not pane.remind_button.isEnabled() and pane.feedback.title() == "未按期反馈（1）"


def test_an_overdue_line_counts_working_days_and_names_the_late_stage():
    from models.calendar.lights import Light
    from models.overview.dashboard import DueEntry
    from ui.dashboard.pane import due_line

    ins = DueEntry("instruction", 1, "督〔2013〕4号", "城中村改造群众诉求", "西乡塘区", D(2013, 12, 17), Light.RED,
                   "办理中", 315, 214)
    assert due_line(ins, True) == ("● 超期  [批示件] 督〔2013〕4号 城中村改造群众诉求 — 西乡塘区，"
                                   "时限2013-12-17（已超期214个工作日）")
    item = DueEntry("key_item", 7, "2014年第7项", "轨道交通建设", "市住建委", D(2014, 10, 15), Light.RED, "推进中",
                    13, 9, 2, "沿线管线迁改完成")
    assert due_line(item, True) == ("● 超期  [重点工作] 2014年第7项 轨道交通建设 — 市住建委，"
                                    "第2阶段“沿线管线迁改完成”时限2014-10-15（已超期9个工作日）")
