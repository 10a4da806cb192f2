"""Importing an instruction ledger (批示件台账) of 300 and 3,000 rows (target: 3,000 rows < 3 s).

    python benchmarks/bench_ledger.py [--rows 300 3000] [--runs 3] [--into FILE] [--json]

Each run copies a database holding the demonstration's units and leaders (or, with
``--into``, a copy of that file, e.g. the ten-year database), writes an .xlsx ledger
whose rows cover every state a ledger can describe (registered, being handled,
completed on time or late, reviewed, failed review, reported back; dates and "N个工作日"
deadlines; one to three units), and times reading and planning it (``plan_ledger``) and
writing it (``apply_ledger``). Prints the median of the runs, one line per size.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

# DUCHA_BENCH_ROOT: time another checkout's code with this script (run.py --baseline).
sys.path.insert(0, os.environ.get("DUCHA_BENCH_ROOT") or str(Path(__file__).resolve().parents[1]))


def ledger_rows(n: int, rng: random.Random, units: list[tuple[str, str]], leaders: list[tuple[str, str, str]],
                prefix: str = "台账") -> list[tuple]:
    """``n`` ledger rows in every state, numbered ``{prefix}〔year〕i号``."""
    rows = []
    for i in range(n):
        year = rng.choice((2012, 2013, 2014))
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(0, 350))
        leader, _, level = rng.choice(leaders)
        state = rng.choice(("登记", "办理中", "办结", "复核通过", "报结", "报结", "复核不通过"))
        names = deadline = done = review = reported = None
        if state != "登记":
            names = "、".join(rng.choice((u[0], u[1] or u[0])) for u in rng.sample(units, rng.randint(1, 3)))
            deadline = (f"{rng.randint(5, 20)}个工作日" if rng.random() < 0.5
                        else (day + dt.timedelta(days=rng.randint(5, 60))).isoformat())
            if state != "办理中":
                done = day + dt.timedelta(days=rng.randint(1, 70))
                review = {"办结": None, "复核通过": "通过", "报结": "通过", "复核不通过": "不通过"}[state]
                if state == "报结":
                    reported = done + dt.timedelta(days=rng.randint(0, 9))
        rows.append((f"{prefix}〔{year}〕{i + 1}号", leader, level, day, f"关于第{i + 1}件事项的来文",
                     f"请有关单位抓紧研究办理第{i + 1}件事项，及时报告结果。", names, deadline, done, review, reported))
    return rows


def write_ledger(path: Path, rows: list[tuple]) -> Path:
    from openpyxl import Workbook

    from models.instructions.importing import LEDGER_HEADERS

    wb = Workbook()
    ws = wb.active
    ws.append(["领导批示件办理台账"])
    ws.append(list(LEDGER_HEADERS))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def reference_db(path: Path) -> Path:
    """A database with the demonstration's units and leaders only."""
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.demo import p10_reference

    open_database(path)
    p10_reference.build(LOCAL_ACTOR, random.Random(1), dt.date(2014, 10, 28))
    close_database()
    return path


def run_once(start: Path, ledger: Path, work: Path) -> tuple[float, float, int]:
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.instructions.importing import apply_ledger, plan_ledger

    db = work / "bench-ledger.sqlite3"
    for extra in ("", "-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    shutil.copy2(start, db)
    open_database(db, check_integrity="none")
    try:
        t = time.perf_counter()
        plan = plan_ledger(ledger, LOCAL_ACTOR)
        planned = time.perf_counter() - t
        if not plan.ok:
            raise SystemExit(f"the generated ledger has errors: {plan.errors[:3]}")
        t = time.perf_counter()
        n = apply_ledger(LOCAL_ACTOR, plan)
        return planned, time.perf_counter() - t, n
    finally:
        close_database()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[300, 3000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--into", type=Path, help="import into a copy of this database (default: units and leaders only)")
    parser.add_argument("--json", action="store_true", help="print the medians as one JSON object instead")
    args = parser.parse_args(argv)
    from models.demo.p10_reference import CITY_UNITS, COUNTIES, LEADERS

    units = [(f"南宁市{c}人民政府", c) for c in COUNTIES] + list(CITY_UNITS)
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        start = args.into or reference_db(work / "reference.sqlite3")
        for n in args.rows:
            ledger = write_ledger(work / f"ledger-{n}.xlsx", ledger_rows(n, random.Random(n), units, LEADERS))
            runs = [run_once(start, ledger, work) for _ in range(args.runs)]
            plan = statistics.median(r[0] for r in runs)
            apply = statistics.median(r[1] + r[0] for r in runs) - plan
            total = statistics.median(r[0] + r[1] for r in runs)
            if not args.json:
                print(f"import a {n:,}-row instruction ledger: {total:6.2f} s  (read + plan {plan:.2f} s, "
                      f"write {apply:.2f} s; {runs[0][2]} new; median of {args.runs})")
            out[n] = {"total_s": total, "plan_s": plan, "write_s": apply}
    if args.json:
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
