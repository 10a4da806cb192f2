"""The demonstration database, built once per test run and copied by the tests that use it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

TODAY = dt.date(2014, 10, 28)
DB_NAME = "ducha.sqlite3"


def template_folder(tmp_path_factory) -> Path:
    """A folder holding the finished demo database (and its attachments), built on first use."""
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.demo import build_demo

    folder = tmp_path_factory.getbasetemp() / "demo-template"
    if not (folder / DB_NAME).exists():
        folder.mkdir(parents=True, exist_ok=True)
        database = open_database(folder / DB_NAME)
        build_demo(LOCAL_ACTOR, TODAY)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        close_database()
    return folder
