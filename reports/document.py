"""An official document (公文) as plain data, ready for the page engine.

The document modules (bulletin, criticism notice, reminder …) compute one of
these from the database; ``reports.rendering.render`` turns it into PDF bytes.
All text is plain text: no markup is interpreted, so ``&``, ``<`` and ``>``
print as themselves.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Para:
    """A body paragraph (正文段落) in 3号仿宋, first line indented ``indent`` characters.

    A ``\\n`` inside ``text`` forces a line break within the paragraph.
    """

    text: str
    indent: int = 2


@dataclass(frozen=True)
class Heading:
    """A numbered heading (标题层次).

    Level 1 "一、…" in 黑体, level 2 "（一）…" in 楷体, levels 3 "1. …" and
    4 "（1）…" in 仿宋; all indented two characters.  ``body`` is optional
    run-in text that continues in 仿宋 on the same line, as in
    "（一）加强领导。各单位要……".  A heading without ``body`` is kept on the same
    page as the line after it.
    """

    level: Literal[1, 2, 3, 4]
    text: str
    body: str = ""


@dataclass(frozen=True)
class Table:
    """A ruled table (表格); the header row repeats on every page.

    ``col_widths`` are relative; without them each column gets the room its
    content needs (a date or a number is never cut).  ``font_size`` None takes the
    largest of 4号, 小四 and 五号 at which the columns fit.  ``align`` per column
    is "left", "center" or "right" (default left).  ``light_column`` is the index of a traffic-light
    column whose cells read 红/黄/绿 (or red/yellow/green): a coloured dot is
    drawn before the word.
    """

    header: list[str]
    rows: list[list[str]]
    col_widths: list[float] | None = None
    font_size: float | None = None
    align: list[str] | None = None
    light_column: int | None = None


@dataclass(frozen=True)
class Spacer:
    """``lines`` blank grid lines."""

    lines: int = 1


@dataclass(frozen=True)
class PageBreak:
    """Continue on a new page."""


Block = Para | Heading | Table | Spacer | PageBreak


@dataclass
class OfficialDocument:
    """Everything printed on a GB/T 9704 document, in reading order.

    Header (版头): ``header_mark`` in red 小标宋 (e.g. "督 查 通 报"), then the
    centred ``number_line`` (发文字号 or 期号), and/or a line with
    ``number_left`` flush left and ``number_right`` flush right (a bulletin's
    "中共南宁市委督查室 … 2014年10月28日"), then the red rule.  No
    ``header_mark`` means no header at all.

    ``signer`` (签发人) makes it a 上行文: the number flush left one character
    in, "签发人：" and the name on the right of the same line.

    An attachment printed after the main text (附件, GB/T 9704 7.3.7) has an
    ``attachment_label`` ("附件", "附件2"): in 3号黑体 on the first line, its
    ``title`` centred on the third line.

    Closing block (版记) on the last page: ``cc`` (抄送) and ``printer`` /
    ``print_date`` (印发机关/印发日期).  ``double_sided`` (the standard's
    printing) puts the 版记 on an even page: after a text ending on an odd page
    it takes the next page, and when it does not fit under a text ending on an
    even page, an unnumbered blank page and an unnumbered 版记 page follow.

    ``title_words`` are names (units, places) a title line never splits.
    """

    header_mark: str | None = None
    number_line: str | None = None
    number_left: str | None = None
    number_right: str | None = None
    title: str = ""
    recipients: str | None = None
    blocks: list[Block] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    signature: str | None = None
    date: datetime.date | None = None
    cc: list[str] = field(default_factory=list)
    printer: str | None = None
    print_date: datetime.date | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    header_mark_size: float | None = None
    signature_gap_lines: int = 2
    double_sided: bool = False
    signer: str | None = None
    attachment_label: str | None = None
    title_words: list[str] = field(default_factory=list)
