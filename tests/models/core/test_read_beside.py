"""Reading beside (models.core.db.beside): on a file, a query-heavy section is read on a
thread and connection of its own while the rest is judged here; within a transaction
and on the server it runs here. The figures are the same either way, and no reader
outlives the call that started it, even when that call fails."""
from __future__ import annotations

import datetime as dt
import threading

import pytest

from models.core import figures
from models.core.db import beside, database, on_server
from models.overview import figures as ov
from models.overview import stats_tables

JAN, DEC, TODAY = dt.date(2014, 1, 1), dt.date(2014, 12, 31), dt.date(2014, 10, 28)


def _where(fn):
    """Run ``fn`` beside, returning (its value, the thread it ran on)."""
    return beside(lambda: (fn(), threading.current_thread()))()


def test_on_a_file_it_reads_on_another_thread_and_connection_and_here_in_a_transaction(db):
    if on_server():
        pytest.skip("on the server the reader runs here (a second connection costs a log-in)")
    here, mine = threading.current_thread(), database().connection()
    connections: list[int] = []
    value, thread = _where(lambda: connections.append(id(database().connection())) or 7)
    assert value == 7 and thread is not here
    assert connections[0] != id(mine) and database().connection() is mine
    with database().atomic():  # another connection would not see this transaction's writes
        value, thread = _where(lambda: 8)
    assert value == 8 and thread is here


def test_on_the_server_it_reads_here(db):
    if not on_server():
        pytest.skip("needs the PostgreSQL server (DUCHA_TEST_PG)")
    _value, thread = _where(lambda: None)
    assert thread is threading.current_thread()


def test_the_readers_error_reaches_the_caller(db):
    def fails():
        raise LookupError("读取失败")

    wait = beside(fails)
    with pytest.raises(LookupError, match="读取失败"):
        wait()


def test_messages_read_beside_give_the_figures_read_here(demo_db, monkeypatch):
    import models.core.db as core_db

    threads: list[threading.Thread] = []
    real = core_db.beside

    def watched(fn):
        return real(lambda: (threads.append(threading.current_thread()), fn())[1])

    monkeypatch.setattr(stats_tables, "beside", watched)
    monkeypatch.setattr(core_db, "beside", watched)
    read_beside = stats_tables.compute(JAN, DEC, TODAY)
    collected_beside = figures.collect(JAN, DEC, TODAY)
    assert len(threads) == 2  # the messages, once by the pane's figures and once by collect
    if not on_server():
        assert threading.current_thread() not in threads

    def here(fn):
        value = fn()
        return lambda: value

    monkeypatch.setattr(stats_tables, "beside", here)
    monkeypatch.setattr("models.core.db.beside", here)
    read_here = stats_tables.compute(JAN, DEC, TODAY)
    assert read_beside.figures == read_here.figures and read_beside.tables == read_here.tables
    assert collected_beside == figures.collect(JAN, DEC, TODAY) == read_here.figures
    assert read_here.figures["messages"]["received"] > 0


def test_when_the_instructions_fail_the_message_reader_is_waited_for_and_their_error_reported(demo_db, monkeypatch):
    finished: list[bool] = []
    reading = threading.Event()
    original = ov.message_breakdown

    def slow_breakdown(*args):
        reading.set()
        value = original(*args)
        finished.append(True)
        return value

    def broken(*args, **kwargs):
        reading.wait(5)
        raise RuntimeError("批示件读取失败")

    monkeypatch.setattr(ov, "message_breakdown", slow_breakdown)
    monkeypatch.setattr(stats_tables.instructions, "facts_for_period", broken)
    with pytest.raises(RuntimeError, match="批示件读取失败"):
        stats_tables.compute(JAN, DEC, TODAY)
    assert finished == [True]  # the reader ended before compute gave up


def test_collect_waits_for_a_section_read_beside_when_another_fails(demo_db, monkeypatch):
    finished: list[bool] = []
    original = figures._SECTIONS["messages"]

    def messages(*args):
        value = original(*args)
        finished.append(True)
        return value

    def broken(*args):
        raise RuntimeError("重点工作读取失败")

    monkeypatch.setitem(figures._SECTIONS, "messages", messages)
    monkeypatch.setitem(figures._SECTIONS, "key_items", broken)
    with pytest.raises(RuntimeError, match="重点工作读取失败"):
        figures.collect(JAN, DEC, TODAY)
    assert finished == [True]


def test_a_section_asked_twice_is_read_once(demo_db, monkeypatch):
    calls: list[bool] = []
    original = figures._SECTIONS["messages"]

    def messages(*args):
        calls.append(True)
        return original(*args)

    monkeypatch.setitem(figures._SECTIONS, "messages", messages)
    got = figures.collect(JAN, DEC, TODAY, ["messages", "key_items", "messages"])
    assert list(got) == ["messages", "key_items"] and calls == [True]
