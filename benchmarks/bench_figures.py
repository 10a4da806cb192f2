"""A year's figures and the 工作台 over a given database, timed in one process.

    python benchmarks/bench_figures.py DB [--year 2014] [--today 2014-10-28] [--runs 7] [--json]

Prints the median wall and processor time (all threads) of ``stats_tables.compute`` for
the year (what the 统计 pane shows), of ``figures.collect`` (``stats --json``) and of
``build_dashboard`` (the 工作台), each after one warm-up run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

# DUCHA_BENCH_ROOT: time another checkout's code with this script (run.py --baseline).
sys.path.insert(0, os.environ.get("DUCHA_BENCH_ROOT") or str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--year", type=int, default=2014)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2014, 10, 28))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    from models.core import figures
    from models.core.schema import open_database
    from models.overview.dashboard import build_dashboard
    from models.overview.stats_tables import compute

    open_database(args.db, check_integrity="none")
    a, b, today = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31), args.today
    out: dict[str, float] = {}
    for name, fn in (("compute_year", lambda: compute(a, b, today)),
                     ("collect_year", lambda: figures.collect(a, b, today)),
                     ("build_dashboard", lambda: build_dashboard(today))):
        fn()
        walls, cpus = [], []
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            fn()
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        out[f"{name}_ms"] = statistics.median(walls) * 1000
        out[f"{name}_cpu_ms"] = statistics.median(cpus) * 1000
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:24} {v:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
