"""Backups of the office's server (服务器备份): PostgreSQL's ``pg_dump`` in its custom
format, rotated as the files' backups are, and ``pg_restore`` into an empty database.

A dump is written under a temporary name, read back by ``pg_restore --list`` and only
then given its dated name ``<dbname>-YYYYMMDD-HHMMSS.dump``; the rotation
(:func:`models.safety.backups.prune`, each deletion audited) keeps the same days,
weeks and months. A restore goes only into a database without tables, in one
transaction, and is verified afterwards: the audit chain and every record's digest.
The password is never on a command line: ``pg_dump`` reads it as the program does
(``PGPASSWORD`` or the pgpass file).
"""
from __future__ import annotations

from pathlib import Path

from models.core.actors import Actor, Permission, require
from models.core.dialect import connect_server, parse
from models.core.errors import UserError
from models.safety import backups
from models.safety.dumps import _connection_args, _run, _tool, dump


def take_server_backup(actor: Actor, url: str, folder: Path, rotate: bool = True) -> Path:
    """Dump the server database ``url`` into ``folder`` now and rotate; return the dump."""
    require(actor, Permission.WRITE)
    dest = dump(url, folder, backups._clock())
    if rotate:
        backups.prune(actor, url, folder)
    return dest


def restore_server_backup(dump: Path, url: str) -> int:
    """Restore ``dump`` into the empty server database ``url`` and verify it; return
    the number of audit rows checked. Refuses a database that has tables."""
    from models.core import record_check
    from models.core.db import close_database
    from models.core.schema import open_database

    dump = Path(dump)
    if not dump.is_file():
        raise UserError(f"找不到备份文件“{dump}”。")
    address = parse(url)
    target = connect_server(url)
    try:
        if target.get_tables():
            raise UserError(f"服务器数据库 {address.url} 不是空的。为免覆盖其中的数据，没有恢复。"
                            "请新建一个空数据库，恢复到那里。")
    finally:
        target.close()
    _run([_tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
          *_connection_args(address), "--dbname", address.dbname, str(dump)], "服务器恢复（pg_restore）")
    close_database()
    open_database(url)
    try:
        result = record_check.check()
    finally:
        close_database()
    if result.chain or result.differences or result.bulk_problems:
        raise UserError(f"已恢复到 {address.url}，但核对未通过（审计链或记录与审计记录不符）。"
                        "请不要使用这个数据库，改用更早的备份。")
    return result.audit_rows
