"""A month of the calendar as a printable agenda list (PDF bytes)."""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from models.calendar.agenda import AgendaEntry

from .fonts import resolve_fonts

WEEKDAYS = "一二三四五六日"


def agenda_pdf(title: str, entries: Sequence[AgendaEntry], day_kinds: dict[dt.date, str] | None = None,
               font_dir: str | None = None) -> bytes:
    """A4 portrait list of ``entries`` (day, kind, title, unit, light as symbol and text).

    ``day_kinds`` marks holidays and 调休 working weekends next to the date.
    """
    fonts = resolve_fonts(font_dir)
    body_font = fonts["songti"].registered_name
    head_font = fonts["heiti"].registered_name
    cell = ParagraphStyle("cell", fontName=body_font, fontSize=9.5, leading=13, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, fontName=head_font)
    heading = ParagraphStyle("title", fontName=head_font, fontSize=16, leading=22, alignment=1)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=title, author="督查工作台")
    rows = [[Paragraph(h, head) for h in ("日期", "类型", "事项", "单位", "红绿灯")]]
    styles = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E0E0E0")),
        ("REPEATROWS", (0, 0), (-1, 0)),
    ]
    kinds = day_kinds or {}
    previous = None
    for e in entries:
        date_text = ""
        if e.day != previous:
            date_text = f"{e.day.month}月{e.day.day}日 周{WEEKDAYS[e.day.weekday()]}"
            if kinds.get(e.day) in ("节假日", "调休上班"):
                date_text += f"<br/>（{kinds[e.day]}）"
            previous = e.day
        note = "（暂定）" if e.provisional else ""
        rows.append(
            [
                Paragraph(date_text, cell),
                Paragraph(escape(e.kind), cell),
                Paragraph(escape(e.title + note), cell),
                Paragraph(escape(e.unit), cell),
                Paragraph(
                    f'<font color="{e.light.colour}">{e.light.symbol}</font> {e.light.label}', cell
                ),
            ]
        )
    if len(rows) == 1:
        rows.append([Paragraph("本月没有事项。", cell), "", "", "", ""])
    table = Table(rows, colWidths=[28 * mm, 24 * mm, 76 * mm, 30 * mm, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle(styles))
    doc.build([Paragraph(escape(title), heading), Spacer(1, 4 * mm), table])
    return buf.getvalue()
