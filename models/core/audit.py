"""The audit log (审计记录): who changed what, when, with before and after values.

Rows are chained: each row's hash covers its content and the previous row's hash,
and the newest hash is kept in ``audit_head``. Editing or deleting a row outside
the application breaks the chain, which :func:`verify_chain` (and ``check``) find.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import peewee

from models.core.actors import Actor
from models.core.base import BaseModel, plain, snapshot
from models.core.db import database

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


def _digest(prev: str, at: str, actor: str, action: str, table: str, record_id: str | None,
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


HIDDEN = "（已隐藏）"
_REDACTED: dict[str, frozenset[str]] = {}


def redact(table: str, *fields: str) -> None:
    """Never write these fields' values to the log (e.g. password hashes); a change to
    them is still recorded, shown as “（已隐藏）”."""
    _REDACTED[table] = _REDACTED.get(table, frozenset()) | frozenset(fields)


def record(actor: Actor, action: str, table: str, record_id: object,
           before: dict[str, Any] | None, after: dict[str, Any] | None, summary: str = "") -> AuditLog:
    """Append one audit row; must run inside the caller's write transaction."""
    record_id = None if record_id is None else str(plain(record_id))
    db = database()
    if not db.in_transaction():
        raise RuntimeError("audit.record must run inside the workflow's transaction")
    b, a = changed_fields(before, after)
    hidden = _REDACTED.get(table)
    if hidden:
        b = {k: (HIDDEN if k in hidden else v) for k, v in b.items()}
        a = {k: (HIDDEN if k in hidden else v) for k, v in a.items()}
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
    query = AuditLog.select().order_by(AuditLog.id).tuples().iterator()
    cols = [f.name for f in AuditLog._meta.sorted_fields]
    head = AuditHead.get_or_none(AuditHead.id == 1)
    return verify_chain_rows((dict(zip(cols, values, strict=True)) for values in query),
                             (head.last_id, head.last_hash) if head else None)


def verify_chain_rows(rows: Iterable[dict[str, Any]], head: tuple[int, str] | None) -> ChainProblem | None:
    """Check audit rows (dicts by column name, in id order) against the head (last id, hash).

    Plain data in, so a backup file can be checked before it is restored.
    """
    prev = GENESIS
    last_id = 0
    expected_id = None
    for row in rows:
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
    if head is None:
        return None if last_id == 0 else ChainProblem(None, "审计链的链头丢失")
    if head[0] != last_id or head[1] != prev:
        return ChainProblem(last_id or None, "最新的审计记录被删除或链头被改动")
    return None


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


ACTION_LABELS = {
    "insert": "新建", "update": "修改", "delete": "删除", "password": "改密码", "role": "改角色",
    "activate": "启用", "deactivate": "停用", "unlock": "解锁", "login": "登录",
    "login_failed": "登录失败", "restore": "恢复备份",
}


def _filtered(table: str | None, record_id: int | None, actor: str | None,
              date_from: dt.date | None, date_to: dt.date | None) -> peewee.ModelSelect:
    q = AuditLog.select()
    if table:
        q = q.where(AuditLog.table_name == table)
    if record_id is not None:
        q = q.where(AuditLog.record_id == record_id)
    if actor:
        q = q.where(AuditLog.actor == actor)
    if date_from:
        q = q.where(AuditLog.at >= date_from.isoformat())
    if date_to:
        # ``at`` is ISO text, so everything on date_to sorts before the next day.
        q = q.where(AuditLog.at < (date_to + dt.timedelta(days=1)).isoformat())
    return q


def search(table: str | None = None, record_id: int | None = None, actor: str | None = None,
           date_from: dt.date | None = None, date_to: dt.date | None = None,
           limit: int = 500, offset: int = 0) -> list[AuditEntry]:
    """Audit rows matching every given filter, newest first (indexed columns only)."""
    q = _filtered(table, record_id, actor, date_from, date_to)
    rows = q.order_by(AuditLog.id.desc()).limit(limit).offset(offset)
    return [AuditEntry(r.id, r.at, r.actor, r.action, r.table_name, r.record_id, r.summary,
                       json.loads(r.before) if r.before else {}, json.loads(r.after) if r.after else {})
            for r in rows]


def count(table: str | None = None, record_id: int | None = None, actor: str | None = None,
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


def export_rows(entries: Iterable[AuditEntry]) -> list[tuple[Any, ...]]:
    """Audit entries as rows under :data:`EXPORT_HEADERS` (changed fields as JSON text)."""

    def text(d: dict[str, Any]) -> str:
        return json.dumps(d, ensure_ascii=False, sort_keys=True) if d else ""

    return [(e.id, e.at.replace("T", " "), e.actor, ACTION_LABELS.get(e.action, e.action), e.table_name,
             e.record_id if e.record_id is not None else "", e.summary, text(e.before), text(e.after))
            for e in entries]
