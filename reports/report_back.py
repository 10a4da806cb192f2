"""办理情况报告 (报结): one instruction reported back to the leader who gave it.

The instruction word for word, then what each unit did (签收, progress, reminders,
extensions, 办结, in the order they happened), the 回访复核 result, "特此报告。".
"""
from __future__ import annotations

from models.core.numbers import date_cn
from models.documents.more_data import ReportBackData

from .document import Block, Heading, OfficialDocument, Para
from .printing import Rendered, chinese_numeral, render_parts


def _units(d: ReportBackData) -> list[Block]:
    if not d.units:
        return [Para("该件未交办承办单位，由督查室直接督办。")]
    lead = [u.unit for u in d.units if u.role == "牵头" and not u.replaced]
    co = [u.unit for u in d.units if u.role != "牵头" and not u.replaced]
    first = d.units[0]
    who = "、".join(lead) + "牵头办理" + (f"，{'、'.join(co)}协办" if co else "")
    blocks: list[Block] = [Para(f"{date_cn(first.assigned_on)}，我室将批示交{who}，"
                                f"办理时限为{date_cn(first.deadline)}。各单位办理情况如下。")]
    many = len(d.units) > 1
    for i, u in enumerate(d.units, start=1):
        steps = "".join(u.steps) or "未报送办理情况。"
        if u.replaced:
            steps += u.replaced
        if many:
            blocks.append(Heading(2, f"（{chinese_numeral(i)}）{u.unit}（{u.role}）。", body=steps))
        else:
            blocks.append(Para(f"{u.unit}：{steps}"))
    return blocks


def report_back_blocks(d: ReportBackData) -> list[Block]:
    """批示内容, 办理情况, 办结和复核情况."""
    when = f"{date_cn(d.instructed_on)}，" if d.instructed_on else ""
    on = f"在{d.source}上" if d.source else ""
    blocks: list[Block] = [
        Para(f"{when}{d.instructor}{on}作出批示，我室登记为{d.instruction_number}办理。现将办理情况报告如下。"),
        Heading(1, "一、批示内容"),
        Para(f"“{d.text}”"),
        Heading(1, "二、办理情况"),
        *_units(d),
        Heading(1, "三、办结和复核情况"),
    ]
    done = f"{date_cn(d.completed_on)}，该件办结。" if d.completed_on else ""
    if d.result:
        done += f"办理结果：{d.result}"
    if done:
        blocks.append(Para(done))
    if d.failed_reviews:
        blocks.append(Para("".join(d.failed_reviews) + "承办单位按要求继续办理。"))
    blocks.append(Para(d.review or "尚未回访复核。"))
    blocks.append(Para("特此报告。"))
    return blocks


def report_back_document(d: ReportBackData) -> OfficialDocument:
    """The report: the office's red header and number, the title, the 主送 (the leader, or for a
    regional leader the 自治区党委办公厅督查室), 版记."""
    return OfficialDocument(
        header_mark=d.office.name, number_line=d.number, title=d.title, recipients=d.recipients,
        blocks=report_back_blocks(d), signature=d.office.name, date=d.issued_on, printer=d.office.name,
        print_date=d.issued_on, double_sided=d.office.double_sided, title_words=d.title_words,
        metadata={"title": d.title, "subject": f"办理情况报告 {d.number} {d.instruction_number}",
                  "author": d.office.name, "keywords": "办理情况报告 报结"},
    )


def report_back_pdf(d: ReportBackData, font_dir: str | None = None) -> Rendered:
    """The report rendered to PDF."""
    return render_parts([report_back_document(d)], font_dir)
