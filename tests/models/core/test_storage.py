"""A full or read-only disk is told apart from a damaged database; nothing half-written stays.

Without mounting anything: ``PRAGMA max_page_count`` makes SQLite itself answer
SQLITE_FULL, and file writes are made to fail with ENOSPC / EROFS.
(``tests/cli/test_disk_full_cli.py`` does the same on a real, small tmpfs.)
"""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from models.core import audit, storage
from models.core.db import close_database, database
from models.core.schema import open_database
from models.core.storage import StorageError, write_file
from models.reference.directory import Unit, UnitData, save_unit
from reports.spreadsheet import write_sheet


def _cap_the_file(db) -> None:
    """From now on the database cannot grow by a single page: SQLite answers SQLITE_FULL."""
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")


def test_ten_writes_on_a_full_disk_each_say_so_and_keep_what_was_saved(db, actor):
    save_unit(actor, UnitData("市水利局"))
    _cap_the_file(db)
    for i in range(10):
        with pytest.raises(StorageError) as caught:
            save_unit(actor, UnitData(f"市第{i}局", "x" * 20000))
        text = caught.value.message
        assert text.startswith("磁盘已满") and "没有保存" in text and "完好无损" in text
        assert "损坏" not in text.replace("没有损坏", "") and "恢复备份" in text  # "不需要恢复备份"
        assert caught.value.kind == storage.FULL
        assert not database().in_transaction()
    assert [u.name for u in Unit.select()] == ["市水利局"]
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    save_unit(actor, UnitData("市农委"))  # room again: the next write just works
    assert {u.name for u in Unit.select()} == {"市水利局", "市农委"}
    assert audit.verify_chain() is None


def test_a_transaction_sqlite_already_rolled_back_is_not_rolled_back_again(db, actor, monkeypatch):
    # After some full-disk errors SQLite ends the transaction itself; a second ROLLBACK
    # then failed with "cannot rollback - no transaction is active" and hid the reason.
    from models.core.db import write_transaction

    with pytest.raises(StorageError, match="磁盘已满"), write_transaction():
        db.execute_sql("INSERT INTO setting (key, value) VALUES ('x', '1')")
        db.execute_sql("ROLLBACK")  # what SQLite did on its own
        raise sqlite3.OperationalError("database or disk is full")
    assert not db.in_transaction()
    save_unit(actor, UnitData("市水利局"))
    assert Unit.select().count() == 1


def test_a_read_only_database_says_read_only(db, actor):
    db.execute_sql("PRAGMA query_only = 1")  # SQLite answers as for a read-only file
    with pytest.raises(StorageError) as caught:
        save_unit(actor, UnitData("市水利局"))
    assert caught.value.kind == storage.READ_ONLY and "只读" in caught.value.message
    db.execute_sql("PRAGMA query_only = 0")


def test_vague_sqlite_words_are_named_by_probing_the_disk(tmp_path, monkeypatch):
    vague = sqlite3.OperationalError("disk I/O error")
    assert storage.sqlite_error_kind(vague, tmp_path) is None  # a sound disk: not a storage problem

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.tempfile, "TemporaryFile", full)
    assert storage.sqlite_error_kind(vague, tmp_path) == storage.FULL


def test_opening_on_a_full_disk_is_not_called_damage(tmp_path, monkeypatch):
    path = tmp_path / "office.sqlite3"
    open_database(path)
    close_database()

    def disk_io(*_a, **_k):
        return "disk I/O error"

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("models.core.db.integrity_problem", disk_io)
    monkeypatch.setattr(storage.tempfile, "TemporaryFile", full)
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.message.startswith("磁盘已满") and "没有损坏" in caught.value.message
    assert "请用“恢复备份”恢复" not in caught.value.message


def _fails_halfway(err: int):
    """``Path.write_bytes`` that puts half the file on the disk, then meets ``err``."""

    def write(self, data):
        with open(self, "wb") as fh:
            fh.write(data[: len(data) // 2])
        raise OSError(err, "simulated")

    return write


@pytest.mark.parametrize(("err", "kind", "words"), [(errno.ENOSPC, storage.FULL, "磁盘已满"),
                                                    (errno.EROFS, storage.READ_ONLY, "只读")])
def test_an_export_on_a_full_or_read_only_disk_leaves_no_file(tmp_path, monkeypatch, err, kind, words):
    out = tmp_path / "exports" / "台账.xlsx"
    monkeypatch.setattr(Path, "write_bytes", _fails_halfway(err))
    with pytest.raises(StorageError) as caught:
        write_sheet(out, "台账", ["单位"], [["市水利局"]])
    assert caught.value.kind == kind and words in caught.value.message and "没有生成" in caught.value.message
    assert list(out.parent.iterdir()) == []  # no .partial, no half a workbook
    with pytest.raises(StorageError):
        write_file(tmp_path / "通报.pdf", lambda tmp: tmp.write_bytes(b"%PDF-1.4 ..."))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exports"]


def test_an_export_that_fails_otherwise_also_leaves_nothing(tmp_path):
    def broken(target):
        Path(target).write_bytes(b"half")
        raise ValueError("a bug while writing")

    with pytest.raises(ValueError):
        write_file(tmp_path / "a.xlsx", broken)
    assert list(tmp_path.iterdir()) == []
    assert write_file(tmp_path / "a.txt", lambda t: t.write_bytes(b"whole")).read_bytes() == b"whole"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
