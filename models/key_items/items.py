"""The year's key work items (重点工作事项) of the decision-supervision plan (决策督查计划).

A :class:`KeyPlan` per year holds numbered :class:`KeyItem` s. An item has one lead
unit (牵头单位), any number of responsible units (责任单位), a deadline (完成时限:
a date, or N working days from assignment over the official calendar), scheduled
supervision dates (督查时间, or every quarter), and a state changed only through
the workflows below, each leaving a :class:`KeyItemState` row and an audit record.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee

from models.calendar.workdays import WorkCalendar, compute_deadline
from models.core.actors import Actor
from models.core.base import BaseModel, VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import delete, insert, update, workflow
from models.reference.directory import Leader, Unit, overseer_id

SOURCES = ("市委常委会年度工作要点", "提升首位度决定", "常委会会议纪要", "领导讲话指示", "其他")

NOT_STARTED, IN_PROGRESS, COMPLETED, STOPPED = "未启动", "推进中", "已完成", "已中止"
STATES = (NOT_STARTED, IN_PROGRESS, COMPLETED, STOPPED)
FINISHED_STATES = (COMPLETED, STOPPED)

#: Allowed moves between states; reopening a completed or stopped item needs a reason.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    NOT_STARTED: (IN_PROGRESS, COMPLETED, STOPPED),
    IN_PROGRESS: (COMPLETED, STOPPED),
    COMPLETED: (IN_PROGRESS,),
    STOPPED: (IN_PROGRESS,),
}


def format_deadline(deadline: dt.date | None, days: int | None, provisional: bool = False) -> str:
    """完成时限 as the table, the ledger and the import preview write it.

    "2014-10-09", "2014-10-09（交办后5个工作日）", and "（暂定）" after a date the
    official calendar has not fixed yet. The one writer of this form:
    :func:`models.key_items.importing.read_deadline` reads it back.
    """
    if deadline is None:
        return ""
    text = deadline.isoformat()
    if days:
        text += f"（交办后{days}个工作日）"
    if provisional:
        text += "（暂定）"
    return text


class KeyPlan(VersionedModel):
    """决策督查计划: the plan of one year."""

    year = peewee.IntegerField(unique=True)
    title = peewee.CharField()
    start_date = peewee.DateField()
    note = peewee.TextField(default="")

    class Meta:
        table_name = "key_plan"


class KeyItem(VersionedModel):
    """重点工作事项: one numbered item of a plan."""

    plan = peewee.ForeignKeyField(KeyPlan, backref="items", column_name="plan_id")
    number = peewee.IntegerField()
    title = peewee.CharField()
    content = peewee.TextField(default="")
    source = peewee.CharField(default=SOURCES[0])
    lead_unit = peewee.ForeignKeyField(Unit, column_name="lead_unit_id")
    # Lead and responsible unit names joined, so the table can filter in SQL.
    unit_names = peewee.TextField(default="")
    deadline = peewee.DateField(null=True, index=True)
    deadline_days = peewee.IntegerField(null=True)
    assigned_on = peewee.DateField(null=True)
    deadline_provisional = peewee.BooleanField(default=False)
    quarterly = peewee.BooleanField(default=False)
    performance = peewee.BooleanField(default=True)
    state = peewee.CharField(default=NOT_STARTED)
    state_since = peewee.DateField(null=True)
    # The minutes live in models.key_items.meetings; an integer here avoids an import cycle.
    minutes_id = peewee.IntegerField(null=True)
    minutes_paragraph = peewee.CharField(default="")
    # 分管领导: the leader who oversees the item.
    overseer = peewee.ForeignKeyField(Leader, null=True, column_name="overseer_id")

    class Meta:
        table_name = "key_item"

    @property
    def finished(self) -> bool:
        """Completed or stopped: its light is grey."""
        return self.state in FINISHED_STATES

    def deadline_text(self) -> str:
        """The deadline as a clerk reads it, saying when it is provisional (暂定)."""
        return format_deadline(self.deadline, self.deadline_days, self.deadline_provisional)


class KeyItemUnit(BaseModel):
    """A responsible unit (责任单位) of an item."""

    item = peewee.ForeignKeyField(KeyItem, backref="unit_links", column_name="item_id", on_delete="CASCADE")
    unit = peewee.ForeignKeyField(Unit, column_name="unit_id")

    class Meta:
        table_name = "key_item_unit"


class KeyItemCheck(BaseModel):
    """A scheduled supervision date (督查时间) of an item."""

    item = peewee.ForeignKeyField(KeyItem, backref="checks", column_name="item_id", on_delete="CASCADE")
    day = peewee.DateField()

    class Meta:
        table_name = "key_item_check"


class KeyItemState(BaseModel):
    """One change of an item's state, with its date and reason."""

    item = peewee.ForeignKeyField(KeyItem, backref="state_changes", column_name="item_id", on_delete="CASCADE")
    from_state = peewee.CharField()
    to_state = peewee.CharField()
    day = peewee.DateField()
    reason = peewee.TextField(default="")
    recorded_by = peewee.CharField(default="", column_name="actor")

    class Meta:
        table_name = "key_item_state"


@dataclass
class ItemData:
    """An item as typed in the form or read from an import row.

    The deadline is either ``deadline`` (a date) or ``deadline_days`` working days
    after ``assigned_on``.
    """

    number: int | None
    title: str
    lead_unit_id: int | None
    content: str = ""
    source: str = SOURCES[0]
    unit_ids: list[int] = field(default_factory=list)
    deadline: dt.date | None = None
    deadline_days: int | None = None
    assigned_on: dt.date | None = None
    check_days: list[dt.date] = field(default_factory=list)
    quarterly: bool = False
    performance: bool = True
    minutes_id: int | None = None
    minutes_paragraph: str = ""
    overseer: str = ""  # 分管领导's name; "" for none

    def cleaned(self, plan_start: dt.date, cal: WorkCalendar) -> dict[str, Any]:
        """Checked values ready to store; raise :class:`WorkflowError` saying what to fix."""
        if self.number is None or int(self.number) < 1:
            raise WorkflowError("序号须为正整数（计划中的第几项）。")
        title = (self.title or "").strip()
        if not title:
            raise WorkflowError("工作事项（标题）不能为空。")
        if len(title) > 200:
            raise WorkflowError("工作事项（标题）过长（最多200字），详细内容请写在“工作内容”中。")
        if not self.lead_unit_id:
            raise WorkflowError("请选择牵头单位：每个事项须有且只有一个牵头单位。")
        source = (self.source or "").strip() or SOURCES[0]
        if source not in SOURCES:
            raise WorkflowError(f"来源须为：{'、'.join(SOURCES)}，收到“{source}”。")
        provisional = False
        deadline = self.deadline
        if self.deadline_days is not None:
            if self.deadline_days < 1:
                raise WorkflowError("工作日数须至少为 1。")
            if self.assigned_on is None:
                raise WorkflowError("按工作日计算完成时限时，须填写交办日期。")
            computed = compute_deadline(cal, self.assigned_on, int(self.deadline_days))
            deadline, provisional = computed.date, computed.provisional
        if deadline is not None and deadline < plan_start:
            raise WorkflowError(
                f"完成时限 {deadline.isoformat()} 早于计划开始日期 {plan_start.isoformat()}，请改正。")
        units = [u for u in dict.fromkeys(self.unit_ids) if u and u != self.lead_unit_id]
        return {
            "number": int(self.number), "title": title, "content": (self.content or "").strip(),
            "source": source, "lead_unit": int(self.lead_unit_id), "unit_ids": units,
            "deadline": deadline, "deadline_days": self.deadline_days,
            "assigned_on": self.assigned_on if self.deadline_days is not None else None,
            "deadline_provisional": provisional, "quarterly": bool(self.quarterly),
            "performance": bool(self.performance), "check_days": sorted(set(self.check_days)),
            "minutes_id": self.minutes_id, "minutes_paragraph": (self.minutes_paragraph or "").strip(),
            "overseer_id": overseer_id(self.overseer),
        }


def plan_for_year(year: int) -> KeyPlan | None:
    """The plan of ``year``, if there is one."""
    return KeyPlan.get_or_none(KeyPlan.year == year)


@workflow()
def save_plan(actor: Actor, year: int, title: str = "", start_date: dt.date | None = None,
              note: str = "", expected_version: int | None = None) -> KeyPlan:
    """Create or edit the plan of ``year`` (one per year)."""
    if not 2000 <= int(year) <= 2100:
        raise WorkflowError(f"年份“{year}”不合理，请填写四位年份。")
    title = (title or "").strip() or f"{year}年决策督查计划"
    start = start_date or dt.date(int(year), 1, 1)
    existing = plan_for_year(year)
    if existing is None:
        return insert(actor, KeyPlan, f"新建{title}", year=int(year), title=title,
                      start_date=start, note=note)
    return update(actor, existing, expected_version, f"修改{title}", title=title,
                  start_date=start, note=note)


@workflow()
def ensure_plan(actor: Actor, year: int) -> KeyPlan:
    """The plan of ``year``, created with its default title when missing."""
    return plan_for_year(year) or save_plan(actor, year)


def _unit_names(lead_id: int, unit_ids: Sequence[int]) -> str:
    ids = [lead_id, *unit_ids]
    names = {u.id: u for u in Unit.select().where(Unit.id.in_(ids))}
    missing = [i for i in ids if i not in names]
    if missing:
        raise WorkflowError("所选单位不存在（可能已被删除），请重新选择单位。")
    return "、".join(f"{names[i].name} {names[i].short_name}".strip() for i in ids)


@workflow()
def save_item(actor: Actor, plan_id: int, data: ItemData, item_id: int | None = None,
              expected_version: int | None = None, cal: WorkCalendar | None = None) -> KeyItem:
    """Create or edit an item of a plan, with its units and supervision dates.

    Refuses a duplicate number in the plan, a missing lead unit and a deadline before
    the plan's start.
    """
    from models.calendar.store import load_calendar

    plan = KeyPlan.get_or_none(KeyPlan.id == plan_id)
    if plan is None:
        raise WorkflowError("所选年度计划不存在，请先建立计划。")
    values = data.cleaned(plan.start_date, cal or load_calendar())
    clash = KeyItem.get_or_none((KeyItem.plan == plan_id) & (KeyItem.number == values["number"]))
    if clash is not None and clash.id != item_id:
        raise WorkflowError(f"{plan.title}中已有第{values['number']}项“{clash.title}”，请换一个序号。")
    if item_id is not None:
        _check_stages_fit(item_id, values["deadline"])
    unit_ids = values.pop("unit_ids")
    check_days = values.pop("check_days")
    values["unit_names"] = _unit_names(values["lead_unit"], unit_ids)
    label = f"{plan.year}年第{values['number']}项 {values['title']}"
    if item_id is None:
        item = insert(actor, KeyItem, f"新增重点工作事项 {label}", plan=plan_id,
                      state=NOT_STARTED, **values)
    else:
        item = update(actor, KeyItem.get_by_id(item_id), expected_version,
                      f"修改重点工作事项 {label}", **values)
    _replace_units(actor, item, unit_ids, label)
    _replace_checks(actor, item, check_days, label)
    return item


def _check_stages_fit(item_id: int, deadline: dt.date | None) -> None:
    """Refuse an item's deadline moved before one of its stages' (阶段须在事项完成之前完成).

    Read by SQL rather than through :mod:`models.key_items.stages`, which builds on this module."""
    if deadline is None:
        return
    late = KeyItem._meta.database.execute_sql(
        "SELECT number, title, deadline FROM key_item_stage WHERE item_id = ? AND deadline > ? "
        "ORDER BY deadline DESC, number LIMIT 1", (item_id, deadline.isoformat())).fetchone()
    if late is not None:
        number, title, stage_deadline = late
        raise WorkflowError(
            f"第{number}阶段“{title}”的完成时限 {str(stage_deadline)[:10]} 晚于新的完成时限 "
            f"{deadline.isoformat()}：阶段须在事项完成之前完成，请先修改或删除该阶段，再提前事项的完成时限。")


def _replace_units(actor: Actor, item: KeyItem, unit_ids: Iterable[int], label: str) -> None:
    wanted = list(unit_ids)
    have = {link.unit_id: link for link in KeyItemUnit.select().where(KeyItemUnit.item == item.id)}
    for unit_id, link in have.items():
        if unit_id not in wanted:
            delete(actor, link, f"{label}：移除责任单位")
    for unit_id in wanted:
        if unit_id not in have:
            insert(actor, KeyItemUnit, f"{label}：增加责任单位", item=item.id, unit=unit_id)


def _replace_checks(actor: Actor, item: KeyItem, days: Iterable[dt.date], label: str) -> None:
    wanted = list(days)
    have = {c.day: c for c in KeyItemCheck.select().where(KeyItemCheck.item == item.id)}
    for day, check in have.items():
        if day not in wanted:
            delete(actor, check, f"{label}：取消督查时间 {day}")
    for day in wanted:
        if day not in have:
            insert(actor, KeyItemCheck, f"{label}：督查时间 {day}", item=item.id, day=day)


def _transition(actor: Actor, item_id: int, to_state: str, day: dt.date, reason: str,
                need_reason: bool, verb: str, from_states: Sequence[str] = STATES) -> KeyItem:
    item = KeyItem.get_or_none(KeyItem.id == item_id)
    if item is None:
        raise WorkflowError("该事项不存在（可能已被删除），请刷新后重试。")
    if to_state not in TRANSITIONS[item.state] or item.state not in from_states:
        raise WorkflowError(f"事项当前为“{item.state}”，不能{verb}。")
    reason = (reason or "").strip()
    if need_reason and not reason:
        raise WorkflowError(f"{verb}须填写原因。")
    if not isinstance(day, dt.date):
        raise WorkflowError("请填写状态变更的日期。")
    if item.state_since is not None and day < item.state_since:
        raise WorkflowError(
            f"日期 {day.isoformat()} 早于上一次状态变更（{item.state_since.isoformat()}），请改正。")
    summary = f"{verb}：第{item.number}项 {item.title}" + (f"（{reason}）" if reason else "")
    insert(actor, KeyItemState, summary, item=item.id, from_state=item.state, to_state=to_state,
           day=day, reason=reason, recorded_by=actor.name)
    return update(actor, item, summary=summary, action="state", state=to_state, state_since=day)


@workflow()
def start_item(actor: Actor, item_id: int, day: dt.date, reason: str = "") -> KeyItem:
    """未启动 → 推进中: work on the item has begun."""
    return _transition(actor, item_id, IN_PROGRESS, day, reason, False, "开始推进", (NOT_STARTED,))


@workflow()
def complete_item(actor: Actor, item_id: int, day: dt.date, reason: str = "") -> KeyItem:
    """→ 已完成: the item is done (its light turns grey)."""
    return _transition(actor, item_id, COMPLETED, day, reason, False, "标记完成")


@workflow()
def stop_item(actor: Actor, item_id: int, day: dt.date, reason: str) -> KeyItem:
    """→ 已中止: the committee dropped or suspended the item (reason required)."""
    return _transition(actor, item_id, STOPPED, day, reason, True, "中止")


@workflow()
def reopen_item(actor: Actor, item_id: int, day: dt.date, reason: str) -> KeyItem:
    """已完成/已中止 → 推进中: a completion did not hold, or work resumes (reason required)."""
    return _transition(actor, item_id, IN_PROGRESS, day, reason, True, "恢复推进", FINISHED_STATES)


STATE_WORKFLOWS = {IN_PROGRESS: start_item, COMPLETED: complete_item, STOPPED: stop_item}


def change_state(actor: Actor, item_id: int, to_state: str, day: dt.date, reason: str = "") -> KeyItem:
    """Dispatch to the one workflow for the move to ``to_state``."""
    item = KeyItem.get_by_id(item_id)
    if to_state == IN_PROGRESS and item.state in FINISHED_STATES:
        return reopen_item(actor, item_id, day, reason)
    fn = STATE_WORKFLOWS.get(to_state)
    if fn is None:
        raise WorkflowError(f"不能把事项改为“{to_state}”。")
    return fn(actor, item_id, day, reason)


@workflow()
def recompute_deadlines(actor: Actor, cal: WorkCalendar) -> int:
    """Recompute provisional working-day deadlines now that the calendar may be entered."""
    changed = 0
    for item in KeyItem.select().where(KeyItem.deadline_provisional == True):  # noqa: E712
        if item.deadline_days is None or item.assigned_on is None:
            continue
        d = compute_deadline(cal, item.assigned_on, item.deadline_days)
        if d.date != item.deadline or d.provisional != item.deadline_provisional:
            update(actor, item, summary=f"按工作日历重算完成时限：第{item.number}项",
                   deadline=d.date, deadline_provisional=d.provisional)
            changed += 1
    return changed


def responsible_unit_ids(item_id: int) -> list[int]:
    """The responsible units of an item (not the lead)."""
    return [u for (u,) in KeyItemUnit.select(KeyItemUnit.unit).where(KeyItemUnit.item == item_id).tuples()]


def reporting_units(item_ids: Iterable[int]) -> dict[int, list[int]]:
    """Every unit that reports on each item: the lead first, then the responsible units."""
    ids = list(item_ids)
    out: dict[int, list[int]] = {}
    for iid, lead in KeyItem.select(KeyItem.id, KeyItem.lead_unit).where(KeyItem.id.in_(ids)).tuples():
        out[iid] = [lead]
    for iid, uid in KeyItemUnit.select(KeyItemUnit.item, KeyItemUnit.unit).where(
            KeyItemUnit.item.in_(ids)).tuples():
        out.setdefault(iid, []).append(uid)
    return out


def check_days(item_id: int) -> list[dt.date]:
    """The scheduled supervision dates of an item, in order."""
    return [d for (d,) in KeyItemCheck.select(KeyItemCheck.day).where(
        KeyItemCheck.item == item_id).order_by(KeyItemCheck.day).tuples()]


def state_history(item_id: int) -> list[KeyItemState]:
    """The item's state changes, oldest first."""
    return list(KeyItemState.select().where(KeyItemState.item == item_id).order_by(KeyItemState.id))


#: Sortable columns of the items table, by key.
SORT_COLUMNS = {
    "number": KeyItem.number, "title": KeyItem.title, "source": KeyItem.source,
    "units": KeyItem.unit_names, "deadline": KeyItem.deadline, "state": KeyItem.state,
    "performance": KeyItem.performance,
}


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def query_items(plan_id: int, text: str = "", order: str = "number", descending: bool = False,
                states: Sequence[str] = (), overseer_id: int | None = None) -> peewee.ModelSelect:
    """Items of a plan filtered by a Chinese substring of title/content/units, sorted in SQL.

    ``overseer_id`` (分管领导): only items that leader oversees — the item itself, or its
    lead unit or one of its responsible units.
    """
    sel = KeyItem.select().where(KeyItem.plan == plan_id)
    if overseer_id is not None:
        sel = sel.where(peewee.SQL(
            "(t1.overseer_id = ? OR t1.lead_unit_id IN (SELECT id FROM unit WHERE overseer_id = ?) "
            "OR t1.id IN (SELECT k.item_id FROM key_item_unit k JOIN unit u ON u.id = k.unit_id "
            "WHERE u.overseer_id = ?))", (overseer_id, overseer_id, overseer_id)))
    for word in (text or "").split():
        pattern = _like(word)
        sel = sel.where(peewee.SQL("(t1.title LIKE ? ESCAPE '\\' OR t1.content LIKE ? ESCAPE '\\' "
                                   "OR t1.unit_names LIKE ? ESCAPE '\\')", (pattern, pattern, pattern)))
    if states:
        sel = sel.where(KeyItem.state.in_(list(states)))
    column = SORT_COLUMNS.get(order, KeyItem.number)
    sel = sel.order_by(column.desc() if descending else column.asc(), KeyItem.number)
    return sel
