"""The office's server: a PostgreSQL database that speaks to the program as SQLite does.

``--db`` and the settings take ``postgresql://user@host:port/dbname`` (``?schema=NAME``
for a schema other than ``public``) as well as a file. The password is never part of
the address: the server's driver reads it from the environment (``PGPASSWORD``) or
the protected password file (``~/.pgpass``, on Windows ``%APPDATA%\\postgresql\\pgpass.conf``),
or the caller passes it once to :func:`connect_server`; it is kept only in the open
connection's parameters, never logged nor written anywhere.

:class:`ServerDatabase` hands every statement to
:func:`models.migrations.postgresql.translate` and answers the few ``PRAGMA``s the
program asks (table columns, foreign keys, change counters) from PostgreSQL's
catalogue, so that models, steps and hand-written queries run unchanged. Writers take
one advisory lock per transaction (:func:`take_write_lock`): like SQLite's
``BEGIN IMMEDIATE``, one writer at a time, so the audit chain and the registers'
numbers never see a second writer half-way.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import re
import socket
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import peewee

from models.core.errors import ConnectionLostError, DatabaseBusyError, DatabaseOpenError
from models.core.peek import SCHEMES, is_server  # noqa: F401 - defined without peewee, for the window's start
from models.migrations.postgresql import placeholders, translate

#: The advisory lock every writer holds for its transaction (a fixed number: "ducha").
WRITE_LOCK_KEY = 0x6475636861


@dataclass(frozen=True)
class ServerAddress:
    """Where the office's database is; never holds a password."""

    host: str
    port: int
    user: str
    dbname: str
    schema: str = "public"

    @property
    def url(self) -> str:
        tail = "" if self.schema == "public" else f"?schema={self.schema}"
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.dbname}{tail}"

    def __str__(self) -> str:
        return self.url


_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def parse(url: str) -> ServerAddress:
    """``postgresql://user@host:port/dbname[?schema=NAME]`` as a :class:`ServerAddress`.

    An address with a password in it is refused: it would end up in shortcuts, logs and
    the settings file.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("postgresql", "postgres"):
        raise DatabaseOpenError(f"“{url}”不是 PostgreSQL 数据库地址。")
    if parts.password is not None:
        raise DatabaseOpenError(
            "数据库地址中不能写密码（它会留在快捷方式、日志和设置里）。请去掉地址中的密码，"
            "改用环境变量 PGPASSWORD 或受保护的密码文件（pgpass）提供密码。")
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname:
        raise DatabaseOpenError(f"数据库地址“{url}”缺少数据库名，应写作 postgresql://用户@服务器:端口/数据库名。")
    schema = parse_qs(parts.query).get("schema", ["public"])[0]
    if not _NAME.match(schema):
        raise DatabaseOpenError(f"数据库地址中的 schema“{schema}”不是有效的名称（只能用字母、数字和下划线）。")
    return ServerAddress(host=parts.hostname or "localhost", port=parts.port or 5432,
                         user=unquote(parts.username or "") or "postgres", dbname=dbname, schema=schema)


# ------------------------------------------------------------------ values as SQLite has them

def _register_adapters() -> None:
    """Write days, times and yes/no as the SQLite files hold them: ISO text and 1/0."""
    from psycopg2.extensions import AsIs, register_adapter

    register_adapter(bool, lambda v: AsIs("1" if v else "0"))
    register_adapter(dt.date, lambda v: AsIs(f"'{v.isoformat()}'"))
    register_adapter(dt.datetime, lambda v: AsIs(f"'{v.isoformat(' ')}'"))


def sqlite_number(value: str | None, _cursor: Any = None) -> int | float | None:
    """A ``NUMERIC`` the server computed (a sum over ``BIGINT``, an average) as SQLite
    gives it: a whole sum as ``int``, anything with a fraction as ``float``."""
    if value is None:
        return None
    return float(value) if any(c in value for c in ".eEN") else int(value)


def _register_readers(conn: Any) -> None:
    """Read ``BYTEA`` as bytes and ``NUMERIC`` as SQLite's driver returns numbers."""
    import psycopg2
    from psycopg2.extensions import new_type, register_type

    def as_bytes(value, cur):
        raw = psycopg2.BINARY(value, cur)
        return None if raw is None else bytes(raw)

    register_type(new_type(psycopg2.BINARY.values, "DUCHA_BYTES", as_bytes), conn)
    register_type(new_type(psycopg2.extensions.DECIMAL.values, "DUCHA_NUMBER", sqlite_number), conn)


# ------------------------------------------------------------------ the PRAGMAs the program asks

_TABLE_INFO = """
SELECT c.ordinal_position - 1, c.column_name,
       CASE c.data_type WHEN 'bytea' THEN 'BLOB' WHEN 'double precision' THEN 'REAL' ELSE upper(c.data_type) END,
       CASE c.is_nullable WHEN 'NO' THEN 1 ELSE 0 END, c.column_default,
       COALESCE((SELECT k.ordinal_position FROM information_schema.table_constraints t
                 JOIN information_schema.key_column_usage k
                   ON k.constraint_name = t.constraint_name AND k.table_schema = t.table_schema
                 WHERE t.table_schema = c.table_schema AND t.table_name = c.table_name
                   AND t.constraint_type = 'PRIMARY KEY' AND k.column_name = c.column_name), 0)
FROM information_schema.columns c
WHERE c.table_schema = current_schema() AND c.table_name = %s ORDER BY c.ordinal_position"""

_FOREIGN_KEYS = """
SELECT (row_number() OVER (ORDER BY con.conname))::INT - 1, 0, parent.relname, a1.attname, a2.attname,
       'NO ACTION',
       CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT'
                            WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END, 'NONE'
FROM pg_constraint con
JOIN pg_class child ON child.oid = con.conrelid
JOIN pg_namespace ns ON ns.oid = child.relnamespace
JOIN pg_class parent ON parent.oid = con.confrelid
JOIN pg_attribute a1 ON a1.attrelid = con.conrelid AND a1.attnum = con.conkey[1]
JOIN pg_attribute a2 ON a2.attrelid = con.confrelid AND a2.attnum = con.confkey[1]
WHERE con.contype = 'f' AND child.relname = %s AND ns.nspname = current_schema()"""

_PRAGMA = re.compile(r'^\s*PRAGMA\s+(\w+)\s*(?:\(\s*"?(\w+)"?\s*\))?\s*;?\s*$', re.I)
_STATEMENTS = {
    # moves whenever anything is written on the server (SQLite's moves when another
    # connection commits): a cache keyed by it is at worst refreshed once too often
    "data_version": "SELECT pg_current_wal_insert_lsn()::TEXT",
    "schema_version": ("SELECT COUNT(*) * 1000 + COALESCE(SUM(ordinal_position), 0) FROM information_schema.columns "
                       "WHERE table_schema = current_schema()"),
}


def pragma(sql: str) -> tuple[str, tuple] | None:
    """A ``PRAGMA`` the program asks, as a query answering in SQLite's columns (or ``None``)."""
    m = _PRAGMA.match(sql)
    if m is None:
        return None
    name, arg = m.group(1).lower(), m.group(2)
    if name == "table_info" and arg:
        return _TABLE_INFO, (arg,)
    if name == "foreign_key_list" and arg:
        return _FOREIGN_KEYS, (arg,)
    if name in _STATEMENTS:
        return _STATEMENTS[name], ()
    raise peewee.NotSupportedError(f"PRAGMA {name} has no PostgreSQL counterpart")


def lost_connection(address: ServerAddress) -> ConnectionLostError:
    """What the clerk reads when the server went away: nothing was half-written, the form
    keeps what was typed, save again once the server is back."""
    return ConnectionLostError(
        f"与数据库服务器 {address.host}:{address.port} 的连接已中断，这次的操作没有完成"
        f"（服务器不会留下写了一半的内容）。{ConnectionLostError.FORM_KEPT}"
        "若长时间不能恢复，请联系管理员检查服务器和网络。")


def commit_uncertain(address: ServerAddress) -> ConnectionLostError:
    """The connection went away during the last step of a save: whether the server took
    it cannot be known here, so the clerk looks before saving again (never twice)."""
    return ConnectionLostError(
        f"与数据库服务器 {address.host}:{address.port} 的连接在保存的最后一步中断，无法确定这次保存是否已完成。"
        "您正在填写的内容仍保留在窗口中。等状态栏显示“已重新连接”后，请先刷新查看：已经保存的，不要再保存一次；"
        "没有保存的，再点保存。")


class _Cursor:
    """psycopg's cursor taking SQLite's SQL (see the module's docstring)."""

    def __init__(self, cursor: Any, db: ServerDatabase | None = None) -> None:
        self._cursor = cursor
        self._db = db

    @contextlib.contextmanager
    def _lost_said(self):
        """A statement cut by the server going away raises :class:`ConnectionLostError`."""
        try:
            yield
        except Exception as exc:
            if self._db is not None and self._db.connection_lost():
                raise lost_connection(self._db.address) from exc
            raise

    def _prepare(self, sql: str, params: Any) -> tuple[str, Any]:
        found = pragma(sql)
        if found is not None:
            return found
        sql, had = placeholders(translate(sql))
        if not had and not params:
            params = None
        elif params is not None and not isinstance(params, (dict, tuple, list)):
            params = tuple(params)
        return sql, params

    def execute(self, sql: str, params: Any = None) -> _Cursor:
        prepared = self._prepare(sql, params)
        with self._lost_said():
            self._cursor.execute(*prepared)
        return self

    def executemany(self, sql: str, seq: Any) -> _Cursor:
        seq = list(seq)
        if seq:
            from psycopg2.extras import execute_batch

            prepared, _ = self._prepare(sql, seq[0])
            with self._lost_said(), peewee.__exception_wrapper__:  # refusals as peewee's errors
                execute_batch(self._cursor, prepared, seq, page_size=500)
        return self

    @property
    def lastrowid(self) -> int | None:
        """The number the last ``INSERT`` drew (SQLite's rowid of a ``SERIAL`` key)."""
        with self._lost_said():
            self._cursor.execute("SELECT lastval()")
            return self._cursor.fetchone()[0]

    def __iter__(self):
        return iter(self._cursor)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


#: A server switched off or cut from the network sends no "connection closed": without
#: these the window would wait for the operating system's TCP timeout (many minutes on
#: Linux) before saying so. Idle connections are probed after 10 s (every 5 s, 3 times);
#: a statement whose data the server does not acknowledge within 15 s fails (where the
#: system has TCP_USER_TIMEOUT; elsewhere libpq ignores it).
DEAD_SERVER_TIMEOUTS = dict(keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3,
                            tcp_user_timeout=15000)


class ServerDatabase(peewee.PostgresqlDatabase):
    """The office's PostgreSQL database (one connection per thread, like SQLite's).

    When the server goes away, the statement that meets the closed connection raises
    :class:`ConnectionLostError` (the server has rolled back the transaction it cut, so
    rolling back here is skipped); the next use outside a transaction drops the dead
    connection and connects again — or raises the same error while the server is still
    gone.
    """

    is_server = True
    _was_connected = False

    def __init__(self, address: ServerAddress, password: str | None = None, **kwargs: Any) -> None:
        self.address = address
        params = dict(host=address.host, port=address.port, user=address.user,
                      application_name="ducha-workbench", connect_timeout=10, **DEAD_SERVER_TIMEOUTS)
        if address.schema != "public":
            params["options"] = f"-c search_path={address.schema},public"
        if password:
            params["password"] = password
        super().__init__(address.dbname, **params, **kwargs)

    def _connect(self) -> Any:
        try:
            conn = super()._connect()
        except Exception as exc:
            if self._was_connected:  # it was there when the program started: it went away
                raise lost_connection(self.address) from exc
            raise
        self._was_connected = True
        _register_readers(conn)
        return conn

    def connection_lost(self) -> bool:
        """Whether this thread's connection was closed under it (the server went away)."""
        conn = self._state.conn
        return conn is not None and bool(getattr(conn, "closed", 0))

    def cursor(self, named_cursor: Any = None) -> _Cursor:  # noqa: ARG002 - peewee's signature
        if self.connection_lost():
            if self.in_transaction():  # the server rolled this transaction back
                raise lost_connection(self.address)
            with contextlib.suppress(Exception):
                self._state.conn.close()
            self._state.reset()  # the dead connection goes; the next line connects anew
        return _Cursor(super().cursor(), self)

    def rollback(self) -> None:
        if self.connection_lost():
            return  # the server rolled back what the lost connection had begun
        super().rollback()

    def commit(self) -> None:
        if self.connection_lost():
            # Never COMMIT on a new connection: what the lost one wrote is gone.
            raise lost_connection(self.address)
        try:
            super().commit()
        except Exception as exc:
            if self.connection_lost():
                # Cut while the COMMIT was on its way: the server may have taken it.
                raise commit_uncertain(self.address) from exc
            raise

    def reachable(self, timeout_s: float = 0.5) -> bool:
        """Whether the server's port answers (a quick look before reconnecting, which
        could hold the window for the driver's whole connect timeout)."""
        try:
            with socket.create_connection((self.address.host, self.address.port), timeout=timeout_s):
                return True
        except OSError:
            return False

    def get_tables(self, schema: str | None = None) -> list[str]:
        return super().get_tables(schema=schema or self.address.schema)

    def get_indexes(self, table: str, schema: str | None = None) -> list:
        return super().get_indexes(table, schema=schema or self.address.schema)

    def get_columns(self, table: str, schema: str | None = None) -> list:
        return super().get_columns(table, schema=schema or self.address.schema)

    def __str__(self) -> str:
        return self.address.url


def connect_server(url: str, password: str | None = None) -> ServerDatabase:
    """Connect to the office's server; a refusal is said in Chinese, without the password."""
    address = parse(url)
    try:
        import psycopg2  # noqa: F401 - the optional [postgresql] extra
    except ImportError as exc:
        raise DatabaseOpenError(
            "本程序未安装 PostgreSQL 驱动（psycopg2），不能连接服务器数据库。请安装 ducha-workbench[postgresql]。"
        ) from exc
    _register_adapters()
    db = ServerDatabase(address, password=password)
    try:
        db.connect()
    except peewee.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseOpenError(
            f"无法连接数据库服务器 {address.host}:{address.port} 上的数据库“{address.dbname}”（用户 {address.user}）："
            f"{reason}\n请确认服务器已开启、网络可达，密码由环境变量 PGPASSWORD 或 pgpass 文件提供。") from exc
    if address.schema != "public":
        db.execute_sql(f'CREATE SCHEMA IF NOT EXISTS "{address.schema}"')
    return db


_PG_KEY = re.compile(r"Key \((.*?)\)=\((.*?)\)", re.S)
_PG_COLUMN = re.compile(r'null value in column "(\w+)"')


def integrity_problem(exc: Exception) -> tuple[str, str]:
    """What a refused write broke, from either backend's message: ``("unique", what)``,
    ``("foreign_key", "")``, ``("not_null", column)`` or ``("other", message)``."""
    text = str(exc)
    if "UNIQUE" in text:
        return "unique", text.split(":", 1)[-1].strip()
    if "duplicate key value" in text:
        m = _PG_KEY.search(text)
        return "unique", f"{m.group(1)} = {m.group(2)}" if m else text.strip()
    if "FOREIGN KEY" in text or "foreign key constraint" in text:
        return "foreign_key", ""
    if "NOT NULL" in text:
        return "not_null", text.split(":", 1)[-1].strip()
    if "not-null constraint" in text:
        m = _PG_COLUMN.search(text)
        return "not_null", m.group(1) if m else text.strip()
    return "other", text


def take_write_lock(db: peewee.Database, wait_s: float) -> None:
    """Within a transaction on the server: wait up to ``wait_s`` seconds for the
    office-wide writer's lock (then PostgreSQL's "lock timeout" error).

    When another program holds it, who that is (person, computer: the connection's name,
    :func:`models.core.presence.name_connections`) is read first, so that a wait that
    times out says whom to ask (:class:`DatabaseBusyError`)."""
    if db.execute_sql(f"SELECT pg_try_advisory_xact_lock({WRITE_LOCK_KEY})").fetchone()[0]:
        return
    from models.core import presence

    holder = presence.server_writer(db, WRITE_LOCK_KEY)
    others = presence.server_holders_hint(db)
    db.execute_sql(f"SET LOCAL lock_timeout = {max(1, int(wait_s * 1000))}")
    try:
        db.execute_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    except peewee.OperationalError as exc:
        if "lock timeout" not in str(exc) or holder is None:
            raise
        raise DatabaseBusyError(
            f"数据库服务器上{holder.describe()}正在保存，已等待 {wait_s:.0f} 秒仍未完成。"
            + others + "这次的修改没有保存。请稍后重试，或请这位同事完成手头的保存。") from exc
    db.execute_sql("SET LOCAL lock_timeout = 0")
