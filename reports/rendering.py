"""Paint a laid-out official document into PDF bytes with ReportLab.

Output is deterministic: ReportLab's invariant mode fixes the document ID and
the creation date is taken from the document's own date, so printing the same
document again yields byte-identical files (the issued-documents register
compares them).
"""

from __future__ import annotations

import contextlib
import contextvars
import io
from collections.abc import Iterator

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfgen.textobject import PDFTextObject

from reports.document import OfficialDocument
from reports.fonts import FontChoice, fonts_summary, resolve_fonts
from reports.layout import DotOp, LineOp, PageLayout, TextOp, layout_document
from reports.pagegrid import PAGE

CREATOR = "督查工作台"
DRAFT_MARK = "样稿 · 未印发"

# A preview written to disk must not pass for an issued document: inside
# draft_watermark() every page carries a large grey mark.
_watermark: contextvars.ContextVar[str] = contextvars.ContextVar("watermark", default="")


@contextlib.contextmanager
def draft_watermark(text: str = DRAFT_MARK) -> Iterator[None]:
    """Render every page inside this block with a diagonal grey ``text``."""
    token = _watermark.set(text)
    try:
        yield
    finally:
        _watermark.reset(token)


def current_watermark() -> str:
    """The mark pages rendered now carry ("" outside :func:`draft_watermark`), for a page
    drawn by other means than the official page engine (the landscape 一览表)."""
    return _watermark.get()


def _paint_watermark(c: rl_canvas.Canvas, text: str, font_name: str) -> None:
    c.saveState()
    c.setFillColorRGB(0.78, 0.78, 0.78)
    c.setFont(font_name, 54)
    c.translate(PAGE[0] / 2, PAGE[1] / 2)
    c.rotate(40)
    c.drawCentredString(0, -18, text)
    c.restoreState()


def _creation_stamp(doc: OfficialDocument) -> str:
    d = doc.date or doc.print_date
    if d is None:
        return "D:20000101000000+08'00'"
    return f"D:{d.year:04d}{d.month:02d}{d.day:02d}000000+08'00'"


def _text_out(c: rl_canvas.Canvas, text: PDFTextObject, op: TextOp) -> None:
    """Show ``op.text`` with an explicit origin for every font subset.

    ReportLab splits TrueType text into 256-glyph subsets, one ``Tj`` each.
    The PDF spec adds character spacing after the last glyph of each string,
    but pdfminer (pdfplumber) does not, so anything measuring the file would
    see lines drift at each subset switch.  Positioning each chunk ourselves
    makes every reader agree with the layout.
    """
    font = pdfmetrics.getFont(op.font)
    chunks = font.splitString(op.text, c._doc) if getattr(font, "_dynamicFont", 0) else []
    if len(chunks) <= 1:
        text.setTextOrigin(op.x, op.y)
        text.textOut(op.text)
        return
    x = op.x
    pos = 0
    for _subset, codes in chunks:
        piece = op.text[pos : pos + len(codes)]
        pos += len(codes)
        text.setTextOrigin(x, op.y)
        text.textOut(piece)
        x += font.stringWidth(piece, op.size) + len(piece) * op.char_space


def _paint(c: rl_canvas.Canvas, page: PageLayout) -> None:
    text = c.beginText()
    font: tuple[str, float] | None = None
    char_space: float | None = None
    fill = None
    hidden = False
    has_text = False
    stroke = None
    width = None
    cap = None
    for op in page.ops:
        if isinstance(op, TextOp):
            if (op.font, op.size) != font:
                font = (op.font, op.size)
                text.setFont(op.font, op.size)
            if op.char_space != char_space:
                char_space = op.char_space
                text.setCharSpace(op.char_space)
            if op.color != fill:
                fill = op.color
                text.setFillColorRGB(*op.color)
            if op.hidden != hidden:
                hidden = op.hidden
                text.setTextRenderMode(3 if hidden else 0)
            _text_out(c, text, op)
            has_text = True
        elif isinstance(op, LineOp):
            if op.color != stroke:
                stroke = op.color
                c.setStrokeColorRGB(*op.color)
            if op.width != width:
                width = op.width
                c.setLineWidth(op.width)
            want_cap = 2 if op.square_cap else 0
            if want_cap != cap:
                cap = want_cap
                c.setLineCap(want_cap)
            c.line(op.x1, op.y1, op.x2, op.y2)
        elif isinstance(op, DotOp):
            c.saveState()
            c.setFillColorRGB(*op.color)
            c.circle(op.x, op.y, op.r, stroke=0, fill=1)
            c.restoreState()
    if has_text:
        c.drawText(text)


def render_pages(
    doc: OfficialDocument, pages: list[PageLayout], fonts: dict[str, FontChoice]
) -> bytes:
    """Paint already laid-out pages into PDF bytes."""
    buf = io.BytesIO()
    # Starting with the body font keeps ReportLab from declaring an unused,
    # unembedded Helvetica in every page's resources.
    c = rl_canvas.Canvas(
        buf,
        pagesize=PAGE,
        invariant=1,
        pageCompression=1,
        initialFontName=fonts["fangsong"].registered_name,
    )
    stamp = _creation_stamp(doc)
    c.setDateFormatter(lambda *_args: stamp)
    meta = doc.metadata
    title = meta.get("title") or doc.title.replace("\n", "") or (doc.header_mark or "")
    c.setTitle(title)
    c.setSubject(meta.get("subject") or doc.number_line or "")
    c.setAuthor(meta.get("author") or doc.signature or doc.printer or "")
    c.setKeywords(meta.get("keywords", ""))
    c.setCreator(f"{CREATOR}; 字体: {fonts_summary(fonts)}")
    mark = _watermark.get()
    for page in pages:
        if mark:  # under the text, so the text stays fully legible
            _paint_watermark(c, mark, fonts["heiti"].registered_name)
        _paint(c, page)
        c.showPage()
    c.save()
    return buf.getvalue()


def render(doc: OfficialDocument, font_dir: str | None = None) -> bytes:
    """Render ``doc`` as GB/T 9704 PDF bytes (deterministic for the same input).

    ``font_dir`` is the office's font folder setting, searched first.
    """
    fonts = resolve_fonts(font_dir)
    pages = layout_document(doc, fonts)
    return render_pages(doc, pages, fonts)
