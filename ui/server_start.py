"""Which database the window opens: a file, or the office's PostgreSQL server.

``--db postgresql://user@host:port/dbname`` opens the window on the server; the files
that go beside a database file (logs, crash reports, local copies of the backups) are
kept on this computer in the data folder's ``servers/<host>-<port>-<dbname>``
(:func:`models.core.paths.local_folder`).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.core.dialect import is_server, parse
from models.core.errors import UserError
from models.core.paths import default_db_path

APP = "督查工作台"


def database_target(db_path: Path | str | None, parent: QWidget | None = None) -> Path | str | None:
    """The database to open: a file's ``Path`` (the default file when none is given), or
    the server's address as text, written as :func:`models.core.dialect.parse` writes it
    (never with a password). An address that cannot be used is said in a message box
    and gives ``None``."""
    if is_server(db_path):
        try:
            return parse(str(db_path)).url
        except UserError as exc:
            QMessageBox.critical(parent, APP, QCoreApplication.translate(
                "database_target", "无法打开服务器数据库：{0}").format(exc.message))
            return None
    return Path(db_path or default_db_path())
