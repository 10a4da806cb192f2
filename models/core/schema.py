"""The file's schema version and its upgrade by the numbered steps in ``models/migrations``."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import peewee

from models import migrations
from models.core import storage
from models.core.db import connect, db_proxy
from models.core.errors import DatabaseOpenError
from models.migrations.postgresql import COMPAT_SQL


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


def is_current(path: Path) -> bool:
    """Whether the file at ``path`` already has every step of this program (read-only;
    ``False`` for anything that is not one of our files, which opening will say)."""
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)
        try:
            have = {int(r[0]) for r in con.execute("SELECT version FROM schema_version")}
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return have >= {s.version for s in migrations.all_migrations()}


def applied_versions(db: peewee.Database) -> set[int]:
    """The steps recorded in the file (empty for a new file)."""
    if current_version(db) == 0:
        return set()
    return {int(r[0]) for r in db.execute_sql("SELECT version FROM schema_version").fetchall()}


def upgrade(db: peewee.Database, path: Path, keep_copy: bool = True) -> list[int]:
    """Bring the file to :func:`code_version`; return the versions applied.

    ``keep_copy``: copy an existing file aside first (``<stem>.before-vN-…``); a restore
    upgrading its fresh copy of a backup needs none, the backup being that copy.

    Every step not yet recorded in the file runs, in number order — also one numbered
    below the file's newest step, which happens when two features were developed side
    by side and a file was made while only the later one existed.
    """
    steps = migrations.all_migrations()
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
    server = getattr(db, "is_server", False)
    if have > 0 and keep_copy and not server:
        from models.core.backup import online_backup

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = Path(path).with_name(f"{Path(path).stem}.before-v{want}-{stamp}.sqlite3")
        online_backup(db, aside)
    applied: list[int] = []
    differing = _differing(db) if have and _has_digests(db) else None
    for step in pending:
        with db.atomic():
            if step.version == 1:
                db.execute_sql(
                    "CREATE TABLE IF NOT EXISTS schema_version ("
                    "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                if server:
                    for statement in COMPAT_SQL:
                        db.execute_sql(statement)
            if server and hasattr(step.module, "migrate_postgresql"):
                step.module.migrate_postgresql(db)
            else:
                step.module.migrate(db)
            db.execute_sql(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                (step.version, step.description, datetime.now().isoformat(timespec="seconds")),
            )
            if _has_digests(db):
                differing = _baseline(step, have, differing)
        applied.append(step.version)
    return applied


def _has_digests(db: peewee.Database) -> bool:
    return any(r[1] == "digest" for r in db.execute_sql("PRAGMA table_info(audit_log)").fetchall())


def _differing(db: peewee.Database) -> set[tuple[str, str]]:
    from models.core import record_check

    found, _ = record_check.compare(record_check.last_digests())
    return {(d.table, d.record_id) for d in found}


def _baseline(step: migrations.Migration, have: int, differing: set[tuple[str, str]] | None
              ) -> set[tuple[str, str]]:
    """Give the records this step wrote (or, on the step that brings digests, every record)
    a digest in the log, in the step's own transaction; return the records that still
    differ from the log.

    A record that already differed before the step keeps differing: an upgrade never
    launders what was changed outside the program since the file had digests.
    """
    from models.core import record_check

    found, _ = record_check.compare(record_check.last_digests())
    if differing is None:
        summary = ("新建数据库：程序写入的初始数据（节假日安排等），记下其现状作为基线" if have == 0 else
                   f"升级到数据版本 {step.version}：此前的审计记录不含记录摘要，记下已有记录的现状作为基线"
                   "（在此之前于程序之外所做的改动无从查出；此后的改动都可查出）")
        record_check.write_baseline(record_check.UPGRADE_ACTOR, found, summary)
        return set()
    new = [d for d in found if (d.table, d.record_id) not in differing]
    record_check.write_baseline(record_check.UPGRADE_ACTOR, new,
                                f"升级到数据版本 {step.version}（{step.description}）：记下升级改动的记录的新状态")
    return {(d.table, d.record_id) for d in found} - {(d.table, d.record_id) for d in new}


def open_database(path: Path | str, *, migrate: bool = True, check_integrity: str = "quick",
                  copy_before_upgrade: bool = True) -> peewee.Database:
    """Open (creating if needed), migrate to the code's schema, and bind :data:`db_proxy`
    (an older file is first copied aside unless ``copy_before_upgrade`` is false).
    ``path`` may be a ``postgresql://`` address (:mod:`models.core.dialect`): the same
    steps run there, translated; the server's own backups stand for the copy aside."""
    db = connect(path, check_integrity=check_integrity)
    db_proxy.initialize(db)
    if migrate:
        try:
            upgrade(db, path if isinstance(path, str) else Path(path), keep_copy=copy_before_upgrade)
        except BaseException as exc:
            db.close()
            db_proxy.initialize(None)
            failed = (storage.database_open_failed(exc, Path(path))
                      if isinstance(exc, Exception) and not getattr(db, "is_server", False) else None)
            if failed is not None:
                raise failed from exc
            raise
    return db
