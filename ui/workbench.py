"""The application's one open database and the window on it.

A clerk may leave the office's file for the demonstration (工作台 → 打开演示数据) and
come back: the window is rebuilt on the other file, since every pane reads the one
open database. The demonstration lives in the office's data folder, in a folder of its
own (``demo/demo.sqlite3``: its attachments and backups stay apart from the office's),
and is built on first use by ``python main.py demo`` in a separate process — one
transaction, so 取消 (killing it) leaves nothing behind.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from models.core.errors import UserError
from ui.main_window import MainWindow
from ui.session import Change, Session

APP = "督查工作台"


def demo_command(path: Path) -> list[str]:
    """The command that builds the demonstration in ``path``: ``main.py demo --db path``."""
    if getattr(sys, "frozen", False):  # a packaged program is main.py itself
        return [sys.executable, "demo", "--db", str(path)]
    main = Path(__file__).resolve().parent.parent / "main.py"
    return [sys.executable, str(main), "demo", "--db", str(path)]


def _target(path: Path | str) -> Path | str:
    """A ``--db`` value as the program keeps it: a server's address as text, a file as a Path."""
    from models.core.peek import is_server

    return path if isinstance(path, str) and is_server(path) else Path(path)


class Workbench(QObject):
    """Opens a database and shows its window; reopens the window on another file."""

    def __init__(self, today: dt.date | None = None, user: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today, self.user = today, user
        #: the open database: a file, or the office server's ``postgresql://`` address
        self.path: Path | str | None = None
        self.window: MainWindow | None = None
        self.builder: QProcess | None = None
        self.progress: QProgressDialog | None = None
        #: how a start that showed the window before opening its file ended, if it did not
        #: open it: ``"refused"`` (the file cannot be used) or ``"quit"`` (sign-in cancelled,
        #: or the window closed before it was idle)
        self.failed: str | None = None

    # ---- opening -----------------------------------------------------------------------
    def open(self, path: Path | str, home: Path | str | None = None, parent: QWidget | None = None) -> str:
        """Open ``path`` (a file, or a ``postgresql://`` address) and show a window on it,
        replacing the current one.

        Returns ``"ok"``, ``"refused"`` (the file cannot be used; said in a message) or
        ``"quit"`` (sign-in cancelled). On anything but ``"ok"`` the previous file, if
        any, is open again and its window unchanged.
        """
        from models.core.db import close_database
        from models.core.schema import open_database
        from models.demo import demo_day

        previous, old = self.path, self.window
        if previous is not None:
            self._leave(previous)
        try:
            # The whole-file check runs after the first screen (ui.app.start_of_day_work).
            open_database(_target(path), check_integrity="none")
        except UserError as exc:
            QMessageBox.critical(parent, APP, exc.message)
            self._return_to(previous)
            return "refused"
        session = Session(_target(path), today=self.today, demo_day=demo_day(), home_path=home)
        from ui.safety.login import ask_login

        actor = ask_login(parent, self.user)
        if actor is None:
            close_database()
            self._return_to(previous)
            return "quit"
        session.actor = actor
        window = MainWindow(session, workbench=self)
        self.window, self.path = window, _target(path)
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
            self._unregister(previous)
        return "ok"

    def show_then_open(self, path: Path, demo_day: dt.date | None = None,
                       first: Callable[[], None] | None = None,
                       then: Callable[[MainWindow], None] | None = None) -> MainWindow:
        """Show the window on ``path`` first and open the file once it is painted and idle
        (the start, when :func:`models.core.peek.look` says nobody has to sign in).

        Opening it then brings peewee, the models and the checks in after the first paint.
        If the file cannot be opened after all, a message names it and the window closes
        (:attr:`failed` says why); if accounts were made since the look, the sign-in is
        asked then. ``first()`` runs at that moment just before the file is opened (the log
        and the crash reporting); ``then(window)`` once the file is open, before the first
        screen is filled (the first-run wizard).
        """
        session = Session(Path(path), today=self.today, demo_day=demo_day)
        window: MainWindow
        self.failed = "quit"  # an event loop that ends before the window is idle opened nothing

        def open_file() -> bool:
            self.failed = "refused"  # until the file is open: an error on the way ends the start
            if first is not None:
                first()
            if not self._open_shown(window):
                return False
            self.failed = None
            if then is not None:
                then(window)
            return True

        window = MainWindow(session, workbench=self, open_file=open_file)
        self.window, self.path = window, Path(path)
        window.show()
        return window

    def _open_shown(self, window: MainWindow) -> bool:
        from models.core.db import close_database
        from models.core.schema import open_database
        from ui.safety.login import ask_login

        path = window.session.db_path
        try:
            open_database(path, check_integrity="none")
        except UserError as exc:
            QMessageBox.critical(window, APP, self.tr("数据库“{0}”未能打开，程序将关闭。\n\n{1}").format(
                path, exc.message))
            return False
        # Warns about a network share; the local user unless accounts were made (by another
        # program) since the look at the file, then the sign-in, as a start with accounts.
        actor = ask_login(window, self.user)
        if actor is None:
            close_database()
            self.failed = "quit"
            return False
        if actor != window.session.actor:
            window.session.actor = actor
            window.session.notify(Change.LOGIN)
        return True

    def _leave(self, path: Path | str) -> None:
        """Let background reads end, back the office's file up as on exit, close it."""
        from models.core.db import close_database

        QThreadPool.globalInstance().waitForDone(10000)
        if self.window is not None and self.window.session.demo_day is None:
            from models.safety import backups

            outcome = backups.backup_on_exit(self.window.session.actor, path)
            if outcome.error and not outcome.no_tool:
                QMessageBox.warning(self.window, APP, outcome.error)
        close_database()

    def _return_to(self, previous: Path | str | None) -> None:
        from models.core.schema import open_database

        if previous is not None:
            open_database(previous)

    @staticmethod
    def _unregister(path: Path | str | None) -> None:
        from models.core import presence

        # On the server the open connection itself says who has it open (closing it says so).
        if path is not None and not isinstance(path, str):
            with contextlib.suppress(OSError):
                presence.unregister(path)

    # ---- the demonstration ---------------------------------------------------------------
    def demo_path(self) -> Path:
        """Where the demonstration lives: ``demo/demo.sqlite3`` beside the office's file
        (for the server, in this computer's folder for it)."""
        from models.core.paths import local_folder
        from models.demo import DEMO_FILE_NAME, DEMO_FOLDER

        return local_folder(self.path) / DEMO_FOLDER / DEMO_FILE_NAME

    def open_demo(self) -> None:
        """Reopen on the demonstration, building it first if the data folder has none."""
        from models.demo import file_state

        if self.window is None or self.path is None:
            return
        if self.window.session.demo_day is not None:
            QMessageBox.information(self.window, self.tr("演示数据"), self.tr("现在打开的已经是演示数据库。"))
            return
        demo = self.demo_path()
        state = file_state(demo)
        if state == "other":
            QMessageBox.warning(self.window, self.tr("未打开演示数据"), self.tr(
                "已有“{0}”，但它不是演示数据库（其中有单位等记录，或不是本程序的文件）。"
                "为免覆盖，没有打开它。请把它改名或移走后再试。").format(demo))
            return
        if state == "demo":
            self._enter_demo(demo)
            return
        self._build(demo)

    def _build(self, demo: Path) -> None:
        try:
            demo.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("演示数据未能生成"),
                                self.tr("无法建立文件夹“{0}”：{1}").format(demo.parent, exc.strerror or exc))
            return
        command = demo_command(demo)
        proc = QProcess(self)
        proc.setProgram(command[0])
        proc.setArguments(command[1:])
        dialog = QProgressDialog(self.tr("正在生成演示数据（2014年南宁市委督查室），需要几秒钟……"),
                                 self.tr("取消"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("演示数据"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(proc.kill)
        proc.finished.connect(lambda code, status: self._built(demo, code, status))
        proc.errorOccurred.connect(self._not_started)
        self.builder, self.progress = proc, dialog
        proc.start()
        dialog.show()

    def _finish_build(self) -> tuple[bool, str]:
        # The dialog goes with its window: a window closed during the build took it along.
        progress = self.progress if self.progress is not None and isValid(self.progress) else None
        canceled = progress is None or progress.wasCanceled()
        error = ""
        if self.builder is not None:
            error = bytes(self.builder.readAllStandardError()).decode("utf-8", "replace").strip()
            self.builder.deleteLater()
        if progress is not None:
            progress.close()
            progress.deleteLater()
        self.builder = self.progress = None
        return canceled, error

    def stop_build(self) -> None:
        """Kill a build still running (the application is closing); it leaves nothing behind."""
        if self.builder is not None:
            self.builder.kill()
            self.builder.waitForFinished(5000)

    def _built(self, demo: Path, code: int, status: QProcess.ExitStatus) -> None:
        canceled, error = self._finish_build()
        if canceled:
            QMessageBox.information(self.window, self.tr("已取消"),
                                    self.tr("已取消，演示数据库没有生成（演示数据一次写完，中途取消不留半成品）。"))
            return
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            lines = [ln for ln in error.splitlines() if ln.startswith("错误：")] or error.splitlines()[-3:]
            QMessageBox.warning(self.window, self.tr("演示数据未能生成"),
                                self.tr("生成演示数据时出错：\n{0}").format("\n".join(lines) or code))
            return
        self._enter_demo(demo)

    def _not_started(self, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart or self.builder is None:
            return
        self._finish_build()
        QMessageBox.warning(self.window, self.tr("演示数据未能生成"),
                            self.tr("无法启动生成演示数据的程序：{0}").format(" ".join(demo_command(self.demo_path()))))

    def _enter_demo(self, demo: Path) -> None:
        home = self.path
        if self.open(demo, home=home, parent=self.window) != "ok":
            return
        day = self.window.session.today()
        QMessageBox.information(self.window, self.tr("演示数据"), self.tr(
            "现在打开的是演示数据库：{0}\n\n"
            "这是南宁市委督查室 2014年的演示数据（人名为虚构），“今天”按 {1}年{2}月{3}日 计。"
            "在这里所做的任何修改只影响演示数据库，不影响本室数据。\n\n"
            "要回到本室数据库，请点窗口右下角的“返回本室数据库”。").format(demo, day.year, day.month, day.day))

    def go_home(self) -> None:
        """Back from the demonstration to the file it was opened from."""
        if self.window is None or self.window.session.home_path is None:
            return
        self.open(self.window.session.home_path, parent=self.window)
