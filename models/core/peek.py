"""What a start can tell about a database file without opening it (nor importing peewee).

The window can be shown before the file is opened when nobody has to sign in: the
file is then opened, checked and brought up to date the moment the window is painted
and idle. :func:`single_user_file` says when that is safe: a new file, or one of this
application's files with no accounts and no newer schema than the code. For anything
else the start opens the file first, as before, so a refusal (not a database, not
ours, newer than the program, damaged header) comes before any window.
"""
from __future__ import annotations

import pkgutil
import re
import sqlite3
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


def newest_schema_step() -> int:
    """The highest step number among ``models/migrations/mNNNN_*.py``, read from the
    file names (importing the steps would import peewee)."""
    import models.migrations as migrations

    numbers = [int(m.group(1)) for info in pkgutil.iter_modules(migrations.__path__)
               if (m := re.match(r"m(\d{4})_", info.name))]
    return max(numbers, default=0)


def single_user_file(path: Path) -> bool:
    """Whether ``path`` can be opened after the window shows: a new (or empty) file, or
    one of ours, not newer than the code, with no accounts. ``False`` when unsure."""
    path = Path(path)
    if not path.exists():
        return True
    if not path.is_file():
        return False
    if path.stat().st_size == 0:
        return True
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return False
        con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True, timeout=1)
    except (OSError, sqlite3.Error):
        return False
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"schema_version", "account"} <= tables:
            return False
        version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        if version > newest_schema_step():
            return False
        return con.execute("SELECT EXISTS (SELECT 1 FROM account)").fetchone()[0] == 0
    except sqlite3.Error:
        return False
    finally:
        con.close()
