"""The digest (摘要) of a stored record: what makes records themselves tamper-evident.

A record's digest is the SHA-256 of a canonical serialisation of its columns as SQLite
stores them: the values in the order of the column names, as compact JSON (a BLOB by
its own SHA-256). Every audit row names the digest of its record after the change
(``ABSENT`` after a delete); ``check`` recomputes each record's digest and compares it
with the last one the log holds (``models/core/record_check.py``).

The serialisation reads what SQLite gives back, never the model's Python values, so the
digest written by a workflow, by a bulk import's ``executemany`` and by ``check`` agree.
"""
from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import peewee

from models.core.db import database, on_server

#: The digest of a record that does not exist (written by a delete).
ABSENT = "absent"

#: Tables that are the audit log itself, the schema's bookkeeping, or the search index
#: (derived from audited records and rebuilt from them at will), never audited records.
NOT_RECORDS = frozenset({"audit_log", "audit_head", "audit_record_digest", "schema_version",
                         "search_entry", "search_dirty", "search_doc", "search_doc_data", "search_doc_idx",
                         "search_doc_docsize", "search_doc_config"})

#: Columns the program rewrites without an audit row: their changes are not evidence of
#: tampering. The search text is derived from audited fields after each change; the last
#: sign-in time is written on every sign-in (the sign-ins that matter are audited).
UNDIGESTED: dict[str, frozenset[str]] = {
    "instruction": frozenset({"search"}),
    "login_state": frozenset({"last_login_at"}),
}

#: How many ids one ``IN (…)`` query asks for.
CHUNK = 500


def _blob(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"blob": hashlib.sha256(value).hexdigest()}
    raise TypeError(f"cannot digest a {type(value).__name__}")


_CANON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_blob).encode


def digest_values(values: tuple[Any, ...] | list[Any]) -> str:
    """The digest of one record's values, given in :class:`TableSpec` column order."""
    return hashlib.sha256(_CANON(values).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TableSpec:
    """How one table's records are read for their digest."""

    table: str
    key: str  # the primary key column
    columns: tuple[str, ...]  # digested columns, sorted by name
    key_index: int  # where the key sits in ``columns``
    integer_key: bool  # numbered records (a calendar day is keyed by its date, a setting by name)
    fast: bool  # no REAL or BLOB column: SQLite's json_array writes the same text as Python

    @property
    def select(self) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        return f'SELECT {cols} FROM "{self.table}"'

    @property
    def select_canonical(self) -> str:
        cols = ", ".join(f'"{c}"' for c in self.columns)
        return f'SELECT "{self.key}", CAST(json_array({cols}) AS BLOB) FROM "{self.table}"'


#: Declared types whose values SQLite and Python may write differently (floats, blobs).
_SLOW_TYPES = ("REAL", "FLOA", "DOUB", "BLOB", "NUMERIC", "DECIMAL")


def _schema_stamp(db: peewee.Database) -> tuple[int, int]:
    return id(db), db.execute_sql("PRAGMA schema_version").fetchone()[0]


@functools.lru_cache(maxsize=8)
def _specs(stamp: tuple[int, int], db: peewee.Database) -> dict[str, TableSpec]:
    out: dict[str, TableSpec] = {}
    names = [r[0] for r in db.execute_sql(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in names:
        if table in NOT_RECORDS:
            continue
        info = db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        keys = [r[1] for r in info if r[5]]
        if len(keys) != 1:
            continue  # every table of ours has one key column; anything else is not ours
        skip = UNDIGESTED.get(table, frozenset())
        columns = tuple(sorted(r[1] for r in info if r[1] not in skip))
        types = {r[1]: str(r[2]).upper() for r in info}
        fast = all(types[c] and not any(t in types[c] for t in _SLOW_TYPES) for c in columns)
        out[table] = TableSpec(table, keys[0], columns, columns.index(keys[0]), "INT" in types[keys[0]], fast)
    return out


def specs() -> dict[str, TableSpec]:
    """Every audited table of the open database, by name."""
    db = database()
    return _specs(_schema_stamp(db), db)


def spec(table: str) -> TableSpec | None:
    """The table's :class:`TableSpec`, or ``None`` for a table that is no record's."""
    return specs().get(table)


def record_key(value: Any) -> str:
    """A key value as the audit log's ``record_id`` text holds it."""
    return str(value)


def record_digest(table: str, record_id: Any) -> str | None:
    """The digest of one stored record now (``ABSENT`` if there is none; ``None`` for a
    table that holds no audited records)."""
    s = spec(table)
    if s is None:
        return None
    row = database().execute_sql(f'{s.select} WHERE "{s.key}" = ?', (record_id,)).fetchone()
    return ABSENT if row is None else digest_values(row)


def digests_of(table: str, record_ids: Iterable[Any]) -> dict[str, str]:
    """The digests of many records of one table, by ``record_id`` text (``ABSENT`` for
    the ones that do not exist)."""
    s = spec(table)
    if s is None:
        raise ValueError(f"{table} holds no audited records")
    wanted = list(dict.fromkeys(record_ids))
    out = {record_key(r): ABSENT for r in wanted}
    db = database()
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        marks = ", ".join("?" * len(part))
        for row in db.execute_sql(f'{s.select} WHERE "{s.key}" IN ({marks})', part):
            out[record_key(row[s.key_index])] = digest_values(row)
    return out


def table_digests(table: str, fast: bool = False) -> Iterator[tuple[str, str]]:
    """Every record of ``table`` as (``record_id`` text, digest), in key order.

    ``fast``: let SQLite's ``json_array`` write the serialisation (three times quicker
    over a big table) where it writes what Python does; a caller must take a digest
    that differs from the expected one again with :func:`record_digest` before calling
    the record changed (a SQLite that wrote JSON differently costs time, not an alarm).
    """
    s = spec(table)
    if s is None:
        return
    db = database()
    if fast and s.fast and not on_server(db):  # json_array is SQLite's
        try:
            cursor = db.execute_sql(f'{s.select_canonical} ORDER BY "{s.key}"')
        except peewee.OperationalError:  # a SQLite without JSON functions
            cursor = None
        if cursor is not None:
            sha256 = hashlib.sha256
            for key, payload in cursor:
                yield str(key), sha256(payload).hexdigest()
            return
    i = s.key_index
    for row in db.execute_sql(f'{s.select} ORDER BY "{s.key}"'):
        yield str(row[i]), digest_values(row)


def row_count(table: str) -> int:
    """How many records ``table`` holds."""
    return database().execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


# ---- what a delete takes with it ----------------------------------------------------

@functools.lru_cache(maxsize=8)
def _cascades(stamp: tuple[int, int], db: peewee.Database) -> dict[str, list[tuple[str, str, str]]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for child in _specs(stamp, db):
        for fk in db.execute_sql(f'PRAGMA foreign_key_list("{child}")').fetchall():
            # (id, seq, parent table, from column, to column, on_update, on_delete, match)
            if str(fk[6]).upper() == "CASCADE":
                out.setdefault(fk[2], []).append((child, fk[3], fk[4] or ""))
    return out


def cascaded_rows(table: str, record_id: Any) -> list[tuple[str, Any, dict[str, Any]]]:
    """The records SQLite will delete along with this one (``ON DELETE CASCADE``, at any
    depth), each as (table, key, its columns), so that their removal is audited too."""
    db = database()
    stamp = _schema_stamp(db)
    cascades, all_specs = _cascades(stamp, db), _specs(stamp, db)
    found: list[tuple[str, Any, dict[str, Any]]] = []
    todo = [(table, record_id)]
    while todo:
        parent, key = todo.pop()
        parent_spec = all_specs.get(parent)
        for child, column, target in cascades.get(parent, []):
            value = key
            if target and parent_spec is not None and target != parent_spec.key:
                row = db.execute_sql(f'SELECT "{target}" FROM "{parent}" WHERE "{parent_spec.key}" = ?',
                                     (key,)).fetchone()
                if row is None:
                    continue
                value = row[0]
            cursor = db.execute_sql(f'SELECT * FROM "{child}" WHERE "{column}" = ?', (value,))
            names = [d[0] for d in cursor.description]
            child_key = all_specs[child].key
            for row in cursor.fetchall():
                values = dict(zip(names, row, strict=True))
                found.append((child, values[child_key], values))
                todo.append((child, values[child_key]))
    return found
