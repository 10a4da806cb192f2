"""The streaming .xlsx reader gives what openpyxl gives, faster."""
from __future__ import annotations

import datetime as dt
import re
import tempfile
import zipfile
from pathlib import Path
from xml.etree.ElementTree import ParseError
from xml.sax.saxutils import escape

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from models.tabular import xlsx_stream
from models.tabular.xlsx_stream import XlsxFormatError, _is_date_code, iter_rows

# openpyxl drops the extension list of the Excel-written sheet below, and says so.
pytestmark = pytest.mark.filterwarnings("ignore:.*extension is not supported:UserWarning")


def _trimmed(rows):
    # openpyxl pads rows to the sheet's width; trailing empty cells carry no data.
    out = []
    for r in rows:
        r = list(r)
        while r and r[-1] is None:
            r.pop()
        out.append(tuple(r))
    return out


def _reference(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return _trimmed(wb.active.iter_rows(values_only=True))
    finally:
        wb.close()


def test_values_match_openpyxl(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2014年批示件台账"])
    ws.append([])
    ws.append(["编号", "批示日期", "时间", "件数", "已办结", "备注"])
    ws.append(["督〔2014〕1号", dt.date(2014, 3, 5), dt.datetime(2014, 3, 5, 9, 30), 3, True, "=A1"])
    ws.append(["督〔2014〕2号", "2014/3/5", dt.date(1900, 3, 1), 12.5, False, None])
    ws["A6"] = CellRichText([TextBlock(InlineFont(b=True), "富"), "文本"])
    ws["B6"] = dt.date(2014, 10, 28)
    ws["B6"].number_format = 'yyyy"年"m"月"d"日"'
    ws["D9"] = 7
    path = tmp_path / "ledger.xlsx"
    wb.save(path)
    assert _trimmed(iter_rows(str(path))) == _reference(path)


def test_write_only_inline_strings_and_1904_dates(tmp_path):
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["留言编号", "留言时间"])
    ws.append(["M1", dt.datetime(2014, 10, 27, 8, 15)])
    path = tmp_path / "w.xlsx"
    wb.save(path)
    assert list(iter_rows(str(path))) == [("留言编号", "留言时间"), ("M1", dt.datetime(2014, 10, 27, 8, 15))]
    wb2 = openpyxl.Workbook()
    wb2.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    wb2.active.append([dt.date(2014, 1, 2)])
    path2 = tmp_path / "mac.xlsx"
    wb2.save(path2)
    assert list(iter_rows(str(path2))) == [(dt.datetime(2014, 1, 2),)]


def test_date_format_codes():
    assert _is_date_code("yyyy-mm-dd") and _is_date_code('yyyy"年"m"月"d"日"') and _is_date_code("m/d")
    assert not _is_date_code("0.00") and not _is_date_code('#,##0"元"') and not _is_date_code("[h]:mm:ss")


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "fake.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(XlsxFormatError):
        list(iter_rows(str(path)))


# ---- the plain path against the element-tree path and openpyxl ---------------------

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_PACKAGE = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}.worksheet+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_CT}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><sheets>'
        '<sheet name="留言" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL_NS}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    # Styles 1 and 2 show dates (built-in 14, a Chinese custom format); 3 is "0.00".
    "xl/styles.xml": (
        f'<styleSheet xmlns="{MAIN_NS}"><numFmts count="1">'
        '<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; h:mm"/></numFmts>'
        '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'),
}

# Shared strings as Excel writes them: phonetic properties, rich runs with a phonetic
# guide (<rPh>, not content), kept spaces, escaped characters and line ends.
EXCEL_STRINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f'<sst xmlns="{MAIN_NS}" count="5" uniqueCount="5">'
    '<si><t>市水利局</t><phoneticPr fontId="1" type="noConversion"/></si>'
    '<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="宋体"/><family val="3"/><charset val="134"/>'
    '<scheme val="minor"/></rPr><t>重点</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve">工作 </t></r>'
    '<rPh sb="0" eb="2"><t>ジュウテン</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>'
    '<si><t xml:space="preserve">  A&amp;B &lt;C&gt; "引号"\r\n第二行&#13;</t></si>'
    '<si><t>&#27979;&#35797;</t></si>'
    '<si><t>3</t></si>'
    '</sst>')

# A sheet as Excel writes it: row spans and x14ac attributes, a shared formula, a text
# formula, styled empty cells, an error, an empty row, inline rich text and, after the
# cell data, page breaks and an extension list that declare namespaces of their own.
EXCEL_SHEET = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    f'<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
    '<dimension ref="A1:AB9"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>'
    '<sheetFormatPr defaultRowHeight="13.5" x14ac:dyDescent="0.15"/><sheetData>'
    '<row r="1" spans="1:6" x14ac:dyDescent="0.15"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="C1" t="s"><v>2</v></c><c r="D1" s="1"><v>41703</v></c><c r="E1" s="2"><v>41940.5</v></c>'
    '<c r="F1" s="3"><v>12.5</v></c></row>'
    '<row r="2" spans="1:6" x14ac:dyDescent="0.15"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#DIV/0!</v></c>'
    '<c r="C2" t="str"><f>A1&amp;"局"</f><v>市水利局局</v></c>'
    '<c r="D2"><f t="shared" ref="D2:D3" si="0">F1*2</f><v>25</v></c><c r="E2" s="1"/><c r="F2" s="3"/></row>'
    '<row r="3" spans="1:6" x14ac:dyDescent="0.15"><c r="A3" t="s"><v>3</v></c>'
    '<c r="D3"><f t="shared" si="0"/><v>50</v></c><c r="E3" t="b"><v>0</v></c></row>'
    '<row r="5" spans="1:6" ht="20.25" customHeight="1" x14ac:dyDescent="0.15"/>'
    '<row r="6" spans="1:6" x14ac:dyDescent="0.15"><c r="A6" t="inlineStr"><is><r><rPr><b/></rPr>'
    '<t>粗</t></r><r><t xml:space="preserve"> 体</t></r></is></c><c r="B6" t="s"><v>4</v></c>'
    '<c r="C6" t="inlineStr"><is><t>&lt;tag&gt; &amp;amp;</t></is></c></row>'
    '<row r="7" spans="27:28" x14ac:dyDescent="0.15"><c r="AA7"><v>1E-3</v></c><c r="AB7"><v>3.0</v></c></row>'
    '<row r="9" spans="1:2" x14ac:dyDescent="0.15"><c r="B9" t="s"><v>1</v></c></row>'
    '</sheetData><phoneticPr fontId="1" type="noConversion"/>'
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
    '<rowBreaks count="1" manualBreakCount="1"><brk id="3" max="16383" man="1"/></rowBreaks>'
    '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" '
    'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext></extLst>'
    '</worksheet>')


def _package(path, sheet, strings=EXCEL_STRINGS):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in _PACKAGE.items():
            zf.writestr(name, text)
        zf.writestr("xl/sharedStrings.xml", strings)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


@pytest.fixture
def tree_calls(monkeypatch):
    """How often each part was read by the element-tree path: a fall-back, or a comparison's own read."""
    calls = {"rows": 0, "strings": 0}
    rows, strings = xlsx_stream._rows_tree, xlsx_stream._shared_strings_tree

    def counted_rows(*args):
        calls["rows"] += 1
        return rows(*args)

    def counted_strings(*args):
        calls["strings"] += 1
        return strings(*args)

    monkeypatch.setattr(xlsx_stream, "_rows_tree", counted_rows)
    monkeypatch.setattr(xlsx_stream, "_shared_strings_tree", counted_strings)
    return calls


def _both_paths(path):
    plain = list(iter_rows(str(path)))
    assert plain == list(iter_rows(str(path), plain=False))
    return plain


def test_excel_written_xml_is_read_by_the_plain_path(tmp_path, tree_calls):
    path = _package(tmp_path / "excel.xlsx", EXCEL_SHEET)
    rows = list(iter_rows(str(path)))
    assert tree_calls == {"rows": 0, "strings": 0}
    assert rows == list(iter_rows(str(path), plain=False))
    assert _trimmed(rows) == _reference(path)
    assert rows[0] == ("市水利局", "重点工作 ", '  A&B <C> "引号"\n第二行\r', dt.datetime(2014, 3, 5),
                       dt.datetime(2014, 10, 28, 12, 0), 12.5)
    assert rows[1] == (True, "#DIV/0!", "市水利局局", 25)  # styled empty cells E2, F2 are not given
    assert rows[2] == ("测试", None, None, 50, False)
    assert rows[3:6] == [(), (), ("粗 体", "3", "<tag> &amp;")]
    assert rows[6] == (None,) * 26 + (0.001, 3)
    assert rows[7:] == [(), (None, "重点工作 ")]


def test_the_plain_path_gives_openpyxls_values(tmp_path, tree_calls):
    # openpyxl writes inline strings, formulas with empty cached values and number types.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编号 A&B <x>", dt.date(2014, 3, 5), 3, 2.5, True, "=A1", None, " 前后空格 ", "两\n行"])
    ws["A3"] = CellRichText([TextBlock(InlineFont(b=True), "富"), "文本"])
    ws["C5"].number_format = "0.00"
    path = tmp_path / "o.xlsx"
    wb.save(path)
    assert _trimmed(_both_paths(path)) == _reference(path)
    assert tree_calls["rows"] == 1  # only the comparison's own


@pytest.mark.parametrize("change", [
    pytest.param(lambda x: x.replace('<row r="3" ', '<row '), id="row-without-r"),
    pytest.param(lambda x: x.replace("<t>&lt;tag&gt; &amp;amp;</t>", "<t><![CDATA[<tag> &amp;]]></t>"),
                 id="cdata"),
    pytest.param(lambda x: x.replace("<t>粗</t>", "<t>粗</t><!-- 注 -->"), id="comment-in-rich-text"),
    pytest.param(lambda x: x.replace('<c r="C2" t="str"><f>A1&amp;"局"</f>', '<c r="C2" t="str"><f/>'),
                 id="empty-formula"),
    pytest.param(lambda x: x.replace('<c r="A3" t="s"><v>3</v></c><c r="D3"><f t="shared" si="0"/><v>50</v></c>',
                                     '<c r="D3"><v>7</v></c><c r="A3" t="s"><v>3</v></c><c r="D3"><v>50</v></c>'),
                 id="cells-out-of-order"),
])
def test_less_usual_xml_the_plain_path_still_reads(tmp_path, tree_calls, change):
    sheet = change(EXCEL_SHEET)
    assert sheet != EXCEL_SHEET
    path = _package(tmp_path / "odd.xlsx", sheet)
    assert _trimmed(_both_paths(path)) == _reference(path)
    assert tree_calls["rows"] == 1  # only the comparison's own


@pytest.mark.parametrize("change", [
    pytest.param(lambda x: x.replace('</row><row r="2"', '</row><!-- 备注 --><row r="2"'), id="comment"),
    pytest.param(lambda x: re.sub(r"(?<=>)(?=<(?:/?row|c |/c|v>|/v|f|/f|is|/is))", "\n  ", x.split(
        "<sheetData>")[1]).join([x.split("<sheetData>")[0] + "<sheetData>", ""]), id="indented"),
    pytest.param(lambda x: re.sub(r'<c r="[A-Z]+\d+"', "<c", x), id="cells-without-r"),
    pytest.param(lambda x: x.replace('<c r="A2" t="b">', '<c t="b" r="A2">'), id="attribute-order"),
    pytest.param(lambda x: x.replace('<c r="E2" s="1"/>', '<c r="E2" s="1" cm="1"/>'), id="unknown-attribute"),
    pytest.param(lambda x: x.replace("<v>25</v></c>", "<v>25</v><extLst/></c>"), id="cell-extension"),
])
def test_unusual_xml_is_read_by_the_tree_path_with_the_same_result(tmp_path, tree_calls, change):
    sheet = change(EXCEL_SHEET)
    assert sheet != EXCEL_SHEET
    path = _package(tmp_path / "odd.xlsx", sheet)
    assert _trimmed(_both_paths(path)) == _reference(path)
    assert tree_calls["rows"] == 2  # the plain path gave up, then the comparison's own


def test_prefixed_main_namespace_and_unusual_strings(tmp_path, tree_calls):
    head, body = EXCEL_SHEET.split("<sheetData>")
    head = head.replace("<worksheet", f'<x:worksheet xmlns:x="{MAIN_NS}"').replace("<dimension", "<x:dimension")
    head = re.sub(r"<(/?)(sheetView|sheetFormatPr)", r"<\1x:\2", head) + "<x:sheetData>"
    prefixed = re.sub(r"<(/?)(?=[a-zA-Z])(?!x14|mc:)", r"<\1x:", body)
    strings = EXCEL_STRINGS.replace("<si><t>3</t></si>", "<!-- 注 --><si><t>3</t></si>")
    path = _package(tmp_path / "x.xlsx", head + prefixed.replace("</worksheet>", "</x:worksheet>"), strings)
    assert _trimmed(_both_paths(path)) == _reference(path)
    assert tree_calls == {"rows": 2, "strings": 2}


def test_only_the_main_namespace_is_read(tmp_path, tree_calls):
    # A prefix bound to the main namespace names cells the patterns would not see.
    bound = EXCEL_SHEET.replace("<worksheet ", f'<worksheet xmlns:m="{MAIN_NS}" ').replace(
        '<c r="B9" t="s"><v>1</v></c>', '<c r="A9"><v>1</v></c><m:c r="B9" t="s"><v>1</v></m:c>')
    path = _package(tmp_path / "bound.xlsx", bound)
    assert _trimmed(_both_paths(path)) == _reference(path)
    assert tree_calls["rows"] == 2
    # So does a row that declares another default namespace, and a row outside the cell data.
    for name, sheet, length in (
            ("namespace-first", EXCEL_SHEET.replace('<row r="9" ', '<row xmlns="urn:other" r="9" '), 7),
            ("namespace-later", EXCEL_SHEET.replace('<row r="9" ', '<row r="9" xmlns="urn:other" '), 7),
            ("row-outside", EXCEL_SHEET.replace("</sheetData>", '</sheetData><row r="12"/>'), 12)):
        assert len(_both_paths(_package(tmp_path / f"{name}.xlsx", sheet))) == length
    assert tree_calls["rows"] == 8
    # Cell data in another namespace (here: Strict Open XML) is not this reader's, on either path.
    other = EXCEL_SHEET.replace(f'<worksheet xmlns="{MAIN_NS}"',
                                '<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"')
    assert _both_paths(_package(tmp_path / "strict.xlsx", other)) == []


def test_giving_up_midway_gives_every_row_once(tmp_path, tree_calls, monkeypatch):
    monkeypatch.setattr(xlsx_stream, "_CHUNK", 300)  # many chunks, so rows are given before the comment
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    for i in range(1, 61):
        ws.append([f"M{i}", f"第{i}条留言：" + "内容" * (i % 7), i])
    path = tmp_path / "long.xlsx"
    wb.save(path)
    expected = _reference(path)
    assert list(iter_rows(str(path))) == expected and tree_calls["rows"] == 0
    with zipfile.ZipFile(path) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b'</row><row r="51">', b'</row><!----><row r="51">')
    odd = tmp_path / "odd.xlsx"
    with zipfile.ZipFile(odd, "w") as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    assert list(iter_rows(str(odd))) == expected
    assert tree_calls["rows"] == 1


def test_a_cell_with_two_inline_strings_keeps_the_last_on_both_paths(tmp_path, tree_calls):
    # Not valid SpreadsheetML; openpyxl keeps the first, this reader always kept the last.
    sheet = EXCEL_SHEET.replace("<is><t>&lt;tag&gt; &amp;amp;</t></is>", "<is><t>前</t></is><is><t>后</t></is>")
    assert _both_paths(_package(tmp_path / "two.xlsx", sheet))[5][2] == "后"
    assert tree_calls["rows"] == 2


def test_what_a_declaration_changes_is_seen(tmp_path, tree_calls):
    # A DTD can give attributes defaults (every cell a text cell here) ...
    typed = EXCEL_SHEET.replace("?>\r\n", '?><!DOCTYPE worksheet [<!ATTLIST c t CDATA "str">]>')
    rows = _both_paths(_package(tmp_path / "dtd.xlsx", typed))
    assert rows[1][3] == "25"
    # ... and an encoding other than UTF-8 changes what the bytes mean.
    latin = EXCEL_SHEET.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("</t></is></c></row>", "é</t></is></c></row>")
    rows = _both_paths(_package(tmp_path / "latin.xlsx", latin.encode("utf-8")))
    assert rows[5][2] == "<tag> &amp;Ã©"
    assert tree_calls["rows"] == 4


@pytest.mark.parametrize("change", [
    lambda x: x.replace('<c r="B9" t="s"><v>1</v></c></row></sheetData>', '<c r="B9" t="s"><v>1</v></c></sheetData>'),
    lambda x: x.replace("<v>#DIV/0!</v>", "<v>&bogus;</v>"),
    lambda x: x.replace("<t>粗</t>", "<t>粗&#0;</t>"),
    lambda x: x.replace("</worksheet>", "</worksheet"),
    lambda x: x.replace("<pageMargins", "<pageMargins foo='1' foo='2'"),
    lambda x: x.replace('<row r="6" spans="1:6"', '<row r="6" spans="1:6" spans="1:6"'),
    lambda x: x.replace('<row r="1" spans="1:6"', '<row spans="1:6" r="1" r="1"'),
])
def test_damaged_xml_is_still_refused(tmp_path, change):
    path = _package(tmp_path / "bad.xlsx", change(EXCEL_SHEET))
    with pytest.raises(ParseError):
        list(iter_rows(str(path)))


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(" \n\t&<>\"';#"),
                max_size=12).filter(lambda s: not s.startswith("="))
_VALUE = st.one_of(st.none(), _TEXT, st.integers(-2 ** 53, 2 ** 53), st.booleans(),
                   st.floats(allow_nan=False, allow_infinity=False),
                   st.dates(dt.date(1900, 3, 1), dt.date(2099, 12, 31)))


@settings(max_examples=30, deadline=None)
@given(rows=st.lists(st.lists(_VALUE, max_size=6), max_size=8), write_only=st.booleans(),
       chunk=st.sampled_from([40, 1 << 20]))
def test_any_grid_reads_as_openpyxl_reads_it(rows, write_only, chunk):
    wb = openpyxl.Workbook(write_only=write_only)
    ws = wb.create_sheet() if write_only else wb.active
    for r in rows:
        ws.append(r)
    saved = xlsx_stream._CHUNK
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "g.xlsx"
        wb.save(path)
        try:
            xlsx_stream._CHUNK = chunk
            rows = _both_paths(path)
            with zipfile.ZipFile(path) as zf, zf.open(xlsx_stream._first_sheet(zf)[0]) as fh:
                assert list(xlsx_stream._rows_plain(fh, [], xlsx_stream._date_styles(zf), False)) == rows
        finally:
            xlsx_stream._CHUNK = saved
        assert _trimmed(rows) == _reference(path)


@settings(max_examples=25, deadline=None)
@given(texts=st.lists(st.lists(_TEXT, min_size=1, max_size=3), min_size=1, max_size=8),
       chunk=st.sampled_from([30, 1 << 20]))
def test_any_shared_strings_read_as_openpyxl_reads_them(texts, chunk):
    # Each string as Excel writes it: one <t>, or rich runs when it has several parts.
    items = []
    for runs in texts:
        if len(runs) == 1:
            items.append(f'<si><t xml:space="preserve">{escape(runs[0])}</t></si>')
        else:
            items.append("<si>" + "".join(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(r)}</t></r>'
                                          for r in runs) + '<phoneticPr fontId="1"/></si>')
    strings = f'<sst xmlns="{MAIN_NS}">' + "".join(items) + "</sst>"
    cells = "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(len(items)))
    sheet = f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">{cells}</row></sheetData></worksheet>'
    saved = xlsx_stream._CHUNK
    with tempfile.TemporaryDirectory() as tmp:
        path = _package(Path(tmp) / "s.xlsx", sheet, strings)
        try:
            xlsx_stream._CHUNK = chunk
            rows = _both_paths(path)
        finally:
            xlsx_stream._CHUNK = saved
        assert rows == [tuple("".join(runs) for runs in texts)]
        assert _trimmed(rows) == _reference(path)
        with zipfile.ZipFile(path) as zf, zf.open("xl/sharedStrings.xml") as fh:
            assert xlsx_stream._shared_strings_plain(fh) == list(rows[0])  # no fall-back


@pytest.mark.parametrize("row", [b'<row r="3"><c r="XFD3"><v>1</v></c></row>' * 300,
                                 b'<row r="2000000"><c r="A2000000"><v>1</v></c></row>'])
def test_both_paths_refuse_a_sheet_that_asks_for_far_more_than_it_holds(tmp_path, row):
    sheet = f'<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode() + row + b"</sheetData></worksheet>"
    path = _package(tmp_path / "wide.xlsx", sheet.decode())
    for plain in (True, False):
        with pytest.raises(xlsx_stream.XlsxLimitError):
            list(iter_rows(str(path), plain=plain))


def test_both_paths_keep_a_date_no_calendar_has_as_its_number(tmp_path):
    cells = '<c r="A1" s="1"><v>99999999</v></c><c r="B1" s="1"><v>41703</v></c>'
    sheet = f'<worksheet xmlns="{MAIN_NS}"><sheetData><row r="1">{cells}</row></sheetData></worksheet>'
    (row,) = _both_paths(_package(tmp_path / "dates.xlsx", sheet))
    assert isinstance(row[0], xlsx_stream.OutOfRangeDate) and row[0] == 99999999
    assert row[1] == dt.datetime(2014, 3, 5)
