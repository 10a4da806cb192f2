"""督查通报 (supervision bulletin) as a GB/T 9704 document."""
from __future__ import annotations

from models.core.numbers import date_cn
from models.documents.data import BulletinData, ProgressDetail, sentence

from .document import Block, Heading, OfficialDocument, Para, Table
from .printing import Rendered, chinese_numeral, render_parts

KEY_ITEM_HEADER = ["序号", "重点工作事项", "牵头单位", "最新进展", "状态"]
LEVEL_HEADER = ["类别", "收件", "立项", "办结", "到期", "按期办结", "超期", "到期办结率"]
INSTRUCTION_HEADER = ["编号", "批示领导", "事项", "承办单位", "办理时限", "状态"]


def _paragraphs(text: str) -> list[Para]:
    return [Para(line.strip()) for line in text.splitlines() if line.strip()]


def _detail_text(x: ProgressDetail) -> str:
    if not x.unit:
        return "尚未报送进展情况。"
    text = f"{x.unit}（{x.period}）：{sentence(x.done)}"
    if x.problems:
        text += f"存在问题：{sentence(x.problems)}"
    if x.next_steps:
        text += f"下一步：{sentence(x.next_steps)}"
    return text


def _details(d: BulletinData) -> list[Block]:
    """Each key item's reports under "（N）title", N the item's number in the table."""
    blocks: list[Block] = [Para("各重点工作事项责任单位最新报送的进展情况如下。")]
    last = None
    for x in d.details:
        if x.item_number != last:
            blocks.append(Heading(2, f"（{chinese_numeral(x.item_number)}）{x.item_title}"))
            last = x.item_number
        blocks.append(Para(_detail_text(x)))
    return blocks


def _levels_note(d: BulletinData) -> str:
    """Why "超期" can stand beside "到期办结率100%": what each column counts."""
    overdue = next((r.overdue for r in d.levels if r.label == "合计"), 0)
    if not overdue:
        return ""
    as_of = date_cn(d.today or d.end)
    before = d.carried.get("all")
    text = (f"表中“到期”为办理时限在本期内的批示件，到期办结率据此计算；“超期”为截至{as_of}"
            f"已过办理时限仍未办结的批示件，共{overdue}件")
    if before and before.overdue_due_before:
        if before.overdue_due_before >= overdue:
            text += f"，办理时限均在{date_cn(d.start)}之前，不计入本期到期办结率"
        else:
            text += f"，其中{before.overdue_due_before}件的办理时限在{date_cn(d.start)}之前，不计入本期到期办结率"
    return text + "。"


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
        blocks.append(Table(KEY_ITEM_HEADER, rows, align=["center", "left", "left", "left", "left"],
                            light_column=4))
    else:
        blocks.append(Para("本年度尚未确定重点工作事项。"))
    blocks.extend(_paragraphs(n.key_items_comment))
    if d.details:
        blocks.extend(_details(d))

    blocks.append(Heading(1, "三、领导批示件办理情况"))
    rows = [[r.label, str(r.received), str(r.registered), str(r.completed), str(r.due), str(r.on_time),
             str(r.overdue), r.rate] for r in d.levels]
    blocks.append(Table(LEVEL_HEADER, rows, align=["left"] + ["center"] * 7))
    note = _levels_note(d)
    if note:
        blocks.append(Para(note))
    if d.instructions:
        blocks.append(Para(f"本期办结、到期或正在办理的批示件共{len(d.instructions)}件，逐件列示如下。"))
        blocks.append(Table(INSTRUCTION_HEADER,
                            [[r.number, r.leader, r.matter, r.units, r.deadline, r.state] for r in d.instructions],
                            align=["left", "center", "left", "left", "left", "center"]))

    blocks.append(Heading(1, "四、督查发现的主要问题"))
    if d.problems:
        for i, p in enumerate(d.problems, start=1):
            # The activity's title usually names its method ("…定点督查"): not twice.
            method = "" if p.method and p.method in p.title else p.method
            found = f"{date_cn(p.day)}{method}督查发现：{p.problems}"
            if len(d.problems) == 1:
                blocks.append(Para(f"{p.title}。{found}"))
            else:
                blocks.append(Heading(2, f"（{chinese_numeral(i)}）{p.title}。", body=found))
    else:
        blocks.append(Para("本期督查活动未发现需要通报的问题。"))
    if d.suggestions:
        blocks.append(Para(f"本期督查活动共提出意见建议{d.suggestions}条，"
                           + (f"截至{date_cn(d.end)}尚有{d.suggestions_open}条正在落实。" if d.suggestions_open
                              else "均已落实。")))
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
        double_sided=d.office.double_sided, title_words=d.title_words,
        metadata={"title": d.narrative.title, "subject": f"督查通报 {d.number}", "author": d.office.name,
                  "keywords": "督查通报"},
    )


def bulletin_pdf(d: BulletinData, font_dir: str | None = None) -> Rendered:
    """The bulletin rendered to PDF."""
    return render_parts([bulletin_document(d)], font_dir)
