"""PostgreSQL's ``pg_dump`` of the office's server (its custom format), named and
checked: the one place the program runs it, for ``backup`` on the command line
(:mod:`models.safety.server_backups`) and the window's start-of-day and exit backups
(:mod:`models.safety.backups`). The password is never on a command line: ``pg_dump``
reads it as the program does (``PGPASSWORD`` or the pgpass file)."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

from models.core.dialect import ServerAddress, parse
from models.core.errors import UserError

DUMP_SUFFIX = ".dump"
TIMEOUT_S = 6 * 3600

#: Said in the window's status bar when this computer cannot take the server's backups.
NO_TOOL = ("本机未找到 PostgreSQL 的 pg_dump 程序，本次没有在本机备份服务器数据库（数据都在服务器上，"
           "由管理员备份）。要在本机也留备份，请安装 PostgreSQL 客户端工具并把它所在的文件夹加入 PATH。")


def tool_found() -> bool:
    """Whether this computer can dump and check the server's database (``pg_dump`` and
    ``pg_restore`` on the PATH)."""
    return shutil.which("pg_dump") is not None and shutil.which("pg_restore") is not None


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise UserError(f"找不到 PostgreSQL 的 {name} 程序，无法备份或恢复服务器数据库。"
                        "请安装 PostgreSQL 客户端工具并把它所在的文件夹加入 PATH。")
    return found


def _connection_args(address: ServerAddress) -> list[str]:
    return ["--host", address.host, "--port", str(address.port), "--username", address.user, "--no-password"]


def _run(args: list[str], what: str) -> None:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UserError(f"{what}失败：{exc}") from exc
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"退出码 {done.returncode}"])[0]
        raise UserError(f"{what}失败：{reason}")


def dump(url: str, folder: Path, taken: dt.datetime) -> Path:
    """Dump the server database ``url`` into ``folder`` as ``<dbname>-YYYYMMDD-HHMMSS.dump``
    (``taken``: the computer's clock), written under a temporary name and read back by
    ``pg_restore --list`` before it gets its dated name; return it. No rotation here."""
    address = parse(url)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{address.dbname}-{taken:%Y%m%d-%H%M%S}{DUMP_SUFFIX}"
    n = 2
    while dest.exists():
        dest = folder / f"{address.dbname}-{taken:%Y%m%d-%H%M%S}-{n}{DUMP_SUFFIX}"
        n += 1
    part = dest.with_name(dest.name + ".part")
    schema = [] if address.schema == "public" else ["--schema", address.schema]
    try:
        _run([_tool("pg_dump"), "--format=custom", "--no-owner", *_connection_args(address), *schema,
              "--file", str(part), address.dbname], "服务器备份（pg_dump）")
        _run([_tool("pg_restore"), "--list", str(part)], "备份读回核对（pg_restore --list）")
        part.replace(dest)
    finally:
        part.unlink(missing_ok=True)
    return dest
