"""One document, one number: issuing it again is refused with the way to a reprint, and a
reprint gives the issued document as PDF (the original) or as a real Word file."""
from __future__ import annotations

import io
import sqlite3

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


def _docx_text(data: bytes) -> str:
    from docx import Document

    return "".join(p.text for p in Document(io.BytesIO(data)).paragraphs).replace("\n", "")


def _issued(demo_file) -> list[tuple[int, str, str]]:
    with sqlite3.connect(demo_file) as con:
        return con.execute("SELECT id, kind, number FROM issued_document ORDER BY id").fetchall()


def test_a_special_report_issued_as_pdf_is_refused_as_word_and_reprinted_as_word(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file), "--today", TODAY]
    assert _run("special-report", *db, "--topic", "1", "-o", str(tmp_path / "a.pdf")) == 0
    capsys.readouterr()
    [(doc_id, _kind, number)] = _issued(demo_file)
    assert number == "2014年第1期"
    assert _run("special-report", *db, "--topic", "1", "-o", str(tmp_path / "a.docx")) == 1
    err = capsys.readouterr().err
    assert f"该督查专报已印发为2014年第1期（登记号 {doc_id}）" in err
    assert f"documents --reprint {doc_id} -o 文件.docx" in err and "印发登记簿”中选中后点“另存为 PDF/Word”" in err
    assert not (tmp_path / "a.docx").exists()
    assert len(_issued(demo_file)) == 1  # no second number taken
    # a different source is a different document with the next number
    assert _run("special-report", *db, "--activity", "3", "-o", str(tmp_path / "b.pdf")) == 0
    assert "2014年第2期" in capsys.readouterr().out

    out = tmp_path / "x.docx"
    assert _run("documents", *db, "--reprint", str(doc_id), "-o", str(out)) == 0
    assert "Word" in capsys.readouterr().out
    data = out.read_bytes()
    assert data.startswith(b"PK") and b"word/document.xml" in data
    text = _docx_text(data)
    assert "2014年第1期" in text and "关于马山县加快特色城镇化建设的督查调研报告" in text
    assert "样稿" not in text
    # --format pdf (or a .pdf name) is still the original, byte for byte
    assert _run("documents", *db, "--reprint", str(doc_id), "-o", str(tmp_path / "x.bin"), "--format", "pdf") == 0
    with sqlite3.connect(demo_file) as con:
        original = con.execute("SELECT pdf FROM issued_document WHERE id = ?", (doc_id,)).fetchone()[0]
    assert (tmp_path / "x.bin").read_bytes() == original


def test_leader_sheet_and_message_transfer_take_one_number_each(demo_file, tmp_path, capsys):
    with sqlite3.connect(demo_file) as con:
        board = con.execute("SELECT board_no FROM message WHERE state = '已转办' ORDER BY id").fetchone()[0]
    db = ["--db", str(demo_file), "--today", TODAY]
    sheet = ["leader-sheet", *db, "--leader", "覃海明", "--from", "2014-01-01", "--to", "2014-10-28"]
    assert _run(*sheet, "-o", str(tmp_path / "l.pdf")) == 0
    assert _run(*sheet, "-o", str(tmp_path / "l.docx")) == 1
    assert "已印发为南委督表〔2014〕1号" in capsys.readouterr().err
    assert _run("message-transfer", *db, "--message", board, "-o", str(tmp_path / "m.pdf")) == 0
    assert _run("message-transfer", *db, "--message", board, "-o", str(tmp_path / "m.docx")) == 1
    assert "已印发为南委督转〔2014〕1号" in capsys.readouterr().err
    issued = _issued(demo_file)
    assert [k for _i, k, _n in issued] == ["leader_sheet", "message"]
    for doc_id, _kind, number in issued:
        out = tmp_path / f"{doc_id}.docx"
        assert _run("documents", *db, "--reprint", str(doc_id), "-o", str(out)) == 0
        assert number in _docx_text(out.read_bytes())


def test_report_back_refusal_names_the_reprint(demo_file, tmp_path, capsys):
    with sqlite3.connect(demo_file) as con:
        number = con.execute("SELECT number FROM instruction WHERE state = '已复核' ORDER BY id").fetchone()[0]
    db = ["--db", str(demo_file), "--today", TODAY]
    assert _run("report-back", *db, "--instruction", number, "-o", str(tmp_path / "r.pdf")) == 0
    [(doc_id, _kind, issued_number)] = _issued(demo_file)
    assert _run("report-back", *db, "--instruction", number, "-o", str(tmp_path / "r.docx")) == 1
    assert f"documents --reprint {doc_id} -o 文件.docx" in capsys.readouterr().err
    assert _run("documents", *db, "--reprint", str(doc_id), "-o", str(tmp_path / "r.docx")) == 0
    assert issued_number in _docx_text((tmp_path / "r.docx").read_bytes())


def test_bulletin_and_reminders_reprint_as_word_with_their_numbers(demo_file, tmp_path, capsys):
    """The richest data (the bulletin's tables, dicts and optional dates) come back from the snapshot."""
    with sqlite3.connect(demo_file) as con:
        number = con.execute("SELECT number FROM instruction WHERE state = '办理中' ORDER BY id").fetchone()[0]
    db = ["--db", str(demo_file), "--today", TODAY]
    assert _run("bulletin", *db, "--from", "2014-01-01", "--to", "2014-12-31", "--details",
                "-o", str(tmp_path / "b.pdf")) == 0
    assert _run("reminder", *db, "--instruction", number, "-o", str(tmp_path / "r.pdf")) == 0
    capsys.readouterr()
    for doc_id, _kind, issued_number in _issued(demo_file):
        out = tmp_path / f"{doc_id}.docx"
        assert _run("documents", *db, "--reprint", str(doc_id), "-o", str(out)) == 0
        assert issued_number in _docx_text(out.read_bytes())


def test_sources_lists_the_records_with_the_argument_to_give(demo_file, capsys):
    db = ["--db", str(demo_file), "--today", TODAY]
    assert _run("documents", *db, "--sources", "special") == 0
    out = capsys.readouterr().out
    assert "--topic 1 " in out and "马山县加快特色城镇化建设" in out
    assert "--activity 3 " in out and "共 " in out
    with sqlite3.connect(demo_file) as con:
        number = con.execute("SELECT number FROM instruction WHERE state = '已复核' ORDER BY id").fetchone()[0]
        busy = con.execute("SELECT number FROM instruction WHERE state = '办理中' ORDER BY id").fetchone()[0]
    assert _run("documents", *db, "--sources", "report_back") == 0
    out = capsys.readouterr().out
    assert f"--instruction {number} " in out and f"--instruction {busy} " not in out
    assert _run("documents", *db, "--sources", "bulletin") == 0
    assert "按时期生成" in capsys.readouterr().out


def test_special_report_takes_a_piece_of_the_title(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file), "--today", TODAY]
    assert _run("special-report", *db, "--topic", "特色城镇化", "-o", str(tmp_path / "t.pdf")) == 0
    capsys.readouterr()
    with sqlite3.connect(demo_file) as con:
        assert con.execute("SELECT subject FROM issued_document").fetchall() == [("督查调研课题 1",)]
    # several match: refused, the candidates listed with their ids
    assert _run("special-report", *db, "--activity", "桥梁", "-o", str(tmp_path / "a.pdf"), "--draft") == 1
    err = capsys.readouterr().err
    assert "标题含“桥梁”的督查活动有" in err and "--activity 9　" in err and "请用编号或更长的标题" in err
    assert _run("special-report", *db, "--activity", "没有这个督查", "-o", str(tmp_path / "a.pdf"), "--draft") == 1
    assert "documents --sources special" in capsys.readouterr().err


def test_the_draft_of_an_issued_document_says_it_was_issued(demo_file, tmp_path, capsys):
    db = ["--db", str(demo_file), "--today", TODAY]
    assert _run("special-report", *db, "--topic", "1", "-o", str(tmp_path / "a.pdf")) == 0
    capsys.readouterr()
    assert _run("special-report", *db, "--topic", "1", "-o", str(tmp_path / "a.docx"), "--draft") == 0
    err = capsys.readouterr().err
    assert "此督查专报已印发为2014年第1期" in err and "documents --reprint" in err
