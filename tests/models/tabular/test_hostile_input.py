"""Hostile and broken input against the one spreadsheet reader and the importers.

Each bad file gets a Chinese message (naming the row and column where there is one),
never a traceback, and nothing of a refused import is written.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.calendar.store import import_calendar, parse_calendar_file
from models.core import audit
from models.reference.directory import Leader, Unit
from models.reference.importing import apply_leaders, apply_units, plan_leaders, plan_units
from models.tabular.read import Column, ImportFileError, clean_text, parse_date, read_table
from reports.spreadsheet import write_sheet

COLS = (Column("单位名称", "name", required=True), Column("日期", "day", kind="date"),
        Column("数量", "n", kind="int"))
BIDI = "\u202e\u202b\u200f\u200e\u2066\u2069\u200b\ufeff\u061c"


def _xlsx(path: Path, rows) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def _csv(path: Path, rows, encoding="utf-8") -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _nothing_written():
    assert Unit.select().count() == 0 and Leader.select().count() == 0
    assert audit.AuditLog.select().where(audit.AuditLog.table_name.in_(["unit", "leader"])).count() == 0


# ---- whole files that cannot be read -----------------------------------------------

def test_not_a_zip(tmp_path):
    p = tmp_path / "单位.xlsx"
    p.write_bytes(b"<html>this was a web page saved as xlsx</html>")
    with pytest.raises(ImportFileError, match="不是有效的 .xlsx"):
        read_table(p, COLS)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    p = tmp_path / "单位.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(ImportFileError, match="无法读取"):
        read_table(p, COLS)


def test_zip_bomb_claiming_huge_size_is_refused(tmp_path):
    p = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        zf.writestr(info, b"\0" * (60 * 1024 * 1024), compress_type=zipfile.ZIP_DEFLATED)
    assert p.stat().st_size < 200 * 1024  # a small file ...
    with pytest.raises(ImportFileError, match="压缩比异常|超过 1 GB"):
        read_table(p, COLS)  # ... that would expand to 60 MB of nothing


def test_zip_lying_about_its_size_is_refused(tmp_path):
    p = tmp_path / "lie.xlsx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("x.bin", b"\0" * 1024)
    data = bytearray(p.read_bytes())
    # Patch the central directory's uncompressed size to 4 GB - 1.
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24: cd + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    p.write_bytes(bytes(data))
    with pytest.raises(ImportFileError):
        read_table(p, COLS)


def test_huge_sheet_and_a_sheet_claiming_a_million_rows(tmp_path):
    p = _xlsx(tmp_path / "many.xlsx", [("单位名称",)] + [(f"单位{i}",) for i in range(2000)])
    with pytest.raises(ImportFileError, match="1000 行数据的上限"):
        read_table(p, COLS, max_rows=1000)
    # A sheet that claims A1:XFD1048576 but holds two rows is read quickly and correctly.
    src = _xlsx(tmp_path / "small.xlsx", [("单位名称", "日期"), ("市水利局", "2014-03-05")])
    out = tmp_path / "claims-huge.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.endswith("sheet1.xml"):
                data = re.sub(rb'<dimension ref="[^"]+" ?/>', b'<dimension ref="A1:XFD1048576"/>', data)
            zout.writestr(info, data)
    t = read_table(out, COLS)
    assert [r.values for r in t.rows] == [{"name": "市水利局", "day": dt.date(2014, 3, 5)}]


def test_old_xls_and_unknown_types_are_named(tmp_path):
    for name, why in (("a.xls", "旧版 Excel"), ("a.pdf", "不支持"), ("a.docx", "不支持")):
        p = tmp_path / name
        p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
        with pytest.raises(ImportFileError, match=why):
            read_table(p, COLS)


# ---- encodings -------------------------------------------------------------------

ROWS = [("单位名称", "日期", "数量"), ("市水利局", "2014-03-05", "3")]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_in_the_encodings_offices_produce(tmp_path, encoding):
    t = read_table(_csv(tmp_path / "u.csv", ROWS, encoding), COLS)
    assert [r.values for r in t.rows] == [{"name": "市水利局", "day": dt.date(2014, 3, 5), "n": 3}]


def test_utf16_tab_separated_unicode_text_from_excel(tmp_path):
    p = tmp_path / "u.txt"
    p.write_bytes("单位名称\t日期\r\n市水利局\t2014/3/5\r\n".encode("utf-16"))
    assert read_table(p, COLS).rows[0].values["day"] == dt.date(2014, 3, 5)


def test_utf16_without_bom_big5_and_latin1_get_a_clear_message(tmp_path):
    p = tmp_path / "le.csv"
    p.write_bytes("单位名称,日期\n市水利局,2014-03-05\n".encode("utf-16-le"))
    with pytest.raises(ImportFileError, match="UTF-8"):
        read_table(p, COLS)
    p = tmp_path / "big5.csv"
    p.write_bytes("單位名稱,日期\n市水利局,2014-03-05\n".encode("big5"))
    with pytest.raises(ImportFileError, match="Big5"):
        read_table(p, COLS)
    p = tmp_path / "latin1.csv"
    p.write_bytes("Nom,Date\nCafé Zürich,2014-03-05\n".encode("latin-1"))
    with pytest.raises(ImportFileError, match="编码|表头"):
        read_table(p, COLS)


# ---- cells ---------------------------------------------------------------------------

def test_bad_cells_are_reported_by_row_and_column(tmp_path):
    rows = [
        ("说明：本表由各单位填报",),
        ("单位名称", "日期", "数量"),
        ("市水利局", "2014-02-30", "3"),
        ("市农委", "明天", "三"),
        ("", "2014-03-05", "1"),
        ("市财政局", "2014年13月1日", "4.5"),
        ("市民政局", "2014/3/5", "7"),
    ]
    for p in (_csv(tmp_path / "u.csv", rows), _xlsx(tmp_path / "u.xlsx", rows)):
        t = read_table(p, COLS)
        got = {(e.row, e.column) for e in t.errors}
        assert got == {(3, "日期"), (4, "日期"), (4, "数量"), (5, "单位名称"), (6, "日期"), (6, "数量")}, p
        text = "\n".join(map(str, t.errors))
        assert "第3行“日期”列：“2014-02-30”不是有效日期" in text
        assert "第4行“日期”列：“明天”不是日期" in text
        assert [r.number for r in t.rows] == [7]


def test_numbers_where_text_belongs_become_text(tmp_path):
    p = _xlsx(tmp_path / "u.xlsx", [("单位名称", "数量"), (12345, 2.0), (1.5, "12")])
    t = read_table(p, COLS)
    assert [r.values for r in t.rows] == [{"name": "12345", "n": 2}, {"name": "1.5", "n": 12}]


def test_a_one_megabyte_cell_is_refused_by_row_and_column(tmp_path):
    big = "长" * (1024 * 1024)
    p = _csv(tmp_path / "u.csv", [("单位名称", "日期"), (big, "2014-03-05"), ("市水利局", big)])
    t = read_table(p, COLS)
    assert [(e.row, e.column) for e in t.errors] == [(2, "单位名称"), (3, "日期")]
    assert "内容过长" in t.errors[0].reason and len(str(t.errors[1])) < 200


def test_control_characters_and_direction_marks_are_removed(tmp_path):
    name = f"{BIDI}市\x07水\x00利\x1b局{BIDI}\u3000"
    # XML itself forbids C0 controls, so a workbook can carry only the direction marks.
    p = _xlsx(tmp_path / "u.xlsx", [("单位名称\u200f", "日期"), (f"{BIDI}市水利局\u3000", "2014-03-05")])
    assert read_table(p, COLS).rows[0].values["name"] == "市水利局"
    p = _csv(tmp_path / "u.csv", [("\u202e单位名称", "日期"), (name.replace("\x00", ""), "\u200e2014-03-05")])
    t = read_table(p, COLS)
    assert t.rows[0].values == {"name": "市水利局", "day": dt.date(2014, 3, 5)}


# ---- the importers: all or nothing -------------------------------------------------

def test_units_import_with_one_bad_row_writes_nothing(db, actor, tmp_path):
    rows = [("单位名称", "类型"), ("市水利局", "市直单位"), ("市农委", "外星单位"), ("市水利局", "市直单位")]
    plan = plan_units(_csv(tmp_path / "u.csv", rows))
    assert {e.row for e in plan.errors} == {3, 4}
    with pytest.raises(Exception, match="未导入任何数据"):
        apply_units(actor, plan)
    _nothing_written()


def test_sql_looking_and_formula_text_is_stored_verbatim_and_exported_as_text(db, actor, tmp_path):
    hostile = ["Robert'); DROP TABLE unit;--", "1' OR '1'='1", "=HYPERLINK(\"http://evil\",\"点我\")",
               "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1+1"]
    plan = plan_units(_csv(tmp_path / "u.csv", [("单位名称",)] + [(h,) for h in hostile]))
    assert plan.ok, plan.errors
    apply_units(actor, plan)
    stored = sorted(u.name for u in Unit.select())
    assert stored == sorted(clean_text(h) for h in hostile)
    out = write_sheet(tmp_path / "out.xlsx", "单位", ["单位名称"], [(n,) for n in stored])
    with zipfile.ZipFile(out) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    ws = openpyxl.load_workbook(out).active
    values = [c.value for c in ws["A"][2:]]
    assert values == stored and all(ws.cell(row=r, column=1).data_type == "s" for r in range(3, 3 + len(stored)))


def test_export_survives_control_characters_typed_into_a_form(tmp_path):
    out = write_sheet(tmp_path / "c.xlsx", "单位", ["名称", "备注"], [("市\x07水利局", "a\x1bb\x00c\n第二行")])
    ws = openpyxl.load_workbook(out).active
    assert [ws["A3"].value, ws["B3"].value] == ["市水利局", "abc\n第二行"]


def test_formula_cells_in_an_imported_workbook_run_nothing(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["单位名称", "日期"])
    ws.append(["=1+1", "=TODAY()"])
    ws.append(["市水利局", "2014-03-05"])
    wb.save(tmp_path / "f.xlsx")
    t = read_table(tmp_path / "f.xlsx", COLS)
    # No cached result (never calculated by Excel): we read values, never evaluate
    # formulas, so the row is empty and the formula text is not taken as a name.
    assert t.errors == [] and t.skipped_empty == 1
    assert [r.values["name"] for r in t.rows] == ["市水利局"]


def test_leaders_import_hostile_rows(db, actor, tmp_path):
    rows = [("姓名", "职务", "层级"), ("\u202e张三", "市长", "市"), ("李四", 12, "宇宙"), ("", "副市长", "市")]
    plan = plan_leaders(_xlsx(tmp_path / "l.xlsx", rows))
    assert {(e.row, e.column) for e in plan.errors} >= {(4, "姓名")}
    assert any(e.row == 3 for e in plan.errors)
    with pytest.raises(Exception, match="未导入任何数据"):
        apply_leaders(actor, plan)
    _nothing_written()


def test_calendar_file_with_impossible_and_relative_dates(db, actor, tmp_path):
    rows = [("日期", "类型", "名称"), ("2015-01-01", "放假", "元旦"), ("2014-02-30", "放假", "x"),
            ("明天", "上班", ""), ("2015-01-04", "加班", "")]
    entries, errors = parse_calendar_file(_csv(tmp_path / "c.csv", rows))
    assert [(e.row, e.column) for e in errors] == [(3, "日期"), (4, "日期"), (5, "类型")]
    assert len(entries) == 1
    from models.calendar.store import CalendarDay

    before = CalendarDay.select().count()
    # The command refuses a file with errors before calling the import; the rows that
    # were good are not written on their own.
    assert errors and CalendarDay.select().count() == before
    import_calendar(actor, entries, [2015])
    assert CalendarDay.select().count() >= before


# ---- fuzzing -----------------------------------------------------------------------

cell_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(cell_text, cell_text, cell_text), min_size=0, max_size=12))
def test_fuzzed_csv_never_crashes_and_accounts_for_every_row(tmp_path, body):
    p = tmp_path / "fuzz.csv"
    _csv(p, [("单位名称", "日期", "数量")] + body)
    try:
        t = read_table(p, COLS)
    except ImportFileError as exc:
        assert exc.message
        return
    bad_rows = {e.row for e in t.errors}
    good_rows = {r.number for r in t.rows}
    assert not bad_rows & good_rows
    for r in t.rows:
        name = r.values["name"]
        assert name and name == clean_text(name)
        assert not any(ch in name for ch in BIDI)
    for e in t.errors:
        assert e.row >= 2 and e.column in ("单位名称", "日期", "数量") and str(e).startswith(f"第{e.row}行")


@given(st.text(max_size=60))
def test_clean_text_leaves_no_control_or_direction_characters(text):
    out = clean_text(text)
    assert out == out.strip()
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in out)
    assert not any(ch in out for ch in BIDI)


@given(st.one_of(st.text(max_size=30), st.dates().map(str), st.tuples(
    st.integers(1900, 2100), st.integers(0, 13), st.integers(0, 32)).map(lambda t: "{}-{}-{}".format(*t))))
def test_parse_date_gives_a_date_or_a_chinese_reason(text):
    try:
        day = parse_date(text)
    except ValueError as exc:
        assert re.search(r"[\u4e00-\u9fff]", str(exc))
    else:
        assert isinstance(day, dt.date)


# ---- the other areas' importers ------------------------------------------------------

def _other_importers():
    """(name, headers, a good-looking row, plan(path), apply(actor, plan)) for each importer.

    Imported directly: a renamed importer must fail these tests, not shrink them.
    """
    from models.calendar.store import load_calendar
    from models.instructions import importing as ins
    from models.key_items import importing as ki
    from models.messages import importing as msg

    return [
        ("key_items", ("序号", "工作事项", "牵头单位", "完成时限", "交办日期"),
         ("1", "事项", "市水利局", "2014年12月底前", "2014-03-05"),
         lambda p: ki.plan_key_items(p, 2014, load_calendar()),
         lambda a, plan: ki.apply_key_items(a, plan, load_calendar()), "交办日期"),
        ("instructions", ("编号", "领导层级", "批示日期", "批示内容", "承办单位"),
         ("2014-001", "市", "2014-03-05", "请抓紧办理", "市水利局"),
         lambda p: ins.plan_ledger(p, LOCAL), lambda a, plan: ins.apply_ledger(a, plan), "批示日期"),
        ("messages", ("留言编号", "留言时间", "留言标题", "留言内容"),
         ("10001", "2014-03-05 09:30", "路灯不亮", "请修一修"),
         msg.plan_import, lambda a, plan: msg.apply_import(a, plan, dt.date(2014, 10, 28)), "留言时间"),
    ]


from models.core.actors import LOCAL_ACTOR as LOCAL  # noqa: E402

OTHER = _other_importers()


@pytest.mark.parametrize("name, headers, good, plan, apply, date_col", OTHER, ids=[o[0] for o in OTHER])
def test_other_importers_refuse_hostile_files_whole(db, actor, tmp_path, name, headers, good, plan, apply, date_col):
    from models.core.errors import UserError

    save_unit_names = ["市水利局"]
    from models.reference.directory import UnitData, save_unit

    for n in save_unit_names:
        save_unit(actor, UnitData(n))
    di = headers.index(date_col)
    rows = [headers, good]
    for bad_date in ("2014-02-30", "明天"):
        r = list(good)
        r[0] = f"{r[0]}{len(rows)}"
        r[di] = bad_date
        rows.append(tuple(r))
    r = list(good)
    r[0] = f"\u202e{r[0]}9"
    r[-1] = "Robert'); DROP TABLE unit;-- " + "长" * (1024 * 1024)
    rows.append(tuple(r))
    before = audit.AuditLog.select().count()
    p = plan(_csv(tmp_path / f"{name}.csv", rows))
    errors = {(e.row, e.column) for e in p.errors}
    assert (3, date_col) in errors and (4, date_col) in errors, p.errors
    assert any(e.row == 5 for e in p.errors), p.errors
    assert all(str(e).startswith(f"第{e.row}行") for e in p.errors if e.row)
    with pytest.raises(UserError):
        apply(actor, p)
    assert audit.AuditLog.select().count() == before
    bomb = tmp_path / f"{name}.xlsx"
    bomb.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    with pytest.raises(ImportFileError):
        plan(bomb)


# ---- small files that ask for huge sheets: refused with memory and time bounded ----

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                           'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
                           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                           'relationships+xml"/></Types>',
    "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook xmlns="{MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                       '2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                                  'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                                  'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                                  '</Relationships>',
}
_HEADER_ROW = b'<row r="1"><c r="A1" t="inlineStr"><is><t>\xe5\x8d\x95\xe4\xbd\x8d\xe5\x90\x8d\xe7\xa7\xb0</t></is></c></row>'


def _sheet(path: Path, rows: bytes) -> Path:
    """A workbook whose first sheet holds the header 单位名称 and then ``rows`` as raw XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in _PARTS.items():
            zf.writestr(name, text)
        zf.writestr("xl/worksheets/sheet1.xml",
                    f'<worksheet xmlns="{MAIN_NS}"><sheetData>'.encode() + _HEADER_ROW + rows
                    + b"</sheetData></worksheet>")
    return path


BOUNDED_READ = """
import resource, sys
sys.path.insert(0, {root!r})
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from models.tabular.read import Column, ImportFileError, read_table
try:
    t = read_table({path!r}, [Column("单位名称", "name", required=True)])
    print("READ", len(t.rows))
except ImportFileError as exc:
    print("REFUSED", exc.message)
"""


def _read_bounded(path: Path, mb: int = 400, seconds: int = 120) -> str:
    """read_table in a process of its own that may use ``mb`` MB of memory; its output."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[3]
    code = BOUNDED_READ.format(root=str(root), path=str(path), limit=mb * 1024 * 1024)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=seconds)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize(("rows", "why"), [
    # 48 MB of rows each holding only an empty styled cell in column XFD: an 80 KB file.
    (b'<row><c r="XFD2" s="1"/></row>' * 1_600_000, "空着"),
    # A value in column XFD on every row: 16,383 empty cells to fill in front of each.
    (b'<row><c r="XFD2"><v>1</v></c></row>' * 1_300_000, "XFD 列"),
    # One row numbered 200,000,000 in a file of 1.5 KB.
    (b'<row r="200000000"><c r="A200000000"><v>1</v></c></row>', "第 200000000 行"),
    # Still within Excel's rows, but a million empty ones asked for by a few bytes.
    (b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>', "空着"),
])
def test_a_small_file_cannot_make_the_reader_build_a_huge_sheet(tmp_path, rows, why):
    path = _sheet(tmp_path / "small.xlsx", rows)
    assert path.stat().st_size < 250 * 1024
    out = _read_bounded(path)
    assert out.startswith("REFUSED") and "空行、空列远多于实际内容" in out and why in out, out


def test_real_sheets_with_gaps_and_far_columns_still_read(tmp_path):
    # A few empty rows and a value in column Z are ordinary: read as before.
    rows = (b'<row r="5"><c r="A5" t="inlineStr"><is><t>\xe5\xb8\x82\xe6\xb0\xb4\xe5\x88\xa9\xe5\xb1\x80</t></is></c>'
            b'<c r="Z5"><v>3</v></c></row><row r="9000"><c r="A9000" t="inlineStr"><is><t>x</t></is></c></row>')
    t = read_table(_sheet(tmp_path / "gaps.xlsx", rows), COLS)
    assert [(r.number, r.values["name"]) for r in t.rows] == [(5, "市水利局"), (9000, "x")]


def test_dates_no_calendar_has_are_refused_by_row_and_column(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["单位名称", "日期"])
    for serial in (99999999, 1e300, -1e6, 41703):
        ws.append(["市水利局", serial])
        ws.cell(row=ws.max_row, column=2).number_format = "yyyy-mm-dd"
    ws.append(["市农委", "0001-01-01"])
    ws.append(["市民政局", "9999-12-20"])
    wb.save(tmp_path / "d.xlsx")
    t = read_table(tmp_path / "d.xlsx", COLS)
    assert [(e.row, e.column) for e in t.errors] == [(2, "日期"), (3, "日期"), (4, "日期"), (6, "日期"), (7, "日期")]
    assert "Excel 日期序号 99999999 不对应任何日期" in str(t.errors[0]) and "1e+300" in str(t.errors[1])
    assert "超出了本程序处理的日期范围" in str(t.errors[3])
    assert [(r.number, r.values["day"]) for r in t.rows] == [(5, dt.date(2014, 3, 5))]


@pytest.mark.parametrize("headers", [("单位名称", "日期", "单位名称"), ("单位名称", "数量", "单位名称 ")])
def test_a_column_named_twice_is_refused_not_half_read(tmp_path, headers):
    p = _xlsx(tmp_path / "twice.xlsx", [headers, ("市水利局", "2014-03-05", "市农委")])
    with pytest.raises(ImportFileError, match=r"第 A 列“单位名称”和第 C 列“单位名称”都是“单位名称”"):
        read_table(p, COLS)


def test_two_aliases_of_one_column_are_refused_too(tmp_path):
    cols = (Column("单位名称", "name", required=True, aliases=("单位",)),)
    p = _csv(tmp_path / "alias.csv", [("单位", "单位名称"), ("市水利局", "市农委")])
    with pytest.raises(ImportFileError, match="都是“单位名称”"):
        read_table(p, cols)
