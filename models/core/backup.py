"""Online backups of the live database with SQLite's backup API (never a file copy)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee

from models.core.paths import backup_dir_for

BACKUP_SUFFIX = ".sqlite3"


def online_backup(source: peewee.Database | Path | str, dest: Path) -> Path:
    """Copy a consistent snapshot of ``source`` into ``dest`` while it stays usable.

    ``source`` is an open peewee database or a path. The copy is written to a
    temporary name and renamed, so a half-written backup never looks like a good one.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    if tmp.exists():
        tmp.unlink()
    if isinstance(source, peewee.Database):
        src_con = source.connection()
        owns = False
    else:
        src_con = sqlite3.connect(str(source))
        owns = True
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src_con.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        if owns:
            src_con.close()
    tmp.replace(dest)
    return dest


def list_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """Backups of ``db_path`` in ``folder`` (default: ``backups`` beside it), newest last."""
    folder = Path(folder) if folder else backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    found = [p for p in folder.glob(f"{stem}*{BACKUP_SUFFIX}") if p.is_file()]
    aside = Path(db_path).resolve().parent
    if aside.is_dir():
        found += [p for p in aside.glob(f"{stem}.before-v*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime)


def latest_backup(db_path: Path, folder: Path | None = None) -> Path | None:
    """The newest backup of ``db_path``, or ``None``."""
    found = list_backups(db_path, folder)
    return found[-1] if found else None
