"""The 反馈表 a unit fills, as .xlsx: what is asked in locked cells, the answers unlocked,
the seal on a hidden sheet; and the .zip of a matter's forms for e-mail."""
from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

from models.core.storage import write_file
from models.instructions.feedback import (
    ANSWERS,
    CELLS,
    FORM_SHEET,
    SEAL_ROWS,
    SEAL_SHEET,
    FeedbackForm,
    safe_file_name,
)

from .spreadsheet import is_formula_like, safe_cell, seal_and_save

#: The label beside each field of CELLS.
_LABELS = {
    "number": "登记编号", "leader": "批示领导", "matter": "事项", "text": "批示内容（原文）", "unit": "承办单位",
    "role": "承办分工", "assigned_on": "交办日期", "deadline": "办理时限",
    "signed_by": "签收人", "signed_on": "签收日期",
    "progress_on": "填报日期", "progress": "进展情况", "problems": "存在问题", "next_steps": "下步打算",
    "completed_on": "办结日期", "completion": "办结情况", "evidence": "佐证材料清单",
}
_SECTIONS = {11: "一、签收（收到本表即填写签收人、签收日期）", 14: "二、办理进展（按要求时间填报）",
             19: "三、办结（办结后填写，并附佐证材料）"}
_TALL = {"text": 90, "progress": 90, "problems": 48, "next_steps": 48, "completion": 90, "evidence": 48}
_DATE_ANSWERS = ("signed_on", "progress_on", "completed_on")


def _values(f: FeedbackForm) -> dict[str, object]:
    return {
        "number": f.number, "leader": f.leader, "matter": f.matter, "text": f.text, "unit": f.unit,
        "role": f"{f.role}单位", "assigned_on": f.assigned_on.isoformat(),
        # Text, not a date cell: the seal covers exactly these characters.
        "deadline": f.deadline.isoformat(),
    }


def write_form(f: FeedbackForm, path: Path) -> Path:
    """Write one unit's form to ``path`` (atomically); return the path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    wb = Workbook()
    ws = wb.active
    ws.title = FORM_SHEET
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(vertical="top", wrap_text=True)
    ws.column_dimensions["A"].width = 16
    for col in "BCD":
        ws.column_dimensions[col].width = 24
    ws["A1"] = f.title
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:D1")
    ws.row_dimensions[1].height = 32
    ws["A2"] = f"{f.office}制表 {f.made_on.isoformat()}。灰色格为交办内容，不能改动；请在白色格中填写后将本文件发回。"
    ws["A2"].alignment = wrap
    ws["A2"].font = Font(size=9)
    ws.merge_cells("A2:D2")
    ws.row_dimensions[2].height = 30
    grey = PatternFill("solid", fgColor="EDEDED")
    values = _values(f)
    for key, addr in CELLS.items():
        row = int(addr[1:])
        label = ws.cell(row=row, column=1, value=_LABELS[key])
        label.font = Font(name="黑体", size=11)
        label.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        label.border = border
        label.fill = grey
        cell = ws[addr]
        if key in ANSWERS:
            cell.protection = Protection(locked=False)
            if key in _DATE_ANSWERS:
                cell.number_format = "yyyy-mm-dd"
        else:
            cell.value = safe_cell(values[key])
            cell.data_type = "s"
            cell.quotePrefix = is_formula_like(cell.value)
            cell.fill = grey
        cell.alignment = wrap
        for col in "BCD":
            ws[f"{col}{row}"].border = border
        if key == "deadline":
            # The seal covers the date alone; how it was set sits beside it.
            ws[f"C{row}"] = f.deadline_note
            ws[f"C{row}"].fill = grey
            ws[f"C{row}"].alignment = wrap
            ws.merge_cells(f"C{row}:D{row}")
        else:
            ws.merge_cells(f"B{row}:D{row}")
        ws.row_dimensions[row].height = _TALL.get(key, 20)
    for row, text in _SECTIONS.items():
        cell = ws.cell(row=row, column=1, value=text)
        cell.font = Font(name="黑体", size=12, bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        ws.row_dimensions[row].height = 24
    ws["A23"] = ("填表说明：日期请写作 2014-10-30；进展可多次填报，每次改写进展栏后发回即可；"
                 "办结须列明佐证材料。" + (f"联系本室：{f.contact}" if f.contact else ""))
    ws["A23"].alignment = wrap
    ws["A23"].font = Font(size=9)
    ws.merge_cells("A23:D23")
    ws.row_dimensions[23].height = 30
    ws.protection.sheet = True
    ws.protection.formatCells = False  # a unit may widen a row to read its own text
    ws.protection.formatRows = False
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = "A1:D23"

    sealed = {"version": f.version, "assignment_id": f.assignment_id, "instruction_id": f.instruction_id,
              "seal": f.seal}
    return seal_and_save(wb, SEAL_SHEET, SEAL_ROWS, sealed, path)


def write_forms(forms: Sequence[FeedbackForm], folder: Path) -> list[Path]:
    """Each form into ``folder`` under its own name; return the paths."""
    return [write_form(f, Path(folder) / f.file_name) for f in forms]


def zip_name(forms: Sequence[FeedbackForm]) -> str:
    """反馈表-督〔2014〕9号.zip (the batch's name)."""
    if len(forms) == 1:
        return forms[0].file_name[: -len(".xlsx")] + ".zip"
    return safe_file_name(f"反馈表-{forms[0].number}") + ".zip"


def write_zip(files: Sequence[Path], target: Path) -> Path:
    """The forms in one .zip (UTF-8 names, which Windows' own unzip reads)."""
    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for p in files:
                z.write(p, Path(p).name)

    return write_file(target, write)
