"""``restore`` of a backup made before accounts: warned before asking, told after."""
from __future__ import annotations

import io
import sqlite3

import pytest

from cli import run


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)
    monkeypatch.delenv("DUCHA_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", None)


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A database backed up while single-user, then given its first administrator."""
    db = tmp_path / "office.sqlite3"
    assert run(["init", "--db", str(db)]) == 0
    assert run(["backup", str(tmp_path / "bk"), "--db", str(db)]) == 0
    monkeypatch.setenv("DUCHA_NEW_PASSWORD", "Admin-pass-1")
    assert run(["user", "add", "boss", "--role", "admin", "--db", str(db)]) == 0
    monkeypatch.setenv("DUCHA_PASSWORD", "Admin-pass-1")
    return db, next((tmp_path / "bk").glob("office-*.sqlite3"))


def test_restore_with_yes_prints_the_single_user_warning_and_goes_on(office, capsys):
    db, backup = office
    capsys.readouterr()
    assert run(["restore", str(backup), "--yes", "--db", str(db), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    warned = out.index("恢复后程序将回到单用户模式")
    assert warned < out.index("已从")
    assert out.index("已回到单用户模式") > out.index("已从")
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM account").fetchone()[0] == 0


def test_restore_without_yes_warns_before_refusing_or_asking(office, capsys, monkeypatch):
    db, backup = office
    capsys.readouterr()
    assert run(["restore", str(backup), "--db", str(db), "--user", "boss"]) == 1  # no terminal
    assert "单用户模式" in capsys.readouterr().out
    tty = io.StringIO()
    tty.isatty = lambda: True
    monkeypatch.setattr("sys.stdin", tty)
    printed_before_prompt = []

    def answer(prompt: str) -> str:
        printed_before_prompt.append(capsys.readouterr().out)
        return "n"

    monkeypatch.setattr("builtins.input", answer)
    assert run(["restore", str(backup), "--db", str(db), "--user", "boss"]) == 1
    assert "单用户模式" in printed_before_prompt[0]
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM account").fetchone()[0] == 1


def test_restore_of_a_backup_with_the_same_accounts_says_nothing_about_them(office, tmp_path, capsys):
    db, _ = office
    assert run(["backup", str(tmp_path / "bk2"), "--db", str(db), "--user", "boss"]) == 0
    same = next((tmp_path / "bk2").glob("office-*.sqlite3"))
    capsys.readouterr()
    assert run(["restore", str(same), "--yes", "--db", str(db), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert "账号" not in out and "已从" in out
