"""Helpers for measuring rendered official documents with pdfplumber."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pdfplumber

from reports.linebreak import is_wide

# Common Chinese characters for generated text: enough variety to spread over
# several ReportLab font subsets (256 glyphs each).
HANZI = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
    "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内"
    "数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
    "直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计"
    "别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海"
    "口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身"
    "车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石"
    "记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青"
    "督查落实推牵头责任单位领导批示网民留言回访复核催办考核通报批评整改时限年度项目"
)


def random_text(n: int, seed: int) -> str:
    """``n`` characters of Chinese with punctuation, quotes, numbers and Latin mixed in."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        r = rng.random()
        if r < 0.07:
            out.append(rng.choice("，，，。、；：？！"))
        elif r < 0.09:
            out.append("“" + "".join(rng.choice(HANZI) for _ in range(rng.randint(1, 6))) + "”")
        elif r < 0.105:
            out.append("《" + "".join(rng.choice(HANZI) for _ in range(rng.randint(2, 8))) + "》")
        elif r < 0.115:
            out.append("（" + "".join(rng.choice(HANZI) for _ in range(rng.randint(1, 4))) + "）")
        elif r < 0.13:
            out.append(str(rng.randint(1, 20000)) + rng.choice("年月日项个%"))
        elif r < 0.135:
            out.append(rng.choice(("GDP", "PPP", "WTO", "APP")))
        elif r < 0.14:
            out.append(rng.choice(("——", "……")))
        else:
            out.append(rng.choice(HANZI))
    return "".join(out)


_CLOSING = "，。、；：？！）》」』”’〕】〉"
_OPENING = "（《「『“‘〔【〈"


def grid_cells(text: str) -> float:
    """Character cells a line of Chinese takes on the grid: full-width characters and
    marks 1 (quotes too), others ½, a mark compressed against its neighbour (标点挤压) ½."""
    cells = 0.0
    for i, ch in enumerate(text):
        full = is_wide(ch) or ch in _CLOSING or ch in _OPENING or ch in "—…"
        cells += 1.0 if full else 0.5
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = text[i - 1] if i else ""
        if ch in _CLOSING and nxt and nxt in _CLOSING + _OPENING or ch in _OPENING and prev and prev in _OPENING:
            cells -= 0.5
    return cells


@dataclass
class TextLine:
    """Characters sharing a baseline on one page, left to right."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    chars: list[dict]


def text_lines(pdf: pdfplumber.PDF, page_index: int) -> list[TextLine]:
    """Group a page's characters into lines by their ``top``, top to bottom."""
    page = pdf.pages[page_index]
    groups: dict[float, list[dict]] = {}
    for ch in page.chars:
        # Group by baseline: fonts differ in descent, so tops differ within a line.
        key = -round(ch["matrix"][5], 1)
        groups.setdefault(key, []).append(ch)
    lines = []
    for key in sorted(groups):
        chars = sorted(groups[key], key=lambda c: c["x0"])
        lines.append(
            TextLine(
                page=page_index,
                top=min(c["top"] for c in chars),
                bottom=max(c["bottom"] for c in chars),
                x0=chars[0]["x0"],
                x1=chars[-1]["x1"],
                size=max(c["size"] for c in chars),
                text="".join(c["text"] for c in chars),
                chars=chars,
            )
        )
    return lines
