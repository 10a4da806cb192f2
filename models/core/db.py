"""The one database handle, how a file is opened safely, and transactions.

Every table binds to :data:`db_proxy`; :func:`models.core.schema.open_database` checks the file, sets the
pragmas a clerk's data needs (WAL, ``synchronous=FULL``: a committed record survives a
power cut), brings the schema up to date and binds the proxy.
"""
from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import peewee

from models.core import storage
from models.core.errors import DatabaseBusyError, DatabaseOpenError, UserError

db_proxy = peewee.DatabaseProxy()
T = TypeVar("T")

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
#: How long a writer waits for another program's write lock before giving up.
WRITE_WAIT_S = 30.0
#: On the server, every write transaction notifies this channel as it commits.
CHANGES_CHANNEL = "ducha_changes"

PRAGMAS = (
    ("foreign_keys", 1),
    ("journal_mode", "wal"),
    ("synchronous", 2),  # FULL: fsync on every commit, even in WAL mode
    ("busy_timeout", BUSY_TIMEOUT_MS),
)


def database() -> peewee.Database:
    """The currently bound database (raises if none is open)."""
    if db_proxy.obj is None:
        raise RuntimeError("database is not open")
    return db_proxy.obj


def on_server(db: peewee.Database | None = None) -> bool:
    """Whether ``db`` (default: the open database) is the office's PostgreSQL server
    (:mod:`models.core.dialect`) rather than a SQLite file."""
    return bool(getattr(db if db is not None else database(), "is_server", False))


def server_reachable() -> bool:
    """Whether the open database can be reached: always for a file; for the server,
    whether its port answers within half a second (asked before reconnecting, which
    would otherwise hold the window for the driver's whole connect timeout)."""
    db = database()
    return not on_server(db) or db.reachable()


def advance_ids(*tables: str, db: peewee.Database | None = None) -> None:
    """After rows were written with ids of our own (a bulk import, a move), move the
    server's id counters past them, so the next ordinary insert does not draw an id
    already taken. SQLite gives MAX(id) + 1 by itself: nothing to do on a file."""
    db = db if db is not None else database()
    if not on_server(db):
        return
    for table in tables:
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) "
            f"FROM \"{table}\" WHERE pg_get_serial_sequence('{table}', 'id') IS NOT NULL")


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    return head == SQLITE_MAGIC


def _last_backup_hint(path: Path) -> str:
    from models.core.backup import latest_backup

    found = latest_backup(path)
    if found is None:
        return "未找到该数据库的备份。"
    return f"最近一次备份：{found}"


def _refuse(path: Path, reason: str) -> DatabaseOpenError:
    return DatabaseOpenError(
        f"无法打开数据库文件“{path}”：{reason}\n{_last_backup_hint(path)}\n"
        "文件未被改动。请用“恢复备份”恢复，或用 --db 指定其他文件。"
    )


def connect(path: Path | str, *, check_integrity: str = "quick") -> peewee.Database:
    """Open ``path`` with the project's pragmas after checking it is a sound database.

    ``check_integrity`` is ``"quick"`` (``PRAGMA quick_check``, used at start-up),
    ``"full"`` (``PRAGMA integrity_check``) or ``"none"``. A file that is not a
    database, or fails the check, raises :class:`DatabaseOpenError` naming the file and
    the last backup; the file is never written in that case. A file that cannot be
    opened because its disk is full or read-only raises :class:`storage.StorageError`
    instead, which says the file is intact: restoring a backup would only lose work.
    A ``postgresql://`` address connects to the office's server instead
    (:mod:`models.core.dialect`; the server checks its own pages).
    """
    from models.core import dialect

    if dialect.is_server(path):
        return dialect.connect_server(str(path))
    path = Path(path)
    if path.exists():
        if path.is_dir():
            raise _refuse(path, "这是一个文件夹，不是数据库文件。")
        if path.stat().st_size > 0 and not _looks_like_sqlite(path):
            raise _refuse(path, "它不是督查工作台的数据库（不是 SQLite 文件）。")
        if check_integrity != "none" and path.stat().st_size > 0:
            problem = integrity_problem(path, full=check_integrity == "full")
            if problem:
                raise storage.database_open_failed(sqlite3.DatabaseError(problem), path) or _refuse(
                    path, f"数据库已损坏（{problem}）。")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = peewee.SqliteDatabase(str(path), pragmas=list(PRAGMAS), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.connect()
    except peewee.DatabaseError as exc:
        raise storage.database_open_failed(exc, path) or _refuse(path, f"SQLite 报告：{exc}") from exc
    return db


def damaged_after_open(path: Path, problem: str) -> str:
    """What to tell the clerk when a file already open fails the check made after the
    start (the start itself no longer reads the whole file): the problem, the last backup,
    and what to do."""
    return (f"数据库文件“{path}”未通过完整性检查（{problem}）。\n{_last_backup_hint(path)}\n"
            "为免把损坏的文件备份进去，本次没有做开机备份。请不要继续录入：退出程序后用“恢复备份”恢复，"
            "或请管理员运行 check 命令查看详情。")



def _read_only(path: Path) -> sqlite3.Connection:
    uri = f"file:{Path(path).resolve().as_posix()}?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def integrity_problem(path: Path, *, full: bool = True, foreign_keys: bool = True) -> str | None:
    """Run SQLite's integrity check read-only; return the first problem or ``None``
    (``foreign_keys``: a row referring to one that is gone counts as a problem too)."""
    try:
        con = _read_only(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = con.execute(f"PRAGMA {pragma}").fetchall()
        if rows and rows[0][0] != "ok":
            return "; ".join(str(r[0]) for r in rows[:3])
        fk = con.execute("PRAGMA foreign_key_check").fetchall() if foreign_keys else []
        if fk:
            return f"外键不一致：表 {fk[0][0]} 行 {fk[0][1]}"
        return None
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()


def integrity_beside(path: Path) -> Callable[[], str | None]:
    """Start the full :func:`integrity_problem` check (foreign keys aside) on a thread of
    its own; the returned function waits for its answer. SQLite checks the pages without
    Python's lock, so a check that also walks the audit log in Python uses both cores."""
    box: dict[str, str | None] = {}
    thread = threading.Thread(
        target=lambda: box.setdefault("problem", integrity_problem(path, full=True, foreign_keys=False)),
        name="ducha-integrity", daemon=True)
    thread.start()

    def wait() -> str | None:
        thread.join()
        return box.get("problem", "完整性检查未能完成")

    return wait


def dangling_references(path: Path) -> list[tuple[str, int, str]]:
    """Rows referring to a row that does not exist, as (table, rowid, referred table)
    (``PRAGMA foreign_key_check``, read-only): what deleting a record with SQLite's
    foreign keys off, as the ``sqlite3`` shell has them, leaves behind."""
    con = _read_only(path)
    try:
        return [(r[0], r[1], r[2]) for r in con.execute("PRAGMA foreign_key_check").fetchall()]
    finally:
        con.close()


def close_database() -> None:
    """Close and unbind the current database, if any."""
    if db_proxy.obj is not None:
        if not db_proxy.obj.is_closed():
            db_proxy.obj.close()
        db_proxy.initialize(None)


def beside(fn: Callable[[], T]) -> Callable[[], T]:
    """Start reading with ``fn`` on a thread and connection of its own; the returned
    function waits for its result (or raises its error).

    SQLite lets go of Python's interpreter lock while it works, so a query-heavy reader
    beside a Python-heavy one uses a second processor core. Each connection reads a
    committed state of the file, so what the two read may be moments apart: give ``fn``
    figures that stand on their own. Within a transaction of this thread, whose changes
    another connection would not see, ``fn`` runs here instead. The caller must call the
    returned function (in a ``finally`` if it can fail first), so that no reader outlives
    its caller's work. On the server ``fn`` runs here too: a second connection there
    costs a log-in, and the server already works apart from this process.
    """
    db = database()
    box: dict[str, object] = {}

    def wait_here() -> T:  # the error, as from a thread, when waited for
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box["value"]  # type: ignore[return-value]

    if db.in_transaction() or str(db.database) in ("", ":memory:") or on_server(db):
        try:
            box["value"] = fn()
        except Exception as exc:
            box["error"] = exc
        return wait_here

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the waiting thread
            box["error"] = exc
        finally:
            if not db.is_closed():
                db.close()  # this thread's connection only

    thread = threading.Thread(target=run, name="ducha-reader", daemon=True)
    thread.start()

    def wait() -> T:
        thread.join()
        return wait_here()

    return wait


def _holders_hint(db: peewee.Database) -> str:
    # Naming who holds the file is what lets a clerk walk over and ask.
    from models.core.presence import holders_hint

    try:
        return holders_hint(Path(db.database))
    except OSError:
        return ""


@contextlib.contextmanager
def write_transaction(wait_s: float | None = None, pause_s: float = 0.5) -> Iterator[None]:
    """A write transaction taking the lock up front (``BEGIN IMMEDIATE``).

    Taking the write lock first means the audit hash chain is never read by one
    writer while another appends, and a writer that finds the lock taken waits for it
    (SQLite's busy timeout, then again after a pause) instead of failing half-way with
    "database is locked". After ``wait_s`` seconds (default :data:`WRITE_WAIT_S`) it gives up with
    :class:`DatabaseBusyError`, in Chinese, naming who holds the file where it can.
    A write refused by a full or read-only disk raises :class:`storage.StorageError`
    (nothing of the transaction is kept; SQLite may already have rolled it back, and
    rolling back again must not hide why).
    """
    db = database()
    if db.in_transaction():
        with db.atomic():
            yield
        return
    if on_server(db):
        from models.core.dialect import take_write_lock

        wait_s = WRITE_WAIT_S if wait_s is None else wait_s
        with db.atomic():
            try:
                take_write_lock(db, wait_s)
            except peewee.OperationalError as exc:
                if "lock timeout" not in str(exc):
                    raise
                raise DatabaseBusyError(
                    "数据库服务器上另一位同事正在保存，"
                    f"已等待 {wait_s:.0f} 秒仍未完成。这次的修改没有保存。请稍后重试。") from exc
            # Wakes the other clerks' windows (models.core.changes.Listener) once this
            # commits; a rolled-back transaction sends nothing.
            db.execute_sql(f"NOTIFY {CHANGES_CHANNEL}")
            yield
        return
    wait_s = WRITE_WAIT_S if wait_s is None else wait_s
    started = time.monotonic()
    while True:
        try:
            ctx = db.atomic("IMMEDIATE")
            ctx.__enter__()
            break
        except peewee.OperationalError as exc:
            failed = storage.database_write_failed(exc, Path(db.database))
            if failed is not None:
                raise failed from exc
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            waited = time.monotonic() - started
            if waited >= wait_s:
                raise DatabaseBusyError(
                    "数据库正被另一个程序写入（可能是在另一台电脑或另一个窗口中打开的督查工作台），"
                    f"已等待 {waited:.0f} 秒仍未释放。" + _holders_hint(db)
                    + "这次的修改没有保存。请稍后重试，或关闭另一处的程序。"
                ) from exc
            time.sleep(pause_s)
    try:
        with contextlib.ExitStack() as stack:
            stack.push(_Ending(db, ctx))
            yield
    except Exception as exc:
        failed = None if isinstance(exc, UserError) else storage.database_write_failed(exc, Path(db.database))
        if failed is not None:
            raise failed from exc
        raise


class _Ending:
    """Ends a write transaction: commit, or roll back — but not a transaction SQLite
    has already rolled back itself (after a full disk), which would fail with "cannot
    rollback - no transaction is active" and hide the reason."""

    def __init__(self, db: peewee.Database, ctx: contextlib.AbstractContextManager) -> None:
        self.db, self.ctx = db, ctx

    def __exit__(self, *exc_info: object) -> bool | None:
        if exc_info[0] is not None and not self.db.connection().in_transaction:
            self.db.pop_transaction()
            self.db._clear_commit_callbacks()  # nothing of it was committed
            return None
        return self.ctx.__exit__(*exc_info)
