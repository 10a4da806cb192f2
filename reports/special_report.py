"""督查专报: a supervision activity's or research topic's findings and suggestions to the leaders.

Laid out as the bulletin is (red 版头 "督查专报", 第N期 of its own sequence, the office
on the left and the date on the right above the rule), then the title, the opening,
"一、基本情况", "二、发现的问题", "三、意见建议" — a heading only for a part that has text.
"""
from __future__ import annotations

from models.core.numbers import date_cn
from models.documents.more_data import SpecialReportData, SuggestionLine

from .document import Block, Heading, OfficialDocument, Para
from .printing import Rendered, chinese_numeral, render_parts


def _suggestion(s: SuggestionLine) -> str:
    if s.unit:
        return f"{s.text.rstrip('。')}（责任单位：{s.unit}）。"
    return s.text


def _numbered(items: list[str]) -> list[Block]:
    """One finding or suggestion as one paragraph; several are numbered "1." … (never a lone "1.")."""
    if len(items) == 1:
        return [Para(items[0])]
    return [Para(f"{i}．{t}") for i, t in enumerate(items, start=1)]


def special_report_blocks(d: SpecialReportData) -> list[Block]:
    """The opening, then the parts that have text, numbered in order."""
    blocks: list[Block] = [Para(d.opening)]
    parts: list[tuple[str, list[Block]]] = []
    if d.background:
        parts.append(("基本情况", [Para(p) for p in d.background]))
    if d.problems:
        parts.append(("发现的问题", _numbered(d.problems)))
    if d.suggestions:
        parts.append(("意见建议", _numbered([_suggestion(s) for s in d.suggestions])))
    for i, (heading, body) in enumerate(parts, start=1):
        blocks.append(Heading(1, f"{chinese_numeral(i)}、{heading}"))
        blocks.extend(body)
    return blocks


def special_report_document(d: SpecialReportData) -> OfficialDocument:
    """The report: red header, 期号, office and date, title, body, 版记."""
    return OfficialDocument(
        header_mark=d.mark, number_line=d.number, number_left=d.office.name, number_right=date_cn(d.issued_on),
        title=d.title, recipients=d.recipients, blocks=special_report_blocks(d), signature=d.office.name,
        date=d.issued_on, cc=d.cc, printer=d.office.name, print_date=d.issued_on,
        double_sided=d.office.double_sided, title_words=d.title_words,
        metadata={"title": d.title, "subject": f"督查专报 {d.number}", "author": d.office.name,
                  "keywords": "督查专报"},
    )


def special_report_pdf(d: SpecialReportData, font_dir: str | None = None) -> Rendered:
    """The report rendered to PDF."""
    return render_parts([special_report_document(d)], font_dir)
