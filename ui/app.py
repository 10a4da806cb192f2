"""Starting the application: Qt, translations, fonts, the database, sign-in, the window."""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.qt_check import binding_problem, hold_none_references

ORG, APP = "DuchaWorkbench", "督查工作台"
#: ``DUCHA_EXIT_WHEN_IDLE=1``: open the window, fill the first screen, quit at the first
#: idle moment (no start-of-day work, no exit backup), so a start can be timed whole.
EXIT_WHEN_IDLE = "DUCHA_EXIT_WHEN_IDLE"


def translations_dir() -> Path:
    """Where the .ts sources and compiled .qm files live."""
    return Path(__file__).resolve().parent.parent / "resources" / "translations"


def install_translator(app: QApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load ``ducha_<locale>.qm`` if present (compiling the .ts on first run if we can).

    The source strings are Chinese, so a Chinese desktop needs no translation file.
    """
    from resources.i18n import ensure_compiled

    locale = locale or QLocale.system()
    qm = ensure_compiled(translations_dir(), locale.name())
    if qm is None:
        return None
    translator = QTranslator(app)
    # A catalogue with no finished translation (ours today) loads, but translates nothing:
    # treated as none, so Qt's own buttons stay Chinese beside our Chinese strings on an
    # English Windows instead of speaking English there.
    if translator.load(str(qm)) and not translator.isEmpty():
        app.installTranslator(translator)
        return translator
    return None


CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)


def install_qt_translator(app: QApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load Qt's own strings (Yes/No, Undo/Paste, the file and print dialogs) in the UI's language.

    ``locale`` is the language of our own translation when one was loaded (e.g. English
    with ``ducha_en``); otherwise the interface shows its Chinese source strings, and
    Qt's buttons and menus must speak Chinese too, whatever the system's language.
    """
    locale = locale or CHINESE
    translator = QTranslator(app)
    if translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        return translator
    return None


class QtGapsTranslator(QTranslator):
    """Qt's own strings that ``qtbase_zh_CN`` leaves in English, in Chinese.

    Qt's Chinese catalogue misses two labels of its file dialog (the one shown where no
    native dialog exists, as on a Linux desktop); a clerk saw "Look in:" beside Chinese
    buttons. It also has no ``QAbstractFileIconProvider`` words at all, which fill the
    dialog's 类型 column (a clerk saw "Folder"): the Chinese below are the ones the
    catalogue gives the same words under ``QFileDialog``. Installed after ``qtbase`` so it
    is asked first; every other string falls through to Qt's catalogue.
    """

    WORDS = {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
        ("QAbstractFileIconProvider", "Folder"): "文件夹",
        ("QAbstractFileIconProvider", "File Folder"): "文件夹",  # the Windows wording
        ("QAbstractFileIconProvider", "Drive"): "驱动器",
        ("QAbstractFileIconProvider", "Shortcut"): "快捷方式",
        ("QAbstractFileIconProvider", "Alias"): "别名",
        ("QAbstractFileIconProvider", "Unknown"): "未知",
    }

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return self.WORDS.get((context, source_text))  # None: not ours, Qt asks the next

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_translators(app: QApplication) -> list[QTranslator]:
    """Our translation for the system's language if we have one, and Qt's strings to match.

    Without one of ours the interface is Chinese, so Qt's own strings are loaded in
    Chinese and Chinese becomes the default locale (calendar month and day names).
    """
    ours = install_translator(app)
    if ours is None:
        QLocale.setDefault(CHINESE)
        qt = install_qt_translator(app)
        gaps = QtGapsTranslator(app)
        app.installTranslator(gaps)
    else:
        qt = install_qt_translator(app, QLocale.system())
        gaps = None
    return [t for t in (ours, qt, gaps) if t is not None]


def pick_ui_font(app: QApplication) -> None:
    """Prefer the Windows UI font for Chinese, else any installed CJK font."""
    families = set(QFontDatabase.families())
    for name in ("Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑", "WenQuanYi Zen Hei",
                 "Noto Sans CJK SC", "AR PL SungtiL GB", "SimSun"):
        if name in families:
            font = QFont(name)
            font.setPointSize(10)
            app.setFont(font)
            return


def collect_garbage_on_gui_thread(app: QApplication, interval_ms: int = 1000) -> QTimer:
    """Run Python's cycle collector only on the GUI thread.

    Left automatic, it runs on whichever thread happens to allocate — a background
    job — and may then free Qt objects that belong to the GUI thread, which crashes
    the process. So automatic collection is turned off and a timer collects here.
    """
    gc.disable()
    timer = QTimer(app)
    collector = GarbageCollector(lambda: QThreadPool.globalInstance().activeThreadCount() > 0)
    timer.timeout.connect(collector.tick)
    timer._collector = collector  # type: ignore[attr-defined]
    timer.start(interval_ms)
    return timer


class GarbageCollector:
    """One tick of the GUI thread's collector: a full collection after much allocation,
    else the youngest generation — put off while a background job runs.

    A collection holds the interpreter lock for its whole length (a full one ~20–70 ms
    with a year's figures in memory), and the job it would stall — 统计's figures, the
    工作台 — is what the clerk is waiting for; the objects it allocated are collected
    when it is done. Never put off more than ``max_deferred`` ticks in a row, so memory
    is reclaimed even while jobs follow one another.
    """

    def __init__(self, busy: Callable[[], bool], max_deferred: int = 5) -> None:
        self.busy, self.max_deferred, self.deferred = busy, max_deferred, 0

    def tick(self) -> None:
        if self.deferred < self.max_deferred and self.busy():
            self.deferred += 1
            return
        self.deferred = 0
        gc.collect(2 if gc.get_count()[0] > 5000 else 0)


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names, font and translators."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName(APP)
    pick_ui_font(app)
    install_translators(app)
    app._gc_timer = collect_garbage_on_gui_thread(app)  # type: ignore[attr-defined]
    return app


class StartClock(QObject):
    """When a start becomes usable, seen from inside: the first moment the event loop
    would wait with the window painted (:attr:`window_idle`), and the first such moment
    with the first screen filled and painted too (:attr:`first_screen`).

    ``marks`` holds both moments as ``time.time()`` values, so a tool that started the
    process can subtract its own start time, and the processor time the process had
    used by then (``cpu_…``: it moves less than wall time on a busy machine).
    """

    window_idle = Signal()
    first_screen = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.marks: dict[str, float] = {}
        self._painted = self._painted_filled = False
        window.installEventFilter(self)
        self._dispatcher = QAbstractEventDispatcher.instance()
        self._dispatcher.aboutToBlock.connect(self._about_to_block)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            self._painted = True
            if self.window.first_screen_filled():
                self._painted_filled = True
        return False

    def _about_to_block(self) -> None:
        if self._painted and "window_idle" not in self.marks:
            self.marks["window_idle"] = time.time()
            self.marks["cpu_window_idle"] = time.process_time()
            self.window_idle.emit()
        if self._painted_filled and "first_screen" not in self.marks:
            self.marks["first_screen"] = time.time()
            self.marks["cpu_first_screen"] = time.process_time()
            self._dispatcher.aboutToBlock.disconnect(self._about_to_block)
            self.window.removeEventFilter(self)
            self.first_screen.emit()


def _quit_reporting(app: QApplication, clock: StartClock) -> None:
    marks = " ".join(f"{k.replace('_', '-')} {v:.6f}" for k, v in clock.marks.items())
    print(f"ducha-start: {marks}", file=sys.stderr, flush=True)
    app.quit()


def _today_override() -> dt.date | None:
    text = os.environ.get("DUCHA_TODAY")
    return dt.date.fromisoformat(text) if text else None


def run_gui(db_path: Path | str | None = None, today: dt.date | None = None, user: str | None = None) -> int:
    """Open the database and show the main window; return the exit code.

    ``user`` (``--user``) pre-fills the sign-in dialog's account name. The start reads
    nothing whole: the file's integrity check and the start-of-day backup run off the UI
    thread once the first screen is filled (:func:`start_of_day_work`). With
    ``DUCHA_EXIT_WHEN_IDLE=1`` the program quits at that moment instead (no backup),
    printing how long the start took, so any tool can time a real start.

    When nobody has to sign in (:func:`models.core.peek.look`: a file of ours at the
    code's schema, no accounts, no ``--user``), the window is shown first and the file
    opened at its first idle moment (:meth:`ui.workbench.Workbench.show_then_open`);
    otherwise the file is opened and the sign-in asked before any window, as always.
    The log and the crash reporting then start at that idle moment too, just before the
    file is opened: their imports are not the first paint's.
    """
    from models.core.paths import default_db_path
    from models.core.peek import is_server, look

    timing = os.environ.get(EXIT_WHEN_IDLE) == "1"
    app = make_app()
    problem = binding_problem()
    if problem:
        _ballast = hold_none_references()  # noqa: F841 — keeps the refusal itself safe
        QMessageBox.critical(None, APP, problem)
        return 3
    after_window = None
    if is_server(db_path):
        # The office's server: its files (logs, crash reports, local backups) are kept on
        # this computer; it is opened before the window, as a file with accounts is.
        from ui.server_start import database_target

        path = database_target(db_path)
        if path is None:
            return 2
    else:
        path = Path(db_path or default_db_path())
        seen = look(path) if user is None else None
        after_window = seen if seen is not None and seen.after_window else None
    with contextlib.ExitStack() as reporting:
        def begin_reporting() -> None:
            # The log beside the file, and the calm crash dialog for any unexpected error,
            # until the program ends (the stack unwinds in reverse: reporting, 退出, log closed).
            import logging

            from models.core.logs import log_dir_for, setup_logging, stop_logging
            from ui.crash import crash_reporting

            setup_logging(log_dir_for(path))
            logging.getLogger("ducha").info("启动：数据库 %s", path)
            reporting.callback(stop_logging)
            reporting.callback(logging.getLogger("ducha").info, "退出")
            reporting.enter_context(crash_reporting(path))

        if after_window is None:
            begin_reporting()
        return _open_and_run(app, path, today, user, timing, after_window, begin_reporting)


def _offer_first_run(window) -> None:
    # A new, unused file: the short set-up (office, phone, account, backups, fonts) once.
    # Imported here: a timed start never offers it.
    from ui.first_run import offer_first_run

    offer_first_run(window)


def _open_and_run(app: QApplication, path: Path | str, today: dt.date | None, user: str | None, timing: bool,
                  after_window, begin_reporting) -> int:
    """``after_window``: the :class:`models.core.peek.Look` of a file to open once the window
    is idle (``None``: open it first); ``begin_reporting`` then runs just before the open."""
    from ui.workbench import Workbench

    # A demonstration file opens on its own day unless --today (or DUCHA_TODAY) says otherwise.
    bench = Workbench(today or _today_override(), user)
    if after_window is not None:
        # The window first; the log, the file, the wizard, then the first screen at its first idle moment.
        window = bench.show_then_open(path, after_window.demo_day, first=begin_reporting,
                                      then=None if timing else _offer_first_run)
    else:
        from models.core.paths import network_warning

        opened = bench.open(path)
        if opened != "ok":
            return 1 if opened == "refused" else 0
        window = bench.window
        warning = network_warning(path)
        if warning:
            QMessageBox.warning(window, APP, warning)
        if not timing:
            _offer_first_run(window)
            window = bench.window  # the wizard may have reopened the window on the demonstration
    clock = StartClock(window)
    if timing:
        clock.first_screen.connect(lambda: _quit_reporting(app, clock))
    elif window.session.demo_day is None:
        # The file's integrity check and the start-of-day backup read the whole file: they
        # run on a worker once the first screen is filled. The demonstration is not backed up.
        clock.first_screen.connect(lambda: start_of_day_work(window, path, window.session.actor))
    code = app.exec()
    bench.stop_build()
    # Background computations read the database: let them end before it is closed.
    QThreadPool.globalInstance().waitForDone(10000)
    if bench.failed is not None:  # the file shown first could not be opened: nothing to back up
        return 1 if bench.failed == "refused" else 0
    from models.core.db import close_database
    from models.safety import backups

    session = bench.window.session
    if session.demo_day is None and not timing:
        outcome = backups.backup_on_exit(session.actor, bench.path)
        if outcome.error and not outcome.no_tool:
            QMessageBox.warning(None, APP, outcome.error + "\n数据已保存在数据库中，只是本次退出时没有备份。")
    close_database()
    return code


def start_of_day_work(window, path: Path | str, actor):
    """Check the whole file and take the start-of-day backup on a worker thread
    (:func:`models.safety.backups.start_of_day`); say so if the file is damaged or the
    backup failed. Returns the :class:`Background` slot doing it."""
    from models.safety import backups
    from ui.background import Background

    worker = Background(window)

    def done(outcome) -> None:
        if outcome.error:
            window.statusBar().showMessage(outcome.error.splitlines()[0], 15000)
            if outcome.no_tool:
                return
            if outcome.damaged:
                QMessageBox.critical(window, APP, outcome.error)
            else:
                QMessageBox.warning(window, APP, outcome.error)

    worker.finished.connect(done)
    worker.failed.connect(lambda error: window.statusBar().showMessage(
        window.tr("开机检查未能完成：{0}").format(error), 15000))
    worker.start(lambda: backups.start_of_day(actor, path))
    return worker
