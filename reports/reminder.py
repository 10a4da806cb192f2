"""催办通知 (reminder notice): one notice per unit, a batch printed as one file."""
from __future__ import annotations

from collections.abc import Sequence

from models.core.numbers import date_cn
from models.documents.data import ReminderData, instruction_phrase, role_phrase

from .document import OfficialDocument, Para
from .printing import Rendered, render_parts, render_set


def reminder_document(d: ReminderData) -> OfficialDocument:
    """The reminder to one unit: which instruction, how late, the n-th reminder, reply by when."""
    if d.overdue_days:
        state = f"截至{date_cn(d.issued_on)}，该件已超过办理时限{d.overdue_days}个工作日，仍未办结。"
    elif d.remaining_days:
        state = f"截至{date_cn(d.issued_on)}，距办理时限仅剩{d.remaining_days}个工作日，你单位尚未报送办结情况。"
    else:
        state = f"今天（{date_cn(d.issued_on)}）是该件的办理时限，你单位尚未报送办结情况。"
    progress = (f"你单位最近一次报送的办理进展为：{d.last_progress.rstrip('。')}。" if d.last_progress
                else "你单位至今未报送办理进展。")
    which = instruction_phrase(d.leader, d.source_title, d.matter, d.instruction_number)
    blocks = [
        Para(f"{date_cn(d.assigned_on)}，{d.office.name}将{d.level_label}{which}交你单位{role_phrase(d.role)}，"
             f"办理时限为{date_cn(d.deadline)}。"),
        Para(state + f"这是对你单位的第{d.times}次催办。" + progress),
        Para(f"请你单位高度重视，抓紧办理，于{date_cn(d.reply_by)}前将办理情况书面报送{d.office.name}；"
             "确需延期的，请书面说明理由和拟办结时间。逾期既未办结又未说明理由的，将按规定予以通报。"),
    ]
    if d.office.contact:
        blocks.append(Para(d.office.contact))
    return OfficialDocument(
        header_mark=d.office.name, number_line=d.number, title="催办通知", recipients=d.unit, blocks=blocks,
        signature=d.office.name, date=d.issued_on, printer=d.office.name, print_date=d.issued_on,
        double_sided=d.office.double_sided,
        metadata={"title": f"催办通知 {d.number}", "subject": f"{d.instruction_number} {d.unit}",
                  "author": d.office.name, "keywords": "催办通知"},
    )


def reminder_pdf(d: ReminderData, font_dir: str | None = None) -> Rendered:
    """One unit's reminder rendered to PDF."""
    return render_parts([reminder_document(d)], font_dir)


def reminders_pdf(ds: Sequence[ReminderData], font_dir: str | None = None) -> Rendered:
    """A batch: one notice per unit in one file, each numbered from page 1."""
    return render_set([[reminder_document(d)] for d in ds], font_dir)
