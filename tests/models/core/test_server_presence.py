"""Who has the server's database open, and who is saving: the program names its
connections (``application_name``) after the person and the computer, and reads them
back from ``pg_stat_activity`` and ``pg_locks``."""
from __future__ import annotations

import socket
import time

import pytest

from models.core import presence
from models.core.db import write_transaction
from models.core.dialect import WRITE_LOCK_KEY, connect_server, take_write_lock
from models.core.errors import DatabaseBusyError


def test_a_connections_name_says_who_where_and_which_process_in_63_bytes():
    name = presence.connection_name("张三", "PC-OFFICE-3", 4242)
    assert name == "ducha =5byg5LiJ@PC-OFFICE-3/4242"  # the server keeps only ASCII of a name
    assert presence.parse_connection_name(name) == ("张三", "PC-OFFICE-3", 4242)
    assert presence.parse_connection_name(presence.connection_name("clerk", "办公室电脑", 7)) == ("clerk", "办公室电脑", 7)
    long = presence.connection_name("欧阳" * 12, "DESKTOP-" + "X" * 40, 123456)
    assert len(long.encode("ascii")) <= 63 and long.endswith("/123456")
    user, host, pid = presence.parse_connection_name(long)
    assert user.startswith("欧阳") and host.startswith("DESKTOP-") and pid == 123456
    assert presence.parse_connection_name("psql") is None
    assert presence.parse_connection_name("ducha a@b/x") is None


def test_the_server_names_who_else_has_it_open_and_who_holds_the_writers_lock(db, db_address):
    if not getattr(db, "is_server", False):
        pytest.skip("PostgreSQL test: set DUCHA_TEST_PG=postgresql://user@host:port/dbname to run it")
    other = connect_server(db_address)
    try:
        presence.register_database(other, "李四")
        presence.register_database(db, "张三")
        assert presence.server_others(db) and presence.server_others(db)[0].user == "李四"
        assert [h.user for h in presence.server_others(other)] == ["张三"]
        assert presence.server_writer(db, WRITE_LOCK_KEY) is None
        with other.atomic():
            take_write_lock(other, 5)
            writer = presence.server_writer(db, WRITE_LOCK_KEY)
            assert (writer.user, writer.host) == ("李四", socket.gethostname())
            with pytest.raises(DatabaseBusyError) as refused, write_transaction(wait_s=1):
                pytest.fail("the lock is held by 李四")
        text = refused.value.message
        assert "“李四”" in text and socket.gethostname() in text and "没有保存" in text
        with write_transaction(wait_s=1):  # once 李四 has saved, the lock is free again
            pass
    finally:
        other.close()
    for _ in range(100):  # a closed connection leaves pg_stat_activity as its process ends
        if not presence.server_others(db):
            break
        time.sleep(0.1)
    assert presence.server_others(db) == []
