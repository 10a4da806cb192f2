"""The 日历 pane refreshes a change made while it was hidden when it is shown again."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QShowEvent

from models.core.errors import ConnectionLostError
from ui.calendar.pane import Pane
from ui.session import Change, Session


def test_a_refresh_cut_by_the_server_is_tried_again_at_the_next_showing(db, db_path, today, qtbot, monkeypatch):
    pane = Pane(Session(db_path, today=today))
    qtbot.addWidget(pane)
    pane._on_changed(Change.CALENDAR)  # hidden: refreshed when shown
    refreshed = []

    def lost():
        raise ConnectionLostError("与数据库服务器的连接已中断")

    monkeypatch.setattr(pane.view, "refresh", lost)
    with pytest.raises(ConnectionLostError):
        pane.showEvent(QShowEvent())
    monkeypatch.setattr(pane.view, "refresh", lambda: refreshed.append(True))
    pane.showEvent(QShowEvent())  # the server back: the next showing reads it
    assert refreshed == [True]
    pane.showEvent(QShowEvent())
    assert refreshed == [True]  # and only once
