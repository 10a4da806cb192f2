"""From the database to a document ready to preview, print or issue — for the CLI and the 文档 pane.

``prepare_*`` reads the data, proposes the next number (or takes the one asked for),
renders the PDFs and returns a :class:`Prepared`: nothing is written, so a draft can be
previewed as often as wanted. :func:`issue` hands the drafts to the register's
workflows, which take the numbers and record the 交办 / 催办 in one transaction.

Two files come out of each preparation. The 样稿 (:attr:`Prepared.rendered`) is what
is previewed, printed and saved before 印发: "样稿 · 未印发" across every page and the
number left blank, so no paper copy of a draft can pass for the issued document. The
official file (:attr:`Prepared.official`, and each draft's own PDF) carries the number
and no mark; it goes into the register when issued and is what is printed after.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from models.core import settings
from models.core.actors import Actor
from models.core.errors import WorkflowError
from models.documents import data as dd
from models.documents import more_data as md
from models.documents import register as reg
from models.documents import signing as sg
from models.instructions.records import Instruction
from models.instructions.workflow import AssignmentSpec

from .printing import Rendered
from .rendering import draft_watermark


@dataclass(frozen=True)
class Prepared:
    """Drafts of one kind: the 样稿 to preview and print, and the official files issuing keeps.

    ``rendered`` is the 样稿: every page marked, the numbers blank. ``official`` is the
    same file with the numbers and no mark (for one document, byte for byte the PDF of
    ``drafts[0]``, the one the register keeps); print it only once :func:`issue` succeeded.
    """

    kind: str
    drafts: list[reg.Draft]
    rendered: Rendered
    official: Rendered
    data: list[Any]
    criticism_id: int | None = None
    instruction_id: int | None = None
    specs: tuple[AssignmentSpec, ...] = ()
    assignment_ids: tuple[int, ...] = ()
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # A document already issued (same record, same data) keeps its number: say so at
        # the preview, before the clerk asks to issue it again and is refused.
        for d in self.drafts:
            same = reg.already_issued(d)
            if same is not None:
                self.warnings.append(
                    f"此{reg.KIND_LABELS[self.kind]}已印发为{same.number}（登记号 {same.id}），再印发将被拒绝，"
                    "上面的拟用编号不会用到。要 Word 文件或再印一份请在“印发登记簿”中选中后点“另存为 PDF/Word”，"
                    f"或用 documents --reprint {same.id} -o 文件.docx。")
                break

    @property
    def numbers(self) -> list[str]:
        """The numbers the drafts would take."""
        return [d.number for d in self.drafts]


def font_dir_setting() -> str | None:
    """The office's font folder (设置 → 公文字体), or None."""
    return settings.get(reg.FONT_DIR) or None


def _fonts(font_dir: str | None) -> str | None:
    return font_dir if font_dir is not None else font_dir_setting()


def _warnings(r: Rendered) -> list[str]:
    missing = r.not_embedded
    if not missing:
        return []
    return [f"警告：{'、'.join(missing)}没有找到可嵌入的字体，使用了内置的 STSong-Light（未嵌入PDF）。"
            "此文件在其他电脑上可能显示为空白或乱码。请在“设置 → 公文字体”中指定放有仿宋、黑体等字体的文件夹。"]


def _data_warnings(kind: str, data: Any) -> list[str]:
    """What the clerk must know before issuing: a period cut at today, a setting still missing."""
    out = []
    if kind == reg.BULLETIN and data.requested_end is not None:
        out.append(f"截止日期{dd.date_cn(data.requested_end)}晚于今天：通报只统计到今天"
                   f"（{dd.date_cn(data.end)}），标题和数字均按此截止。")
    if kind in reg.WITH_CONTACT and not data.office.contact:
        out.append(f"尚未设置督查室的联系人及电话，预览稿中没有联系方式，暂不能印发。"
                   f"请在“{reg.CONTACT_PLACE}”中填写后重新生成。")
    if kind == reg.MESSAGE and data.reply_by < data.issued_on:
        out.append(f"该留言于{dd.date_cn(data.forwarded_on)}转办，答复期限{dd.date_cn(data.reply_by)}已过："
                   "转办单按转办时的期限印发。承办单位尚未答复的，请同时催办。")
    if kind == reg.FEEDBACK and not data.signer:
        out.append(f"尚未设置签发人，报送市委的报告（上行文）暂不能印发。请在“{reg.SIGNER_PLACE}”中填写后重新生成。")
    return out


def _seq(kind: str, year: int, asked: int | None) -> int:
    if asked is None:
        return reg.next_seq(kind, year)
    if asked < 1:
        raise WorkflowError("编号须为正整数。")
    if reg.seq_taken(kind, year, asked):
        raise WorkflowError(f"{year}年{reg.KIND_LABELS[kind]}第{asked}号（期）已经印发，编号不能重复使用；"
                            f"下一个可用编号为 {reg.next_seq(kind, year)}。")
    return asked


def _sample(kind: str, year: int, datas: Sequence[Any], render: Callable[[list[Any]], Rendered]) -> Rendered:
    """The 样稿 of ``datas``: the number blank and the draft mark on every page."""
    blank = reg.unissued_number_text(kind, year)
    with draft_watermark():
        return render([dataclasses.replace(d, number=blank) for d in datas])


def _draft(kind: str, data: Any, seq: int, number: str, title: str, issued_on: dt.date, subject: str,
           rendered: Rendered) -> reg.Draft:
    return reg.Draft(kind=kind, year=issued_on.year, seq=seq, number=number, title=title, issued_on=issued_on,
                     pdf=rendered.pdf, snapshot=dd.plain(data), subject=subject, pages=rendered.pages,
                     fonts=rendered.fonts_line)


def prepare_bulletin(start: dt.date, end: dt.date, today: dt.date, issued_on: dt.date, issue: int | None = None,
                     narrative: dd.BulletinNarrative | None = None, font_dir: str | None = None,
                     details: bool = False) -> Prepared:
    """The bulletin of [start, end] with the clerk's narrative (the default wording when None);
    ``details`` adds each unit's latest report on every key item."""
    from .bulletin import bulletin_pdf

    seq = _seq(reg.BULLETIN, issued_on.year, issue)
    number = reg.number_text(reg.BULLETIN, issued_on.year, seq)
    data = dd.bulletin_data(start, end, today, seq, number, issued_on, narrative, details)
    fd = _fonts(font_dir)
    r = bulletin_pdf(data, fd)
    draft = _draft(reg.BULLETIN, data, seq, number, data.narrative.title, issued_on,
                   f"{start.isoformat()}至{data.end.isoformat()}", r)
    sample = _sample(reg.BULLETIN, issued_on.year, [data], lambda ds: bulletin_pdf(ds[0], fd))
    return Prepared(reg.BULLETIN, [draft], sample, r, [data],
                    warnings=_warnings(r) + _data_warnings(reg.BULLETIN, data))


def prepare_criticism(criticism_id: int, issued_on: dt.date, font_dir: str | None = None) -> Prepared:
    """The 通报批评 of one criticism record."""
    from .criticism import criticism_pdf

    seq = _seq(reg.CRITICISM, issued_on.year, None)
    number = reg.number_text(reg.CRITICISM, issued_on.year, seq)
    data = dd.criticism_data(criticism_id, seq, number, issued_on)
    fd = _fonts(font_dir)
    r = criticism_pdf(data, fd)
    draft = _draft(reg.CRITICISM, data, seq, number, data.title, issued_on, f"通报批评记录 {criticism_id}", r)
    sample = _sample(reg.CRITICISM, issued_on.year, [data], lambda ds: criticism_pdf(ds[0], fd))
    return Prepared(reg.CRITICISM, [draft], sample, r, [data], criticism_id=criticism_id, warnings=_warnings(r))


def instruction_by_number(number: str) -> Instruction:
    """The instruction with registration number ``number`` (e.g. 督〔2014〕35号)."""
    ins = Instruction.get_or_none(Instruction.number == number.strip())
    if ins is None:
        raise WorkflowError(f"没有编号为“{number}”的批示件，请核对编号（例如 督〔2014〕35号）。")
    return ins


def prepare_notices(instruction_id: int, issued_on: dt.date, unit_ids: Sequence[int] = (),
                    days: int | None = None, deadline: dt.date | None = None,
                    font_dir: str | None = None) -> Prepared:
    """督办通知单 for one instruction, one per unit; for an unassigned (已立项) instruction the
    units and the deadline given here are what issuing records as the 交办."""
    from .notice import notice_pdf, notices_pdf

    ins = Instruction.get_by_id(instruction_id)
    targets = dd.notice_targets(instruction_id, issued_on, unit_ids, days, deadline)
    assigning = ins.state == "已立项"
    specs = tuple(AssignmentSpec(t.unit_id, deadline=deadline if deadline is not None else None,
                                 days=days if deadline is None else None) for t in targets) if assigning else ()
    first = reg.next_seq(reg.NOTICE, issued_on.year)
    fd = _fonts(font_dir)
    datas, drafts = [], []
    for i, t in enumerate(targets):
        seq = first + i
        number = reg.number_text(reg.NOTICE, issued_on.year, seq)
        data = dd.notice_data(instruction_id, t, targets, seq, number, issued_on)
        datas.append(data)
        drafts.append(_draft(reg.NOTICE, data, seq, number, f"督办通知单（{t.unit}）", issued_on,
                             ins.number, notice_pdf(data, fd)))
    r = notices_pdf(datas, fd)
    sample = _sample(reg.NOTICE, issued_on.year, datas, lambda ds: notices_pdf(ds, fd))
    return Prepared(reg.NOTICE, drafts, sample, r, datas, instruction_id=instruction_id, specs=specs,
                    warnings=_warnings(r) + _data_warnings(reg.NOTICE, datas[0]))


def prepare_reminders(instruction_id: int, issued_on: dt.date, unit_ids: Sequence[int] = (),
                      font_dir: str | None = None) -> Prepared:
    """催办通知 for the units handling one instruction (or the chosen ones), one per unit."""
    from .reminder import reminder_pdf, reminders_pdf

    ins = Instruction.get_by_id(instruction_id)
    chosen = dd.reminder_assignments(instruction_id, unit_ids)
    first = reg.next_seq(reg.REMINDER, issued_on.year)
    fd = _fonts(font_dir)
    datas, drafts = [], []
    for i, a in enumerate(chosen):
        seq = first + i
        number = reg.number_text(reg.REMINDER, issued_on.year, seq)
        data = dd.reminder_data(a.id, seq, number, issued_on)
        datas.append(data)
        drafts.append(_draft(reg.REMINDER, data, seq, number, f"催办通知（{data.unit}）", issued_on,
                             ins.number, reminder_pdf(data, fd)))
    r = reminders_pdf(datas, fd)
    sample = _sample(reg.REMINDER, issued_on.year, datas, lambda ds: reminders_pdf(ds, fd))
    return Prepared(reg.REMINDER, drafts, sample, r, datas, instruction_id=instruction_id,
                    assignment_ids=tuple(a.id for a in chosen),
                    warnings=_warnings(r) + _data_warnings(reg.REMINDER, datas[0]))


def prepare_feedback(minutes_ids: Sequence[int], issued_on: dt.date, today: dt.date,
                     font_dir: str | None = None) -> Prepared:
    """The feedback report on the decided matters of the chosen minutes (all when none)."""
    from .feedback import feedback_pdf

    seq = reg.next_seq(reg.FEEDBACK, issued_on.year)
    number = reg.number_text(reg.FEEDBACK, issued_on.year, seq)
    data = dd.feedback_data(minutes_ids, seq, number, issued_on, today)
    fd = _fonts(font_dir)
    r = feedback_pdf(data, fd)
    subject = "、".join(s.number for s in data.sections)
    draft = _draft(reg.FEEDBACK, data, seq, number, data.title, issued_on, subject[:250], r)
    sample = _sample(reg.FEEDBACK, issued_on.year, [data], lambda ds: feedback_pdf(ds[0], fd))
    return Prepared(reg.FEEDBACK, [draft], sample, r, [data],
                    warnings=_warnings(r) + _data_warnings(reg.FEEDBACK, data))


def _single(kind: str, issued_on: dt.date, make: Callable[[int, str], Any], render: Callable[[Any], Rendered],
            title: Callable[[Any], str], subject: str, font_dir: str | None) -> tuple[Any, reg.Draft, Rendered,
                                                                                   Rendered]:
    """One document of ``kind`` with the next number: its data, draft, official file and 样稿."""
    seq = reg.next_seq(kind, issued_on.year)
    number = reg.number_text(kind, issued_on.year, seq)
    data = make(seq, number)
    r = render(data)
    draft = _draft(kind, data, seq, number, title(data), issued_on, subject[:250], r)
    sample = _sample(kind, issued_on.year, [data], lambda ds: render(ds[0]))
    return data, draft, r, sample


def prepare_special_report(source: str, source_id: int, issued_on: dt.date, font_dir: str | None = None) -> Prepared:
    """督查专报 of a supervision activity (``source`` = "activity") or a research topic ("research")."""
    from .special_report import special_report_pdf

    fd = _fonts(font_dir)
    label = "督查活动" if source == md.ACTIVITY else "督查调研课题"
    data, draft, r, sample = _single(
        reg.SPECIAL, issued_on, lambda seq, n: md.special_report_data(source, source_id, seq, n, issued_on),
        lambda d: special_report_pdf(d, fd), lambda d: d.title, f"{label} {source_id}", fd)
    return Prepared(reg.SPECIAL, [draft], sample, r, [data], warnings=_warnings(r))


def prepare_report_back(instruction_id: int, issued_on: dt.date, font_dir: str | None = None) -> Prepared:
    """办理情况报告 of one instruction to the leader who gave it; issuing an instruction 已复核 records its 报结."""
    from .report_back import report_back_pdf

    fd = _fonts(font_dir)
    ins = Instruction.get_by_id(instruction_id)
    data, draft, r, sample = _single(
        reg.REPORT_BACK, issued_on, lambda seq, n: md.report_back_data(instruction_id, seq, n, issued_on),
        lambda d: report_back_pdf(d, fd), lambda d: d.title, ins.number, fd)
    return Prepared(reg.REPORT_BACK, [draft], sample, r, [data], instruction_id=instruction_id,
                    warnings=_warnings(r))


def prepare_leader_sheet(leader: str, start: dt.date, end: dt.date, today: dt.date, issued_on: dt.date,
                         font_dir: str | None = None) -> Prepared:
    """领导批示件办理情况一览表 of ``leader`` over [start, end] (A4 landscape)."""
    from .leader_sheet import leader_sheet_pdf

    fd = _fonts(font_dir)
    data, draft, r, sample = _single(
        reg.LEADER_SHEET, issued_on,
        lambda seq, n: md.leader_sheet_data(leader, start, end, today, seq, n, issued_on),
        lambda d: leader_sheet_pdf(d, fd), lambda d: d.title, f"{leader} {start.isoformat()}至{end.isoformat()}", fd)
    return Prepared(reg.LEADER_SHEET, [draft], sample, r, [data], warnings=_warnings(r))


def prepare_message_transfer(message_id: int, issued_on: dt.date, font_dir: str | None = None) -> Prepared:
    """网民留言转办单 of one forwarded message, to the unit it was forwarded to."""
    from .message_transfer import message_transfer_pdf

    fd = _fonts(font_dir)
    data, draft, r, sample = _single(
        reg.MESSAGE, issued_on, lambda seq, n: md.message_transfer_data(message_id, seq, n, issued_on),
        lambda d: message_transfer_pdf(d, fd), lambda d: f"网民留言转办单（{d.unit}）", "", fd)
    draft = dataclasses.replace(draft, subject=f"留言 {data.board_no}"[:250])
    return Prepared(reg.MESSAGE, [draft], sample, r, [data],
                    warnings=_warnings(r) + _data_warnings(reg.MESSAGE, data))


def issue(actor: Actor, prepared: Prepared) -> list[reg.IssuedDocument]:
    """印发: register the drafts, recording the 交办/催办 their kind implies (one transaction).

    Once the office has accounts the document must have been signed (签发) with exactly
    these data; see :mod:`models.documents.signing`.
    """
    return sg.issue_signed(actor, prepared.kind, snapshots(prepared), lambda: _issue(actor, prepared))


def snapshots(prepared: Prepared) -> list[dict[str, Any]]:
    """The data of every copy, as submitted for signing and kept by the register."""
    return [d.snapshot for d in prepared.drafts]


def submit(actor: Actor, prepared: Prepared, now: dt.datetime) -> sg.SigningRequest:
    """提交签发: hand the prepared document (its data and their checksum) to the signer."""
    first = prepared.drafts[0]
    title = first.title if len(prepared.drafts) == 1 else f"{reg.KIND_LABELS[prepared.kind]}（{len(prepared.drafts)}份）"
    return sg.submit(actor, prepared.kind, title, first.subject, first.issued_on, snapshots(prepared), now,
                     prepared.rendered.pdf)


def why_not_issuable(prepared: Prepared) -> str:
    """Why the prepared document may not be issued yet (not signed, waiting, sent back), or ""."""
    return sg.why_not_signed(prepared.kind, snapshots(prepared))


def _issue(actor: Actor, prepared: Prepared) -> list[reg.IssuedDocument]:
    if prepared.kind == reg.CRITICISM and prepared.criticism_id is not None:
        return [reg.issue_criticism_notice(actor, prepared.drafts[0], prepared.criticism_id)]
    if prepared.kind == reg.NOTICE and prepared.instruction_id is not None:
        return reg.issue_notices(actor, prepared.drafts, prepared.instruction_id, prepared.specs)
    if prepared.kind == reg.REMINDER:
        return reg.issue_reminders(actor, prepared.drafts, prepared.assignment_ids)
    if prepared.kind == reg.REPORT_BACK and prepared.instruction_id is not None:
        return [reg.issue_report_back(actor, prepared.drafts[0], prepared.instruction_id)]
    return [reg.issue_document(actor, d) for d in prepared.drafts]


PREPARERS: dict[str, Callable[..., Prepared]] = {
    reg.BULLETIN: prepare_bulletin, reg.CRITICISM: prepare_criticism, reg.NOTICE: prepare_notices,
    reg.REMINDER: prepare_reminders, reg.FEEDBACK: prepare_feedback, reg.SPECIAL: prepare_special_report,
    reg.REPORT_BACK: prepare_report_back, reg.LEADER_SHEET: prepare_leader_sheet,
    reg.MESSAGE: prepare_message_transfer,
}
