"""The main window over a given database: the first screen, each pane's first visit, memory.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window.py DB [--today 2014-10-28] [--json]

In this one fresh process (run it several times for a median): the main window built,
shown and its 工作台 filled and painted; a 工作台 refresh (F5); the first visit of 统计
(its year-to-date figures shown) and of 设置, and of every other pane (each until its
background work is done); the peak resident memory after all of them (``peak_panes_mib``)
and after every tab of every pane has been shown too (``peak_mib``). Times are wall
clock, in milliseconds, measured inside the process (imports done beforehand).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import sys
import time
from pathlib import Path

# DUCHA_BENCH_ROOT: time another checkout's code with this script (run.py --baseline).
sys.path.insert(0, os.environ.get("DUCHA_BENCH_ROOT") or str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_mib() -> float:
    """The process's peak resident memory so far, in MiB."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2014, 10, 28))
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of lines")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    from models.core.schema import open_database
    from ui.app import make_app
    from ui.main_window import PANES, MainWindow
    from ui.session import Session

    app = make_app()  # noqa: F841 - kept alive for the windows below
    pool = QThreadPool.globalInstance()
    open_database(args.db, check_integrity="none")
    session = Session(args.db, today=args.today)
    base_mib = peak_mib()

    def turn() -> None:
        # A real turn of the event loop, waiting when there is nothing to do (so the
        # window sees its idle moments, as under app.exec()), for at most a millisecond.
        loop = QEventLoop()
        QTimer.singleShot(1, loop.quit)
        loop.exec()

    def settle(done=lambda: True, timeout: float = 120.0) -> None:
        """Turn the event loop until ``done()`` and no background job is left, then once more."""
        end = time.perf_counter() + timeout
        while time.perf_counter() < end:
            turn()
            if pool.activeThreadCount() == 0 and done():
                turn()
                return
        raise SystemExit("timed out waiting for the window")

    out: dict[str, float] = {}

    class timed:
        """Wall and processor time (all threads) of the block, as NAME_ms and NAME_cpu_ms."""

        def __init__(self, name: str) -> None:
            self.name = name

        def __enter__(self) -> None:
            self.t, self.c = time.perf_counter(), time.process_time()

        def __exit__(self, *exc) -> None:
            out[f"{self.name}_ms"] = (time.perf_counter() - self.t) * 1000
            out[f"{self.name}_cpu_ms"] = (time.process_time() - self.c) * 1000

    with timed("window_filled"):
        window = MainWindow(session)
        window.resize(1366, 768)
        window.show()
        # Made on its own (its file already open), the window builds its 工作台 at once;
        # the start that opens the file at the first idle moment is run.py's start section.
        settle(lambda: window.pane("dashboard").board is not None)
    dashboard = window.pane("dashboard")

    old = dashboard.board
    with timed("dashboard_refresh"):
        dashboard.refresh()
        settle(lambda: dashboard.board is not old)

    began, began_cpu = time.perf_counter(), time.process_time()
    with timed("stats_first"):
        stats = window.show_pane("stats")
        # Its first tab (the instructions' tables) may show before the other figures.
        box = getattr(stats, "boxes", {}).get("instructions")
        deadline = time.perf_counter() + 120
        while box is not None and box.table is None and stats.bundle is None and time.perf_counter() < deadline:
            turn()
        out["stats_first_table_ms"] = (time.perf_counter() - began) * 1000
        out["stats_first_table_cpu_ms"] = (time.process_time() - began_cpu) * 1000
        settle(lambda: stats.bundle is not None)

    with timed("settings_first"):
        window.show_pane("settings")
        settle()

    for spec in PANES:
        if spec.key in ("dashboard", "stats", "settings"):
            continue
        with timed(f"{spec.key}_first"):
            window.show_pane(spec.key)
            settle()
    out["peak_panes_mib"] = peak_mib()
    # Every tab of every pane that builds tabs lazily, too: what a clerk clicking through sees.
    for spec in PANES:
        pane = window.pane(spec.key)
        tabs = getattr(pane, "tabs", None)
        if tabs is not None:
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                settle()
    out["peak_mib"] = peak_mib()
    out["base_mib"] = base_mib
    out["pinyin_loaded"] = float("pypinyin" in sys.modules)
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:28} {v:8.1f}")
    window.close()
    settle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
