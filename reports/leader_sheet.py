"""领导批示件办理情况一览表: one leader's instructions as an A4 landscape table for the desk.

Not a 公文 with a 版头 and a 版记 but a table a secretary lays on the leader's desk:
the title in 小标宋, the period and the summary, then one row per instruction (number,
matter, units, deadline, light and state, when completed and reported back) in 仿宋
小四 with the header in 黑体 repeated on every page, and "— N —" at the foot. The same
fonts as every document (``reports.fonts``); a date never breaks inside its cell (the
date columns are as wide as the longest date). The Word file has the same page.
"""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from models.core.numbers import date_cn
from models.documents.more_data import LeaderSheetData

from .fonts import resolve_fonts
from .pagegrid import MM, RED
from .printing import Rendered
from .rendering import current_watermark

PAGE = landscape(A4)
MARGIN_TOP = 20 * MM
MARGIN_SIDE = 20 * MM
MARGIN_BOTTOM = 22 * MM
CELL_SIZE = 12.0  # 小四
TITLE_SIZE = 22.0  # 2号
SUB_SIZE = 16.0  # 3号
PAD = 4.0
HEADER = ["序号", "编号", "批示日期", "批示事项", "承办单位", "办理时限", "办理状态", "办结与报结"]
LIGHT_COLORS = {"红灯": RED, "黄灯": (0.96, 0.71, 0.0), "绿灯": (0.118, 0.62, 0.227)}
_WIDEST_DATE = "2014年12月28日"


def _cells_width(text: str, size: float) -> float:
    """Width of ``text`` at ``size``: Chinese one em, digits and Latin half."""
    return sum(size if ord(ch) >= 0x2E80 else size / 2 for ch in text)


def column_widths(total: float, size: float = CELL_SIZE, slack: float = 0.0,
                  measure: Callable[[str], float] | None = None) -> list[float]:
    """Fixed columns as wide as their longest content (``measure``: the font's own widths;
    ``slack``: a word processor's cell margins and wider Latin digits), the rest shared by
    matter (3/5) and units (2/5), in the order of :data:`HEADER`."""
    width = measure or (lambda text: _cells_width(text, size))
    pad = 2 * PAD
    date = width(_WIDEST_DATE) + pad + slack + 2
    fixed = [width("序号") + pad + slack / 6, width("督〔2014〕135号") + pad + slack / 3,
             date, None, None, date, width("已办结") + size + pad + 4 + slack / 6,
             width(_WIDEST_DATE + "报结") + pad + slack + 2]
    rest = total - sum(w for w in fixed if w)
    fixed[3], fixed[4] = rest * 0.6, rest * 0.4
    return [float(w or 0) for w in fixed]


class _LightCell(Flowable):
    """"● 红灯" with the dot in its colour, then the state on the next line ("未交办": no dot)."""

    def __init__(self, light: str, state: str, font: str, size: float) -> None:
        super().__init__()
        self.light, self.state, self.font, self.size = light, state, font, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = 2 if self.light else 1
        return avail_width, lines * self.size * 1.35

    def draw(self) -> None:
        c = self.canv
        lead = self.size * 1.35
        y = (2 if self.light else 1) * lead - self.size
        if self.light:
            rgb = LIGHT_COLORS.get(self.light)
            x = 0.0
            if rgb:
                c.setFillColorRGB(*rgb)
                c.circle(self.size * 0.4, y + self.size * 0.35, self.size * 0.35, stroke=0, fill=1)
                x = self.size
            c.setFillColorRGB(0, 0, 0)
            c.setFont(self.font, self.size)
            c.drawString(x, y, self.light)
            y -= lead
        c.setFillColorRGB(0, 0, 0)
        c.setFont(self.font, self.size)
        c.drawString(0, y, self.state)


def _footer(fonts, mark: str):
    def paint(c, doc) -> None:
        c.saveState()
        if mark:
            c.setFillColorRGB(0.78, 0.78, 0.78)
            c.setFont(fonts["heiti"].registered_name, 54)
            c.translate(PAGE[0] / 2, PAGE[1] / 2)
            c.rotate(25)
            c.drawCentredString(0, -18, mark)
            c.restoreState()
            c.saveState()
        c.setFont(fonts["songti"].registered_name, 14)
        c.drawCentredString(PAGE[0] / 2, 10 * MM, f"— {doc.page} —")
        c.restoreState()
    return paint


def _stamp(day: dt.date) -> str:
    return f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000+08'00'"


def leader_sheet_pdf(d: LeaderSheetData, font_dir: str | None = None) -> Rendered:
    """The sheet as A4 landscape PDF pages."""
    fonts = resolve_fonts(font_dir)
    fs, hei, kai, xbs = (fonts[r].registered_name for r in ("fangsong", "heiti", "kaiti", "xiaobiaosong"))
    cell = ParagraphStyle("cell", fontName=fs, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.35, wordWrap="CJK")
    centre = ParagraphStyle("centre", parent=cell, alignment=1)
    head = ParagraphStyle("head", parent=centre, fontName=hei)
    title = ParagraphStyle("title", fontName=xbs, fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.4, alignment=1,
                           wordWrap="CJK")
    sub = ParagraphStyle("sub", fontName=kai, fontSize=SUB_SIZE, leading=SUB_SIZE * 1.5, alignment=1,
                         wordWrap="CJK")
    body = ParagraphStyle("body", fontName=fs, fontSize=SUB_SIZE, leading=SUB_SIZE * 1.5, wordWrap="CJK")
    right = ParagraphStyle("right", parent=cell, fontSize=14, leading=20, alignment=2)
    width = PAGE[0] - 2 * MARGIN_SIDE
    widths = column_widths(width, measure=lambda text: stringWidth(text, fs, CELL_SIZE))

    def p(text: str, style=cell) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    rows: list[list] = [[p(h, head) for h in HEADER]]
    for ln in d.lines:
        rows.append([p(str(ln.seq), centre), p(ln.number, centre), p(ln.instructed_on), p(ln.matter), p(ln.units),
                     p(ln.deadline),
                     _LightCell(ln.light, ln.state, fs, CELL_SIZE), p(ln.done)])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    left = ParagraphStyle("left", parent=right, alignment=0)
    # The number on the left, who made the sheet and when on the right: no gap beside a digit.
    top = Table([[p(d.number, left), p(f"制表：{d.office.name}　　制表日期：{date_cn(d.issued_on)}", right)]],
                colWidths=[width * 0.35, width * 0.65])
    top.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story = [
        top,
        Spacer(1, 4 * MM),
        p(d.title, title),
        p(f"（{d.period}）", sub),
        Spacer(1, 2 * MM),
        p(d.summary, body),
        Spacer(1, 3 * MM),
        table,
    ]
    mark = current_watermark()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=MARGIN_SIDE, rightMargin=MARGIN_SIDE,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=d.title,
                            subject=f"领导批示件办理情况一览表 {d.number.strip()}", author=d.office.name,
                            creator="督查工作台", invariant=1, pageCompression=1)
    paint = _footer(fonts, mark)

    def canvas_maker(*args, **kwargs):
        from reportlab.pdfgen.canvas import Canvas

        c = Canvas(*args, **kwargs)
        c.setDateFormatter(lambda *_a: _stamp(d.issued_on))
        return c

    doc.build(story, onFirstPage=paint, onLaterPages=paint, canvasmaker=canvas_maker)
    return Rendered(buf.getvalue(), doc.page, fonts)

