"""Benchmark: the 批示件 queue with 100,000 instructions.

Prints the time to open the pane, and to filter it by a typed Chinese substring
(tab counts + first page, as one keystroke costs). Run:
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_instructions.py [N]
"""
from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2014, 10, 28)


def build(path: Path, n: int) -> None:
    from models.core.db import database, open_database
    from models.demo.p10_reference import LEADERS
    from models.demo.p30_instructions import MATTERS
    from models.instructions.records import queue_rank

    open_database(path)
    rng = random.Random(1)
    states = ["已登记", "已立项", "已交办", "办理中", "办理中", "已办结", "已复核", "已报结", "已报结", "已报结",
              "不立项", "已中止"]
    rows = []
    for i in range(1, n + 1):
        level, leader = ("自治区", rng.choice(LEADERS[:3])[0]) if i % 3 == 0 else ("市", rng.choice(LEADERS[3:])[0])
        matter = MATTERS[i % len(MATTERS)]
        year = 2000 + i % 15
        state = rng.choice(states)
        received = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 360))
        deadline = received + dt.timedelta(days=rng.randint(10, 60)) if state not in ("已登记", "已立项", "不立项") else None
        number = f"督〔{year}〕{i}号"
        units = "、".join([matter[3], *matter[4]])
        text = f"{matter[2]}（第{i}件）"
        search = "\n".join([number, leader, units, matter[0], matter[1], text]).lower()
        rows.append((number, year, i, level, leader, received.isoformat(), matter[1], text, matter[0], state,
                     queue_rank(state), deadline.isoformat() if deadline else None, units, search))
    db = database()
    with db.atomic():
        db.cursor().executemany(
            "INSERT INTO instruction (number, number_year, number_seq, level, leader_name, received_on, "
            "source_title, text, matter, state, queue_rank, deadline, unit_names, search) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute_sql("ANALYZE")


def timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from models.calendar.store import load_calendar
    from models.instructions import records as m

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        t = time.perf_counter()
        build(path, n)
        print(f"built {n} instructions in {time.perf_counter() - t:.1f} s")
        limit = m.yellow_limit(TODAY, load_calendar(), 5)
        print(f"no filter: tab counts (SQL) + first page {timed(lambda: (m.queue_count_all('', TODAY, limit), m.queue_page('all', '', TODAY, limit, 0, 200))):.1f} ms")
        t = time.perf_counter()
        index = m.SearchIndex()
        print(f"search index built once (first keystroke only): {(time.perf_counter() - t) * 1000:.0f} ms")
        for text in ("城中村", "交通", "邕江沿岸", "督〔2014〕7", "不存在的词"):
            def keystroke(text=text):
                hits = index.matching(text)
                index.counts(hits, TODAY, limit)
                m.rows_by_ids(index.ordered_ids(hits, "all", TODAY, limit)[:200])
            n_hits = len(index.matching(text))
            print(f"filter {text!r:14} ({n_hits:6d} hits): match + counts + order + first page {timed(keystroke):6.1f} ms")
            sql = timed(lambda text=text: (m.queue_count_all(text, TODAY, limit),
                                           m.queue_page("all", text, TODAY, limit, 0, 200)), 2)
            print(f"    (same in SQL, scanning the table: {sql:.0f} ms)")
        print(f"tab 已超期, no filter: first page {timed(lambda: m.queue_page('overdue', '', TODAY, limit, 0, 200)):.1f} ms")

        from PySide6.QtWidgets import QApplication

        from ui.instructions.pane import Pane
        from ui.session import Session

        app = QApplication.instance() or QApplication([])
        session = Session(path, today=TODAY)
        t = time.perf_counter()
        pane = Pane(session)
        pane.resize(1400, 850)
        pane.show()
        app.processEvents()
        print(f"pane open (construct + first paint): {(time.perf_counter() - t) * 1000:.0f} ms")
        for text in ("城", "城中", "城中村"):
            t = time.perf_counter()
            pane.search.setText(text)
            pane.refresh()
            app.processEvents()
            # Typed before the search index arrived: the pane waits for it, the window
            # stays free (the longest single event-loop turn shows how free).
            longest = time.perf_counter() - t
            while pane.index is None:
                turn = time.perf_counter()
                app.processEvents()
                time.sleep(0.005)
                longest = max(longest, time.perf_counter() - turn)
            print(f"pane keystroke -> {text!r} (refresh + repaint, until the filtered list shows): "
                  f"{(time.perf_counter() - t) * 1000:.0f} ms; longest stall of the window {longest * 1000:.0f} ms")
        t = time.perf_counter()
        for _ in range(10):
            pane.table.scrollToBottom()
            app.processEvents()
        print(f"scroll to bottom 10x (lazy fetch {pane.model.rowCount()} rows): {(time.perf_counter() - t) * 1000:.0f} ms")
        pane.close()


if __name__ == "__main__":
    main()
