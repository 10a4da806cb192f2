"""Automatic backups (自动备份) and their rotation, verifying and restoring a backup.

A backup is taken with SQLite's online backup API on the first start of each day
and on exit, into a folder the 管理员 may point at a USB drive or a network share.
Taking one needs the right to write (督查员 or 管理员): it may delete older copies.
Old copies are thinned to a rotation: the newest of each of the last N days, weeks
and months (settings ``backup.*``), judged by the computer's clock and the files' own
times — never by a "today" given for a demonstration — and each deletion is audited.
A backup is only ever restored after it passes SQLite's integrity check, carries
this application's schema and an intact audit chain; the file it replaces is kept aside.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from models.core import audit, presence, settings, storage
from models.core.actors import Actor, Permission, require
from models.core.audit import ChainProblem, verify_chain_rows
from models.core.backup import BACKUP_SUFFIX, online_backup
from models.core.db import SQLITE_MAGIC, damaged_after_open, integrity_problem
from models.core.errors import UserError
from models.core.paths import backup_dir_for
from models.core.peek import is_server
from models.core.workflow import workflow

FOLDER = settings.define("backup.folder", "", "备份文件夹（留空：数据库旁的 backups；可指向U盘或网络共享）",
                         "备份")
KEEP_DAILY = settings.define("backup.keep_daily", 7, "保留每日备份（天）", "备份", minimum=1, maximum=365)
KEEP_WEEKLY = settings.define("backup.keep_weekly", 4, "保留每周备份（周）", "备份", minimum=0, maximum=520)
KEEP_MONTHLY = settings.define("backup.keep_monthly", 12, "保留每月备份（月）", "备份", minimum=0, maximum=600)
ON_START = settings.define("backup.on_start", True, "每天第一次启动时自动备份", "备份")
ON_EXIT = settings.define("backup.on_exit", True, "退出时自动备份", "备份")

_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-[a-z]+)?(?:-\d+)?$")

#: The computer's clock: backups are named and rotated by it (tests replace it).
_clock: Callable[[], dt.datetime] = dt.datetime.now


class RestoreError(UserError):
    """A backup cannot be restored (damaged, not ours, newer, or the file is in use)."""


@dataclass(frozen=True)
class BackupFile:
    """A backup in the folder and the moment it was taken: the earlier of the time in
    its name and the time the file was last written (a name can claim a later moment
    than its file's, but no backup was taken after its file was written)."""

    path: Path
    taken: dt.datetime


def backup_suffix(db_path: Path | str) -> str:
    """How the backups of ``db_path`` end: ``.sqlite3`` copies of a file, the server's
    ``pg_dump`` files ``.dump`` (:mod:`models.safety.server_backups`)."""
    if is_server(db_path):
        from models.safety.dumps import DUMP_SUFFIX

        return DUMP_SUFFIX
    return BACKUP_SUFFIX


def _stem(db_path: Path | str) -> str:
    if is_server(db_path):
        from models.core.dialect import parse

        return parse(str(db_path)).dbname
    return Path(db_path).stem


def backup_folder(db_path: Path | str, configured: str | None = None) -> Path:
    """The folder backups go to: the ``backup.folder`` setting, or beside the database
    (for the server: ``backups`` in this computer's folder for it, :func:`models.core.paths.local_folder`)."""
    text = (settings.get(FOLDER) if configured is None else configured) or ""
    return Path(text).expanduser() if text.strip() else backup_dir_for(db_path)


def backup_name(db_path: Path, taken: dt.datetime, reason: str = "") -> str:
    """``<stem>-YYYYMMDD-HHMMSS[-reason].sqlite3`` — sortable, and dated for people (a
    second backup in the same second gets ``-2`` at the end)."""
    tail = f"-{reason}" if reason else ""
    return f"{Path(db_path).stem}-{taken:%Y%m%d-%H%M%S}{tail}{BACKUP_SUFFIX}"


def found_backups(db_path: Path | str, folder: Path, suffix: str | None = None) -> list[BackupFile]:
    """The dated backups of ``db_path`` in ``folder``, oldest first (``suffix``: the
    server's dumps are ``.dump`` files, :mod:`models.safety.server_backups`; by default
    the one :func:`backup_suffix` gives ``db_path``)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    suffix = suffix or backup_suffix(db_path)
    stem = _stem(db_path)
    out = []
    for p in folder.glob(f"{stem}-*{suffix}"):
        m = _STAMP.search(p.name[: -len(suffix)])
        if not m or not p.is_file() or p.name[len(stem) + 1: len(stem) + 9] != m.group(1)[:8]:
            continue
        try:
            named = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
            written = dt.datetime.fromtimestamp(p.stat().st_mtime).replace(microsecond=0)
        except (ValueError, OSError, OverflowError):
            continue
        out.append(BackupFile(p, min(named, written)))
    return sorted(out, key=lambda b: (b.taken, b.path.name))


def select_kept(taken: list[dt.datetime], daily: int, weekly: int, monthly: int,
                now: dt.datetime) -> set[dt.datetime]:
    """Which backup moments a rotation keeps at ``now`` (a pure rule; the newest is always kept).

    The newest backup of each of the latest ``daily`` days that have a backup, of each
    of the latest ``weekly`` ISO weeks, and of each of the latest ``monthly`` months.
    A moment after ``now`` (a clock that was wrong) is kept and takes no place among
    them: a backup "from the future" can never push the real newest ones out.
    """
    keep: set[dt.datetime] = {t for t in taken if t > now}
    ordered = sorted((t for t in taken if t <= now), reverse=True)
    if ordered:
        keep.add(ordered[0])
    for count, bucket in ((daily, lambda t: t.date()),
                          (weekly, lambda t: tuple(t.isocalendar())[:2]),
                          (monthly, lambda t: (t.year, t.month))):
        seen: list = []
        for t in ordered:
            b = bucket(t)
            if b in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(b)
            keep.add(t)
    return keep


@workflow()
def _delete_backup(actor: Actor, backup: BackupFile) -> None:
    # The audit row and the deletion stand or fall together: a file that cannot be
    # deleted rolls its row back.
    audit.record(actor, "backup_delete", "backup", None,
                 {"file": str(backup.path), "taken": backup.taken.isoformat(timespec="seconds")}, None,
                 f"备份轮换：删除 {backup.taken:%Y-%m-%d %H:%M} 的备份“{backup.path.name}”")
    backup.path.unlink()


def prune(actor: Actor, db_path: Path, folder: Path, daily: int | None = None, weekly: int | None = None,
          monthly: int | None = None, suffix: str | None = None) -> list[Path]:
    """Delete the backups the rotation no longer keeps, each deletion audited; return
    what was deleted. Needs the right to write; the rotation goes by the clock.
    ``suffix`` by default the one :func:`backup_suffix` gives ``db_path`` (a server's
    ``pg_dump`` files for a ``postgresql://`` address)."""
    require(actor, Permission.WRITE)
    daily = settings.get(KEEP_DAILY) if daily is None else daily
    weekly = settings.get(KEEP_WEEKLY) if weekly is None else weekly
    monthly = settings.get(KEEP_MONTHLY) if monthly is None else monthly
    files = found_backups(db_path, folder, suffix)
    kept = select_kept([b.taken for b in files], daily, weekly, monthly, _clock())
    removed = []
    for b in files:
        if b.taken in kept:
            continue
        try:
            _delete_backup(actor, b)
        except (OSError, UserError):
            continue  # gone already, or not deletable (read-only): kept, and not audited as deleted
        removed.append(b.path)
    return removed


def _backup_failed(exc: BaseException, folder: Path) -> UserError:
    kind = storage.os_error_kind(exc) or storage.sqlite_error_kind(exc, folder if folder.is_dir() else None)
    if kind is not None:
        return storage.StorageError("备份失败：" + storage.explain(
            kind, folder, "本次没有备份，也没有留下不完整的备份文件；数据库本身不受影响。"), kind)
    return UserError(f"备份失败：无法写入“{folder}”（{exc}）。本次没有备份；数据库本身不受影响。")


def take_backup(actor: Actor, db: peewee.Database, db_path: Path | str, folder: Path | None = None,
                reason: str = "", rotate: bool = True) -> Path:
    """Back the open database up now into ``folder`` (default: the setting) and rotate.

    Needs the right to write (a 查阅 account may not: the rotation deletes files). The
    file is named by the computer's clock, unique even for two backups in one second.
    The office's server (a ``postgresql://`` ``db_path``) is dumped with ``pg_dump``
    instead (:func:`models.safety.dumps.dump`), rotated the same way.
    """
    require(actor, Permission.WRITE)
    folder = Path(folder) if folder else backup_folder(db_path)
    if is_server(db_path):
        from models.safety.dumps import dump

        dest = dump(str(db_path), folder, _clock())
        if rotate:
            prune(actor, db_path, folder)
        return dest
    try:
        dest = online_backup(db, folder / backup_name(db_path, _clock(), reason), keep_existing=True)
    except (OSError, sqlite3.Error) as exc:
        raise _backup_failed(exc, folder) from exc
    if rotate:
        prune(actor, db_path, folder)
    return dest


@dataclass(frozen=True)
class BackupOutcome:
    """What an automatic backup did: the file written, or why it could not be."""

    path: Path | None
    error: str = ""
    #: The file failed the integrity check made after the start (then nothing was backed up).
    damaged: bool = False
    #: On the server: this computer has no ``pg_dump`` (a line in the status bar, no dialog:
    #: the server's own administrator backs it up, and every start would say it again).
    no_tool: bool = False


def _auto(actor: Actor, db_path: Path | str, reason: str) -> BackupOutcome:
    from models.core.db import database

    if is_server(db_path):
        from models.safety import dumps

        if not dumps.tool_found():
            return BackupOutcome(None, dumps.NO_TOOL, no_tool=True)
    try:
        return BackupOutcome(take_backup(actor, database(), db_path, reason=reason))
    except UserError as exc:
        # An unplugged USB drive must not stop the office from working; the failure
        # is returned for the window to show, and the next start tries again.
        return BackupOutcome(None, exc.message)


def backup_on_start(actor: Actor, db_path: Path | str) -> BackupOutcome:
    """The start-of-day backup of the open database: taken when ``backup.on_start`` is
    on, the folder has no backup of this day (by the clock) yet and ``actor`` may write
    (a 查阅 account changes nothing that needs backing up)."""
    if not settings.get(ON_START) or not actor.can(Permission.WRITE):
        return BackupOutcome(None)
    today = _clock().date()
    if any(b.taken.date() == today for b in found_backups(db_path, backup_folder(db_path))):
        return BackupOutcome(None)
    return _auto(actor, db_path, "start")


def start_of_day(actor: Actor, db_path: Path | str) -> BackupOutcome:
    """The whole-file work of a start, done once the window is idle and off the UI thread:
    SQLite's ``quick_check`` and foreign-key check of the file, then the start-of-day
    backup (:func:`backup_on_start`).

    A file that fails the check is not backed up — a damaged copy must not rotate a sound
    one out of the folder — and the outcome says what is wrong and what to do. On the
    office's server (a ``postgresql://`` address) the server checks its own pages: only
    the backup, a ``pg_dump`` into this computer's folder for it, is taken.
    """
    if is_server(db_path):
        return backup_on_start(actor, db_path)
    problem = integrity_problem(db_path, full=False)
    if problem:
        return BackupOutcome(None, damaged_after_open(Path(db_path), problem), damaged=True)
    return backup_on_start(actor, db_path)


def backup_on_exit(actor: Actor, db_path: Path | str) -> BackupOutcome:
    """The exit backup of the open database, when ``backup.on_exit`` is on and ``actor``
    may write."""
    if not settings.get(ON_EXIT) or not actor.can(Permission.WRITE):
        return BackupOutcome(None)
    return _auto(actor, db_path, "exit")


def last_backup(db_path: Path | str) -> BackupFile | None:
    """The newest backup in the configured folder (for the dashboard), or ``None``."""
    found = found_backups(db_path, backup_folder(db_path))
    return found[-1] if found else None


# ---- verifying and restoring ----------------------------------------------------

def verify_backup(path: Path) -> list[str]:
    """Everything wrong with ``path`` as a backup to restore, in Chinese (empty: sound).

    Checked read-only: SQLite header, ``integrity_check``, foreign keys, this
    application's schema (version table, not newer than the code) and the audit chain.
    """
    from models.migrations import code_version

    path = Path(path)
    if not path.is_file():
        return [f"找不到备份文件“{path}”。"]
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return [f"“{path.name}”不是 SQLite 数据库文件（可能已损坏或不是备份）。"]
    try:
        con = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"无法打开“{path.name}”：{exc}"]
    problems: list[str] = []
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        if not rows or rows[0][0] != "ok":
            return [f"“{path.name}”未通过完整性检查：{'; '.join(str(r[0]) for r in rows[:3])}"]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"外键不一致：表 {fk[0][0]} 行 {fk[0][1]}")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = {"schema_version", "audit_log", "audit_head"} - tables
        if missing:
            return problems + [f"“{path.name}”不是督查工作台的数据库（缺少表：{'、'.join(sorted(missing))}）。"]
        version = con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        if version > code_version():
            problems.append(f"备份的数据版本为 {version}，比本程序（{code_version()}）新，请先升级程序。")
        chain = _chain_of(con)
        if chain is not None:
            problems.append(f"备份中的审计链不完整：{chain.reason}")
    except sqlite3.DatabaseError as exc:
        problems.append(f"“{path.name}”已损坏：{exc}")
    finally:
        con.close()
    return problems


def _chain_of(con: sqlite3.Connection) -> ChainProblem | None:
    # A backup made before schema step 10 has no digest column: its rows hash without one.
    cur = con.execute("SELECT * FROM audit_log ORDER BY id")
    cols = [d[0] for d in cur.description]
    head = con.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    return verify_chain_rows((dict(zip(cols, r, strict=True)) for r in cur), head)


def restore(backup: Path, db_path: Path, now: dt.datetime, actor: Actor) -> Path | None:
    """Replace ``db_path`` with a verified copy of ``backup``, as ``actor``; return where
    the old file went.

    The caller must have closed its own connection. Refused (nothing changed) if the
    backup fails :func:`verify_backup` or another program has the database open. The
    replaced database is first copied aside, whole and consistent, as
    ``<stem>.replaced-YYYYMMDD-HHMMSS.sqlite3``. The restored copy is prepared under a
    temporary name — brought to this program's schema and given the audit record of the
    restore itself (:func:`note_restored`) — and only then renamed over the database in
    one step: stopped at any moment, the database is either the old file or the restored
    one with its record, never a restored file whose record is missing (which every later
    ``check`` took for tampering, the backups taken since not matching it).
    """
    backup, db_path = Path(backup), Path(db_path)
    if backup.resolve() == db_path.resolve():
        raise RestoreError("不能用数据库文件自身来恢复。请选择一个备份文件。")
    problems = verify_backup(backup)
    if problems:
        raise RestoreError("该备份不能恢复，数据库未被改动：\n" + "\n".join(problems))
    in_use = in_use_by_others(db_path)
    if in_use:
        raise RestoreError(f"{in_use}请先关闭其他督查工作台窗口（包括其他电脑上的），再恢复。数据库未被改动。")
    tmp = db_path.with_name(db_path.name + ".restoring")
    _remove_leftovers(tmp)
    aside = None
    if db_path.exists() and db_path.stat().st_size > 0:
        aside = db_path.with_name(f"{db_path.stem}.replaced-{now:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}")
        try:
            online_backup(db_path, aside)
            _checkpoint(db_path)
        except sqlite3.DatabaseError:
            # A damaged file cannot be read by SQLite; keep its bytes exactly as they are
            # (nobody has it open: checked above), with its WAL, for later rescue.
            aside.unlink(missing_ok=True)
            shutil.copy2(db_path, aside)
            wal = Path(str(db_path) + "-wal")
            if wal.exists():
                shutil.copy2(wal, Path(str(aside) + "-wal"))
    online_backup(backup, tmp)
    _prepare_restored(tmp, actor, backup, aside)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    for extra in ("-wal", "-shm"):
        Path(str(db_path) + extra).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    _sync_folder(db_path.parent)
    return aside


def _remove_leftovers(tmp: Path) -> None:
    # A restore stopped half-way leaves its temporary copy; its -wal must never be
    # replayed into the next attempt's copy.
    for name in ("", "-wal", "-shm", "-journal", ".partial"):
        Path(str(tmp) + name).unlink(missing_ok=True)


def _prepare_restored(tmp: Path, actor: Actor, backup: Path, aside: Path | None) -> None:
    """Upgrade the copy and write the restore's audit record into it, leaving one file."""
    from models.core.db import close_database, db_proxy
    from models.core.schema import open_database

    previous = db_proxy.obj
    try:
        db = open_database(tmp, check_integrity="none", copy_before_upgrade=False)
        note_restored(actor, backup, aside)
        # Back to a single file, so that the rename below moves all of it.
        db.execute_sql("PRAGMA journal_mode=DELETE")
    finally:
        close_database()
        db_proxy.initialize(previous)


def _sync_folder(folder: Path) -> None:
    # The rename itself is only durable once the folder's entry is on disk (POSIX).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _checkpoint(db_path: Path) -> None:
    # Fold the WAL into the main file so nothing committed lives only in a -wal that
    # is about to be deleted (the aside copy already holds it, this is belt and braces).
    con = sqlite3.connect(str(db_path))
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def in_use_by_others(db_path: Path) -> str:
    """A Chinese sentence if another program seems to have ``db_path`` open, else ''."""
    hint = presence.holders_hint(db_path)
    if hint:
        return hint
    if presence.sqlite_in_use_elsewhere(db_path):
        return "另一个程序正打开着该数据库。"
    return ""


def check_against_backups(db_path: Path, folder: Path | None = None, newest: int = 3) -> list[str]:
    """Whether the live audit log still contains what recent backups recorded.

    A backup made earlier holds the audit chain up to its head; the live log must hold
    that very row with that very hash. Rewriting or cutting the live log (even
    re-hashing it consistently) is caught as long as a backup lies elsewhere.
    """
    from models.core.audit import AuditLog

    folder = Path(folder) if folder else backup_folder(db_path)
    problems = []
    restored = (AuditLog.select(AuditLog.at).where(AuditLog.action == "restore")
                .order_by(AuditLog.id.desc()).first())
    since = dt.datetime.fromisoformat(restored.at) if restored else None
    # Backups older than the last restore belong to a history the restore replaced.
    candidates = [b for b in found_backups(db_path, folder) if since is None or b.taken > since]
    for b in candidates[-newest:]:
        try:
            con = sqlite3.connect(f"file:{b.path.resolve().as_posix()}?mode=ro", uri=True)
            try:
                head = con.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            continue  # a damaged backup is a problem for restore, not evidence of tampering
        if head is None:
            continue
        row = AuditLog.get_or_none(AuditLog.id == head[0])
        if row is None or row.hash != head[1]:
            problems.append(f"备份“{b.path.name}”中的第 {head[0]} 条审计记录在现有数据库中"
                            f"{'不存在' if row is None else '内容不同'}：审计记录可能在程序外被改写或截断。")
    return problems


@workflow(Permission.ADMIN)
def note_restored(actor: Actor, backup: Path, aside: Path | None) -> None:
    """Write the restore itself into the restored database's audit log (:func:`restore`
    does, into the copy before it replaces the database)."""
    audit.record(actor, "restore", "database", None, None,
                 {"backup": str(backup), "replaced_kept_as": str(aside) if aside else ""},
                 f"从备份“{Path(backup).name}”恢复数据库")
