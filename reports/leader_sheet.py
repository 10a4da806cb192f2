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
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
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
HEADER = ["序号", "编号", "批示事项", "承办单位", "办理时限", "办理状态", "办结与报结"]
LIGHT_COLORS = {"红灯": RED, "黄灯": (0.96, 0.71, 0.0), "绿灯": (0.118, 0.62, 0.227)}
_WIDEST_DATE = "2014年12月28日"


def _cells_width(text: str, size: float) -> float:
    """Width of ``text`` at ``size``: Chinese one em, digits and Latin half."""
    return sum(size if ord(ch) >= 0x2E80 else size / 2 for ch in text)


def column_widths(total: float, size: float = CELL_SIZE, slack: float = 0.0) -> list[float]:
    """Fixed columns as wide as their longest content (plus ``slack``: a word processor's
    cell margins and wider Latin digits), the rest shared by matter (3/5) and units (2/5)."""
    pad = 2 * PAD
    date = _cells_width(_WIDEST_DATE, size) + pad + slack + 2
    fixed = [_cells_width("序号", size) + pad + slack / 4, _cells_width("督〔2014〕135号", size) + pad + slack / 2,
             None, None, date, _cells_width("已办结", size) + size + pad + 4 + slack / 4,
             _cells_width(_WIDEST_DATE + "报结", size) + pad + slack + 2]
    rest = total - sum(w for w in fixed if w)
    fixed[2], fixed[3] = rest * 0.6, rest * 0.4
    return [float(w or 0) for w in fixed]


class _LightCell(Flowable):
    """"● 红灯" with the dot in its colour, then the state on the next line."""

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
    widths = column_widths(width)

    def p(text: str, style=cell) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    rows: list[list] = [[p(h, head) for h in HEADER]]
    for ln in d.lines:
        rows.append([p(str(ln.seq), centre), p(ln.number, centre), p(ln.matter), p(ln.units), p(ln.deadline),
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


def leader_sheet_docx(d: LeaderSheetData, draft_mark: str = "") -> bytes:
    """The sheet as a Word file: A4 landscape, the same margins, fonts by name, the header row repeated."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    from .word import FONT_NAMES, _defaults, _set

    doc = Document()
    _defaults(doc)  # Chinese Normal style and the font table's fallback names
    doc.settings.odd_and_even_pages_header_footer = False
    normal = doc.styles["Normal"].element.get_or_add_pPr()
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):  # no space put between Chinese and digits
        _set(normal, tag, **{"w:val": "0"})
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Pt(PAGE[0]), Pt(PAGE[1])
    section.top_margin, section.bottom_margin = Pt(MARGIN_TOP), Pt(MARGIN_BOTTOM)
    section.left_margin = section.right_margin = Pt(MARGIN_SIDE)
    props = doc.core_properties
    props.title = (f"（{draft_mark}）" if draft_mark else "") + d.title
    props.author = d.office.name
    props.subject = "领导批示件办理情况一览表"
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)

    def run(p, text: str, role: str, size: float, color: RGBColor | None = None):
        r = p.add_run(text)
        r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
        fonts = OxmlElement("w:rFonts")
        name = FONT_NAMES[role][0]
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), name)
        r._r.get_or_add_rPr().insert(0, fonts)
        return r

    def para(text: str, role: str, size: float, align=WD_ALIGN_PARAGRAPH.LEFT, after: float = 0.0):
        p = doc.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(0)
        if text:
            run(p, text, role, size)
        return p

    para(f"{d.number}\t制表：{d.office.name}　　制表日期：{date_cn(d.issued_on)}", "fangsong", 14, after=8)
    tabs = doc.paragraphs[-1].paragraph_format.tab_stops
    tabs.add_tab_stop(Pt(PAGE[0] - 2 * MARGIN_SIDE), WD_TAB_ALIGNMENT.RIGHT)
    para(d.title, "xiaobiaosong", TITLE_SIZE, WD_ALIGN_PARAGRAPH.CENTER)
    para(f"（{d.period}）", "kaiti", SUB_SIZE, WD_ALIGN_PARAGRAPH.CENTER, 4)
    para(d.summary, "fangsong", SUB_SIZE, after=6)
    widths = column_widths(PAGE[0] - 2 * MARGIN_SIDE, slack=2 * CELL_SIZE)
    table = doc.add_table(rows=1, cols=len(HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    head = table.rows[0]
    head_pr = head._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    head_pr.append(repeat)
    for cell, text in zip(head.cells, HEADER, strict=True):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(cell.paragraphs[0], text, "heiti", CELL_SIZE)
    for ln in d.lines:
        cells = table.add_row().cells
        state = f"●{ln.light}\n{ln.state}" if ln.light else ln.state
        for i, text in enumerate([str(ln.seq), ln.number, ln.matter, ln.units, ln.deadline, state, ln.done]):
            p = cells[i].paragraphs[0]
            if i < 2:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 5 and ln.light in LIGHT_COLORS:
                dot, rest = state.split("\n", 1)
                run(p, dot[0], "fangsong", CELL_SIZE, RGBColor(*(round(c * 255) for c in LIGHT_COLORS[ln.light])))
                run(p, dot[1:] + "\n" + rest, "fangsong", CELL_SIZE)
            else:
                run(p, text, "fangsong", CELL_SIZE)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, w in zip(table.columns, widths, strict=True):
        column.width = Pt(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Pt(w)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(footer, "— ", "songti", 14)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    footer._p.append(fld)
    run(footer, " —", "songti", 14)
    if draft_mark:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(header, draft_mark, "heiti", 12, RGBColor(0x9E, 0x9E, 0x9E))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
