"""统计 over ten years: 100,000 instructions and 500,000 messages (python benchmarks/bench_stats.py).

Prints the time to generate the data (executemany in one transaction), to recompute one
year's figures for the 统计 pane (``models.overview.stats_tables.compute``), the registered
sections through ``figures.collect`` (what ``stats --json`` prints), the dashboard, a
locked-quarter-free evaluation, and the EXPLAIN QUERY PLAN of the period queries.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

YEARS = range(2005, 2015)
INSTRUCTIONS, MESSAGES, UNITS = 100_000, 500_000, 60
TODAY = dt.date(2014, 10, 28)


def generate(db, years: range = YEARS, instructions: int = INSTRUCTIONS, messages: int = MESSAGES) -> None:
    """Fill an empty database: ``instructions`` and ``messages`` spread evenly over
    ``years`` (by default ten years, 2005–2014, as the figures above were measured)."""
    rng = random.Random(7)
    con = db.connection()
    con.execute("BEGIN")
    con.executemany("INSERT INTO unit (id, name, short_name) VALUES (?, ?, ?)",
                    [(i, f"南宁市第{i}局", f"市{i}局") for i in range(1, UNITS + 1)])
    ins, asg, rem = [], [], []
    aid = 0
    per_year = instructions // len(years)
    for n in range(instructions):
        year = years[0] + n // per_year
        received = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(360))
        if received > TODAY:
            received = TODAY - dt.timedelta(days=rng.randrange(30))
        deadline = received + dt.timedelta(days=rng.randrange(10, 40))
        r = rng.random()
        if deadline < TODAY and r < 0.97:
            done = deadline - dt.timedelta(days=rng.randrange(-3, 8))
            state = "已报结" if r < 0.9 else "已办结"
        else:
            done, state = None, "办理中"
        level = "自治区" if rng.random() < 0.3 else "市"
        ins.append((n + 1, f"督〔{year}〕{n + 1}号", year, n + 1, level, received, received, "批示内容", f"事项{n}",
                    state, deadline, done))
        for k in range(1 + (rng.random() < 0.4)):
            aid += 1
            asg.append((aid, n + 1, 1 + (n + k * 7) % UNITS, int(k == 0), received, deadline, deadline))
            if rng.random() < 0.1:
                rem.append((aid, deadline - dt.timedelta(days=2)))
    con.executemany("INSERT INTO instruction (id, number, number_year, number_seq, level, received_on, accepted_on,"
                    " text, matter, state, deadline, completed_on) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    [tuple(v.isoformat() if isinstance(v, dt.date) else v for v in row) for row in ins])
    con.executemany("INSERT INTO instruction_assignment (id, instruction_id, unit_id, is_lead, assigned_on, deadline,"
                    " original_deadline) VALUES (?,?,?,?,?,?,?)",
                    [tuple(v.isoformat() if isinstance(v, dt.date) else v for v in row) for row in asg])
    con.executemany("INSERT INTO instruction_reminder (assignment_id, reminded_on) VALUES (?, ?)",
                    [(a, d.isoformat()) for a, d in rem])
    kinds = ("咨询", "投诉", "建言", "求助", "其他")
    msgs = []
    per_year = messages // len(years)
    for n in range(messages):
        year = years[0] + n // per_year
        posted = dt.datetime(year, 1, 1, 9) + dt.timedelta(days=rng.randrange(360), minutes=rng.randrange(600))
        if posted.date() > TODAY:
            posted = dt.datetime.combine(TODAY, dt.time(8)) - dt.timedelta(days=rng.randrange(60))
        replied = posted.date() + dt.timedelta(days=rng.randrange(3, 12))
        if replied <= TODAY and rng.random() < 0.9:
            state, rep = "已回复", replied.isoformat()
        elif (TODAY - posted.date()).days > 60:
            # An office ranked first by reply rate leaves nothing open for months.
            state, rep = "不予回复", None
        else:
            state, rep = rng.choice(("新留言", "已转办", "已审核")), None
        msgs.append((f"B{n:07d}", posted.isoformat(sep=" "), f"留言{n}", kinds[n % 5], state,
                     1 + n % UNITS, rep))
    con.executemany("INSERT INTO message (board_no, posted_at, title, kind, state, unit_id, replied_on)"
                    " VALUES (?,?,?,?,?,?,?)", msgs)
    con.execute("COMMIT")


def timed(label: str, fn, repeat: int = 3):
    """Best wall-clock time of ``repeat`` runs, and the processor time of that run (more
    than the wall time when SQLite worked on a second core)."""
    best = cpu = None
    result = None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        wall = time.perf_counter() - t
        if best is None or wall < best:
            best, cpu = wall, time.process_time() - c
    print(f"{label:<58} {best * 1000:8.0f} ms  (CPU {cpu * 1000:.0f} ms)")
    return result


def in_worker(fn):
    """Run ``fn`` as the panes' background jobs do: on a thread with a connection of its
    own, opened for the job and closed after it (a cold SQLite page cache)."""
    import threading

    from models.core.db import database

    box = {}

    def run():
        try:
            box["value"] = fn()
        finally:
            database().close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return box["value"]


def main() -> None:
    from models.core import figures
    from models.core.schema import open_database
    from models.overview.dashboard import build_dashboard
    from models.overview.evaluation import compute_quarter
    from models.overview.stats_tables import compute

    # BENCH_DB=path reuses a database generated before (it is made when missing).
    path = Path(os.environ.get("BENCH_DB") or Path(tempfile.mkdtemp()) / "bench_stats.sqlite3")
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        t = time.perf_counter()
        generate(db)
        print(f"generate 100,000 instructions + 500,000 messages (executemany) {time.perf_counter() - t:8.2f} s")
    y0, y1 = dt.date(2014, 1, 1), dt.date(2014, 12, 31)
    bundle = timed("统计 pane: compute one year (2014), all tables", lambda: compute(y0, y1, TODAY))
    print(f"  instructions in the year's facts: {len(bundle.instruction_facts)}; received "
          f"{bundle.figures['instructions']['all']['received']} instructions, {bundle.figures['messages']['received']}"
          " messages")
    timed("统计 pane: the same in a worker on a new connection", lambda: in_worker(lambda: compute(y0, y1, TODAY)), 5)
    timed("统计 pane: one month (2014-10)", lambda: compute(dt.date(2014, 10, 1), dt.date(2014, 10, 31), TODAY))
    timed("figures.collect (stats --json), one year, all sections", lambda: figures.collect(y0, y1, TODAY))
    timed("工作台 build_dashboard", lambda: build_dashboard(TODAY))
    timed("绩效考评 compute_quarter 2014Q3", lambda: compute_quarter(2014, 3, TODAY), 1)
    from models.overview.stats_tables import Drill, records_for
    timed("drill-down: all instructions received in 2014",
          lambda: records_for(bundle, Drill("instructions", "received")), 1)
    timed("drill-down: all messages received in 2014 (first click reads them)",
          lambda: records_for(bundle, Drill("messages", "received")), 1)
    timed("drill-down: messages replied by one unit (facts already read)",
          lambda: records_for(bundle, Drill("messages", "replied", unit="南宁市第7局")), 1)
    print("\nEXPLAIN QUERY PLAN")
    a, b, today = y0.isoformat(), y1.isoformat(), TODAY.isoformat()
    for label, sql, args in (
        ("instructions in a period (one branch)", "SELECT id FROM instruction WHERE accepted_on BETWEEN ? AND ?", (a, b)),
        ("overdue instructions", "SELECT id FROM instruction WHERE state IN ('已交办','办理中') AND deadline < ?", (today,)),
        ("assignments due in a period", "SELECT instruction_id FROM instruction_assignment WHERE deadline BETWEEN ? AND ?",
         (a, b)),
        ("messages of a period or open", "SELECT id FROM message WHERE (posted_at >= ? AND posted_at < ?) "
         "OR state IN ('新留言','已阅研判','已转办','已收到答复','已审核')", (a, b)),
        ("messages.period_figures: the sums per type and unit",
         "SELECT m.unit_id, m.kind, COUNT(*) FROM message m WHERE m.posted_at >= ? AND m.posted_at < ? "
         "GROUP BY m.unit_id, m.kind", (a, b)),
    ):
        plan = db.execute_sql("EXPLAIN QUERY PLAN " + sql, args).fetchall()
        print(f"  {label}: " + " | ".join(r[-1] for r in plan))
    from models.instructions import records as ins
    for label, sql, named in (("instructions.period_ids", ins._PERIOD_IDS, {"a": a, "b": b, "t": today}),
                              ("instructions.candidate_ids", ins._CANDIDATE_IDS, {"t": today, "k": 3})):
        plan = db.execute_sql("EXPLAIN QUERY PLAN " + sql, named).fetchall()
        print(f"  {label}: " + " | ".join(r[-1] for r in plan))
    from models.instructions.criticism import current_candidates
    timed("criticism.current_candidates", lambda: current_candidates(TODAY), 1)


if __name__ == "__main__":
    main()
