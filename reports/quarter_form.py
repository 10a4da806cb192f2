"""The key items' quarterly 反馈表 a unit fills, as .xlsx: its items, deadlines, roles and
stages in locked cells, per item the answer cells unlocked, the seal on a hidden sheet."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from models.key_items.feedback import (
    ANSWERS,
    COLUMNS,
    FIRST_ROW,
    FORM_SHEET,
    HEAD,
    HEADER_ROW,
    KIND,
    SEAL_ROWS,
    SEAL_SHEET,
    QuarterForm,
)

from .spreadsheet import is_formula_like, safe_cell, seal_and_save

_HEAD_LABELS = {"plan": "年度计划", "unit": "报送单位", "quarter": "报送季度", "due": "报送期限", "reported_on": "填报日期"}
_COLUMN_LABELS = {
    "number": "序号", "text": "事项（原文）", "deadline": "完成时限", "role": "本单位分工",
    "stages": "阶段计划（阶段、时限、责任单位、状态）", "done": "本季度工作进展", "problems": "存在问题",
    "next_steps": "下步打算", "finished_on": "已完成的填完成日期",
}
_WIDTHS = {"number": 11, "text": 34, "deadline": 14, "role": 10, "stages": 36, "done": 34, "problems": 22,
           "next_steps": 22, "finished_on": 14}
_LAST = "I"


def _wrapped_lines(text: str, width: int) -> int:
    """About how many lines ``text`` takes in a wrapped column ``width`` wide (a Chinese
    character is about two width units), so the row is tall enough to print it all."""
    per_line = max(1, (width - 2) // 2)
    return sum(-(-max(len(line), 1) // per_line) for line in text.split("\n"))


def write_form(f: QuarterForm, path: Path) -> Path:
    """Write one unit's quarterly form to ``path`` (atomically); return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    wb = Workbook()
    ws = wb.active
    ws.title = FORM_SHEET
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(vertical="top", wrap_text=True)
    grey = PatternFill("solid", fgColor="EDEDED")
    for key, col in COLUMNS.items():
        ws.column_dimensions[col].width = _WIDTHS[key]
    ws["A1"] = f.title
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{_LAST}1")
    ws.row_dimensions[1].height = 32
    ws["A2"] = (f"{f.office}制表 {f.made_on.isoformat()}。灰色格为本室所列内容，不能改动；请在白色格中逐项填写"
                f"本季度进展和填报日期，于 {f.due.isoformat()} 前将本文件发回。")
    ws["A2"].alignment = wrap
    ws["A2"].font = Font(size=9)
    ws.merge_cells(f"A2:{_LAST}2")
    ws.row_dimensions[2].height = 30
    values = {"plan": f.plan_title, "unit": f.unit, "quarter": f"{f.year}年第{f.quarter}季度",
              "due": f.due.isoformat()}
    for key, addr in HEAD.items():
        row = int(addr[1:])
        label = ws.cell(row=row, column=1, value=_HEAD_LABELS[key])
        label.font = Font(name="黑体", size=11)
        label.fill = grey
        label.border = border
        cell = ws[addr]
        if key == "reported_on":
            cell.protection = Protection(locked=False)
            cell.number_format = "yyyy-mm-dd"
        else:
            # Text, not a date cell: the seal covers exactly these characters.
            cell.value = safe_cell(values[key])
            cell.data_type = "s"
            cell.fill = grey
        cell.border = border
        cell.alignment = wrap
        ws.merge_cells(f"B{row}:D{row}")
    ws.cell(row=int(HEAD["reported_on"][1:]), column=5, value="（例：2015-01-08）").font = Font(size=9)
    for key, col in COLUMNS.items():
        cell = ws[f"{col}{HEADER_ROW}"]
        cell.value = _COLUMN_LABELS[key]
        cell.font = Font(name="黑体", size=11)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        cell.fill = grey
    ws.row_dimensions[HEADER_ROW].height = 30
    for i, item in enumerate(f.items):
        r = FIRST_ROW + i
        shown = {"number": item.number, "text": item.text, "deadline": item.deadline, "role": item.role,
                 "stages": item.stages or "（无阶段计划）"}
        for key, col in COLUMNS.items():
            cell = ws[f"{col}{r}"]
            if key in ANSWERS:
                cell.protection = Protection(locked=False)
                if key == "finished_on":
                    cell.number_format = "yyyy-mm-dd"
            else:
                cell.value = safe_cell(shown[key])
                cell.data_type = "s"
                cell.quotePrefix = is_formula_like(cell.value)
                cell.fill = grey
            cell.alignment = wrap
            cell.border = border
        lines = max(_wrapped_lines(item.text, _WIDTHS["text"]), _wrapped_lines(item.stages, _WIDTHS["stages"]), 4)
        ws.row_dimensions[r].height = min(409, 15 * (lines + 1))
    note = FIRST_ROW + len(f.items) + 1
    ws[f"A{note}"] = ("填表说明：日期请写作 2015-01-08；每项填写本季度工作进展，有问题和下步打算的一并填写；"
                      "事项已全部完成的填写完成日期（本室核实后确认）。" + (f"联系本室：{f.contact}" if f.contact else ""))
    ws[f"A{note}"].alignment = wrap
    ws[f"A{note}"].font = Font(size=9)
    ws.merge_cells(f"A{note}:{_LAST}{note}")
    ws.row_dimensions[note].height = 30
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.protection.sheet = True
    ws.protection.formatCells = False  # a unit may widen a row to read its own text
    ws.protection.formatRows = False
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = f"A1:{_LAST}{note}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"

    sealed = {"kind": KIND, "version": f.version, "plan_id": f.plan_id, "unit_id": f.unit_id,
              "quarter": f.quarter_code, "item_ids": ",".join(str(r.item_id) for r in f.items), "seal": f.seal}
    return seal_and_save(wb, SEAL_SHEET, SEAL_ROWS, sealed, path)


def write_forms(forms: Sequence[QuarterForm], folder: Path) -> list[Path]:
    """Each form into ``folder`` under its own name; return the paths."""
    return [write_form(f, Path(folder) / f.file_name) for f in forms]
