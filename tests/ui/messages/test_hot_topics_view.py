"""网民留言 → 群众关注热点: analyse a period, propose the selected group as a research topic."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from ui.messages.hot_topics import GROUP_ROLE, HotTopicsView
from ui.session import Session


def test_analyse_then_propose(demo_db, db_path, today, qtbot, monkeypatch):
    from models.research.topics import ResearchTopic

    session = Session(db_path, today=today)
    seen = []
    session.changed.connect(seen.append)
    view = HotTopicsView(session)
    qtbot.addWidget(view)
    view.start.setDate(dt.date(2014, 7, 1))
    view.run.click()
    qtbot.waitUntil(lambda: not view.job.busy, timeout=60000)
    assert view.tree.topLevelItemCount() == 3, view.status.text()
    assert not view.propose.isEnabled()
    head = view.tree.topLevelItem(0)
    assert head.text(0) == "按领域"
    view.tree.setCurrentItem(head.child(0))
    group = head.child(0).data(0, GROUP_ROLE)
    assert view.propose.isEnabled()
    before = ResearchTopic.select().count()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.propose.click()
    assert ResearchTopic.select().count() == before
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.propose.click()
    assert ResearchTopic.select().count() == before + 1
    assert group.label in view.status.text() and "research" in seen


def test_the_messages_pane_has_the_tab(demo_db, db_path, today, qtbot):
    from ui.messages.pane import Pane

    pane = Pane(Session(db_path, today=today))
    qtbot.addWidget(pane)
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())][-1] == "群众关注热点"
