"""Start-of-day and exit backups of the office's server: ``pg_dump`` into this
computer's folder for it, rotated as a file's backups; no ``pg_dump``, a quiet line."""
from __future__ import annotations

import datetime as dt
import os

import pytest

from models.core.paths import backup_dir_for
from models.safety import backups, dumps

URL = "postgresql://clerk@office-db:5433/ducha"


def test_the_servers_backups_are_its_dumps(tmp_path):
    for name in ("ducha-20141027-180000.dump", "ducha-20141028-090000.dump", "ducha-20141028-090000.sqlite3",
                 "other-20141028-090000.dump"):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (2e9, 2e9))
    found = backups.found_backups(URL, tmp_path)
    assert [b.path.name for b in found] == ["ducha-20141027-180000.dump", "ducha-20141028-090000.dump"]
    assert backups.backup_suffix(URL) == ".dump" and backups.backup_suffix(tmp_path / "a.sqlite3") == ".sqlite3"


def test_without_pg_dump_the_start_says_so_quietly_and_writes_nothing(db, actor, monkeypatch, tmp_path):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(dumps.shutil, "which", lambda name: None)
    for outcome in (backups.start_of_day(actor, URL), backups.backup_on_exit(actor, URL)):
        assert outcome.path is None and outcome.no_tool and not outcome.damaged
        assert outcome.error == dumps.NO_TOOL and "pg_dump" in outcome.error
    assert not backup_dir_for(URL).exists()


def test_the_server_is_dumped_once_a_day_into_this_computers_folder(db, db_address, actor, monkeypatch, tmp_path):
    if not getattr(db, "is_server", False):
        pytest.skip("PostgreSQL test: set DUCHA_TEST_PG=postgresql://user@host:port/dbname to run it")
    if not dumps.tool_found():
        pytest.skip("needs PostgreSQL's client programs pg_dump and pg_restore on the PATH")
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(backups, "_clock", lambda: dt.datetime(2014, 10, 28, 9))
    first = backups.start_of_day(actor, db_address)
    assert first.error == "" and first.path is not None
    assert first.path.parent == backup_dir_for(db_address)
    assert str(first.path).startswith(str(tmp_path / "data" / "servers"))
    assert first.path.suffix == ".dump" and first.path.stat().st_size > 0
    assert backups.start_of_day(actor, db_address).path is None  # one start-of-day backup a day
    assert backups.last_backup(db_address).path == first.path


def test_the_servers_dumps_are_rotated_by_the_window_s_backups(db, actor, monkeypatch, tmp_path):
    """The rotation after a backup of the server prunes its .dump files (it looked for
    .sqlite3 files and kept every dump); the server's own dump is stubbed."""
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 40):  # 39 daily dumps, September–October 2014
        taken = dt.datetime(2014, 9, 20, 18) + dt.timedelta(days=day)
        path = folder / f"ducha-{taken:%Y%m%d-%H%M%S}.dump"
        path.write_bytes(b"x")
        os.utime(path, (taken.timestamp(), taken.timestamp()))
    monkeypatch.setattr(backups, "_clock", lambda: dt.datetime(2014, 10, 29, 9))
    monkeypatch.setattr(dumps, "dump", lambda url, into, taken: into / "ducha-20141029-090000.dump")
    backups.take_backup(actor, db, URL, folder)
    left = sorted(p.name for p in folder.iterdir())
    assert len(left) < 20 and "ducha-20141028-180000.dump" in left
