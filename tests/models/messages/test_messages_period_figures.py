"""The period's message figures added up inside SQLite (``messages.period_figures``)
are those of the rules over every message's facts (``messages_rules.grouped_many``).

The database-side sum judges each distinct (day received, state, day replied) once with
``messages_rules.marks``; these tests make sure no message is lost or counted twice on
the way: messages received at any time of day, open ones from other years, replies
after "today", messages without a unit, with an empty type, in every state.
"""
from __future__ import annotations

import datetime as dt
import random
import threading

import pytest

from models.core.db import beside, database
from models.messages import records as messages
from models.messages import rules as mr

D = dt.date
KINDS = ("咨询", "投诉", "建言", "求助", "其他", "")


def _fill(rng: random.Random, n: int) -> None:
    con = database()
    con.execute_sql("INSERT INTO unit (id, name, short_name) VALUES (1, '南宁市住房和城乡建设委员会', '市住建委'),"
                    " (2, '南宁市交通运输局', '市交通局'), (3, '南宁市公安局', '')")
    rows = []
    for i in range(n):
        posted = dt.datetime(2013, 6, 1) + dt.timedelta(days=rng.randrange(640), seconds=rng.randrange(86400))
        state = rng.choice(messages.STATES)
        replied = None
        if state == "已回复" or rng.random() < 0.05:  # a stray date on an open message must not count
            replied = (posted.date() + dt.timedelta(days=rng.randrange(0, 40))).isoformat()
        rows.append((f"B{i:05d}", posted.isoformat(sep=" "), state, replied,
                     rng.choice((None, 1, 2, 3, 99)), rng.choice(KINDS)))
    con.execute_sql("PRAGMA foreign_keys = OFF")  # unit 99 stands for a unit deleted since
    con.cursor().executemany("INSERT INTO message (board_no, posted_at, state, replied_on, unit_id, kind)"
                             " VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.execute_sql("PRAGMA foreign_keys = ON")


def _by_rules(start, end, today, days):
    facts = [f for _, f in messages.facts_for_period(start, end)]
    return mr.grouped_many(facts, {"by_kind": mr.kind_key, "by_unit": mr.unit_key}, start, end, today, days)


PERIODS = [
    (D(2014, 1, 1), D(2014, 12, 31), D(2014, 10, 28)),
    (D(2014, 10, 1), D(2014, 10, 31), D(2014, 10, 28)),
    (D(2013, 7, 1), D(2013, 9, 30), D(2014, 2, 3)),
    (D(2014, 3, 5), D(2014, 3, 5), D(2014, 3, 5)),
    (D(2020, 1, 1), D(2020, 12, 31), D(2020, 6, 1)),  # nothing received: only the overdue pool
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_database_sums_equal_the_rules_over_every_message(db, seed):
    _fill(random.Random(seed), 1500)
    for start, end, today in PERIODS:
        for days in (1, 15, 60):
            got = messages.period_figures(start, end, today, days)
            want = _by_rules(start, end, today, days)
            assert got == want, (start, end, today, days)
    total, groups = messages.period_figures(*PERIODS[0], 15)
    assert total.received > 500 and total.replied > 50 and total.overdue > 50
    assert {"未转办", "南宁市住房和城乡建设委员会"} <= set(groups["by_unit"])
    assert "（未填）" in groups["by_kind"]


def test_the_section_and_the_pane_agree_on_the_demo(demo_db, today):
    start, end = D(2014, 1, 1), D(2014, 10, 31)
    total, groups = messages.period_figures(start, end, today, 15)
    assert (total, groups) == _by_rules(start, end, today, 15)
    assert (total.received, total.replied) == (255, 224)
    assert messages.stats_section(start, end, today)["received"] == 255


def test_nothing_is_left_in_the_temporary_table(db):
    _fill(random.Random(4), 50)
    messages.period_figures(D(2014, 1, 1), D(2014, 12, 31), D(2014, 10, 28), 15)
    assert database().execute_sql("SELECT COUNT(*) FROM temp.message_marks").fetchone()[0] == 0


def test_beside_reads_on_another_thread_and_hands_back_errors(db):
    _fill(random.Random(5), 20)
    seen = {}

    def read():
        seen["thread"] = threading.current_thread()
        return database().execute_sql("SELECT COUNT(*) FROM message").fetchone()[0]

    assert beside(read)() == 20
    assert seen["thread"] is not threading.current_thread()

    def fail():
        raise ValueError("坏数据")

    wait = beside(fail)
    with pytest.raises(ValueError, match="坏数据"):
        wait()


def test_beside_reads_here_inside_a_transaction(db):
    with database().atomic():
        database().execute_sql("INSERT INTO unit (name, short_name) VALUES ('新单位', '')")
        # Another connection would not see the uncommitted unit.
        assert beside(lambda: (threading.current_thread(), database().execute_sql(
            "SELECT COUNT(*) FROM unit WHERE name = '新单位'").fetchone()[0]))() == (threading.current_thread(), 1)


def test_a_reply_recorded_between_the_two_reads_does_not_drop_the_message(db, monkeypatch):
    import sqlite3

    _fill(random.Random(6), 30)
    database().execute_sql("UPDATE message SET state = '已转办', replied_on = NULL WHERE id = 1")
    database().execute_sql("UPDATE message SET posted_at = '2014-05-10 09:00:00' WHERE id = 1")
    period = (D(2014, 1, 1), D(2014, 12, 31), D(2014, 10, 28))
    before = messages.period_figures(*period, 15)
    judge = mr.marks
    wrote = []

    def marks_then_reply(*args, **kw):
        if not wrote:  # another window records a reply once the first read is done
            with sqlite3.connect(database().database) as other:
                other.execute("UPDATE message SET state = '已回复', replied_on = '2014-05-20' WHERE id = 1")
            wrote.append(True)
        return judge(*args, **kw)

    monkeypatch.setattr(mr, "marks", marks_then_reply)
    during = messages.period_figures(*period, 15)
    assert wrote and during == before  # one consistent reading, from before the reply
    monkeypatch.setattr(mr, "marks", judge)
    after = messages.period_figures(*period, 15)
    assert after[0].received == before[0].received and after[0].replied == before[0].replied + 1
