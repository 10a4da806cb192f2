"""Font discovery, registration and embedding."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest
from pdfminer.pdftypes import resolve1

from reports import fonts
from reports.document import OfficialDocument, Para
from reports.fonts import ROLES, font_report, resolve_fonts
from reports.layout import layout_document
from reports.rendering import render, render_pages

GBSN = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
GKAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
debian_fonts = pytest.mark.skipif(
    not all(os.path.exists(p) for p in (GBSN, GKAI, ZENHEI)),
    reason="Debian stand-in fonts not installed",
)


@pytest.fixture
def fresh_font_cache():
    """Forget resolved choices before and after a test that changes the search."""
    fonts.clear_cache()
    yield
    fonts.clear_cache()


@debian_fonts
def test_debian_stand_ins_are_found_on_this_machine() -> None:
    if os.environ.get("WINDIR"):
        pytest.skip("Windows fonts take precedence")
    choices = resolve_fonts()
    assert set(choices) == set(ROLES)
    assert choices["fangsong"].path == GBSN
    assert choices["songti"].path == GBSN
    assert choices["xiaobiaosong"].path == GBSN
    assert choices["kaiti"].path == GKAI
    assert choices["heiti"].path == ZENHEI
    assert choices["heiti"].subfont_index == 0
    for choice in choices.values():
        assert choice.embedded
        assert choice.stand_in
    assert choices["fangsong"].family_label == "AR PL SungtiL GB (替代仿宋)"
    # One registration per file: the Song file serves three roles.
    assert choices["fangsong"].registered_name == choices["songti"].registered_name


def test_resolution_is_cached() -> None:
    assert resolve_fonts() == resolve_fonts()
    assert resolve_fonts(None) is not resolve_fonts(None)  # callers get a copy


def test_font_report_rows() -> None:
    rows = font_report()
    assert [r.role_name for r in rows] == ["仿宋", "黑体", "楷体", "宋体", "小标宋"]
    choices = resolve_fonts()
    for row, role in zip(rows, ROLES, strict=True):
        assert row.font == choices[role].family_label
        assert row.status.startswith("已嵌入") == choices[role].embedded
        # Plain rows: every field is text a settings pane can show as is.
        assert all(isinstance(field, str) for field in row)


@debian_fonts
def test_font_folder_setting_is_searched_first(tmp_path: Path, fresh_font_cache) -> None:
    shutil.copy(GKAI, tmp_path / "SIMFANG.TTF")  # case-insensitive, as on Windows
    choices = resolve_fonts(str(tmp_path))
    fang = choices["fangsong"]
    assert fang.path == str(tmp_path / "SIMFANG.TTF")
    assert fang.family_label == "仿宋 (SIMFANG.TTF)"
    assert not fang.stand_in
    # Roles the folder does not cover fall through to the system search.
    assert choices["heiti"].path == ZENHEI


@debian_fonts
def test_cff_opentype_is_rejected(tmp_path: Path, fresh_font_cache) -> None:
    fake = tmp_path / "simhei.ttf"
    fake.write_bytes(b"OTTO" + b"\0" * 64)
    broken = tmp_path / "simkai.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00" + b"garbage")
    choices = resolve_fonts(str(tmp_path))
    assert choices["heiti"].path == ZENHEI
    assert choices["kaiti"].path == GKAI


def test_last_resort_is_the_unembedded_cid_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_font_cache
) -> None:
    nothing = fonts._Candidate(("no-such-font.ttf",), 0, None, True)
    monkeypatch.setattr(fonts, "_CANDIDATES", {role: (nothing,) for role in ROLES})
    choices = resolve_fonts(str(tmp_path))
    for choice in choices.values():
        assert choice.registered_name == "STSong-Light"
        assert not choice.embedded
        assert choice.path is None
        assert "未嵌入" in choice.family_label
    # The engine still lays out and renders with it.
    doc = OfficialDocument(blocks=[Para("测试。")])
    pages = layout_document(doc, choices)
    assert render_pages(doc, pages, choices).startswith(b"%PDF")


def _font_dicts(data: bytes):
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    parser = PDFParser(io.BytesIO(data))
    document = PDFDocument(parser)
    for page in PDFPage.create_pages(document):
        resources = resolve1(page.resources)
        for font in resolve1(resources.get("Font", {})).values():
            yield resolve1(font)


def test_used_fonts_are_embedded_truetype(specimen_pdf: bytes) -> None:
    seen = 0
    base_fonts = set()
    for font in _font_dicts(specimen_pdf):
        seen += 1
        assert font["Subtype"].name == "TrueType"
        descriptor = resolve1(font["FontDescriptor"])
        assert "FontFile2" in descriptor
        assert "ToUnicode" in font
        base_fonts.add(font["BaseFont"].name.split("+", 1)[1])
    assert seen >= 3
    if all(os.path.exists(p) for p in (GBSN, GKAI, ZENHEI)) and not os.environ.get("WINDIR"):
        assert base_fonts == {"BousungEG-Light-GB", "GBZenKai-Medium", "WenQuanYiZenHei-0"}


def test_metadata_names_the_fonts(open_pdf, specimen_pdf: bytes) -> None:
    info = open_pdf(specimen_pdf).metadata
    assert info["Title"] == "中共南宁市委督查室关于2014年第三季度市委重点工作推进落实情况的通报"
    assert info["Subject"] == "督查通报 2014年第12期"
    assert info["Author"] == "中共南宁市委督查室"
    assert info["CreationDate"].startswith("D:20141028")
    assert "仿宋=" in info["Creator"] and "小标宋=" in info["Creator"]


def test_rendering_is_deterministic(specimen_pdf: bytes) -> None:
    from reports.specimen import specimen_document

    assert render(specimen_document(sections=3, table_rows=40)) == specimen_pdf


def test_rendering_is_identical_in_a_fresh_process(tmp_path: Path, specimen_pdf: bytes) -> None:
    import subprocess
    import sys

    out = tmp_path / "again.pdf"
    code = (
        "import sys; from reports.rendering import render; "
        "from reports.specimen import specimen_document; "
        "open(sys.argv[1], 'wb').write(render(specimen_document(sections=3, table_rows=40)))"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code, str(out)], check=True, cwd=root, timeout=120)
    assert out.read_bytes() == specimen_pdf
