"""Numbered schema migrations.

Each step is a module ``mNNNN_name.py`` in this package defining ``VERSION`` (its
number), ``DESCRIPTION`` and ``migrate(db)``; steps are written as SQL so that they
keep meaning the same thing when the peewee models change later. :func:`upgrade`
copies the file aside before the first step, runs each step in its own transaction
together with the new version number, and refuses a file newer than the code.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType

import peewee

from models.core.errors import DatabaseOpenError


@dataclass(frozen=True)
class Migration:
    """One schema step."""

    version: int
    description: str
    module: ModuleType


def all_migrations() -> list[Migration]:
    """Every step in this package, in order; numbers must run 1, 2, 3 … without gaps."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("m"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(mod.VERSION, mod.DESCRIPTION, mod))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions) or not versions or versions[0] != 1:
        raise RuntimeError(f"migration numbers must be unique and start at 1: {versions}")
    return found


def code_version() -> int:
    """The schema version this code writes (the highest step's number)."""
    return all_migrations()[-1].version


def current_version(db: peewee.Database) -> int:
    """The file's schema version (0 for an empty file)."""
    if "schema_version" not in db.get_tables():
        if db.get_tables():
            raise DatabaseOpenError(
                f"文件“{db.database}”是一个 SQLite 数据库，但不是督查工作台的数据库（没有版本表）。"
                "为免损坏其中的数据，程序没有改动它。请用 --db 指定督查工作台的数据库文件。"
            )
        return 0
    row = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def applied_versions(db: peewee.Database) -> set[int]:
    """The steps recorded in the file (empty for a new file)."""
    if current_version(db) == 0:
        return set()
    return {int(r[0]) for r in db.execute_sql("SELECT version FROM schema_version").fetchall()}


def upgrade(db: peewee.Database, path: Path) -> list[int]:
    """Bring the file to :func:`code_version`; return the versions applied.

    Every step not yet recorded in the file runs, in number order — also one numbered
    below the file's newest step, which happens when two features were developed side
    by side and a file was made while only the later one existed.
    """
    steps = all_migrations()
    have = current_version(db)
    done = applied_versions(db)
    want = steps[-1].version
    if have > want:
        raise DatabaseOpenError(
            f"数据库文件“{path}”由较新版本的督查工作台创建（数据版本 {have}，本程序只认识到 {want}）。"
            "为免损坏数据，程序不会降级它。请安装最新版本的督查工作台后再打开。"
        )
    pending = [s for s in steps if s.version not in done]
    if not pending:
        return []
    if have > 0:
        from models.core.backup import online_backup

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = Path(path).with_name(f"{Path(path).stem}.before-v{want}-{stamp}.sqlite3")
        online_backup(db, aside)
    applied: list[int] = []
    for step in pending:
        with db.atomic():
            if step.version == 1:
                db.execute_sql(
                    "CREATE TABLE IF NOT EXISTS schema_version ("
                    "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
            step.module.migrate(db)
            db.execute_sql(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                (step.version, step.description, datetime.now().isoformat(timespec="seconds")),
            )
        applied.append(step.version)
    return applied
