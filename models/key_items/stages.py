"""阶段计划: the stages (milestones, 节点) of a key item.

A key item may be cut into numbered stages, each with what is to be done, its own
deadline (完成时限), the one unit of the 单位名录 answerable for it (责任单位), and the
date it was done (完成日期, blank while open). A stage's light is the shared rule of
:mod:`models.calendar.lights` over its deadline; the item's light takes its stages into
account by :func:`item_light_with_stages`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import peewee

from models.calendar.lights import Light, LightFacts, light_for
from models.calendar.workdays import WorkCalendar
from models.core.actors import Actor
from models.core.base import VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import delete, insert, update, workflow
from models.key_items.items import FINISHED_STATES, KeyItem, KeyPlan
from models.reference.directory import Unit


class KeyItemStage(VersionedModel):
    """阶段: one stage of a key item, with its deadline, unit and completion date."""

    item = peewee.ForeignKeyField(KeyItem, backref="stages", column_name="item_id", on_delete="CASCADE")
    number = peewee.IntegerField()
    title = peewee.CharField()
    deadline = peewee.DateField(index=True)
    unit = peewee.ForeignKeyField(Unit, column_name="unit_id")
    done_on = peewee.DateField(null=True)
    note = peewee.TextField(default="")

    class Meta:
        table_name = "key_item_stage"

    @property
    def done(self) -> bool:
        """A completion date is recorded."""
        return self.done_on is not None


# ---- rules: plain functions of dates ---------------------------------------------------

def stage_light(deadline: dt.date, done: bool, item_finished: bool, today: dt.date, cal: WorkCalendar,
                yellow_days: int = 5) -> Light:
    """The light of one stage on ``today``: the shared rule over the stage's own deadline.

    Grey once the stage is done, and for every stage of a completed or stopped item
    (nothing is owed on it any more).
    """
    return light_for(LightFacts(deadline=deadline, finished=done or item_finished), today, cal, yellow_days)


def stage_overdue(deadline: dt.date, done: bool, today: dt.date) -> bool:
    """An open stage whose deadline has passed (节点超期)."""
    return not done and deadline < today


def item_light_with_stages(item_light: Light, stage_lights: Iterable[Light]) -> Light:
    """The item's light once its stages are counted: the most urgent of the two.

    The office judges an item by its milestones, not only by its year-end deadline: a
    stage not done by its deadline means the item is behind its plan now, so the item
    shows 超期 (red) though its own deadline is months away — the office does not wait
    for the year's end to say it is late. A stage due within the yellow days makes the
    item at least 临期 (yellow). A stage done (grey) counts for nothing, and a completed
    or stopped item stays grey whatever its stages say.
    """
    if item_light is Light.GREY:
        return Light.GREY
    worst = item_light
    for light in stage_lights:
        if light is not Light.GREY and light.rank < worst.rank:
            worst = light
    return worst


# ---- workflows --------------------------------------------------------------------------

@dataclass
class StageData:
    """A stage as typed in the form or read from the 阶段 sheet (``number`` None: the next)."""

    title: str
    deadline: dt.date | None
    unit_id: int | None
    number: int | None = None
    done_on: dt.date | None = None
    note: str = ""


def _item(item_id: int) -> KeyItem:
    item = KeyItem.get_or_none(KeyItem.id == item_id)
    if item is None:
        raise WorkflowError("该事项不存在（可能已被删除），请刷新后重试。")
    return item


def check_stage(data: StageData, item_deadline: dt.date | None, plan_start: dt.date) -> dict[str, Any]:
    """Checked values of a stage ready to store; raise :class:`WorkflowError` saying what to fix.

    A stage ends no later than its item (完成时限 not after the item's) and not before
    the plan starts; its unit is one of the 单位名录.
    """
    title = (data.title or "").strip()
    if not title:
        raise WorkflowError("请填写阶段名称（这一阶段要完成什么）。")
    if len(title) > 200:
        raise WorkflowError("阶段名称过长（最多200字），详细要求请写在“备注”中。")
    if data.number is not None and int(data.number) < 1:
        raise WorkflowError("阶段序号须为正整数。")
    if not isinstance(data.deadline, dt.date):
        raise WorkflowError("请填写阶段的完成时限（日期）。")
    if data.deadline < plan_start:
        raise WorkflowError(f"阶段完成时限 {data.deadline.isoformat()} 早于计划开始日期 {plan_start.isoformat()}，请改正。")
    if item_deadline is not None and data.deadline > item_deadline:
        raise WorkflowError(f"阶段完成时限 {data.deadline.isoformat()} 晚于事项的完成时限 "
                            f"{item_deadline.isoformat()}：阶段须在事项完成之前完成，请改正日期或先修改事项的完成时限。")
    if not data.unit_id or Unit.get_or_none(Unit.id == data.unit_id) is None:
        raise WorkflowError("请选择阶段的责任单位（须在单位名录中）。")
    if data.done_on is not None and not isinstance(data.done_on, dt.date):
        raise WorkflowError("完成日期须为日期；尚未完成请留空。")
    return {"title": title, "deadline": data.deadline, "unit": int(data.unit_id), "done_on": data.done_on,
            "note": (data.note or "").strip()}


@workflow()
def save_stage(actor: Actor, item_id: int, data: StageData, stage_id: int | None = None,
               expected_version: int | None = None) -> KeyItemStage:
    """Add a stage to an item (``stage_id`` None) or correct one; a number already used
    by another stage of the item is refused."""
    item = _item(item_id)
    plan = KeyPlan.get_by_id(item.plan_id)
    values = check_stage(data, item.deadline, plan.start_date)
    number = data.number
    if number is None:
        if stage_id is not None:
            number = KeyItemStage.get_by_id(stage_id).number
        else:
            top = KeyItemStage.select(peewee.fn.MAX(KeyItemStage.number)).where(
                KeyItemStage.item == item_id).scalar()
            number = (top or 0) + 1
    clash = KeyItemStage.get_or_none((KeyItemStage.item == item_id) & (KeyItemStage.number == int(number)))
    if clash is not None and clash.id != stage_id:
        raise WorkflowError(f"第{item.number}项已有第{number}阶段“{clash.title}”，请换一个阶段序号。")
    label = f"第{item.number}项 {item.title} 第{number}阶段 {values['title']}"
    if stage_id is None:
        return insert(actor, KeyItemStage, f"新增阶段：{label}", item=item_id, number=int(number), **values)
    stage = KeyItemStage.get_or_none((KeyItemStage.id == stage_id) & (KeyItemStage.item == item_id))
    if stage is None:
        raise WorkflowError("该阶段不存在（可能已被删除），请刷新后重试。")
    return update(actor, stage, expected_version, f"修改阶段：{label}", number=int(number), **values)


@workflow()
def delete_stage(actor: Actor, stage_id: int, expected_version: int | None = None) -> None:
    """Delete a stage entered by mistake (``expected_version``: the one the clerk saw)."""
    stage = KeyItemStage.get_or_none(KeyItemStage.id == stage_id)
    if stage is None:
        raise WorkflowError("该阶段不存在（可能已被删除），请刷新后重试。")
    item = KeyItem.get_by_id(stage.item_id)
    delete(actor, stage, f"删除阶段：第{item.number}项 {item.title} 第{stage.number}阶段 {stage.title}",
           expected_version, f"阶段“{stage.title}”")


# ---- queries ------------------------------------------------------------------------

def stages_of(item_id: int) -> list[KeyItemStage]:
    """An item's stages in their order, with their units."""
    return list(KeyItemStage.select(KeyItemStage, Unit).join(Unit).where(KeyItemStage.item == item_id)
                .order_by(KeyItemStage.number))


def stages_by_item(item_ids: Iterable[int]) -> dict[int, list[KeyItemStage]]:
    """The stages of each of ``item_ids`` in their order (one query)."""
    ids = list(item_ids)
    out: dict[int, list[KeyItemStage]] = {}
    if not ids:
        return out
    for stage in (KeyItemStage.select(KeyItemStage, Unit).join(Unit).where(KeyItemStage.item.in_(ids))
                  .order_by(KeyItemStage.item, KeyItemStage.number)):
        out.setdefault(stage.item_id, []).append(stage)
    return out


@dataclass(frozen=True)
class StageView:
    """A stage as the detail, the ledger and the calendar show it."""

    id: int
    item_id: int
    number: int
    title: str
    deadline: dt.date
    unit_name: str
    done_on: dt.date | None
    note: str
    light: Light
    version: int

    def line(self) -> str:
        """One line of the ledger: "1. 完成征地拆迁（2014-06-30，市住建委）● 超期"."""
        done = f"，{self.done_on.isoformat()}完成" if self.done_on else ""
        return f"{self.number}. {self.title}（{self.deadline.isoformat()}，{self.unit_name}{done}）{self.light.text()}"


def stage_views(item_ids: Iterable[int], today: dt.date, cal: WorkCalendar, yellow_days: int) -> dict[int, list[StageView]]:
    """The stages of each item with their lights on ``today``."""
    ids = list(item_ids)
    if not ids:
        return {}
    states = dict(KeyItem.select(KeyItem.id, KeyItem.state).where(KeyItem.id.in_(ids)).tuples())
    out: dict[int, list[StageView]] = {}
    for iid, stages in stages_by_item(ids).items():
        finished = states.get(iid) in FINISHED_STATES
        out[iid] = [StageView(s.id, iid, s.number, s.title, s.deadline, s.unit.short_name or s.unit.name,
                              s.done_on, s.note,
                              stage_light(s.deadline, s.done, finished, today, cal, yellow_days), s.version)
                    for s in stages]
    return out
