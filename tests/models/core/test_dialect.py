"""The dialect layer: SQLite's SQL said in PostgreSQL, addresses without passwords, and
(with ``DUCHA_TEST_PG`` set) the numbered steps on a real server."""
from __future__ import annotations

import pytest

from models.core.dialect import integrity_problem, is_server, parse, pragma, sqlite_number
from models.core.errors import DatabaseOpenError
from models.migrations.postgresql import placeholders, translate


def test_types_of_a_step_become_postgresql_types():
    sql = translate("CREATE TABLE t (id INTEGER PRIMARY KEY, day DATE NOT NULL, at DATETIME, "
                    "pdf BLOB, score REAL, note TEXT DEFAULT 'DATE BLOB') WITHOUT ROWID")
    assert sql == ("CREATE TABLE t (id SERIAL PRIMARY KEY, day TEXT NOT NULL, at TEXT, "
                   "pdf BYTEA, score DOUBLE PRECISION, note TEXT DEFAULT 'DATE BLOB')")
    assert "SERIAL PRIMARY KEY" in translate("CREATE TABLE u (id INTEGER PRIMARY KEY AUTOINCREMENT)")
    assert translate("ALTER TABLE a ADD COLUMN replaced_on DATE") == "ALTER TABLE a ADD COLUMN replaced_on TEXT"
    assert translate("CREATE TABLE c (u INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE, "
                     "l INTEGER REFERENCES leader (id))") == (
        "CREATE TABLE c (u INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE, "
        "l INTEGER REFERENCES leader (id) DEFERRABLE INITIALLY IMMEDIATE)")
    # a query is not a table's definition: its words stay
    assert translate("SELECT date FROM x WHERE kind = 'BLOB'") == "SELECT date FROM x WHERE kind = 'BLOB'"


def test_inserts_that_ignore_or_replace_say_on_conflict():
    assert translate("INSERT OR IGNORE INTO d (kind, record_id) VALUES (?, ?);") == (
        "INSERT INTO d (kind, record_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
    assert translate("INSERT OR REPLACE INTO calendar_day (day, is_working, name) VALUES (?, ?, ?)") == (
        "INSERT INTO calendar_day (day, is_working, name) VALUES (?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET is_working = EXCLUDED.is_working, name = EXCLUDED.name")


def test_json_lists_and_the_table_catalogue():
    assert translate("SELECT id FROM i WHERE id IN (SELECT value FROM json_each(?))") == (
        "SELECT id FROM i WHERE id IN (SELECT value::BIGINT FROM json_array_elements_text(CAST(? AS JSON)) AS value)")
    sql = translate("SELECT name FROM main.sqlite_master WHERE type = 'table'")
    assert "information_schema.tables" in sql and "main." not in sql


def test_parameters_become_psycopg_parameters_and_literal_percent_signs_are_doubled():
    assert placeholders("SELECT * FROM t WHERE a = ? AND b LIKE '%?%' AND c = :name") == (
        "SELECT * FROM t WHERE a = %s AND b LIKE '%%?%%' AND c = %(name)s", True)
    # peewee's SQL around a fragment written with ?: its %s stay parameters
    assert placeholders("SELECT a FROM t WHERE b = %s AND (c LIKE ? ESCAPE '\\') AND d LIKE '%s'") == (
        "SELECT a FROM t WHERE b = %s AND (c LIKE %s ESCAPE '\\') AND d LIKE '%%s'", True)
    # peewee's own SQL (already %s) and SQL without parameters are left alone
    assert placeholders("SELECT a FROM t WHERE b = %s") == ("SELECT a FROM t WHERE b = %s", False)
    assert placeholders("SELECT '10:30' || x FROM t WHERE y LIKE 'a%'") == (
        "SELECT '10:30' || x FROM t WHERE y LIKE 'a%'", False)


def test_the_pragmas_the_program_asks_are_answered_from_the_catalogue():
    sql, args = pragma('PRAGMA table_info("audit_log")')
    assert "information_schema.columns" in sql and args == ("audit_log",)
    sql, args = pragma("PRAGMA foreign_key_list(instruction)")
    assert "pg_constraint" in sql and args == ("instruction",)
    assert pragma("PRAGMA data_version") is not None
    assert pragma("SELECT 1") is None


def test_an_address_names_the_server_and_never_holds_a_password():
    assert is_server("postgresql://clerk@srv/ducha") and is_server("postgres://clerk@srv/ducha")
    assert not is_server("C:/督查/ducha.sqlite3") and not is_server(None)
    a = parse("postgresql://clerk@10.0.0.5:5433/ducha?schema=office")
    assert (a.user, a.host, a.port, a.dbname, a.schema) == ("clerk", "10.0.0.5", 5433, "ducha", "office")
    assert a.url == "postgresql://clerk@10.0.0.5:5433/ducha?schema=office"
    assert parse("postgresql://clerk@srv/ducha").port == 5432
    with pytest.raises(DatabaseOpenError, match="PGPASSWORD") as info:
        parse("postgresql://clerk:s3cret@srv/ducha")
    assert "s3cret" not in info.value.message
    with pytest.raises(DatabaseOpenError, match="数据库名"):
        parse("postgresql://clerk@srv/")
    with pytest.raises(DatabaseOpenError, match="schema"):
        parse("postgresql://clerk@srv/ducha?schema=a;drop")


def test_numbers_the_server_computes_read_as_sqlite_gives_them():
    assert sqlite_number("42") == 42 and isinstance(sqlite_number("42"), int)
    assert sqlite_number("2.5000") == 2.5 and sqlite_number(None) is None


def test_a_refused_write_is_named_alike_on_both_backends():
    assert integrity_problem(Exception("UNIQUE constraint failed: unit.name")) == ("unique", "unit.name")
    assert integrity_problem(Exception('duplicate key value violates unique constraint "unit_name_key"\n'
                                       "DETAIL:  Key (name)=(甲单位) already exists.\n")) == ("unique", "name = 甲单位")
    assert integrity_problem(Exception("FOREIGN KEY constraint failed"))[0] == "foreign_key"
    assert integrity_problem(Exception('insert or update on table "a" violates foreign key constraint "x"'))[0] == (
        "foreign_key")
    assert integrity_problem(Exception('null value in column "name" of relation "unit" violates not-null '
                                       "constraint")) == ("not_null", "name")


def test_every_step_runs_on_the_server_and_the_search_is_marked_by_triggers(pg_url, actor, monkeypatch, tmp_path):
    from models.core.db import close_database, on_server
    from models.core.schema import current_version, open_database
    from models.migrations import code_version
    from models.reference.directory import UnitData, save_unit

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    db = open_database(pg_url)
    try:
        assert on_server(db) and current_version(db) == code_version()
        assert db.execute_sql("SELECT COUNT(*) FROM calendar_day").fetchone()[0] > 300
        db.execute_sql("DELETE FROM search_dirty")
        save_unit(actor, UnitData("市水利局", "水利"))
        cur = db.execute_sql("INSERT INTO research_topic (title, direction, year) VALUES (?, '经济', 2014)", ("调研",))
        topic = cur.lastrowid
        assert db.execute_sql("SELECT title FROM research_topic WHERE id = ?", (topic,)).fetchone() == ("调研",)
        dirty = {tuple(r) for r in db.execute_sql("SELECT kind, record_id FROM search_dirty")}
        assert dirty == {("research", topic)}  # a unit is not searched; a topic is
    finally:
        close_database()
    # opened again: nothing to do, the same version
    db = open_database(pg_url)
    try:
        assert current_version(db) == code_version()
    finally:
        close_database()


def test_a_connection_cut_during_commit_says_the_save_may_have_been_taken(monkeypatch):
    """A COMMIT the server may have taken before the link went: the clerk is told to look
    before saving again (saving blindly would register a 批示件 twice)."""
    import peewee

    from models.core.dialect import ServerDatabase
    from models.core.errors import ConnectionLostError

    db = ServerDatabase(parse("postgresql://clerk@office-db:5433/ducha"))
    lost = iter([False, True])
    monkeypatch.setattr(ServerDatabase, "connection_lost", lambda self: next(lost))

    def cut(self):
        raise peewee.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(peewee.PostgresqlDatabase, "commit", cut)
    with pytest.raises(ConnectionLostError, match="无法确定这次保存是否已完成") as said:
        db.commit()
    assert "不要再保存一次" in said.value.message
    # A failure that is not a lost connection is raised as it is.
    monkeypatch.setattr(ServerDatabase, "connection_lost", lambda self: False)
    with pytest.raises(peewee.OperationalError):
        db.commit()
