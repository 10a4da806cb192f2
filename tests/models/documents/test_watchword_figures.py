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
