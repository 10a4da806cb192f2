"""The queue's in-memory filter index holds every item once, its few states and days shared."""
from __future__ import annotations


def test_the_index_holds_each_item_with_shared_states_and_days(demo_db, today):
    from models.core.db import database
    from models.instructions import records as m

    ix = m.SearchIndex()
    rows = database().execute_sql("SELECT id, search, state, deadline, queue_rank FROM instruction").fetchall()
    assert list(zip(ix.ids, ix.texts, ix.states, ix.deadlines, ix.ranks, strict=True)) == \
        [(i, t, s, d or "", r) for i, t, s, d, r in rows]
    assert len({id(s) for s in ix.states}) == len(set(ix.states)) < len(ix.states)
    days = [d for d in ix.deadlines if d]
    assert len({id(d) for d in days}) == len(set(days))
    hits = ix.matching("督")
    assert hits and ix.counts(hits, today, today)["all"] == len(hits)
