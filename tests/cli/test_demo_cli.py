"""``python main.py demo``: what it prints is what ``stats`` then reports, the day it is
built for is the file's "today", and a build stopped at any moment leaves nothing."""
from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli import run

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50  # issue 14 asks for at least 50 kills of the demo build


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)


def _stats(db: Path, capsys, start: str, end: str, *extra: str) -> dict:
    assert run(["--db", str(db), "stats", "--from", start, "--to", end, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_what_demo_prints_is_what_stats_reports(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    assert run(["demo", "--db", str(db)]) == 0  # no --today: the demonstration has its own day
    printed = capsys.readouterr().out
    key_items = int(re.search(r"2014年决策督查（(\d+)项重点工作", printed)[1])
    regional, city = map(int, re.search(r"2014年1—10月领导批示件（自治区(\d+)件、市(\d+)件，均按期办结", printed).groups())
    received, replied = map(int, re.search(r"网民留言（2014年收到(\d+)条，已回复(\d+)条）", printed).groups())
    assert "“今天”按 2014年10月28日" in printed

    year = _stats(db, capsys, "2014-01-01", "2014-12-31")
    jan_oct = _stats(db, capsys, "2014-01-01", "2014-10-31")
    assert year["key_items"]["total"] == key_items
    for level, n in (("regional", regional), ("city", city)):
        f = jan_oct["instructions"][level]
        assert (f["registered"], f["completed"], f["due"], f["completed_on_time"]) == (n, n, n, n), level
        assert f["on_time_rate"] == 1.0
    assert (year["messages"]["received"], year["messages"]["replied"]) == (received, replied)
    # …and those are the article's figures.
    assert (key_items, regional, city, replied) == (22, 18, 35, 224)


def test_every_command_on_a_demo_file_takes_its_day_unless_told_otherwise(tmp_path, capsys, demo_db, db_path):
    from models.core.db import close_database

    close_database()
    assert run(["--db", str(db_path), "stats", "--from", "2014-01-01", "--to", "2014-10-31"]) == 0
    out, err = capsys.readouterr()
    assert "截至 2014-10-28" in out and "演示数据库：“今天”按 2014年10月28日 计" in err
    assert run(["--db", str(db_path), "evaluate", "--quarter", "2014Q4"]) == 0
    assert "按 2014-10-28 的记录计算" in capsys.readouterr().out
    assert run(["--db", str(db_path), "--today", "2014-12-31", "stats", "--from", "2014-01-01",
                "--to", "2014-12-31"]) == 0
    out, err = capsys.readouterr()
    assert "截至 2014-12-31" in out and "演示数据库" not in err
    # The office's own file keeps the computer's date.
    office = tmp_path / "office.sqlite3"
    assert run(["--db", str(office), "evaluate", "--quarter", "2014Q4"]) == 0
    out, err = capsys.readouterr()
    assert "按 2014-10-28" not in out and "演示数据库" not in err


def test_demo_is_always_the_articles_day(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    assert run(["demo", "--db", str(db), "--today", "2015-03-01"]) == 1
    err = capsys.readouterr().err
    assert "2014年10月28日" in err and "--today 2015-03-01" in err
    assert not db.exists()


def _state(db: Path) -> tuple[int, str | None]:
    """(units, stored demo day), after SQLite's integrity check; (0, None) before migration."""
    if not db.exists():
        return 0, None
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"unit", "setting"} <= tables:
            return 0, None
        units = con.execute("SELECT COUNT(*) FROM unit").fetchone()[0]
        day = con.execute("SELECT value FROM setting WHERE key = 'demo.today'").fetchone()
        return units, json.loads(day[0]) if day else None
    finally:
        con.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_demo_killed_at_random_moments_leaves_nothing_and_runs_again(tmp_path):
    rng = random.Random(int(os.environ.get("DUCHA_CRASH_SEED", "2014")))
    db = tmp_path / "demo.sqlite3"
    env = {**os.environ, "DUCHA_DATA_DIR": str(tmp_path / "data"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("DUCHA_PASSWORD", None)
    demo = [sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db)]
    kills = inside = finished = 0
    t0 = time.monotonic()
    for k in range(KILLS):
        proc = subprocess.Popen(demo, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        if k % 2:
            # Wait for the line printed just before the build's transaction starts.
            line = proc.stdout.readline()
            assert "正在生成演示数据" in line, line
            time.sleep(rng.uniform(0.0, 2.0))
            inside += 1
        else:
            time.sleep(rng.uniform(0.05, 0.8))  # start-up, opening, migrating
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
        proc.stdout.close()
        units, day = _state(db)
        if proc.returncode == 0:
            assert (units, day) == (44, "2014-10-28")
            finished += 1
            for f in tmp_path.glob("demo.sqlite3*"):
                f.unlink()
        else:
            assert (units, day) == (0, None), f"round {k}: a killed demo left {units} units"
    print(f"\ndemo kill -9 loop: {kills} kills ({inside} aimed inside the build), {finished} builds "
          f"finished first, {time.monotonic() - t0:.1f} s")
    assert kills >= KILLS // 2
    res = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", str(db)], env=env,
                         capture_output=True, text=True, encoding="utf-8")
    assert res.returncode == 0 and "散列链完整" in res.stdout, res.stderr
    res = subprocess.run(demo, env=env, capture_output=True, text=True, encoding="utf-8")
    assert res.returncode == 0 and "演示数据已写入" in res.stdout, res.stderr
    assert _state(db) == (44, "2014-10-28")
