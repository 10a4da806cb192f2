"""Checking the records against the audit log (核对记录), and the baseline (记录基线).

Every audited table's records are compared with the last digest the log holds for each
(``models/core/digests.py``): a record changed outside the program, one written with no
audit row, one deleted without one, and one back after an audited delete are each
found and named. The same comparison gives the baseline an upgrade writes: the records
that have no digest yet (a file from before schema step 10, or rows a schema step
seeds) get one bulk entry per table recording their state at that moment.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from models.core import audit, digests
from models.core.actors import Actor, Role
from models.core.audit_labels import table_label, with_raw
from models.core.db import database

#: Who writes a baseline: the program itself, while it upgrades the file.
UPGRADE_ACTOR = Actor("（数据升级）", Role.ADMIN)

CHANGED, UNAUDITED, VANISHED, REAPPEARED = "changed", "unaudited", "vanished", "reappeared"

KIND_TEXT = {
    CHANGED: "内容与审计记录中最后一次改动后的状态不符（在程序之外被改动）",
    UNAUDITED: "没有任何审计记录（在程序之外写入）",
    VANISHED: "已不存在，但审计记录中没有删除它（在程序之外被删除）",
    REAPPEARED: "审计记录中已删除，但记录仍在（在程序之外写回）",
}
KIND_SHORT = {CHANGED: "被改动", UNAUDITED: "无审计记录", VANISHED: "被删除", REAPPEARED: "删除后又出现"}

#: Report progress every so many rows.
STEP = 50_000

Progress = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    return None


@dataclass(frozen=True)
class Difference:
    """One record that is not what the audit log says it is."""

    table: str
    record_id: str
    kind: str
    digest: str  # the record's digest now (``digests.ABSENT`` when it is gone)

    @property
    def record_text(self) -> str:
        """The record as a clerk reads it: “领导批示件（instruction）编号 12”."""
        return f"{with_raw(table_label(self.table), self.table)}编号 {self.record_id}"

    @property
    def text(self) -> str:
        """One line in Chinese: which record, what kind of difference."""
        return f"{self.record_text}：{KIND_TEXT[self.kind]}"

    @property
    def history_command(self) -> str:
        """The command that lists this record's audit history."""
        return f"python main.py audit --record {table_label(self.table)}:{self.record_id}"


@dataclass
class LastDigests:
    """The last digest the log holds for each record, by table and ``record_id`` text."""

    by_table: dict[str, dict[str, str]] = field(default_factory=dict)
    bulk_problems: list[str] = field(default_factory=list)
    rows: int = 0

    def seen(self, audit_id: int, table: str, record_id: str | None, digest: str) -> None:
        """Take one audit row's digest (a bulk row: the digests kept beside it)."""
        self.rows += 1
        known = self.by_table.setdefault(table, {})
        if record_id is not None:
            known[record_id] = digest
            return
        pairs = database().execute_sql(
            "SELECT record_id, digest FROM audit_record_digest WHERE audit_id = ? ORDER BY record_id",
            (audit_id,)).fetchall()
        if audit.bulk_digest(pairs) != digest:
            self.bulk_problems.append(
                f"审计记录 {audit_id}（{table_label(table)}，批量写入）所附的记录摘要与它不符："
                "摘要表 audit_record_digest 在程序之外被改动、删除或添加了行")
        known.update(pairs)


def last_digests(progress: Progress = _quiet) -> LastDigests:
    """The last digest of every record as the log holds it, without checking the chain
    (an upgrade compares before and after its steps; ``check`` walks the chain itself)."""
    out = LastDigests()
    total = audit.AuditLog.select().count()
    for n, (audit_id, table, record_id, digest) in enumerate(database().execute_sql(
            "SELECT id, table_name, record_id, digest FROM audit_log WHERE digest IS NOT NULL ORDER BY id")):
        out.seen(audit_id, table, record_id, digest)
        if n % STEP == 0:
            progress("读取审计记录中的摘要", n, total)
    return out


def compare(last: LastDigests, progress: Progress = _quiet) -> tuple[list[Difference], int]:
    """Every record that differs from ``last`` (consumed), and how many records were compared."""
    found: list[Difference] = []
    tables = sorted(digests.specs())
    total = sum(digests.row_count(t) for t in tables)
    stage = "核对记录"
    progress(stage, 0, total)
    records = 0
    for table in tables:
        expected = last.by_table.pop(table, {})
        # A table the log knows nothing of is read the exact way: its digests become a baseline.
        fast = bool(expected)
        for record_id, digest in digests.table_digests(table, fast=fast):
            was = expected.pop(record_id, None)
            if was != digest:
                if fast:
                    digest = digests.record_digest(table, record_id) or digest
                    if was == digest:
                        continue
                kind = UNAUDITED if was is None else REAPPEARED if was == digests.ABSENT else CHANGED
                found.append(Difference(table, record_id, kind, digest))
            records += 1
            if records % STEP == 0:
                progress(stage, records, total)
        found.extend(Difference(table, record_id, VANISHED, digests.ABSENT)
                     for record_id, was in expected.items() if was != digests.ABSENT)
    progress(stage, records, total)
    return found, records


@dataclass
class CheckResult:
    """What ``check`` found in the audit log and the records."""

    audit_rows: int
    records: int
    chain: list[audit.ChainProblem]
    bulk_problems: list[str]
    differences: list[Difference]

    @property
    def ok(self) -> bool:
        return not (self.chain or self.bulk_problems or self.differences)

    def by_kind(self) -> dict[tuple[str, str], int]:
        """How many differences of each (table, kind)."""
        counts: dict[tuple[str, str], int] = {}
        for d in self.differences:
            counts[(d.table, d.kind)] = counts.get((d.table, d.kind), 0) + 1
        return counts


def check(progress: Progress = _quiet) -> CheckResult:
    """Walk the hash chain and compare every audited table's records with it."""
    last = LastDigests()
    total = audit.AuditLog.select().count()
    counted = [0]
    progress("核对审计链", 0, total)
    chain = audit.walk_log(audit.head_now(), last.seen, progress=lambda n: counted.__setitem__(0, n)
                           or progress("核对审计链", n, total))
    progress("核对审计链", counted[0], total)
    last.bulk_problems += _orphan_digests()
    differences, records = compare(last, progress)
    return CheckResult(counted[0], records, chain, last.bulk_problems, differences)


def _model_for(table: str) -> type | None:
    from models.core.base import BaseModel

    todo = list(BaseModel.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls._meta.table_name == table:
            return cls
        todo.extend(cls.__subclasses__())
    return None


def field_changes(d: Difference) -> list[str]:
    """For a record changed outside the program, which fields differ from what its audit
    history says, in Chinese: “办结日期：审计记录中为 2014-01-23，现为 2014-01-13”.

    The history is replayed from the record's creation (whose row holds every field)
    through each change; a record whose history starts at a bulk entry or a baseline
    (no field values) gives nothing, and neither does one the models do not know.
    """
    import json

    from models.core.audit_labels import field_label, value_text
    from models.core.base import snapshot

    model = _model_for(d.table) if d.kind == CHANGED else None
    if model is None:
        return []
    state: dict | None = None
    rows = (audit.AuditLog.select().where((audit.AuditLog.table_name == d.table)
                                          & (audit.AuditLog.record_id == d.record_id))
            .order_by(audit.AuditLog.id))
    start = 0
    for row in rows:
        if row.action == "insert" and row.after:
            state, start = json.loads(row.after), row.id
        elif state is not None and row.after:
            state.update(json.loads(row.after))
    bulk_since = audit.AuditRecordDigest.select().join(
        audit.AuditLog, on=(audit.AuditLog.id == audit.AuditRecordDigest.audit_id)).where(
        (audit.AuditRecordDigest.record_id == d.record_id) & (audit.AuditLog.table_name == d.table)
        & (audit.AuditLog.id > start)).exists()
    current = model.get_or_none(model._meta.primary_key == d.record_id)
    if state is None or bulk_since or current is None:
        return []
    now = snapshot(current)
    skip = digests.UNDIGESTED.get(d.table, frozenset())
    return [f"{field_label(d.table, k)}：审计记录中为“{value_text(v)}”，现为“{value_text(now.get(k))}”"
            for k, v in state.items()
            if k in now and k not in skip and v != audit.HIDDEN and v != now.get(k)]


def _orphan_digests() -> list[str]:
    """Digests kept for bulk entries that are no longer in the log: what cutting the newest
    audit rows (an import among them) off leaves behind."""
    row = database().execute_sql(
        "SELECT COUNT(*), MIN(audit_id) FROM audit_record_digest "
        "WHERE audit_id > (SELECT COALESCE(MAX(id), 0) FROM audit_log)").fetchone()
    if not row[0]:
        return []
    return [f"审计记录所附的 {row[0]:,} 条记录摘要属于已不存在的审计记录（编号 {row[1]} 起）："
            "审计记录最新的部分被截去了"]


# ---- the baseline ------------------------------------------------------------------

def write_baseline(actor: Actor, differences: Iterable[Difference], summary: str) -> int:
    """Record the present state of these records as their audited state: one bulk entry
    (action ``baseline``) per table, inside the caller's transaction. Returns how many."""
    per_table: dict[str, dict[str, str]] = {}
    for d in differences:
        per_table.setdefault(d.table, {})[d.record_id] = d.digest
    for table, known in sorted(per_table.items()):
        audit.record_bulk(actor, "baseline", table, list(known), {"records": len(known)},
                          f"{summary}（{table_label(table)} {len(known)} 条）", known=known)
    return sum(len(k) for k in per_table.values())
