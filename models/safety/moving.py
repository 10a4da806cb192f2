"""Moving an office onto its server (``migrate-to``): a whole SQLite file copied into an
empty PostgreSQL database, and proved the same.

The file is first checked in full and brought to this program's version; the server
gets the same numbered steps (:mod:`models.migrations.postgresql`), then — in one
transaction, references checked at its commit — every row of every table, the audit
log and its head as they are, so that the hash chain and every record's digest still
verify there. The search index is not copied: the server's triggers mark every record
and it is cut anew on the first search. Afterwards every table's count and every
record's digest on the server are compared with the file's.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from models.core import digests
from models.core.db import advance_ids, close_database, db_proxy
from models.core.errors import UserError

#: Tables the server builds for itself: the search index (FTS5 in a file).
NOT_COPIED = ("search_doc", "search_entry", "search_dirty")
_BATCH = 2000


@dataclass(frozen=True)
class Moved:
    """What was copied: rows by table, and the records whose digests were compared."""

    counts: dict[str, int]
    records: int

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _tables(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not r[0].startswith(("sqlite_", *NOT_COPIED))]


def _digest_map(db: peewee.Database) -> dict[str, list[tuple[str, str]]]:
    db_proxy.initialize(db)
    return {table: list(digests.table_digests(table)) for table in digests.specs()}


def copy_to_server(source: Path, url: str, progress: Callable[[str], None] | None = None) -> Moved:
    """Copy the database file ``source`` into the empty server database ``url``; return
    what was copied. Refuses a server database that already has tables. The tables are
    made and the rows committed before the digests are compared, so a move that fails
    after it began leaves the server database no longer empty: the message says so and
    asks for a new empty database (the file itself is never changed)."""
    from models.core.dialect import connect_server
    from models.core.schema import open_database, upgrade

    say = progress or (lambda _text: None)
    source = Path(source)
    if not source.is_file():
        raise UserError(f"找不到要迁移的数据库文件“{source}”。请用 --db 指定本室的数据库文件。")
    say(f"检查并升级数据库文件 {source}")
    close_database()
    src = open_database(source, check_integrity="full")
    target = connect_server(url)
    try:
        if target.get_tables():
            raise UserError(f"服务器数据库 {target.address.url} 不是空的（已有 {len(target.get_tables())} 张表）。"
                            "为免覆盖其中的数据，没有迁移。请指定一个新建的空数据库。")
        say(f"在服务器上建立数据表：{target.address.url}")
        try:
            db_proxy.initialize(target)
            upgrade(target, url, keep_copy=False)
            con = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
            try:
                counts = _copy_rows(con, target, say)
            finally:
                con.close()
            say("比较两边每条记录的摘要")
            theirs = _digest_map(target)
            mine = _digest_map(src)
            for table, rows in mine.items():
                if theirs.get(table) != rows:
                    raise UserError(f"迁移后核对不符：表 {table} 的记录在服务器上与文件中不同。请把此情况告知管理员。")
        except Exception as exc:
            raise UserError(f"迁移没有完成：{exc}\n服务器数据库 {target.address.url} 中已建了部分数据表，不能再作迁移目标："
                            "请管理员删除它、新建一个空数据库后重新迁移。本机的数据库文件没有改动。") from exc
        return Moved(counts, sum(len(r) for r in mine.values()))
    finally:
        db_proxy.initialize(None)
        src.close()
        target.close()


def _copy_rows(con: sqlite3.Connection, target: peewee.Database, say: Callable[[str], None]) -> dict[str, int]:
    server_tables = set(target.get_tables())
    tables = _tables(con)
    missing = [t for t in tables if t not in server_tables]
    if missing:
        raise UserError(f"服务器上缺少数据表：{'、'.join(missing)}。请用与文件同一版本的督查工作台迁移。")
    counts: dict[str, int] = {}
    with target.atomic():
        target.execute_sql("SET CONSTRAINTS ALL DEFERRED")
        for table in tables:  # what the steps seeded (calendar, baseline) gives way to the file's
            target.execute_sql(f'DELETE FROM "{table}"')
        for table in tables:
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in columns)
            insert = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
            cursor = con.execute(f'SELECT {names} FROM "{table}"')
            n = 0
            while batch := cursor.fetchmany(_BATCH):
                target.cursor().executemany(insert, batch)
                n += len(batch)
            counts[table] = n
            say(f"  {table}：{n} 行")
            if "id" in columns:
                advance_ids(table, db=target)
        for table in tables:
            have = target.execute_sql(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
            if have != counts[table]:
                raise UserError(f"迁移后核对不符：表 {table} 在服务器上有 {have} 行，文件中有 {counts[table]} 行。")
    return counts
