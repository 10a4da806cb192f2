"""The document commands: draft, issue, refuse a used number, re-print, reminders recorded."""
from __future__ import annotations

import pytest

from tests.documents_demo import template_path

TODAY = "2014-10-28"


@pytest.fixture
def demo_file(tmp_path, tmp_path_factory, monkeypatch):
    import shutil

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    target = tmp_path / "demo.sqlite3"
    shutil.copyfile(template_path(tmp_path_factory), target)
    return target


def _run(*argv: str) -> int:
    from cli import run

    return run(list(argv))


def test_bulletin_draft_then_issue_then_refuse_the_same_issue(demo_file, tmp_path, capsys):
    out = tmp_path / "b.pdf"
    common = ["--db", str(demo_file), "--today", TODAY, "--from", "2014-01-01", "--to", TODAY, "--issue", "12"]
    assert _run("bulletin", *common, "-o", str(out), "--draft") == 0
    text = capsys.readouterr().out
    assert "预览稿" in text and "2014年第12期" in text and "字体：仿宋=" in text
    assert out.read_bytes().startswith(b"%PDF")
    marks = _watermarks(out)
    assert marks and all(m == "样稿·未印发" for m in marks)
    assert "2014年第12期" not in _text(out)  # the number is printed only once issued
    assert _run("bulletin", *common, "-o", str(out)) == 0
    text = capsys.readouterr().out
    assert "已印发并登记 1 份" in text and "页" in text
    assert _run("bulletin", *common, "-o", str(tmp_path / "again.pdf")) == 1
    assert "已经印发" in capsys.readouterr().err
    assert not (tmp_path / "again.pdf").exists()
    assert _run("documents", "--db", str(demo_file), "--reprint", "1", "-o", str(tmp_path / "r.pdf")) == 0
    assert (tmp_path / "r.pdf").read_bytes() == out.read_bytes()
    assert _watermarks(out) == [""] * len(marks)
    assert "2014年第12期" in _text(out)


def _text(path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "".join(c["text"] for page in pdf.pages for c in page.chars)


def _watermarks(path) -> list[str]:
    """Per page, the grey characters (the draft mark) in drawing order."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return ["".join(c["text"] for c in page.chars
                        if tuple(round(x, 2) for x in (c.get("non_stroking_color") or ())) == (0.78, 0.78, 0.78)
                        and c["text"].strip())
                for page in pdf.pages]


def test_reminder_records_a_written_reminder(demo_file, tmp_path, capsys):
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.instructions.records import Instruction

    open_database(demo_file)
    ins = Instruction.select().where(Instruction.state == "办理中").order_by(Instruction.id).first()
    number, before = ins.number, ins.reminder_count
    close_database()
    assert _run("reminder", "--db", str(demo_file), "--today", TODAY, "--instruction", number,
                "-o", str(tmp_path / "r.pdf")) == 0
    assert "催办通知 南委督催〔2014〕1号" in capsys.readouterr().out
    open_database(demo_file)
    try:
        assert Instruction.get(Instruction.number == number).reminder_count > before
    finally:
        close_database()


def test_notice_for_one_unit_and_unknown_inputs(demo_file, tmp_path, capsys):
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.instructions.records import Instruction, assignments_of

    open_database(demo_file)
    ins = Instruction.select().where(Instruction.state == "办理中").order_by(Instruction.id).first()
    number, unit = ins.number, assignments_of(ins.id)[0].unit.name
    close_database()
    out = tmp_path / "n.pdf"
    assert _run("notice", "--db", str(demo_file), "--today", TODAY, "--instruction", number, "--unit", unit,
                "-o", str(out)) == 0
    assert "督办通知单 南委督办〔2014〕1号" in capsys.readouterr().out
    assert _run("notice", "--db", str(demo_file), "--today", TODAY, "--instruction", "督〔2099〕1号",
                "-o", str(out)) == 1
    assert "没有编号为" in capsys.readouterr().err
    assert _run("notice", "--db", str(demo_file), "--today", TODAY, "--instruction", number, "--unit", "不存在的单位",
                "-o", str(out)) == 1


def test_feedback_and_criticism_commands(demo_file, tmp_path, capsys):
    assert _run("feedback", "--db", str(demo_file), "--today", TODAY, "--minutes", "〔2014〕8号",
                "-o", str(tmp_path / "f.pdf"), "--draft") == 0
    assert "南委督反〔2014〕1号" in capsys.readouterr().out
    assert _run("criticism", "--db", str(demo_file), "--today", TODAY, "--record", "999",
                "-o", str(tmp_path / "c.pdf")) == 1
    assert "通报批评记录" in capsys.readouterr().err


def test_the_four_documents_of_part_4_from_the_command_line(demo_file, tmp_path, capsys):
    """督查专报, 办理情况报告, 一览表 and 转办单: drafted, issued with their own numbers, listed."""
    import sqlite3

    with sqlite3.connect(demo_file) as con:
        number = con.execute("SELECT number FROM instruction WHERE state = '已复核' ORDER BY id").fetchone()[0]
        board = con.execute("SELECT board_no FROM message WHERE state = '已转办' ORDER BY id").fetchone()[0]
    db = ["--db", str(demo_file), "--today", TODAY]
    assert _run("special-report", *db, "--activity", "3", "-o", str(tmp_path / "s.pdf"), "--draft") == 0
    assert "拟用编号（印发时才印上）：2014年第1期" in capsys.readouterr().out
    assert _run("special-report", *db, "--topic", "1", "-o", str(tmp_path / "s.docx")) == 0
    assert "督查专报 2014年第1期" in capsys.readouterr().out
    assert (tmp_path / "s.docx").read_bytes().startswith(b"PK")
    assert _run("report-back", *db, "--instruction", number, "-o", str(tmp_path / "r.pdf")) == 0
    assert "办理情况报告 南委督报〔2014〕1号" in capsys.readouterr().out
    assert _run("report-back", *db, "--instruction", number, "-o", str(tmp_path / "r2.pdf")) == 1
    assert "不再另行编号" in capsys.readouterr().err
    assert _run("leader-sheet", *db, "--leader", "覃海明", "--from", "2014-01-01", "--to", "2014-12-31",
                "-o", str(tmp_path / "l.pdf")) == 0
    assert "领导批示件办理情况一览表 南委督表〔2014〕1号" in capsys.readouterr().out
    assert _run("message-transfer", *db, "--message", board, "-o", str(tmp_path / "m.pdf")) == 0
    assert "网民留言转办单 南委督转〔2014〕1号" in capsys.readouterr().out
    assert _run("message-transfer", *db, "--message", "不存在", "-o", str(tmp_path / "m2.pdf")) == 1
    assert "没有编号为“不存在”的留言" in capsys.readouterr().err
    assert _run("documents", *db, "--kind", "special") == 0
    assert "共 1 份" in capsys.readouterr().out
