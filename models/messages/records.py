"""网民留言: citizen messages from the leaders' message board, and the weekly reply batch.

A message goes 新留言 → 已阅研判 → 已转办 → 已收到答复 → 已审核 → 已回复, or ends at 不予回复
with a reason. The office reads every message the day it arrives (一日一览) and
publishes the approved replies once a week (每周集中回复): the reply day is a setting
(Friday by default); when it is a holiday the batch goes out on the working day before.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from typing import Any

import peewee

from models.calendar.workdays import WorkCalendar, previous_working_day
from models.core import settings
from models.core.actors import Actor
from models.core.base import VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import insert, update, workflow
from models.messages import rules as mr
from models.messages.rules import MessageFacts
from models.reference.directory import Unit

KINDS = ("咨询", "投诉", "建言", "求助", "其他")
STATES = ("新留言", "已阅研判", "已转办", "已收到答复", "已审核", "已回复", "不予回复")
OPEN_STATES = ("新留言", "已阅研判", "已转办", "已收到答复", "已审核")
CLOSED_STATES = ("已回复", "不予回复")
WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")

REPLY_WEEKDAY = settings.define(
    "messages.reply_weekday", 5, "每周集中回复日（1=周一 … 7=周日）", "网民留言", minimum=1, maximum=7,
    help="遇节假日提前到此前最近的工作日。")
OVERDUE_DAYS = settings.define(
    "messages.overdue_days", 15, "留言超过多少天未回复计为积压", "网民留言", minimum=1, maximum=365)


class ReplyBatch(VersionedModel):
    """One week's batch of approved replies (每周集中回复)."""

    week_start = peewee.DateField(unique=True)
    reply_day = peewee.DateField(index=True)
    state = peewee.CharField(default="待发布")  # 待发布 | 已发布
    published_on = peewee.DateField(null=True)

    class Meta:
        table_name = "reply_batch"


class Message(VersionedModel):
    """A citizen's message (网民留言) and the office's handling of it."""

    board_no = peewee.CharField(unique=True)
    posted_at = peewee.DateTimeField()
    addressed_to = peewee.CharField(default="")
    title = peewee.CharField(default="")
    content = peewee.TextField(default="")
    nickname = peewee.CharField(default="")
    kind = peewee.CharField(default="其他")
    field = peewee.CharField(default="")
    region = peewee.CharField(default="")
    board_status = peewee.CharField(default="")
    state = peewee.CharField(default="新留言")
    assessment = peewee.TextField(default="")
    read_on = peewee.DateField(null=True)
    unit = peewee.ForeignKeyField(Unit, null=True)
    forwarded_on = peewee.DateField(null=True)
    draft_reply = peewee.TextField(default="")
    draft_on = peewee.DateField(null=True)
    approved_reply = peewee.TextField(default="")
    approved_on = peewee.DateField(null=True)
    batch = peewee.ForeignKeyField(ReplyBatch, null=True, backref="messages")
    replied_on = peewee.DateField(null=True)
    decline_reason = peewee.TextField(default="")
    declined_on = peewee.DateField(null=True)
    imported_on = peewee.DateField(null=True)

    class Meta:
        table_name = "message"

    def __str__(self) -> str:
        return f"{self.board_no} {self.title}"


def normalize_kind(text: str | None) -> str:
    """咨询/投诉/建言/求助/其他 from the board's wording; raise for an unknown type."""
    t = (text or "").strip()
    if not t:
        return "其他"
    synonyms = {"建议": "建言", "意见建议": "建言", "建言献策": "建言", "投诉举报": "投诉",
                "举报": "投诉", "求助咨询": "求助", "咨询求助": "咨询", "询问": "咨询"}
    t = synonyms.get(t, t)
    if t not in KINDS:
        raise WorkflowError(f"留言类型须为：{'、'.join(KINDS)}，收到“{t[:20]}”。")
    return t


def _get(message_id: int) -> Message:
    msg = Message.get_or_none(Message.id == message_id)
    if msg is None:
        raise WorkflowError(f"留言（编号 {message_id}）不存在，可能已被删除。请刷新列表。")
    return msg


def _move(actor: Actor, msg: Message, src: tuple[str, ...], dst: str, summary: str,
          expected_version: int | None, **changes: Any) -> Message:
    if msg.state not in src:
        raise WorkflowError(f"留言 {msg.board_no} 当前为“{msg.state}”，不能{summary}"
                            f"（须为“{'、'.join(src)}”）。")
    return update(actor, msg, expected_version, f"{summary}：留言 {msg.board_no}",
                  action="transition" if dst != msg.state else "update", state=dst, **changes)


@dataclass
class MessageData:
    """A message typed in by hand (when the board's list cannot be saved as a file)."""

    board_no: str
    posted_at: dt.datetime
    title: str
    content: str = ""
    addressed_to: str = ""
    nickname: str = ""
    kind: str = "其他"
    field: str = ""
    region: str = ""
    board_status: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Trimmed and checked values; raise :class:`WorkflowError` in Chinese."""
        no = (self.board_no or "").strip()
        if not no:
            raise WorkflowError("留言编号不能为空。")
        if not isinstance(self.posted_at, dt.datetime):
            raise WorkflowError("请填写留言时间。")
        title = (self.title or "").strip()
        if not title:
            raise WorkflowError("留言标题不能为空。")
        return {"board_no": no[:64], "posted_at": self.posted_at.replace(microsecond=0),
                "title": title, "content": (self.content or "").strip(),
                "addressed_to": (self.addressed_to or "").strip(),
                "nickname": (self.nickname or "").strip(), "kind": normalize_kind(self.kind),
                "field": (self.field or "").strip(), "region": (self.region or "").strip(),
                "board_status": (self.board_status or "").strip()}


@workflow()
def add_message(actor: Actor, data: MessageData, on: dt.date) -> Message:
    """Enter one message by hand (state 新留言); 留言编号 must be new."""
    values = data.cleaned()
    if Message.select().where(Message.board_no == values["board_no"]).exists():
        raise WorkflowError(f"留言编号“{values['board_no']}”已存在，不能重复录入。")
    return insert(actor, Message, f"录入留言 {values['board_no']}", imported_on=on, **values)


@workflow()
def mark_read(actor: Actor, message_id: int, on: dt.date, assessment: str = "",
              expected_version: int | None = None) -> Message:
    """新留言 → 已阅研判: read carefully, with the clerk's assessment (研判) if any."""
    msg = _get(message_id)
    return _move(actor, msg, ("新留言",), "已阅研判", "阅读研判", expected_version,
                 read_on=on, assessment=(assessment or "").strip())


#: What marking a message read (and forwarding it at once) can change.
READ_FIELDS = ("state", "assessment", "read_on", "unit", "forwarded_on")


@dataclass(frozen=True)
class ReadReceipt:
    """What one 标为已阅 changed on one message, so that it can be taken back."""

    message_id: int
    board_no: str
    version: int  # the version the marking left the message at
    before: dict[str, Any]  # READ_FIELDS as they were
    forwarded: bool  # the unit was chosen too (已阅 and 转办 in one step)


@workflow()
def read_message(actor: Actor, message_id: int, on: dt.date, assessment: str = "",
                 unit_id: int | None = None) -> ReadReceipt:
    """一日一览's 标为已阅: mark read, and forward too when a unit is chosen; the receipt
    says what changed, for :func:`undo_read`."""
    msg = _get(message_id)
    before = {"state": msg.state, "assessment": msg.assessment, "read_on": msg.read_on,
              "unit": msg.unit_id, "forwarded_on": msg.forwarded_on}
    if unit_id is None:
        msg = mark_read(actor, message_id, on, assessment)
    else:
        msg = forward(actor, message_id, unit_id, on, assessment)
    return ReadReceipt(msg.id, msg.board_no, msg.version, before, unit_id is not None)


@workflow()
def undo_read(actor: Actor, receipts: list[ReadReceipt]) -> list[Message]:
    """撤销标为已阅: put exactly the messages of ``receipts`` back as they were before being
    marked (state, 研判, reading day, and the unit when forwarded at once), all or none.

    Refused for a message changed since it was marked (handled further, or edited in
    another window): undoing would throw that change away.
    """
    restored = []
    for r in receipts:
        msg = _get(r.message_id)
        if msg.version != r.version:
            raise WorkflowError(f"留言 {r.board_no} 标为已阅之后又有改动（现为“{msg.state}”），"
                                "不能撤销。如需更正，请在“全部留言”中打开它办理。")
        what = "撤销标为已阅并转办" if r.forwarded else "撤销标为已阅"
        restored.append(update(actor, msg, r.version, f"{what}：留言 {r.board_no}", action="unread",
                               **{k: r.before[k] for k in READ_FIELDS}))
    return restored


@workflow()
def save_assessment(actor: Actor, message_id: int, assessment: str,
                    expected_version: int | None = None) -> Message:
    """Change the 研判 note of a message already read (no change of state)."""
    msg = _get(message_id)
    if msg.state == "新留言":
        raise WorkflowError("请先阅读该留言（标为已阅）再修改研判意见。")
    return update(actor, msg, expected_version, f"修改研判：留言 {msg.board_no}",
                  assessment=(assessment or "").strip())


@workflow()
def forward(actor: Actor, message_id: int, unit_id: int, on: dt.date, assessment: str | None = None,
            expected_version: int | None = None) -> Message:
    """已阅研判 → 已转办 to the unit concerned (a new message is read in the same step).

    Forwarding again while still 已转办 changes the unit (转错单位时改转).
    """
    msg = _get(message_id)
    unit = Unit.get_or_none(Unit.id == unit_id)
    if unit is None:
        raise WorkflowError("请从单位列表中选择转办单位。")
    if msg.state == "新留言":
        msg = mark_read(actor, msg.id, on, assessment or "", expected_version)
        expected_version = msg.version
    changes: dict[str, Any] = {"unit": unit.id, "forwarded_on": on}
    if assessment is not None:
        changes["assessment"] = assessment.strip()
    return _move(actor, msg, ("已阅研判", "已转办"), "已转办", f"转办{unit.short_name or unit.name}",
                 expected_version, **changes)


@workflow()
def receive_draft(actor: Actor, message_id: int, draft: str, on: dt.date,
                  expected_version: int | None = None) -> Message:
    """已转办 → 已收到答复: the unit's draft reply came back (may be entered again)."""
    text = (draft or "").strip()
    if not text:
        raise WorkflowError("请填写承办单位的答复内容。")
    msg = _get(message_id)
    return _move(actor, msg, ("已转办", "已收到答复"), "已收到答复", "登记单位答复", expected_version,
                 draft_reply=text, draft_on=on)


@workflow()
def approve_reply(actor: Actor, message_id: int, reply: str, on: dt.date,
                  expected_version: int | None = None) -> Message:
    """→ 已审核: the office approves the text to publish (from the unit's draft, or its own
    answer to a message it handles itself after reading)."""
    text = (reply or "").strip()
    if not text:
        raise WorkflowError("审核通过的回复内容不能为空。")
    msg = _get(message_id)
    return _move(actor, msg, ("已阅研判", "已收到答复", "已审核"), "已审核", "审核回复", expected_version,
                 approved_reply=text, approved_on=on)


@workflow()
def return_draft(actor: Actor, message_id: int, reason: str,
                 expected_version: int | None = None) -> Message:
    """已收到答复/已审核 → 已转办: the reply is sent back to the unit to be redone."""
    msg = _get(message_id)
    if msg.batch_id is not None:
        raise WorkflowError("该留言已编入本周回复批次，请先从批次中移出。")
    why = (reason or "").strip()
    if not why:
        raise WorkflowError("请写明退回重办的原因。")
    return _move(actor, msg, ("已收到答复", "已审核"), "已转办", f"退回重办（{why[:50]}）",
                 expected_version, approved_reply="", approved_on=None)


@workflow()
def decline(actor: Actor, message_id: int, reason: str, on: dt.date,
            expected_version: int | None = None) -> Message:
    """Any open state → 不予回复, with the reason (重复留言, 广告, 涉密 …)."""
    why = (reason or "").strip()
    if not why:
        raise WorkflowError("请写明不予回复的原因。")
    msg = _get(message_id)
    if msg.batch_id is not None:
        raise WorkflowError("该留言已编入回复批次，请先从批次中移出。")
    return _move(actor, msg, OPEN_STATES, "不予回复", "不予回复", expected_version,
                 decline_reason=why, declined_on=on)


# --- weekly batch ------------------------------------------------------------------------


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


def reply_day(cal: WorkCalendar, day: dt.date, weekday: int = 5) -> dt.date:
    """The reply day of ``day``'s week: ``weekday`` (1 = Monday … 7 = Sunday), moved back
    to the previous working day when it is a holiday or weekend."""
    target = week_start(day) + dt.timedelta(days=weekday - 1)
    return previous_working_day(cal, target)


@dataclass(frozen=True)
class BatchLine:
    """One line of the export: what the clerk pastes into the board."""

    board_no: str
    title: str
    reply: str
    unit: str
    posted: dt.date
    approved_on: dt.date | None


def batch_for_week(day: dt.date) -> ReplyBatch | None:
    """The batch of ``day``'s week, if one was gathered."""
    return ReplyBatch.get_or_none(ReplyBatch.week_start == week_start(day))


def pending_approved(until: dt.date) -> list[Message]:
    """Approved replies not yet in any batch, approved on or before ``until``."""
    return list(Message.select().where((Message.state == "已审核") & Message.batch.is_null()
                                       & (Message.approved_on <= until))
                .order_by(Message.posted_at, Message.id))


@workflow()
def gather_batch(actor: Actor, day: dt.date, cal: WorkCalendar, weekday: int | None = None) -> ReplyBatch:
    """Gather the week's approved replies into the week's batch (creating it if needed).

    Replies approved up to the reply day and not yet in a batch join it, so one
    approved late last week is not left behind. A published batch is not reopened.
    """
    wd = int(settings.get(REPLY_WEEKDAY) if weekday is None else weekday)
    monday = week_start(day)
    rday = reply_day(cal, day, wd)
    batch = ReplyBatch.get_or_none(ReplyBatch.week_start == monday)
    if batch is None:
        batch = insert(actor, ReplyBatch, f"建立 {monday} 当周回复批次", week_start=monday, reply_day=rday)
    elif batch.state == "已发布":
        raise WorkflowError(f"{monday} 当周的回复批次已于 {batch.published_on} 发布，不能再加入留言。")
    for msg in pending_approved(rday):
        update(actor, msg, None, f"编入回复批次：留言 {msg.board_no}", action="batch", batch=batch.id)
    return ReplyBatch.get_by_id(batch.id)


@workflow()
def remove_from_batch(actor: Actor, message_id: int) -> Message:
    """Take a message out of an unpublished batch (it stays 已审核)."""
    msg = _get(message_id)
    if msg.batch_id is None:
        raise WorkflowError("该留言不在任何回复批次中。")
    if msg.batch.state == "已发布":
        raise WorkflowError("该批次已发布，不能移出。")
    return update(actor, msg, None, f"移出回复批次：留言 {msg.board_no}", action="batch", batch=None)


@workflow()
def publish_batch(actor: Actor, batch_id: int, on: dt.date) -> int:
    """Mark the batch published: every message in it becomes 已回复 on ``on``.

    One transaction: the batch and all its messages change together or not at all.
    """
    batch = ReplyBatch.get_or_none(ReplyBatch.id == batch_id)
    if batch is None:
        raise WorkflowError("回复批次不存在，请刷新后重试。")
    if batch.state == "已发布":
        raise WorkflowError(f"该批次已于 {batch.published_on} 发布。")
    msgs = list(batch.messages.order_by(Message.id))
    if not msgs:
        raise WorkflowError("批次中没有留言，无需发布。")
    for msg in msgs:
        _move(actor, msg, ("已审核",), "已回复", "集中回复", None, replied_on=on)
    update(actor, batch, None, f"发布 {batch.week_start} 当周回复批次（{len(msgs)} 条）",
           action="publish", state="已发布", published_on=on)
    return len(msgs)


def batch_lines(batch_id: int) -> list[BatchLine]:
    """The batch's lines for the export, oldest message first."""
    q = (Message.select(Message, Unit).join(Unit, peewee.JOIN.LEFT_OUTER)
         .where(Message.batch == batch_id).order_by(Message.posted_at, Message.id))
    return [BatchLine(m.board_no, m.title, m.approved_reply, m.unit.name if m.unit_id else "",
                      m.posted_at.date(), m.approved_on) for m in q]


BATCH_HEADERS = ("序号", "留言编号", "留言时间", "留言标题", "回复内容", "承办单位", "审核日期")
BATCH_WIDTHS = (6, 14, 17, 30, 70, 22, 12)


@dataclass(frozen=True)
class BatchSheet:
    """The weekly batch as a sheet: what the export and the printed list show."""

    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    widths: tuple[int, ...]


def batch_sheet(batch_id: int) -> BatchSheet:
    """The batch's export: id, title and reply text ready to paste into the board."""
    batch = ReplyBatch.get_by_id(batch_id)
    rows = [(i, ln.board_no, ln.posted, ln.title, ln.reply, ln.unit, ln.approved_on)
            for i, ln in enumerate(batch_lines(batch_id), start=1)]
    state = f"已于 {batch.published_on} 发布" if batch.state == "已发布" else "待发布"
    title = f"网民留言集中回复清单（{batch.reply_day:%Y年%m月%d日}，{len(rows)} 条，{state}）"
    return BatchSheet(title, BATCH_HEADERS, rows, BATCH_WIDTHS)


# --- queries ----------------------------------------------------------------------------


def unread(limit: int | None = None) -> list[Message]:
    """Messages not yet read (新留言), oldest first: the day's reading list."""
    q = Message.select().where(Message.state == "新留言").order_by(Message.posted_at, Message.id)
    if limit:
        q = q.limit(limit)
    return list(q)


def unread_count() -> int:
    """How many messages are still unread."""
    return Message.select().where(Message.state == "新留言").count()


def search(text: str = "", state: str | None = None, kind: str | None = None,
           unit_id: int | None = None, offset: int = 0, limit: int = 200) -> list[Message]:
    """A page of messages filtered in SQL, newest first."""
    return list(_search_query(text, state, kind, unit_id)
                .order_by(Message.posted_at.desc(), Message.id.desc()).offset(offset).limit(limit))


def search_count(text: str = "", state: str | None = None, kind: str | None = None,
                 unit_id: int | None = None) -> int:
    """How many messages :func:`search` would list in all."""
    return _search_query(text, state, kind, unit_id).count()


def _search_query(text: str, state: str | None, kind: str | None, unit_id: int | None) -> peewee.Query:
    q = Message.select()
    if state:
        q = q.where(Message.state == state)
    if kind:
        q = q.where(Message.kind == kind)
    if unit_id is not None:
        q = q.where(Message.unit == unit_id)
    t = (text or "").strip()
    if t:
        like = f"%{t}%"
        q = q.where((Message.board_no ** like) | (Message.title ** like) | (Message.nickname ** like)
                    | (Message.field ** like) | (Message.region ** like))
    return q


@functools.lru_cache(maxsize=8192)
def _day_of(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _d(value: Any) -> dt.date | None:
    # Ten years hold only a few thousand distinct days: parsing each once is what makes
    # reading half a million rows cheap.
    return None if value is None else _day_of(str(value)[:10])


def _read_facts(where: str, args: tuple | dict) -> list[tuple[int, MessageFacts]]:
    """(id, facts) of the messages ``where`` selects (a condition on ``message m``, or
    :func:`_period_rows` of the fact columns)."""
    from models.core.db import database

    db = database()
    # The few units by id instead of a join, and each distinct day parsed once: a year of
    # rows costs little more than fetching them.
    units = _unit_names(db)
    days = _Days()
    sql = where if where.lstrip().startswith("SELECT") else f"SELECT {_FACT_COLUMNS} FROM message m WHERE {where}"
    return [(mid, MessageFacts(days[posted], state, days[replied], units.get(unit, ""), kind, fld))
            for mid, posted, state, replied, unit, kind, fld in db.execute_sql(sql, args).fetchall()]


_FACT_COLUMNS = "m.id, substr(m.posted_at, 1, 10), m.state, m.replied_on, m.unit_id, m.kind, m.field"


def _period_rows(columns: str) -> str:
    """SELECT ``columns`` of the messages any figure of a period counts: those received in
    it and every open one (the overdue pool is not limited to the period) — as two
    disjoint branches so each reads one index. Parameters: :func:`_period_args`."""
    states = ", ".join(f":s{i}" for i in range(len(OPEN_STATES)))
    return (f"SELECT {columns} FROM message m WHERE m.posted_at >= :start AND m.posted_at < :after "
            f"UNION ALL SELECT {columns} FROM message m WHERE m.state IN ({states}) "
            "AND (m.posted_at < :start OR m.posted_at >= :after)")


def _period_args(start: dt.date, end: dt.date) -> dict[str, Any]:
    args: dict[str, Any] = {"start": _midnight(start), "after": _midnight(end + dt.timedelta(days=1))}
    args.update({f"s{i}": s for i, s in enumerate(OPEN_STATES)})
    return args


def _unit_names(db: peewee.Database) -> dict[int, str]:
    """Unit id → the name a message's facts carry."""
    return {uid: name or "" for uid, name in db.execute_sql("SELECT id, name FROM unit").fetchall()}


class _Days(dict):
    """Text → day (``None`` stays ``None``), each distinct text parsed once."""

    def __missing__(self, text: Any) -> dt.date | None:
        day = self[text] = _d(text)
        return day


def _midnight(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time()).isoformat(sep=" ")


def load_facts(until: dt.date | None = None) -> list[tuple[int, MessageFacts]]:
    """(id, facts) of every message posted on or before ``until``, for the rules."""
    if until is None:
        return _read_facts("1", ())
    return _read_facts("m.posted_at < ?", (_midnight(until + dt.timedelta(days=1)),))


def overdue_count(today: dt.date, overdue_days: int) -> int:
    """How many messages :func:`messages_rules.is_overdue` finds on ``today``: each
    distinct (day received, state) of the open messages judged once by the rule, the
    database counting the messages of each."""
    from models.core.db import database

    marks = ", ".join("?" for _ in OPEN_STATES)
    total = 0
    for day, state, n in database().execute_sql(
            f"SELECT substr(posted_at, 1, 10), state, COUNT(*) FROM message WHERE state IN ({marks}) "
            "GROUP BY 1, 2", OPEN_STATES).fetchall():
        facts = MessageFacts(_day_of(day), state, None, "", "", "")
        if mr.is_overdue(facts, today, overdue_days):
            total += n
    return total


def facts_for_period(start: dt.date, end: dt.date) -> list[tuple[int, MessageFacts]]:
    """(id, facts) of the messages received in [start, end] plus every open one: all that
    any figure of the period can count (the overdue pool is not limited to the period)."""
    return _read_facts(_period_rows(_FACT_COLUMNS), _period_args(start, end))


# What ``messages_rules.marks`` reads of a message (day received, state, day replied), as
# text that joins exactly.
_JUDGED = (("substr(m.posted_at, 1, 10)", "posted"), ("m.state", "state"), ("coalesce(m.replied_on, '')", "replied"))
_JUDGED_SQL = ", ".join(expr for expr, _ in _JUDGED)
_SUMMED_COLUMNS = "m.posted_at, m.state, m.replied_on, m.unit_id, m.kind"


def period_figures(start: dt.date, end: dt.date, today: dt.date,
                   overdue_days: int) -> tuple[mr.Figures, dict[str, dict[str, mr.Figures]]]:
    """The figures of the period overall, by type (``by_kind``) and by unit (``by_unit``):
    :func:`messages_rules.grouped_many` over :func:`facts_for_period`, without building
    the facts of every message.

    A year can hold tens of thousands of messages but only a few thousand distinct
    (day received, state, day replied) — all that :func:`messages_rules.marks` reads.
    Each of those is judged once here by that rule; the database then adds the marks up
    per type and unit, and :func:`messages_rules.grouped_marks` rolls them up as it does
    for facts read one by one (``tests/models/test_messages_period_figures.py`` checks
    both ways agree).
    """
    from models.core.db import database, on_server

    db = database()
    args = _period_args(start, end)
    days = _Days()
    server = on_server(db)
    distinct = (f"SELECT DISTINCT {', '.join(f'{expr} AS {name}' for expr, name in _JUDGED)} "
                f"FROM ({_period_rows(_SUMMED_COLUMNS)}) m")
    # One read transaction: a reply recorded elsewhere between the two statements would
    # otherwise make a combination the first one never judged, and drop that message.
    with db.atomic():
        if server:
            combinations = db.execute_sql(distinct, args).fetchall()
        else:
            # As one row of JSON: read beside a thread judging in Python (stats_tables),
            # each row stepped would wait for the interpreter lock.
            (text,), = db.execute_sql(
                f"SELECT json_group_array(json_array(d.posted, d.state, d.replied)) FROM ({distinct}) d",
                args).fetchall()
            combinations = json.loads(text)
        judged = [(posted, state, replied,
                   *mr.marks(MessageFacts(days[posted], state, days[replied or None]), start, end, today,
                             overdue_days))
                  for posted, state, replied in combinations]
        # A temporary table lives in this connection only: no lock on the shared file.
        db.execute_sql("CREATE TEMP TABLE IF NOT EXISTS message_marks (posted TEXT, state TEXT, replied TEXT, "
                       "received INTEGER, replies INTEGER, days INTEGER, overdue INTEGER, "
                       "PRIMARY KEY (posted, state, replied)) WITHOUT ROWID")
        db.execute_sql("DELETE FROM temp.message_marks")
        try:
            if server:  # json_extract is SQLite's; the server takes the rows in batches
                db.cursor().executemany("INSERT INTO temp.message_marks VALUES (?, ?, ?, ?, ?, ?, ?)", judged)
            else:  # one statement over a JSON array rather than a statement per row
                db.execute_sql("INSERT INTO temp.message_marks SELECT " + ", ".join(
                                   f"json_extract(value, '$[{i}]')" for i in range(7)) + " FROM json_each(?)",
                               (json.dumps(judged, ensure_ascii=False),))
            sums = db.execute_sql(
                "SELECT m.unit_id, m.kind, SUM(t.received), SUM(t.replies), SUM(t.days), SUM(t.overdue) "
                f"FROM ({_period_rows(_SUMMED_COLUMNS)}) m "
                f"JOIN temp.message_marks t ON (t.posted, t.state, t.replied) = ({_JUDGED_SQL}) "
                "GROUP BY m.unit_id, m.kind", args).fetchall()
        finally:
            db.execute_sql("DELETE FROM temp.message_marks")
        units = _unit_names(db)
    # Grouping reads only a message's type and unit, so one stand-in carries each sum.
    marked = ((MessageFacts(dt.date.min, "", None, units.get(unit, ""), kind), row)
              for unit, kind, *row in sums)
    return mr.grouped_marks(marked, {"by_kind": mr.kind_key, "by_unit": mr.unit_key})


def stats_section(start: dt.date, end: dt.date, today: dt.date) -> dict[str, Any]:
    """The ``messages`` section of ``stats``: received, replied, reply_rate, overdue."""
    fig, _groups = period_figures(start, end, today, int(settings.get(OVERDUE_DAYS)))
    return section_of(fig)


def section_of(fig: mr.Figures) -> dict[str, Any]:
    """Figures shaped as the ``messages`` section (one shape for ``stats`` and 统计)."""
    return {"received": fig.received, "replied": fig.replied,
            "reply_rate": None if fig.reply_rate is None else round(fig.reply_rate, 4),
            "overdue": fig.overdue}
