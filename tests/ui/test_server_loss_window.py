"""The window when the office's server goes away and comes back: 已断开 / 已重新连接 in the
status bar, and a form whose save is cut keeps what was typed.

Runs on a PostgreSQL cluster of its own (``tests/pg_cluster.py``), stopped and started
here; the shared test server is never touched.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg_cluster import migrated_database, own_cluster
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture(scope="module")
def cluster():
    yield from own_cluster()


@pytest.fixture
def server_db(cluster, monkeypatch, tmp_path):
    yield from migrated_database(cluster, monkeypatch, tmp_path)


@pytest.fixture
def window(server_db, today, qtbot, cluster):
    w = MainWindow(Session(Path(cluster.url()), today=today))
    qtbot.addWidget(w)
    w.show()
    w.change_watch.timer.setInterval(20)  # the test waits for the signals, not for seconds
    qtbot.waitUntil(lambda: w.change_watch.seen is not None)
    yield w
    w.change_watch.stop()


def test_the_status_bar_says_disconnected_then_reconnected(window, cluster, qtbot):
    try:
        with qtbot.waitSignal(window.change_watch.disconnected, timeout=20000):
            cluster.stop()
        assert window.connection_label.isVisible() and window.connection_label.text() == "已断开"
        assert "连接已中断" in window.connection_label.toolTip()
    finally:
        with qtbot.waitSignal(window.change_watch.reconnected, timeout=30000):
            cluster.start()
    assert window.connection_label.text() == "已重新连接"
    assert "已重新连接" in window.statusBar().currentMessage()
