"""Importing the message board's list (.xlsx, or .csv in UTF-8 or GBK) every morning.

:func:`plan_import` reads the file and decides, without writing anything, what each
row would do: a new message, an update of a known message's board status (留言编号
recognised), a row skipped (already known and unchanged, or repeated in the file),
or a bad row with its reason. :func:`apply_import` writes a clean plan in one
transaction, all or nothing.

Bulk path and audit: the new messages go in with one ``executemany`` (20,000 rows in
well under a second) instead of one audited insert per row; the audit log then gets
**one row per import** summarising it — the file name, the counts, the id range of
the new messages (ids the import gives them, consecutive after the largest) and the ids of
the updated ones — with the digest of every message it wrote kept beside it
(``audit.record_bulk``), so that ``check`` can tell them from messages written outside
the program. Every later change to a message is audited row by row as usual.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.core import audit
from models.core.actors import Actor
from models.core.db import advance_ids, database
from models.core.errors import WorkflowError
from models.core.workflow import workflow
from models.messages.records import KINDS, Message, normalize_kind
from models.tabular.read import Column, ImportTemplate, RowError, read_table

MAX_TITLE = 500
MESSAGE_COLUMNS = (
    Column("留言编号", "board_no", required=True, aliases=("编号", "留言ID", "帖子编号"),
           help="留言板上的编号（最多64字符），用来认出同一条留言：再次导入时只更新它的状态。"),
    Column("留言时间", "posted_at", kind="datetime", required=True, aliases=("发布时间", "时间"),
           help="网民发布留言的时间。"),
    Column("留言对象", "addressed_to", aliases=("留言领导", "对象"), help="留言写给的领导，如“南宁市委书记”。"),
    Column("留言标题", "title", required=True, aliases=("标题",), help=f"留言标题（最多{MAX_TITLE}字）。"),
    Column("留言内容", "content", aliases=("内容", "正文"), help="留言正文。"),
    Column("留言人", "nickname", aliases=("网友", "网民", "昵称"), help="网民的昵称。"),
    Column("类型", "kind", aliases=("留言类型",),
           help=f"{'、'.join(KINDS)} 之一（“建议”“举报”等常见说法自动归类）；空白为“其他”。"),
    Column("领域", "field", aliases=("留言领域",), help="如 交通、住房、教育。"),
    Column("地区", "region", aliases=("区域",), help="留言涉及的县区，如 青秀区。"),
    Column("状态", "board_status", aliases=("回复状态", "办理状态"), help="留言板上的状态，如“未回复”“已回复”。"),
)

TEMPLATE = ImportTemplate(
    "messages", "网民留言", MESSAGE_COLUMNS,
    lambda year: {"board_no": "3103050001", "posted_at": dt.datetime(year, 3, 5, 9, 30),
                  "addressed_to": "南宁市委书记", "title": "民族大道早高峰拥堵，建议优化信号灯配时",
                  "content": "每天早上七点半到八点半，民族大道部分路口红灯时间过长，建议根据车流调整信号灯配时。",
                  "nickname": "绿城网友1234", "kind": "建言", "field": "交通", "region": "青秀区",
                  "board_status": "未回复"},
    "在“网民留言”中点“导入留言板列表…”，或在命令行运行：python main.py import messages 留言.xlsx",
    ("从留言板另存的列表只要有这些表头（或括号中的其他写法）即可直接导入，不必抄进本模板。",))
_IN_CHUNK = 900  # below SQLite's default limit of host parameters


@dataclass(frozen=True)
class NewMessage:
    """A row that becomes a new message."""

    row: int
    values: dict[str, Any]


@dataclass(frozen=True)
class StatusUpdate:
    """A known message whose board status changed."""

    row: int
    message_id: int
    board_no: str
    old: str
    new: str


@dataclass(frozen=True)
class Skipped:
    """A row that changes nothing, and why."""

    row: int
    board_no: str
    reason: str


@dataclass
class MessageImportPlan:
    """What importing the file would do; nothing is written until :func:`apply_import`."""

    file_name: str = ""
    new: list[NewMessage] = field(default_factory=list)
    updated: list[StatusUpdate] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    ignored_headers: list[str] = field(default_factory=list)
    empty_rows: int = 0

    @property
    def ok(self) -> bool:
        """True when no row is bad (only then may it be applied)."""
        return not self.errors

    def summary(self) -> str:
        """One Chinese line with the four counts."""
        text = (f"新增 {len(self.new)} 条，更新 {len(self.updated)} 条，跳过 {len(self.skipped)} 条，"
                f"有误 {len(self.errors)} 行")
        if self.empty_rows:
            text += f"（空行 {self.empty_rows} 行已忽略）"
        return text


def _fingerprint(values: dict[str, Any]) -> tuple:
    return tuple(values.get(c.key) for c in MESSAGE_COLUMNS)


def _existing(board_nos: list[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for i in range(0, len(board_nos), _IN_CHUNK):
        chunk = board_nos[i:i + _IN_CHUNK]
        q = (Message.select(Message.board_no, Message.id, Message.board_status)
             .where(Message.board_no.in_(chunk)).tuples())
        for no, mid, status in q:
            found[no] = (mid, status)
    return found


def plan_import(path: Path) -> MessageImportPlan:
    """Read the board's list and say what importing it would do (no writes)."""
    path = Path(path)
    table = read_table(path, MESSAGE_COLUMNS)
    plan = MessageImportPlan(file_name=path.name, errors=list(table.errors),
                             ignored_headers=list(table.ignored_headers), empty_rows=table.skipped_empty)
    first_seen: dict[str, tuple[int, tuple]] = {}
    candidates: list[tuple[int, dict[str, Any]]] = []
    for row in table.rows:
        v = row.values
        no = v["board_no"]
        if len(no) > 64:
            plan.errors.append(RowError(row.number, "留言编号", "编号过长（最多64字符）"))
            continue
        try:
            v["kind"] = normalize_kind(v.get("kind"))
        except WorkflowError as exc:
            plan.errors.append(RowError(row.number, "类型", exc.message))
            continue
        if len(v.get("title", "")) > MAX_TITLE:
            plan.errors.append(RowError(row.number, "留言标题", f"标题过长（最多{MAX_TITLE}字）"))
            continue
        fp = _fingerprint(v)
        if no in first_seen:
            first_row, first_fp = first_seen[no]
            if first_fp == fp:
                plan.skipped.append(Skipped(row.number, no, f"与第{first_row}行重复（内容相同）"))
            else:
                plan.errors.append(RowError(row.number, "留言编号",
                                            f"编号“{no}”与第{first_row}行相同但内容不同，请核对"))
            continue
        first_seen[no] = (row.number, fp)
        candidates.append((row.number, v))
    known = _existing([v["board_no"] for _, v in candidates])
    for number, v in candidates:
        no = v["board_no"]
        if no in known:
            mid, old = known[no]
            new_status = v.get("board_status") or ""
            if new_status and new_status != old:
                plan.updated.append(StatusUpdate(number, mid, no, old, new_status))
            else:
                plan.skipped.append(Skipped(number, no, "已导入过，无变化"))
        else:
            plan.new.append(NewMessage(number, v))
    return plan


@dataclass(frozen=True)
class ImportResult:
    """What was written."""

    new: int
    updated: int
    first_id: int | None
    last_id: int | None


_INSERT = (
    "INSERT INTO message (id, version, board_no, posted_at, addressed_to, title, content, nickname, "
    "kind, field, region, board_status, state, imported_on) "
    "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '新留言', ?)"
)
_UPDATE = "UPDATE message SET board_status = ?, version = version + 1 WHERE id = ?"


@workflow()
def apply_import(actor: Actor, plan: MessageImportPlan, on: dt.date) -> ImportResult:
    """Write a clean plan in one transaction (see the module docstring on auditing).

    A plan with bad rows writes nothing. A message inserted by someone else since the
    plan was made makes the unique 留言编号 refuse the whole import.
    """
    if not plan.ok:
        raise WorkflowError(f"文件有 {len(plan.errors)} 行错误，未导入任何数据。请改正后重新导入。")
    db = database()
    cur = db.cursor()
    first_id = last_id = None
    if plan.new:
        before_max = db.execute_sql("SELECT COALESCE(MAX(id), 0) FROM message").fetchone()[0]
        try:
            # Ids of our own (the writers' lock holds MAX(id) still), so the audit record
            # names exactly the rows written — a server's id counter may have run ahead.
            cur.executemany(_INSERT, (
                (before_max + k, v["board_no"], v["posted_at"].isoformat(sep=" "), v.get("addressed_to", ""),
                 v.get("title", ""), v.get("content", ""), v.get("nickname", ""), v["kind"],
                 v.get("field", ""), v.get("region", ""), v.get("board_status", ""), on.isoformat())
                for k, v in enumerate((n.values for n in plan.new), start=1)))
        except sqlite3.IntegrityError as exc:
            # The raw cursor bypasses peewee, so its error is translated here.
            raise WorkflowError("导入时发现留言编号与刚刚录入的留言重复（可能另一窗口同时导入了同一文件），"
                                "未导入任何数据。请重新选择文件导入。") from exc
        first_id, last_id = before_max + 1, before_max + len(plan.new)
        advance_ids("message")
    if plan.updated:
        cur.executemany(_UPDATE, ((u.new, u.message_id) for u in plan.updated))
    after = {"file": plan.file_name, "new": len(plan.new), "updated": len(plan.updated),
             "skipped": len(plan.skipped), "new_ids": [first_id, last_id] if plan.new else [],
             "updated_ids": [u.message_id for u in plan.updated]}
    written = [*(range(first_id, last_id + 1) if plan.new else ()), *(u.message_id for u in plan.updated)]
    audit.record_bulk(actor, "import", "message", written, after,
                      f"导入网民留言 {plan.file_name}：{plan.summary()}")
    return ImportResult(len(plan.new), len(plan.updated), first_id, last_id)
