"""The audit log (审计记录): who changed what, when, with before and after values.

Rows are chained: each row's hash covers its content and the previous row's hash,
and the newest hash is kept in ``audit_head``. Editing or deleting a row outside
the application breaks the chain, which :func:`verify_chain` (and ``check``) find.

Each row about a record also carries the digest of that record's state after the
change (``models/core/digests.py``), inside the hash, so that ``check`` can tell a
record changed outside the program from one the log accounts for. A bulk entry (an
import of thousands of messages, a baseline) is one row whose digest covers the
digests of all its records, kept beside the log in ``audit_record_digest``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

import peewee

from models.core import changes, digests
from models.core.actors import Actor
from models.core.audit_labels import action_label, field_label, table_label, value_text, with_raw
from models.core.base import BaseModel, plain, snapshot
from models.core.db import database, on_server

GENESIS = "0" * 64


class AuditLog(BaseModel):
    """One audited change."""

    at = peewee.CharField()
    actor = peewee.CharField()
    action = peewee.CharField()
    table_name = peewee.CharField()
    record_id = peewee.CharField(null=True)  # text, since some keys are dates
    summary = peewee.TextField(default="")
    before = peewee.TextField(null=True)
    after = peewee.TextField(null=True)
    prev_hash = peewee.CharField()
    hash = peewee.CharField()
    # The record's digest after the change (a bulk entry: the digest of its records'
    # digests); ``None`` on rows written before schema step 10 and on rows about no record.
    digest = peewee.CharField(null=True)

    class Meta:
        table_name = "audit_log"


class AuditRecordDigest(BaseModel):
    """One record's digest written by a bulk audit entry (an import, a baseline)."""

    audit_id = peewee.IntegerField()
    record_id = peewee.TextField()
    digest = peewee.CharField()

    class Meta:
        table_name = "audit_record_digest"
        primary_key = peewee.CompositeKey("audit_id", "record_id")


class AuditHead(BaseModel):
    """The newest hash and row count of the chain (one row)."""

    id = peewee.IntegerField(primary_key=True)
    last_id = peewee.IntegerField()
    last_hash = peewee.CharField()

    class Meta:
        table_name = "audit_head"


def _canon(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


_encode = encode_basestring


def _digest(prev: str, at: str, actor: str, action: str, table: str, record_id: str | None,
            summary: str, before: str | None, after: str | None, digest: str | None = None) -> str:
    """The row's hash: SHA-256 of ``json.dumps([prev, at, … , after(, digest)],
    ensure_ascii=False)`` — the digest joins the list only when there is one, so rows
    written before it existed keep their hashes. Built by hand: a check walks millions."""
    fields = (prev, at, actor, action, table, record_id, summary, before, after)
    if digest is not None:
        fields += (digest,)
    payload = "[" + ", ".join("null" if f is None else _encode(f) for f in fields) + "]"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def bulk_digest(pairs: Iterable[tuple[str, str]]) -> str:
    """The digest a bulk entry carries: over its (record_id, digest) pairs in the order of
    ``record_id`` as text (the order SQLite's key on ``audit_record_digest`` keeps)."""
    h = hashlib.sha256()
    for record_id, digest in pairs:
        h.update(f"{_encode(record_id)}:{digest}\n".encode())
    return h.hexdigest()


def changed_fields(before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[dict, dict]:
    """Only the fields that differ, as (before, after) dicts; whole rows for insert/delete."""
    if before is None or after is None:
        return before or {}, after or {}
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


_clock: Callable[[], dt.datetime] = dt.datetime.now


def set_clock(clock: Callable[[], dt.datetime]) -> None:
    """Tests fix the audit clock; the application leaves it at ``datetime.now``."""
    global _clock
    _clock = clock


HIDDEN = "（已隐藏）"
_REDACTED: dict[str, frozenset[str]] = {}


def redact(table: str, *fields: str) -> None:
    """Never write these fields' values to the log (e.g. password hashes); a change to
    them is still recorded, shown as “（已隐藏）”."""
    _REDACTED[table] = _REDACTED.get(table, frozenset()) | frozenset(fields)


def _head() -> tuple[AuditHead | None, str]:
    db = database()
    if not db.in_transaction():
        raise RuntimeError("audit rows must be written inside the workflow's transaction")
    head = AuditHead.get_or_none(AuditHead.id == 1)
    return head, head.last_hash if head else GENESIS


def _move_head(head: AuditHead | None, last_id: int, last_hash: str) -> None:
    if head:
        AuditHead.update(last_id=last_id, last_hash=last_hash).where(AuditHead.id == 1).execute()
    else:
        AuditHead.create(id=1, last_id=last_id, last_hash=last_hash)


def _next_id(head: AuditHead | None) -> dict[str, int]:
    """On the server, the new row's id: the one after the chain's head. A sequence never
    gives back a number drawn by a transaction that was rolled back (a refused save, a
    connection lost half-way), and the chain would take the gap for a deleted row; the
    writers' lock (``write_transaction``) keeps head + 1 free. SQLite's ids have no gaps."""
    if not on_server():
        return {}
    return {"id": (head.last_id if head else 0) + 1}


def _values(table: str, before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[str | None, str | None]:
    b, a = changed_fields(before, after)
    hidden = _REDACTED.get(table)
    if hidden:
        b = {k: (HIDDEN if k in hidden else v) for k, v in b.items()}
        a = {k: (HIDDEN if k in hidden else v) for k, v in a.items()}
    return _canon(b) if before is not None else None, _canon(a) if after is not None else None


def record(actor: Actor, action: str, table: str, record_id: object,
           before: dict[str, Any] | None, after: dict[str, Any] | None, summary: str = "") -> AuditLog:
    """Append one audit row; must run inside the caller's write transaction.

    With a ``record_id`` the row also carries the digest of that record as stored now,
    after the change (``digests.ABSENT`` once it is deleted).
    """
    key = None if record_id is None else plain(record_id)
    record_id = None if key is None else str(key)
    head, prev = _head()
    digest = None if key is None else digests.record_digest(table, key)
    before_s, after_s = _values(table, before, after)
    at = _clock().isoformat(timespec="seconds")
    h = _digest(prev, at, actor.name, action, table, record_id, summary, before_s, after_s, digest)
    row = AuditLog.create(**_next_id(head), at=at, actor=actor.name, action=action, table_name=table,
                          record_id=record_id, summary=summary, before=before_s, after=after_s,
                          prev_hash=prev, hash=h, digest=digest)
    _move_head(head, row.id, h)
    changes.note_own(row.id)  # once committed: a rolled-back id is drawn again
    return row


def record_bulk(actor: Actor, action: str, table: str, record_ids: Iterable[object],
                after: dict[str, Any] | None, summary: str,
                known: dict[str, str] | None = None) -> AuditLog:
    """Append one audit row for many records of ``table`` written in bulk (an import's
    ``executemany``, a baseline), inside the caller's transaction.

    Each record's digest as stored now goes into ``audit_record_digest`` (with
    ``executemany``), and the row's own digest covers them all, so that they are as much
    a part of the chain as a single record's. ``known`` gives digests already computed,
    by ``record_id`` text (a baseline has them from its comparison).
    """
    head, prev = _head()
    ids = list(dict.fromkeys(plain(r) for r in record_ids))
    found = dict(known or {})
    missing = [r for r in ids if digests.record_key(r) not in found]
    if missing:
        found.update(digests.digests_of(table, missing))
    pairs = sorted((digests.record_key(r), found[digests.record_key(r)]) for r in ids)
    digest = bulk_digest(pairs)
    _, after_s = _values(table, None, after) if after is not None else (None, None)
    at = _clock().isoformat(timespec="seconds")
    h = _digest(prev, at, actor.name, action, table, None, summary, None, after_s, digest)
    row = AuditLog.create(**_next_id(head), at=at, actor=actor.name, action=action, table_name=table,
                          record_id=None, summary=summary, before=None, after=after_s, prev_hash=prev, hash=h,
                          digest=digest)
    database().cursor().executemany(
        "INSERT INTO audit_record_digest (audit_id, record_id, digest) VALUES (?, ?, ?)",
        ((row.id, rid, d) for rid, d in pairs))
    _move_head(head, row.id, h)
    changes.note_own(row.id)  # once committed: a rolled-back id is drawn again
    return row


def record_change(actor: Actor, action: str, instance: peewee.Model,
                  before: dict[str, Any] | None, summary: str = "") -> AuditLog:
    """Audit a change to ``instance`` given its snapshot taken before the change."""
    after = None if action == "delete" else snapshot(instance)
    return record(actor, action, instance._meta.table_name, instance.get_id(), before, after, summary)


@dataclass(frozen=True)
class ChainProblem:
    """Where the chain breaks and why."""

    audit_id: int | None
    reason: str


#: The columns :func:`walk_chain` reads, in its order.
CHAIN_COLUMNS = ("id", "at", "actor", "action", "table_name", "record_id", "summary", "before", "after",
                 "digest", "prev_hash", "hash")

DigestSeen = Callable[[int, str, "str | None", str], None]


def chain_rows(db: peewee.Database | None = None) -> Iterable[tuple[Any, ...]]:
    """Every audit row as a tuple of :data:`CHAIN_COLUMNS`, in id order (one cursor)."""
    cols = ", ".join(CHAIN_COLUMNS)
    return (db or database()).execute_sql(f"SELECT {cols} FROM audit_log ORDER BY id")


def head_now() -> tuple[int, str] | None:
    """The chain's head (last id, last hash), or ``None`` when there is none."""
    head = AuditHead.get_or_none(AuditHead.id == 1)
    return (head.last_id, head.last_hash) if head else None


def verify_chain() -> ChainProblem | None:
    """Walk the whole log; return the first break, or ``None`` when intact."""
    problems = walk_log(head_now())
    return problems[0] if problems else None


# SQLite's json_quote writes a string exactly as json.dumps(ensure_ascii=False) does, so it
# can build the very text each row's hash covers while the row is read, outside Python's
# interpreter: a walk then costs a third. A row whose hash does not match is hashed again
# the slow way before it is called changed, so a SQLite that quoted differently only
# costs time, never a false alarm.
_HASHED = ("prev_hash", "at", "actor", "action", "table_name", "record_id", "summary", "before", "after")
_PAYLOAD_SQL = ("CAST('[' || " + " || ', ' || ".join(f"json_quote({c})" for c in _HASHED)
                + " || CASE WHEN digest IS NULL THEN ']' ELSE ', ' || json_quote(digest) || ']' END AS BLOB)")


def _counted(rows: Iterable[tuple[Any, ...]], progress: Callable[[int], None] | None
             ) -> Iterator[tuple[Any, ...]]:
    """``rows``, saying how many have passed every 50,000 rows and at the end."""
    n = 0
    for row in rows:
        n += 1
        if progress is not None and n % 50_000 == 0:
            progress(n)
        yield row
    if progress is not None:
        progress(n)


def walk_log(head: tuple[int, str] | None, seen: DigestSeen | None = None, limit: int = 20,
             progress: Callable[[int], None] | None = None) -> list[ChainProblem]:
    """:func:`walk_chain` over the open database's log, the fast way (see above);
    ``progress(rows done)`` every 50,000 rows."""
    db = database()
    if on_server(db):  # json_quote is SQLite's
        return walk_chain(_counted(chain_rows(db), progress), head, seen, limit)
    try:
        cursor = db.execute_sql(f"SELECT id, {_PAYLOAD_SQL}, prev_hash, hash, table_name, record_id, digest "
                                "FROM audit_log ORDER BY id")
    except peewee.OperationalError:  # a SQLite without JSON functions
        return walk_chain(chain_rows(db), head, seen, limit)
    problems: list[ChainProblem] = []
    prev = GENESIS
    last_id = 0
    expected_id = None
    sha256 = hashlib.sha256
    done = 0
    while True:
        batch = cursor.fetchmany(50_000)
        if not batch:
            break
        for audit_id, payload, prev_hash, h, table, record_id, digest in batch:
            if expected_id is not None and audit_id != expected_id:
                gap = f"{expected_id}" if audit_id == expected_id + 1 else f"{expected_id}–{audit_id - 1}"
                problems.append(ChainProblem(expected_id, f"审计记录 {gap} 缺失（被删除）"))
            elif prev_hash != prev:
                problems.append(ChainProblem(audit_id, f"审计记录 {audit_id} 的前序散列不符（其前一条被改动或删除）"))
            if sha256(payload).hexdigest() != h and not _row_hash_matches(db, audit_id, h):
                problems.append(ChainProblem(audit_id, f"审计记录 {audit_id} 的内容被改动"))
            if digest is not None and seen is not None:
                seen(audit_id, table, record_id, digest)
            prev = h
            last_id = audit_id
            expected_id = audit_id + 1
        done += len(batch)
        if progress is not None:
            progress(done)
        if len(problems) >= limit:
            return problems[:limit]
    if head is None:
        if last_id:
            problems.append(ChainProblem(None, "审计链的链头丢失"))
    elif head[0] != last_id or head[1] != prev:
        problems.append(ChainProblem(last_id or None, "最新的审计记录被删除或链头被改动"))
    return problems[:limit]


def _row_hash_matches(db: peewee.Database, audit_id: int, h: str) -> bool:
    cols = ", ".join(CHAIN_COLUMNS[1:])
    row = db.execute_sql(f"SELECT {cols} FROM audit_log WHERE id = ?", (audit_id,)).fetchone()
    at, actor, action, table, record_id, summary, before, after, digest, prev_hash, _ = row
    fields = [prev_hash, at, actor, action, table, record_id, summary, before, after, digest]
    if any(f is not None and not isinstance(f, str) for f in fields):
        return False  # a number or blob where the program writes text: changed outside
    return _digest(*fields) == h


def verify_chain_rows(rows: Iterable[dict[str, Any]], head: tuple[int, str] | None) -> ChainProblem | None:
    """Check audit rows (dicts by column name, in id order) against the head (last id, hash).

    Plain data in, so a backup file can be checked before it is restored (a file from
    before schema step 10 has no ``digest``).
    """
    problems = walk_chain((tuple(row.get(c) for c in CHAIN_COLUMNS) for row in rows), head, limit=1)
    return problems[0] if problems else None


def walk_chain(rows: Iterable[tuple[Any, ...]], head: tuple[int, str] | None,
               seen: DigestSeen | None = None, limit: int = 20) -> list[ChainProblem]:
    """Check audit rows (tuples of :data:`CHAIN_COLUMNS`, in id order) against the head.

    Returns up to ``limit`` breaks, the first first. After a break the walk goes on from
    the stored hash, so later breaks are found too, and ``seen(id, table, record_id,
    digest)`` is told every row that carries a digest (what ``check`` compares records with).
    """
    problems: list[ChainProblem] = []
    prev = GENESIS
    last_id = 0
    expected_id = None
    digest_fn = _digest
    for audit_id, at, actor, action, table, record_id, summary, before, after, digest, prev_hash, h in rows:
        if len(problems) >= limit:
            break
        if expected_id is not None and audit_id != expected_id:
            gap = f"{expected_id}" if audit_id == expected_id + 1 else f"{expected_id}–{audit_id - 1}"
            problems.append(ChainProblem(expected_id, f"审计记录 {gap} 缺失（被删除）"))
        elif prev_hash != prev:
            problems.append(ChainProblem(audit_id, f"审计记录 {audit_id} 的前序散列不符（其前一条被改动或删除）"))
        if digest_fn(prev_hash, at, actor, action, table, record_id, summary, before, after, digest) != h:
            problems.append(ChainProblem(audit_id, f"审计记录 {audit_id} 的内容被改动"))
        if digest is not None and seen is not None:
            seen(audit_id, table, record_id, digest)
        prev = h
        last_id = audit_id
        expected_id = audit_id + 1
    else:
        if head is None:
            if last_id:
                problems.append(ChainProblem(None, "审计链的链头丢失"))
        elif head[0] != last_id or head[1] != prev:
            problems.append(ChainProblem(last_id or None, "最新的审计记录被删除或链头被改动"))
    return problems[:limit]


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as shown in the audit pane (审计记录)."""

    id: int
    at: str
    actor: str
    action: str
    table_name: str
    record_id: int | None
    summary: str
    before: dict[str, Any]
    after: dict[str, Any]




def _filtered(table: str | None, record_id: int | str | None, actor: str | None,
              date_from: dt.date | None, date_to: dt.date | None) -> peewee.ModelSelect:
    q = AuditLog.select()
    if record_id is not None:
        # A record's history also holds the bulk entries (an import, a baseline) that wrote
        # it: the ids of both by their indexes, then the rows by id (filtering the table's
        # rows instead would read every entry of a big table).
        key = str(record_id)
        own = AuditLog.select(AuditLog.id).where(AuditLog.record_id == key)
        bulk = AuditRecordDigest.select(AuditRecordDigest.audit_id).where(AuditRecordDigest.record_id == key)
        if table:
            own = own.where(AuditLog.table_name == table)
            # The table's bulk entries are few (their record_id is empty): an index range.
            bulk = bulk.where(AuditRecordDigest.audit_id.in_(
                AuditLog.select(AuditLog.id).where((AuditLog.table_name == table) & AuditLog.record_id.is_null())))
        q = q.where(AuditLog.id.in_(own | bulk))
    elif table:
        q = q.where(AuditLog.table_name == table)
    if actor:
        q = q.where(AuditLog.actor == actor)
    if date_from:
        q = q.where(AuditLog.at >= date_from.isoformat())
    if date_to:
        # ``at`` is ISO text, so everything on date_to sorts before the next day.
        q = q.where(AuditLog.at < (date_to + dt.timedelta(days=1)).isoformat())
    return q


def search(table: str | None = None, record_id: int | str | None = None, actor: str | None = None,
           date_from: dt.date | None = None, date_to: dt.date | None = None,
           limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """Audit rows matching every given filter, newest first (indexed columns only)."""
    q = _filtered(table, record_id, actor, date_from, date_to)
    rows = q.order_by(AuditLog.id.desc()).limit(limit).offset(offset)
    return [AuditEntry(r.id, r.at, r.actor, r.action, r.table_name, r.record_id, r.summary,
                       json.loads(r.before) if r.before else {}, json.loads(r.after) if r.after else {})
            for r in rows]


def count(table: str | None = None, record_id: int | str | None = None, actor: str | None = None,
          date_from: dt.date | None = None, date_to: dt.date | None = None) -> int:
    """How many audit rows match the same filters as :func:`search`."""
    return _filtered(table, record_id, actor, date_from, date_to).count()


def actors() -> list[str]:
    """Every name that appears in the log, for the audit pane's picker."""
    return [r[0] for r in AuditLog.select(AuditLog.actor).distinct().order_by(AuditLog.actor).tuples()]


def tables() -> list[str]:
    """Every table name that appears in the log."""
    return [r[0] for r in AuditLog.select(AuditLog.table_name).distinct().order_by(AuditLog.table_name).tuples()]


EXPORT_HEADERS = ("编号", "时间", "操作人", "操作", "表", "记录", "说明", "改前", "改后")


def changes_text(entry: AuditEntry, values: dict[str, Any]) -> str:
    """A before/after dict as the clerk reads it: "简称：水利局；电话：0771-1"."""
    return "；".join(f"{field_label(entry.table_name, k, entry.action)}：{value_text(v)}" for k, v in values.items())


def export_rows(entries: Iterable[AuditEntry]) -> list[tuple[Any, ...]]:
    """Audit entries as rows under :data:`EXPORT_HEADERS`, in Chinese: the operation's name,
    the table's name with the program's name after it (what ``audit --record`` takes), the
    changed fields by their names."""
    return [(e.id, e.at.replace("T", " "), e.actor, action_label(e.action),
             with_raw(table_label(e.table_name), e.table_name),
             e.record_id if e.record_id is not None else "", e.summary,
             changes_text(e, e.before), changes_text(e, e.after))
            for e in entries]
