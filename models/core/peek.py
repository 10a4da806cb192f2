"""What a start can tell about a database file without opening it (nor importing peewee).

The window can be shown before the file is opened when nobody has to sign in: the file
is then opened the moment the window is painted and idle, so the clerk sees the window
as soon as a bare Qt window would show. :func:`look` says when that is safe: one of
this application's files, at exactly the code's schema (nothing to upgrade), with no
accounts. For anything else — a new file, one that is not ours or cannot be read, a
newer or older schema, accounts — the start opens the file first, as it always did, so
a refusal or an upgrade comes before any window and a sign-in before the office's data.
"""
from __future__ import annotations

import datetime as dt
import pkgutil
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
#: how a ``--db`` value names the office's PostgreSQL server (:mod:`models.core.dialect`)
SCHEMES = ("postgresql://", "postgres://")
#: the settings row a demonstration file keeps its day in (``models.demo.DEMO_DAY_KEY``)
DEMO_DAY_KEY = "demo.today"


@dataclass(frozen=True)
class Look:
    """What :func:`look` found: whether the file may be opened after the window shows,
    and the day a demonstration file was built for (``None``: the office's own data)."""

    after_window: bool
    demo_day: dt.date | None = None


def is_server(target: object) -> bool:
    """Whether ``target`` (a ``--db`` value) names a PostgreSQL server."""
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def newest_schema_step() -> int:
    """The highest step number among ``models/migrations/mNNNN_*.py``, read from the
    file names (importing the steps would import peewee)."""
    import models.migrations as migrations

    numbers = [int(m.group(1)) for info in pkgutil.iter_modules(migrations.__path__)
               if (m := re.match(r"m(\d{4})_", info.name))]
    return max(numbers, default=0)


def look(path: Path | str) -> Look:
    """Whether ``path`` can be opened after the window shows; ``after_window`` is false
    whenever unsure."""
    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return Look(False)
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return Look(False)
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except (OSError, ValueError, sqlite3.Error):
        return Look(False)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"schema_version", "account", "setting"} <= tables:
            return Look(False)
        version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
        if version != newest_schema_step():
            return Look(False)
        if con.execute("SELECT EXISTS (SELECT 1 FROM account)").fetchone()[0]:
            return Look(False)
        row = con.execute("SELECT value FROM setting WHERE key = ?", (DEMO_DAY_KEY,)).fetchone()
    except sqlite3.Error:
        return Look(False)
    finally:
        con.close()
    demo_day = None
    if row is not None:  # a demonstration (json is imported for it alone: not the office's start's)
        import json

        try:
            demo_day = dt.date.fromisoformat(json.loads(row[0]))
        except (TypeError, ValueError):
            demo_day = None
    return Look(True, demo_day)
