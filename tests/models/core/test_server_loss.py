"""Losing the server mid-session: a clear error, nothing half-written, reconnected after.

Runs on a PostgreSQL cluster of its own (``tests/pg_cluster.py``), which it stops and
starts; the shared test server is never touched.
"""
from __future__ import annotations

import pytest

from models.core import changes, record_check
from models.core.audit import AuditLog
from models.core.db import database, server_reachable, write_transaction
from models.core.errors import ConnectionLostError
from models.reference.directory import Unit, UnitData, save_unit
from tests.pg_cluster import migrated_database, own_cluster


@pytest.fixture(scope="module")
def cluster():
    yield from own_cluster()


@pytest.fixture
def server_db(cluster, monkeypatch, tmp_path):
    yield from migrated_database(cluster, monkeypatch, tmp_path)


def _units() -> set[str]:
    return {u.name for u in Unit.select()}


def test_a_write_while_the_server_is_stopped_fails_clearly_and_the_next_one_reconnects(cluster, server_db, clerk):
    save_unit(clerk, UnitData("市住建委", "住建委"))
    written = AuditLog.select().count()
    cluster.stop()
    try:
        with pytest.raises(ConnectionLostError) as info:
            save_unit(clerk, UnitData("市水利局", "水利"))
        assert "连接已中断" in info.value.message and "服务器恢复后再点保存" in info.value.message
        with pytest.raises(ConnectionLostError):  # a list refresh, a poll: the same message
            changes.change_counter()
        assert not server_reachable()
    finally:
        cluster.start()
    assert server_reachable()
    assert _units() == {"市住建委"}  # the reconnected read: nothing of the failed save
    assert AuditLog.select().count() == written
    save_unit(clerk, UnitData("市水利局", "水利"))
    assert _units() == {"市住建委", "市水利局"}
    assert record_check.check().ok


def test_a_transaction_cut_by_the_loss_leaves_nothing_half_written(cluster, server_db, clerk):
    save_unit(clerk, UnitData("市住建委", "住建委"))
    written = AuditLog.select().count()
    try:
        with pytest.raises(ConnectionLostError), write_transaction():
            save_unit(clerk, UnitData("市水利局", "水利"))  # written and audited, not committed
            cluster.stop()
            save_unit(clerk, UnitData("市财政局", "财政"))
        assert not database().in_transaction()
    finally:
        if not server_reachable():
            cluster.start()
    assert _units() == {"市住建委"}
    assert AuditLog.select().count() == written
    save_unit(clerk, UnitData("市财政局", "财政"))
    assert record_check.check().ok


def test_a_commit_after_the_connection_was_lost_is_never_taken_for_saved(cluster, server_db, clerk):
    # The server went away and came back between a transaction's statements and its
    # COMMIT: committing on a new connection would "succeed" with nothing saved.
    import contextlib

    try:
        with pytest.raises(ConnectionLostError), write_transaction():
            save_unit(clerk, UnitData("市水利局", "水利"))
            cluster.stop()
            with contextlib.suppress(ConnectionLostError):  # a caller that carried on
                database().execute_sql("SELECT 1")
            cluster.start()
    finally:
        if not server_reachable():
            cluster.start()
    assert _units() == set()
    save_unit(clerk, UnitData("市水利局", "水利"))
    assert _units() == {"市水利局"}
    assert record_check.check().ok


def test_a_server_gone_silent_is_noticed_within_seconds_not_at_the_systems_tcp_timeout(server_db):
    # Switched off or unplugged, a server never says "closed": the connection asks the
    # system to probe it and to give up on unacknowledged data after 15 s.
    used = server_db.connection().get_dsn_parameters()
    assert (used["keepalives"], used["keepalives_idle"], used["keepalives_interval"], used["keepalives_count"]) == (
        "1", "10", "5", "3")
    assert used["tcp_user_timeout"] == "15000"
