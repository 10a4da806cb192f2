"""The ``watchwords`` section read from the demonstration office and the register."""
from __future__ import annotations

import datetime as dt
import json

from models.core.db import database
from models.core.figures import collect
from models.documents.watchwords import issued_notices, watch_facts
from models.instructions.records import Instruction
from models.instructions.watchwords import WatchFacts


def _notice(day: str, instruction_id: int, text: str, seq: int) -> None:
    database().execute_sql(
        "INSERT INTO issued_document (kind, year, seq, number, title, issued_on, issuer, subject, snapshot, "
        "sha256, size, pages, fonts, pdf) VALUES ('notice', 2014, ?, ?, '督办通知单', ?, '张三', '', ?, '', 0, 1, '', x'')",
        [seq, f"南委督办〔2014〕{seq}号", day, json.dumps({"instruction_id": instruction_id, "text": text})])


def test_notices_are_compared_with_the_instruction_as_stored(demo_db):
    ins = Instruction.select().order_by(Instruction.id).first()
    _notice("2014-10-20", ins.id, ins.text.strip(), 901)
    _notice("2014-10-21", ins.id, ins.text.strip()[:-1], 902)  # a character lost
    _notice("2013-10-21", ins.id, ins.text, 903)  # outside the period
    pairs = issued_notices(dt.date(2014, 1, 1), dt.date(2014, 10, 31))
    assert pairs == [(ins.text.strip(), ins.text), (ins.text.strip()[:-1], ins.text)]
    out = collect(dt.date(2014, 1, 1), dt.date(2014, 10, 31), dt.date(2014, 10, 28), ["watchwords"])["watchwords"]
    assert (out["exact"]["notices"], out["exact"]["word_for_word"]) == (2, 1)


def test_facts_carry_first_assignment_lead_unit_and_reviews(demo_db):
    facts = {f.id: f for f in watch_facts()}
    assert len(facts) == Instruction.select().count()
    reopened = [f for f in facts.values() if any(not passed for _, passed in f.reviews)]
    assert reopened, "the demonstration has matters whose review failed"
    f = reopened[0]
    assert isinstance(f, WatchFacts) and f.lead_unit and f.assigned_on is not None
    assert [day for day, _ in f.reviews] == sorted(day for day, _ in f.reviews)
    demo = collect(dt.date(2014, 1, 1), dt.date(2014, 10, 31), dt.date(2014, 10, 28), ["watchwords"])["watchwords"]
    assert demo["steady"]["reopened"] == len([g for g in facts.values() if any(
        not p and dt.date(2014, 1, 1) <= d <= dt.date(2014, 10, 31) for d, p in g.reviews)])


def test_the_period_selection_gives_what_every_instruction_gives(demo_db):
    from models.calendar.store import load_calendar
    from models.documents.watchwords import watch_ids, watchword_figures
    from models.instructions.watchwords import watchwords

    every = watch_facts()
    for start, end in ((dt.date(2014, 1, 1), dt.date(2014, 10, 31)), (dt.date(2014, 7, 1), dt.date(2014, 9, 30)),
                       (dt.date(2013, 1, 1), dt.date(2013, 12, 31)), (dt.date(2014, 10, 1), dt.date(2014, 10, 10))):
        assert len(watch_ids(start, end)) < len(every)
        assert watchword_figures(start, end) == watchwords(every, issued_notices(start, end), load_calendar(),
                                                           start, end)


def _first_and_lead_as_sql_says() -> tuple[dict, dict]:
    """The first 交办 (the earliest of every assignment) and the lead unit (a current
    lead's unit, the later assignment of two), each by a statement of its own."""
    db = database()
    first = {iid: dt.date.fromisoformat(str(on)[:10]) for iid, on in db.execute_sql(
        "SELECT instruction_id, MIN(assigned_on) FROM instruction_assignment GROUP BY instruction_id").fetchall()
        if on is not None}
    lead = {}
    for iid, name, short in db.execute_sql(
            "SELECT s.instruction_id, u.name, u.short_name FROM instruction_assignment s JOIN unit u "
            "ON u.id = s.unit_id WHERE s.is_lead AND s.replaced_on IS NULL ORDER BY s.id").fetchall():
        lead[iid] = short or name
    return first, lead


def test_one_pass_over_the_assignments_gives_the_first_assignment_and_the_lead(demo_db):
    from models.instructions import records as m

    db = database()
    # An earlier 交办 recorded later, and a second current lead recorded after the first.
    ins = Instruction.select().join(m.Assignment).where(m.Assignment.is_lead).order_by(Instruction.id).first()
    lead = m.Assignment.select().where((m.Assignment.instruction == ins.id) & m.Assignment.is_lead).first()
    other = db.execute_sql("SELECT id FROM unit WHERE id NOT IN (SELECT unit_id FROM instruction_assignment "
                           "WHERE instruction_id = ? AND unit_id IS NOT NULL) LIMIT 1", [ins.id]).fetchone()[0]
    m.Assignment.insert(instruction=ins.id, unit=other, is_lead=True, assigned_on=lead.assigned_on
                        - dt.timedelta(days=3), deadline=lead.deadline, original_deadline=lead.deadline).execute()
    first, leads = _first_and_lead_as_sql_says()
    facts = watch_facts()
    assert {f.id: f.assigned_on for f in facts if f.assigned_on} == first
    assert {f.id: f.lead_unit for f in facts if f.lead_unit} == leads
    changed = next(f for f in facts if f.id == ins.id)
    assert changed.assigned_on == lead.assigned_on - dt.timedelta(days=3)
    assert changed.lead_unit == leads[ins.id] and changed.lead_unit != ""
