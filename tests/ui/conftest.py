"""Fixtures shared by the UI tests of one pane and its dialogs."""
from __future__ import annotations

import pytest


@pytest.fixture
def key_items_session(demo_db, today, tmp_path, qapp):
    """A session on the demonstration office, with the 重点工作 pane's saved columns cleared."""
    from PySide6.QtCore import QSettings

    from ui.session import Session

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    QSettings().remove("key_items/columns")
    return Session(tmp_path / "ducha.sqlite3", today=today)


@pytest.fixture
def key_items_pane(key_items_session, qtbot):
    """The 重点工作 pane, shown, on :func:`key_items_session`."""
    from ui.key_items.pane import Pane

    p = Pane(key_items_session)
    qtbot.addWidget(p)
    p.show()
    return p
