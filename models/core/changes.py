"""What other programs on the same database changed: the audit log as a change counter.

Every state change writes its audit row in its own transaction (``models/core/workflow.py``),
so the log's highest id moves exactly when something was written, by this program or by
another clerk's on the same file or server. :func:`change_counter` is one indexed read,
cheap enough for a window to ask every few seconds; :func:`changes_since` says who wrote
what since a counter the window saw, leaving out the rows this program wrote itself
(:func:`note_own`, called by :mod:`models.core.audit` as it appends).
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass

from models.core.actors import LOCAL_ACTOR
from models.core.db import CHANGES_CHANNEL, database, on_server

# The own rows by database (a window switched to the demonstration and back keeps apart
# what it wrote in each).
_own: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_own_lock = threading.Lock()
_watching = False
#: At most this many own rows are remembered between two questions (an import writing
#: more is at worst taken for another's change once: one refresh too many).
OWN_KEPT = 10_000


def watch() -> None:
    """From now on remember this program's own audit rows (a window that asks
    :func:`changes_since` calls this; the command line never does, so a long import
    keeps nothing)."""
    global _watching
    _watching = True


def note_own(audit_id: int) -> None:
    """Remember that this program wrote audit row ``audit_id`` (its own change) — once
    its transaction commits: the id of a row rolled back is drawn again, perhaps by
    another program."""
    if not _watching:
        return
    db = database()

    def remember() -> None:
        with _own_lock:
            mine = _own.setdefault(db, set())
            if len(mine) >= OWN_KEPT:
                mine.discard(min(mine))
            mine.add(int(audit_id))

    db.after_commit(remember)


def change_counter() -> int:
    """The audit log's highest id (0 for an empty log): moves with every write."""
    row = database().execute_sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()
    return int(row[0])


@dataclass(frozen=True)
class Changes:
    """What was written after a counter: the new counter, and who wrote in which tables
    (other programs only; empty when all of it was this program's own). A caller that
    takes ``counter`` as seen passes it next time: the own rows up to it are then forgotten."""

    counter: int
    actors: tuple[str, ...] = ()
    tables: tuple[str, ...] = ()

    @property
    def by_others(self) -> bool:
        return bool(self.tables)


def changes_since(seen: int) -> Changes:
    """The changes after ``seen`` written by other programs. A counter that went back
    (the file was restored from a backup) counts as a change of everything
    (``tables`` holds ``"*"``)."""
    db = database()
    counter = change_counter()
    if counter == seen:
        return Changes(counter)
    if counter < seen:
        return Changes(counter, (), ("*",))
    with _own_lock:
        mine = _own.setdefault(db, set())
        mine.difference_update([i for i in mine if i <= seen])  # the caller has moved past them
        own = sorted(i for i in mine if i <= counter)
    mine = "" if not own else " AND id NOT IN (" + ", ".join("?" * len(own)) + ")"
    rows = db.execute_sql(
        f"SELECT actor, table_name, MAX(id) FROM audit_log WHERE id > ? AND id <= ?{mine} GROUP BY actor, table_name",
        (seen, counter, *own)).fetchall()
    actors = tuple(dict.fromkeys(r[0] for r in sorted(rows, key=lambda r: -r[2])))
    tables = tuple(sorted({r[1] for r in rows}))
    if LOCAL_ACTOR.name in actors and on_server(db):
        actors = tuple(_local_named(db) if a == LOCAL_ACTOR.name else a for a in actors)
    return Changes(counter, actors, tables)


def _local_named(db) -> str:
    """On a server without accounts every clerk is 本机用户: named with the computers
    connected as 本机用户 now (:func:`models.core.presence.local_named`)."""
    from models.core import presence

    try:
        others = presence.server_others(db)
    except Exception:  # noqa: BLE001 — the server gone just now: the poll's next read says so
        others = []
    return presence.local_named([h.host for h in others if h.user == LOCAL_ACTOR.name])


class Listener:
    """On the server, a connection of its own that hears every write transaction commit
    (``NOTIFY`` from :func:`models.core.db.write_transaction`), so a window can ask
    :func:`changes_since` at once instead of at its next poll. Watch :meth:`fileno`
    for reading, then call :meth:`heard`. ``None`` from :meth:`open` on a file."""

    def __init__(self, conn, address) -> None:
        self._conn, self._address = conn, address

    @classmethod
    def open(cls) -> Listener | None:
        db = database()
        if not on_server(db):
            return None
        conn = db._connect()  # the same address and password, outside peewee's pool of one
        conn.cursor().execute(f"LISTEN {CHANGES_CHANNEL}")
        return cls(conn, db.address)

    def fileno(self) -> int:
        return self._conn.fileno()

    def heard(self) -> bool:
        """Whether a commit was announced since the last call (raises
        :class:`~models.core.errors.ConnectionLostError` once the server has gone away)."""
        from models.core.dialect import lost_connection

        try:
            self._conn.poll()
        except Exception as exc:
            if self._conn.closed:
                raise lost_connection(self._address) from exc
            raise
        found = bool(self._conn.notifies)
        self._conn.notifies.clear()
        return found

    def close(self) -> None:
        self._conn.close()
