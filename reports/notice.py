"""督办通知单 (assignment notice) with its 办理情况反馈表 (feedback form) as the attachment."""
from __future__ import annotations

from collections.abc import Sequence

from models.core.numbers import date_cn
from models.documents.data import NoticeData, role_phrase

from .document import Block, Heading, OfficialDocument, Para, Table
from .printing import Rendered, chinese_numeral, render_parts, render_set

FORM_TITLE = "办理情况反馈表"
# Blank lines give the unit room to write by hand.
_WRITE_IN = "\n" * 7
_WRITE_IN_SHORT = "\n" * 3


def _source(d: NoticeData) -> str:
    """"市信访局《关于…的联名信》（市信〔2013〕10号）", or "来文" when nothing is known."""
    title = f"《{d.source_title.strip('《》')}》" if d.source_title else "来文"
    return d.source_issuer + title + (f"（{d.source_number}）" if d.source_number else "")


def deadline_text(d: NoticeData) -> str:
    """"2014年11月11日前（交办后10个工作日内）", saying when the date is provisional."""
    text = f"{date_cn(d.deadline)}前"
    if d.deadline_days:
        text += f"（交办后{d.deadline_days}个工作日内）"
    if d.provisional:
        text += "（暂定，待节假日安排公布后确认）"
    return text


def _requirement(d: NoticeData) -> str:
    form = f"《{FORM_TITLE}》（见附件），经单位主要负责人签字、加盖公章后报送{d.office.name}。"
    if d.overdue_days:
        # A notice issued again after the deadline says so instead of asking for a past date.
        days = f"（交办后{d.deadline_days}个工作日内）" if d.deadline_days else ""
        text = (f"该件办理时限为{date_cn(d.deadline)}{days}，至今已超过{d.overdue_days}个工作日。"
                f"请抓紧办结，并填写{form}")
    else:
        text = f"请于{deadline_text(d)}办结，并填写{form}"
    return text + ("此件为紧急件，请优先办理。" if d.urgency != "一般" else "")


def notice_document(d: NoticeData) -> OfficialDocument:
    """The notice itself: the instruction word for word, what to do by when, the contact."""
    when = f"{date_cn(d.instructed_on)}，" if d.instructed_on else ""
    co = f"，{'、'.join(d.other_units)}协办" if d.other_units and d.role == "牵头" else ""
    lead = f"（牵头单位：{d.other_units[0]}）" if d.role == "协办" and d.other_units else ""
    matter = f"（事由：{d.matter}）" if d.matter else ""
    sections: list[tuple[str, list[Block]]] = [
        ("领导批示", [Para(f"{d.leader}同志批示：“{d.text}”")]),
        ("办理要求", [Para(_requirement(d)),
                      Para("办理过程中如遇重大问题，或确需延期办结，请在期限届满前书面说明理由并提出拟办结时间。")]),
    ]
    if d.office.contact:
        sections.append(("联系方式", [Para(d.office.contact)]))
    blocks: list[Block] = [
        Para(f"{when}{d.level_label}{d.leader}同志在{_source(d)}上作出批示{matter}。"
             f"现将批示转交你单位{role_phrase(d.role)}{lead}{co}，请认真抓好落实。"),
    ]
    for i, (heading, body) in enumerate(sections, start=1):
        blocks.append(Heading(1, f"{chinese_numeral(i)}、{heading}"))
        blocks.extend(body)
    return OfficialDocument(
        header_mark=d.office.name, number_line=d.number, title="督办通知单", recipients=d.unit, blocks=blocks,
        attachments=[FORM_TITLE], signature=d.office.name, date=d.issued_on,
        double_sided=d.office.double_sided,
        metadata={"title": f"督办通知单 {d.number}", "subject": f"{d.instruction_number} {d.unit}",
                  "author": d.office.name, "keywords": "督办通知单"},
    )


def feedback_form(d: NoticeData) -> OfficialDocument:
    """The attachment (附件, on a page of its own): a form the unit fills in and returns;
    the 版记 closes the document here."""
    rows = [
        ["通知单编号", f"{d.number}（批示件编号：{d.instruction_number}）"],
        ["承办单位", f"{d.unit}（{d.role}）"],
        ["批示事项", d.matter],
        ["办理时限", deadline_text(d)],
        ["办理情况", _WRITE_IN],
        ["存在问题及\n下一步打算", _WRITE_IN_SHORT],
        ["单位负责人\n（签字）", "\n"],
        ["经办人及电话", "\n"],
        ["报送日期", "　　年　　月　　日（单位盖章）"],
    ]
    return OfficialDocument(
        attachment_label="附件", title=FORM_TITLE,
        blocks=[Table(["项目", "内容"], rows, align=["center", "left"])],
        printer=d.office.name, print_date=d.issued_on, double_sided=d.office.double_sided,
    )


def notice_parts(d: NoticeData) -> list[OfficialDocument]:
    """The notice and its attachment, printed as one document."""
    return [notice_document(d), feedback_form(d)]


def notice_pdf(d: NoticeData, font_dir: str | None = None) -> Rendered:
    """One unit's notice rendered to PDF."""
    return render_parts(notice_parts(d), font_dir)


def notices_pdf(ds: Sequence[NoticeData], font_dir: str | None = None) -> Rendered:
    """Several units' notices in one file for printing, each numbered from page 1."""
    return render_set([notice_parts(d) for d in ds], font_dir)
