"""Standing-committee minutes (常委会会议纪要) and their decided matters (决定事项).

A decided matter is registered for supervision (立项督查) as a key item of the
plan of the meeting's year, with source 常委会会议纪要 and a link back to the
minutes and the paragraph it comes from. :func:`feedback_rows` gives the data of the
feedback to the committee (向市委反馈): each matter, its state, light and latest progress.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from models.calendar.workdays import WorkCalendar
from models.core.actors import Actor
from models.core.base import VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import delete, insert, update, workflow
from models.key_items.items import ItemData, KeyItem, ensure_plan, save_item


class MeetingMinutes(VersionedModel):
    """会议纪要: number (e.g. 〔2014〕5号), which meeting, and when it was held."""

    number = peewee.CharField(unique=True)
    meeting = peewee.CharField()
    held_on = peewee.DateField(index=True)
    note = peewee.TextField(default="")

    class Meta:
        table_name = "meeting_minutes"


def _minutes(minutes_id: int) -> MeetingMinutes:
    minutes = MeetingMinutes.get_or_none(MeetingMinutes.id == minutes_id)
    if minutes is None:
        raise WorkflowError("该会议纪要不存在（可能已被他人删除），请刷新后重试。")
    return minutes


def decisions_of(minutes_id: int) -> list[KeyItem]:
    """The decided matters registered for supervision from a set of minutes, by plan and number."""
    return list(KeyItem.select().where(KeyItem.minutes_id == minutes_id).order_by(KeyItem.plan, KeyItem.number))


def minutes_of_year(year: int) -> list[tuple[MeetingMinutes, int]]:
    """Minutes held in ``year``, oldest first, each with how many decided matters were registered from it."""
    counts = dict(KeyItem.select(KeyItem.minutes_id, peewee.fn.COUNT(KeyItem.id))
                  .where(KeyItem.minutes_id.is_null(False)).group_by(KeyItem.minutes_id).tuples())
    sel = (MeetingMinutes.select()
           .where(MeetingMinutes.held_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
           .order_by(MeetingMinutes.held_on, MeetingMinutes.id))
    return [(m, counts.get(m.id, 0)) for m in sel]


@workflow()
def save_minutes(actor: Actor, number: str, meeting: str, held_on: dt.date, note: str = "",
                 minutes_id: int | None = None, expected_version: int | None = None) -> MeetingMinutes:
    """Register (or correct) a set of minutes; numbers are unique.

    Correcting minutes (``minutes_id`` given) may change number, meeting, date and note.
    The date may not move to another year once decisions were registered from the
    minutes: those matters sit in the plan of the meeting's year, and the feedback to
    the committee groups them by it.
    """
    number = (number or "").strip()
    meeting = (meeting or "").strip()
    if not number:
        raise WorkflowError("请填写纪要编号，例如“〔2014〕5号”。")
    if not meeting:
        raise WorkflowError("请填写会议名称，例如“市委常委会2014年第5次会议”。")
    if not isinstance(held_on, dt.date):
        raise WorkflowError("请填写会议日期。")
    clash = MeetingMinutes.get_or_none(MeetingMinutes.number == number)
    if clash is not None and clash.id != minutes_id:
        raise WorkflowError(f"已有编号为“{number}”的纪要，请检查编号。")
    values = {"number": number, "meeting": meeting, "held_on": held_on, "note": (note or "").strip()}
    if minutes_id is None:
        return insert(actor, MeetingMinutes, f"登记会议纪要 {number}", **values)
    minutes = _minutes(minutes_id)
    if held_on.year != minutes.held_on.year:
        decided = KeyItem.select().where(KeyItem.minutes_id == minutes.id).count()
        if decided:
            raise WorkflowError(
                f"纪要“{minutes.number}”已有 {decided} 项决定事项列入{minutes.held_on.year}年计划，"
                f"会议日期不能改到{held_on.year}年。")
    return update(actor, minutes, expected_version, f"修改会议纪要 {number}", **values)


def delete_minutes_refusal(minutes: MeetingMinutes) -> str | None:
    """Why ``minutes`` may not be deleted (in Chinese), or None when it may.

    Decided matters registered from the minutes point back to them (立项督查 and the
    feedback to the committee rest on that link), and a key item is never deleted —
    it is stopped (中止) with a reason — so such minutes stay. The pane asks this
    before its confirmation.
    """
    items = decisions_of(minutes.id)
    if not items:
        return None
    # Plan numbers, not paragraphs of the minutes: "第21项" alone reads as the minutes' own.
    # Every decision sits in the plan of the meeting's year (register_decision puts it
    # there, save_minutes keeps the date in that year).
    numbers = (f"{minutes.held_on.year}年计划" + "、".join(f"第{i.number}项" for i in items[:5])
               + ("等" if len(items) > 5 else ""))
    return (f"纪要“{minutes.number}”已登记 {len(items)} 项决定事项（{numbers}），已列入年度计划督查，"
            "纪要须留存，不能删除。如编号、会议或日期有误，请用“编辑”改正；"
            "如某项决定事项不再督办，请在重点工作中将其状态改为“已中止”。")


@workflow()
def delete_minutes(actor: Actor, minutes_id: int, expected_version: int | None = None) -> None:
    """Delete minutes registered by mistake; refused while decisions were registered from them.

    ``expected_version`` is the version the clerk saw when asking to delete; if the
    minutes were corrected since, nothing is deleted.
    """
    minutes = _minutes(minutes_id)
    reason = delete_minutes_refusal(minutes)
    if reason:
        raise WorkflowError(reason)
    delete(actor, minutes, f"删除会议纪要 {minutes.number}", expected_version, what=f"纪要“{minutes.number}”")


@workflow()
def register_decision(actor: Actor, minutes_id: int, paragraph: str, data: ItemData,
                      cal: WorkCalendar | None = None) -> KeyItem:
    """立项督查: a decided matter becomes a key item traceable to the minutes' paragraph."""
    minutes = MeetingMinutes.get_or_none(MeetingMinutes.id == minutes_id)
    if minutes is None:
        raise WorkflowError("所选会议纪要不存在，请先登记纪要。")
    if not (paragraph or "").strip():
        raise WorkflowError("请注明决定事项出自纪要的哪一段（如“第三条”）。")
    plan = ensure_plan(actor, minutes.held_on.year)
    if data.number is None:
        top = KeyItem.select(peewee.fn.MAX(KeyItem.number)).where(KeyItem.plan == plan.id).scalar() or 0
        data.number = top + 1
    data.source = "常委会会议纪要"
    data.minutes_id = minutes.id
    data.minutes_paragraph = paragraph.strip()
    return save_item(actor, plan.id, data, cal=cal)


@dataclass(frozen=True)
class DecisionRow:
    """One decided matter with what the committee wants to hear back."""

    minutes_number: str
    meeting: str
    held_on: dt.date
    paragraph: str
    item_id: int
    item_number: int
    title: str
    lead_unit: str
    deadline: str
    state: str
    light_text: str
    latest: str


def feedback_rows(today: dt.date, cal: WorkCalendar, minutes_id: int | None = None) -> list[DecisionRow]:
    """Decided matters (of one set of minutes, or all) with state, light and latest progress."""
    from models.key_items.progress import item_statuses, latest_progress
    from models.reference.directory import Unit

    sel = (KeyItem.select(KeyItem, MeetingMinutes, Unit)
           .join(MeetingMinutes, on=(KeyItem.minutes_id == MeetingMinutes.id))
           .switch(KeyItem).join(Unit, on=(KeyItem.lead_unit == Unit.id))
           .order_by(MeetingMinutes.held_on, MeetingMinutes.id, KeyItem.number))
    if minutes_id is not None:
        sel = sel.where(KeyItem.minutes_id == minutes_id)
    items = list(sel)
    statuses = item_statuses([i.id for i in items], today, cal)
    latest = latest_progress([i.id for i in items])
    out = []
    for item in items:
        m = item.meetingminutes
        reports = latest.get(item.id, [])
        text = "；".join(f"{r.unit.short_name or r.unit.name}：{r.done}" for r in reports)
        if reports:
            text = f"{reports[0].year}年第{reports[0].quarter}季度 " + text
        out.append(DecisionRow(m.number, m.meeting, m.held_on, item.minutes_paragraph, item.id, item.number,
                               item.title, item.lead_unit.short_name or item.lead_unit.name,
                               item.deadline_text(), item.state, statuses[item.id].light.text(), text))
    return out
