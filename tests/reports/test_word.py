"""The Word (.docx) writer: the GB/T 9704 page set-up in the file, and laid out by a real
client (LibreOffice) against our own PDF."""
from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from collections import Counter

import pytest

from reports.document import Heading, OfficialDocument, Para, Table
from reports.pagegrid import LEFT_MARGIN, MM, TOP_MARGIN
from reports.printing import render_parts
from reports.word import CHAR_SPACE, FONT_NAMES, LINE_PITCH_TWIPS, docx_parts, docx_set

TEXT = ("各县（区）党委和人民政府，市委各部委，市级国家机关各委办局党组（党委），各人民团体党组，"
        "市直各企事业单位党委要认真贯彻落实市委决策部署，切实加强督查工作。")


def _doc() -> OfficialDocument:
    blocks = [Heading(1, "一、总体情况"), *[Para(TEXT * 3) for _ in range(12)],
              Heading(2, "（一）重点工作。", body=TEXT),
              Table(["序号", "事项", "状态"], [[str(i), "推进城中村改造项目建设", "绿"] for i in range(5)],
                    light_column=2),
              *[Para(TEXT * 2) for _ in range(6)]]
    return OfficialDocument(
        header_mark="督 查 通 报", number_line="2014年第12期", number_left="中共南宁市委督查室",
        number_right="2014年10月28日", title="关于2014年第三季度重点工作推进情况的通报",
        recipients="各县（区）委，市委各部委", blocks=blocks, signature="中共南宁市委督查室",
        date=dt.date(2014, 10, 28), cc=["市委各常委", "市人大常委会主任"], printer="中共南宁市委督查室",
        print_date=dt.date(2014, 10, 28))


def _short() -> OfficialDocument:
    """A one-page notice: its 版记 shares the page with the text."""
    return OfficialDocument(
        header_mark="中共南宁市委督查室", number_line="南委督办〔2014〕3号", title="催办通知",
        recipients="市住房城乡建设委", blocks=[Para(TEXT * 2) for _ in range(3)], signature="中共南宁市委督查室",
        date=dt.date(2014, 10, 28), printer="中共南宁市委督查室", print_date=dt.date(2014, 10, 28))


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


def test_the_file_carries_the_page_grid_fonts_header_and_page_numbers():
    data = docx_parts([_doc()])
    xml = _part(data, "word/document.xml")
    assert '<w:pgSz w:w="11906" w:h="16838"/>' in xml  # A4
    assert 'w:top="2098"' in xml and 'w:left="1587"' in xml  # 37 mm, 28 mm
    assert 'w:right="1474"' in xml and 'w:bottom="1984"' in xml  # 26 mm, 35 mm
    assert f'w:linePitch="{LINE_PITCH_TWIPS}"' in xml and 'w:type="linesAndChars"' in xml
    assert LINE_PITCH_TWIPS * 22 <= round(225 * MM * 20) < (LINE_PITCH_TWIPS + 1) * 22
    assert f'w:charSpace="{CHAR_SPACE}"' in xml and (16 + CHAR_SPACE / 4096) * 28 <= 156 * MM
    assert 'w:color="E60012"' in xml  # the red mark and its rule
    assert "方正小标宋简体" in xml and "黑体" in xml and "抄送：市委各常委，市人大常委会主任。" in xml
    assert '<w:w w:val="98"/>' in xml  # on-grid 3号 text fits one cell in LibreOffice too
    assert "<w:evenAndOddHeaders/>" in _part(data, "word/settings.xml")
    fonts = _part(data, "word/fontTable.xml")
    for name, alt in FONT_NAMES.values():
        assert f'w:name="{name}"' in fonts and f'w:val="{alt}"' in fonts
    footers = [_part(data, f"word/footer{i}.xml") for i in (1, 2)]
    assert all("PAGE" in f and "— " in f for f in footers)
    assert sorted('w:val="right"' in f for f in footers) == [False, True]


def test_properties_keep_the_schema_order_word_requires():
    from lxml import etree

    from reports.word import _RANK

    data = docx_set([[_doc()], [_doc()]])
    for name in ("word/document.xml", "word/styles.xml", "word/footer1.xml", "word/footer2.xml"):
        root = etree.fromstring(_part(data, name).encode("utf-8"))
        checked = 0
        for el in root.iter(*_RANK):
            ranks = [_RANK[el.tag].get(c.tag, -1) for c in el if c.tag in _RANK[el.tag]]
            assert ranks == sorted(ranks), (name, el.tag, [c.tag for c in el])
            checked += 1
        assert checked


def test_a_set_numbers_each_copy_from_one():
    data = docx_set([[_doc()], [_doc()]])
    assert _part(data, "word/document.xml").count('<w:pgNumType w:start="1"/>') == 2


def _lines(pdf_bytes: bytes) -> list[tuple[int, int, float, float]]:
    """Per page: the lines of 3号 text, the most characters on one, the top and left (mm)."""
    import pdfplumber

    out = []
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        for page in pdf.pages:
            body = [c for c in page.chars if c["text"].strip() and 15 < c["size"] < 17]
            rows = Counter(round(c["top"]) for c in body)
            out.append((len(rows), max(rows.values(), default=0),
                        min((c["top"] for c in body), default=0) / MM, min((c["x0"] for c in body), default=0) / MM))
    return out


def _closing_bottom(pdf_bytes: bytes) -> float:
    """Where the lowest rule of the last page stands, in mm from the top."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        page = pdf.pages[-1]
        return max(x["bottom"] for x in page.lines + page.rects) / MM


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui "
                    "to lay the Word file out as a client does")
    d = tmp_path_factory.mktemp("docx")
    (d / "long.docx").write_bytes(docx_parts([_doc()]))
    (d / "short.docx").write_bytes(docx_parts([_short()]))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{d}/profile", "--convert-to", "pdf",
                    "--outdir", str(d), str(d / "long.docx"), str(d / "short.docx")],
                   check=True, capture_output=True, timeout=300)
    return {name: ((d / f"{name}.pdf").read_bytes(), render_parts([doc]).pdf)
            for name, doc in (("long", _doc()), ("short", _short()))}


def test_libreoffice_keeps_the_grid_and_margins_of_our_pdf(laid_out):
    theirs, ours = (_lines(pdf) for pdf in laid_out["long"])
    for page in theirs[1:4]:  # pages 2-4 hold nothing but body paragraphs
        assert abs(page[0] - 22) <= 1, theirs  # lines a page
        assert abs(page[1] - 28) <= 1, theirs  # characters a full line
        assert abs(page[2] - TOP_MARGIN / MM) <= 2 and abs(page[2] - ours[1][2]) <= 2, theirs
        assert abs(page[3] - LEFT_MARGIN / MM) <= 2 and abs(page[3] - ours[1][3]) <= 2, theirs
    assert theirs[0][0] == ours[0][0]  # the header takes as many grid lines as ours
    assert abs(theirs[0][2] - ours[0][2]) <= 3  # the number line
    assert abs(len(theirs) - len(ours)) <= 1


def test_libreoffice_puts_the_closing_block_at_the_foot_of_the_last_page(laid_out):
    bottom = (TOP_MARGIN + 225 * MM) / MM
    for name in ("long", "short"):
        theirs, ours = laid_out[name]
        assert len(_lines(theirs)) == len(_lines(ours)), name
        assert bottom - 3 <= _closing_bottom(theirs) <= bottom + 0.5, (name, _closing_bottom(theirs))


@pytest.fixture(scope="module")
def prepared_bulletin(tmp_path_factory):
    import datetime as dt

    from models.core.db import close_database
    from reports import issuing
    from tests.documents_demo import TODAY, open_copy

    open_copy(tmp_path_factory, tmp_path_factory.mktemp("word-draft") / "demo.sqlite3")
    try:
        yield issuing.prepare_bulletin(dt.date(2014, 7, 1), dt.date(2014, 9, 30), TODAY, TODAY, issue=3)
    finally:
        close_database()


def test_a_draft_word_file_says_so_on_every_page_and_the_issued_one_does_not(prepared_bulletin):
    import io
    import zipfile

    from reports.word import DRAFT_MARK, prepared_docx

    def headers(data: bytes) -> str:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/header"))

    draft = prepared_docx(prepared_bulletin, draft=True)
    assert DRAFT_MARK in headers(draft)
    with zipfile.ZipFile(io.BytesIO(draft)) as z:
        assert DRAFT_MARK in z.read("docProps/core.xml").decode("utf-8")
    assert DRAFT_MARK not in headers(prepared_docx(prepared_bulletin, draft=False))
