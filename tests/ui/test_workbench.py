"""The window reopens on the demonstration (built in the office's data folder on first
use) and back; a demonstration file opens on its own day and is not backed up."""
from __future__ import annotations

import datetime as dt
import shutil
import sys

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

DEMO_DAY = dt.date(2014, 10, 28)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("DUCHA_DATA_DIR", str(data))
    monkeypatch.delenv("DUCHA_TODAY", raising=False)
    return data


@pytest.fixture
def said(monkeypatch):
    out = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: out.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: out.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: out.append(text))
    return out


@pytest.fixture
def bench(folder, qtbot):
    from ui.workbench import Workbench

    b = Workbench()
    yield b
    b.stop_build()
    QThreadPool.globalInstance().waitForDone(30000)
    QApplication.processEvents()
    if b.window is not None:
        b.window.close()
    from models.core.db import close_database

    close_database()


def _copy_demo(template, target):
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(template / "ducha.sqlite3", target)
    if (template / "attachments").is_dir():
        shutil.copytree(template / "attachments", target.parent / "attachments", dirs_exist_ok=True)


def test_open_the_demonstration_from_the_office_and_come_back(bench, folder, said, _demo_template, qtbot):
    office = folder / "ducha.sqlite3"
    _copy_demo(_demo_template, folder / "demo" / "demo.sqlite3")
    assert bench.open(office) == "ok"
    first = bench.window
    assert first.session.demo_day is None and first.home_button.isHidden()

    first.pane("dashboard").first_steps.demo_button.click()
    demo = bench.window
    assert demo is not first and bench.path == folder / "demo" / "demo.sqlite3"
    assert demo.session.today() == DEMO_DAY and demo.session.home_path == office
    assert demo.today_label.text() == "演示数据：今天按 2014年10月28日 计"
    assert not demo.home_button.isHidden()
    assert "演示数据库" in said[-1] and "返回本室数据库" in said[-1]
    from models.reference.directory import Unit

    assert Unit.select().count() == 44  # the window reads the demonstration now

    demo.home_button.click()
    assert bench.path == office and bench.window.session.demo_day is None
    assert Unit.select().count() == 0
    assert bench.window.session.home_path is None


def test_the_demonstration_is_built_in_its_own_process_on_first_use(bench, folder, said, qtbot):
    from models.demo import file_state

    office = folder / "ducha.sqlite3"
    assert bench.open(office) == "ok"
    bench.window.open_demo()
    assert bench.progress is not None  # the window stays responsive, with a way to cancel
    qtbot.waitUntil(lambda: bench.path == folder / "demo" / "demo.sqlite3", timeout=120000)
    assert file_state(folder / "demo" / "demo.sqlite3") == "demo"
    assert bench.window.session.today() == DEMO_DAY
    # Its report attachment sits in its own folder, not among the office's attachments.
    assert list((folder / "demo" / "attachments").rglob("*.txt"))
    assert not (folder / "attachments").exists()


def test_cancelling_the_build_leaves_the_office_open(bench, folder, said, qtbot, monkeypatch):
    from ui import workbench

    monkeypatch.setattr(workbench, "demo_command",
                        lambda path: [sys.executable, "-c", "import time; time.sleep(60)"])
    office = folder / "ducha.sqlite3"
    assert bench.open(office) == "ok"
    first = bench.window
    bench.open_demo()
    bench.progress.findChild(QPushButton).click()  # the dialog's 取消
    qtbot.waitUntil(lambda: bench.builder is None, timeout=10000)
    assert "已取消" in said[-1]
    assert bench.window is first and bench.path == office


def test_a_file_named_demo_that_holds_records_is_left_alone(bench, folder, said, qtbot):
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.reference.directory import UnitData, save_unit

    other = folder / "demo" / "demo.sqlite3"
    other.parent.mkdir()
    open_database(other)
    save_unit(LOCAL_ACTOR, UnitData("南宁市交通运输局", "市交通运输局"))
    close_database()
    office = folder / "ducha.sqlite3"
    assert bench.open(office) == "ok"
    bench.open_demo()
    assert "不是演示数据库" in said[-1]
    assert bench.path == office and bench.builder is None


def test_run_gui_opens_a_demonstration_on_its_day_without_backups(folder, said, _demo_template, monkeypatch, qtbot):
    from ui import app, workbench

    demo = folder / "demo" / "demo.sqlite3"
    _copy_demo(_demo_template, demo)
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
    assert app.run_gui(demo) == 0
    assert windows[0].session.today() == DEMO_DAY
    assert windows[0].today_label.text() == "演示数据：今天按 2014年10月28日 计"
    assert not (demo.parent / "backups").exists()
    windows[0].close()
