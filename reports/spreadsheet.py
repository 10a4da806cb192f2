"""Ledgers (台账) written to .xlsx: printable and safe against formula injection."""
from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from models.core.storage import write_file

FORMULA_LEADERS = ("=", "+", "-", "@", "\t", "\r")
MAX_XLSX_CELL = 32767
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell(value: Any) -> Any:
    """A value ready for a cell: text (cut to Excel's limit), numbers and dates as is.

    Formula-looking text is marked as a string by :func:`write_sheet`.
    """
    if value is None:
        return ""
    if isinstance(value, (int, float, dt.date, dt.datetime)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return "是" if value else "否"
    # XML cannot hold C0 control characters; openpyxl would refuse the whole export.
    text = _ILLEGAL_XML.sub("", str(value))
    if len(text) > MAX_XLSX_CELL:
        text = text[: MAX_XLSX_CELL - 20] + "……（超长已截断）"
    return text


def is_formula_like(value: Any) -> bool:
    """Whether Excel would read this text as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_LEADERS)


def write_sheet(path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                col_widths: Sequence[float] | None = None, landscape: bool = True,
                sheet_name: str | None = None) -> Path:
    """Write one formatted sheet: title row, bold frozen header, wrapped text, A4.

    ``col_widths`` are in Excel character units; text that looks like a formula is
    stored as a string with the quote prefix, so opening the file runs nothing. The
    file is written whole or not at all (``models.core.storage.write_file``).
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = (sheet_name or title or "Sheet1")[:31].translate(str.maketrans("[]:*?/\\", "（）：＊？／＼"))
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncols = max(len(headers), 1)
    ws.cell(row=1, column=1, value=title).font = Font(name="黑体", size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 28
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=2, column=c, value=str(h))
        cell.font = Font(name="黑体", size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    wrap = Alignment(vertical="top", wrap_text=True)
    r = 2
    for r, row in enumerate(rows, start=3):
        for c, value in enumerate(row, start=1):
            v = safe_cell(value)
            cell = ws.cell(row=r, column=c)
            if is_formula_like(v):
                cell.value = v
                cell.data_type = "s"
                cell.quotePrefix = True
            else:
                cell.value = v
            if isinstance(v, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
            cell.alignment = wrap
            cell.border = border
    widths = list(col_widths or [])
    for c in range(1, ncols + 1):
        width = widths[c - 1] if c - 1 < len(widths) else 14
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if r >= 3:
        ws.auto_filter.ref = f"A2:{get_column_letter(ncols)}{r}"
    # Saved into memory first: a save failing halfway into a file leaves openpyxl's
    # zip open on it, holding the disk space until the collector comes by.
    buffer = io.BytesIO()
    wb.save(buffer)
    data = buffer.getvalue()
    return write_file(path, lambda tmp: tmp.write_bytes(data))


def seal_and_save(wb: Any, sheet_name: str, rows: Sequence[tuple[str, str]], values: dict[str, Any],
                  path: Path) -> Path:
    """Finish a sealed 反馈表: its seal rows on a very hidden, protected sheet, the workbook's
    structure locked, the first sheet active; written whole or not at all
    (:func:`models.core.storage.write_file`), so a cancelled or failed export leaves a whole
    file or none."""
    from openpyxl.workbook.protection import WorkbookProtection

    seal = wb.create_sheet(sheet_name)
    for r, (label, key) in enumerate(rows, start=1):
        seal.cell(row=r, column=1, value=label)
        seal.cell(row=r, column=2, value=str(values[key])).data_type = "s"
    seal.sheet_state = "veryHidden"
    seal.protection.sheet = True
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
    buffer = io.BytesIO()  # into memory first, as write_table does
    wb.save(buffer)
    data = buffer.getvalue()
    return write_file(path, lambda tmp: tmp.write_bytes(data))
