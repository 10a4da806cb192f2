"""网民留言转办单: a citizen's message forwarded to a unit, with the date its reply is due."""
from __future__ import annotations

from models.core.numbers import date_cn
from models.documents.more_data import MessageTransferData

from .document import OfficialDocument, Para, Table
from .layout import SIZE_4HAO
from .printing import Rendered, render_parts


def message_transfer_document(d: MessageTransferData) -> OfficialDocument:
    """The slip: why it comes, the message as the citizen wrote it, by when to answer, the contact.

    Counts of days are written in Arabic numerals throughout ("5个工作日", "2个工作日"), as in the
    office's other notices and GB/T 15835's rule for counted quantities: one way on one page.
    """
    rows = [
        ["留言编号", d.board_no],
        ["留言时间", d.posted],
        ["网民", d.nickname],
        ["类别", d.kind + (f"（{d.region}）" if d.region else "")],
        ["留言标题", d.title or "（无标题）"],
        ["留言内容", d.content],
    ]
    if d.assessment:
        rows.append(["研判意见", d.assessment])
    rows.append(["转办日期", date_cn(d.forwarded_on)])
    rows.append(["答复期限", f"{date_cn(d.reply_by)}前"])
    blocks = [
        Para(f"现将网民{('给' + d.board) if d.board else ''}的留言转你单位办理。请认真核实，依法依规妥善处理，"
             f"自转办之日起{d.reply_days}个工作日内（答复期限见下表）将答复意见经单位负责人审核后书面报送我室，"
             "由我室审核后统一回复网民。"),
        # The labels given room to spare: a word processor with other fonts must not wrap them.
        Table(["项目", "内容"], rows, col_widths=[5.5, 22.5], font_size=SIZE_4HAO, align=["center", "left"]),
        Para("答复意见应针对网民反映的问题逐项作答，做到事实清楚、依据充分、语言平实；"
             f"涉及个人隐私的内容不得公开。不属于你单位职责的，请于{d.return_days}个工作日内说明理由并退回。"),
    ]
    if d.office.contact:
        blocks.append(Para(d.office.contact))
    return OfficialDocument(
        header_mark=d.office.name, number_line=d.number, title="网民留言转办单", recipients=d.unit, blocks=blocks,
        signature=d.office.name, date=d.issued_on, printer=d.office.name, print_date=d.issued_on,
        double_sided=d.office.double_sided,
        metadata={"title": f"网民留言转办单 {d.number}", "subject": f"{d.board_no} {d.unit}",
                  "author": d.office.name, "keywords": "网民留言转办单"},
    )


def message_transfer_pdf(d: MessageTransferData, font_dir: str | None = None) -> Rendered:
    """The slip rendered to PDF."""
    return render_parts([message_transfer_document(d)], font_dir)
