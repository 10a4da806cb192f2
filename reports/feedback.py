"""The report to the standing committee on its decided matters (决定事项落实情况反馈).

A report to a superior (上行文): the number on the left of the header line and the
签发人 on the right (GB/T 9704 7.2.4, 7.2.6).
"""
from __future__ import annotations

from models.core.numbers import date_cn
from models.documents.data import FeedbackData, MinutesSection

from .document import Block, Heading, OfficialDocument, Para, Table
from .printing import Rendered, chinese_numeral, render_parts

TABLE_HEADER = ["条目", "事项", "牵头单位", "完成时限", "状态", "最新进展"]


def _section(s: MinutesSection) -> list[Block]:
    if not s.lines:
        return [Para(f"{date_cn(s.held_on)}召开的该次会议（纪要{s.number}）尚未立项督查事项。")]
    return [
        Para(f"{date_cn(s.held_on)}召开的{s.meeting}（纪要{s.number}）确定的{len(s.lines)}项决定事项，"
             "落实情况如下表。"),
        Table(TABLE_HEADER,
              [[ln.paragraph, ln.title, ln.lead_unit, ln.deadline, f"{ln.light}\n{ln.state}", ln.latest or "尚未报送"]
               for ln in s.lines],
              align=["center", "left", "left", "left", "left", "left"], light_column=4),
    ]


def feedback_document(d: FeedbackData) -> OfficialDocument:
    """Each set of minutes with the state, light and latest progress of each decided matter."""
    states = "，".join(f"{state}{n}项" for state, n in d.by_state.items())
    blocks: list[Block] = [
        Para(f"根据市委常委会会议纪要，{d.office.name}对{len(d.sections)}份会议纪要确定的{d.total}项决定事项"
             f"进行了立项督查。截至{date_cn(d.today)}，{states or '尚无立项事项'}。现将落实情况报告如下。"),
    ]
    if len(d.sections) == 1:
        blocks.extend(_section(d.sections[0]))
    else:
        for i, s in enumerate(d.sections, start=1):
            blocks.append(Heading(1, f"{chinese_numeral(i)}、{s.meeting}决定事项"))
            blocks.extend(_section(s))
    blocks.append(Para("特此报告。"))
    return OfficialDocument(
        header_mark=d.office.name, number_line=d.number, signer=d.signer or None, title=d.title,
        recipients="市委", blocks=blocks, signature=d.office.name, date=d.issued_on, printer=d.office.name,
        print_date=d.issued_on, double_sided=d.office.double_sided, title_words=d.title_words,
        metadata={"title": d.title, "subject": f"决定事项落实情况反馈 {d.number}", "author": d.office.name,
                  "keywords": "会议决定事项"},
    )


def feedback_pdf(d: FeedbackData, font_dir: str | None = None) -> Rendered:
    """The report rendered to PDF."""
    return render_parts([feedback_document(d)], font_dir)
