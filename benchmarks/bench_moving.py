"""Moving a one-year office onto a PostgreSQL server (issue 20): ``migrate-to`` and ``check``.

    python benchmarks/bench_moving.py postgresql://postgres@127.0.0.1:5433/postgres \
        [--rows 10000] [--messages 50000] [--keep FILE]

The office is made the way a clerk's would be, through the program's own paths so that
every record has its audit record and ``check`` passes on the file before the move: the
demonstration office of 2014 (plans, key items, instructions in every state, research,
documents, accounts), then a year's instruction ledger imported (``--rows`` rows in every
state, the bulk importer) and a year's citizen messages imported (``--messages``). The
server address names an existing database the script may create others in; it creates a
new empty database there, moves the file into it and drops it afterwards. Prints the
size of the office and the time of ``check`` on the file, ``migrate-to`` and ``check``
on the server — all three must pass.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = dt.date(2014, 10, 28)


def build_office(path: Path, rows: int, messages: int, seed: int = 1) -> dict[str, int]:
    """The demonstration office in ``path`` with ``rows`` ledger rows and ``messages``
    messages imported through the program; returns how many of each were written."""
    from models.core.db import close_database
    from models.core.schema import open_database

    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path), "--today", TODAY.isoformat()],
                   check=True, capture_output=True)
    open_database(path, check_integrity="none")
    try:
        return grow_office(rows, messages, seed)
    finally:
        close_database()


def grow_office(rows: int, messages: int, seed: int = 1) -> dict[str, int]:
    """Import ``rows`` ledger rows in every state and ``messages`` citizen messages into the
    open database, as a clerk's 导入 does (each with its audit record)."""
    from benchmarks.bench_ledger import ledger_rows, write_ledger
    from benchmarks.bench_messages import make_rows, write_csv
    from models.core.actors import LOCAL_ACTOR
    from models.demo.p10_reference import CITY_UNITS, COUNTIES, LEADERS
    from models.instructions.importing import apply_ledger, plan_ledger
    from models.messages.importing import apply_import, plan_import

    rng = random.Random(seed)
    units = [(f"南宁市{c}人民政府", c) for c in COUNTIES] + list(CITY_UNITS)
    with tempfile.TemporaryDirectory() as work:
        ledger = write_ledger(Path(work) / "台账.xlsx", ledger_rows(rows, rng, units, LEADERS))
        plan = plan_ledger(ledger, LOCAL_ACTOR)
        if not plan.ok:
            raise RuntimeError(f"the generated ledger has errors: {plan.errors[:3]}")
        written = apply_ledger(LOCAL_ACTOR, plan)
        sheet = write_csv(Path(work) / "留言.csv", make_rows(messages, rng))
        imported = apply_import(LOCAL_ACTOR, plan_import(sheet), TODAY)
    return {"instructions": written, "messages": imported.new}


def admin(url: str, sql: str) -> None:
    """Run ``sql`` outside a transaction (CREATE/DROP DATABASE) on the database ``url`` names."""
    import psycopg2

    from models.core.dialect import parse

    a = parse(url)
    con = psycopg2.connect(host=a.host, port=a.port, user=a.user, dbname=a.dbname)
    try:
        con.autocommit = True
        con.cursor().execute(sql)
    finally:
        con.close()


def timed(args: list[str]) -> tuple[float, int, str]:
    t = time.perf_counter()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True)
    lines = (done.stdout or done.stderr).strip().splitlines() or [""]
    return time.perf_counter() - t, done.returncode, lines[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("server", help="postgresql://user@host:port/dbname of a database to create others from")
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--messages", type=int, default=50000)
    parser.add_argument("--keep", type=Path, help="keep the generated office in this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        source = args.keep or Path(work) / "office.sqlite3"
        t = time.perf_counter()
        made = build_office(source, args.rows, args.messages)
        print(f"office built through the program: demo + {made['instructions']} ledger rows + "
              f"{made['messages']} messages, {source.stat().st_size / 2**20:.1f} MiB in {time.perf_counter() - t:.1f} s")
        name = f"ducha_moving_{os.getpid()}"
        admin(args.server, f'CREATE DATABASE "{name}"')
        target = args.server.rsplit("/", 1)[0] + "/" + name
        failed = 0
        try:
            for label, cmd in (("check, file", ["--db", str(source), "check"]),
                               ("migrate-to", ["--db", str(source), "migrate-to", target]),
                               ("check, server", ["--db", target, "check"])):
                seconds, code, last = timed(cmd)
                failed |= code
                print(f"{label:14} {seconds:6.1f} s  exit {code}  {last}")
        finally:
            admin(args.server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"Python {sys.version.split()[0]}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
