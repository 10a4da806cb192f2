"""Opening files: schema upgrades with a backup first, refusals that never write."""
from __future__ import annotations

import sqlite3

import pytest

from models import migrations
from models.core.db import close_database
from models.core.errors import DatabaseOpenError
from models.core.schema import open_database


def _versions(path):
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version")]
    finally:
        con.close()


def test_new_file_gets_every_step_and_the_pragmas(db_path):
    db = open_database(db_path)
    try:
        assert _versions(db_path) == [m.version for m in migrations.all_migrations()]
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
        assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000
    finally:
        close_database()


def test_old_file_is_upgraded_after_a_backup(db_path, monkeypatch):
    steps = migrations.all_migrations()
    if len(steps) < 2:
        # Simulate a later step so the upgrade path is exercised on the foundation alone.
        import types

        extra = types.ModuleType("m_extra")
        extra.VERSION, extra.DESCRIPTION = 2, "test step"
        extra.migrate = lambda db: db.execute_sql("CREATE TABLE extra_t (id INTEGER PRIMARY KEY)")
        steps = steps + [migrations.Migration(2, "test step", extra)]
    monkeypatch.setattr(migrations, "all_migrations", lambda: steps[:1])
    open_database(db_path)
    close_database()
    assert _versions(db_path) == [1]
    monkeypatch.setattr(migrations, "all_migrations", lambda: steps)
    open_database(db_path)
    close_database()
    assert _versions(db_path) == [m.version for m in steps]
    asides = list(db_path.parent.glob(f"{db_path.stem}.before-v{steps[-1].version}-*.sqlite3"))
    assert len(asides) == 1
    assert _versions(asides[0]) == [1]


def test_failed_step_rolls_back_that_step(db_path, monkeypatch):
    import types

    steps = migrations.all_migrations()
    bad = types.ModuleType("m_bad")
    bad.VERSION, bad.DESCRIPTION = 999, "broken"

    def migrate(db):
        db.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("boom")

    bad.migrate = migrate
    monkeypatch.setattr(migrations, "all_migrations", lambda: steps + [migrations.Migration(999, "broken", bad)])
    with pytest.raises(RuntimeError):
        open_database(db_path)
    con = sqlite3.connect(db_path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "half_done" not in tables
    assert _versions(db_path)[-1] == steps[-1].version


def test_newer_schema_is_refused_not_downgraded(db_path):
    open_database(db_path)
    close_database()
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO schema_version VALUES (9999, 'future', '2030-01-01')")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="较新版本"):
        open_database(db_path)
    assert _versions(db_path)[-1] == 9999
    assert db_path.read_bytes() == before


def test_not_a_database_is_refused_and_untouched(tmp_path):
    f = tmp_path / "notes.sqlite3"
    f.write_text("这是一份会议记录，不是数据库。" * 50, encoding="utf-8")
    before = f.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        open_database(f)
    assert str(f) in info.value.message and "备份" in info.value.message
    assert f.read_bytes() == before


def test_corrupt_database_is_refused_naming_the_last_backup(db_path, actor):
    from models.core.backup import online_backup
    from models.core.db import database
    from models.core.paths import backup_dir_for
    from models.reference.directory import UnitData, save_unit

    open_database(db_path)
    for i in range(300):
        save_unit(actor, UnitData(f"单位{i:03d}" + "甲" * 40))
    good = online_backup(database(), backup_dir_for(db_path) / "ducha-20141027.sqlite3")
    close_database()
    data = bytearray(db_path.read_bytes())
    # Scribble over the middle pages (the b-tree pages), keeping the header intact.
    for i in range(len(data) // 3, len(data) // 3 + 8192):
        data[i] = 0x5A
    db_path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(db_path)
    assert "损坏" in info.value.message
    assert str(good) in info.value.message


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    f = tmp_path / "other.db"
    con = sqlite3.connect(f)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseOpenError, match="不是督查工作台的数据库"):
        open_database(f)
