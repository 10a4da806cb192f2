"""The steps' SQLite SQL said in PostgreSQL: the one place that knows both dialects.

The numbered steps are written in SQLite's SQL and stay so (a step keeps its meaning).
On a PostgreSQL server every statement — a step's, and the program's own hand-written
queries, which share the same idioms — passes through :func:`translate` first:

- types: ``INTEGER PRIMARY KEY`` (SQLite's rowid alias, numbered by itself) becomes
  ``SERIAL PRIMARY KEY``; ``BLOB`` → ``BYTEA``; ``REAL`` → ``DOUBLE PRECISION``;
  ``DATE``/``DATETIME`` stay ISO text (``TEXT``), so that both backends compare, cut
  (``substr``) and sort a day alike; ``WITHOUT ROWID`` goes; a reference is checked at
  once as in SQLite, but may be deferred to the commit (``DEFERRABLE``: copying a whole
  database in, ``models/safety/moving.py``);
- ``INSERT OR IGNORE`` → ``INSERT … ON CONFLICT DO NOTHING``; ``INSERT OR REPLACE INTO
  t (key, …)`` → ``… ON CONFLICT (key) DO UPDATE`` (the first column named is the key);
- parameters: ``?`` → ``%s`` and ``:name`` → ``%(name)s`` (a literal ``%`` doubled);
- ``json_each(?)`` of a list of numbers → ``json_array_elements_text``;
- ``sqlite_master``'s tables → ``information_schema.tables``; ``temp.`` → ``pg_temp.``.

What translation cannot say (the search's FTS5 table, SQLite's trigger bodies) a step
says itself in a ``migrate_postgresql(db)`` function beside its ``migrate(db)``.
:data:`COMPAT_SQL` gives PostgreSQL the few SQLite functions the queries call.
"""
from __future__ import annotations

import re

#: SQLite's scalar functions the program's queries use that PostgreSQL lacks,
#: created in the schema before the first step.
COMPAT_SQL = (
    "CREATE OR REPLACE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER "
    "LANGUAGE sql IMMUTABLE AS 'SELECT strpos(haystack, needle)'",
    "CREATE OR REPLACE FUNCTION ifnull(a ANYELEMENT, b ANYELEMENT) RETURNS ANYELEMENT "
    "LANGUAGE sql IMMUTABLE AS 'SELECT COALESCE(a, b)'",
)

_TYPES = (
    (re.compile(r"\bINTEGER\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?", re.I), "SERIAL PRIMARY KEY"),
    (re.compile(r"\bBLOB\b", re.I), "BYTEA"),
    (re.compile(r"\bREAL\b", re.I), "DOUBLE PRECISION"),
    (re.compile(r"\bDATETIME\b", re.I), "TEXT"),
    (re.compile(r"\bDATE\b", re.I), "TEXT"),
    (re.compile(r"\)\s*WITHOUT\s+ROWID", re.I), ")"),
    (re.compile(r"(REFERENCES\s+\w+\s*\([^)]*\)(?:\s+ON\s+DELETE\s+(?:CASCADE|SET\s+NULL|RESTRICT))?)", re.I),
     r"\1 DEFERRABLE INITIALLY IMMEDIATE"),
)
_DDL = re.compile(r"^\s*(CREATE(\s+TEMP|\s+TEMPORARY)?|ALTER)\s+TABLE\b", re.I)
_TEMP = re.compile(r"\btemp\.(?=\w)", re.I)
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT\s+OR\s+IGNORE\s+INTO\b", re.I)
_MASTER = re.compile(r"\b(?:main\.)?sqlite_master\b", re.I)
_TABLES = ("(SELECT table_name AS name, 'table' AS type FROM information_schema.tables "
           "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE') AS sqlite_master")
_INSERT_OR_REPLACE = re.compile(r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.I)
_JSON_EACH = re.compile(r"SELECT\s+(DISTINCT\s+)?value\s+FROM\s+json_each\((\?|:\w+)\)", re.I)


def _outside_quotes(sql: str) -> list[tuple[bool, str]]:
    """``sql`` cut into (is_code, text) pieces: code, and quoted strings or names."""
    pieces: list[tuple[bool, str]] = []
    i, start, n = 0, 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in "'\"":
            if i > start:
                pieces.append((True, sql[start:i]))
            j = i + 1
            while j < n:
                if sql[j] == ch:
                    if j + 1 < n and sql[j + 1] == ch:
                        j += 2
                        continue
                    break
                j += 1
            pieces.append((False, sql[i:j + 1]))
            i = start = j + 1
            continue
        i += 1
    if start < n:
        pieces.append((True, sql[start:]))
    return pieces


_LITERAL_PERCENT = re.compile(r"%(?!s\b)")
_PLACEHOLDER = re.compile(r"\?|(?<![:\w]):([A-Za-z_]\w*)")


def placeholders(sql: str) -> tuple[str, bool]:
    """SQLite's ``?``/``:name`` parameters as psycopg's; whether there were any.

    SQL without SQLite parameters (peewee's own, already in ``%s`` style) is returned
    untouched; in SQL that has them a literal ``%`` is doubled, as psycopg wants (a
    ``%s`` outside quotes stays: peewee's parameter beside a fragment written with ``?``).
    """
    pieces = _outside_quotes(sql)
    if not any(code and _PLACEHOLDER.search(text) for code, text in pieces):
        return sql, False
    out = []
    for code, text in pieces:
        # a %s in the code is peewee's own parameter in SQL mixing both (peewee's SQL()
        # fragments written with ?): kept; every other % is a literal
        text = _LITERAL_PERCENT.sub("%%", text) if code else text.replace("%", "%%")
        if code:
            text = _PLACEHOLDER.sub(lambda m: "%s" if m.group(0) == "?" else f"%({m.group(1)})s", text)
        out.append(text)
    return "".join(out), True


def translate(sql: str) -> str:
    """One SQLite statement as PostgreSQL runs it (parameters aside: :func:`placeholders`)."""
    if _DDL.match(sql):
        pieces = []
        for code, text in _outside_quotes(sql):
            if code:
                for pattern, repl in _TYPES:
                    text = pattern.sub(repl, text)
            pieces.append(text)
        sql = "".join(pieces)
    if _INSERT_OR_IGNORE.match(sql):
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql, count=1).rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    m = _INSERT_OR_REPLACE.match(sql)
    if m:
        cols = [c.strip() for c in m.group(2).split(",")]
        sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols[1:])
        sql = (f"INSERT INTO {m.group(1)} ({m.group(2)})" + sql[m.end():].rstrip().rstrip(";")
               + f" ON CONFLICT ({cols[0]}) DO UPDATE SET {sets}")
    if "temp." in sql.lower():
        sql = _TEMP.sub("pg_temp.", sql)
    if "sqlite_master" in sql:
        sql = _MASTER.sub(_TABLES, sql)
    if "json_each" in sql:
        sql = _JSON_EACH.sub(
            lambda m: f"SELECT {m.group(1) or ''}value::BIGINT FROM json_array_elements_text(CAST({m.group(2)} AS JSON))"
            " AS value", sql)
    return sql
