"""``check`` over ten years (python benchmarks/bench_check.py).

Builds the ten-year database of ``bench_stats.py`` (100,000 instructions, 500,000
messages, written with executemany and no audit rows), then gives its records what the
program would have given them:

1. the baseline an upgrade from a file without digests writes (timed: what the first
   start of this version costs such a file), and
2. a plausible audit history on top (``BENCH_HISTORY=0`` leaves it out): six rows per
   instruction, three per assignment, one per reminder and unit, a bulk import row per
   thousand messages with its digests, and four rows per message (read, forward, reply,
   publish) — about three million audit rows, the last of each record carrying its true
   digest, as the workflows write them.

Then it runs ``python main.py check`` as a clerk would and prints its wall time, and the
parts in process: SQLite's integrity check, the chain walk, the comparison of records.
``BENCH_SCALE=0.2`` builds a fifth of it (to extrapolate on a slow machine);
``BENCH_DB=path`` reuses a database built before.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_stats  # noqa: E402

SCALE = float(os.environ.get("BENCH_SCALE", "1"))
HISTORY = os.environ.get("BENCH_HISTORY", "1") != "0"
PER_RECORD = {"instruction": 6, "instruction_assignment": 3, "instruction_reminder": 1, "unit": 1, "message": 4}
ACTIONS = ("update", "remind", "sign", "complete", "review", "report_back")


def _history(db) -> int:
    """Append the audit history (see the module docstring) with executemany; return rows."""
    from models.core import audit, digests

    con = db.connection()
    now = {t: dict(digests.table_digests(t)) for t in PER_RECORD}
    head = con.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    next_id, prev = head[0] + 1, head[1]
    rows: list[tuple] = []
    side: list[tuple] = []
    day = dt.datetime(2005, 1, 1, 9)

    def add(action, table, record_id, before, after, digest, summary=""):
        nonlocal next_id, prev
        at = (day + dt.timedelta(seconds=next_id)).isoformat(timespec="seconds")
        h = audit._digest(prev, at, "张督查", action, table, record_id, summary, before, after, digest)
        rows.append((next_id, at, "张督查", action, table, record_id, summary, before, after, prev, h, digest))
        prev = h
        next_id += 1

    con.execute("BEGIN")
    messages = sorted(now["message"].items(), key=lambda kv: int(kv[0]))
    for start in range(0, len(messages), 1000):
        part = sorted(messages[start:start + 1000])
        audit_id = next_id
        add("import", "message", None, None, json.dumps({"new": len(part)}), audit.bulk_digest(part),
            f"导入网民留言 board-{start // 1000}.xlsx")
        side.extend((audit_id, rid, d) for rid, d in part)
    for table, n in PER_RECORD.items():
        for record_id, digest in now[table].items():
            for k in range(n):
                last = k == n - 1
                add(ACTIONS[k % len(ACTIONS)], table, record_id, '{"state": "办理中"}', '{"state": "已办结"}',
                    digest if last else f"{k:064d}", f"{table} {record_id}")
            if len(rows) > 200_000:
                _flush(con, rows, side)
    _flush(con, rows, side)
    con.execute("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1", (next_id - 1, prev))
    con.execute("COMMIT")
    return next_id - 1 - head[0]


def _flush(con, rows: list, side: list) -> None:
    con.executemany("INSERT INTO audit_log (id, at, actor, action, table_name, record_id, summary, before, after, "
                    "prev_hash, hash, digest) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.executemany("INSERT INTO audit_record_digest (audit_id, record_id, digest) VALUES (?,?,?)", side)
    rows.clear()
    side.clear()


def build(path: Path) -> None:
    from models.core import record_check
    from models.core.db import close_database, write_transaction
    from models.core.schema import open_database

    bench_stats.INSTRUCTIONS = int(bench_stats.INSTRUCTIONS * SCALE)
    bench_stats.MESSAGES = int(bench_stats.MESSAGES * SCALE)
    db = open_database(path)
    t = time.perf_counter()
    bench_stats.generate(db)
    print(f"generate {bench_stats.INSTRUCTIONS:,} instructions + {bench_stats.MESSAGES:,} messages "
          f"{time.perf_counter() - t:8.1f} s")
    t = time.perf_counter()
    with write_transaction():
        found, _ = record_check.compare(record_check.last_digests())
        n = record_check.write_baseline(record_check.UPGRADE_ACTOR, found, "升级基线（基准测试）")
    print(f"baseline of {n:,} records (what an upgrade writes)          {time.perf_counter() - t:8.1f} s")
    if HISTORY:
        t = time.perf_counter()
        rows = _history(db)
        print(f"audit history: {rows:,} rows                              {time.perf_counter() - t:8.1f} s")
    close_database()


def _children_cpu() -> float:
    usage = os.times()
    return usage.children_user + usage.children_system


def main() -> None:
    path = Path(os.environ.get("BENCH_DB") or Path(tempfile.mkdtemp()) / "bench_check.sqlite3")
    if not path.exists():
        build(path)
    print(f"file: {path.stat().st_size / 1e6:,.0f} MB")
    env = {**os.environ, "DUCHA_DATA_DIR": str(path.parent / "data")}
    t, c = time.perf_counter(), _children_cpu()
    out = subprocess.run([sys.executable, str(Path(__file__).resolve().parent.parent / "main.py"), "check",
                          "--db", str(path)], capture_output=True, text=True, env=env)
    wall, cpu = time.perf_counter() - t, _children_cpu() - c
    print(out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr)
    print(f"python main.py check (exit {out.returncode})  {wall:6.1f} s  (CPU {cpu:.1f} s; the machine's load "
          f"average {os.getloadavg()[0]:.1f})")

    from models.core import audit, record_check
    from models.core.db import close_database, integrity_problem
    from models.core.schema import open_database

    def part(label: str, fn):
        t, c = time.perf_counter(), time.process_time()
        value = fn()
        print(f"  {label:<56} {time.perf_counter() - t:6.1f} s  (CPU {time.process_time() - c:.1f} s)")
        return value

    part("SQLite integrity_check (full)", lambda: integrity_problem(path, full=True, foreign_keys=False))
    open_database(path, check_integrity="none")
    last = record_check.LastDigests()
    problems = part("chain walk (hashes, digests collected)",
                    lambda: audit.walk_log(audit.head_now(), last.seen))
    print(f"    {last.rows:,} rows with digests, {len(problems)} problems")
    found, records = part("compare every record", lambda: record_check.compare(last))
    print(f"    {records:,} records, {len(found)} differ")
    close_database()


if __name__ == "__main__":
    main()
