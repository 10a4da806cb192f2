"""The document commands write Word files by the output's suffix or --format docx."""
from __future__ import annotations

import io
import zipfile

from tests.cli.test_documents_cli import TODAY, _run, demo_file  # noqa: F401  (fixture)


def _document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_bulletin_draft_as_docx_by_suffix_then_issued_with_format(demo_file, tmp_path, capsys):  # noqa: F811
    common = ["--db", str(demo_file), "--today", TODAY, "--from", "2014-01-01", "--to", TODAY, "--issue", "12"]
    out = tmp_path / "通报.docx"
    assert _run("bulletin", *common, "-o", str(out), "--draft") == 0
    assert "Word 文件" in capsys.readouterr().out
    xml = _document_xml(out.read_bytes())
    assert "督 查 通 报" in xml and "2014年第12期" not in xml  # the draft's number is blank
    assert 'w:type="linesAndChars"' in xml and "w:evenAndOddHeaders" not in xml
    issued = tmp_path / "issued.word"
    assert _run("bulletin", *common, "-o", str(issued), "--format", "docx") == 0
    assert "已印发并登记 1 份" in capsys.readouterr().out
    assert "2014年第12期" in _document_xml(issued.read_bytes())


def test_pdf_stays_the_default(demo_file, tmp_path):  # noqa: F811
    out = tmp_path / "b.pdf"
    assert _run("bulletin", "--db", str(demo_file), "--today", TODAY, "--from", "2014-01-01", "--to", TODAY,
                "-o", str(out), "--draft") == 0
    assert out.read_bytes().startswith(b"%PDF")
