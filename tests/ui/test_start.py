"""The start: the file's whole-file check and the day's backup after the first screen,
on a worker; DUCHA_EXIT_WHEN_IDLE=1 for timing a real start from outside."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

from models.core.actors import LOCAL_ACTOR  # noqa: E402


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUCHA_DATA_DIR": str(tmp_path / "data"),
           "HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config")}
    env.update(extra)
    return env


def test_exit_when_idle_times_a_whole_start_without_any_backup(demo_db, db_path, tmp_path):
    from models.core.paths import backup_dir_for

    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "--today", "2014-10-28"],
                          env=_env(tmp_path, DUCHA_EXIT_WHEN_IDLE="1"), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stderr.splitlines() if x.startswith("ducha-start:"))
    words = line.split()[1:]
    marks = dict(zip(words[::2], map(float, words[1::2]), strict=True))
    assert 0 < marks["window-idle"] <= marks["first-screen"]
    assert 0 < marks["cpu-window-idle"] <= marks["cpu-first-screen"]
    # Neither the start-of-day backup (it waits for the first screen) nor the exit backup.
    folder = backup_dir_for(db_path)
    assert not folder.exists() or not any(folder.iterdir())


_PROBE = """
import sys, datetime as dt
from PySide6.QtCore import QEventLoop
from ui.app import make_app
from models.core.schema import open_database
from ui.main_window import MainWindow
from ui.session import Session
app = make_app()
open_database(sys.argv[1], check_integrity="none")
window = MainWindow(Session(sys.argv[1], today=dt.date(2014, 10, 28)))
dashboard = window.pane("dashboard")
started_before_show = dashboard.worker.busy or dashboard.board is not None
window.show()
while not window.idle:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
loaded = sorted(m for m in ("pypinyin", "reportlab", "openpyxl", "PySide6.QtCharts", "cli.instructions",
                            "models.overview.dashboard", "models.overview.stats_tables") if m in sys.modules)
print("started-before-show", started_before_show)
print("loaded", ",".join(loaded))
"""


def _scribble(db_path: Path) -> None:
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.reference.directory import UnitData, save_unit

    open_database(db_path)
    for i in range(300):
        save_unit(LOCAL_ACTOR, UnitData(f"单位{i:03d}" + "甲" * 40))
    close_database()
    data = bytearray(db_path.read_bytes())
    for i in range(len(data) // 3, len(data) // 3 + 8192):
        data[i] = 0x5A
    db_path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)


def test_a_damaged_file_found_after_the_start_is_named_and_not_backed_up(tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from models.core.db import close_database
    from models.core.paths import backup_dir_for
    from models.core.schema import open_database
    from ui import app

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "office.sqlite3"
    _scribble(path)
    # The start itself reads no whole file: the damaged file opens.
    open_database(path, check_integrity="none")
    try:
        shown = []
        monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
        window = QMainWindow()
        qtbot.addWidget(window)
        worker = app.start_of_day_work(window, path, LOCAL_ACTOR)
        qtbot.waitUntil(lambda: not worker.busy, timeout=20000)
        assert shown and "未通过完整性检查" in shown[0] and "恢复备份" in shown[0]
        assert not backup_dir_for(path).exists()
    finally:
        close_database()


def test_a_sound_file_gets_its_start_of_day_backup_after_the_check(db, db_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from models.core.paths import backup_dir_for
    from ui import app

    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: _unexpected(a))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: _unexpected(a))
    window = QMainWindow()
    qtbot.addWidget(window)
    worker = app.start_of_day_work(window, db_path, LOCAL_ACTOR)
    qtbot.waitUntil(lambda: not worker.busy, timeout=20000)
    assert [p.name for p in backup_dir_for(db_path).iterdir()][0].endswith("-start.sqlite3")


def _unexpected(args) -> None:
    raise AssertionError(f"unexpected message box: {args}")


def test_the_window_parses_its_options_without_the_commands(tmp_path):
    probe = ("import sys, main, ui.app as a; a.run_gui = lambda *x: print('gui', *x) or 0; "
             "code = main.main(['--db', 'x.sqlite3', '--today', '2014-10-28', '--user', 'lin']); "
             "print('commands', sorted(m for m in sys.modules if m.startswith('cli.')))")
    done = subprocess.run([sys.executable, "-c", probe], env=_env(tmp_path), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "gui x.sqlite3 2014-10-28 lin" in done.stdout
    assert "commands []" in done.stdout


_RUN_GUI = """
import datetime as dt, os, sys
from pathlib import Path
import ui.app as a
seen = {}
original = a.StartClock._about_to_block
def spy(self):
    if self._painted and "idle" not in seen:
        seen["idle"] = sorted(m for m in ("peewee", "models.core.db", "ui.safety.login") if m in sys.modules)
    original(self)
a.StartClock._about_to_block = spy
os.environ["DUCHA_EXIT_WHEN_IDLE"] = "1"
code = a.run_gui(Path(sys.argv[1]), dt.date(2014, 10, 28))
print("at-idle", ",".join(seen["idle"]) or "-", "code", code, "opened", "peewee" in sys.modules)
"""


_RACE = """
import datetime as dt, sys
from pathlib import Path
import models.core.peek as peek
import ui.app as a
import ui.login as login
asked = []
login.ask_login = lambda parent, name=None: asked.append(name)
peek.single_user_file = lambda path: True  # as if the account was made after the look
code = a.run_gui(Path(sys.argv[1]), dt.date(2014, 10, 28))
print("asked", asked, "code", code)
"""


_PUMPED = """
import datetime as dt, sys, time
from models.core.schema import open_database
from ui.app import make_app
from ui.main_window import MainWindow
from ui.session import Session
app = make_app()
open_database(sys.argv[1], check_integrity="none")
window = MainWindow(Session(sys.argv[1], today=dt.date(2014, 10, 28)))
window.show()
end = time.time() + 20
while time.time() < end and window.pane("dashboard").board is None:
    app.processEvents()  # never lets the loop wait
    time.sleep(0.01)
print("filled", window.pane("dashboard").board is not None)
"""




_TIMED_IMPORTS = """
import datetime as dt, sys
from pathlib import Path
import ui.app as a
code = a.run_gui(Path(sys.argv[1]), dt.date(2014, 10, 28))
print("code", code, "imported", ",".join(m for m in ("ui.first_run", "models.documents.register")
                                         if m in sys.modules) or "-")
"""


def test_a_timed_start_imports_neither_the_wizard_nor_the_documents_register(demo_db, db_path, tmp_path):
    # A timed start never offers the first-run wizard, and nothing before the idle window
    # needs the register the wizard's font page names its setting from.
    done = subprocess.run([sys.executable, "-c", _TIMED_IMPORTS, str(db_path)],
                          env=_env(tmp_path, DUCHA_EXIT_WHEN_IDLE="1"), cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "code 0 imported -" in done.stdout, done.stdout + done.stderr
