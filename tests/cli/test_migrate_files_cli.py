"""``migrate-to`` carries the attachments' and research reports' files into the server's
database (``stored_file``), and ``check --db URL`` verifies their content there
(needs ``DUCHA_TEST_PG``)."""
from __future__ import annotations

import sqlite3

from cli import run
from models.core.db import close_database
from models.core.dialect import connect_server
from models.core.paths import attachments_dir_for


def _named(db_path) -> list[tuple[str, str]]:
    con = sqlite3.connect(db_path)
    try:
        return con.execute("SELECT report_path, report_sha256 FROM research_topic WHERE report_path <> '' "
                           "UNION ALL SELECT stored_name, sha256 FROM instruction_attachment ORDER BY 1").fetchall()
    finally:
        con.close()


def test_the_demos_files_are_carried_into_the_server_and_checked_there(demo_db, db_path, pg_url, capsys):
    close_database()
    named = _named(db_path)
    assert named  # the demonstration attaches research reports
    assert run(["--db", str(db_path), "migrate-to", pg_url]) == 0
    assert f"{len(named)} 个附件和调研报告的文件已存入服务器数据库" in capsys.readouterr().out
    server = connect_server(pg_url)
    try:
        kept = server.execute_sql("SELECT name, sha256, size FROM stored_file ORDER BY name").fetchall()
        assert [(n, s) for n, s, _size in kept] == named
        for name, _sha, size in kept:
            assert size == (attachments_dir_for(db_path) / name).stat().st_size
    finally:
        server.close()
    assert run(["--db", pg_url, "check"]) == 0
    assert f"{len(named)} 个附件和调研报告的内容与校验值一致" in capsys.readouterr().out
    server = connect_server(pg_url)
    try:  # a file's content changed on the server, outside the program
        server.execute_sql("UPDATE stored_file SET content = %s, sha256 = %s WHERE name = %s",
                           (b"changed", named[0][1], named[0][0]))
    finally:
        server.close()
    assert run(["--db", pg_url, "check"]) != 0
    out = capsys.readouterr().out
    assert f"附件内容“{named[0][0]}”与其校验值不符" in out


def test_a_file_missing_beside_the_database_is_said_and_checked_as_missing(demo_db, db_path, pg_url, capsys):
    close_database()
    named = _named(db_path)
    (attachments_dir_for(db_path) / named[0][0]).unlink()
    assert run(["--db", str(db_path), "migrate-to", pg_url]) == 0
    out = capsys.readouterr().out
    assert f"的文件“{named[0][0]}”在" in out and "找不到，没有带到服务器" in out
    assert f"{len(named) - 1} 个附件和调研报告的文件已存入服务器数据库，1 个未能带过去" in out
    assert run(["--db", pg_url, "check"]) != 0
    assert f"的文件“{named[0][0]}”不在数据库中" in capsys.readouterr().out
