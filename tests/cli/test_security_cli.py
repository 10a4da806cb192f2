"""The security commands: user add/list, a viewer refused by a writing command, restore, audit."""
from __future__ import annotations

import sqlite3

import openpyxl
import pytest

from cli import run


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)
    monkeypatch.delenv("DUCHA_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", None)


def _as(monkeypatch, password: str | None = None, new: str | None = None) -> None:
    for key, value in (("DUCHA_PASSWORD", password), ("DUCHA_NEW_PASSWORD", new)):
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)


@pytest.fixture
def office(tmp_path, monkeypatch):
    db = tmp_path / "office.sqlite3"
    assert run(["init", "--db", str(db)]) == 0
    _as(monkeypatch, new="Admin-pass-1")
    assert run(["user", "add", "boss", "--role", "admin", "--db", str(db)]) == 0
    _as(monkeypatch, password="Admin-pass-1", new="Viewer-pass-1")
    assert run(["user", "add", "reader", "--role", "viewer", "--db", str(db), "--user", "boss"]) == 0
    return db


def test_first_account_must_be_admin(tmp_path, monkeypatch, capsys):
    db = tmp_path / "o.sqlite3"
    _as(monkeypatch, new="Clerk-pass-1")
    assert run(["user", "add", "zhang", "--role", "clerk", "--db", str(db)]) == 1
    assert "第一个账号必须是管理员" in capsys.readouterr().err


def test_every_command_needs_a_login_once_accounts_exist(office, monkeypatch, capsys):
    _as(monkeypatch)
    capsys.readouterr()
    assert run(["user", "list", "--db", str(office)]) == 1
    assert "--user" in capsys.readouterr().err
    _as(monkeypatch, password="wrong-pass-1")
    assert run(["user", "list", "--db", str(office), "--user", "boss"]) == 1
    _as(monkeypatch, password="Admin-pass-1")
    assert run(["user", "list", "--db", str(office), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert "boss\t管理员" in out and "reader\t查阅" in out


def test_wrong_passwords_slow_the_sign_in_and_the_admin_still_gets_in(office, monkeypatch, capsys):
    from types import SimpleNamespace

    from models.safety import accounts

    slept = []
    monkeypatch.setattr(accounts, "time", SimpleNamespace(sleep=slept.append))  # the sign-in's clock only
    _as(monkeypatch, password="not-the-password")
    for _ in range(7):  # a colleague, under the admin's name
        assert run(["user", "list", "--db", str(office), "--user", "boss"]) == 1
    assert slept == [1, 2]
    capsys.readouterr()
    _as(monkeypatch, password="Admin-pass-1")
    assert run(["user", "list", "--db", str(office), "--user", "boss"]) == 0
    captured = capsys.readouterr()
    assert slept == [1, 2, 4] and "等待 4 秒后核对" in captured.err
    assert "boss\t管理员\t正常" in captured.out  # the right password cleared the count
    _as(monkeypatch, password="not-the-password")
    for _ in range(6):
        run(["user", "list", "--db", str(office), "--user", "reader"])
    _as(monkeypatch, password="Admin-pass-1")
    capsys.readouterr()
    assert run(["user", "list", "--db", str(office), "--user", "boss"]) == 0
    assert "reader\t查阅\t连续输错 6 次，登录须等待 2 秒" in capsys.readouterr().out
    assert run(["user", "unlock", "reader", "--db", str(office), "--user", "boss"]) == 0
    assert "输错密码计数" in capsys.readouterr().out
    _as(monkeypatch, password="Viewer-pass-1")
    slept.clear()
    assert run(["user", "list", "--db", str(office), "--user", "reader"]) == 0 and slept == []


def test_viewer_is_refused_by_a_writing_command(office, tmp_path, monkeypatch, capsys):
    f = tmp_path / "units.csv"
    f.write_text("单位名称\n市水利局\n", encoding="utf-8")
    _as(monkeypatch, password="Viewer-pass-1")
    capsys.readouterr()
    assert run(["import", "units", str(f), "--db", str(office), "--user", "reader"]) == 1
    assert "查阅" in capsys.readouterr().err
    _as(monkeypatch, password="Viewer-pass-1", new="Clerk-pass-1")
    assert run(["user", "add", "x", "--role", "clerk", "--db", str(office), "--user", "reader"]) == 1
    con = sqlite3.connect(office)
    assert con.execute("SELECT COUNT(*) FROM unit").fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM account").fetchone()[0] == 2


def _past_backups(folder, db, days: int) -> list:
    """Backups of the last ``days`` days before now, named and written then."""
    import datetime as dt
    import os

    from models.safety.backups import backup_name

    folder.mkdir(exist_ok=True)
    out = []
    for i in range(1, days + 1):
        moment = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=i)
        path = folder / backup_name(db, moment, "exit")
        path.write_bytes(b"a backup")
        os.utime(path, (moment.timestamp(), moment.timestamp()))
        out.append(path)
    return out


def test_a_viewer_can_neither_back_up_nor_delete_backups(office, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "bk"
    real = _past_backups(folder, office, 30)
    _as(monkeypatch, password="Viewer-pass-1")
    capsys.readouterr()
    for month in range(1, 13):  # what once deleted every backup there was
        assert run(["backup", str(folder), "--today", f"2099-{month:02d}-01", "--db", str(office),
                    "--user", "reader"]) == 1
    assert "查阅" in capsys.readouterr().err
    assert sorted(folder.iterdir()) == sorted(real)


def test_backing_up_with_a_made_up_today_leaves_the_real_newest_backups(office, tmp_path, monkeypatch, capsys):
    _as(monkeypatch, password="Admin-pass-1", new="Clerk-pass-1")
    assert run(["user", "add", "zhang", "--role", "clerk", "--db", str(office), "--user", "boss"]) == 0
    folder = tmp_path / "bk"
    real = _past_backups(folder, office, 5)
    _as(monkeypatch, password="Clerk-pass-1")
    for month in range(1, 13):
        assert run(["backup", str(folder), "--today", f"2099-{month:02d}-01", "--db", str(office),
                    "--user", "zhang"]) == 0
    assert all(p.exists() for p in real)  # the five real days before today are all still there
    new = [p.name for p in folder.iterdir() if p not in real]
    assert new and not any("2099" in n for n in new)  # named by the clock, not by --today
    con = sqlite3.connect(office)
    deleted = con.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'backup_delete'").fetchone()[0]
    assert deleted == 12 - len(new)  # today's extra copies went, each one audited


def test_restore_and_audit_export(office, tmp_path, monkeypatch, capsys):
    _as(monkeypatch, password="Admin-pass-1")
    f = tmp_path / "units.csv"
    f.write_text("单位名称\n市水利局\n市农委\n", encoding="utf-8")
    assert run(["backup", str(tmp_path / "bk"), "--db", str(office), "--user", "boss"]) == 0
    assert run(["import", "units", str(f), "--db", str(office), "--user", "boss"]) == 0
    backup = next((tmp_path / "bk").glob("office-*.sqlite3"))
    assert run(["restore", str(backup), "--db", str(office), "--user", "boss"]) == 1  # no --yes, no terminal
    assert run(["restore", str(backup), "--yes", "--db", str(office), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert "已另存为" in out
    aside = next(tmp_path.glob("office.replaced-*.sqlite3"))
    assert sqlite3.connect(aside).execute("SELECT COUNT(*) FROM unit").fetchone()[0] == 2
    assert sqlite3.connect(office).execute("SELECT COUNT(*) FROM unit").fetchone()[0] == 0
    assert run(["check", "--db", str(office)]) == 0
    x = tmp_path / "audit.xlsx"
    assert run(["audit", "--by", "boss", "--export", str(x), "--db", str(office), "--user", "boss"]) == 0
    ws = openpyxl.load_workbook(x).active
    cells = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert any(row[3] == "恢复备份" for row in cells)
    capsys.readouterr()
    assert run(["audit", "--record", "账号:1", "--db", str(office), "--user", "boss"]) == 0
    listing = capsys.readouterr().out
    assert "新建  账号（account）  1" in listing and "账号名：boss" in listing and "密码（散列）：（已隐藏）" in listing
    assert "name" not in listing and "{" not in listing
    assert run(["audit", "--record", "account:1", "--db", str(office), "--user", "boss"]) == 0
    assert capsys.readouterr().out == listing
    assert run(["audit", "--record", "unit:x", "--db", str(office), "--user", "boss"]) == 1
