"""A record's own pane leads to the document made of it: 报结 from the queue, 转办单 from a
message, 督查专报 from a supervision activity or a research topic (issue 16 part 4)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def window(demo_db, db_path, today, qtbot, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: said.append(text))
    w = MainWindow(Session(db_path, today=today))
    w.said = said
    qtbot.addWidget(w)
    w.show()
    return w


def _documents(window):
    return window.pane("documents")


def test_report_back_from_the_instructions_queue(window):
    from models.documents import register as reg
    from models.instructions.records import Instruction

    ins = Instruction.select().where(Instruction.state == "已复核").first()
    pane = window.show_pane("instructions")
    pane.open_record("instruction", ins.id)
    pane.select_id(ins.id)
    assert pane.selected_ids() == [ins.id]
    assert [a.isEnabled() for a in pane.queue_menu().actions()] == [True]
    pane.make_report_back()
    docs = _documents(window)
    assert window.stack.currentWidget() is docs and not window.said
    assert docs.current_kind() == reg.REPORT_BACK and docs.rb_instruction.currentData() == ins.id


def test_transfer_slip_from_a_message(window):
    from models.documents import register as reg
    from ui.messages.pane import AllView

    pane = window.show_pane("messages")
    all_view = pane.findChild(AllView)
    all_view.state.setCurrentIndex(all_view.state.findData("已转办"))
    all_view.view.setCurrentIndex(all_view.model.index(0, 0))
    menu = all_view.row_menu()
    assert [a.text() for a in menu.actions()] == ["办理…", "生成转办单…"] and menu.actions()[1].isEnabled()
    all_view.make_transfer()
    docs = _documents(window)
    assert window.stack.currentWidget() is docs
    assert docs.current_kind() == reg.MESSAGE and docs.m_message.currentData() == all_view.model.rows[0].id


def test_special_report_from_a_research_topic_and_an_activity(window):
    from models.documents import register as reg
    from models.key_items.activities import SupervisionActivity
    from models.research.topics import ResearchTopic

    topic = ResearchTopic.get_by_id(1)
    research = window.show_pane("research")
    research.open_record("research_topic", topic.id)
    research.make_special_report()
    docs = _documents(window)
    assert docs.current_kind() == reg.SPECIAL and docs.s_source.currentData() == f"research:{topic.id}"

    activity = SupervisionActivity.get_by_id(3)
    window.open_record("activity", activity.id)
    key_items = window.pane("key_items")
    key_items.detail.setCurrentIndex(2)
    row = key_items._activity_ids.index(activity.id)
    key_items.activity_table.selectRow(row)
    key_items.make_special_report()
    assert docs.current_kind() == reg.SPECIAL and docs.s_source.currentData() == f"activity:{activity.id}"


def test_a_topic_without_findings_is_said_not_opened(window):
    from models.research.topics import Finding, ResearchTopic

    bare = next(t for t in ResearchTopic.select() if not Finding.select().where(Finding.topic == t.id).exists())
    research = window.show_pane("research")
    research.open_record("research_topic", bare.id)
    research.make_special_report()
    assert window.said and "没有记录发现的问题或意见建议" in window.said[-1]
