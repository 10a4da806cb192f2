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


_START = """
import datetime as dt, os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
import ui.app as a
events = []
def window_shown():
    return any(w.isVisible() for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
if os.environ.get("PROBE_LOGIN"):  # a sign-in dialog would wait for a person: answer it
    import ui.safety.login as login
    from models.core.actors import LOCAL_ACTOR
    def ask(parent, name=None):
        events.append(f"sign-in as {name} with the window shown: {window_shown()}")
        return None if os.environ["PROBE_LOGIN"] == "cancel" else LOCAL_ACTOR
    login.ask_login = ask
if os.environ.get("PROBE_AFTER_WINDOW"):  # as if the accounts were made after the look at the file
    import models.core.peek as peek
    peek.look = lambda path: peek.Look(True)
if os.environ.get("PROBE_FAIL"):  # the file cannot be opened after all
    import models.core.schema as schema
    from models.core.errors import DatabaseOpenError
    def refuse(*args, **kwargs):
        raise DatabaseOpenError("数据库文件已损坏。请恢复备份。")
    schema.open_database = refuse
QMessageBox.critical = staticmethod(lambda parent, title, text, *x, **k: events.append(
    f"message with the window shown: {window_shown()}: " + text.replace(chr(10), " ")))
seen = {}
original = a.StartClock._about_to_block
def spy(self):
    if self._painted and "idle" not in seen:
        seen["idle"] = ",".join(m for m in ("peewee", "models.core.db", "models.core.dialect", "ui.dashboard.pane",
                                            "ui.safety.login", "ui.first_run", "ui.crash", "models.core.logs",
                                            "logging.handlers") if m in sys.modules) or "-"
    original(self)
a.StartClock._about_to_block = spy
os.environ["DUCHA_EXIT_WHEN_IDLE"] = "1"
code = a.run_gui(Path(sys.argv[1]), dt.date(2014, 10, 28), sys.argv[2] if len(sys.argv) > 2 else None)
print("at-idle", seen.get("idle"), "code", code)
print(*events, sep=chr(10))
"""


def _start(tmp_path: Path, db: Path, *args: str, **env: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", _START, str(db), *args], env=_env(tmp_path, **env), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _closed_file(path: Path, *, account: bool = False) -> Path:
    """A file of ours at the code's schema, closed (accounts: one administrator)."""
    import datetime as dt

    from models.core.db import close_database
    from models.core.schema import open_database
    from models.safety.accounts import create_account

    open_database(path, check_integrity="none")
    if account:
        create_account(LOCAL_ACTOR, "admin", "admin", "Duchashi-2014!", dt.datetime(2014, 10, 28, 9))
    close_database()
    return path


def test_without_accounts_the_window_is_idle_before_the_file_is_opened(demo_db, db_path, tmp_path):
    out = _start(tmp_path, db_path)
    # Nothing of the database (peewee, the models, the sign-in, the 工作台) nor the log's and
    # the crash dialog's modules before the window is idle; then the file opened and the
    # first screen filled (the timed start ends there).
    assert out == ["at-idle - code 0", ""], out
    # The log was started at that moment, before the file was opened, and ended with the program.
    log = (db_path.parent / "logs" / "ducha.log").read_text(encoding="utf-8")
    assert f"启动：数据库 {db_path}" in log and log.rstrip().endswith("退出")


def test_with_accounts_the_sign_in_comes_before_the_window(db_path, tmp_path):
    _closed_file(db_path, account=True)
    out = _start(tmp_path, db_path, PROBE_LOGIN="yes")
    assert out[0].startswith("at-idle peewee,models.core.db") and out[0].endswith("code 0"), out
    assert out[1:] == ["sign-in as None with the window shown: False"]


def test_with_user_the_sign_in_comes_before_the_window(db_path, tmp_path):
    _closed_file(db_path)
    out = _start(tmp_path, db_path, "lin", PROBE_LOGIN="yes")
    assert out[1:] == ["sign-in as lin with the window shown: False"], out


def test_a_new_file_is_made_before_the_window(tmp_path):
    new = tmp_path / "new.sqlite3"
    out = _start(tmp_path, new)
    assert out[0].startswith("at-idle peewee,models.core.db") and out[0].endswith("code 0"), out
    assert new.stat().st_size > 0


def test_a_file_that_fails_to_open_after_the_window_shows_is_named_and_ends_the_program(db_path, tmp_path):
    _closed_file(db_path)
    out = _start(tmp_path, db_path, PROBE_FAIL="1")
    assert out[0].endswith("code 1"), out
    assert out[1:] == [f"message with the window shown: True: 数据库“{db_path}”未能打开，程序将关闭。  "
                       "数据库文件已损坏。请恢复备份。"]


def test_accounts_made_after_the_look_at_the_file_still_ask_for_a_sign_in(db_path, tmp_path):
    _closed_file(db_path, account=True)
    out = _start(tmp_path, db_path, PROBE_LOGIN="yes", PROBE_AFTER_WINDOW="1")
    assert out[0].endswith("code 0") and out[1:] == ["sign-in as None with the window shown: True"], out
    # Cancelled, as before the window: the program ends (exit code 0) without the first screen.
    out = _start(tmp_path, db_path, PROBE_LOGIN="cancel", PROBE_AFTER_WINDOW="1")
    assert out == ["at-idle peewee,models.core.db,ui.safety.login code 0",
                   "sign-in as None with the window shown: True"], out


def test_a_window_shown_before_its_file_builds_no_pane_until_it_is_open(db, db_path, today, qtbot):
    from ui.main_window import MainWindow
    from ui.session import Session

    refused = MainWindow(Session(db_path, today=today), open_file=lambda: False)
    qtbot.addWidget(refused)
    idle = []
    refused.first_idle.connect(lambda: idle.append(True))
    refused.show()
    refused.nav.setCurrentRow(3)  # a click before the file is open builds nothing
    qtbot.waitUntil(lambda: refused.idle and not refused.isVisible(), timeout=10000)
    qtbot.wait(50)
    assert idle == [] and refused._panes == {}

    opened = MainWindow(Session(db_path, today=today), open_file=lambda: True)
    qtbot.addWidget(opened)
    opened.first_idle.connect(lambda: idle.append(True))
    opened.show()
    assert opened.stack.currentWidget().text() == "正在准备工作台……"  # in the first screen's place
    opened.nav.setCurrentRow(3)
    assert opened._panes == {}
    qtbot.waitUntil(lambda: idle == [True], timeout=10000)
    # The row chosen meanwhile is shown, and the first screen is filled all the same.
    assert opened.stack.currentWidget() is opened.pane("instructions")
    qtbot.waitUntil(opened.first_screen_filled, timeout=10000)


_DAY = """
import datetime as dt, sys
from pathlib import Path
import ui.app as a
original = a.start_of_day_work
def start_of_day(window, path, actor):
    worker = original(window, path, actor)
    worker.finished.connect(lambda outcome: (print("start-of-day", outcome.error or "ok", flush=True), window.close()))
    return worker
a.start_of_day_work = start_of_day
print("code", a.run_gui(Path(sys.argv[1]), dt.date(2014, 10, 28)))
"""


def test_a_file_opened_after_the_window_still_gets_its_start_of_day_and_exit_backups(db_path, tmp_path):
    import datetime as dt

    from models.core.db import close_database
    from models.core.paths import backup_dir_for
    from models.core.peek import look
    from models.core.schema import open_database
    from models.safety.first_run import skip_setup

    _closed_file(db_path)
    open_database(db_path, check_integrity="none")
    skip_setup(LOCAL_ACTOR, dt.datetime(2014, 10, 28, 9))  # set up already: no wizard
    close_database()
    assert look(db_path).after_window
    done = subprocess.run([sys.executable, "-c", _DAY, str(db_path)], env=_env(tmp_path), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["start-of-day ok", "code 0"], done.stdout + done.stderr
    names = sorted(p.name for p in backup_dir_for(db_path).iterdir())
    assert any(n.endswith("-start.sqlite3") for n in names) and any(n.endswith("-exit.sqlite3") for n in names), names


_PUMPED = """
import datetime as dt, sys, time
from models.core.schema import open_database
from ui.app import make_app
from ui.main_window import MainWindow
from ui.session import Session
app = make_app()
def open_file():
    open_database(sys.argv[1], check_integrity="none")
    return True
window = MainWindow(Session(sys.argv[1], today=dt.date(2014, 10, 28)), open_file=open_file)
window.show()
end = time.time() + 20
while time.time() < end and not window.first_screen_filled():
    app.processEvents()  # never lets the loop wait
    time.sleep(0.01)
print("filled", window.first_screen_filled())
"""


def test_a_loop_that_never_waits_still_opens_the_file_and_fills_the_first_screen(db_path, tmp_path):
    _closed_file(db_path)
    done = subprocess.run([sys.executable, "-c", _PUMPED, str(db_path)], env=_env(tmp_path), cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "filled True" in done.stdout


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
