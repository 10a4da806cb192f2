"""Backups: the rotation rule, automatic daily and exit backups, verified restore."""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.core import audit, settings
from models.core.actors import LOCAL_ACTOR
from models.core.db import close_database, database
from models.core.errors import PermissionDenied, UserError
from models.core.schema import open_database
from models.reference.directory import Unit, UnitData, save_unit
from models.safety import backups as br

ROOT = Path(__file__).resolve().parents[3]
NOW = dt.datetime(2014, 10, 28, 9, 0)


def test_rotation_keeps_7_daily_4_weekly_12_monthly():
    start = dt.datetime(2013, 1, 1, 18, 0)
    taken = [start + dt.timedelta(days=i, hours=h) for i in range(700) for h in (0, 2)]
    newest = max(taken)
    kept = br.select_kept(taken, 7, 4, 12, newest + dt.timedelta(hours=1))
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
    assert br.select_kept(taken, 7, 4, 12, NOW) == set(taken)
    assert br.select_kept([], 7, 4, 12, NOW) == set()


def test_prune_deletes_only_what_the_rotation_drops(db, actor, tmp_path):
    db_path = tmp_path / "office.sqlite3"
    folder = tmp_path / "bk"
    folder.mkdir()
    for i in range(40):
        (folder / br.backup_name(db_path, dt.datetime(2014, 9, 1, 8) + dt.timedelta(days=i))).write_bytes(b"x")
    (folder / "unrelated-file.sqlite3").write_bytes(b"keep me")
    removed = br.prune(actor, db_path, folder, 7, 4, 12)
    left = br.found_backups(db_path, folder)
    assert len(left) + len(removed) == 40
    assert 7 <= len(left) <= 7 + 4 + 2
    assert (folder / "unrelated-file.sqlite3").exists()


@pytest.fixture
def clock(monkeypatch):
    """The computer's clock as the backups read it, set by the test."""
    now = {"at": NOW}
    monkeypatch.setattr(br, "_clock", lambda: now["at"])
    return now


def test_daily_start_backup_once_a_day_and_exit_backup(db, db_path, actor, tmp_path, clock):
    settings.set_value(actor, "backup.folder", str(tmp_path / "usb"))
    save_unit(actor, UnitData("市水利局"))
    clock["at"] = dt.datetime(2014, 10, 28, 8, 30)
    first = br.backup_on_start(actor, db_path)
    assert first.path and first.path.parent == tmp_path / "usb" and not first.error
    clock["at"] = dt.datetime(2014, 10, 28, 14, 0)
    again = br.backup_on_start(actor, db_path)
    assert again.path is None
    clock["at"] = dt.datetime(2014, 10, 28, 18, 0)
    out = br.backup_on_exit(actor, db_path)
    assert out.path and out.path.name.endswith("-exit.sqlite3")
    assert br.verify_backup(out.path) == []
    con = sqlite3.connect(out.path)
    assert con.execute("SELECT name FROM unit").fetchall() == [("市水利局",)]
    con.close()
    clock["at"] = dt.datetime(2014, 10, 29, 8, 0)
    nxt = br.backup_on_start(actor, db_path)
    assert nxt.path is not None
    assert br.last_backup(db_path).path == nxt.path


def test_a_missing_usb_drive_does_not_stop_the_program(db, db_path, actor, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.set_value(actor, "backup.folder", str(blocker / "sub"))
    outcome = br.backup_on_start(actor, db_path)
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
    good = br.take_backup(LOCAL_ACTOR, database(), path, tmp_path / "bk")
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
    good = br.take_backup(LOCAL_ACTOR, database(), path, tmp_path / "bk")
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
from models.core.schema import open_database
from models.core import presence
open_database({path!r})
presence.register({path!r}, "李督查")
print("ready", flush=True)
time.sleep(30)
"""


def test_restore_is_refused_while_another_program_has_the_file_open(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    path = _office(tmp_path, ["市水利局"])
    good = br.take_backup(LOCAL_ACTOR, database(), path, tmp_path / "bk")
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


# ---- who may back up, the clock that rotates, names that never collide -------------

def _file_at(folder: Path, db_path: Path, moment: dt.datetime, written: dt.datetime | None = None) -> Path:
    """A backup file named for ``moment`` whose file was written at ``written`` (default: the same)."""
    path = folder / br.backup_name(db_path, moment)
    path.write_bytes(b"x")
    stamp = (written or moment).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_a_viewer_can_neither_take_nor_rotate_backups(db, db_path, viewer, tmp_path):
    folder = tmp_path / "bk"
    folder.mkdir()
    old = [_file_at(folder, db_path, NOW - dt.timedelta(days=400 + i)) for i in range(30)]
    with pytest.raises(PermissionDenied, match="查阅"):
        br.take_backup(viewer, database(), db_path, folder)
    with pytest.raises(PermissionDenied):
        br.prune(viewer, db_path, folder)
    assert br.backup_on_start(viewer, db_path).path is None and br.backup_on_exit(viewer, db_path).path is None
    assert sorted(folder.iterdir()) == sorted(old)
    assert audit.AuditLog.select().where(audit.AuditLog.action == "backup_delete").count() == 0


def test_a_backup_from_the_future_keeps_its_place_and_takes_none():
    real = [NOW - dt.timedelta(days=i) for i in range(10)]
    future = [dt.datetime(2099, m, 1, 9) for m in range(1, 13)]
    kept = br.select_kept(real + future, 7, 0, 0, NOW)
    assert set(future) <= kept  # not deleted (the clock that made them was wrong) ...
    assert set(real[:7]) <= kept  # ... and the real newest seven days all stay


def test_a_backup_is_as_old_as_its_file_whatever_its_name_says(tmp_path):
    db_path = tmp_path / "office.sqlite3"
    forged = _file_at(tmp_path, db_path, dt.datetime(2099, 1, 1, 9), written=NOW)
    copied = _file_at(tmp_path, db_path, NOW - dt.timedelta(days=3), written=NOW)  # copied later: the name is older
    found = {b.path: b.taken for b in br.found_backups(db_path, tmp_path)}
    assert found == {forged: NOW, copied: NOW - dt.timedelta(days=3)}


def test_every_deletion_by_the_rotation_is_audited(db, db_path, clerk, tmp_path, clock):
    folder = tmp_path / "bk"
    folder.mkdir()
    for i in range(20):
        _file_at(folder, db_path, NOW - dt.timedelta(days=i, hours=1))
    removed = br.prune(clerk, db_path, folder, 7, 0, 0)
    assert len(removed) == 13 and not any(p.exists() for p in removed)
    rows = list(audit.AuditLog.select().where(audit.AuditLog.action == "backup_delete"))
    assert sorted(json.loads(r.before)["file"] for r in rows) == sorted(str(p) for p in removed)
    assert {r.actor for r in rows} == {clerk.name} and "备份轮换" in rows[0].summary
    assert audit.verify_chain() is None


def test_two_backups_in_the_same_second_are_two_files(db, db_path, actor, tmp_path, clock):
    folder = tmp_path / "bk"
    first = br.take_backup(actor, database(), db_path, folder, rotate=False)
    second = br.take_backup(actor, database(), db_path, folder, rotate=False)
    assert first != second and second.name == first.name.replace(".sqlite3", "-2.sqlite3")
    assert br.verify_backup(first) == [] and br.verify_backup(second) == []
    # Another program still writing the next name in that second: its file is left alone.
    theirs = folder / (second.name.replace("-2.sqlite3", "-3.sqlite3") + ".partial")
    theirs.write_bytes(b"being written by another program")
    third = br.take_backup(actor, database(), db_path, folder, rotate=False)
    assert third.name.endswith("-4.sqlite3") and theirs.read_bytes() == b"being written by another program"
    assert {b.path for b in br.found_backups(db_path, folder)} == {first, second, third}


def test_a_backup_that_finds_the_disk_full_says_so_and_leaves_nothing(db, db_path, actor, tmp_path, monkeypatch):
    import models.core.backup as core_backup

    real_connect = sqlite3.connect

    def full_destination(target, *args, **kwargs):
        con = real_connect(target, *args, **kwargs)
        if str(target).endswith(".partial"):
            con.execute("PRAGMA max_page_count = 2")  # the copy meets SQLITE_FULL
        return con

    monkeypatch.setattr(core_backup.sqlite3, "connect", full_destination)
    folder = tmp_path / "usb"
    with pytest.raises(UserError) as caught:
        br.take_backup(actor, database(), db_path, folder)
    text = caught.value.message
    assert text.startswith("备份失败：磁盘已满") and "数据库本身不受影响" in text and "U盘" not in text.split("。")[0]
    assert list(folder.iterdir()) == []


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
