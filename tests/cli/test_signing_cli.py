"""审核签发 on the command line: --submit, signing pending/sign/return, then the same command issues."""
from __future__ import annotations

import pytest

from tests.documents_demo import template_path

TODAY = "2014-10-28"
PASSWORDS = {"主任": "Admin-pass-1", "张督查": "Clerk-pass-1", "李督查": "Clerk-pass-2"}


@pytest.fixture
def office_file(tmp_path, tmp_path_factory, monkeypatch):
    """The demo with accounts: 主任 (管理员), 张督查 and 李督查 (督查员)."""
    import shutil

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(template_path(tmp_path_factory), target)
    for name, role, user in (("主任", "admin", None), ("张督查", "clerk", "主任"), ("李督查", "clerk", "主任")):
        monkeypatch.setenv("DUCHA_NEW_PASSWORD", PASSWORDS[name])
        if user:
            monkeypatch.setenv("DUCHA_PASSWORD", PASSWORDS[user])
        extra = ["--user", user] if user else []
        assert _run("user", "add", name, "--role", role, "--db", str(target), *extra) == 0
    return target


def _as(monkeypatch, name: str, *argv: str) -> int:
    monkeypatch.setenv("DUCHA_PASSWORD", PASSWORDS[name])
    return _run(*argv, "--user", name)


def _run(*argv: str) -> int:
    from cli import run

    return run(list(argv))


def test_submit_sign_then_issue_names_drafter_and_signer(office_file, tmp_path, capsys, monkeypatch):
    db = ["--db", str(office_file), "--today", TODAY]
    bulletin = ["bulletin", *db, "--from", "2014-01-01", "--to", TODAY, "-o", str(tmp_path / "b.pdf")]
    capsys.readouterr()
    # A clerk cannot issue alone.
    assert _as(monkeypatch, "张督查", *bulletin) == 1
    assert "尚未签发" in capsys.readouterr().err
    assert not (tmp_path / "b.pdf").exists()
    assert _as(monkeypatch, "张督查", *bulletin, "--submit") == 0
    out = capsys.readouterr().out
    assert "已提交签发：第 1 号签发单" in out and (tmp_path / "b.pdf").exists()
    assert _as(monkeypatch, "张督查", "signing", "pending", *db) == 0
    assert "待签发" in capsys.readouterr().out
    sample = tmp_path / "送签.pdf"
    assert _as(monkeypatch, "主任", "signing", "show", "1", "-o", str(sample), *db) == 0
    assert sample.read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert _as(monkeypatch, "张督查", "signing", "sign", "1", *db) == 1
    assert "管理员或“可签发”的督查员" in capsys.readouterr().err
    assert _as(monkeypatch, "张督查", *bulletin) == 1
    assert "等待签发" in capsys.readouterr().err
    assert _as(monkeypatch, "主任", "signing", "sign", "1", *db) == 0
    assert "已签发第 1 号签发单" in capsys.readouterr().out
    assert _as(monkeypatch, "张督查", *bulletin) == 0
    assert "已印发并登记 1 份" in capsys.readouterr().out
    assert _as(monkeypatch, "张督查", "documents", *db) == 0
    assert "拟稿 张督查，签发 主任 2014-10-28" in capsys.readouterr().out
    assert _as(monkeypatch, "张督查", "signing", "show", "1", *db) == 0
    assert "已印发：2014年第1期" in capsys.readouterr().out


def test_a_returned_document_is_not_issued_and_may_sign_is_set_by_an_admin(office_file, tmp_path, capsys,
                                                                          monkeypatch):
    db = ["--db", str(office_file), "--today", TODAY]
    bulletin = ["bulletin", *db, "--from", "2014-07-01", "--to", "2014-09-30", "-o", str(tmp_path / "b.pdf")]
    assert _as(monkeypatch, "张督查", *bulletin, "--submit") == 0
    assert _as(monkeypatch, "张督查", "user", "may-sign", "李督查", "on", *db) == 1
    assert _as(monkeypatch, "主任", "user", "may-sign", "李督查", "on", *db) == 0
    capsys.readouterr()
    assert _as(monkeypatch, "李督查", "signing", "return", "1", "--reason", "问题部分要写具体单位", *db) == 0
    assert "已退回第 1 号签发单" in capsys.readouterr().out
    assert _as(monkeypatch, "张督查", *bulletin) == 1
    assert "问题部分要写具体单位" in capsys.readouterr().err
    assert _as(monkeypatch, "主任", "user", "list", *db) == 0
    listed = capsys.readouterr().out
    assert "李督查\t督查员\t正常" in listed and listed.count("可签发") == 1
    assert _as(monkeypatch, "张督查", "signing", "list", *db) == 0
    assert "已退回" in capsys.readouterr().out


def test_without_accounts_the_command_issues_in_one_step(tmp_path, tmp_path_factory, monkeypatch, capsys):
    import shutil

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(template_path(tmp_path_factory), target)
    assert _run("bulletin", "--db", str(target), "--today", TODAY, "--from", "2014-01-01", "--to", TODAY,
                "-o", str(tmp_path / "b.pdf")) == 0
    assert "已印发并登记 1 份" in capsys.readouterr().out
    assert _run("signing", "pending", "--db", str(target)) == 0
    assert "没有待签发的文件" in capsys.readouterr().out
