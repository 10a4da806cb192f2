"""The audit log (审计记录): who changed what, when, with before and after values.

Rows are chained: each row's hash covers its content and the previous row's hash,
and the newest hash is kept in ``audit_head``. Editing or deleting a row outside
the application breaks the chain, which :func:`verify_chain` (and ``check``) find.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee

from .actors import Actor
from .base import BaseModel, snapshot
from .db import database

GENESIS = "0" * 64


class AuditLog(BaseModel):
    """One audited change."""

    at = peewee.CharField()
    actor = peewee.CharField()
    action = peewee.CharField()
    table_name = peewee.CharField()
    record_id = peewee.IntegerField(null=True)
    summary = peewee.TextField(default="")
    before = peewee.TextField(null=True)
    after = peewee.TextField(null=True)
    prev_hash = peewee.CharField()
    hash = peewee.CharField()

    class Meta:
        table_name = "audit_log"


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


def _digest(prev: str, at: str, actor: str, action: str, table: str, record_id: int | None,
            summary: str, before: str | None, after: str | None) -> str:
    payload = json.dumps(
        [prev, at, actor, action, table, record_id, summary, before, after], ensure_ascii=False
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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


def record(actor: Actor, action: str, table: str, record_id: int | None,
           before: dict[str, Any] | None, after: dict[str, Any] | None, summary: str = "") -> AuditLog:
    """Append one audit row; must run inside the caller's write transaction."""
    db = database()
    if not db.in_transaction():
        raise RuntimeError("audit.record must run inside the workflow's transaction")
    b, a = changed_fields(before, after)
    at = _clock().isoformat(timespec="seconds")
    head = AuditHead.get_or_none(AuditHead.id == 1)
    prev = head.last_hash if head else GENESIS
    before_s, after_s = _canon(b) if before is not None else None, _canon(a) if after is not None else None
    h = _digest(prev, at, actor.name, action, table, record_id, summary, before_s, after_s)
    row = AuditLog.create(at=at, actor=actor.name, action=action, table_name=table,
                          record_id=record_id, summary=summary, before=before_s, after=after_s,
                          prev_hash=prev, hash=h)
    if head:
        AuditHead.update(last_id=row.id, last_hash=h).where(AuditHead.id == 1).execute()
    else:
        AuditHead.create(id=1, last_id=row.id, last_hash=h)
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


def verify_chain() -> ChainProblem | None:
    """Walk the whole log; return the first break, or ``None`` when intact."""
    prev = GENESIS
    last_id = 0
    expected_id = None
    query = AuditLog.select().order_by(AuditLog.id).tuples().iterator()
    cols = [f.name for f in AuditLog._meta.sorted_fields]
    for values in query:
        row = dict(zip(cols, values, strict=True))
        if expected_id is not None and row["id"] != expected_id:
            return ChainProblem(expected_id, f"审计记录 {expected_id} 缺失（被删除）")
        if row["prev_hash"] != prev:
            return ChainProblem(row["id"], f"审计记录 {row['id']} 的前序散列不符（其前一条被改动或删除）")
        h = _digest(prev, row["at"], row["actor"], row["action"], row["table_name"],
                    row["record_id"], row["summary"], row["before"], row["after"])
        if h != row["hash"]:
            return ChainProblem(row["id"], f"审计记录 {row['id']} 的内容被改动")
        prev = h
        last_id = row["id"]
        expected_id = row["id"] + 1
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is None:
        return None if last_id == 0 else ChainProblem(None, "审计链的链头丢失")
    if head.last_id != last_id or head.last_hash != prev:
        return ChainProblem(last_id or None, "最新的审计记录被删除或链头被改动")
    return None
