"""The program's log (运行日志): a rotating file in the data folder.

On Windows the program runs without a console (``pythonw``), so anything it would have
printed — an unexpected error above all — is written here, where the 关于 box and the
error dialog point the clerk (and the administrator) to.
"""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "ducha.log"
#: Five files of one megabyte each: weeks of ordinary use, never a full disk.
MAX_BYTES, BACKUPS = 1_000_000, 5
_HANDLER_NAME = "ducha-file"


def log_dir_for(db_path: Path | str) -> Path:
    """The log folder: ``logs`` beside the database file (for a server's
    ``postgresql://`` address, in this computer's folder for it,
    :func:`models.core.paths.local_folder`)."""
    from models.core.paths import local_folder

    return local_folder(db_path) / "logs"


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Send the root logger to ``folder/ducha.log`` (rotating); return the file's path.

    Called again (another database opened) it moves the log, never doubles it. A folder
    that cannot be written leaves logging to the console: the program still runs.
    """
    stop_logging()
    root = logging.getLogger()
    path = Path(folder) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8", delay=True)
    except OSError:
        logging.basicConfig(level=level)
        return path
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    return path


def stop_logging() -> None:
    """Close the log file (the window closed, or a test ends)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()


def current_log_file() -> Path | None:
    """The file the log is written to now, if any."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == _HANDLER_NAME and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
