"""The plain facts behind 快·准·稳 (:mod:`models.instructions.watchwords`), read from the
instructions and from the register of issued 督办通知单 (here because it reads both).

Rows are read without the ORM, in four queries, whatever the number of instructions.
"""
from __future__ import annotations

import datetime as dt
import json

from models.calendar.store import load_calendar
from models.core.db import database
from models.documents.register import NOTICE
from models.instructions.watchwords import WatchFacts, watchwords


def _day(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


def watch_facts() -> list[WatchFacts]:
    """Every instruction as :class:`WatchFacts`, ordered by id."""
    db = database()
    first_assigned = dict(db.execute_sql(
        "SELECT instruction_id, MIN(assigned_on) FROM instruction_assignment GROUP BY instruction_id").fetchall())
    lead: dict[int, str] = {}
    for iid, name, short in db.execute_sql(
            "SELECT s.instruction_id, u.name, u.short_name FROM instruction_assignment s "
            "JOIN unit u ON u.id = s.unit_id WHERE s.is_lead AND s.replaced_on IS NULL ORDER BY s.id").fetchall():
        lead[iid] = short or name
    reviews: dict[int, list[tuple[dt.date, bool]]] = {}
    for iid, day, passed in db.execute_sql(
            "SELECT instruction_id, reviewed_on, passed FROM instruction_review ORDER BY reviewed_on, id").fetchall():
        reviews.setdefault(iid, []).append((_day(day), bool(passed)))
    return [WatchFacts(iid, level, lead.get(iid, ""), _day(rec), _day(ins_on), _day(first_assigned.get(iid)),
                       _day(rep), result or "", report or "", tuple(reviews.get(iid, ())))
            for iid, level, rec, ins_on, rep, result, report in db.execute_sql(
                "SELECT id, level, received_on, instructed_on, reported_on, result, report_text "
                "FROM instruction ORDER BY id").fetchall()]


def issued_notices(start: dt.date, end: dt.date) -> list[tuple[str, str]]:
    """(the text the notice carried, the instruction's text) of every 督办通知单 issued in
    [start, end], from the register's snapshot of what was printed."""
    db = database()
    texts = dict(db.execute_sql("SELECT id, text FROM instruction").fetchall())
    out = []
    for (snapshot,) in db.execute_sql(
            "SELECT snapshot FROM issued_document WHERE kind = ? AND issued_on BETWEEN ? AND ? ORDER BY id",
            [NOTICE, start.isoformat(), end.isoformat()]).fetchall():
        data = json.loads(snapshot)
        out.append((str(data.get("text") or ""), texts.get(data.get("instruction_id"), "")))
    return out


def watchword_figures(start: dt.date, end: dt.date) -> dict:
    """The ``watchwords`` section over [start, end] (see :mod:`models.instructions.watchwords`)."""
    return watchwords(watch_facts(), issued_notices(start, end), load_calendar(), start, end)
