"""``backup`` and ``restore`` of the office's server: ``pg_dump``'s custom format,
rotated, and restored with ``pg_restore`` into an empty database, verified (needs
``DUCHA_TEST_PG`` and PostgreSQL's client programs)."""
from __future__ import annotations

import datetime as dt

from cli import run
from models.core.db import close_database
from models.core.dialect import connect_server
from models.instructions import records as m
from models.instructions import workflow as wf
from models.safety import backups


def test_a_server_is_dumped_rotated_and_restored_into_an_empty_database(db, db_address, actor, pg_url, tmp_path,
                                                                         monkeypatch, capsys):
    wf.register(actor, m.InstructionData(level="市", received_on=dt.date(2014, 9, 1), text="请研究。"))
    close_database()
    folder = tmp_path / "dumps"
    now = [dt.datetime(2014, 10, 1, 18)]
    monkeypatch.setattr(backups, "_clock", lambda: now[0])
    for day in range(1, 11):  # one backup an evening for ten days
        now[0] = dt.datetime(2014, 10, day, 18)
        assert run(["--db", db_address, "backup", str(folder)]) == 0
    assert "pg_dump" in capsys.readouterr().out
    dumps = sorted(folder.glob("*.dump"))
    assert len(dumps) == 7  # the rotation's seven days (the weeks and months keep no older ones here)
    assert not list(folder.glob("*.part"))
    assert run(["--db", pg_url, "restore", str(dumps[-1])]) == 0
    assert "散列链完整" in capsys.readouterr().out
    server = connect_server(pg_url)
    try:
        assert server.execute_sql("SELECT COUNT(*) FROM instruction").fetchone()[0] == 1
    finally:
        server.close()
    # a database with tables is never overwritten
    assert run(["--db", pg_url, "restore", str(dumps[-1])]) != 0
    assert "不是空的" in capsys.readouterr().err
