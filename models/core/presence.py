"""Who has a database file open (在用记录): one small file per running program.
On the office's server, the connections' names say it (below).

SQLite's own lock says only *that* someone holds the file, never *who*. Each program
that opens the database as a signed-in person leaves ``<db>.users/<host>-<pid>.json``
naming the person, the computer and when; it is removed on a clean exit. A program
killed outright leaves its file behind, so entries from this computer whose process
no longer runs are ignored (and tidied away).
"""
from __future__ import annotations

import atexit
import base64
import contextlib
import datetime as dt
import json
import os
import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.core.actors import LOCAL_ACTOR

_registered: dict[Path, Path] = {}


@dataclass(frozen=True)
class Holder:
    """Another program that has the database open."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """“张三”（电脑 OFFICE-PC，进程 4242，自 2014-10-28 09:30 起）; without accounts
        everyone is 本机用户, so the computer goes with the name: “本机用户（电脑 PC-2）”（进程 …）."""
        # The server hides when another login's session began: then no "自…起" at all.
        since = f"，自 {self.since[:16].replace('T', ' ')} 起" if self.since else ""
        if self.user == LOCAL_ACTOR.name:
            return f"“{local_named([self.host])}”（进程 {self.pid}{since}）"
        return f"“{self.user}”（电脑 {self.host}，进程 {self.pid}{since}）"


def local_named(hosts: list[str]) -> str:
    """本机用户 named with the computer(s) it may be on — “本机用户” alone would read as the
    person at this computer: 本机用户（电脑 PC-2）, 本机用户（电脑 PC-2 或 PC-3）."""
    hosts = list(dict.fromkeys(hosts))
    if not hosts:
        return f"{LOCAL_ACTOR.name}（另一台电脑或窗口）"
    return f"{LOCAL_ACTOR.name}（电脑 {' 或 '.join(hosts)}）"


def presence_dir(db_path: Path) -> Path:
    """The folder of presence files beside ``db_path``."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".users")


def _host() -> str:
    return socket.gethostname() or "本机"


def register(db_path: Path, user: str, now: dt.datetime | None = None) -> Path:
    """Record that this process has ``db_path`` open as ``user``; removed at exit."""
    folder = presence_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    me = folder / f"{_host()}-{os.getpid()}.json"
    data = {"user": user, "host": _host(), "pid": os.getpid(),
            "since": (now or dt.datetime.now()).isoformat(timespec="seconds")}
    me.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if not _registered:
        atexit.register(unregister_all)
    _registered[Path(db_path).resolve()] = me
    return me


def register_database(db: Any, user: str) -> Path | None:
    """Record that this process has the open database ``db`` open as ``user``: a presence
    file beside a SQLite file (:func:`register`); on the office's server its connections
    are named instead (:func:`name_connections`), the server's own record of who is connected."""
    if getattr(db, "is_server", False):
        name_connections(db, user)
        return None
    return register(Path(db.database), user)


def unregister(db_path: Path) -> None:
    """Remove this process's presence file for ``db_path`` (a clean close)."""
    me = _registered.pop(Path(db_path).resolve(), None)
    if me is not None:
        with contextlib.suppress(OSError):
            me.unlink()
            me.parent.rmdir()  # only when empty: others' files keep it


def unregister_all() -> None:
    """Remove every presence file of this process (run at exit)."""
    for path in list(_registered):
        unregister(path)


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def others(db_path: Path) -> list[Holder]:
    """Other programs that have ``db_path`` open, as far as their files tell.

    Entries of dead processes on this computer are removed; entries from another
    computer are believed, since their process cannot be checked from here.
    """
    folder = presence_dir(db_path)
    if not folder.is_dir():
        return []
    found: list[Holder] = []
    host, me = _host(), os.getpid()
    for f in sorted(folder.glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            holder = Holder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if holder.host == host:
            if holder.pid == me:
                continue
            if not _pid_alive(holder.pid):
                with contextlib.suppress(OSError):
                    f.unlink()
                continue
        found.append(holder)
    return found


def holders_hint(db_path: Path) -> str:
    """One Chinese sentence naming who else has the file open, or '' when nobody is known."""
    return naming(others(db_path))


def naming(who: list[Holder]) -> str:
    """“目前打开该数据库的还有：…。” naming ``who``, or '' when nobody."""
    if not who:
        return ""
    return "目前打开该数据库的还有：" + "、".join(h.describe() for h in who) + "。"


def sqlite_in_use_elsewhere(db_path: Path) -> bool:
    """Whether another process holds an SQLite connection to ``db_path`` (POSIX only).

    In WAL mode every open connection keeps a read lock on byte 128 of the ``-shm``
    file (SQLite's "DMS" lock); if we cannot take a write lock on it, someone is
    connected. Call this only while this process itself has the file closed: closing
    any descriptor of a file drops all of this process's POSIX locks on it.
    """
    shm = Path(str(Path(db_path)) + "-shm")
    if sys.platform.startswith("win") or not shm.exists():
        return False
    import fcntl

    fd = os.open(shm, os.O_RDWR)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
        except OSError:
            return True
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, 128)
        return False
    finally:
        os.close(fd)


# ------------------------------------------------------------------ on the office's server
#: How the program names its connections to the server: ``ducha =5byg5LiJ@PC-NAME/4242``
#: (张三 on PC-NAME, process 4242). PostgreSQL keeps only printable ASCII of an
#: ``application_name`` (15 shows "?" for the rest), so a name that is not plain ASCII
#: is written ``=`` + its UTF-8 in URL-safe base64.
SERVER_PREFIX = "ducha "
#: PostgreSQL keeps 63 bytes of a connection's ``application_name``.
_NAME_BYTES = 63
#: The advisory lock of :func:`models.core.dialect.take_write_lock` as ``pg_locks`` shows a
#: 64-bit key: its high and low 32 bits (``objsubid`` 1).
_LOCK_COLUMNS = "l.classid::BIGINT * 4294967296 + l.objid::BIGINT"
_PLAIN = re.compile(r"^[A-Za-z0-9._-]+$")


def _encode(text: str) -> str:
    if _PLAIN.match(text):
        return text
    return "=" + base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def _decode(text: str) -> str:
    if not text.startswith("="):
        return text
    raw = text[1:]
    return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8")


def connection_name(user: str, host: str | None = None, pid: int | None = None) -> str:
    """The ``application_name`` naming this program's connections: person, computer, process.

    Cut to PostgreSQL's 63 bytes (the person's and computer's names shortened, never
    a character halved); the process number stays whole."""
    host = host or _host()
    pid = os.getpid() if pid is None else pid

    def fits(u: str, h: str) -> str | None:
        name = f"{SERVER_PREFIX}{_encode(u)}@{_encode(h)}/{pid}"
        return name if len(name.encode("ascii")) <= _NAME_BYTES else None

    u, h = user, host
    while fits(u, h) is None and len(h) > 8:
        h = h[:-1]
    while fits(u, h) is None and len(u) > 1:
        u = u[:-1]
    return fits(u, h) or f"{SERVER_PREFIX}?@?/{pid}"


def parse_connection_name(name: str) -> tuple[str, str, int] | None:
    """``(person, computer, process)`` from a name :func:`connection_name` gave, else ``None``."""
    if not name.startswith(SERVER_PREFIX) or "@" not in name or "/" not in name:
        return None
    who, _, pid = name[len(SERVER_PREFIX):].rpartition("/")
    user, _, host = who.rpartition("@")
    try:
        return _decode(user), _decode(host), int(pid)
    except (ValueError, UnicodeDecodeError):
        return None


def name_connections(db: Any, user: str) -> str:
    """Name this process's connections to the server after ``user`` and this computer
    (``application_name``: the one open now, and every one opened later), so that others
    see who has the database open (:func:`server_others`) and who is saving
    (:func:`server_writer`). Returns the name."""
    name = connection_name(user)
    db.connect_params["application_name"] = name
    cursor = db.connection().cursor()
    cursor.execute("SELECT set_config('application_name', %s, false)", (name,))
    return name


def _server_rows(db: Any, sql: str, params: tuple = ()) -> list[tuple]:
    cursor = db.connection().cursor()  # psycopg's own: this SQL is the server's, not SQLite's
    cursor.execute(sql, params)
    return cursor.fetchall()


def _holder(name: str, since: dt.datetime | None) -> Holder | None:
    parsed = parse_connection_name(name or "")
    if parsed is None:
        return None
    stamp = since.astimezone().replace(tzinfo=None).isoformat(timespec="seconds") if since else ""
    return Holder(parsed[0], parsed[1], parsed[2], stamp)


def server_others(db: Any) -> list[Holder]:
    """Other programs connected to the server's database, from ``pg_stat_activity``: one
    per named process (a program holds several connections), earliest connection first."""
    mine = db.connect_params.get("application_name", "")
    rows = _server_rows(db, "SELECT application_name, MIN(backend_start) FROM pg_stat_activity "
                            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                            "AND application_name LIKE %s AND application_name <> %s "
                            "GROUP BY application_name ORDER BY 2, 1", (SERVER_PREFIX + "%", mine))
    return [h for h in (_holder(name, since) for name, since in rows) if h is not None]


def server_writer(db: Any, key: int) -> Holder | None:
    """Who holds the writers' advisory lock ``key`` on the server's database now (from
    ``pg_locks``), or ``None`` (nobody, or a program that did not name itself)."""
    rows = _server_rows(db, "SELECT a.application_name, a.backend_start FROM pg_locks l "
                            "JOIN pg_stat_activity a ON a.pid = l.pid "
                            "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                            f"AND {_LOCK_COLUMNS} = %s", (key,))
    for name, since in rows:
        holder = _holder(name, since)
        if holder is not None:
            return holder
    return None


def server_holders_hint(db: Any) -> str:
    """One Chinese sentence naming who else has the server's database open, or ''."""
    return naming(server_others(db))
