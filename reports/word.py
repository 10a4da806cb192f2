"""The office's documents as Word files (.docx), for offices that edit the wording in
Word or WPS before issuing and keep Word copies.

The same :class:`~reports.document.OfficialDocument` the PDF engine draws is written
with python-docx on the same GB/T 9704 page: A4, the standard's margins, a document grid
of 22 lines × 28 characters (``w:docGrid`` lines-and-chars, every line exactly one grid
pitch), the fonts by name (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体, each with a
fallback name in the font table), the red header and its rule, "— 1 —" page numbers on
the right of odd pages and the left of even ones, and the 版记 rules at the foot of the
last page. Word lays the text out itself: line breaks and the exact page count can
differ slightly from the PDF's.
"""
from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph
from lxml import etree

from .document import Heading, OfficialDocument, PageBreak, Para, Spacer, Table
from .fonts import FontChoice, resolve_fonts
from .layout import (
    LineOp,
    PageLayout,
    TextOp,
    layout_document,
    light_color,
    table_columns,
    title_breaks,
)
from .pagegrid import (
    BODY_SIZE,
    CHAR_PITCH,
    CHARS_PER_LINE,
    CLOSING_SIZE,
    CLOSING_THICK_RULE,
    CLOSING_THIN_RULE,
    HEADER_MARK_MAX_SIZE,
    HEADER_MARK_MAX_WIDTH,
    HEADER_MARK_OFFSET,
    LEFT_MARGIN,
    LINE_PITCH,
    LINES_PER_PAGE,
    MM,
    PAGE_HEIGHT,
    PAGE_NUMBER_GAP,
    PAGE_NUMBER_INDENT,
    PAGE_NUMBER_SIZE,
    PAGE_WIDTH,
    RED,
    RED_RULE_GAP,
    RED_RULE_WIDTH,
    TABLE_RULE,
    TEXT_BOTTOM,
    TEXT_HEIGHT,
    TEXT_TOP,
    TEXT_WIDTH,
    TITLE_SIZE,
    TOP_MARGIN,
    date_text,
)

if TYPE_CHECKING:
    from models.documents.more_data import LeaderSheetData

    from .issuing import Prepared

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

FONT_NAMES: dict[str, tuple[str, str]] = {
    "fangsong": ("仿宋_GB2312", "仿宋"),
    "xiaobiaosong": ("方正小标宋简体", "黑体"),
    "heiti": ("黑体", "SimHei"),
    "kaiti": ("楷体", "楷体_GB2312"),
    "songti": ("宋体", "SimSun"),
}
"""Each role's font as Word names it, and the name Word and WPS fall back to
(``w:altName`` in the font table) on a PC without the first."""

_HEADING_ROLE = {1: "heiti", 2: "kaiti", 3: "fangsong", 4: "fangsong"}
_RED = RGBColor(*(round(c * 255) for c in RED))
_RED_HEX = str(_RED)


def twips(points: float) -> int:
    """Points to twentieths of a point, Word's unit for lengths."""
    return round(points * 20)


LINE_PITCH_TWIPS = int(LINE_PITCH * 20)
"""``w:linePitch`` of the grid: 225 mm ÷ 22 lines, rounded down so that 22 lines fit."""
CHAR_SPACE = round((CHAR_PITCH - BODY_SIZE) * 4096)
"""``w:charSpace`` of the grid: how much a character cell differs from the 16 pt
default size, in 1/4096 pt, so that 28 cells fill the 156 mm line (what Word itself
writes for 28 characters of 三号)."""
GRID_GLYPH_SCALE = 98
"""Character width (%, ``w:w``) of 3号 text on the grid. Word and WPS put one character
in each 15.8 pt cell whatever its width; LibreOffice (7.4, measured) gives a 16 pt glyph
two cells — 14 or 15 characters a line — so on-grid text is drawn 2 % narrower (15.7 pt),
which fits one cell in every client."""


# --------------------------------------------------------------------------
# Small XML helpers


_ORDER: dict[str, tuple[str, ...]] = {
    # Children in the order the schema (ECMA-376) requires: Word refuses a file otherwise.
    "w:pPr": ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
              "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
              "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
              "sectPr", "pPrChange"),
    "w:rPr": ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
              "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
              "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
              "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"),
    "w:sectPr": ("headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
                 "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
                 "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"),
    "w:tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
                "tblLook", "tblCaption", "tblDescription", "tblPrChange"),
    "w:pBdr": ("top", "left", "bottom", "right", "between", "bar"),
    "w:tblBorders": ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV"),
    "w:tblCellMar": ("top", "left", "start", "bottom", "right", "end"),
}
_RANK = {qn(parent): {qn("w:" + name): i for i, name in enumerate(names)} for parent, names in _ORDER.items()}


def _set(parent, tag: str, **attrs: str):
    """The child ``tag`` of ``parent`` (created when missing, in the schema's place) with ``attrs`` set."""
    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        rank = _RANK.get(parent.tag)
        mine = rank.get(child.tag) if rank else None
        later = None
        if mine is not None:
            later = next((c for c in parent if rank.get(c.tag, -1) > mine), None)
        if later is not None:
            later.addprevious(child)
        else:
            parent.append(child)
    for k, v in attrs.items():
        child.set(qn(k), v)
    return child


def _fonts(rpr, role: str) -> None:
    name = FONT_NAMES[role][0]
    _set(rpr, "w:rFonts", **{"w:ascii": name, "w:hAnsi": name, "w:eastAsia": name, "w:cs": name,
                             "w:hint": "eastAsia"})


def _run(p: Paragraph, text: str, role: str, size: float, color: RGBColor | None = None):
    """Append ``text`` in ``role``'s font; ``\\n`` becomes a line break."""
    r = p.add_run(text)  # Run.text turns "\t" into w:tab and "\n" into w:br
    r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    rpr = r._r.get_or_add_rPr()
    _fonts(rpr, role)
    ppr = p._p.pPr
    off = ppr is not None and ppr.find(qn("w:snapToGrid")) is not None
    if size == BODY_SIZE and not off:
        _set(rpr, "w:w", **{"w:val": str(GRID_GLYPH_SCALE)})
    return p


def _para(doc, align: str = "both", line: float | None = LINE_PITCH, before: float = 0.0,
          first_chars: float = 0.0, left: float = 0.0, right: float = 0.0, hanging: float = 0.0,
          keep: bool = False, grid: bool = True) -> Paragraph:
    """A paragraph on the grid: exactly one grid pitch a line unless ``line`` says otherwise."""
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    if keep:
        _set(ppr, "w:keepNext")
    if not grid:
        _set(ppr, "w:snapToGrid", **{"w:val": "0"})
    spacing = {"w:before": str(twips(before)), "w:after": "0"}
    if line is not None:
        exact = LINE_PITCH_TWIPS if line == LINE_PITCH else twips(line)
        spacing.update({"w:line": str(exact), "w:lineRule": "exact"})
    _set(ppr, "w:spacing", **spacing)
    ind: dict[str, str] = {}
    if first_chars:
        ind.update({"w:firstLineChars": str(round(first_chars * 100)),
                    "w:firstLine": str(twips(first_chars * CHAR_PITCH))})
    if hanging:
        ind["w:hanging"] = str(twips(hanging))
    if left:
        ind["w:left"] = str(twips(left))
    if right:
        ind["w:right"] = str(twips(right))
    if ind:
        _set(ppr, "w:ind", **ind)
    _set(ppr, "w:jc", **{"w:val": align})
    return p


def _border(ppr, side: str, width_pt: float, space_pt: float = 0.0, color: str = "000000") -> None:
    _set(_set(ppr, "w:pBdr"), f"w:{side}", **{"w:val": "single", "w:sz": str(max(2, round(width_pt * 8))),
                                               "w:space": str(round(space_pt)), "w:color": color})


def _blank(doc, lines: int = 1, keep: bool = False) -> None:
    for _ in range(lines):
        _para(doc, keep=keep)


def _width(text: str) -> float:
    """Width of ``text`` in character cells: Chinese and full-width marks one, the rest half."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text)


# --------------------------------------------------------------------------
# The page: size, margins, grid, page numbers


def _page_setup(section, first_number: bool) -> None:
    section.page_width = Pt(PAGE_WIDTH)
    section.page_height = Pt(PAGE_HEIGHT)
    section.top_margin = Pt(TOP_MARGIN)
    section.left_margin = Pt(LEFT_MARGIN)
    section.right_margin = Pt(PAGE_WIDTH - LEFT_MARGIN - TEXT_WIDTH)
    section.bottom_margin = Pt(PAGE_HEIGHT - TOP_MARGIN - TEXT_HEIGHT)
    section.header_distance = Pt(15 * MM)
    # The number's top 7 mm below the text block: the footer holds one exact 4号 line.
    section.footer_distance = Pt(PAGE_HEIGHT - TOP_MARGIN - TEXT_HEIGHT - PAGE_NUMBER_GAP - PAGE_NUMBER_SIZE)
    section.gutter = Pt(0)
    sect = section._sectPr
    if first_number:
        _set(sect, "w:pgNumType", **{"w:start": "1"})
    _set(sect, "w:docGrid", **{"w:type": "linesAndChars", "w:linePitch": str(LINE_PITCH_TWIPS),
                               "w:charSpace": str(CHAR_SPACE)})


def _page_number(footer, odd: bool) -> None:
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0]
    ppr = p._p.get_or_add_pPr()
    _set(ppr, "w:spacing", **{"w:before": "0", "w:after": "0", "w:line": str(twips(PAGE_NUMBER_SIZE * 1.2)),
                              "w:lineRule": "exact"})
    if odd:
        _set(ppr, "w:ind", **{"w:right": str(twips(PAGE_NUMBER_INDENT))})
        _set(ppr, "w:jc", **{"w:val": "right"})
    else:
        _set(ppr, "w:ind", **{"w:left": str(twips(PAGE_NUMBER_INDENT))})
        _set(ppr, "w:jc", **{"w:val": "left"})
    _run(p, "— ", "songti", PAGE_NUMBER_SIZE)
    # The PAGE field as Word writes it: begin, instruction, separate, last value, end.
    for kind, text in (("begin", ""), ("", " PAGE "), ("separate", ""), ("", "1"), ("end", "")):
        r = _run(p, "", "songti", PAGE_NUMBER_SIZE).runs[-1]._r
        for t in r.findall(qn("w:t")):
            r.remove(t)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText" if text == " PAGE " else "w:t")
            el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            el.text = text
        r.append(el)
    _run(p, " —", "songti", PAGE_NUMBER_SIZE)


def _defaults(doc: DocxDocument) -> None:
    """The Normal style in 3号仿宋, Chinese; the font table's fallback names."""
    normal = doc.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    rpr = normal.element.get_or_add_rPr()
    _fonts(rpr, "fangsong")
    _set(rpr, "w:lang", **{"w:val": "en-US", "w:eastAsia": "zh-CN"})
    ppr = normal.element.get_or_add_pPr()
    _set(ppr, "w:spacing", **{"w:before": "0", "w:after": "0"})
    # Every page holds its 22 lines, as in the PDF: no widow and orphan control.
    _set(ppr, "w:widowControl", **{"w:val": "0"})
    # The grid's character pitch is counted from the document default size.
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        drpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if drpr is not None:
            _set(drpr, "w:sz", **{"w:val": str(round(BODY_SIZE * 2))})
            _set(drpr, "w:szCs", **{"w:val": str(round(BODY_SIZE * 2))})
            _fonts(drpr, "fangsong")
            # The template's theme fonts would win over the names.
            rfonts = drpr.find(qn("w:rFonts"))
            for theme in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme"):
                rfonts.attrib.pop(qn(theme), None)
            _set(drpr, "w:lang", **{"w:val": "en-US", "w:eastAsia": "zh-CN"})
        dppr = defaults.find(qn("w:pPrDefault") + "/" + qn("w:pPr"))
        if dppr is not None:
            for child in list(dppr):
                dppr.remove(child)
    doc.settings.odd_and_even_pages_header_footer = True
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/word/fontTable.xml":
            _font_table(part)


def _font_table(part) -> None:
    root = part._element if hasattr(part, "_element") else etree.fromstring(part.blob)
    for name, alt in FONT_NAMES.values():
        font = root.makeelement(qn("w:font"), {qn("w:name"): name})
        altname = font.makeelement(qn("w:altName"), {qn("w:val"): alt})
        charset = font.makeelement(qn("w:charset"), {qn("w:val"): "86"})
        family = font.makeelement(qn("w:family"), {qn("w:val"): "modern" if name != "方正小标宋简体" else "script"})
        pitch = font.makeelement(qn("w:pitch"), {qn("w:val"): "fixed"})
        font.extend([altname, charset, family, pitch])
        root.append(font)
    if not hasattr(part, "_element"):
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --------------------------------------------------------------------------
# The document's parts


def _header(doc, d: OfficialDocument) -> None:
    """The red 发文机关标志, the number line(s) and the red rule, taking as many grid lines
    as the PDF's header so that the text below falls on the same lines."""
    mark = d.header_mark or ""
    size = d.header_mark_size or min(HEADER_MARK_MAX_SIZE, HEADER_MARK_MAX_WIDTH / max(_width(mark), 1.0))
    mark_line = size * 1.1
    p = _para(doc, "center", line=mark_line, before=HEADER_MARK_OFFSET - 0.1 * size, grid=False)
    _run(p, mark, "xiaobiaosong", size, _RED)
    height = HEADER_MARK_OFFSET - 0.1 * size + mark_line
    # The PDF: number line two lines below the mark, the rule 4 mm below the last number line.
    pdf_bottom = HEADER_MARK_OFFSET + size
    before = 2 * LINE_PITCH - (LINE_PITCH - BODY_SIZE) / 2
    tab = {"w:val": "right", "w:pos": str(twips(TEXT_WIDTH - 2 * CHAR_PITCH) - 20)}
    rule_target = p
    if d.number_line and d.signer:
        q = _para(doc, "left", before=before, left=CHAR_PITCH, right=CHAR_PITCH, grid=False)
        _set(_set(q._p.get_or_add_pPr(), "w:tabs"), "w:tab", **tab)
        _run(q, d.number_line + "\t", "fangsong", BODY_SIZE)
        _run(q, "签发人：", "fangsong", BODY_SIZE)
        _run(q, d.signer, "kaiti", BODY_SIZE)
        rule_target, height, before = q, height + before + LINE_PITCH, 0.0
        pdf_bottom += 2 * LINE_PITCH + BODY_SIZE
    elif d.number_line:
        q = _para(doc, "center", before=before, grid=False)
        _run(q, d.number_line, "fangsong", BODY_SIZE)
        rule_target, height, before = q, height + before + LINE_PITCH, 0.0
        pdf_bottom += 2 * LINE_PITCH + BODY_SIZE
    if d.number_left or d.number_right:
        q = _para(doc, "left", before=before, left=CHAR_PITCH, right=CHAR_PITCH, grid=False)
        _set(_set(q._p.get_or_add_pPr(), "w:tabs"), "w:tab", **tab)
        _run(q, (d.number_left or "") + "\t" + (d.number_right or ""), "fangsong", BODY_SIZE)
        rule_target, height = q, height + before + LINE_PITCH
        pdf_bottom += LINE_PITCH if d.number_line else 2 * LINE_PITCH + BODY_SIZE
    ppr = rule_target._p.get_or_add_pPr()
    # The PDF measures the 4 mm from the bottom of the glyphs, Word from the bottom of the
    # line, which lies half the leading lower.
    space = round(RED_RULE_GAP - (LINE_PITCH - BODY_SIZE) / 2)
    _border(ppr, "bottom", RED_RULE_WIDTH, space, _RED_HEX)
    height += space + RED_RULE_WIDTH
    # The PDF's text starts on the first grid line a quarter line below the rule.
    lines = math.ceil((pdf_bottom + RED_RULE_GAP - LINE_PITCH / 4) / LINE_PITCH - 1e-6)
    # Lines in the file are 579 twips; a few points to spare keep the 22nd line on the
    # first page whatever a client rounds the rule's width and space to.
    pad = lines * LINE_PITCH_TWIPS - twips(height + HEADER_SLACK)
    if pad >= 0:
        _set(ppr, "w:spacing", **{"w:after": str(pad)})
    else:
        # The PDF lets its rule reach into the first quarter of the next line: here the
        # mark moves up a little instead.
        mark_before = p._p.pPr.find(qn("w:spacing"))
        mark_before.set(qn("w:before"), str(max(0, int(mark_before.get(qn("w:before"))) + pad)))


def _title(doc, d: OfficialDocument, fonts: dict[str, FontChoice]) -> None:
    """The title in the lines the PDF balances it into (a name never split), one paragraph
    with line breaks so that an edit re-flows it."""
    lines = [line.strip() for line in title_breaks(d, fonts) if line.strip()]
    p = _para(doc, "center", keep=True, left=TITLE_SIZE, right=TITLE_SIZE, grid=False)
    _run(p, "\n".join(lines), "xiaobiaosong", TITLE_SIZE)


def _table(doc, t: Table, fonts: dict[str, FontChoice]) -> None:
    size, columns = table_columns(t, fonts)
    ncols = len(t.header)
    aligns = (list(t.align or []) + ["left"] * ncols)[:ncols]
    table: DocxTable = doc.add_table(rows=1 + len(t.rows), cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblpr = table._tbl.tblPr
    borders = _set(tblpr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(borders, f"w:{side}", **{"w:val": "single", "w:sz": str(round(TABLE_RULE * 8)), "w:space": "0",
                                      "w:color": "000000"})
    _set(tblpr, "w:tblLayout", **{"w:type": "fixed"})
    # The PDF's cell padding: 0.3 of the table's type size on every side.
    margins = _set(tblpr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        _set(margins, f"w:{side}", **{"w:w": str(twips(0.3 * size)), "w:type": "dxa"})
    widths = [columns[j + 1] - columns[j] for j in range(ncols)]
    for j, w in enumerate(widths):
        table.columns[j].width = Pt(w)
    _set(table.rows[0]._tr.get_or_add_trPr(), "w:tblHeader")
    for i, cells in enumerate([t.header, *t.rows]):
        cells = (list(cells) + [""] * ncols)[:ncols]
        for j, text in enumerate(cells):
            cell = table.cell(i, j)
            cell.width = Pt(widths[j])
            if i == 0 or aligns[j] == "center":
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            p = cell.paragraphs[0]
            ppr = p._p.get_or_add_pPr()
            _set(ppr, "w:snapToGrid", **{"w:val": "0"})
            _set(ppr, "w:spacing", **{"w:before": "0", "w:after": "0", "w:line": str(twips(1.4 * size)),
                                      "w:lineRule": "exact"})
            _set(ppr, "w:jc", **{"w:val": "center" if i == 0 else {"right": "right", "center": "center"}.get(
                aligns[j], "left")})
            color = light_color(text) if i and t.light_column == j and text.strip() else None
            if color is not None:
                _run(p, "● ", "fangsong", size, RGBColor(*(round(c * 255) for c in color)))
            _run(p, text, "heiti" if i == 0 else "fangsong", size)
    # A table is followed by a paragraph in Word; the PDF leaves about a third of a line.
    _para(doc, line=LINE_PITCH / 3)


def _blocks(doc, d: OfficialDocument, fonts: dict[str, FontChoice]) -> Paragraph | None:
    last: Paragraph | None = None
    for b in d.blocks:
        if isinstance(b, Para):
            last = _run(_para(doc, first_chars=b.indent), b.text, "fangsong", BODY_SIZE)
        elif isinstance(b, Heading):
            p = _para(doc, first_chars=2, keep=not b.body)
            _run(p, b.text, _HEADING_ROLE.get(b.level, "fangsong"), BODY_SIZE)
            if b.body:
                _run(p, b.body, "fangsong", BODY_SIZE)
            last = p
        elif isinstance(b, Table):
            _table(doc, b, fonts)
            last = None
        elif isinstance(b, Spacer):
            _blank(doc, b.lines)
        elif isinstance(b, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise TypeError(f"unknown block type: {type(b).__name__}")
    return last


def _attachments(doc, names: list[str]) -> None:
    _blank(doc)
    prefix = "附件："
    for i, name in enumerate(names):
        label = f"{i + 1}." if len(names) > 1 else ""
        text = (prefix if i == 0 else "") + label + name.strip()
        rest = 2 + _width(prefix) + _width(label)
        # Wrapped lines align with the first character of the name.
        p = _para(doc, "left", left=rest * CHAR_PITCH,
                  hanging=(rest - 2 - (0 if i == 0 else _width(prefix))) * CHAR_PITCH)
        _run(p, text, "fangsong", BODY_SIZE)


def _signature(doc, d: OfficialDocument, last: Paragraph | None) -> None:
    if not d.signature and not d.date:
        return
    if last is not None:
        # The 署名 never stands alone on a page: the last line of text comes along.
        _set(last._p.get_or_add_pPr(), "w:keepNext")
    _blank(doc, d.signature_gap_lines, keep=True)
    date = date_text(d.date.year, d.date.month, d.date.day) if d.date else ""
    if d.signature:
        if d.date:
            # Centred over the date, which stands four characters from the right.
            right = 4 + (_width(date) - _width(d.signature)) / 2
        else:
            right = 2
        p = _para(doc, "right", right=max(0.0, right) * CHAR_PITCH, keep=bool(d.date), grid=False)
        _run(p, d.signature, "fangsong", BODY_SIZE)
    if d.date:
        # Off the character grid, so that "2014年10月28日" keeps its figures close.
        _run(_para(doc, "right", right=4 * CHAR_PITCH, grid=False), date, "fangsong", BODY_SIZE)


HEADER_SLACK = 5.0
"""Points the text below the header may start above the PDF's grid line (LibreOffice 7.4
lays the header out up to about 3 pt taller than its parts add up to: measured)."""
CLOSING_SLACK = 4.0
"""Points the 版记 may stand above the bottom edge of the text block."""


def _closing_rows(d: OfficialDocument) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if d.cc:
        text = "抄送：" + "，".join(s.strip() for s in d.cc if s.strip())
        rows.append((text if text.endswith("。") else text + "。", ""))
    if d.printer or d.print_date:
        when = d.print_date or d.date
        rows.append((d.printer or "", date_text(when.year, when.month, when.day) + "印发" if when else ""))
    return rows


def _lines_above_closing(page: PageLayout) -> tuple[int, int]:
    """On the PDF's last page: grid lines taken by the text above the 版记, and by the 版记."""
    rules = [op.y1 for op in page.ops if isinstance(op, LineOp) and op.width == CLOSING_THICK_RULE]
    top = max(rules)
    text = [op.y for op in page.ops if isinstance(op, TextOp) and op.y > top + 1 and op.y < TEXT_TOP]
    above = math.floor((TEXT_TOP - min(text)) / LINE_PITCH) + 1 if text else 0
    return above, round((top - TEXT_BOTTOM) / LINE_PITCH)


def _closing(doc, d: OfficialDocument, pages: list[PageLayout]) -> None:
    """版记 at the foot of the last page, where the PDF has it: blank grid lines down to it,
    then its lines ruled thick above the first and below the last, thin between, 4号仿宋."""
    rows = _closing_rows(d)
    if not rows:
        return
    kinds = [p.kind for p in pages]
    own_page = kinds[-1] == "closing"
    if own_page and len(kinds) > 1 and kinds[-2] == "blank":
        # Printed on both sides the 版记 stands on an even page: a blank page before it.
        _set(_para(doc)._p.get_or_add_pPr(), "w:pageBreakBefore")
    above, lines = _lines_above_closing(pages[-1])
    count = max(0, LINES_PER_PAGE - above - lines)
    # The last blank line is a little short: clients add a hair of room around paragraph
    # borders, and the 版记 must not be pushed onto a page of its own.
    blanks = [_para(doc) if k < count - 1 else _para(doc, line=LINE_PITCH - CLOSING_SLACK, grid=False)
              for k in range(count)]
    for i, (left, right) in enumerate(rows):
        # Each row with its rules is exactly one grid line high.
        rule_above = CLOSING_THICK_RULE if i == 0 else CLOSING_THIN_RULE
        rule_below = CLOSING_THICK_RULE if i == len(rows) - 1 else 0.0
        p = _para(doc, "left", line=LINE_PITCH - rule_above - rule_below, grid=False, keep=i < len(rows) - 1)
        ppr = p._p.get_or_add_pPr()
        _border(ppr, "top", rule_above)
        if rule_below:
            _border(ppr, "bottom", rule_below)
        tabs = _set(ppr, "w:tabs")
        tabs.append(OxmlElement("w:tab"))
        tabs.append(OxmlElement("w:tab"))
        for tab, (kind, pos) in zip(tabs, (("left", CLOSING_SIZE), ("right", TEXT_WIDTH - CLOSING_SIZE)),
                                    strict=True):
            tab.set(qn("w:val"), kind)
            tab.set(qn("w:pos"), str(twips(pos)))
        # Wrapped 抄送 lines align after "抄送：".
        if not right and left.startswith("抄送："):
            _set(ppr, "w:ind", **{"w:left": str(twips(CLOSING_SIZE * 4)), "w:hanging": str(twips(CLOSING_SIZE * 3))})
            _run(p, left, "fangsong", CLOSING_SIZE)
        else:
            _run(p, "\t" + left + ("\t" + right if right else ""), "fangsong", CLOSING_SIZE)
        if i == 0 and own_page and not blanks:
            _set(ppr, "w:pageBreakBefore")
    if own_page and blanks:
        _set(blanks[0]._p.get_or_add_pPr(), "w:pageBreakBefore")


def _break_before(doc, start: int) -> None:
    """The part written from body child ``start`` on begins a new page."""
    first = doc.element.body[start]
    if first.tag == qn("w:p"):
        _set(first.get_or_add_pPr(), "w:pageBreakBefore")


def _part(doc, d: OfficialDocument, fonts: dict[str, FontChoice], first_number: int) -> None:
    if d.header_mark:
        _header(doc, d)
        _blank(doc, 2)
    if d.attachment_label:
        _run(_para(doc, "left", keep=True), d.attachment_label, "heiti", BODY_SIZE)
        _blank(doc, keep=True)
    if d.title.strip():
        _title(doc, d, fonts)
        if d.recipients or d.attachment_label:
            _blank(doc, keep=True)
    if d.recipients:
        text = d.recipients.rstrip().removesuffix(":")
        _run(_para(doc, "left", keep=True), text if text.endswith("：") else text + "：", "fangsong", BODY_SIZE)
    last = _blocks(doc, d, fonts)
    if d.attachments:
        _attachments(doc, d.attachments)
    _signature(doc, d, last)
    if _closing_rows(d):
        _closing(doc, d, layout_document(d, fonts, first_page_number=first_number))


DRAFT_MARK = "样稿·未印发"


def _mark_draft(section) -> None:
    """"样稿·未印发" at the top right of every page (odd and even), in the header's margin
    space, so that a saved draft edited in Word cannot pass for the issued document."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    for header in (section.header, section.even_page_header):
        header.is_linked_to_previous = False
        para = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = para.add_run(DRAFT_MARK)
        run.font.size = Pt(12)
        run.font.bold = True
        run.font.color.rgb = RGBColor(0x9E, 0x9E, 0x9E)


def docx_set(documents: Sequence[Sequence[OfficialDocument]], font_dir: str | None = None,
             draft_mark: bool = False) -> bytes:
    """Several documents in one Word file, each made of its parts (a notice and its
    attachment) and numbered from "— 1 —"; printed on both sides each starts on an odd page.

    ``font_dir`` only sizes the tables as the PDF does; the file names its fonts.
    ``draft_mark``: a 样稿 (not yet issued) carries "样稿·未印发" on every page.
    """
    if not documents or not documents[0]:
        raise ValueError("nothing to write")
    fonts = resolve_fonts(font_dir)
    doc = Document()
    _defaults(doc)
    first = doc.sections[0]
    _page_setup(first, first_number=True)
    _page_number(first.footer, odd=True)
    _page_number(first.even_page_footer, odd=False)
    meta = documents[0][0].metadata
    props = doc.core_properties
    props.title = meta.get("title", documents[0][0].title)
    props.subject = meta.get("subject", "")
    props.author = meta.get("author", "")
    props.keywords = meta.get("keywords", "")
    # The template's one empty paragraph would push everything down a line.
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    for n, parts in enumerate(documents):
        if n:
            section = doc.add_section(WD_SECTION.ODD_PAGE if parts[-1].double_sided else WD_SECTION.NEW_PAGE)
            _page_setup(section, first_number=True)
            # The section break goes into the copy's last paragraph: an empty one of its
            # own could spill onto a page by itself.
            holder = body[-2]
            previous = holder.getprevious()
            if previous is not None and previous.tag == qn("w:p"):
                previous.get_or_add_pPr().append(holder.pPr.sectPr)
                body.remove(holder)
        pages = 0
        for i, part in enumerate(parts):
            start = len(body) - 1  # the body's last child is its sectPr
            _part(doc, part, fonts, pages + 1)
            if i:
                _break_before(doc, start)
            pages += len(layout_document(part, fonts, first_page_number=pages + 1))
    if draft_mark:
        props.title = f"（{DRAFT_MARK}）{props.title}"
        for section in doc.sections:
            _mark_draft(section)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def docx_parts(parts: Sequence[OfficialDocument], font_dir: str | None = None) -> bytes:
    """One document in parts (body, then attachments) as a Word file, page numbers continuing."""
    return docx_set([parts], font_dir)


GRID = (LINES_PER_PAGE, CHARS_PER_LINE)
"""The grid the Word file asks for: lines a page, characters a line."""


def prepared_docx(prepared: Prepared, draft: bool, font_dir: str | None = None) -> bytes:
    """The Word file of a preparation: with ``draft`` the 样稿's wording (the numbers left
    blank, nothing taken), else the official one with its numbers."""
    from models.documents import register as reg

    datas = list(prepared.data)
    if draft:
        blank = reg.unissued_number_text(prepared.kind, prepared.drafts[0].year)
        datas = [dataclasses.replace(d, number=blank) for d in datas]
    return data_docx(prepared.kind, datas, draft, font_dir)


def data_docx(kind: str, datas: Sequence[Any], draft: bool = False, font_dir: str | None = None) -> bytes:
    """The Word file of documents of ``kind`` made of ``datas`` (one copy each)."""
    from models.documents import register as reg

    from .bulletin import bulletin_document
    from .criticism import criticism_document
    from .feedback import feedback_document
    from .message_transfer import message_transfer_document
    from .notice import notice_parts
    from .reminder import reminder_document
    from .report_back import report_back_document
    from .special_report import special_report_document

    if kind == reg.LEADER_SHEET:
        # A landscape table for the leader's desk, not a 公文 page.
        return leader_sheet_docx(datas[0], DRAFT_MARK if draft else "")
    build: dict[str, Callable[[Any], list[OfficialDocument]]] = {
        reg.BULLETIN: lambda d: [bulletin_document(d)], reg.CRITICISM: lambda d: [criticism_document(d)],
        reg.NOTICE: notice_parts, reg.REMINDER: lambda d: [reminder_document(d)],
        reg.FEEDBACK: lambda d: [feedback_document(d)], reg.SPECIAL: lambda d: [special_report_document(d)],
        reg.REPORT_BACK: lambda d: [report_back_document(d)], reg.MESSAGE: lambda d: [message_transfer_document(d)],
    }
    return docx_set([build[kind](d) for d in datas], font_dir, draft_mark=draft)


def issued_docx(document_id: int, font_dir: str | None = None) -> bytes:
    """重印为 Word: the issued document rebuilt from the data the register kept for it —
    the same wording and the same number as the PDF original, as a Word file."""
    from models.core.errors import WorkflowError
    from models.documents import data as dd
    from models.documents import more_data as md
    from models.documents import register as reg

    classes: dict[str, type] = {
        reg.BULLETIN: dd.BulletinData, reg.CRITICISM: dd.CriticismData, reg.NOTICE: dd.NoticeData,
        reg.REMINDER: dd.ReminderData, reg.FEEDBACK: dd.FeedbackData, reg.SPECIAL: md.SpecialReportData,
        reg.REPORT_BACK: md.ReportBackData, reg.LEADER_SHEET: md.LeaderSheetData, reg.MESSAGE: md.MessageTransferData,
    }
    row = reg.IssuedDocument.get_or_none(reg.IssuedDocument.id == document_id)
    if row is None:
        raise WorkflowError("登记簿中没有这份文件，请刷新后重试。")
    reg.stored_pdf(document_id)  # refuses a register row whose checksum no longer matches
    data = dd.revive(classes[row.kind], reg.stored_snapshot(document_id))
    return data_docx(row.kind, [data], draft=False, font_dir=font_dir)


def leader_sheet_docx(d: LeaderSheetData, draft_mark: str = "") -> bytes:
    """The sheet as a Word file: A4 landscape, the same margins, fonts by name, the header row repeated."""
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT

    from models.core.numbers import date_cn

    from .leader_sheet import (
        CELL_SIZE,
        HEADER,
        LIGHT_COLORS,
        MARGIN_BOTTOM,
        MARGIN_SIDE,
        MARGIN_TOP,
        PAGE,
        SUB_SIZE,
        TITLE_SIZE,
        column_widths,
    )

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
    widths = column_widths(PAGE[0] - 2 * MARGIN_SIDE, slack=3 * CELL_SIZE)
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
        dot = "●" if ln.light in LIGHT_COLORS else ""
        state = f"{dot}{ln.light}\n{ln.state}" if ln.light else ln.state
        cells_text = [str(ln.seq), ln.number, ln.instructed_on, ln.matter, ln.units, ln.deadline, state, ln.done]
        for i, text in enumerate(cells_text):
            p = cells[i].paragraphs[0]
            if i < 2:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == HEADER.index("办理状态") and ln.light in LIGHT_COLORS:
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
