"""Where the office's data lives on disk (database, backups, attachments)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "DuchaWorkbench"
DB_FILE_NAME = "ducha.sqlite3"


def default_data_dir(env: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """The per-user data folder: %LOCALAPPDATA% on Windows, the XDG data dir elsewhere.

    ``DUCHA_DATA_DIR`` overrides it (tests, portable installs on a USB stick).
    """
    env = dict(os.environ) if env is None else env
    platform = platform or sys.platform
    if env.get("DUCHA_DATA_DIR"):
        return Path(env["DUCHA_DATA_DIR"])
    if platform.startswith("win"):
        base = env.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_DIR_NAME
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ducha-workbench"


def default_db_path() -> Path:
    """The database file used when no ``--db`` is given."""
    return default_data_dir() / DB_FILE_NAME


def backup_dir_for(db_path: Path) -> Path:
    """The default backup folder: ``backups`` beside the database file."""
    return Path(db_path).resolve().parent / "backups"


def attachments_dir_for(db_path: Path) -> Path:
    """Scanned originals and reports are kept beside the database, never inside it."""
    return Path(db_path).resolve().parent / "attachments"
