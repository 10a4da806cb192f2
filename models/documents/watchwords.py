"""The plain facts behind 快·准·稳 (:mod:`models.instructions.watchwords`), read from the
instructions and from the register of issued 督办通知单 (here because it reads both).

Rows are read without the ORM, in a few queries, and only for the matters with a 交办,
a 报结 or a 回访复核 in the period (the rules judge nothing else).
"""
from __future__ import annotations

import datetime as dt
import json

from models.calendar.store import load_calendar
from models.core.db import database
from models.documents.register import NOTICE
from models.instructions import records
from models.instructions.watchwords import WatchFacts, watchwords


def _day(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


def watch_ids(start: dt.date, end: dt.date) -> list[int]:
    """Ids of the instructions that can count in any watchword over [start, end]
    (:func:`models.instructions.records.watch_ids`)."""
    return records.watch_ids(start, end)


def watch_facts(ids: list[int] | None = None) -> list[WatchFacts]:
    """Every instruction (or those of ``ids``) as :class:`WatchFacts`, ordered by id."""
    db = database()
    params = {"ids": json.dumps([int(i) for i in ids])} if ids is not None else {}
    mine = "instruction_id IN (SELECT value FROM json_each(:ids))" if ids is not None else "1 = 1"
    own = "id IN (SELECT value FROM json_each(:ids))" if ids is not None else "1 = 1"
    # The first 交办 and the lead unit now from one pass over the assignments (by id: of
    # two current leads the later one names the matter, as before).
    units = {uid: short or name for uid, name, short in db.execute_sql(
        "SELECT id, name, short_name FROM unit").fetchall()}
    first_assigned: dict[int, object] = {}
    lead: dict[int, str] = {}
    for iid, assigned_on, is_lead, replaced_on, uid in db.execute_sql(
            f"SELECT instruction_id, assigned_on, is_lead, replaced_on, unit_id FROM instruction_assignment "
            f"WHERE {mine} ORDER BY id", params).fetchall():
        if assigned_on is not None:
            known = first_assigned.get(iid)
            if known is None or assigned_on < known:
                first_assigned[iid] = assigned_on
        if is_lead and replaced_on is None and uid in units:
            lead[iid] = units[uid]
    reviews: dict[int, list[tuple[dt.date, bool]]] = {}
    for iid, day, passed in db.execute_sql(
            f"SELECT instruction_id, reviewed_on, passed FROM instruction_review WHERE {mine} "
            "ORDER BY reviewed_on, id", params).fetchall():
        reviews.setdefault(iid, []).append((_day(day), bool(passed)))
    return [WatchFacts(iid, level, lead.get(iid, ""), _day(rec), _day(ins_on), _day(first_assigned.get(iid)),
                       _day(rep), result or "", report or "", tuple(reviews.get(iid, ())))
            for iid, level, rec, ins_on, rep, result, report in db.execute_sql(
                "SELECT id, level, received_on, instructed_on, reported_on, result, report_text "
                f"FROM instruction WHERE {own} ORDER BY id", params).fetchall()]


def issued_notices(start: dt.date, end: dt.date) -> list[tuple[str, str]]:
    """(the text the notice carried, the instruction's text) of every 督办通知单 issued in
    [start, end], from the register's snapshot of what was printed."""
    db = database()
    snapshots = [json.loads(s) for (s,) in db.execute_sql(
        "SELECT snapshot FROM issued_document WHERE kind = ? AND issued_on BETWEEN ? AND ? ORDER BY id",
        [NOTICE, start.isoformat(), end.isoformat()]).fetchall()]
    wanted = json.dumps(sorted({int(d["instruction_id"]) for d in snapshots if d.get("instruction_id")}))
    texts = dict(db.execute_sql("SELECT id, text FROM instruction WHERE id IN (SELECT value FROM json_each(?))",
                                [wanted]).fetchall())
    return [(str(d.get("text") or ""), texts.get(d.get("instruction_id"), "")) for d in snapshots]


def watchword_figures(start: dt.date, end: dt.date) -> dict:
    """The ``watchwords`` section over [start, end] (see :mod:`models.instructions.watchwords`)."""
    return figures_of(watch_facts(watch_ids(start, end)), start, end)


def figures_of(facts: list[WatchFacts], start: dt.date, end: dt.date) -> dict:
    """The ``watchwords`` section from the facts of :func:`watch_ids`' instructions, read
    here or with the instructions' own (``records.facts_for_period(watched=…)``)."""
    return watchwords(facts, issued_notices(start, end), load_calendar(), start, end)
