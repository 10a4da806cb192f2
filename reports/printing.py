"""Rendering several official documents, or one in parts, into one PDF; shared wording.

A 督办通知单 is printed with its 办理情况反馈表 as an attachment whose page numbers
continue the notice's; a batch of reminders is one file holding one notice per unit,
each numbered from "— 1 —". Both are laid out by the one page engine.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reports.document import OfficialDocument
from reports.fonts import ROLE_NAMES, FontChoice, fonts_summary, resolve_fonts
from reports.layout import PageLayout, layout_document
from reports.rendering import render_pages

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (heading numbers up to 99)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


@dataclass(frozen=True)
class Rendered:
    """PDF bytes with the page count and the fonts each role got."""

    pdf: bytes
    pages: int
    fonts: dict[str, FontChoice]

    @property
    def fonts_line(self) -> str:
        """"仿宋=AR PL SungtiL GB; 黑体=…" for the register and the command line."""
        return fonts_summary(self.fonts)

    @property
    def not_embedded(self) -> list[str]:
        """The roles (in Chinese) whose font is not embedded: the file may print blank elsewhere."""
        return [ROLE_NAMES[r] for r, c in self.fonts.items() if not c.embedded]


def _parts_pages(parts: Sequence[OfficialDocument], fonts: dict[str, FontChoice]) -> list[PageLayout]:
    pages: list[PageLayout] = []
    for part in parts:
        numbered = [p.number for p in pages if p.number is not None]
        pages.extend(layout_document(part, fonts, first_page_number=(max(numbered) + 1) if numbered else 1))
    return pages


def render_parts(parts: Sequence[OfficialDocument], font_dir: str | None = None) -> Rendered:
    """One document printed in parts (body, then attachments), page numbers continuing."""
    return render_set([parts], font_dir)


def render_set(documents: Sequence[Sequence[OfficialDocument]], font_dir: str | None = None) -> Rendered:
    """Several documents in one file, each made of its parts and numbered from 1; printed
    on both sides, each starts on an odd page (a blank page closes a copy of odd length)."""
    if not documents or not documents[0]:
        raise ValueError("nothing to render")
    fonts = resolve_fonts(font_dir)
    pages: list[PageLayout] = []
    for parts in documents:
        copy = _parts_pages(parts, fonts)
        if len(documents) > 1 and parts[-1].double_sided and len(copy) % 2:
            # Printed on both sides, each unit's copy starts on a sheet of its own.
            copy.append(PageLayout(kind="blank"))
        pages.extend(copy)
    return Rendered(render_pages(documents[0][0], pages, fonts), len(pages), fonts)
