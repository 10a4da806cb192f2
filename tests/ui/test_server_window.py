"""The window on the office's PostgreSQL server (``--db postgresql://user@host:port/dbname``):
its files kept on this computer, the address (never a password) in the title and status
bar, the server's backups by ``pg_dump``, and restore left to the administrator's command."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from models.safety import backups, dumps
from ui.session import Session

URL = "postgresql://clerk@office-db:5433/ducha"


@pytest.fixture
def said(monkeypatch):
    out = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, kind=kind: out.append((kind, text)))
    return out


def _server(db) -> None:
    if not getattr(db, "is_server", False):
        pytest.skip("PostgreSQL test: set DUCHA_TEST_PG=postgresql://user@host:port/dbname to run it")


def test_run_gui_opens_the_window_on_the_server(db, db_address, said, monkeypatch, tmp_path, qtbot):
    from ui import app, workbench

    _server(db)
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(app, "binding_problem", lambda: None)
    monkeypatch.setattr("ui.first_run.offer_first_run", lambda window: None)
    windows = []

    class Recorded(workbench.MainWindow):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            windows.append(self)

    class App:
        def exec(self):
            return 0

    monkeypatch.setattr(workbench, "MainWindow", Recorded)
    monkeypatch.setattr(app, "make_app", lambda argv=None: App())
    assert app.run_gui(db_address) == 0
    window = windows[0]
    assert window.session.on_server and window.session.db_path == db_address
    assert db_address in window.windowTitle() and "服务器数据库" in window.windowTitle()
    assert window.file_label.text() == f"服务器数据库：{db_address}"
    here = window.session.local_folder
    assert here.parent == tmp_path / "data" / "servers"
    assert (here / "logs" / "ducha.log").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name != "data"]  # nothing made beside anything else
    if dumps.tool_found():  # the exit backup: a dump in this computer's folder for the server
        assert [p.suffix for p in (here / "backups").iterdir()] == [".dump"]
    assert said == []
    window.close()


def test_an_address_with_a_password_is_refused_before_anything_is_written(said, monkeypatch, tmp_path, qapp):
    from ui import app

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(app, "binding_problem", lambda: None)
    assert app.run_gui("postgresql://clerk:secret@srv/ducha") == 2
    assert said[0][0] == "critical" and "密码" in said[0][1] and "secret" not in said[0][1]
    assert list(tmp_path.iterdir()) == []


def test_restore_on_the_server_is_the_administrators_command(db, said, monkeypatch, tmp_path, qapp):
    from ui.safety.restore_dialog import RestoreDialog, open_restore

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: pytest.fail("no file to replace on the server"))
    open_restore(Session(URL))
    (kind, text), = said
    assert kind == "information"
    assert "python main.py restore --db postgresql://" in text and URL in text
    assert str(tmp_path / "servers" / "office-db-5433-ducha" / "backups") in text


def test_no_pg_dump_is_a_line_in_the_status_bar_not_a_dialog(db, actor, said, monkeypatch, qtbot):
    from ui import app

    monkeypatch.setattr(dumps.shutil, "which", lambda name: None)
    window = QMainWindow()
    qtbot.addWidget(window)
    worker = app.start_of_day_work(window, URL, actor)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
    assert "pg_dump" in window.statusBar().currentMessage()
    assert worker is not None and said == []


def test_the_about_box_names_this_computers_folder_and_who_else_is_connected(db, db_address, monkeypatch,
                                                                             tmp_path, qapp):
    from models.core import presence
    from models.core.dialect import connect_server
    from models.core.paths import server_folder
    from ui.about import about_facts

    _server(db)
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    facts = about_facts(Session(db_address))
    assert facts["数据库"] == db_address
    assert facts["本机文件夹"] == str(server_folder(db_address)) and str(tmp_path) in facts["本机文件夹"]
    assert facts["同时在用"] == "（没有其他人）"
    other = connect_server(db_address)
    try:
        presence.register_database(other, "李四")
        assert "“李四”" in about_facts(Session(db_address))["同时在用"]
    finally:
        other.close()
    assert "本机文件夹" not in about_facts(Session(tmp_path / "ducha.sqlite3"))


def test_a_backup_taken_from_the_settings_on_the_server_is_a_dump(db, db_address, actor, monkeypatch, tmp_path):
    _server(db)
    if not dumps.tool_found():
        pytest.skip("needs PostgreSQL's client programs pg_dump and pg_restore on the PATH")
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    dump = backups.take_backup(actor, db, db_address, reason="manual")
    assert dump.suffix == ".dump" and dump.parent == tmp_path / "servers" / dump.parent.parent.name / "backups"


def test_the_settings_pane_backs_the_server_up_with_pg_dump(db, db_address, said, monkeypatch, tmp_path, qtbot):
    from ui.safety.settings import SafetySettings

    _server(db)
    if not dumps.tool_found():
        pytest.skip("needs PostgreSQL's client programs pg_dump and pg_restore on the PATH")
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    pane = SafetySettings(Session(db_address))
    qtbot.addWidget(pane)
    assert "尚无备份" in pane.backup_label.text() and str(tmp_path / "servers") in pane.backup_label.text()
    assert pane.network.isHidden()
    pane.backup_now()
    (kind, text), = said
    assert kind == "information" and text.endswith(".dump")
    pane.refresh()
    assert "最近备份" in pane.backup_label.text() and ".dump" in pane.backup_label.text()


def test_from_the_server_to_the_demonstration_and_back(db, db_address, said, monkeypatch, tmp_path, _demo_template,
                                                       qtbot):
    import shutil

    from models.core.paths import local_folder
    from models.reference.directory import Unit
    from ui.workbench import Workbench

    _server(db)
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(dumps, "tool_found", lambda: False)  # no exit backup to wait for
    demo = local_folder(db_address) / "demo" / "demo.sqlite3"
    demo.parent.mkdir(parents=True)
    shutil.copy2(_demo_template / "ducha.sqlite3", demo)
    bench = Workbench()
    try:
        assert bench.open(db_address) == "ok"
        bench.open_demo()
        assert bench.path == demo and bench.window.session.home_path == db_address
        assert Unit.select().count() == 44
        bench.window.home_button.click()
        assert bench.path == db_address and bench.window.session.on_server
        assert Unit.select().count() == 0
    finally:
        if bench.window is not None:
            bench.window.close()


def test_the_about_box_opens_when_the_server_cannot_say_who_is_connected(db, monkeypatch, tmp_path, qapp):
    import peewee

    from models.core import presence
    from ui.about import about_facts

    def lost(_db):
        raise peewee.OperationalError("server closed the connection unexpectedly\nmore")

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(presence, "server_others", lost)
    assert about_facts(Session(URL))["同时在用"] == "（无法从服务器读取：server closed the connection unexpectedly）"


def test_without_accounts_on_the_server_the_banner_and_settings_say_who_can_edit(db, db_address, monkeypatch,
                                                                                   tmp_path, qtbot, today):
    # Not "任何人打开程序 / 任何打开本机的人": on the server it is whoever reaches its database.
    from ui.dashboard.pane import Pane
    from ui.safety.settings import SafetySettings

    _server(db)
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    session = Session(db_address, today=today)
    pane = Pane(session)
    qtbot.addWidget(pane)
    qtbot.waitUntil(lambda: pane.board is not None, timeout=10000)
    qtbot.waitUntil(lambda: not pane.worker.busy, timeout=10000)
    assert not pane.single_row.isHidden()
    assert "凡能连上这个服务器数据库的人" in pane.single_label.text() and "建立账号" in pane.single_label.text()
    assert "打开程序" not in pane.single_label.text()
    tab = SafetySettings(session)
    qtbot.addWidget(tab)
    text = tab.accounts_label.text()
    assert "凡能连上这个服务器数据库的人" in text and "建议立即建立管理员账号" in text
    assert "本机的人" not in text
    assert tab.accounts_btn.text() == "建立管理员账号…"
