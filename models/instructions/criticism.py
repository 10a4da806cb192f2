"""Circulated criticism notices (通报批评): the record and the selection it came from.

The rules in :mod:`models.instructions.rules` put candidates forward; the clerk reviews
them, selects some and creates a notice record naming the units, the matters with their
deadlines, how each was mishandled, and what they must do by when, with its 主送 and
抄送. The printed notice is made from this record by the documents area.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import peewee

from models.calendar.store import load_calendar
from models.core import settings
from models.core.actors import Actor
from models.core.base import BaseModel, VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import insert, update, workflow
from models.instructions import records as m
from models.instructions.rules import (
    Candidate,
    InstructionFacts,
    criticism_candidates,
    latest_late_deadline,
)
from models.reference.directory import Unit

DRAFT, ISSUED = "草稿", "已印发"


class Criticism(VersionedModel):
    """通报批评: one notice record."""

    title = peewee.CharField()
    created_on = peewee.DateField()
    required_by = peewee.DateField()
    requirement = peewee.TextField()
    main_to = peewee.TextField(default="")
    copy_to = peewee.TextField(default="")
    state = peewee.CharField(default=DRAFT)
    issued_on = peewee.DateField(null=True)

    class Meta:
        table_name = "criticism"


class CriticismItem(BaseModel):
    """One unit's mishandled matter named in a notice."""

    criticism = peewee.ForeignKeyField(Criticism, backref="items", column_name="criticism_id",
                                       on_delete="CASCADE")
    instruction = peewee.ForeignKeyField(m.Instruction, column_name="instruction_id")
    assignment = peewee.ForeignKeyField(m.Assignment, null=True, column_name="assignment_id")
    unit = peewee.ForeignKeyField(Unit, column_name="unit_id")
    matter = peewee.TextField()
    deadline = peewee.DateField(null=True)
    mishandling = peewee.TextField()

    class Meta:
        table_name = "criticism_item"


def current_candidates(today: dt.date, facts: Sequence[InstructionFacts] | None = None) -> list[Candidate]:
    """The candidates on ``today`` under the office's N and K settings.

    Only the items :func:`models.instructions.records.candidate_ids` selects can be put forward,
    so just those are read; a caller that already holds their facts (among others) may
    pass them.
    """
    k = settings.get(m.CRITICISM_REMINDERS)
    if facts is None:
        facts = m.load_facts(m.candidate_ids(today, k))
    return criticism_candidates(facts, today, load_calendar(), settings.get(m.CRITICISM_OVERDUE_DAYS), k)


def first_candidates(today: dt.date, limit: int) -> tuple[int, list[Candidate]]:
    """How many candidates :func:`current_candidates` gives on ``today``, and its first
    ``limit`` — counted and chosen in the database, judged and worded by the rule on the
    facts of those few items only."""
    cal = load_calendar()
    overdue_days, k = settings.get(m.CRITICISM_OVERDUE_DAYS), settings.get(m.CRITICISM_REMINDERS)
    total, pairs = m.candidate_assignments(today, latest_late_deadline(cal, today, overdue_days), k, limit)
    chosen = {aid for _, aid in pairs}
    facts = m.load_facts(sorted({iid for iid, _ in pairs}))
    found = [c for c in criticism_candidates(facts, today, cal, overdue_days, k) if c.assignment_id in chosen]
    return total, found


def already_named(instruction_id: int, unit_id: int) -> bool:
    """Whether a unit was already named for this instruction in some notice."""
    return CriticismItem.select().where((CriticismItem.instruction == instruction_id)
                                        & (CriticismItem.unit == unit_id)).exists()


@workflow()
def create_criticism(actor: Actor, candidates: Sequence[Candidate], on: dt.date, required_by: dt.date,
                     requirement: str, title: str = "", main_to: str = "", copy_to: str = "") -> Criticism:
    """Create a notice record from the selected candidates."""
    if not candidates:
        raise WorkflowError("请至少选择一个拟通报的单位。")
    requirement = (requirement or "").strip()
    if not requirement:
        raise WorkflowError("请填写整改要求（须在何时前做到什么）。")
    if required_by <= on:
        raise WorkflowError(f"整改期限须晚于通报日期 {on.isoformat()}。")
    units = []
    for c in candidates:
        a = m.Assignment.get_or_none(m.Assignment.id == c.assignment_id)
        if a is None:
            raise WorkflowError(f"“{c.unit}”在 {c.number} 的交办记录已不存在，请刷新候选名单。")
        units.append(a.unit)
    names = list(dict.fromkeys(u.name for u in units))
    title = (title or "").strip() or f"关于对{'、'.join(u.short_name or u.name for u in dict.fromkeys(units))}办理领导批示件不力的通报"
    notice = insert(actor, Criticism, f"通报批评：{title}", title=title, created_on=on, required_by=required_by,
                    requirement=requirement, main_to=(main_to or "").strip() or "、".join(names),
                    copy_to=(copy_to or "").strip(), state=DRAFT)
    for c, unit in zip(candidates, units, strict=True):
        insert(actor, CriticismItem, f"通报批评 {c.number} {unit.name}", criticism=notice.id,
               instruction=c.instruction_id, assignment=c.assignment_id, unit=unit.id,
               matter=f"{c.number} {c.matter}", deadline=c.deadline, mishandling=c.mishandling)
        ins = m.Instruction.get_by_id(c.instruction_id)
        insert(actor, m.InstructionEvent, f"{ins.number} 通报批评", instruction=ins.id, on_date=on,
               kind="通报批评", text=f"{unit.name}被列入通报批评：{c.mishandling}", done_by=actor.name)
    return notice


@workflow()
def issue_criticism(actor: Actor, criticism_id: int, on: dt.date) -> Criticism:
    """Mark a draft notice as issued (印发)."""
    notice = Criticism.get_by_id(criticism_id)
    if notice.state != DRAFT:
        raise WorkflowError(f"该通报已于 {notice.issued_on} 印发，不能重复印发。")
    return update(actor, notice, None, f"印发通报批评：{notice.title}", action="issue", state=ISSUED, issued_on=on)


def criticism_items(criticism_id: int) -> list[CriticismItem]:
    """The items of one notice, in the order they were selected."""
    return list(CriticismItem.select().where(CriticismItem.criticism == criticism_id).order_by(CriticismItem.id))


def criticism_records() -> list[tuple[Criticism, list[str], int]]:
    """Every notice, newest first, with the units it names (in selection order) and its
    number of matters."""
    notices = list(Criticism.select().order_by(Criticism.created_on.desc(), Criticism.id.desc()))
    units: dict[int, list[str]] = {}
    matters: dict[int, int] = {}
    for cid, short, name in (CriticismItem.select(CriticismItem.criticism, Unit.short_name, Unit.name)
                             .join(Unit).order_by(CriticismItem.id).tuples()):
        names = units.setdefault(cid, [])
        label = short or name
        if label not in names:
            names.append(label)
        matters[cid] = matters.get(cid, 0) + 1
    return [(c, units.get(c.id, []), matters.get(c.id, 0)) for c in notices]


@workflow()
def update_criticism(actor: Actor, criticism_id: int, expected_version: int | None, *, title: str,
                     requirement: str, required_by: dt.date, main_to: str, copy_to: str = "") -> Criticism:
    """Edit the text of a draft notice: title, what is required (整改要求), by when, 主送
    and 抄送. An issued notice is a sent document and is never changed."""
    notice = Criticism.get_or_none(Criticism.id == criticism_id)
    if notice is None:
        raise WorkflowError("该通报批评记录已不存在，请刷新列表。")
    if notice.state != DRAFT:
        raise WorkflowError(f"该通报已于 {notice.issued_on} 印发，不能再修改；如需更正，请另行生成新的通报批评记录。")
    title, requirement = (title or "").strip(), (requirement or "").strip()
    main_to, copy_to = (main_to or "").strip(), (copy_to or "").strip()
    if not title:
        raise WorkflowError("请填写通报标题。")
    if not requirement:
        raise WorkflowError("请填写整改要求（须在何时前做到什么）。")
    if not main_to:
        raise WorkflowError("请填写主送单位。")
    if required_by <= notice.created_on:
        raise WorkflowError(f"整改期限须晚于通报日期 {notice.created_on.isoformat()}。")
    return update(actor, notice, expected_version, f"修改通报批评：{title}", title=title, requirement=requirement,
                  required_by=required_by, main_to=main_to, copy_to=copy_to)
