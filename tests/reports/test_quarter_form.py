"""The quarterly 反馈表's layout: landscape A4 one page wide, the header row repeated, and
each item row tall enough for its text and stages once wrapped."""
from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook

from models.key_items.feedback import FIRST_ROW, FORM_SHEET, HEADER_ROW, FormItem, QuarterForm
from reports.quarter_form import _wrapped_lines, write_form


def form(items):
    return QuarterForm(1, 1, "2014年决策督查计划", 2014, 4, 1, "南宁市住房和城乡建设委员会", "市住建委",
                       dt.date(2015, 1, 8), tuple(items), "中共南宁市委督查室", "", dt.date(2014, 10, 28), "0" * 64)


def test_rows_grow_with_wrapped_stages_and_the_page_prints_one_wide(tmp_path):
    stages = "\n".join(f"{n}. 完成第{n}段主桥钢箱梁吊装与合龙（2014-11-30，市住建委）● 超期" for n in range(1, 9))
    path = write_form(form([FormItem(1, "1", "短", "2014-12-31", "牵头单位", ""),
                            FormItem(2, "2", "桥", "2014-12-31", "牵头单位", stages)]), tmp_path / "f.xlsx")
    ws = load_workbook(path)[FORM_SHEET]
    short, tall = ws.row_dimensions[FIRST_ROW].height, ws.row_dimensions[FIRST_ROW + 1].height
    assert short == 75 and tall >= 15 * 16 > short  # eight stages, two lines each once wrapped
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"


def test_wrapped_lines_counts_each_line_by_the_column_width():
    assert _wrapped_lines("", 36) == 1
    assert _wrapped_lines("一" * 17, 36) == 1 and _wrapped_lines("一" * 18, 36) == 2
    assert _wrapped_lines("甲\n乙", 36) == 2
