"""Two copies of the program on one file: no lost update, and a held lock is named."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

import models.core.db as dbmod
from models.core import presence
from models.core.db import database, write_transaction
from models.core.errors import DatabaseBusyError, StaleRecordError
from models.reference.directory import Unit, UnitData, save_unit

ROOT = Path(__file__).resolve().parents[3]

OTHER_EDIT = """
import sys
sys.path.insert(0, {root!r})
from models.core.actors import Actor, Role
from models.core.schema import open_database
from models.reference.directory import Unit, UnitData, save_unit
open_database({db!r})
u = Unit.get(Unit.name == "市水利局")
save_unit(Actor("李督查", Role.CLERK), UnitData("市水利局", "水利", phone="0771-5555"), u.id, u.version)
"""

HOLD_LOCK = """
import sys, time
sys.path.insert(0, {root!r})
from models.core.db import write_transaction
from models.core.schema import open_database
from models.core import presence
open_database({db!r})
presence.register({db!r}, "李督查")
with write_transaction():
    print("locked", flush=True)
    time.sleep({seconds})
print("released", flush=True)
"""


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def test_a_stale_form_in_another_process_is_refused_with_both_versions(db, db_address, clerk):
    mine = save_unit(clerk, UnitData("市水利局", "水利局"))
    opened_at = mine.version  # this window's form is opened now
    subprocess.run(_python(OTHER_EDIT.format(root=str(ROOT), db=db_address)), check=True)
    with pytest.raises(StaleRecordError) as info:
        save_unit(clerk, UnitData("市水利局", "市水务局"), mine.id, opened_at)
    err = info.value
    assert "第 1 版" in err.message and "第 2 版" in err.message
    assert err.theirs["short_name"] == "水利" and err.theirs["phone"] == "0771-5555"
    assert err.mine["short_name"] == "市水务局"
    stored = Unit.get_by_id(mine.id)
    assert (stored.short_name, stored.version) == ("水利", 2)


def test_a_held_write_lock_waits_retries_then_says_who_holds_it(db, db_path, clerk, monkeypatch):
    save_unit(clerk, UnitData("市农委"))
    proc = subprocess.Popen(_python(HOLD_LOCK.format(root=str(ROOT), db=str(db_path), seconds=8)),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        database().execute_sql("PRAGMA busy_timeout = 200")
        t0 = time.monotonic()
        with pytest.raises(DatabaseBusyError) as info, write_transaction(wait_s=1.0, pause_s=0.2):
            pass
        waited = time.monotonic() - t0
        assert waited >= 1.0  # it did wait its bound before giving up
        text = info.value.message
        assert "李督查" in text and "database is locked" not in text and "没有保存" in text
        # A workflow called from a form gets the same clear message, and writes nothing.
        monkeypatch.setattr(dbmod, "WRITE_WAIT_S", 1.0)
        with pytest.raises(DatabaseBusyError):
            save_unit(clerk, UnitData("市财政局"))
    finally:
        proc.kill()
        proc.wait()
    assert Unit.select().where(Unit.name == "市财政局").count() == 0


def test_a_short_lock_is_waited_out(db, db_path, clerk):
    proc = subprocess.Popen(_python(HOLD_LOCK.format(root=str(ROOT), db=str(db_path), seconds=0.7)),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        database().execute_sql("PRAGMA busy_timeout = 200")
        save_unit(clerk, UnitData("市民政局"))  # retries until the other commits
    finally:
        proc.wait(timeout=10)
    assert Unit.get(Unit.name == "市民政局").version == 1


def test_presence_of_a_killed_program_is_forgotten(db_path, tmp_path):
    proc = subprocess.Popen(_python(HOLD_LOCK.format(root=str(ROOT), db=str(db_path), seconds=30)),
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    assert [h.user for h in presence.others(db_path)] == ["李督查"]
    proc.kill()
    proc.wait()
    assert presence.others(db_path) == []
    assert presence.holders_hint(db_path) == ""


MOUNTS = """/dev/sda1 / ext4 rw 0 0
srv:/export /mnt/office nfs4 rw 0 0
//srv/share /media/duty\\040share cifs rw 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
"""


@pytest.mark.parametrize("path, platform, kw, expected", [
    ("/mnt/office/ducha.sqlite3", "linux", {"mounts": MOUNTS}, True),
    ("/media/duty share/ducha.sqlite3", "linux", {"mounts": MOUNTS}, True),
    ("/mnt/office/local/ducha.sqlite3", "linux", {"mounts": MOUNTS}, False),
    ("/home/clerk/ducha.sqlite3", "linux", {"mounts": MOUNTS}, False),
    (r"\\server\share\ducha.sqlite3", "win32", {}, True),
    ("//server/share/ducha.sqlite3", "win32", {}, True),
    ("Z:\\督查\\ducha.sqlite3", "win32", {"drive_type": 4}, True),
    ("C:\\Users\\clerk\\ducha.sqlite3", "win32", {"drive_type": 3}, False),
])
def test_a_database_on_a_network_share_is_recognised(path, platform, kw, expected):
    from models.core.paths import looks_like_network_path

    assert looks_like_network_path(Path(path) if platform == "linux" else path, platform=platform, **kw) is expected
