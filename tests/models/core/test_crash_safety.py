"""Crash safety for real: programs killed with SIGKILL at random moments.

Two kinds of victim: ``python main.py import units FILE`` (an import of a few hundred
units, one transaction) and a loop of single workflow writes that prints each name
once its transaction has committed. After every kill the file must pass SQLite's
integrity check and ``check``'s audit chain, every import must be all or nothing,
and every write the victim reported as committed must be there.
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.core.audit import verify_chain_rows

ROOT = Path(__file__).resolve().parents[3]
ROWS_PER_IMPORT = 250
IMPORT_KILLS = 20
LOOP_KILLS = 10

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")

LOOP = """
import sys
sys.path.insert(0, {root!r})
from models.core.actors import LOCAL_ACTOR
from models.core.schema import open_database
from models.reference.directory import UnitData, save_unit
open_database({db!r})
print("ready", flush=True)
i = 0
while True:
    name = "循环{tag}-%05d" % i
    save_unit(LOCAL_ACTOR, UnitData(name, kind="县区"))
    print(name, flush=True)
    i += 1
"""


def _state(db: Path) -> tuple[int, int, set[str]]:
    """(units, unit audit rows, unit names) after checking integrity and the chain."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        cur = con.execute("SELECT * FROM audit_log ORDER BY id")
        cols = [d[0] for d in cur.description]
        head = con.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
        problem = verify_chain_rows((dict(zip(cols, r, strict=True)) for r in cur), head)
        assert problem is None, problem
        names = {r[0] for r in con.execute("SELECT name FROM unit")}
        audited = con.execute("SELECT COUNT(*) FROM audit_log WHERE table_name = 'unit' "
                              "AND action = 'insert'").fetchone()[0]
        return len(names), audited, names
    finally:
        con.close()


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["DUCHA_DATA_DIR"] = str(tmp_path / "data")
    env.pop("DUCHA_PASSWORD", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def test_kill_9_at_random_moments_never_loses_or_half_writes(tmp_path):
    rng = random.Random(int(os.environ.get("DUCHA_CRASH_SEED", "2014")))
    db = tmp_path / "office.sqlite3"
    env = _env(tmp_path)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "init", "--db", str(db)], check=True,
                   env=env, capture_output=True)
    expected: set[str] = set()
    kills = survived = completed = mid_apply = 0
    t0 = time.monotonic()

    for k in range(IMPORT_KILLS):
        f = tmp_path / f"units-{k}.csv"
        names = [f"导入{k:02d}单位{i:04d}" for i in range(ROWS_PER_IMPORT)]
        f.write_text("单位名称,简称,类型\n" + "\n".join(f"{n},{n[-4:]},市直单位" for n in names) + "\n",
                     encoding="utf-8")
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "import", "units", str(f), "--db", str(db)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        if k % 2:
            # Wait for the plan line, so the kill lands inside the writing transaction.
            line = proc.stdout.readline()
            assert "预检" in line, line
            time.sleep(rng.uniform(0.0, 0.8))
            mid_apply += 1
        else:
            time.sleep(rng.uniform(0.05, 1.2))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        finished = proc.returncode == 0
        count, audited, present = _state(db)
        batch = set(names) & present
        assert batch in (set(), set(names)), f"import {k} half-written: {len(batch)} of {len(names)}"
        if finished:
            assert batch == set(names)
            completed += 1
        expected |= batch
        assert present == expected and audited == count
        survived += 1

    for k in range(LOOP_KILLS):
        proc = subprocess.Popen([sys.executable, "-c", LOOP.format(root=str(ROOT), db=str(db), tag=k)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        kills += 1
        proc.wait()
        # Only whole lines count: a name is printed after its commit returned.
        out = proc.stdout.read()
        reported = {line for line in out.split("\n")[:-1] if line}
        count, audited, present = _state(db)
        assert reported <= present, f"committed writes lost: {sorted(reported - present)[:3]}"
        new = {n for n in present - expected if n.startswith(f"循环{k}-")}
        assert len(new - reported) <= 1  # at most the one committed just before the kill
        expected |= new
        assert present == expected and audited == count
        survived += 1

    elapsed = time.monotonic() - t0
    print(f"\nkill -9 loop: {kills} kills ({mid_apply} aimed inside an import's transaction, "
          f"{completed} imports finished before their kill), {survived} of "
          f"{IMPORT_KILLS + LOOP_KILLS} rounds intact, {len(expected)} units, {elapsed:.1f} s")
    assert survived == IMPORT_KILLS + LOOP_KILLS
    assert kills >= IMPORT_KILLS // 2 + LOOP_KILLS
    # Finally the application's own check agrees.
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", str(db)], env=env,
                         capture_output=True, text=True)
    assert res.returncode == 0 and "散列链完整" in res.stdout, res.stderr
