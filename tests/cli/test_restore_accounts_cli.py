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


def test_restore_of_a_backup_without_an_active_admin_says_so(office, tmp_path, capsys, monkeypatch):
    db, _ = office
    monkeypatch.setenv("DUCHA_NEW_PASSWORD", "Clerk-pass-1")
    assert run(["user", "add", "li", "--role", "clerk", "--db", str(db), "--user", "boss"]) == 0
    assert run(["backup", str(tmp_path / "bk3"), "--db", str(db), "--user", "boss"]) == 0
    edited = next((tmp_path / "bk3").glob("office-*.sqlite3"))
    # Only an old or hand-edited file lacks an administrator: the program never leaves one.
    con = sqlite3.connect(edited)
    con.execute("UPDATE account SET active = 0 WHERE name = 'boss'")
    con.commit()
    con.close()
    capsys.readouterr()
    assert run(["restore", str(edited), "--yes", "--db", str(db), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert out.index("备份中没有启用的管理员账号，恢复后将无人能管理账号或再次恢复备份") < out.index("已从")
    assert "您的账号“boss”在备份中已停用" in out and "（无）" not in out and "管理员账号（" not in out
