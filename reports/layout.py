"""GB/T 9704 page engine: lays an ``OfficialDocument`` out on the 22 × 28 grid.

The result is a list of ``PageLayout`` objects holding plain drawing operations
(text runs, rules, dots) in PDF coordinates; ``reports.rendering`` paints them
with ReportLab.  Keeping the layout free of the canvas lets tests check the
geometry directly and keeps rendering a thin, fast loop.

Every body line sits on a grid line: line ``k`` of a page has the top of its
em box at ``TEXT_TOP - k * LINE_PITCH``.  Full-width characters advance by
``CHAR_PITCH`` (a 16 pt glyph on a 15.79 pt pitch, via PDF character spacing),
so a line of continuous Chinese holds exactly 28 characters.
"""

from __future__ import annotations

import dataclasses
import math
import threading
from dataclasses import dataclass, field

from reportlab.pdfbase import pdfmetrics

from reports.document import Block, Heading, OfficialDocument, PageBreak, Para, Spacer, Table
from reports.fonts import FontChoice, resolve_fonts
from reports.linebreak import (
    EPSILON,
    NO_LINE_END,
    NO_LINE_START,
    balance_lines,
    break_lines,
    is_space,
    overlong,
    segment,
    unit_boundaries,
)
from reports.pagegrid import (
    BLACK,
    BODY_SIZE,
    CHAR_PITCH,
    CLOSING_SIZE,
    CLOSING_THICK_RULE,
    CLOSING_THIN_RULE,
    HEADER_MARK_MAX_SIZE,
    HEADER_MARK_MAX_WIDTH,
    HEADER_MARK_OFFSET,
    LINE_PITCH,
    LINES_PER_PAGE,
    PAGE_NUMBER_GAP,
    PAGE_NUMBER_INDENT,
    PAGE_NUMBER_SIZE,
    RED,
    RED_RULE_GAP,
    RED_RULE_WIDTH,
    RGB,
    SIZE_4HAO,
    SIZE_5HAO,
    SIZE_XIAO4,
    TABLE_RULE,
    TEXT_BOTTOM,
    TEXT_HEIGHT,
    TEXT_LEFT,
    TEXT_RIGHT,
    TEXT_TOP,
    TEXT_WIDTH,
    TITLE_SIZE,
    date_text,
)

# --------------------------------------------------------------------------
# Drawing operations


@dataclass(frozen=True)
class TextOp:
    """A run of text in one font; ``y`` is the baseline."""

    x: float
    y: float
    font: str
    size: float
    char_space: float
    text: str
    color: RGB = BLACK
    hidden: bool = False
    """Text for readers and search only (the visible mark is drawn otherwise, e.g. "——")."""


@dataclass(frozen=True)
class LineOp:
    """A straight rule."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    color: RGB = BLACK
    square_cap: bool = False


@dataclass(frozen=True)
class DotOp:
    """A filled circle (traffic-light cell)."""

    x: float
    y: float
    r: float
    color: RGB


Op = TextOp | LineOp | DotOp


@dataclass
class PageLayout:
    """One page: its drawing operations and printed page number (None: unnumbered)."""

    ops: list[Op] = field(default_factory=list)
    number: int | None = None
    kind: str = "content"


# --------------------------------------------------------------------------
# Fonts and measuring


_FALLBACK_ORDER = ("fangsong", "songti", "kaiti", "heiti", "xiaobiaosong")


class FontMetrics:
    """Glyph widths and coverage of the resolved fonts, with per-glyph fallback.

    A character missing from a role's font (GB2312-only faces lack many names'
    characters) is taken from the first other resolved font that has it, so it
    never prints as an empty box when any font can show it.
    """

    def __init__(self, choices: dict[str, FontChoice]) -> None:
        self.choices = choices
        self.role_font = {role: c.registered_name for role, c in choices.items()}
        self._fallbacks: list[str] = []
        for role in _FALLBACK_ORDER:
            name = self.role_font[role]
            if name not in self._fallbacks:
                self._fallbacks.append(name)
        self._cmap: dict[str, dict[int, int] | None] = {}
        self._widths: dict[str, dict[str, float]] = {}
        self._descent: dict[str, float] = {}
        self._pick: dict[tuple[str, str], str] = {}
        for name in self._fallbacks:
            font = pdfmetrics.getFont(name)
            face = getattr(font, "face", None)
            self._cmap[name] = getattr(face, "charToGlyph", None)
            self._widths[name] = {}
            descent = float(getattr(face, "descent", -120) or -120) / 1000.0
            # Fonts with odd vertical metrics would push glyphs off the grid.
            self._descent[name] = min(0.0, max(-0.3, descent))

    def font_for(self, role: str, ch: str) -> str:
        """Registered font name that draws ``ch`` for ``role``."""
        key = (role, ch)
        cached = self._pick.get(key)
        if cached is not None:
            return cached
        primary = self.role_font[role]
        choice = primary
        if not self.has_glyph(primary, ch):
            for name in self._fallbacks:
                if self.has_glyph(name, ch):
                    choice = name
                    break
        self._pick[key] = choice
        return choice

    def has_glyph(self, font: str, ch: str) -> bool:
        """Whether ``font`` has a glyph for ``ch`` (CID fonts are assumed complete)."""
        cmap = self._cmap[font]
        if cmap is None or ch in " \t":
            return True
        return ord(ch) in cmap

    def width(self, font: str, ch: str) -> float:
        """Advance width of ``ch`` at 1 pt."""
        table = self._widths[font]
        w = table.get(ch)
        if w is None:
            w = pdfmetrics.stringWidth(ch, font, 1000.0) / 1000.0
            table[ch] = w
        return w

    def descent(self, font: str) -> float:
        """Descent as a (negative) fraction of the em."""
        return self._descent[font]


# --------------------------------------------------------------------------
# Lines of text


# Punctuation compression (标点挤压): a closing mark before another mark gives up
# the empty right half of its cell, an opening mark after another opening mark
# the empty left half ("”、“" takes two cells, "）。" one and a half).
_CLOSING_MARKS = frozenset("，。、；：？！）》」』”’〕】〉")
_OPENING_MARKS = frozenset("（《「『“‘〔【〈")
DASH = "——"
_DASH_WEIGHT = 0.055
"""Stroke of the drawn dash, in ems (a Song face's horizontal stroke)."""


@dataclass(frozen=True)
class _Unit:
    text: str
    font: str
    color: RGB
    natural: float
    nchars: int
    trim_left: float = 0.0
    trim_right: float = 0.0

    @property
    def drawn_alone(self) -> bool:
        return bool(self.trim_left or self.trim_right) or self.text == DASH


@dataclass(frozen=True)
class _Piece:
    x: float
    font: str
    text: str
    color: RGB
    dash_to: float | None = None
    """For "——": drawn as one rule from ``x`` to here, the glyphs kept as hidden text."""
    char_space: float | None = None
    """Spacing after each glyph; None: the line's."""


@dataclass
class _TextLine:
    pieces: list[_Piece]
    size: float
    char_space: float
    baseline_drop: float
    keep_with_next: bool = False
    dot: tuple[float, float, RGB] | None = None
    role: str = "text"
    """"text", "signature" (署名 and 成文日期) or "note" (（此页无正文）)."""

    def ops_at(self, top: float) -> list[Op]:
        baseline = top - self.baseline_drop
        ops: list[Op] = []
        for p in self.pieces:
            cs = self.char_space if p.char_space is None else p.char_space
            ops.append(TextOp(p.x, baseline, p.font, self.size, cs, p.text, p.color,
                              hidden=p.dash_to is not None))
            if p.dash_to is not None:
                # An em dash glyph does not reach the edges of its cell: two of
                # them print as "— —". The dash is one rule across both cells.
                y = top - self.size / 2
                inset = 0.04 * self.size
                ops.append(LineOp(p.x + inset, y, p.dash_to - inset, y, _DASH_WEIGHT * self.size, p.color))
        if self.dot is not None:
            x, r, color = self.dot
            ops.append(DotOp(x, top - self.size / 2, r, color))
        return ops


Run = tuple[str, str, RGB]


@dataclass(frozen=True)
class _Style:
    size: float
    pitch: float

    @property
    def cs0(self) -> float:
        return self.pitch - self.size


BODY = _Style(BODY_SIZE, CHAR_PITCH)


class _Composer:
    """Turns runs of text into measured units and positioned lines."""

    def __init__(self, metrics: FontMetrics, keep: tuple[str, ...] = ()) -> None:
        self.m = metrics
        self.keep = keep

    def units(self, runs: list[Run], style: _Style, max_width: float) -> list[_Unit]:
        out: list[_Unit] = []
        m = self.m
        for text, role, color in runs:
            text = text.replace("\r", "").replace("\t", " ")
            if not text:
                continue
            # Split the run where the glyph fallback changes font.
            groups: list[tuple[str, str]] = []
            cur_font = m.font_for(role, text[0])
            start = 0
            for i in range(1, len(text)):
                f = m.font_for(role, text[i])
                if f != cur_font:
                    groups.append((text[start:i], cur_font))
                    cur_font, start = f, i
            groups.append((text[start:], cur_font))
            for chunk, font in groups:
                for u in segment(chunk, self.keep):
                    natural = sum(m.width(font, c) for c in u) * style.size
                    out.append(_Unit(u, font, color, natural, len(u)))
        # A word that cannot fit on a line (with the punctuation bound to it)
        # is cut between characters.
        flags = overlong([u.text for u in out], [self.grid_width(u, style) for u in out], max_width)
        if any(flags):
            cut: list[_Unit] = []
            for u, too_long in zip(out, flags, strict=True):
                if too_long:
                    cut.extend(
                        _Unit(c, u.font, u.color, m.width(u.font, c) * style.size, 1) for c in u.text
                    )
                else:
                    cut.append(u)
            out = cut
        return _compress(out, style)

    @staticmethod
    def grid_width(unit: _Unit, style: _Style) -> float:
        return unit.natural + unit.nchars * style.cs0 - unit.trim_left - unit.trim_right

    def line(
        self,
        units: list[_Unit],
        style: _Style,
        x_left: float,
        avail: float,
        align: str,
        justify: bool,
        primary_font: str,
    ) -> _TextLine:
        while units and is_space(units[-1].text):
            units = units[:-1]
        while units and align != "left" and is_space(units[0].text):
            units = units[1:]
        natural = sum(u.natural - u.trim_left - u.trim_right for u in units)
        nchars = sum(u.nchars for u in units)
        cs = style.cs0
        # Justification widens the gaps between units, never inside one: a date,
        # a number or a Latin word keeps its own spacing.
        extra = 0.0
        if justify and len(units) > 1:
            slack = avail - (natural + nchars * cs)
            gap = slack / (len(units) - 1)
            # A huge gap (a long word pushed down) reads worse than a ragged edge.
            if 0 < gap <= 0.5 * style.size:
                extra = gap
        visual = natural + max(nchars - 1, 0) * cs + extra * max(len(units) - 1, 0)
        if align == "center":
            x = x_left + (avail - visual) / 2
        elif align == "right":
            x = x_left + avail - visual
        else:
            x = x_left
        pieces: list[_Piece] = []
        run: list[_Unit] = []
        run_x = x

        def flush() -> None:
            if run:
                pieces.append(_Piece(run_x, run[0].font, "".join(r.text for r in run), run[0].color,
                                     char_space=cs + extra))
                run.clear()

        for u in units:
            advance = u.natural + u.nchars * cs - u.trim_left - u.trim_right
            if u.drawn_alone or u.nchars > 1:
                # Its own piece: a compressed mark moves by less than a cell, a
                # dash is drawn as a rule, a word keeps its letters together.
                flush()
                dash_to = x + advance - cs if u.text == DASH else None
                pieces.append(_Piece(x - u.trim_left, u.font, u.text, u.color, dash_to, char_space=cs))
                x += advance + extra
                run_x = x
                continue
            if run and (u.font != run[0].font or u.color != run[0].color):
                flush()
            if not run:
                run_x = x
            run.append(u)
            x += advance + extra
        flush()
        # The em box top sits on the line top; the first run's font decides
        # where that puts the baseline (fonts disagree on their descent).
        lead_font = units[0].font if units else primary_font
        drop = style.size * (1.0 + self.m.descent(lead_font))
        return _TextLine(pieces, style.size, cs, drop)

    def paragraph(
        self,
        runs: list[Run],
        style: _Style,
        x_left: float,
        width: float,
        first_indent: float,
        rest_indent: float,
        align: str = "left",
        primary_role: str = "fangsong",
        justify: bool = True,
    ) -> list[_TextLine]:
        """Lines of one paragraph; ``\\n`` in the runs forces a break.

        ``justify`` spreads all but the last line of left-aligned text to the full width.
        """
        primary = self.m.role_font[primary_role]
        hard_lines: list[list[Run]] = [[]]
        for text, role, color in runs:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    hard_lines.append([])
                if part:
                    hard_lines[-1].append((part, role, color))
        out: list[_TextLine] = []
        for h, hard in enumerate(hard_lines):
            indent = first_indent if h == 0 else rest_indent
            units = self.units(hard, style, width - rest_indent)
            if not units:
                out.append(_TextLine([], style.size, style.cs0, 0.0))
                continue
            widths = [self.grid_width(u, style) for u in units]
            ranges = break_lines(
                [u.text for u in units], widths, width - indent, width - rest_indent,
                [u.trim_right for u in units],
            )
            units = _restore_line_ends(units, ranges)
            for i, (a, b) in enumerate(ranges):
                first = i == 0
                ind = indent if first else rest_indent
                last = i == len(ranges) - 1
                out.append(
                    self.line(
                        units[a:b],
                        style,
                        x_left + ind,
                        width - ind,
                        align,
                        justify=(justify and align == "left" and not last),
                        primary_font=primary,
                    )
                )
        return out

    def advance(self, text: str, role: str, style: _Style) -> float:
        """Horizontal advance of ``text`` on the style's grid (for aligning indents)."""
        units = self.units([(text, role, BLACK)], style, math.inf)
        return sum(self.grid_width(u, style) for u in units)

    def single(
        self, text: str, role: str, style: _Style, color: RGB = BLACK
    ) -> tuple[list[_Unit], float]:
        """Units of a one-line text and its visual width."""
        units = self.units([(text, role, color)], style, math.inf)
        natural = sum(u.natural - u.trim_left - u.trim_right for u in units)
        nchars = sum(u.nchars for u in units)
        return units, natural + max(nchars - 1, 0) * style.cs0


def _restore_line_ends(units: list[_Unit], ranges: list[tuple[int, int]]) -> list[_Unit]:
    """A mark compressed against a neighbour that went to the next line takes its full cell."""
    out = list(units)
    for _, b in ranges:
        if 0 < b < len(units) and units[b - 1].trim_right:
            out[b - 1] = dataclasses.replace(units[b - 1], trim_right=0.0)
    return out


def _compress(units: list[_Unit], style: _Style) -> list[_Unit]:
    """Units with 标点挤压 applied between neighbouring full-width marks."""
    half = style.pitch / 2
    out = list(units)
    for i, u in enumerate(units):
        if len(u.text) != 1 or u.natural < 0.9 * style.size:
            continue  # a proportional (narrow) glyph has no empty half to give
        nxt = units[i + 1].text[:1] if i + 1 < len(units) else ""
        prev = units[i - 1].text[-1:] if i else ""
        if u.text in _CLOSING_MARKS and nxt and (nxt in _CLOSING_MARKS or nxt in _OPENING_MARKS):
            out[i] = dataclasses.replace(u, trim_right=half)
        elif u.text in _OPENING_MARKS and prev and prev in _OPENING_MARKS:
            out[i] = dataclasses.replace(u, trim_left=half)
    return out


# --------------------------------------------------------------------------
# Flow items


@dataclass
class _Blank:
    lines: int
    keep_with_next: bool = False


@dataclass
class _Break:
    pass


@dataclass
class _PreparedRow:
    cells: list[list[_TextLine]]
    nlines: int


@dataclass
class _PreparedTable:
    columns: list[float]
    header: _PreparedRow
    rows: list[_PreparedRow]
    leading: float
    pad: float
    size: float


NO_TEXT_NOTE = "（此页无正文）"
TIGHT_LINES = (23, 24)
"""Lines a page may hold, closed up, to keep the 署名 with the text."""
TABLE_SIZES = (SIZE_4HAO, SIZE_XIAO4, SIZE_5HAO)
SHORT_CELL = 6
"""Cells of at most this many characters are never wrapped when the table is sized."""
"""Table text sizes tried in turn: 4号, 小四, 五号."""

# Least space between a table's bottom rule and the next line's em box.
TABLE_GAP = 0.3 * LINE_PITCH

_Item = _TextLine | _Blank | _Break | _PreparedTable

_HEADING_ROLE = {1: "heiti", 2: "kaiti", 3: "fangsong", 4: "fangsong"}

_LIGHTS = {
    "红": (0.902, 0.0, 0.071),
    "red": (0.902, 0.0, 0.071),
    "黄": (0.96, 0.71, 0.0),
    "yellow": (0.96, 0.71, 0.0),
    "绿": (0.118, 0.62, 0.227),
    "green": (0.118, 0.62, 0.227),
}


def _light_color(text: str) -> RGB | None:
    key = text.strip().lower()
    if key in _LIGHTS:
        return _LIGHTS[key]
    if key[:1] in _LIGHTS:
        return _LIGHTS[key[:1]]
    return None


class _Builder:
    """Turns the document's content into flow items (before pagination)."""

    def __init__(self, doc: OfficialDocument, metrics: FontMetrics) -> None:
        self.doc = doc
        self.m = metrics
        self.c = _Composer(metrics)
        self.items: list[_Item] = []
        self.signature_start: int | None = None
        """Index of the first item of the 署名 block (its gap), once built."""

    def body_lines(
        self, runs: list[Run], first_indent_chars: float, rest_indent: float = 0.0
    ) -> list[_TextLine]:
        return self.c.paragraph(
            runs, BODY, TEXT_LEFT, TEXT_WIDTH, first_indent_chars * CHAR_PITCH, rest_indent
        )

    def build(self) -> list[_Item]:
        doc = self.doc
        items = self.items
        if doc.header_mark:
            items.append(_Blank(2))
        if doc.attachment_label:
            # 7.3.7: "附件2" in 3号黑体 on line 1, the title on line 3.
            units, w = self.c.single(doc.attachment_label, "heiti", BODY)
            label = self.c.line(units, BODY, TEXT_LEFT, w, "left", False, self.m.role_font["heiti"])
            label.keep_with_next = True
            items.append(label)
            items.append(_Blank(1, keep_with_next=True))
        if doc.title.strip():
            for line in self.title_lines(doc.title):
                line.keep_with_next = True
                items.append(line)
            if doc.recipients or doc.attachment_label:
                items.append(_Blank(1, keep_with_next=True))
        if doc.recipients:
            text = doc.recipients.rstrip()
            if text.endswith(":"):
                text = text[:-1]
            if not text.endswith("："):
                text += "："
            for line in self.body_lines([(text, "fangsong", BLACK)], 0):
                line.keep_with_next = True
                items.append(line)
        for block in doc.blocks:
            self.block(block)
        if doc.attachments:
            items.append(_Blank(1))
            items.extend(self.attachment_lines(doc.attachments))
        self.signature_block()
        return items

    def title_lines(self, title: str) -> list[_TextLine]:
        style = _Style(TITLE_SIZE, TITLE_SIZE)
        max_width = TEXT_WIDTH - 2 * TITLE_SIZE
        primary = self.m.role_font["xiaobiaosong"]
        out: list[_TextLine] = []
        for part in title.split("\n"):
            units = self.c.units([(part.strip(), "xiaobiaosong", BLACK)], style, max_width)
            widths = [self.c.grid_width(u, style) for u in units]
            texts = [u.text for u in units]
            words = unit_boundaries(texts, self.doc.title_words)
            ranges = balance_lines(texts, widths, max_width, TITLE_SIZE, words)
            units = _restore_line_ends(units, ranges)
            for a, b in ranges:
                out.append(
                    self.c.line(units[a:b], style, TEXT_LEFT, TEXT_WIDTH, "center", False, primary)
                )
        return out

    def block(self, block: Block) -> None:
        items = self.items
        if isinstance(block, Para):
            items.extend(self.body_lines([(block.text, "fangsong", BLACK)], block.indent))
        elif isinstance(block, Heading):
            role = _HEADING_ROLE.get(block.level, "fangsong")
            runs: list[Run] = [(block.text, role, BLACK)]
            if block.body:
                runs.append((block.body, "fangsong", BLACK))
            lines = self.body_lines(runs, 2)
            if not block.body:
                for line in lines:
                    line.keep_with_next = True
            items.extend(lines)
        elif isinstance(block, Table):
            items.append(self.table(block))
        elif isinstance(block, Spacer):
            if block.lines > 0:
                items.append(_Blank(block.lines))
        elif isinstance(block, PageBreak):
            items.append(_Break())
        else:
            raise TypeError(f"unknown block type: {type(block).__name__}")

    def attachment_lines(self, names: list[str]) -> list[_TextLine]:
        indent = 2 * CHAR_PITCH
        prefix = "附件："
        prefix_adv = self.c.advance(prefix, "fangsong", BODY)
        out: list[_TextLine] = []
        for i, name in enumerate(names):
            label = f"{i + 1}." if len(names) > 1 else ""
            label_adv = self.c.advance(label, "fangsong", BODY)
            text = (prefix if i == 0 else "") + label + name.strip()
            first_indent = indent if i == 0 else indent + prefix_adv
            # Wrapped lines align with the first character of the name.
            rest = indent + prefix_adv + label_adv
            out.extend(
                self.c.paragraph(
                    [(text, "fangsong", BLACK)], BODY, TEXT_LEFT, TEXT_WIDTH, first_indent, rest
                )
            )
        return out

    def signature_block(self) -> None:
        doc = self.doc
        if not doc.signature and not doc.date:
            return
        primary = self.m.role_font["fangsong"]
        lines: list[_TextLine] = []
        date_right = TEXT_RIGHT - 4 * CHAR_PITCH
        date_units: list[_Unit] = []
        date_w = 0.0
        if doc.date:
            label = date_text(doc.date.year, doc.date.month, doc.date.day)
            date_units, date_w = self.c.single(label, "fangsong", BODY)
        if doc.signature:
            units, w = self.c.single(doc.signature, "fangsong", BODY)
            if doc.date:
                centre = date_right - date_w / 2
                x = min(centre - w / 2, TEXT_RIGHT - w)
            else:
                x = TEXT_RIGHT - 2 * CHAR_PITCH - w
            lines.append(self.c.line(units, BODY, max(TEXT_LEFT, x), w, "left", False, primary))
        if doc.date:
            lines.append(
                self.c.line(
                    date_units, BODY, TEXT_LEFT, date_right - TEXT_LEFT, "right", False, primary
                )
            )
        self.signature_start = len(self.items)
        if doc.signature_gap_lines > 0:
            self.items.append(_Blank(doc.signature_gap_lines, keep_with_next=True))
        for line in lines:
            line.role = "signature"
        for line in lines[:-1]:
            line.keep_with_next = True
        self.items.extend(lines)

    def with_last_line_kept(self) -> list[_Item]:
        """The items with the last line of text moving along with the 署名 block."""
        items = list(self.items)
        start = self.signature_start if self.signature_start is not None else len(items)
        for i in range(start - 1, -1, -1):
            item = items[i]
            if isinstance(item, _TextLine):
                items[i] = dataclasses.replace(item, keep_with_next=True)
                break
            if not isinstance(item, _Blank):
                break
        return items

    def with_no_text_note(self) -> list[_Item]:
        """The items with "（此页无正文）" opening the page that holds the 署名 block."""
        start = self.signature_start if self.signature_start is not None else len(self.items)
        note = self.c.paragraph([(NO_TEXT_NOTE, "kaiti", BLACK)], BODY, TEXT_LEFT, TEXT_WIDTH,
                                2 * CHAR_PITCH, 0.0, primary_role="kaiti")
        for line in note:
            line.role = "note"
            line.keep_with_next = True
        return [*self.items[:start], _Break(), *note, *self.items[start:]]

    def table(self, table: Table) -> _PreparedTable:
        ncols = len(table.header)
        if ncols == 0:
            raise ValueError("a table needs at least one column")
        if table.col_widths is not None:
            rel = list(table.col_widths)
            if len(rel) != ncols or any(w <= 0 for w in rel):
                raise ValueError("col_widths must give one positive width per column")
        for n, cells in enumerate(table.rows, start=1):
            if len(cells) > ncols:
                raise ValueError(f"table row {n} has {len(cells)} cells for {ncols} columns")
        if table.col_widths is not None:
            size = table.font_size or SIZE_XIAO4
            total = sum(rel)
            columns = [TEXT_LEFT]
            for w in rel:
                columns.append(columns[-1] + TEXT_WIDTH * w / total)
            columns[-1] = TEXT_RIGHT
        else:
            size, columns = self.fit_columns(table)
        style = _Style(size, size)
        pad = 0.3 * size
        leading = 1.4 * size
        aligns = list(table.align) if table.align else ["left"] * ncols
        aligns += ["left"] * (ncols - len(aligns))

        def row(cells: list[str], header: bool) -> _PreparedRow:
            cells = list(cells) + [""] * (ncols - len(cells))
            out: list[list[_TextLine]] = []
            for j, text in enumerate(cells[:ncols]):
                x0 = columns[j] + pad
                width = columns[j + 1] - columns[j] - 2 * pad
                role = "heiti" if header else "fangsong"
                text = str(text)
                if header and "\n" not in text and self.c.advance(text, role, style) > width + EPSILON:
                    # A header that must wrap does so in two even halves ("按期/办结").
                    half = (len(text) + 1) // 2
                    text = text[:half] + "\n" + text[half:]
                align = "center" if header else aligns[j]
                light = None if header or table.light_column != j else _light_color(text)
                dot_w = size * 0.9 if light else 0.0
                lines = self.c.paragraph(
                    [(text, role, BLACK)],
                    style,
                    x0 + dot_w,
                    width - dot_w,
                    0.0,
                    0.0,
                    align=align,
                    primary_role="fangsong",
                    # Spread characters in a narrow cell read as single words ("五 象 新 区").
                    justify=False,
                )
                if light and lines and lines[0].pieces:
                    r = size * 0.32
                    lines[0].dot = (lines[0].pieces[0].x - dot_w + r, r, light)
                out.append(lines)
            return _PreparedRow(out, max(1, max(len(c) for c in out)))

        return _PreparedTable(
            columns,
            row(table.header, True),
            [row(r, False) for r in table.rows],
            leading,
            pad,
            size,
        )


    def cell_widths(self, text: str, role: str, style: _Style) -> tuple[float, float]:
        """Widest piece that cannot be broken, and widest line, of a cell's text."""
        narrowest = widest = 0.0
        for part in str(text).split("\n"):
            units = self.c.units([(part, role, BLACK)], style, math.inf)
            widths = [self.c.grid_width(u, style) for u in units]
            widest = max(widest, sum(widths))
            chunk = 0.0
            for i, u in enumerate(units):
                # A piece is a unit with the marks that may not be parted from it.
                bound = i > 0 and (u.text[0] in NO_LINE_START or units[i - 1].text[-1] in NO_LINE_END)
                chunk = chunk + widths[i] if bound else widths[i]
                narrowest = max(narrowest, chunk)
        return narrowest, widest

    def fit_columns(self, table: Table) -> tuple[float, list[float]]:
        """The font size and column edges: the largest size at which every column gets
        its longest unbreakable piece (a date, a number), short content on one line,
        its header on at most two lines and at least five characters for running
        text; the room left goes to the columns whose text is longest."""
        ncols = len(table.header)
        sizes = [table.font_size] if table.font_size else list(TABLE_SIZES)
        chosen: tuple[float, list[float], list[float]] | None = None
        for size in sizes:
            style = _Style(size, size)
            pad = 0.3 * size
            mins: list[float] = []
            maxs: list[float] = []
            for j in range(ncols):
                head_piece, head_full = self.cell_widths(table.header[j], "heiti", style)
                head_chars = len(table.header[j].strip())
                head_min = head_full if head_chars <= 3 else max(head_piece, math.ceil(head_chars / 2) * size)
                piece = widest = 0.0
                for r in table.rows:
                    text = r[j] if j < len(r) else ""
                    a, b = self.cell_widths(text, "fangsong", style)
                    if table.light_column == j and _light_color(text):
                        a, b = a + 0.9 * size, b + 0.9 * size
                    piece, widest = max(piece, a), max(widest, b)
                # Short content (a name, a number, a date) stays on one line; running
                # text gets at least five characters a line.
                body_min = widest if widest <= SHORT_CELL * size else 5 * size
                mins.append(max(head_min, piece, body_min) + 2 * pad)
                maxs.append(max(head_full, widest) + 2 * pad)
            chosen = (size, mins, maxs)
            if sum(mins) <= TEXT_WIDTH + EPSILON:
                break
        assert chosen is not None
        size, mins, maxs = chosen
        if sum(mins) > TEXT_WIDTH:
            widths = [TEXT_WIDTH * w / sum(mins) for w in mins]
        elif sum(maxs) <= TEXT_WIDTH:
            widths = [w + (TEXT_WIDTH - sum(maxs)) * w / sum(maxs) for w in maxs]
        else:
            give = [mx - mn for mn, mx in zip(mins, maxs, strict=True)]
            room = TEXT_WIDTH - sum(mins)
            widths = [mn + room * g / sum(give) for mn, g in zip(mins, give, strict=True)]
        columns = [TEXT_LEFT]
        for w in widths:
            columns.append(columns[-1] + w)
        columns[-1] = TEXT_RIGHT
        return size, columns


# --------------------------------------------------------------------------
# Pagination


class _Pager:
    """Places flow items on pages; ``cursor`` is the distance below the text top.

    ``tight`` gives pages (by index) more lines than the grid's 22 at a closer
    pitch: the standard's way to keep the 署名 with the text (7.3.5).
    """

    def __init__(self, tight: dict[int, int] | None = None) -> None:
        self.tight = tight or {}
        self.pages: list[PageLayout] = [PageLayout()]
        self.cursor = 0.0
        self.content: list[bool] = [False]
        self.signature_page: int | None = None
        self._set_grid()

    def _set_grid(self) -> None:
        self.lines = self.tight.get(len(self.pages) - 1, LINES_PER_PAGE)
        self.pitch = TEXT_HEIGHT / self.lines

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1].ops

    def new_page(self) -> None:
        self.pages.append(PageLayout())
        self.content.append(False)
        self.cursor = 0.0
        self._set_grid()

    def line_index(self) -> int:
        return max(0, math.ceil(self.cursor / self.pitch - 1e-6))

    def place_line(self, line: _TextLine) -> None:
        k = self.line_index()
        if k >= self.lines:
            self.new_page()
            k = 0
        self.ops.extend(line.ops_at(TEXT_TOP - k * self.pitch))
        self.cursor = (k + 1) * self.pitch
        if line.role == "signature":
            if self.signature_page is None:
                self.signature_page = len(self.pages) - 1
        elif line.role == "text":
            self.content[-1] = True

    def blank(self, n: int) -> None:
        if self.cursor == 0.0 and len(self.pages) > 1:
            return
        k = self.line_index() + n
        if k >= self.lines:
            self.new_page()
        else:
            self.cursor = k * self.pitch

    @property
    def signature_alone(self) -> bool:
        """Whether the 署名 block landed on a page without any text."""
        return self.signature_page is not None and not self.content[self.signature_page]

    def chain_lines(self, items: list[_Item], i: int) -> int:
        total = 0
        while i < len(items):
            item = items[i]
            if isinstance(item, _TextLine):
                total += 1
            elif isinstance(item, _Blank):
                total += item.lines
            else:
                if isinstance(item, _PreparedTable):
                    # The header row and the first row, which move together.
                    rows = item.header.nlines + (item.rows[0].nlines if item.rows else 0)
                    height = 4 * item.pad + rows * item.leading
                    total += math.ceil(height / self.pitch)
                break
            if not item.keep_with_next:
                break
            i += 1
        return total

    def run(self, items: list[_Item]) -> None:
        for i, item in enumerate(items):
            if isinstance(item, _TextLine):
                if item.keep_with_next and self.cursor > 0:
                    need = self.chain_lines(items, i)
                    if need <= self.lines and self.line_index() + need > self.lines:
                        self.new_page()
                self.place_line(item)
            elif isinstance(item, _Blank):
                self.blank(item.lines)
            elif isinstance(item, _Break):
                if self.cursor > 0:
                    self.new_page()
            else:
                self.content[-1] = True
                self.table(item)

    def table(self, t: _PreparedTable) -> None:
        cols = t.columns
        header_h = 2 * t.pad + t.header.nlines * t.leading
        self.cursor = self.line_index() * self.pitch
        bounds: list[float] = []

        def close_segment() -> None:
            if len(bounds) < 2:
                return
            top, bottom = bounds[0], bounds[-1]
            for y in bounds:
                self.ops.append(LineOp(cols[0], y, cols[-1], y, TABLE_RULE, BLACK, True))
            for x in cols:
                self.ops.append(LineOp(x, top, x, bottom, TABLE_RULE, BLACK, True))

        def draw_row(row: _PreparedRow, a: int, b: int, centre: bool) -> None:
            top = TEXT_TOP - self.cursor
            height = 2 * t.pad + (b - a) * t.leading
            self.content[-1] = True
            if not bounds:
                bounds.append(top)
            for lines in row.cells:
                shown = lines[a:b]
                offset = (b - a - len(shown)) * t.leading / 2 if centre else 0.0
                for j, line in enumerate(shown):
                    line_top = top - t.pad - offset - j * t.leading - (t.leading - t.size) / 2
                    self.ops.extend(line.ops_at(line_top))
            self.cursor += height
            bounds.append(TEXT_TOP - self.cursor)

        def start_page() -> None:
            close_segment()
            bounds.clear()
            self.new_page()
            draw_row(t.header, 0, t.header.nlines, True)

        first_h = 2 * t.pad + (t.rows[0].nlines if t.rows else 0) * t.leading
        if first_h > TEXT_HEIGHT - header_h:
            first_h = 2 * t.pad + t.leading
        # A header row alone at the foot of a page is useless: move with its first row.
        if self.cursor > 0 and header_h + first_h > TEXT_HEIGHT - self.cursor + EPSILON:
            self.new_page()
        draw_row(t.header, 0, t.header.nlines, True)
        for row in t.rows:
            height = 2 * t.pad + row.nlines * t.leading
            if height <= TEXT_HEIGHT - self.cursor + EPSILON:
                draw_row(row, 0, row.nlines, True)
                continue
            if height <= TEXT_HEIGHT - header_h + EPSILON:
                start_page()
                draw_row(row, 0, row.nlines, True)
                continue
            # Taller than a page: split between lines, never through one.
            a = 0
            fresh = False
            while a < row.nlines:
                fit = int((TEXT_HEIGHT - self.cursor - 2 * t.pad + EPSILON) // t.leading)
                if fit < 1 and not fresh:
                    start_page()
                    fresh = True
                    continue
                b = min(row.nlines, a + max(fit, 1))
                draw_row(row, a, b, False)
                fresh = False
                a = b
        close_segment()
        # Text after a table must not touch its bottom rule.
        self.cursor += TABLE_GAP


# --------------------------------------------------------------------------
# Header, closing block and page numbers


def _header_ops(doc: OfficialDocument, c: _Composer, m: FontMetrics) -> tuple[list[Op], float]:
    """Page-1 header (版头); returns its ops and the cursor below the red rule."""
    ops: list[Op] = []
    mark = doc.header_mark or ""
    xbs = m.role_font["xiaobiaosong"]
    unit_style = _Style(1.0, 1.0)
    _, w1 = c.single(mark, "xiaobiaosong", unit_style, RED)
    size = doc.header_mark_size or min(HEADER_MARK_MAX_SIZE, HEADER_MARK_MAX_WIDTH / max(w1, 1e-6))
    style = _Style(size, size)
    units, _ = c.single(mark, "xiaobiaosong", style, RED)
    mark_top = TEXT_TOP - HEADER_MARK_OFFSET
    line = c.line(units, style, TEXT_LEFT, TEXT_WIDTH, "center", False, xbs)
    ops.extend(line.ops_at(mark_top))
    bottom = mark_top - size
    fangsong = m.role_font["fangsong"]
    next_top = bottom - 2 * LINE_PITCH
    if doc.number_line and doc.signer:
        # 上行文: the number one character in from the left, the signer one
        # character in from the right, on one line (7.2.4, 7.2.6).
        units, _ = c.single(doc.number_line, "fangsong", BODY)
        line = c.line(units, BODY, TEXT_LEFT + CHAR_PITCH, TEXT_WIDTH, "left", False, fangsong)
        ops.extend(line.ops_at(next_top))
        units = c.units([("签发人：", "fangsong", BLACK), (doc.signer, "kaiti", BLACK)], BODY, math.inf)
        line = c.line(units, BODY, TEXT_LEFT, TEXT_WIDTH - CHAR_PITCH, "right", False, fangsong)
        ops.extend(line.ops_at(next_top))
        bottom = next_top - BODY_SIZE
        next_top -= LINE_PITCH
    elif doc.number_line:
        units, _ = c.single(doc.number_line, "fangsong", BODY)
        line = c.line(units, BODY, TEXT_LEFT, TEXT_WIDTH, "center", False, fangsong)
        ops.extend(line.ops_at(next_top))
        bottom = next_top - BODY_SIZE
        next_top -= LINE_PITCH
    if doc.number_left or doc.number_right:
        inset = CHAR_PITCH
        if doc.number_left:
            units, _ = c.single(doc.number_left, "fangsong", BODY)
            line = c.line(units, BODY, TEXT_LEFT + inset, TEXT_WIDTH, "left", False, fangsong)
            ops.extend(line.ops_at(next_top))
        if doc.number_right:
            units, _ = c.single(doc.number_right, "fangsong", BODY)
            line = c.line(units, BODY, TEXT_LEFT, TEXT_WIDTH - inset, "right", False, fangsong)
            ops.extend(line.ops_at(next_top))
        bottom = next_top - BODY_SIZE
    # The number line's em box bottom stands in for the bottom of its glyphs.
    rule_y = bottom - RED_RULE_GAP
    ops.append(LineOp(TEXT_LEFT, rule_y, TEXT_RIGHT, rule_y, RED_RULE_WIDTH, RED))
    # The thin rule does not need a grid line of its own: a grid line starting
    # within a quarter line above it counts as the rule's line, so the title
    # lands two blank lines below the rule rather than nearly three.
    return ops, TEXT_TOP - rule_y - LINE_PITCH / 4


def _closing_rows(doc: OfficialDocument, c: _Composer, m: FontMetrics) -> list[list[_TextLine]]:
    """Text rows of the 版记: the 抄送 block's lines, then the 印发 line."""
    style = _Style(CLOSING_SIZE, CLOSING_SIZE)
    inset = CLOSING_SIZE
    fangsong = m.role_font["fangsong"]
    rows: list[list[_TextLine]] = []
    if doc.cc:
        prefix = "抄送："
        text = prefix + "，".join(s.strip() for s in doc.cc if s.strip())
        if not text.endswith("。"):
            text += "。"
        prefix_w = c.advance(prefix, "fangsong", style)
        rows.append(
            c.paragraph(
                [(text, "fangsong", BLACK)],
                style,
                TEXT_LEFT + inset,
                TEXT_WIDTH - 2 * inset,
                0.0,
                prefix_w,
            )
        )
    if doc.printer or doc.print_date:
        parts: list[_TextLine] = []
        if doc.printer:
            units, _ = c.single(doc.printer, "fangsong", style)
            parts.append(
                c.line(units, style, TEXT_LEFT + inset, TEXT_WIDTH, "left", False, fangsong)
            )
        if doc.print_date or doc.date:
            d = doc.print_date or doc.date
            assert d is not None
            units, _ = c.single(date_text(d.year, d.month, d.day) + "印发", "fangsong", style)
            parts.append(
                c.line(units, style, TEXT_LEFT, TEXT_WIDTH - inset, "right", False, fangsong)
            )
        merged = _TextLine(
            [p for line in parts for p in line.pieces],
            style.size,
            style.cs0,
            parts[0].baseline_drop,
        )
        rows.append([merged])
    return rows


def _closing_ops(rows: list[list[_TextLine]]) -> tuple[list[Op], float]:
    """版记 drawn up from the bottom edge of the text block; returns ops and height."""
    ops: list[Op] = []
    y = TEXT_BOTTOM
    ops.append(LineOp(TEXT_LEFT, y, TEXT_RIGHT, y, CLOSING_THICK_RULE))
    for n, group in enumerate(reversed(rows)):
        if n:
            ops.append(LineOp(TEXT_LEFT, y, TEXT_RIGHT, y, CLOSING_THIN_RULE))
        for line in reversed(group):
            top = y + LINE_PITCH
            ops.extend(line.ops_at(top - (LINE_PITCH - line.size) / 2))
            y = top
    ops.append(LineOp(TEXT_LEFT, y, TEXT_RIGHT, y, CLOSING_THICK_RULE))
    return ops, y - TEXT_BOTTOM


def _page_number_ops(number: int, c: _Composer, m: FontMetrics) -> list[Op]:
    style = _Style(PAGE_NUMBER_SIZE, PAGE_NUMBER_SIZE)
    units, _ = c.single(f"— {number} —", "songti", style)
    top = TEXT_BOTTOM - PAGE_NUMBER_GAP
    songti = m.role_font["songti"]
    if number % 2:
        line = c.line(
            units, style, TEXT_LEFT, TEXT_WIDTH - PAGE_NUMBER_INDENT, "right", False, songti
        )
    else:
        line = c.line(
            units, style, TEXT_LEFT + PAGE_NUMBER_INDENT, TEXT_WIDTH, "left", False, songti
        )
    return line.ops_at(top)


_metrics_cache: dict[tuple[str, ...], FontMetrics] = {}
_metrics_lock = threading.Lock()


def _metrics_for(choices: dict[str, FontChoice]) -> FontMetrics:
    # Glyph widths are looked up per character; keeping them across renders
    # saves re-measuring the same few thousand characters every time.
    key = tuple(choices[role].registered_name for role in sorted(choices))
    with _metrics_lock:
        metrics = _metrics_cache.get(key)
        if metrics is None:
            metrics = _metrics_cache[key] = FontMetrics(choices)
        return metrics


def layout_document(
    doc: OfficialDocument,
    fonts: dict[str, FontChoice] | None = None,
    font_dir: str | None = None,
    first_page_number: int = 1,
) -> list[PageLayout]:
    """Lay ``doc`` out on GB/T 9704 pages; fonts default to ``resolve_fonts(font_dir)``.

    ``first_page_number`` continues the numbering of a document printed in parts
    (a notice followed by its feedback form as an attachment).
    """
    choices = fonts if fonts is not None else resolve_fonts(font_dir)
    metrics = _metrics_for(choices)
    composer = _Composer(metrics)
    header: tuple[list[Op], float] | None = None
    if doc.header_mark:
        header = _header_ops(doc, composer, metrics)
    builder = _Builder(doc, metrics)
    items = builder.build()

    def paginate(flow: list[_Item], tight: dict[int, int] | None = None) -> _Pager:
        pager = _Pager(tight)
        if header is not None:
            pager.ops.extend(header[0])
            pager.cursor = header[1]
        pager.run(flow)
        return pager

    pager = paginate(items)
    if pager.signature_alone:
        # 7.3.5: the 署名 and date never stand alone. First close up the lines of
        # the page before (up to two more lines on it), then let the last line
        # of text come along, and failing both say "（此页无正文）".
        before = (pager.signature_page or 1) - 1
        tries = [lambda n=n: paginate(items, {before: n}) for n in TIGHT_LINES]
        tries += [lambda: paginate(builder.with_last_line_kept()),
                  lambda: paginate(builder.with_no_text_note())]
        for attempt in tries:
            pager = attempt()
            if not pager.signature_alone:
                break

    rows = _closing_rows(doc, composer, metrics)
    if rows:
        ops, height = _closing_ops(rows)
        # Keep at least half a line between the last text and the first rule.
        fits = pager.cursor + height + LINE_PITCH / 2 <= TEXT_HEIGHT + EPSILON
        last_number = first_page_number + len(pager.pages) - 1
        if doc.double_sided and last_number % 2:
            # The 版记 is on the back of the last sheet: the next, even, page.
            pager.new_page()
            pager.pages[-1].kind = "closing"
        elif not fits:
            if doc.double_sided:
                pager.new_page()
                pager.pages[-1].kind = "blank"
            pager.new_page()
            pager.pages[-1].kind = "closing"
        pager.ops.extend(ops)

    blank_before = False
    for index, page in enumerate(pager.pages, start=1):
        if page.kind == "blank":
            blank_before = True
            continue
        if page.kind == "closing" and blank_before:
            continue
        page.number = index + first_page_number - 1
        page.ops.extend(_page_number_ops(page.number, composer, metrics))
    return pager.pages


def table_columns(table: Table, fonts: dict[str, FontChoice]) -> tuple[float, list[float]]:
    """The font size and column edges (x in points) ``table`` gets on the page — for
    writers other than the PDF one (the Word file) to size their tables the same way."""
    if table.col_widths is not None:
        total = sum(table.col_widths)
        columns = [TEXT_LEFT]
        for w in table.col_widths:
            columns.append(columns[-1] + TEXT_WIDTH * w / total)
        columns[-1] = TEXT_RIGHT
        return table.font_size or SIZE_XIAO4, columns
    return _Builder(OfficialDocument(), _metrics_for(fonts)).fit_columns(table)


def light_color(text: str) -> RGB | None:
    """The colour of the traffic-light dot a table cell reading 红/黄/绿 gets, or None."""
    return _light_color(text)


def title_breaks(doc: OfficialDocument, fonts: dict[str, FontChoice]) -> list[str]:
    """The lines ``doc``'s title is set in (balanced, never splitting a word), for writers
    other than the PDF one to break the title the same way."""
    lines = _Builder(doc, _metrics_for(fonts)).title_lines(doc.title)
    return ["".join(p.text for p in line.pieces) for line in lines]
