"""督查通报 (supervision bulletin) as a GB/T 9704 document."""
from __future__ import annotations

from models.documents.data import BulletinData, date_cn

from .document import Block, Heading, OfficialDocument, Para, Table
from .printing import Rendered, chinese_numeral, render_parts

KEY_ITEM_HEADER = ["序号", "重点工作事项", "牵头单位", "最新进展", "状态"]
LEVEL_HEADER = ["类别", "收件", "立项", "办结", "到期", "按期办结", "超期", "到期办结率"]
INSTRUCTION_HEADER = ["编号", "批示领导", "事项", "承办单位", "办理时限", "状态"]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in "。！？；" else text + "。"


def _paragraphs(text: str) -> list[Para]:
    return [Para(line.strip()) for line in text.splitlines() if line.strip()]


def bulletin_blocks(d: BulletinData) -> list[Block]:
    """The body: figures, key items, instructions, problems found, next steps."""
    n = d.narrative
    blocks: list[Block] = [Heading(1, "一、总体情况"), Para(d.summary), *_paragraphs(n.overview)]

    blocks.append(Heading(1, "二、重点工作推进情况"))
    if d.key_items:
        counts = "、".join(f"{label}{count}项" for label, count in d.light_counts.items() if count)
        plan = f"《{d.key_items_plan}》" if d.key_items_plan else "年度计划"
        blocks.append(Para(f"{plan}确定的{len(d.key_items)}项重点工作事项，截至{date_cn(d.end)}，"
                           f"{counts or '均未评定'}。具体情况如下表。"))
        rows = [[str(r.number), r.title, r.lead_unit, r.progress, r.light] for r in d.key_items]
        blocks.append(Table(KEY_ITEM_HEADER, rows, [0.8, 3.0, 2.0, 5.4, 1.4], font_size=12,
                            align=["center", "left", "left", "left", "left"], light_column=4))
    else:
        blocks.append(Para("本期无年度重点工作事项。"))
    blocks.extend(_paragraphs(n.key_items_comment))
    if d.details:
        blocks.append(Heading(2, "（一）各事项推进详情"))
        last = None
        for x in d.details:
            if x.item_number != last:
                blocks.append(Heading(3, f"{x.item_number}.{x.item_title}"))
                last = x.item_number
            text = f"{x.unit}（{x.period}）：{_sentence(x.done)}"
            if x.problems:
                text += f"存在问题：{_sentence(x.problems)}"
            if x.next_steps:
                text += f"下一步：{_sentence(x.next_steps)}"
            blocks.append(Para(text))

    blocks.append(Heading(1, "三、领导批示件办理情况"))
    rows = [[r.label, str(r.received), str(r.registered), str(r.completed), str(r.due), str(r.on_time),
             str(r.overdue), r.rate] for r in d.levels]
    blocks.append(Table(LEVEL_HEADER, rows, [3.2, 1, 1, 1, 1, 1.3, 1, 1.6], font_size=12,
                        align=["left"] + ["center"] * 7))
    if d.instructions:
        blocks.append(Heading(2, "（一）办理明细"))
        blocks.append(Para(f"本期办结、到期或正在办理的批示件共{len(d.instructions)}件，逐件列示如下。"))
        blocks.append(Table(INSTRUCTION_HEADER,
                            [[r.number, r.leader, r.matter, r.units, r.deadline, r.state] for r in d.instructions],
                            [2.6, 1.3, 3.3, 2.6, 1.9, 1.3], font_size=10.5,
                            align=["left", "center", "left", "left", "center", "center"]))

    blocks.append(Heading(1, "四、督查发现的主要问题"))
    if d.problems:
        for i, p in enumerate(d.problems, start=1):
            blocks.append(Heading(2, f"（{chinese_numeral(i)}）{p.title}。",
                                  body=f"{date_cn(p.day)}{p.method}发现：{p.problems}"))
    else:
        blocks.append(Para("本期督查活动未发现需要通报的问题。"))
    if d.suggestions:
        blocks.append(Para(f"本期督查活动共提出意见建议{d.suggestions}条，"
                           f"截至{date_cn(d.end)}尚有{d.suggestions_open}条正在落实。"))
    blocks.extend(_paragraphs(n.problems_comment))

    blocks.append(Heading(1, "五、下一步工作"))
    blocks.extend(_paragraphs(n.next_steps))
    return blocks


def bulletin_document(d: BulletinData) -> OfficialDocument:
    """The bulletin: red 督查通报 header, 期号, issuing office and date, title, body, 版记."""
    return OfficialDocument(
        header_mark=d.mark, number_line=d.number, number_left=d.office.name, number_right=date_cn(d.issued_on),
        title=d.narrative.title, recipients=d.recipients, blocks=bulletin_blocks(d),
        signature=d.office.name, date=d.issued_on, cc=d.cc, printer=d.office.name, print_date=d.issued_on,
        metadata={"title": d.narrative.title, "subject": f"督查通报 {d.number}", "author": d.office.name,
                  "keywords": "督查通报"},
    )


def bulletin_pdf(d: BulletinData, font_dir: str | None = None) -> Rendered:
    """The bulletin rendered to PDF."""
    return render_parts([bulletin_document(d)], font_dir)
