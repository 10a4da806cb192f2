"""Backups: the rotation rule, automatic daily and exit backups, verified restore."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.core import settings
from models.core.actors import LOCAL_ACTOR
from models.core.db import close_database, database, open_database
from models.reference.directory import Unit, UnitData, save_unit
from models.safety import backups as br

ROOT = Path(__file__).resolve().parents[3]


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = dt.datetime(2013, 1, 1, 18, 0)
    taken = [start + dt.timedelta(days=i, hours=h) for i in range(700) for h in (0, 2)]
    kept = br.select_kept(taken, 7, 4, 12)
    newest = max(taken)
    assert newest in kept
    days = {t.date() for t in kept}
    last7 = {newest.date() - dt.timedelta(days=i) for i in range(7)}
    assert last7 <= days
    # One per day (the day's newest), per week and per month — never more.
    assert all(t.hour == 20 for t in kept)
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12
    weeks = {tuple(t.isocalendar())[:2] for t in kept}
    assert len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    y, m = newest.year, newest.month
    last12 = set()
    for _ in range(12):
        last12.add((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    assert months == last12  # nothing older than the twelfth month back


def test_rotation_with_few_backups_keeps_them_all():
    taken = [dt.datetime(2014, 10, 1, 9), dt.datetime(2014, 10, 5, 9)]
    assert br.select_kept(taken, 7, 4, 12) == set(taken)
    assert br.select_kept([], 7, 4, 12) == set()


def test_prune_deletes_only_what_the_rotation_drops(tmp_path):
    db_path = tmp_path / "office.sqlite3"
    folder = tmp_path / "bk"
    folder.mkdir()
    for i in range(40):
        (folder / br.backup_name(db_path, dt.datetime(2014, 9, 1, 8) + dt.timedelta(days=i))).write_bytes(b"x")
    (folder / "unrelated-file.sqlite3").write_bytes(b"keep me")
    removed = br.prune(db_path, folder, 7, 4, 12)
    left = br.found_backups(db_path, folder)
    assert len(left) + len(removed) == 40
    assert 7 <= len(left) <= 7 + 4 + 2
    assert (folder / "unrelated-file.sqlite3").exists()


def test_daily_start_backup_once_a_day_and_exit_backup(db, db_path, actor, tmp_path):
    settings.set_value(actor, "backup.folder", str(tmp_path / "usb"))
    save_unit(actor, UnitData("市水利局"))
    day = dt.date(2014, 10, 28)
    first = br.backup_on_start(db_path, day, dt.datetime(2014, 10, 28, 8, 30))
    assert first.path and first.path.parent == tmp_path / "usb" and not first.error
    again = br.backup_on_start(db_path, day, dt.datetime(2014, 10, 28, 14, 0))
    assert again.path is None
    out = br.backup_on_exit(db_path, day, dt.datetime(2014, 10, 28, 18, 0))
    assert out.path and out.path.name.endswith("-exit.sqlite3")
    assert br.verify_backup(out.path) == []
    con = sqlite3.connect(out.path)
    assert con.execute("SELECT name FROM unit").fetchall() == [("市水利局",)]
    con.close()
    nxt = br.backup_on_start(db_path, dt.date(2014, 10, 29), dt.datetime(2014, 10, 29, 8, 0))
    assert nxt.path is not None
    assert br.last_backup(db_path).path == nxt.path


def test_a_missing_usb_drive_does_not_stop_the_program(db, db_path, actor, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.set_value(actor, "backup.folder", str(blocker / "sub"))
    outcome = br.backup_on_start(db_path, dt.date(2014, 10, 28))
    assert outcome.path is None and "备份失败" in outcome.error


def _office(tmp_path, names) -> Path:
    path = tmp_path / "office.sqlite3"
    open_database(path)
    for n in names:
        save_unit(LOCAL_ACTOR, UnitData(n))
    return path


def test_restore_verifies_replaces_and_keeps_the_old_file_aside(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    path = _office(tmp_path, ["市水利局"])
    good = br.take_backup(database(), path, dt.datetime(2014, 10, 27, 18), tmp_path / "bk")
    save_unit(LOCAL_ACTOR, UnitData("市农委"))  # committed after the backup: lives in the WAL
    close_database()
    aside = br.restore(good, path, dt.datetime(2014, 10, 28, 9), LOCAL_ACTOR)
    assert aside is not None and aside.name == "office.replaced-20141028-090000.sqlite3"
    assert sqlite3.connect(aside).execute("SELECT COUNT(*) FROM unit").fetchone()[0] == 2
    open_database(path)
    try:
        assert [u.name for u in Unit.select()] == ["市水利局"]
    finally:
        close_database()


def _corrupt_variants(tmp_path: Path, good: Path) -> dict[str, Path]:
    out = {}
    data = good.read_bytes()
    p = tmp_path / "truncated.sqlite3"
    p.write_bytes(data[: len(data) // 3])
    out["truncated"] = p
    p = tmp_path / "noise.sqlite3"
    p.write_bytes(b"PK\x03\x04 not a database at all" * 100)
    out["noise"] = p
    p = tmp_path / "flipped.sqlite3"
    raw = bytearray(data)
    for off in range(4096 + 100, min(len(raw), 4096 * 6), 7):
        raw[off] ^= 0x5A
    p.write_bytes(bytes(raw))
    out["flipped"] = p
    p = tmp_path / "foreign.sqlite3"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    out["foreign"] = p
    p = tmp_path / "newer.sqlite3"
    p.write_bytes(data)
    con = sqlite3.connect(p)
    con.execute("INSERT INTO schema_version VALUES (999, 'future', '2099-01-01')")
    con.commit()
    con.close()
    out["newer"] = p
    p = tmp_path / "tampered.sqlite3"
    p.write_bytes(data)
    con = sqlite3.connect(p)
    con.execute("UPDATE audit_log SET actor = 'x' WHERE id = 1")
    con.commit()
    con.close()
    out["tampered"] = p
    return out


def test_a_corrupt_or_foreign_backup_is_refused_and_nothing_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    path = _office(tmp_path, ["市水利局", "市农委"])
    good = br.take_backup(database(), path, dt.datetime(2014, 10, 27, 18), tmp_path / "bk")
    close_database()
    before = path.read_bytes()
    for kind, bad in _corrupt_variants(tmp_path, good).items():
        problems = br.verify_backup(bad)
        assert problems, kind
        with pytest.raises(br.RestoreError, match="不能恢复"):
            br.restore(bad, path, dt.datetime(2014, 10, 28, 9), LOCAL_ACTOR)
        assert path.read_bytes() == before, kind
        assert not list(tmp_path.glob("office.replaced-*")), kind
    assert br.verify_backup(good) == []


HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
from models.core.db import open_database
from models.core import presence
open_database({path!r})
presence.register({path!r}, "李督查")
print("ready", flush=True)
time.sleep(30)
"""


def test_restore_is_refused_while_another_program_has_the_file_open(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    path = _office(tmp_path, ["市水利局"])
    good = br.take_backup(database(), path, dt.datetime(2014, 10, 27, 18), tmp_path / "bk")
    close_database()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), path=str(path))],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(br.RestoreError, match="李督查"):
            br.restore(good, path, dt.datetime(2014, 10, 28, 9), LOCAL_ACTOR)
        # Even without its presence file, SQLite's own lock on the -shm file gives it away.
        for f in (path.parent / (path.name + ".users")).glob("*.json"):
            f.unlink()
        with pytest.raises(br.RestoreError, match="另一个程序"):
            br.restore(good, path, dt.datetime(2014, 10, 28, 9), LOCAL_ACTOR)
    finally:
        proc.kill()
        proc.wait()
    time.sleep(0.1)
    assert br.restore(good, path, dt.datetime(2014, 10, 28, 9), LOCAL_ACTOR) is not None


def test_a_backup_from_before_record_digests_is_upgraded_in_its_copy_and_checks_clean(tmp_path, monkeypatch):
    from models.core import audit, record_check
    from tests.models.core.test_record_digests import _old_file

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    old = tmp_path / "bk" / "office-20141020-180000.sqlite3"
    old.parent.mkdir()
    _old_file(old, monkeypatch)
    path = _office(tmp_path, ["市水利局", "市农委", "市财政局"])
    close_database()
    br.restore(old, path, dt.datetime(2014, 10, 28, 9), LOCAL_ACTOR)
    assert not list(tmp_path.glob("*.before-v*")) and not list(tmp_path.glob("*.restoring*"))
    open_database(path)
    try:
        actions = [r.action for r in audit.AuditLog.select().order_by(audit.AuditLog.id)]
        assert actions[:2] == ["insert", "insert"] and actions[-1] == "restore"
        assert set(actions[2:-1]) == {"baseline"}
        assert record_check.check().ok
    finally:
        close_database()
