"""Benchmark: the 批示件 queue's leader filters (批示领导, 分管领导) over 100,000 instructions.

Prints the tab counts + first page time of each filter (as one choice in the combo
costs) and the query plans. Run:
    python benchmarks/bench_leader_filters.py [N]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_instructions import TODAY, build, timed  # noqa: E402


def add_units(n_units: int = 60) -> None:
    """Units overseen by the leaders in turn, and one or two current assignments per item."""
    from models.core.db import database

    db = database()
    rng = random.Random(2)
    leaders = [r[0] for r in db.execute_sql("SELECT id FROM leader").fetchall()]
    if not leaders:
        from models.demo.p10_reference import LEADERS

        db.cursor().executemany("INSERT INTO leader (name, post, level, active, initials, version) "
                                "VALUES (?, '', '市', 1, '', 1)", [(name,) for name, *_ in LEADERS])
        leaders = [r[0] for r in db.execute_sql("SELECT id FROM leader").fetchall()]
    with db.atomic():
        db.cursor().executemany(
            "INSERT INTO unit (name, short_name, kind, contact, phone, active, initials, version, overseer_id) "
            "VALUES (?, '', '市直单位', '', '', 1, '', 1, ?)",
            [(f"单位{i}", leaders[i % len(leaders)]) for i in range(n_units)])
        units = [r[0] for r in db.execute_sql("SELECT id FROM unit").fetchall()]
        rows = []
        for (iid, received) in db.execute_sql("SELECT id, received_on FROM instruction").fetchall():
            for k, unit in enumerate(rng.sample(units, rng.randint(1, 2))):
                rows.append((iid, unit, k == 0, received, received, received))
        db.cursor().executemany(
            "INSERT INTO instruction_assignment (instruction_id, unit_id, is_lead, assigned_on, deadline, "
            "original_deadline, provisional, signed_by, reminder_count, replace_reason, version) "
            "VALUES (?, ?, ?, ?, ?, ?, 0, '', 0, '', 1)", rows)
    db.execute_sql("ANALYZE")


def main() -> None:
    from models.calendar.store import load_calendar
    from models.core.db import database
    from models.instructions import records as m

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    t = time.perf_counter()
    build(path, n)
    add_units()
    print(f"built {n} instructions with assignments in {time.perf_counter() - t:.1f} s")
    limit = m.yellow_limit(TODAY, load_calendar(), 5)
    leader = m.leader_names()[0]
    overseer = database().execute_sql("SELECT overseer_id FROM unit LIMIT 1").fetchone()[0]
    for label, who, text in (("批示领导", m.LeaderFilter(leader=leader), ""),
                             ("分管领导", m.LeaderFilter(overseer_id=overseer), ""),
                             ("分管领导 + 已超期", m.LeaderFilter(overseer_id=overseer), ""),
                             ("批示领导 + 分管领导 + 文字", m.LeaderFilter(leader, overseer), "交通")):
        tab = "overdue" if "超期" in label else "all"

        seen: dict = {}

        def one(tab: str = tab, text: str = text, who: m.LeaderFilter = who, seen: dict = seen) -> None:
            seen.update(m.queue_count_all(text, TODAY, limit, who))
            m.queue_page(tab, text, TODAY, limit, 0, 200, who)

        best = timed(one)
        print(f"{label}: counts + first page {best:.1f} ms ({seen['all']} items, {seen[tab]} on the tab)")
    q, args = m._bind(f"SELECT id FROM instruction WHERE {m._where('all', '', m.LeaderFilter(overseer_id=1))} "
                      "ORDER BY +queue_rank, deadline, id LIMIT 200",
                      m._params(TODAY, limit, "", m.LeaderFilter(overseer_id=1)))
    for row in database().execute_sql("EXPLAIN QUERY PLAN " + q, args).fetchall():
        print("  plan:", row[-1])


if __name__ == "__main__":
    main()
