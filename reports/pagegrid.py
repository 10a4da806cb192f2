"""Page geometry of GB/T 9704-2012 (党政机关公文格式), in PDF points.

Vertical positions named ``*_Y`` or ``TEXT_TOP``/``TEXT_BOTTOM`` are PDF
coordinates (measured up from the bottom edge of the page).  Tools such as
pdfplumber measure down from the top: use ``PAGE_HEIGHT - y`` or the
``*_FROM_TOP`` figures.
"""

from __future__ import annotations

MM: float = 72.0 / 25.4

PAGE_WIDTH: float = 210 * MM
PAGE_HEIGHT: float = 297 * MM
PAGE: tuple[float, float] = (PAGE_WIDTH, PAGE_HEIGHT)

TOP_MARGIN: float = 37 * MM
LEFT_MARGIN: float = 28 * MM
TEXT_WIDTH: float = 156 * MM
TEXT_HEIGHT: float = 225 * MM

TEXT_LEFT: float = LEFT_MARGIN
TEXT_RIGHT: float = TEXT_LEFT + TEXT_WIDTH
TEXT_TOP: float = PAGE_HEIGHT - TOP_MARGIN
TEXT_BOTTOM: float = TEXT_TOP - TEXT_HEIGHT
TEXT_TOP_FROM_TOP: float = TOP_MARGIN
TEXT_BOTTOM_FROM_TOP: float = TOP_MARGIN + TEXT_HEIGHT

LINES_PER_PAGE: int = 22
CHARS_PER_LINE: int = 28
LINE_PITCH: float = TEXT_HEIGHT / LINES_PER_PAGE
CHAR_PITCH: float = TEXT_WIDTH / CHARS_PER_LINE

# Chinese point-size names (字号).
SIZE_2HAO: float = 22.0
SIZE_3HAO: float = 16.0
SIZE_4HAO: float = 14.0
SIZE_XIAO4: float = 12.0
SIZE_5HAO: float = 10.5

BODY_SIZE: float = SIZE_3HAO
TITLE_SIZE: float = SIZE_2HAO
CLOSING_SIZE: float = SIZE_4HAO
PAGE_NUMBER_SIZE: float = SIZE_4HAO

RGB = tuple[float, float, float]
BLACK: RGB = (0.0, 0.0, 0.0)
RED: RGB = (0xE6 / 255, 0x00 / 255, 0x12 / 255)

HEADER_MARK_OFFSET: float = 35 * MM
"""Top edge of the 发文机关标志 below the top of the text block."""
HEADER_MARK_MAX_SIZE: float = 48.0
"""Largest automatic size of the mark; it shrinks further to fit the width."""
HEADER_MARK_MAX_WIDTH: float = 0.9 * TEXT_WIDTH
RED_RULE_GAP: float = 4 * MM
"""Red separator rule below the 发文字号."""
RED_RULE_WIDTH: float = 2.25
PAGE_NUMBER_GAP: float = 7 * MM
"""Top of the page number below the bottom edge of the text block."""
PAGE_NUMBER_INDENT: float = PAGE_NUMBER_SIZE
"""Page numbers are indented one character (of their own size) from the edge."""

CLOSING_THICK_RULE: float = 0.35 * MM
CLOSING_THIN_RULE: float = 0.25 * MM
TABLE_RULE: float = 0.5


def date_text(year: int, month: int, day: int) -> str:
    """GB/T 9704 date: Arabic numerals, full year, no leading zeros."""
    return f"{year}年{month}月{day}日"
