"""The change counter: another program's write is seen, this program's own is not."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.core import changes
from models.reference.directory import UnitData, save_unit

ROOT = Path(__file__).resolve().parents[3]

OTHER_WRITES = """
import sys
sys.path.insert(0, {root!r})
from models.core.actors import Actor, Role
from models.core.schema import open_database
from models.reference.directory import UnitData, save_unit
open_database({db!r})
save_unit(Actor("张三", Role.CLERK), UnitData("市水利局", "水利"))
"""


def test_the_counter_moves_with_every_write(db, clerk):
    before = changes.change_counter()
    save_unit(clerk, UnitData("市住建委", "住建委"))
    after = changes.change_counter()
    assert after > before
    assert changes.changes_since(after).counter == after
    assert not changes.changes_since(after).by_others


def test_another_programs_write_is_named_and_this_programs_own_is_not(db, db_address, clerk):
    changes.watch()
    seen = changes.change_counter()
    save_unit(clerk, UnitData("市住建委", "住建委"))
    own = changes.changes_since(seen)
    assert own.counter > seen and not own.by_others  # only this program wrote
    subprocess.run([sys.executable, "-c", OTHER_WRITES.format(root=str(ROOT), db=db_address)], check=True)
    theirs = changes.changes_since(seen)
    assert theirs.by_others
    assert theirs.actors == ("张三",) and theirs.tables == ("unit",)
    assert theirs.counter == changes.change_counter() > own.counter
    assert not changes.changes_since(theirs.counter).by_others


def test_a_counter_that_went_back_is_a_change_of_everything(db, clerk):
    save_unit(clerk, UnitData("市住建委", "住建委"))
    now = changes.change_counter()
    went_back = changes.changes_since(now + 10)
    assert went_back.by_others and went_back.tables == ("*",) and went_back.counter == now


def test_a_rolled_back_write_is_not_taken_for_this_programs_own(db, db_address, clerk):
    # The id a rolled-back audit row had is drawn again, here by another program.
    from models.core.errors import WorkflowError
    from models.core.workflow import workflow

    @workflow()
    def saved_then_refused(actor):
        save_unit(actor, UnitData("市住建委", "住建委"))
        raise WorkflowError("不保存")

    changes.watch()
    seen = changes.change_counter()
    with pytest.raises(WorkflowError):
        saved_then_refused(clerk)
    subprocess.run([sys.executable, "-c", OTHER_WRITES.format(root=str(ROOT), db=db_address)], check=True)
    assert changes.changes_since(seen).actors == ("张三",)


def test_on_the_server_a_listener_hears_another_programs_commit(db, db_address):
    import select

    listener = changes.Listener.open()
    if listener is None:
        pytest.skip("a SQLite file has no listener: the window's poll alone serves it")
    try:
        assert not listener.heard()
        subprocess.run([sys.executable, "-c", OTHER_WRITES.format(root=str(ROOT), db=db_address)], check=True)
        ready, _, _ = select.select([listener.fileno()], [], [], 20)  # the announcement, not a pause
        assert ready and listener.heard()
        assert not listener.heard()  # heard once
    finally:
        listener.close()


LOCAL_WRITES = OTHER_WRITES.replace('Actor("张三", Role.CLERK)', "LOCAL_ACTOR").replace(
    "from models.core.actors import Actor, Role", "from models.core.actors import LOCAL_ACTOR")


def test_on_the_server_the_local_user_is_named_with_the_computer_it_writes_from(db, db_address):
    # Without accounts every clerk is 本机用户: "本机用户 刚刚修改了数据" would read as
    # the person at this computer.
    if not getattr(db, "is_server", False):
        pytest.skip("PostgreSQL test: set DUCHA_TEST_PG=postgresql://user@host:port/dbname to run it")
    from models.core import presence
    from models.core.dialect import connect_server

    changes.watch()
    seen = changes.change_counter()
    other = connect_server(db_address)  # the clerk at PC-2, connected as 本机用户
    try:
        other.connection().cursor().execute("SELECT set_config('application_name', %s, false)",
                                            (presence.connection_name("本机用户", "PC-2", 4242),))
        subprocess.run([sys.executable, "-c", LOCAL_WRITES.format(root=str(ROOT), db=db_address)], check=True)
        assert changes.changes_since(seen).actors == ("本机用户（电脑 PC-2）",)
    finally:
        other.close()


def test_the_local_user_is_named_with_the_computer_wherever_another_clerk_is_named():
    from models.core.presence import Holder, local_named

    assert local_named(["PC-2"]) == "本机用户（电脑 PC-2）"
    assert local_named(["PC-2", "PC-3", "PC-2"]) == "本机用户（电脑 PC-2 或 PC-3）"
    assert local_named([]) == "本机用户（另一台电脑或窗口）"
    assert Holder("本机用户", "PC-2", 4242, "2014-10-28T09:30:00").describe() == \
        "“本机用户（电脑 PC-2）”（进程 4242，自 2014-10-28 09:30 起）"
    assert Holder("张三", "PC-2", 4242, "2014-10-28T09:30:00").describe() == \
        "“张三”（电脑 PC-2，进程 4242，自 2014-10-28 09:30 起）"


def test_a_holder_whose_start_the_server_hides_is_named_without_an_empty_time():
    from models.core.presence import Holder

    assert Holder("张三", "PC-2", 4242, "").describe() == "“张三”（电脑 PC-2，进程 4242）"
    assert Holder("张三", "PC-2", 4242, "2014-10-28T09:30:00").describe() == (
        "“张三”（电脑 PC-2，进程 4242，自 2014-10-28 09:30 起）")
