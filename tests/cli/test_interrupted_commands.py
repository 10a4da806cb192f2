"""One transaction per user action: ``workdays import`` and ``restore`` killed at any moment.

``workdays import`` writes the year's schedule and recomputes the provisional deadlines
in one transaction; ``restore`` writes its own audit record into the restored copy
before it replaces the database. Each is killed with SIGKILL at random moments, again
and again: after every kill the file is either before or after the whole action, and
``check`` finds nothing wrong (a restore without its record made every later ``check``
raise a false alarm; an import without its recomputation left deadlines a week off).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cli import run
from models.calendar import provisional
from models.core import audit, record_check
from models.core.actors import LOCAL_ACTOR
from models.core.db import close_database, database
from models.core.errors import WorkflowError
from models.core.schema import open_database
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit
from models.safety import backups as br

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
FIRST_YEAR = 2040
TODAY = "2026-12-01"

posix_only = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["DUCHA_DATA_DIR"] = str(tmp_path / "data")
    env.pop("DUCHA_PASSWORD", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _assert_check_passes(db: Path) -> None:
    """What ``check`` reads, in process: the chain, every record, the backups."""
    open_database(db)
    try:
        result = record_check.check()
        assert result.ok, (result.chain, result.bulk_problems, [d.text for d in result.differences[:5]])
        assert br.check_against_backups(db) == []
    finally:
        close_database()


# ---- workdays import ------------------------------------------------------------------

def _year_file(folder: Path, year: int) -> Path:
    # Three days off in a row hold at least one weekday: every deadline below moves.
    f = folder / f"cal-{year}.csv"
    f.write_text("日期,类型,名称\n" + "".join(f"{year}-01-{d:02d},放假,测试假日\n" for d in (6, 7, 8)),
                 encoding="utf-8")
    return f


def _calendar_office(tmp_path: Path, years: range) -> Path:
    """A file with, for each year not yet entered, one instruction whose lead unit's
    deadline (5 working days from 5 January) is provisional."""
    db = tmp_path / "office.sqlite3"
    open_database(db)
    try:
        unit = save_unit(LOCAL_ACTOR, UnitData("南宁市交通运输局", "市交通运输局"))
        save_leader(LOCAL_ACTOR, LeaderData("黄振宇", "市委书记", "市"))
        for year in years:
            ins = wf.register(LOCAL_ACTOR, m.InstructionData(
                level="市", received_on=dt.date(year, 1, 2), leader_name="黄振宇", text="请抓紧办理。",
                matter=f"{year}年事项"))
            wf.accept(LOCAL_ACTOR, ins.id, dt.date(year, 1, 3))
            wf.assign(LOCAL_ACTOR, ins.id, dt.date(year, 1, 5), [wf.AssignmentSpec(unit.id, days=5)])
            _year_file(tmp_path, year)
    finally:
        close_database()
    return db


def _reader(db: Path) -> sqlite3.Connection:
    """A connection to ``db`` as the next program to open it gets one: it may recover what
    a killed writer left behind, which a read-only connection cannot always do (one run
    failed with "attempt to write a readonly database" right after a killed restore)."""
    return sqlite3.connect(str(db))


def _calendar_state(db: Path, years: range) -> dict[int, tuple[bool, bool, bool]]:
    """Per year: (year entered, its days written, its deadline recomputed)."""
    con = _reader(db)
    try:
        entered = {r[0] for r in con.execute("SELECT year FROM calendar_year")}
        days = {int(r[0][:4]) for r in con.execute("SELECT day FROM calendar_day WHERE name = '测试假日'")}
        settled = {int(r[0][:4]) for r in con.execute(
            "SELECT a.deadline FROM instruction_assignment a WHERE a.provisional = 0")}
    finally:
        con.close()
    return {y: (y in entered, y in days, y in settled) for y in years}


def test_an_import_whose_recomputation_fails_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    years = range(FIRST_YEAR, FIRST_YEAR + 1)
    db = _calendar_office(tmp_path, years)

    def refuse(actor, cal, today):
        raise WorkflowError("重算暂定时限失败（测试）。")

    monkeypatch.setitem(provisional._RECOMPUTERS, "zz_refuses", refuse)
    assert run(["workdays", "import", str(tmp_path / f"cal-{FIRST_YEAR}.csv"), "--db", str(db),
                "--today", TODAY]) == 1
    assert "重算暂定时限失败" in capsys.readouterr().err
    assert _calendar_state(db, years)[FIRST_YEAR] == (False, False, False)
    monkeypatch.delitem(provisional._RECOMPUTERS, "zz_refuses")
    assert run(["workdays", "import", str(tmp_path / f"cal-{FIRST_YEAR}.csv"), "--db", str(db),
                "--today", TODAY]) == 0
    assert "重算 0 项重点工作、1 个批示件" in capsys.readouterr().out
    assert _calendar_state(db, years)[FIRST_YEAR] == (True, True, True)
    _assert_check_passes(db)


FORK_SERVER = """
import contextlib, io, json, os, sys
sys.path.insert(0, {root!r})
import models
import models.safety.backups, models.safety.restore_check
from cli import run
models.area_modules("deadlines")
print("ready", flush=True)
for line in sys.stdin:
    argv = json.loads(line)
    pid = os.fork()
    if pid == 0:
        with contextlib.redirect_stdout(io.StringIO()):
            code = run(argv)
        sys.stdout.flush()
        os._exit(code)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(json.dumps([os.WIFEXITED(status) and os.WEXITSTATUS(status),
                      os.WIFSIGNALED(status) and os.WTERMSIG(status)]), flush=True)
"""


class Commands:
    """Runs ``python main.py`` commands as forked children of one process that has already
    imported the program, so that a kill lands in the command's own work rather than in
    Python's start-up, and fifty kills take seconds, not minutes."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", FORK_SERVER.format(root=str(ROOT))],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     env=env, text=True)
        assert self.proc.stdout.readline().strip() == "ready"

    def run(self, argv: list[str], kill_after: float | None) -> tuple[bool, float]:
        """Run one command; kill it with SIGKILL after ``kill_after`` seconds unless it has
        finished. Returns (killed, seconds it ran)."""
        import json

        self.proc.stdin.write(json.dumps(argv) + "\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline())
        t = time.monotonic()
        if kill_after is not None:
            time.sleep(kill_after)
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        code, sig = json.loads(self.proc.stdout.readline())
        took = time.monotonic() - t
        if sig:
            assert sig == signal.SIGKILL
            return True, took
        assert code == 0, f"{argv} exited with {code}"
        return False, took

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@posix_only
def test_workdays_import_killed_at_random_moments_is_all_or_nothing(tmp_path):
    rng = random.Random(int(os.environ.get("DUCHA_CRASH_SEED", "2014")))
    env = _env(tmp_path)
    years = range(FIRST_YEAR, FIRST_YEAR + KILLS * 2)
    db = _calendar_office(tmp_path, years)
    commands = Commands(env)
    kills = finished = after_commit = 0
    t0 = time.monotonic()
    try:
        # Three imports left to finish: how long an import takes here.
        took = sorted(commands.run(["workdays", "import", str(tmp_path / f"cal-{y}.csv"), "--db", str(db),
                                    "--today", TODAY], None)[1] for y in years[:3])[1]
        for year in years[3:]:
            killed, ran = commands.run(["workdays", "import", str(tmp_path / f"cal-{year}.csv"), "--db", str(db),
                                        "--today", TODAY], rng.uniform(0.2, 1.1) * took)
            state = _calendar_state(db, years)[year]
            assert state in ((False, False, False), (True, True, True)), f"{year}: half an import {state}"
            if killed:
                kills += 1
                after_commit += state[0]
            else:
                finished += 1
                took = 0.7 * took + 0.3 * ran  # the machine may be busier now, or less
                assert state == (True, True, True)
            if kills % 10 == 0:
                _assert_check_passes(db)
            if kills >= KILLS:
                break
    finally:
        commands.close()
    _assert_check_passes(db)
    states = _calendar_state(db, years)
    print(f"\nworkdays import ({took * 1000:.0f} ms each): {kills} kills ({kills - after_commit} before the "
          f"commit, {after_commit} after it), {finished} imports finished, {time.monotonic() - t0:.1f} s")
    assert kills >= KILLS and 0 < sum(s[0] for s in states.values()) < len(years)
    assert all(s in ((False, False, False), (True, True, True)) for s in states.values())
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", str(db)], env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


# ---- restore ------------------------------------------------------------------------

def _restore_office(tmp_path: Path) -> tuple[Path, dict[str, Path], dict[str, frozenset[str]]]:
    """A file with two older backups to restore and a newer one in the backup folder,
    which a restore without its audit record contradicts."""
    db = tmp_path / "office.sqlite3"
    open_database(db)
    folder = br.backup_folder(db)
    units: dict[str, frozenset[str]] = {}
    files: dict[str, Path] = {}
    try:
        for n, name in enumerate(("一", "二", "newer")):  # taken one after the other, by the clock
            for i in range(3):
                save_unit(LOCAL_ACTOR, UnitData(f"南宁市第{n}批{i}局"))
            files[name] = br.take_backup(LOCAL_ACTOR, database(), db, folder, rotate=False)
            units[name] = frozenset(r[0] for r in database().execute_sql("SELECT name FROM unit"))
    finally:
        close_database()
    return db, files, units


def _units(db: Path) -> frozenset[str]:
    con = _reader(db)
    try:
        return frozenset(r[0] for r in con.execute("SELECT name FROM unit"))
    finally:
        con.close()


def test_a_restore_stopped_right_after_the_swap_already_holds_its_record(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    db, files, units = _restore_office(tmp_path)

    real_replace = os.replace

    def swap_then_die(src, dst):
        real_replace(src, dst)
        if Path(dst) == db:
            raise KeyboardInterrupt  # the power goes right after the rename

    monkeypatch.setattr(br.os, "replace", swap_then_die)
    with pytest.raises(KeyboardInterrupt):
        br.restore(files["一"], db, dt.datetime(2014, 10, 28, 9), LOCAL_ACTOR)
    monkeypatch.undo()
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    assert _units(db) == units["一"]
    open_database(db)
    try:
        last = audit.AuditLog.select().order_by(audit.AuditLog.id.desc()).first()
        assert (last.action, last.table_name, last.actor) == ("restore", "database", LOCAL_ACTOR.name)
        assert files["一"].name in last.summary
    finally:
        close_database()
    _assert_check_passes(db)


@posix_only
def test_restore_killed_at_random_moments_leaves_the_old_file_or_the_restored_one_with_its_record(tmp_path):
    rng = random.Random(int(os.environ.get("DUCHA_CRASH_SEED", "2014")))
    env = _env(tmp_path)
    db, files, units = _restore_office(tmp_path)
    commands = Commands(env)
    kills = finished = swapped = 0
    now = units["newer"]
    t0 = time.monotonic()
    try:
        # Three restores left to finish: how long a restore takes here.
        took = sorted(commands.run(["restore", str(files[t]), "--db", str(db), "--yes"], None)[1]
                      for t in ("一", "二", "二"))[1]
        now = units["二"]
        for k in range(KILLS * 4):
            target = ("一", "二")[k % 2]
            killed, ran = commands.run(["restore", str(files[target]), "--db", str(db), "--yes"],
                                       rng.uniform(0.2, 1.1) * took)
            after = _units(db)
            assert after in (now, units[target]), f"round {k}: neither the old file nor the backup"
            if killed:
                kills += 1
                swapped += after != now
            else:
                finished += 1
                took = 0.7 * took + 0.3 * ran
                assert after == units[target]
            if after != now:
                con = _reader(db)
                last = con.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
                con.close()
                assert last == "restore", f"round {k}: restored without its audit record"
            now = after
            # What ``check`` says after every kill: no false alarm about the backups.
            _assert_check_passes(db)
            if kills >= KILLS:
                break
    finally:
        commands.close()
    print(f"\nrestore ({took * 1000:.0f} ms each): {kills} kills ({kills - swapped} before the swap, {swapped} "
          f"after it), {finished} restores finished, {time.monotonic() - t0:.1f} s")
    assert kills >= KILLS
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", str(db)], env=env,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
