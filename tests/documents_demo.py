"""A demonstration database built once per test session for the documents tests.

Building the demo takes seconds; the documents tests copy one finished file instead of
building it again for every test.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

TODAY = dt.date(2014, 10, 28)


def template_path(tmp_path_factory) -> Path:
    """The demo database file of this session (built on first use)."""
    from models.actors import LOCAL_ACTOR
    from models.db import close_database, open_database
    from models.demo import build_demo

    path = tmp_path_factory.getbasetemp() / "documents-demo" / "demo.sqlite3"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        db = open_database(path)
        build_demo(LOCAL_ACTOR, TODAY)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
    return path


def open_copy(tmp_path_factory, target: Path):
    """Copy the demo to ``target`` and open it; the caller closes it."""
    from models.db import open_database

    shutil.copyfile(template_path(tmp_path_factory), target)
    return open_database(target)
