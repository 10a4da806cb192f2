"""Commands on a full or read-only disk: a clear message, never a traceback, nothing half-written.

The first test fakes the full disk inside SQLite (``max_page_count``); the second
mounts a real 4 MB tmpfs, fills it and remounts it read-only — it needs root and is
skipped, with the reason shown, where mounting is not allowed.
"""
from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from cli import run


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("sys.stdin", None)


def _units_file(folder: Path, i: int, n: int = 1) -> Path:
    f = folder / f"units{i}.csv"
    f.write_text("单位名称\n" + "".join(f"测试单位{i}-{k}\n" for k in range(n)), encoding="utf-8")
    return f


def _units(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT name FROM unit ORDER BY id")]
    finally:
        con.close()


def test_writes_refused_by_sqlite_for_want_of_room_say_so(tmp_path, monkeypatch, capsys):
    import models.core.db as dbmod

    db = tmp_path / "office.sqlite3"
    assert run(["import", "units", str(_units_file(tmp_path, 0)), "--db", str(db)]) == 0
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    monkeypatch.setattr(dbmod, "PRAGMAS", (*dbmod.PRAGMAS, ("max_page_count", pages)))
    for i in range(1, 11):
        capsys.readouterr()
        assert run(["import", "units", str(_units_file(tmp_path, i, 300)), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("错误：磁盘已满") and "没有保存" in err and "Traceback" not in err
    assert _units(db) == ["测试单位0-0"]


def _mount(folder: Path, options: str) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("a real full disk needs root to mount a small tmpfs; the max_page_count test covers the rest")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")


def _fill(folder: Path, leave: int) -> Path:
    """Fill the disk, then give back ``leave`` bytes."""
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


def test_a_real_full_then_read_only_disk(tmp_path, capsys):
    disk, usb = tmp_path / "disk", tmp_path / "usb"
    disk.mkdir()
    usb.mkdir()
    _mount(disk, "size=4m")
    try:
        _mount(usb, "size=1m")
        db = disk / "office.sqlite3"
        assert run(["import", "units", str(_units_file(tmp_path, 0)), "--db", str(db)]) == 0
        filler = _fill(disk, 40 * 1024)
        for i in range(1, 11):  # ten writes on the full disk
            capsys.readouterr()
            assert run(["import", "units", str(_units_file(tmp_path, i)), "--db", str(db)]) == 1
            err = capsys.readouterr().err
            assert err.startswith("错误：磁盘已满") and "完好无损" in err and "Traceback" not in err, err
        _fill(usb, 0)
        assert run(["export", "instructions", str(usb / "台账.xlsx"), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("错误：磁盘已满") and "没有生成" in err
        assert run(["backup", str(usb / "备份"), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert "磁盘已满" in err and "U盘" not in err.split("。")[0]
        assert sorted(str(p.relative_to(usb)) for p in usb.rglob("*")) in (["filler.bin"], ["filler.bin", "备份"])
        _fill(disk, 0)
        assert run(["stats", "--from", "2014-01-01", "--to", "2014-12-31", "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("错误：磁盘已满") and "没有损坏" in err and "请用“恢复备份”恢复" not in err
        filler.unlink()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        assert run(["import", "units", str(_units_file(tmp_path, 11)), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert "只读" in err and ("没有损坏" in err or "完好无损" in err) and "Traceback" not in err
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        assert run(["check", "--db", str(db)]) == 0
        assert _units(db) == ["测试单位0-0"]
    finally:
        for folder in (usb, disk):
            if subprocess.run(["umount", str(folder)], capture_output=True).returncode:
                subprocess.run(["umount", "-l", str(folder)], capture_output=True)
