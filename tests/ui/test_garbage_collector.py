"""The GUI thread's garbage collector puts a collection off while a background job runs
(a collection holds the interpreter lock the job needs), but never for long."""
from __future__ import annotations

import gc

from ui.app import GarbageCollector


def test_a_collection_waits_for_the_background_jobs_but_not_forever(monkeypatch):
    runs: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: runs.append(generation) or 0)
    busy = [True]
    collector = GarbageCollector(lambda: busy[0], max_deferred=3)
    for _ in range(3):
        collector.tick()
    assert runs == []  # put off while the job runs
    collector.tick()
    assert len(runs) == 1  # the fourth tick collects whatever runs
    collector.tick()
    assert len(runs) == 1  # and the count starts again
    busy[0] = False
    collector.tick()
    assert len(runs) == 2  # nothing running: collected at once


def test_much_allocation_makes_a_full_collection(monkeypatch):
    runs: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: runs.append(generation) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: (6000, 0, 0))
    GarbageCollector(lambda: False).tick()
    monkeypatch.setattr(gc, "get_count", lambda: (10, 0, 0))
    GarbageCollector(lambda: False).tick()
    assert runs == [2, 0]


def test_the_application_collects_on_the_gui_thread_only():
    from PySide6.QtWidgets import QApplication

    from ui.app import collect_garbage_on_gui_thread

    app = QApplication.instance() or QApplication([])
    was = gc.isenabled()
    try:
        timer = collect_garbage_on_gui_thread(app, interval_ms=60000)
        assert not gc.isenabled() and timer.isActive()
        assert isinstance(timer._collector, GarbageCollector)
        timer.stop()
    finally:
        if was:
            gc.enable()
