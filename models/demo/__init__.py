"""The demonstration office of 2014 (``python main.py demo``).

Built from parts: each module ``pNN_name.py`` in this package defines
``build(actor, rng, today)`` and runs in the order of its number, so each area of
the application adds its own records (units and leaders first, then key items …).
The names of people are invented; units and events follow the 2014 article.

The demonstration is always the office as it stood on :data:`DEMO_DAY`, the day the
article appeared: its figures are the article's (22 key items; 18 regional and 35 city
instructions completed on time from January to October; 224 replies to messages in
2014). The day is stored in the database (:func:`demo_day`), so the window and every
command opened on a demonstration file take it as "today" unless told otherwise.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from pathlib import Path
from types import ModuleType

from models import submodules
from models.core.actors import Actor
from models.core.errors import WorkflowError
from models.core.settings import Setting
from models.core.workflow import insert, workflow
from models.reference.directory import Unit

DEMO_DAY = dt.date(2014, 10, 28)
# A row of the settings table, not a setting the office edits (it is not defined in
# models.core.settings, so 设置 never shows it): only build_demo writes it.
DEMO_DAY_KEY = "demo.today"
#: where the window keeps the demonstration: a folder of its own inside the office's data
#: folder, since attachments and backups are kept beside a database file and the
#: demonstration's must not mix with the office's
DEMO_FOLDER, DEMO_FILE_NAME = "demo", "demo.sqlite3"


def parts() -> list[ModuleType]:
    """The part modules, in build order."""
    return submodules(__name__, "p")


@workflow()
def build_demo(actor: Actor, today: dt.date = DEMO_DAY, seed: int = 2014) -> list[str]:
    """Fill an empty database with the demonstration; return the parts built.

    One transaction for the whole demonstration (each part is a savepoint inside it):
    a build that fails or is killed halfway leaves the database as it was, so it can
    simply be run again. Refuses a database that already has units, so real data is
    never mixed with it.
    """
    if Unit.select().exists():
        raise WorkflowError("数据库中已有数据，演示数据只能填入空数据库。请用 --db 指定一个新文件。")
    rng = random.Random(seed)
    done = []
    for module in parts():
        module.build(actor, rng, today)
        done.append(getattr(module, "TITLE", module.__name__.rsplit(".", 1)[-1]))
    insert(actor, Setting, f"演示数据：“今天”按 {today.isoformat()} 计", key=DEMO_DAY_KEY,
           value=json.dumps(today.isoformat()))
    return done


def demo_day() -> dt.date | None:
    """The day a demonstration database was built for, or ``None`` for the office's own data."""
    row = Setting.get_or_none(Setting.key == DEMO_DAY_KEY)
    if row is None:
        return None
    try:
        return dt.date.fromisoformat(json.loads(row.value))
    except (TypeError, ValueError):
        return None


def file_state(path: Path) -> str:
    """What a file offered as the demonstration holds, read without opening it as ours:
    ``"missing"`` (no file yet), ``"empty"`` (no units: the demonstration can be built
    in it), ``"demo"`` (a built demonstration) or ``"other"`` (someone's records, or not
    a database at all: never to be touched).
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return "missing"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return "other"
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "setting" in tables and con.execute("SELECT 1 FROM setting WHERE key = ?", (DEMO_DAY_KEY,)).fetchone():
            return "demo"
        if "unit" not in tables or not con.execute("SELECT 1 FROM unit LIMIT 1").fetchone():
            return "empty"
        return "other"
    except sqlite3.DatabaseError:
        return "other"
    finally:
        con.close()
