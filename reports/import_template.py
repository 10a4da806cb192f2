"""An import template (导入模板) as an .xlsx the clerk fills in.

Sheet 1 (the one every importer reads) holds a title line, the importer's exact
headers — required ones shaded — and one example row; any further sheet the importer
reads by name (the plan's 阶段) follows, drawn the same way; the last sheet, 说明, says for each
column what it means, whether it is required, how to write it and what other headers
are accepted, then how to import the file.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from models.tabular.read import ImportTemplate

from .spreadsheet import is_formula_like, safe_cell

REQUIRED_FILL = "FCE4D6"
OPTIONAL_FILL = "E8E8E8"
EXAMPLE_NOTE = "第3行是示例，请改写或删除后再填写；标色的列必填，各列说明见“说明”工作表。"


def _put(cell, value: Any) -> None:
    v = safe_cell(value)
    cell.value = v
    if is_formula_like(v):
        cell.data_type = "s"
        cell.quotePrefix = True
    if isinstance(v, dt.datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(v, dt.date):
        cell.number_format = "yyyy-mm-dd"


def _width(*texts: Any) -> float:
    # Excel's width unit is about one Latin character; a Chinese character takes two.
    longest = max((sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(t or "")) for t in texts), default=8)
    return float(min(max(longest + 2, 8), 48))


def write_template(template: ImportTemplate, path: Path, year: int) -> Path:
    """Write ``template`` (its example dated in ``year``) to ``path``; return the path."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = Workbook()

    def data_sheet(ws, part: ImportTemplate) -> None:
        ws.title = part.title[:31]
        columns = part.columns
        ws.cell(row=1, column=1, value=f"{part.title}导入模板：{EXAMPLE_NOTE}").font = Font(name="黑体", size=12, bold=True)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(columns), 1))
        ws.row_dimensions[1].height = 24
        example = part.example_row(year)
        for c, (col, value) in enumerate(zip(columns, example, strict=True), start=1):
            head = ws.cell(row=2, column=c, value=col.header)
            head.font = Font(name="黑体", size=11, bold=True)
            head.fill = PatternFill("solid", fgColor=REQUIRED_FILL if col.required else OPTIONAL_FILL)
            head.alignment = Alignment(horizontal="center", vertical="center")
            head.border = border
            head.comment = Comment(("必填。" if col.required else "选填。") + col.help, "督查工作台")
            cell = ws.cell(row=3, column=c)
            _put(cell, value)
            cell.font = Font(italic=True, color="595959")
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            cell.border = border
            shown = value.isoformat(sep=" ", timespec="minutes") if isinstance(value, dt.datetime) else value
            ws.column_dimensions[get_column_letter(c)].width = _width(col.header, shown)
        ws.freeze_panes = "A3"

    data_sheet(wb.active, template)
    for part in template.sheets:
        data_sheet(wb.create_sheet(), part)

    notes = wb.create_sheet("说明")
    heads = ("列名", "必填", "含义", "填写格式", "也可写作")
    for c, h in enumerate(heads, start=1):
        cell = notes.cell(row=1, column=c, value=h)
        cell.font = Font(name="黑体", size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor=OPTIONAL_FILL)
        cell.border = border
    wrap = Alignment(vertical="top", wrap_text=True)

    def column_notes(columns: tuple, r: int) -> int:
        for col in columns:
            for c, value in enumerate((col.header, "必填" if col.required else "选填", col.help, col.form(),
                                       "、".join(col.aliases)), start=1):
                cell = notes.cell(row=r, column=c)
                _put(cell, value)
                cell.alignment = wrap
                cell.border = border
            r += 1
        return r

    r = column_notes(template.columns, 2)
    for part in template.sheets:
        # Each further sheet: a heading naming it, its own notes, then its columns.
        r += 1
        notes.cell(row=r, column=1, value=f"“{part.title}”工作表（{part.how}）").font = Font(name="黑体", size=11,
                                                                                         bold=True)
        r += 1
        for line in part.notes:
            notes.cell(row=r, column=1, value=line).alignment = Alignment(vertical="top")
            r += 1
        r = column_notes(part.columns, r)
    r += 1
    for line in (f"导入方法：{template.how}", *template.notes,
                 "导入前先整体检查：任何一行有误都不写入，并列出每个有误的行和原因；同一文件再次导入不会重复。",
                 EXAMPLE_NOTE):
        notes.cell(row=r, column=1, value=line).alignment = Alignment(vertical="top")
        r += 1
    for c, width in enumerate((14, 6, 60, 36, 24), start=1):
        notes.column_dimensions[get_column_letter(c)].width = width

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    wb.save(tmp)
    tmp.replace(path)
    return path
