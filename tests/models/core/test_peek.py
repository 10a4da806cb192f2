"""models.core.peek: whether the window's start may open a file after the window shows."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

from models.core.peek import Look, is_server, look, newest_schema_step

ROOT = Path(__file__).resolve().parents[3]


def _made(path: Path) -> Path:
    """A file made by the program (migrated to the code's schema) and closed again."""
    from models.core.db import close_database
    from models.core.schema import open_database

    open_database(path, check_integrity="none")
    close_database()
    return path


def test_the_newest_step_read_from_the_file_names_is_the_codes_schema():
    from models.migrations import code_version

    assert newest_schema_step() == code_version()


def test_the_demonstrations_day_is_read_under_the_key_the_demo_writes():
    from models import demo
    from models.core import peek

    assert peek.DEMO_DAY_KEY == demo.DEMO_DAY_KEY


def test_a_file_of_ours_without_accounts_may_be_opened_after_the_window(tmp_path):
    assert look(_made(tmp_path / "office.sqlite3")) == Look(True, None)


def test_a_demonstration_file_gives_its_day(tmp_path):
    path = _made(tmp_path / "demo.sqlite3")
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO setting (key, value) VALUES ('demo.today', '\"2014-10-28\"')")
    con.close()
    assert look(path) == Look(True, dt.date(2014, 10, 28))


def test_anything_else_is_opened_before_the_window(tmp_path):
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.safety.accounts import create_account

    absent = tmp_path / "absent.sqlite3"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
    con.close()
    newer, older = _made(tmp_path / "newer.sqlite3"), _made(tmp_path / "older.sqlite3")
    with sqlite3.connect(newer) as con:
        con.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, 'x', 'x')",
                    (newest_schema_step() + 1,))
    con.close()
    with sqlite3.connect(older) as con:
        con.execute("DELETE FROM schema_version WHERE version = ?", (newest_schema_step(),))
    con.close()
    accounts = _made(tmp_path / "accounts.sqlite3")
    open_database(accounts, check_integrity="none")
    create_account(LOCAL_ACTOR, "admin", "admin", "Duchashi-2014!", dt.datetime(2014, 10, 28, 9))
    close_database()
    for path in (absent, empty, folder, text, other, newer, older, accounts):
        assert look(path) == Look(False, None), path
    assert not absent.exists()  # looking creates nothing


def test_a_server_address_is_told_from_a_file_without_peewee():
    assert is_server("postgresql://ducha@db:5432/office") and is_server("POSTGRES://x@y/z")
    assert not is_server("office.sqlite3") and not is_server(Path("postgresql:/x"))
    probe = "import sys, models.core.peek as p; p.look('x.sqlite3'); print('peewee' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
