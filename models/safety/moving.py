"""Moving an office onto its server (``migrate-to``): a whole SQLite file copied into an
empty PostgreSQL database, and proved the same.

The file is first checked in full and brought to this program's version; the server
gets the same numbered steps (:mod:`models.migrations.postgresql`), then — in one
transaction, references checked at its commit — every row of every table, the audit
log and its head as they are, so that the hash chain and every record's digest still
verify there. The search index is not copied: the server's triggers mark every record
and it is cut anew on the first search. Afterwards every table's count and every
record's digest on the server are compared with the file's. Last, the attachments' and
research reports' files from the folder beside the file are carried into the server's
``stored_file`` (:mod:`models.core.file_store`: on the server every clerk must see them),
each checked against the SHA-256 its record holds and written with its audit row.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from models.core import digests, file_store
from models.core.actors import LOCAL_ACTOR, Actor, Permission
from models.core.db import advance_ids, close_database, db_proxy
from models.core.errors import UserError
from models.core.paths import attachments_dir_for
from models.core.workflow import workflow

#: Tables the server builds for itself: the search index (FTS5 in a file).
NOT_COPIED = ("search_doc", "search_entry", "search_dirty")
_BATCH = 2000


@dataclass(frozen=True)
class Moved:
    """What was copied: rows by table, and the records whose digests were compared."""

    counts: dict[str, int]
    records: int
    #: attachments' and reports' files carried into the server's ``stored_file``
    files: int = 0
    #: what could not be carried (its file missing beside the database, or changed), in Chinese
    not_carried: tuple[str, ...] = ()

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def _tables(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not r[0].startswith(("sqlite_", *NOT_COPIED))]


def _digest_map(db: peewee.Database) -> dict[str, list[tuple[str, str]]]:
    db_proxy.initialize(db)
    return {table: list(digests.table_digests(table)) for table in digests.specs()}


def copy_to_server(source: Path, url: str, progress: Callable[[str], None] | None = None,
                   actor: Actor = LOCAL_ACTOR) -> Moved:
    """Copy the database file ``source`` into the empty server database ``url``; return
    what was copied. Refuses a server database that already has tables. The tables are
    made and the rows committed before the digests are compared, so a move that fails
    after it began leaves the server database no longer empty: the message says so and
    asks for a new empty database (the file itself is never changed). ``actor`` (an
    administrator) is who the carried files' audit rows name."""
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
            files, not_carried = _carry_files(source, src, target, actor, say)
        except Exception as exc:
            raise UserError(f"迁移没有完成：{exc}\n服务器数据库 {target.address.url} 中已建了部分数据表，不能再作迁移目标："
                            "请管理员删除它、新建一个空数据库后重新迁移。本机的数据库文件没有改动。") from exc
        return Moved(counts, sum(len(r) for r in mine.values()), files, tuple(not_carried))
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


@workflow(Permission.ADMIN)
def _keep_all(actor: Actor, found: list[tuple[str, str, Path]]) -> None:
    for name, digest, path in found:
        file_store.keep(actor, path, name, digest, path.parent)


def _carry_files(source: Path, src: peewee.Database, target: peewee.Database, actor: Actor,
                 say: Callable[[str], None]) -> tuple[int, list[str]]:
    """Carry the files the file's records name (attachments, reports) from the folder
    beside it into the server's ``stored_file``; return how many, and what could not be
    (missing beside the file, or no longer matching its record's SHA-256)."""
    folder = attachments_dir_for(source)
    found: list[tuple[str, str, Path]] = []
    not_carried: list[str] = []
    for name, digest, whose in file_store.owned(src):
        path = folder / name
        if not path.is_file():
            not_carried.append(f"{whose}的文件“{name}”在 {folder} 中找不到，没有带到服务器。")
        elif file_store.sha256_of(path) != digest:
            not_carried.append(f"{whose}的文件“{name}”与登记的校验值不符，没有带到服务器。")
        else:
            found.append((name, digest, path))
    say(f"把 {len(found)} 个附件和调研报告的文件存入服务器数据库")
    db_proxy.initialize(target)
    _keep_all(actor, found)
    problems = file_store.problems([(n, d, n) for n, d, _p in found])
    if problems:
        raise UserError("附件内容核对不符：" + problems[0])
    return len(found), not_carried

