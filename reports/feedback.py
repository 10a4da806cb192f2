"""The report to the standing committee on its decided matters (决定事项落实情况反馈)."""
from __future__ import annotations

from models.documents.data import FeedbackData, date_cn

from .document import Block, Heading, OfficialDocument, Para, Table
from .printing import Rendered, chinese_numeral, render_parts

TABLE_HEADER = ["条目", "事项", "牵头单位", "完成时限", "状态", "最新进展"]


def feedback_document(d: FeedbackData) -> OfficialDocument:
    """Each set of minutes with the state, light and latest progress of each decided matter."""
    states = "，".join(f"{state}{n}项" for state, n in d.by_state.items())
    blocks: list[Block] = [
        Para(f"根据市委常委会会议纪要，{d.office.name}对{len(d.sections)}份会议纪要确定的{d.total}项决定事项"
             f"进行了立项督查。截至{date_cn(d.today)}，{states or '尚无立项事项'}。现将落实情况报告如下。"),
    ]
    for i, s in enumerate(d.sections, start=1):
        blocks.append(Heading(1, f"{chinese_numeral(i)}、{s.meeting}（{s.number}）决定事项"))
        if not s.lines:
            blocks.append(Para(f"{date_cn(s.held_on)}召开的该次会议纪要尚未立项督查事项。"))
            continue
        blocks.append(Table(TABLE_HEADER,
                            [[ln.paragraph, ln.title, ln.lead_unit, ln.deadline, f"{ln.state}\n{ln.light}",
                              ln.latest or "尚未报送"] for ln in s.lines],
                            [1.1, 2.6, 1.8, 2.2, 1.4, 4.2], font_size=12,
                            align=["center", "left", "left", "left", "center", "left"]))
    blocks.append(Para("特此报告。"))
    return OfficialDocument(
        header_mark=d.office.name, number_line=d.number, title=d.title, recipients="市委", blocks=blocks,
        signature=d.office.name, date=d.issued_on, printer=d.office.name, print_date=d.issued_on,
        metadata={"title": d.title, "subject": f"决定事项落实情况反馈 {d.number}", "author": d.office.name,
                  "keywords": "会议决定事项"},
    )


def feedback_pdf(d: FeedbackData, font_dir: str | None = None) -> Rendered:
    """The report rendered to PDF."""
    return render_parts([feedback_document(d)], font_dir)
