"""Online backups of the live database with SQLite's backup API (never a file copy)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from models.core.paths import backup_dir_for

BACKUP_SUFFIX = ".sqlite3"


MAX_SAME_NAME = 1000


def _claim(dest: Path) -> tuple[Path, Path]:
    """A name no backup has yet — ``dest``, else ``<stem>-2``, ``-3`` … — and its
    temporary file, created exclusively so that another program backing up in the same
    second picks the next name instead of writing into ours."""
    for n in range(1, MAX_SAME_NAME + 1):
        name = dest if n == 1 else dest.with_name(f"{dest.stem}-{n}{dest.suffix}")
        tmp = name.with_name(name.name + ".partial")
        try:
            os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        if name.exists():  # finished by someone else: their temporary name is free again
            tmp.unlink()
            continue
        return name, tmp
    raise FileExistsError(f"“{dest.parent}”中已有 {MAX_SAME_NAME} 个同名备份")


def online_backup(source: peewee.Database | Path | str, dest: Path, *, keep_existing: bool = False) -> Path:
    """Copy a consistent snapshot of ``source`` into ``dest`` while it stays usable;
    return the path written.

    ``source`` is an open peewee database or a path. The copy is written to a
    temporary name and renamed, so a half-written backup never looks like a good one;
    when the copy fails (a full disk, a pulled USB drive) the temporary file is removed.
    With ``keep_existing`` a file already at ``dest`` is never replaced: the copy goes
    to ``<stem>-2`` (``-3`` …) instead.
    """
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    if keep_existing:
        dest, tmp = _claim(dest)
    else:
        tmp = dest.with_name(dest.name + ".partial")
        tmp.unlink(missing_ok=True)
    try:
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
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
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
