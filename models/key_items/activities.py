"""Supervision activities (督查活动) and the follow-up of their suggestions (意见建议).

An activity is the office on site: a date, a method (重点督查 / 专项督查 / 定点督查 /
跟踪督查), the key items it covered, place, participants and problems found. Each
opinion or suggestion it produced is followed up (待落实 → 落实中 → 已落实) until closed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee

from models.core.actors import Actor
from models.core.base import BaseModel, VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import check_unchanged, delete, insert, update, workflow
from models.key_items.items import KeyItem, KeyPlan
from models.reference.directory import Unit

METHODS = ("重点督查", "专项督查", "定点督查", "跟踪督查")
OPEN, FOLLOWING, CLOSED = "待落实", "落实中", "已落实"
SUGGESTION_STATES = (OPEN, FOLLOWING, CLOSED)


class SupervisionActivity(VersionedModel):
    """督查活动: one visit or round of checks."""

    day = peewee.DateField(index=True)
    method = peewee.CharField()
    title = peewee.CharField()
    place = peewee.CharField(default="")
    participants = peewee.TextField(default="")
    problems = peewee.TextField(default="")

    class Meta:
        table_name = "supervision_activity"


class ActivityItem(BaseModel):
    """A key item an activity covered."""

    activity = peewee.ForeignKeyField(SupervisionActivity, backref="item_links", column_name="activity_id",
                                      on_delete="CASCADE")
    item = peewee.ForeignKeyField(KeyItem, column_name="item_id")

    class Meta:
        table_name = "activity_item"


class ActivitySuggestion(VersionedModel):
    """意见建议: one suggestion of an activity, followed up until closed."""

    activity = peewee.ForeignKeyField(SupervisionActivity, backref="suggestions", column_name="activity_id",
                                      on_delete="CASCADE")
    content = peewee.TextField()
    unit = peewee.ForeignKeyField(Unit, null=True, column_name="unit_id")
    state = peewee.CharField(default=OPEN)
    follow_up = peewee.TextField(default="")
    closed_on = peewee.DateField(null=True)

    class Meta:
        table_name = "activity_suggestion"


@dataclass
class ActivityData:
    """An activity as typed in the form."""

    day: dt.date | None
    method: str
    title: str
    item_ids: list[int] = field(default_factory=list)
    place: str = ""
    participants: str = ""
    problems: str = ""


@workflow()
def save_activity(actor: Actor, data: ActivityData, activity_id: int | None = None,
                  expected_version: int | None = None) -> SupervisionActivity:
    """Record (or correct) a supervision activity and the items it covered."""
    if not isinstance(data.day, dt.date):
        raise WorkflowError("请填写督查日期。")
    if data.method not in METHODS:
        raise WorkflowError(f"督查方式须为：{'、'.join(METHODS)}。")
    title = (data.title or "").strip()
    if not title:
        raise WorkflowError("请填写督查活动名称，例如“7座跨江桥梁建设专项督查”。")
    item_ids = list(dict.fromkeys(data.item_ids))
    if not item_ids:
        raise WorkflowError("请至少选择一个督查的重点工作事项。")
    if KeyItem.select().where(KeyItem.id.in_(item_ids)).count() != len(item_ids):
        raise WorkflowError("所选事项中有不存在的事项，请刷新后重选。")
    values = {"day": data.day, "method": data.method, "title": title, "place": (data.place or "").strip(),
              "participants": (data.participants or "").strip(), "problems": (data.problems or "").strip()}
    if activity_id is None:
        act = insert(actor, SupervisionActivity, f"登记督查活动 {title}", **values)
    else:
        act = update(actor, _activity(activity_id), expected_version, f"修改督查活动 {title}", **values)
    have = {link.item_id: link for link in ActivityItem.select().where(ActivityItem.activity == act.id)}
    for iid, link in have.items():
        if iid not in item_ids:
            delete(actor, link, f"{title}：移除事项")
    for iid in item_ids:
        if iid not in have:
            insert(actor, ActivityItem, f"{title}：督查事项", activity=act.id, item=iid)
    return act


def _activity(activity_id: int) -> SupervisionActivity:
    act = SupervisionActivity.get_or_none(SupervisionActivity.id == activity_id)
    if act is None:
        raise WorkflowError("该督查活动不存在（可能已被他人删除），请刷新后重试。")
    return act


def delete_activity_refusal(activity: SupervisionActivity) -> str | None:
    """Why ``activity`` may not be deleted (in Chinese), or None when it may.

    A suggestion that is being followed up (落实中) or was carried out (已落实) holds
    the office's follow-up record of it; deleting the activity would erase that
    record, so such an activity stays. The pane asks this before its confirmation,
    so the clerk is not asked about a delete that will be refused.
    """
    worked = [s for s in activity.suggestions.order_by(ActivitySuggestion.id) if s.state != OPEN]
    if not worked:
        return None
    # "1 条落实中" reads as a fragment; the sentence wants the state as a verb phrase.
    wording = {FOLLOWING: "正在落实", CLOSED: "已落实"}
    states = "、".join(f"{n} 条{wording[state]}" for state in (FOLLOWING, CLOSED)
                      if (n := sum(1 for s in worked if s.state == state)))
    return (f"督查活动“{activity.title}”的意见建议中有 {states}，其跟踪落实记录须留存，不能删除该活动。"
            "如活动内容有误，请用“编辑”改正。")


@workflow()
def delete_activity(actor: Actor, activity_id: int, expected_version: int | None = None) -> None:
    """Delete an activity entered by mistake, with its item links and unfollowed suggestions.

    What a supervision office expects: an activity whose suggestions are all still
    待落实 has produced no follow-up work yet, so it goes together with those
    suggestions and its links to the key items (each deletion audited, all in one
    transaction). Once any suggestion is 落实中 or 已落实 the activity is refused
    (:func:`delete_activity_refusal`): that record belongs to the office's ledger.
    ``expected_version`` is the version the clerk saw when asking to delete; if the
    activity was corrected since, nothing is deleted.
    """
    act = _activity(activity_id)
    check_unchanged(act, expected_version, f"督查活动“{act.title}”")  # before its suggestions go
    reason = delete_activity_refusal(act)
    if reason:
        raise WorkflowError(reason)
    for sug in list(act.suggestions.order_by(ActivitySuggestion.id)):
        delete(actor, sug, f"{act.title}：删除意见建议 {sug.content[:30]}")
    for link in list(ActivityItem.select().where(ActivityItem.activity == act.id).order_by(ActivityItem.id)):
        delete(actor, link, f"{act.title}：移除事项")
    delete(actor, act, f"删除督查活动 {act.title}")


@workflow()
def add_suggestion(actor: Actor, activity_id: int, content: str, unit_id: int | None = None) -> ActivitySuggestion:
    """Record an opinion or suggestion (意见建议) an activity produced."""
    content = (content or "").strip()
    if not content:
        raise WorkflowError("意见建议的内容不能为空。")
    if SupervisionActivity.get_or_none(SupervisionActivity.id == activity_id) is None:
        raise WorkflowError("该督查活动不存在，请刷新后重试。")
    return insert(actor, ActivitySuggestion, f"意见建议：{content[:30]}", activity=activity_id,
                  content=content, unit=unit_id, state=OPEN)


def _suggestion(sid: int) -> ActivitySuggestion:
    s = ActivitySuggestion.get_or_none(ActivitySuggestion.id == sid)
    if s is None:
        raise WorkflowError("该意见建议不存在，请刷新后重试。")
    return s


def _append(old: str, day: dt.date, note: str) -> str:
    line = f"{day.isoformat()} {note}"
    return f"{old}\n{line}" if old else line


@workflow()
def follow_up_suggestion(actor: Actor, suggestion_id: int, day: dt.date, note: str) -> ActivitySuggestion:
    """Record one follow-up of a suggestion (待落实 → 落实中); it stays open."""
    s = _suggestion(suggestion_id)
    if s.state == CLOSED:
        raise WorkflowError("该意见建议已落实办结；如需继续跟踪，请先“重新打开”。")
    note = (note or "").strip()
    if not note:
        raise WorkflowError("请填写跟踪情况。")
    return update(actor, s, summary=f"跟踪意见建议：{note[:30]}", action="follow_up", state=FOLLOWING,
                  follow_up=_append(s.follow_up, day, note))


@workflow()
def close_suggestion(actor: Actor, suggestion_id: int, day: dt.date, note: str) -> ActivitySuggestion:
    """The suggestion was carried out (已落实): closed on ``day`` with how."""
    s = _suggestion(suggestion_id)
    if s.state == CLOSED:
        raise WorkflowError("该意见建议已落实办结。")
    note = (note or "").strip()
    if not note:
        raise WorkflowError("请填写落实情况。")
    return update(actor, s, summary=f"意见建议已落实：{note[:30]}", action="close", state=CLOSED,
                  closed_on=day, follow_up=_append(s.follow_up, day, "已落实：" + note))


@workflow()
def reopen_suggestion(actor: Actor, suggestion_id: int, day: dt.date, reason: str) -> ActivitySuggestion:
    """A closed suggestion turned out not carried out: back to 落实中 with the reason."""
    s = _suggestion(suggestion_id)
    if s.state != CLOSED:
        raise WorkflowError("只有已落实的意见建议才能重新打开。")
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError("重新打开须填写原因。")
    return update(actor, s, summary=f"重新打开意见建议：{reason[:30]}", action="reopen", state=FOLLOWING,
                  closed_on=None, follow_up=_append(s.follow_up, day, "重新打开：" + reason))


def activities_of_item(item_id: int) -> list[SupervisionActivity]:
    """The activities that covered an item, newest first."""
    return list(SupervisionActivity.select().join(ActivityItem).where(ActivityItem.item == item_id)
                .order_by(SupervisionActivity.day.desc()))


def items_of(activity_id: int) -> list[KeyItem]:
    """The key items an activity covered, by plan year and number (each with its plan loaded)."""
    return list(KeyItem.select(KeyItem, KeyPlan).join(KeyPlan)
                .switch(KeyItem).join(ActivityItem, on=(ActivityItem.item == KeyItem.id))
                .where(ActivityItem.activity == activity_id).order_by(KeyPlan.year, KeyItem.number))


def activities_between(start: dt.date, end: dt.date) -> list[SupervisionActivity]:
    """Activities from ``start`` to ``end`` inclusive, oldest first."""
    return list(SupervisionActivity.select().where(SupervisionActivity.day.between(start, end))
                .order_by(SupervisionActivity.day, SupervisionActivity.id))


def open_suggestions() -> list[ActivitySuggestion]:
    """Suggestions not yet carried out, oldest activity first."""
    return list(ActivitySuggestion.select(ActivitySuggestion, SupervisionActivity).join(SupervisionActivity)
                .where(ActivitySuggestion.state != CLOSED)
                .order_by(SupervisionActivity.day, ActivitySuggestion.id))
