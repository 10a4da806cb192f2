"""The streaming .xlsx reader gives what openpyxl gives, faster."""
from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from models.xlsx_stream import XlsxFormatError, _is_date_code, iter_rows


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
