"""When the disk says no: a full disk or a read-only folder, told apart from a damaged file.

A clerk told "the database is damaged, restore a backup" on a full disk would restore
and lose the day's work, though nothing was damaged. So every write that fails for
want of room or of write access — a save, opening the file, an export, a backup —
ends in a :class:`StorageError` that says which it is, that what was saved before is
intact, and what to do; and no half-written file is left behind.
"""
from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from models.core.errors import UserError

FULL = "full"
READ_ONLY = "read_only"
NO_ACCESS = "no_access"
MISSING = "missing"

_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", errno.ENOSPC)}
# Windows reports a full disk as winerror 112 (ERROR_DISK_FULL) / 39 (ERROR_HANDLE_DISK_FULL).
_FULL_WINERRORS = {39, 112}

WHAT_HAPPENED = {
    FULL: "磁盘已满：“{where}”所在的磁盘没有剩余空间。",
    READ_ONLY: "“{where}”所在的磁盘或文件夹是只读的（只读的磁盘、打开了写保护的U盘，或没有写权限的文件夹）。",
    NO_ACCESS: "没有权限写入“{where}”（文件夹没有写权限，或文件正被其他程序打开）。",
    MISSING: "找不到“{where}”所在的文件夹（U盘或网络共享是否已连接？）。",
}
WHAT_TO_DO = {
    FULL: "请删除不用的文件、腾出磁盘空间后重试。",
    READ_ONLY: "请关闭U盘的写保护，或把文件放到可以写入的位置后重试。",
    NO_ACCESS: "请关闭占用该文件的程序，或换一个有写权限的位置后重试。",
    MISSING: "请插好U盘（或连接网络共享），或换一个位置后重试。",
}


class StorageError(UserError, OSError):
    """A write failed because the disk is full, read-only or not writable; nothing was
    damaged. Also an :class:`OSError`, so a caller that catches file errors sees it."""

    def __init__(self, message: str, kind: str = "") -> None:
        UserError.__init__(self, message)
        self.kind = kind

    def __str__(self) -> str:
        return self.message


def os_error_kind(exc: BaseException) -> str | None:
    """Which storage failure an ``OSError`` is (``FULL`` …), or ``None`` for another one."""
    if not isinstance(exc, OSError):
        return None
    if exc.errno in _FULL_ERRNOS or getattr(exc, "winerror", None) in _FULL_WINERRORS:
        return FULL
    if exc.errno == errno.EROFS:
        return READ_ONLY
    if exc.errno in (errno.EACCES, errno.EPERM):
        return NO_ACCESS
    if exc.errno == errno.ENOENT:
        return MISSING
    return None


def probe(folder: Path) -> str | None:
    """Whether ``folder``'s disk takes a write: ``FULL``, ``READ_ONLY`` … or ``None``.

    Only a real write tells: a probe file of 64 KB is written, flushed to the disk and
    removed. Used on the failure path only, to name what SQLite reported vaguely
    ("disk I/O error", "unable to open database file").
    """
    try:
        with tempfile.TemporaryFile(dir=folder) as fh:
            fh.write(b"\0" * 65536)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return os_error_kind(exc) or NO_ACCESS
    return None


def _chain(exc: BaseException | None):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        yield from (a for a in getattr(exc, "args", ()) if isinstance(a, BaseException))
        exc = exc.__cause__ or exc.__context__


def sqlite_error_kind(exc: BaseException, folder: Path | None = None) -> str | None:
    """Which storage failure SQLite reported anywhere in ``exc``'s chain, or ``None``.

    SQLite names a full disk and a read-only file itself; for its vaguer words ("disk
    I/O error", "unable to open database file") ``folder`` is probed.
    """
    vague = False
    for e in _chain(exc):
        if isinstance(e, OSError):
            continue  # a file of its own (an attachment, a probe), not the database's
        name = getattr(e, "sqlite_errorname", "") or ""
        text = str(e).lower()
        if name == "SQLITE_FULL" or "database or disk is full" in text:
            return FULL
        if name.startswith("SQLITE_READONLY") or "readonly database" in text or "read-only" in text:
            return READ_ONLY
        if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk i/o error" in text \
                or "unable to open database file" in text:
            vague = True
    if vague and folder is not None:
        return probe(folder)
    return None


def explain(kind: str, where: Path | str, outcome: str) -> str:
    """One Chinese message: what happened at ``where``, ``outcome`` (what this means for
    the clerk's data), and what to do."""
    return f"{WHAT_HAPPENED[kind].format(where=where)}{outcome}{WHAT_TO_DO[kind]}"


def write_file(path: Path | str, write: Callable[[Path], object]) -> Path:
    """Write a file whole or not at all: ``write(temporary_path)`` writes it beside
    ``path``; it is flushed to the disk and then takes its name. On any failure the
    temporary file is removed (nothing half-written is left) and a full, read-only or
    unwritable disk raises :class:`StorageError` in Chinese."""
    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):  # a read-only disk: nothing was written to remove
            tmp.unlink(missing_ok=True)
        kind = os_error_kind(exc)
        if kind:
            raise StorageError(explain(kind, path, "文件没有生成，也没有留下不完整的文件。"), kind) from exc
        raise
    return path


def database_write_failed(exc: BaseException, db_path: Path) -> StorageError | None:
    """The message for a database write that failed for want of room or write access,
    or ``None`` when ``exc`` is something else."""
    kind = sqlite_error_kind(exc, Path(db_path).parent)
    if kind is None:
        return None
    return StorageError(explain(kind, db_path, "这次的修改没有保存；此前保存的数据完好无损，不需要恢复备份。"), kind)


def database_open_failed(exc: BaseException, db_path: Path) -> StorageError | None:
    """The message for a database that cannot be opened because its disk is full or
    read-only (not because it is damaged), or ``None``."""
    kind = sqlite_error_kind(exc, Path(db_path).parent)
    if kind is None:
        return None
    return StorageError(explain(kind, db_path, "数据库文件没有损坏，也没有被改动，不需要恢复备份。"), kind)

