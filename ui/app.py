"""Starting the application: Qt, translations, fonts, the database, sign-in, the window."""
from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QThreadPool, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.qt_check import binding_problem, hold_none_references

ORG, APP = "DuchaWorkbench", "督查工作台"


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
    if translator.load(str(qm)):
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


def install_translators(app: QApplication) -> list[QTranslator]:
    """Our translation for the system's language if we have one, and Qt's strings to match.

    Without one of ours the interface is Chinese, so Qt's own strings are loaded in
    Chinese and Chinese becomes the default locale (calendar month and day names).
    """
    ours = install_translator(app)
    if ours is None:
        QLocale.setDefault(CHINESE)
        qt = install_qt_translator(app)
    else:
        qt = install_qt_translator(app, QLocale.system())
    return [t for t in (ours, qt) if t is not None]


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
    timer.timeout.connect(lambda: gc.collect(2 if gc.get_count()[0] > 5000 else 0))
    timer.start(interval_ms)
    return timer


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


def _today_override() -> dt.date | None:
    text = os.environ.get("DUCHA_TODAY")
    return dt.date.fromisoformat(text) if text else None


def run_gui(db_path: Path | None = None, today: dt.date | None = None, user: str | None = None) -> int:
    """Open the database and show the main window; return the exit code.

    ``user`` (``--user``) pre-fills the sign-in dialog's account name.
    """
    from models.core.logs import log_dir_for, setup_logging, stop_logging
    from models.core.paths import default_db_path
    from ui.crash import crash_reporting

    app = make_app()
    problem = binding_problem()
    if problem:
        _ballast = hold_none_references()  # noqa: F841 — keeps the refusal itself safe
        QMessageBox.critical(None, APP, problem)
        return 3
    path = Path(db_path or default_db_path())
    setup_logging(log_dir_for(path))
    logging.getLogger("ducha").info("启动：数据库 %s", path)
    try:
        with crash_reporting(path):
            return _open_and_run(app, path, today, user)
    finally:
        logging.getLogger("ducha").info("退出")
        stop_logging()


def _open_and_run(app: QApplication, path: Path, today: dt.date | None, user: str | None) -> int:
    from models.core.db import close_database
    from models.core.paths import network_warning
    from models.safety import backups
    from ui.first_run import offer_first_run
    from ui.workbench import Workbench

    # A demonstration file opens on its own day unless --today (or DUCHA_TODAY) says otherwise.
    bench = Workbench(today or _today_override(), user)
    opened = bench.open(path)
    if opened != "ok":
        return 1 if opened == "refused" else 0
    window = bench.window
    warning = network_warning(path)
    if warning:
        QMessageBox.warning(window, APP, warning)
    # A new, unused file: the short set-up (office, phone, account, backups, fonts) once.
    offer_first_run(window)
    window = bench.window  # the wizard may have reopened the window on the demonstration
    # The demonstration is not backed up: it can be built again at any time.
    if window.session.demo_day is None:
        outcome = backups.backup_on_start(window.session.actor, path)
        if outcome.error:
            window.statusBar().showMessage(outcome.error, 15000)
            QMessageBox.warning(window, APP, outcome.error)
    code = app.exec()
    bench.stop_build()
    # Background computations read the database: let them end before it is closed.
    QThreadPool.globalInstance().waitForDone(10000)
    session = bench.window.session
    if session.demo_day is None:
        outcome = backups.backup_on_exit(session.actor, bench.path)
        if outcome.error:
            QMessageBox.warning(None, APP, outcome.error + "\n数据已保存在数据库中，只是本次退出时没有备份。")
    close_database()
    return code
