"""``migrate-to``: the demonstration office moved onto a PostgreSQL server, every record
and the audit chain intact there, and ``check --db URL`` passing (needs ``DUCHA_TEST_PG``)."""
from __future__ import annotations

import sqlite3

import pytest

from cli import run
from models.core.db import close_database
from models.core.dialect import connect_server
from models.safety.moving import NOT_COPIED


def _counts(con: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
             if not r[0].startswith(("sqlite_", *NOT_COPIED))]
    return {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in names}


def test_the_demo_moves_to_the_server_and_checks_there(demo_db, db_path, pg_url, capsys):
    close_database()
    assert run(["--db", str(db_path), "migrate-to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "迁移完成" in out and "摘要与文件一致" in out
    con = sqlite3.connect(db_path)
    try:
        want = _counts(con)
    finally:
        con.close()
    server = connect_server(pg_url)
    try:
        have = {t: server.execute_sql(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in want}
        # the search index is cut anew there: every searchable record is marked for it
        assert server.execute_sql("SELECT COUNT(*) FROM search_dirty").fetchone()[0] > 0
    finally:
        server.close()
    # the files beside the database go into the server's stored_file, each with its audit row
    carried = have.pop("stored_file") - want.pop("stored_file")
    have["audit_log"] -= carried
    assert carried > 0 and have == want and want["audit_log"] > 1000 and want["instruction"] > 50
    assert run(["--db", pg_url, "check"]) == 0
    out = capsys.readouterr().out
    assert f"审计记录 {want['audit_log'] + carried} 条，散列链完整" in out
    assert run(["--db", pg_url, "--today", "2014-10-28", "search", "市住建委"]) == 0
    assert "市住建委" in capsys.readouterr().out
    # numbers go on from the copied ones: a new unit gets the next id, not 1
    server = connect_server(pg_url)
    try:
        new = server.execute_sql("INSERT INTO unit (name) VALUES ('新单位') RETURNING id").fetchone()[0]
        assert new > max(r[0] for r in server.execute_sql("SELECT id FROM unit WHERE name <> '新单位'"))
    finally:
        server.close()


def test_a_server_database_that_is_not_empty_is_refused(demo_db, db_path, pg_url, capsys):
    close_database()
    server = connect_server(pg_url)
    try:
        server.execute_sql("CREATE TABLE kept (x INTEGER)")
    finally:
        server.close()
    assert run(["--db", str(db_path), "migrate-to", pg_url]) != 0
    assert "不是空的" in capsys.readouterr().err


def test_an_address_with_a_password_is_refused_before_anything_is_read(tmp_path, capsys):
    with pytest.raises(SystemExit):
        run(["--db", str(tmp_path / "x.sqlite3"), "migrate-to", "postgresql://clerk:s3cret@srv/ducha"])
    err = capsys.readouterr().err
    assert "PGPASSWORD" in err and "s3cret" not in err


def test_a_generated_year_of_imports_moves_and_checks_on_both_sides(demo_db, db_path, pg_url, capsys):
    """The demo grown by a ledger and a message sheet imported in bulk (one audit record per
    table covering every row's digest): ``check`` passes on the file, the move keeps every
    row, and ``check`` passes on the server. ``benchmarks/bench_moving.py`` does the same at
    a year's size (10,000 rows, 50,000 messages)."""
    from benchmarks.bench_moving import grow_office

    made = grow_office(rows=150, messages=400)
    assert made == {"instructions": 150, "messages": 400}
    close_database()
    assert run(["--db", str(db_path), "check"]) == 0
    capsys.readouterr()
    assert run(["--db", str(db_path), "migrate-to", pg_url]) == 0
    assert "摘要与文件一致" in capsys.readouterr().out
    assert run(["--db", pg_url, "check"]) == 0
    out = capsys.readouterr().out
    con = sqlite3.connect(db_path)
    try:
        audit = con.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    finally:
        con.close()
    server = connect_server(pg_url)
    try:
        counts = [server.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("instruction", "message")]
        carried = server.execute_sql("SELECT COUNT(*) FROM stored_file").fetchone()[0]
    finally:
        server.close()
    # each carried file is a record of its own on the server, with its audit row
    assert f"审计记录 {audit + carried} 条，散列链完整" in out
    assert counts[0] >= 150 and counts[1] >= 400
