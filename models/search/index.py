"""The search index (检索索引): kept current, queried, and described for the results list.

Triggers written by migration 11 mark every inserted, changed or deleted record of a
searchable table in ``search_dirty`` — in the transaction of the change itself, whoever
makes it (a workflow, an import, a restore). :func:`refresh` re-cuts the grams of the
marked records; :func:`search` refreshes first, so a change is found at once and a
deleted record no longer is.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from models.calendar.lights import Light
from models.calendar.store import load_calendar
from models.core import settings
from models.core.db import database, on_server
from models.core.numbers import date_cn
from models.reference.directory import Leader, Unit
from models.search.text import (
    MAX_CHARS,
    grams,
    is_initials,
    like_pattern,
    match_expression,
    normalize,
    words,
)

#: The kinds in the order results are shown, with their Chinese names.
KINDS = {
    "instruction": "领导批示件",
    "key_item": "重点工作",
    "activity": "督查活动",
    "research": "督查调研",
    "message": "网民留言",
    "document": "已印发文件",
}

#: Per kind: the SQL giving (id, text fields …) for ids, the fields joined into the text.
_TEXT_SQL = {
    "instruction": "SELECT id, number, leader_name, source_title, source_issuer, source_number, text, matter, "
                   "unit_names FROM instruction WHERE id IN ({ids})",
    "key_item": "SELECT k.id, p.year || '年第' || k.number || '项', k.title, k.content, k.unit_names "
                "FROM key_item k JOIN key_plan p ON p.id = k.plan_id WHERE k.id IN ({ids})",
    "activity": "SELECT id, title, method, place, participants, problems FROM supervision_activity "
                "WHERE id IN ({ids})",
    "research": "SELECT id, title, direction, people, leader_name, report_summary FROM research_topic "
                "WHERE id IN ({ids})",
    "message": "SELECT id, board_no, title, addressed_to, region, field, content FROM message WHERE id IN ({ids})",
    "document": "SELECT id, number, title, subject, issuer FROM issued_document WHERE id IN ({ids})",
}

_BATCH = 500


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, how to open it, what to show."""

    kind: str
    record_id: int
    title: str
    detail: str
    light: Light | None

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind]

    @property
    def record_type(self) -> str:
        """The record type the main window's ``open_record`` understands."""
        return {"research": "research_topic"}.get(self.kind, self.kind)


def pending() -> int:
    """How many records wait to be (re)indexed."""
    return int(database().execute_sql("SELECT COUNT(*) FROM search_dirty").fetchone()[0])


def refresh(progress: Callable[[int, int], None] | None = None, limit: int | None = None) -> int:
    """Index the marked records (all, or ``limit``), in batches; return how many were done.

    Each batch is one write transaction: an interrupted refresh leaves the rest marked.
    """
    db = database()
    total = pending() if limit is None else min(limit, pending())
    done = 0
    while done < total:
        with db.atomic():
            batch = db.execute_sql("SELECT kind, record_id FROM search_dirty LIMIT ?",
                                   (min(_BATCH, total - done),)).fetchall()
            if not batch:
                break
            _reindex(batch)
            db.cursor().executemany("DELETE FROM search_dirty WHERE kind = ? AND record_id = ?", batch)
        done += len(batch)
        if progress:
            progress(done, total)
    return done


def _reindex(batch: list[tuple[str, int]]) -> None:
    db = database()
    by_kind: dict[str, list[int]] = {}
    for kind, rid in batch:
        by_kind.setdefault(kind, []).append(rid)
    for kind, ids in by_kind.items():
        marks = ",".join("?" * len(ids))
        texts = {row[0]: normalize(" ".join(str(v) for v in row[1:] if v))[:MAX_CHARS]
                 for row in db.execute_sql(_TEXT_SQL[kind].format(ids=marks), ids).fetchall()}
        old = db.execute_sql(f"SELECT id, record_id, text FROM search_entry WHERE kind = ? AND record_id IN ({marks})",
                             [kind, *ids]).fetchall()
        server = on_server(db)  # no FTS5 there: the server searches search_entry.text itself
        if not server:
            db.cursor().executemany(
                "INSERT INTO search_doc (search_doc, rowid, kind, grams) VALUES ('delete', ?, ?, ?)",
                [(eid, kind, grams(text)) for eid, _rid, text in old])
        db.cursor().executemany("DELETE FROM search_entry WHERE id = ?", [(eid,) for eid, _r, _t in old])
        for rid in ids:
            text = texts.get(rid)
            if not text:
                continue
            cur = db.execute_sql("INSERT INTO search_entry (kind, record_id, text) VALUES (?, ?, ?)", (kind, rid, text))
            if not server:
                db.execute_sql("INSERT INTO search_doc (rowid, kind, grams) VALUES (?, ?, ?)",
                               (cur.lastrowid, kind, grams(text)))


def rebuild() -> int:
    """Mark every record and index it again (after a restore from an old file, say)."""
    from models.migrations.m0011_search import SOURCES

    db = database()
    with db.atomic():
        db.execute_sql("DELETE FROM search_entry")
        if not on_server(db):
            db.execute_sql("INSERT INTO search_doc (search_doc) VALUES ('delete-all')")
        for table, kind in SOURCES.items():
            db.execute_sql(f"INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT '{kind}', id FROM {table}")
    return refresh()


def expand_initials(query: str) -> list[str]:
    """Names of units (full and short) and leaders that ``query`` gives the pinyin initials of.

    Every reading of a polyphone counts, and a name's surname reading ("qhm" → 覃海明).
    """
    from models.reference.pinyin import initials_match

    names: list[str] = []
    for name, short in Unit.select(Unit.name, Unit.short_name).tuples():
        if initials_match(query, short or "") or initials_match(query, name):
            names += [n for n in (short, name) if n]
    names += [n for (n,) in Leader.select(Leader.name).tuples() if initials_match(query, n)]
    return names


def search(query: str, today: dt.date, per_kind: int = 8) -> list[Hit]:
    """The newest ``per_kind`` records of each kind containing ``query``, by kind.

    Matches Chinese substrings, number fragments ("2014〕9"), and — for latin letters
    alone — pinyin initials of units and leaders ("szj" finds 市住建委's matters).
    """
    if pending():
        refresh()
    if on_server():
        return _search_on_server(query, today, per_kind)
    expressions = []
    main = match_expression(query)
    if main:
        expressions.append(main)
    if is_initials(query):
        expressions += [e for e in (match_expression(n) for n in expand_initials(query)[:20]) if e]
    if not expressions:
        return []
    where = " OR ".join(f"({e})" for e in expressions)
    db = database()
    found: dict[str, list[int]] = {}
    for kind in KINDS:
        rows = db.execute_sql(
            "SELECT e.record_id FROM search_doc d JOIN search_entry e ON e.id = d.rowid "
            "WHERE search_doc MATCH ? ORDER BY d.rowid DESC LIMIT ?",
            (f"kind:{kind} AND grams:({where})", per_kind)).fetchall()
        if rows:
            found[kind] = [r[0] for r in rows]
    return _described(found, today)


def _described(found: dict[str, list[int]], today: dt.date) -> list[Hit]:
    hits: list[Hit] = []
    for kind, ids in found.items():
        hits += _DESCRIBE[kind](ids, today)
    return hits


def _search_on_server(query: str, today: dt.date, per_kind: int) -> list[Hit]:
    """:func:`search` on the office's server: each word as a substring of the entry's
    normalised text (``LIKE``, which the server's ``pg_trgm`` index serves) — the hits
    the grams' phrases find in SQLite's FTS5 table."""
    alternatives = [words(query)] if words(query) else []
    if is_initials(query):
        alternatives += [w for w in (words(n) for n in expand_initials(query)[:20]) if w]
    if not alternatives:
        return []
    where = " OR ".join("(" + " AND ".join("text LIKE ?" for _ in alt) + ")" for alt in alternatives)
    args = [like_pattern(w) for alt in alternatives for w in alt]
    db = database()
    found: dict[str, list[int]] = {}
    for kind in KINDS:
        rows = db.execute_sql(f"SELECT record_id FROM search_entry WHERE kind = ? AND ({where}) "
                              "ORDER BY id DESC LIMIT ?", [kind, *args, per_kind]).fetchall()
        if rows:
            found[kind] = [r[0] for r in rows]
    return _described(found, today)


# ------------------------------------------------------------------ describing hits

def _ordered(ids: list[int], rows: Iterable[tuple]) -> list[tuple]:
    by_id = {r[0]: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def _yellow() -> int:
    return int(settings.get(settings.YELLOW_DAYS))


def _day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _instructions(ids: list[int], today: dt.date) -> list[Hit]:
    from models.instructions.records import instruction_light

    cal, yellow = load_calendar(), _yellow()
    marks = ",".join("?" * len(ids))
    rows = database().execute_sql(
        f"SELECT id, number, matter, state, deadline, unit_names, leader_name FROM instruction WHERE id IN ({marks})",
        ids).fetchall()
    return [Hit("instruction", i, f"{number}　{matter}", f"{state}　{units or ''}　{leader or ''}".strip("　"),
                instruction_light(state, _day(deadline), today, cal, yellow))
            for i, number, matter, state, deadline, units, leader in _ordered(ids, rows)]


def _key_items(ids: list[int], today: dt.date) -> list[Hit]:
    from models.key_items.progress import item_statuses

    # The item's light as its own pane shows it (deadline, 滞后 assessments, missing reports).
    status = item_statuses(ids, today, load_calendar(), _yellow())
    marks = ",".join("?" * len(ids))
    rows = database().execute_sql(
        f"SELECT k.id, p.year, k.number, k.title, k.state, k.unit_names FROM key_item k "
        f"JOIN key_plan p ON p.id = k.plan_id WHERE k.id IN ({marks})", ids).fetchall()
    return [Hit("key_item", i, f"{year}年第{number}项　{title}", f"{state}　{units or ''}".strip("　"),
                status[i].light if i in status else None)
            for i, year, number, title, state, units in _ordered(ids, rows)]


def _activities(ids: list[int], today: dt.date) -> list[Hit]:
    marks = ",".join("?" * len(ids))
    rows = database().execute_sql(
        f"SELECT id, day, title, method FROM supervision_activity WHERE id IN ({marks})", ids).fetchall()
    return [Hit("activity", i, title, f"{date_cn(_day(day))}　{method or ''}".strip("　"), None)
            for i, day, title, method in _ordered(ids, rows)]


def _research(ids: list[int], today: dt.date) -> list[Hit]:
    from models.research.agenda import topic_light
    from models.research.topics import ResearchTopic

    topics = {t.id: t for t in ResearchTopic.select().where(ResearchTopic.id.in_(ids))}
    return [Hit("research", i, topics[i].title, f"{topics[i].year}年　{topics[i].state}", topic_light(topics[i], today))
            for i in ids if i in topics]


def _messages(ids: list[int], today: dt.date) -> list[Hit]:
    from models.messages import rules as mr
    from models.messages.records import CLOSED_STATES, OVERDUE_DAYS

    days = int(settings.get(OVERDUE_DAYS))
    marks = ",".join("?" * len(ids))
    rows = database().execute_sql(
        f"SELECT id, board_no, title, state, posted_at FROM message WHERE id IN ({marks})", ids).fetchall()
    hits = []
    for i, board_no, title, state, posted in _ordered(ids, rows):
        day = _day(posted)
        light = (Light.GREY if state in CLOSED_STATES else
                 Light.RED if day and mr.is_overdue(mr.MessageFacts(day, state), today, days) else Light.GREEN)
        hits.append(Hit("message", i, f"{board_no}　{title}", f"{date_cn(day)}　{state}".strip("　"), light))
    return hits


def _documents(ids: list[int], today: dt.date) -> list[Hit]:
    marks = ",".join("?" * len(ids))
    rows = database().execute_sql(
        f"SELECT id, number, title, issued_on FROM issued_document WHERE id IN ({marks})", ids).fetchall()
    return [Hit("document", i, f"{number}　{title}", f"{date_cn(_day(issued))}印发", None)
            for i, number, title, issued in _ordered(ids, rows)]


_DESCRIBE: dict[str, Callable[[list[int], dt.date], list[Hit]]] = {
    "instruction": _instructions, "key_item": _key_items, "activity": _activities,
    "research": _research, "message": _messages, "document": _documents,
}
