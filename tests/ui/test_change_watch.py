"""Another clerk's change reaches this window within seconds (two programs on one file)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.change_watch import EVERYTHING, notices_for
from ui.main_window import MainWindow
from ui.session import Change, Session

ROOT = Path(__file__).resolve().parents[2]

OTHER_REGISTERS = """
import sys, datetime as dt
sys.path.insert(0, {root!r})
from models.core.actors import Actor, Role
from models.core.schema import open_database
from models.instructions import records as m, workflow as wf
open_database({db!r})
wf.register(Actor("张三", Role.CLERK), m.InstructionData(level="市", received_on=dt.date(2014, 10, 28),
                                                         text="请研究。", matter="另一台电脑登记的事项"))
"""

OTHER_SAVES_UNIT = """
import sys
sys.path.insert(0, {root!r})
from models.core.actors import Actor, Role
from models.core.schema import open_database
from models.reference.directory import UnitData, save_unit
open_database({db!r})
save_unit(Actor("张三", Role.CLERK), UnitData("市水利局", "水利"))
"""


def _other_program_registers(db_path) -> None:
    subprocess.run([sys.executable, "-c", OTHER_REGISTERS.format(root=str(ROOT), db=str(db_path))], check=True)


@pytest.fixture
def window(demo_db, db_path, today, qtbot):
    w = MainWindow(Session(db_path, today=today))
    qtbot.addWidget(w)
    w.show()
    w.change_watch.timer.setInterval(20)  # the test waits for the signal, not for seconds
    qtbot.waitUntil(lambda: w.change_watch.seen is not None)
    return w


def _all_count(pane) -> str:
    return pane.tabs.tabText(0)


def test_tables_map_to_their_panes_notices():
    assert notices_for(["instruction", "instruction_event", "unit"]) == [Change.INSTRUCTIONS, Change.UNITS]
    assert notices_for(["key_item_stage", "supervision_activity"]) == [Change.KEY_ITEMS]
    assert notices_for(["something_new"]) == list(EVERYTHING)
    # an attachment's content comes with its owner's row; a deleted backup copy shows nowhere
    assert notices_for(["instruction_attachment", "stored_file"]) == [Change.INSTRUCTIONS]
    assert notices_for(["stored_file", "backup"]) == []


def test_another_programs_change_refreshes_keeping_selection_and_scroll(window, db_path, qtbot):
    pane = window.show_pane("instructions")
    before = _all_count(pane)
    row = min(20, pane.model.rowCount() - 1)
    pane.table.selectRow(row)
    chosen = pane.detail.instruction_id
    bar = pane.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    own = []
    window.session.changed.connect(own.append)
    with qtbot.waitSignal(window.change_watch.refreshed, timeout=20000) as got:
        _other_program_registers(db_path)
    assert got.args[0].actors == ("张三",)
    assert Change.INSTRUCTIONS in own
    assert _all_count(pane) != before  # one more in the queue
    assert pane.detail.instruction_id == chosen
    assert pane.selected_ids() == [chosen]
    assert bar.value() == scrolled
    assert window.others_label.isVisible() and window.others_label.text() == "张三 刚刚修改了数据，已刷新"


def test_an_open_form_is_not_disturbed_and_the_refresh_waits_for_it(window, db_path, qtbot, monkeypatch,
                                                                      type_text):
    from ui.instructions.forms import RegisterForm

    pane = window.show_pane("instructions")
    before = _all_count(pane)
    form = RegisterForm(window.session, None, pane)
    qtbot.addWidget(form)
    form.open()  # modal, as a clerk's form is
    type_text(form.matter, "正在填写的事由")
    with qtbot.waitSignal(window.change_watch.waiting, timeout=20000):
        _other_program_registers(db_path)
    assert form.isVisible() and form.matter.text() == "正在填写的事由"
    assert _all_count(pane) == before  # nothing refreshed behind the form
    assert window.others_label.text() == "张三 刚刚修改了数据，关闭当前窗口后刷新"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(window.change_watch.refreshed, timeout=20000):
        form.reject()
    assert _all_count(pane) != before
    assert window.others_label.text() == "张三 刚刚修改了数据，已刷新"


def test_a_pane_that_rebuilds_its_list_keeps_its_scroll_position(window, db_path, qtbot):
    from PySide6.QtWidgets import QListWidget

    pane = window.show_pane("calendar")
    rebuilt = QListWidget(pane)
    rebuilt.addItems([str(i) for i in range(500)])
    rebuilt.show()
    bar = rebuilt.verticalScrollBar()
    bar.setValue(200)
    # a list filled anew on a change starts again at the top
    window.session.changed.connect(lambda _topic: bar.setValue(0))
    with qtbot.waitSignal(window.change_watch.refreshed, timeout=20000):
        _other_program_registers(db_path)
    assert bar.value() == 200


def test_another_database_opened_under_the_window_starts_the_count_afresh(window, tmp_path):
    from models.core.changes import change_counter
    from models.core.db import close_database
    from models.core.schema import open_database

    assert window.change_watch.seen > 0  # the demonstration's log
    refreshed = []
    window.change_watch.refreshed.connect(refreshed.append)
    close_database()
    open_database(tmp_path / "other.sqlite3")  # a log of a few rows: not "went back"
    window.change_watch.poll()
    assert refreshed == []  # not taken for a restore of an older copy
    assert window.change_watch.seen == change_counter()


def test_on_the_server_a_commit_elsewhere_refreshes_at_once_not_at_the_next_tick(db, db_address, today, qtbot):
    from models.core.db import on_server

    if not on_server():
        pytest.skip("the server's announcement of a commit: set DUCHA_TEST_PG (this run is on a file)")
    from models.core.actors import Actor, Role
    from models.reference.directory import UnitData, save_unit

    save_unit(Actor("本室", Role.CLERK), UnitData("市住建委", "住建委"))  # a log to count
    w = MainWindow(Session(Path(db_address), today=today))
    qtbot.addWidget(w)
    w.show()
    w.change_watch.poll()  # reads the counter and starts listening
    w.change_watch.timer.stop()  # no ticks: only the announcement can wake the window
    assert w.change_watch.listener is not None
    with qtbot.waitSignal(w.change_watch.refreshed, timeout=20000) as got:
        subprocess.run([sys.executable, "-c", OTHER_SAVES_UNIT.format(root=str(ROOT), db=db_address)], check=True)
    assert got.args[0].actors == ("张三",)
    w.change_watch.stop()
