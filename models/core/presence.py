"""Who has a database file open (在用记录): one small file per running program.

SQLite's own lock says only *that* someone holds the file, never *who*. Each program
that opens the database as a signed-in person leaves ``<db>.users/<host>-<pid>.json``
naming the person, the computer and when; it is removed on a clean exit. A program
killed outright leaves its file behind, so entries from this computer whose process
no longer runs are ignored (and tidied away).
"""
from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_registered: dict[Path, Path] = {}


@dataclass(frozen=True)
class Holder:
    """Another program that has the database open."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """“张三（电脑 OFFICE-PC，自 2014-10-28 09:30 起）”."""
        return f"“{self.user}”（电脑 {self.host}，进程 {self.pid}，自 {self.since[:16].replace('T', ' ')} 起）"


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
    file beside a SQLite file (:func:`register`); nothing beside the office's server,
    whose connections are its own record of who is connected."""
    if getattr(db, "is_server", False):
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
    who = others(db_path)
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
