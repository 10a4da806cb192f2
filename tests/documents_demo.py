"""The documents tests' way to the shared demonstration database (see demo_template.py)."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

TODAY = dt.date(2014, 10, 28)


def template_path(tmp_path_factory) -> Path:
    """The demo database file of this session (the one every demo test copies)."""
    from tests.demo_template import DB_NAME, template_folder

    return template_folder(tmp_path_factory) / DB_NAME


def open_copy(tmp_path_factory, target: Path):
    """Copy the demo to ``target`` and open it; the caller closes it."""
    from models.core.schema import open_database

    shutil.copyfile(template_path(tmp_path_factory), target)
    return open_database(target)
