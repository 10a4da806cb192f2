"""The files that go with a server database (logs, crash reports, the local copies of
its backups) live in this computer's data folder, one folder per server database."""
from __future__ import annotations

from pathlib import Path

import pytest

from models.core.errors import DatabaseOpenError
from models.core.logs import log_dir_for
from models.core.paths import (
    attachments_dir_for,
    backup_dir_for,
    local_folder,
    network_warning,
    server_folder,
)


def test_a_server_gets_a_folder_of_its_own_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    url = "postgresql://clerk@office-db:5433/ducha"
    here = tmp_path / "servers" / "office-db-5433-ducha"
    assert server_folder(url) == here == local_folder(url)
    assert log_dir_for(url) == here / "logs"
    assert backup_dir_for(url) == here / "backups"
    assert attachments_dir_for(url) == here / "attachments"
    # another database or schema on the same server is another folder; the user is not part of it
    assert server_folder("postgresql://other@office-db:5433/ducha") == here
    assert server_folder("postgresql://clerk@office-db/ducha2") == tmp_path / "servers" / "office-db-5432-ducha2"
    assert server_folder(url + "?schema=year2015") == tmp_path / "servers" / "office-db-5433-ducha-year2015"


def test_a_file_keeps_its_files_beside_it(tmp_path):
    db = tmp_path / "office" / "ducha.sqlite3"
    assert local_folder(db) == (tmp_path / "office").resolve()
    assert log_dir_for(db) == (tmp_path / "office" / "logs").resolve()
    assert backup_dir_for(db) == (tmp_path / "office" / "backups").resolve()


def test_an_address_with_a_password_never_names_a_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path))
    with pytest.raises(DatabaseOpenError):
        server_folder("postgresql://clerk:secret@office-db/ducha")
    assert not any("secret" in str(p) for p in Path(tmp_path).rglob("*"))


def test_the_server_is_not_warned_about_as_a_network_share():
    assert network_warning("postgresql://clerk@office-db:5433/ducha") == ""
