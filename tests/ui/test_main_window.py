"""The main window: every pane opens on the demo, and records open in their panes."""
from __future__ import annotations

import pytest

from ui.main_window import PANES, MainWindow
from ui.session import Session


@pytest.fixture
def window(demo_db, db_path, today, qtbot):
    w = MainWindow(Session(db_path, today=today))
    qtbot.addWidget(w)
    w.show()
    return w


def test_every_pane_is_built(window):
    for spec in PANES:
        pane = window.show_pane(spec.key)
        assert window.stack.currentWidget() is pane
        assert type(pane).__module__ == spec.module, spec.key
    assert "2014年10月28日" in window.today_label.text()
    assert "本机用户" in window.user_label.text()


def test_records_open_in_their_panes(window, monkeypatch):
    from models.instructions.records import Instruction
    from models.key_items.activities import ActivityItem, SupervisionActivity
    from models.key_items.items import KeyItem
    from models.research.topics import ResearchTopic
    from ui.messages import pane as messages

    instruction = Instruction.select().order_by(Instruction.id.desc()).first()
    window.open_record("instruction", instruction.id)
    assert window.stack.currentWidget() is window.pane("instructions")
    assert window.pane("instructions").detail.instruction_id == instruction.id

    topic = ResearchTopic.select().first()
    window.open_record("research_topic", topic.id)
    assert window.pane("research").detail.topic.id == topic.id

    item = KeyItem.select().order_by(KeyItem.id.desc()).first()
    window.open_record("key_item", item.id)
    assert window.pane("key_items").current_item().id == item.id

    activity = SupervisionActivity.select().first()
    first = ActivityItem.select().where(ActivityItem.activity == activity.id).order_by(ActivityItem.id).first()
    window.open_record("activity", activity.id)
    assert window.pane("key_items").current_item().id == first.item_id

    opened = []
    monkeypatch.setattr(messages.HandleDialog, "exec", lambda self: opened.append(self) or 0)
    window.open_record("message", 1)
    assert opened and window.stack.currentWidget() is window.pane("messages")
