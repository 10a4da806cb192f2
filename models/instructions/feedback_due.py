"""Who has not answered: each 反馈表 sent, the dates its answers are due, and the
missing (缺报) and late (迟报) answers.

Every form made for a unit (``export feedback``, 批示件 → 反馈表 → 导出) is recorded
with its batch, kind and due dates (:func:`record_sent`); the rules of
:mod:`models.instructions.rules` (:func:`~models.instructions.rules.form_due_dates`,
:func:`~models.instructions.rules.form_lapses`) judge them on the facts read here. The
工作台 lists them, the queue filters on them, 绩效考评 counts them, and
:func:`remind_missing` makes the 催办 for the units still silent.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import peewee

from models.calendar.store import load_calendar
from models.core import settings
from models.core.actors import Actor
from models.core.base import BaseModel
from models.core.errors import WorkflowError
from models.core.workflow import insert, workflow
from models.instructions import records as m
from models.instructions import rules as ir
from models.instructions import workflow as wf
from models.instructions.feedback import FeedbackForm
from models.instructions.states import COMPLETED, HANDLING_STATES, REPORTED, REVIEWED, sql_in
from models.reference.directory import Unit


class SentForm(BaseModel):
    """A 反馈表 sent to one unit: when, in which batch, of which kind, due when."""

    batch = peewee.IntegerField()
    sent_on = peewee.DateField()
    assignment = peewee.ForeignKeyField(m.Assignment, column_name="assignment_id", on_delete="CASCADE")
    instruction = peewee.ForeignKeyField(m.Instruction, column_name="instruction_id", on_delete="CASCADE")
    unit = peewee.ForeignKeyField(Unit, column_name="unit_id")
    kind = peewee.CharField()
    sign_due = peewee.DateField(null=True)
    due_on = peewee.DateField()
    file_name = peewee.TextField(default="")

    class Meta:
        table_name = "instruction_feedback_form"


@workflow()
def record_sent(actor: Actor, forms: Sequence[FeedbackForm], today: dt.date, reply_days: int) -> list[SentForm]:
    """Record the forms just written as one batch (the rows, in the forms' order).

    ``reply_days``: the working days a 催办 gives for the written reply (the office's
    催办通知 setting, read by the caller, so that the form and the notice agree).
    """
    if not forms:
        raise WorkflowError("没有要登记的反馈表。")
    cal = load_calendar()
    signoff_days = int(settings.get(m.SIGNOFF_DAYS))
    batch = (SentForm.select(peewee.fn.MAX(SentForm.batch)).scalar() or 0) + 1
    rows = []
    for f in forms:
        a = m.Assignment.get_by_id(f.assignment_id)
        sign_due, due = ir.form_due_dates(f.kind, cal, today, a.assigned_on, f.deadline, signoff_days, reply_days,
                                           signed=a.signed_on is not None)
        what = f"应于 {sign_due.isoformat()} 前签收，" if sign_due else ""
        rows.append(insert(actor, SentForm, f"{f.number} 向{f.unit}发出反馈表（{f.kind}，第{batch}批）：{what}"
               f"应于 {due.isoformat()} 前反馈", batch=batch, sent_on=today, assignment=a.id,
               instruction=f.instruction_id, unit=a.unit_id, kind=f.kind, sign_due=sign_due, due_on=due,
               file_name=f.file_name))
    return rows


def due_text(row: SentForm) -> str:
    """"应于 2014-11-05 前签收，2014-11-20 前反馈" (what the clerk is told on export)."""
    sign = f"{row.sign_due.isoformat()} 前签收，" if row.sign_due else ""
    return f"应于 {sign}{row.due_on.isoformat()} 前反馈"


def _day(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


def _forms(open_only: bool, sent_until: dt.date | None = None) -> list[ir.SentForm]:
    from models.core.db import database

    sql = ("SELECT f.id, f.assignment_id, f.instruction_id, i.number, COALESCE(NULLIF(i.matter, ''), "
           "NULLIF(i.source_title, ''), substr(i.text, 1, 30)), COALESCE(NULLIF(u.short_name, ''), u.name), "
           "f.kind, f.sent_on, f.sign_due, f.due_on "
           "FROM instruction_feedback_form f JOIN instruction i ON i.id = f.instruction_id "
           "JOIN instruction_assignment a ON a.id = f.assignment_id JOIN unit u ON u.id = a.unit_id")
    conds, params = [], []
    if open_only:
        conds.append(f"i.state IN {sql_in(HANDLING_STATES)} AND a.replaced_on IS NULL")
    if sent_until is not None:
        conds.append("f.sent_on <= ?")
        params.append(sent_until.isoformat())
    if conds:
        sql += " WHERE " + " AND ".join(conds)
    return [ir.SentForm(fid, aid, iid, number, matter or "", unit or "", kind, _day(sent), _day(sign), _day(due))
            for fid, aid, iid, number, matter, unit, kind, sent, sign, due in database().execute_sql(sql, params).fetchall()]


def answer_facts(assignment_ids: Sequence[int]) -> dict[int, ir.AnswerFacts]:
    """What each unit answered on each of ``assignment_ids`` (see :class:`AnswerFacts`)."""
    from models.core.db import database

    if not assignment_ids:
        return {}
    ids = json.dumps(sorted({int(i) for i in assignment_ids}))
    db = database()
    answers: dict[int, list[dt.date]] = {}
    for aid, day in db.execute_sql(
            "SELECT assignment_id, reported_on FROM instruction_progress "
            "WHERE assignment_id IN (SELECT value FROM json_each(?)) UNION ALL "
            "SELECT assignment_id, reported_on FROM instruction_completion_report "
            "WHERE assignment_id IN (SELECT value FROM json_each(?))", [ids, ids]).fetchall():
        answers.setdefault(aid, []).append(_day(day))
    reminded = dict(db.execute_sql(
        "SELECT assignment_id, MAX(reminded_on) FROM instruction_reminder "
        "WHERE assignment_id IN (SELECT value FROM json_each(?)) GROUP BY assignment_id", [ids]).fetchall())
    out = {}
    for aid, is_lead, signed, deadline, replaced, state, completed, stopped, reported in db.execute_sql(
            "SELECT a.id, a.is_lead, a.signed_on, a.deadline, a.replaced_on, i.state, i.completed_on, "
            "i.stopped_on, i.reported_on FROM instruction_assignment a JOIN instruction i ON i.id = a.instruction_id "
            "WHERE a.id IN (SELECT value FROM json_each(?))", [ids]).fetchall():
        days = answers.get(aid, [])
        if is_lead and completed is not None and state in (COMPLETED, REVIEWED, REPORTED):
            days.append(_day(completed))
        closed = None
        if state not in HANDLING_STATES:
            closed = _day(completed) or _day(stopped) or _day(reported)
        if replaced is not None:
            closed = min(c for c in (closed, _day(replaced)) if c is not None)
        out[aid] = ir.AnswerFacts(_day(signed), tuple(sorted(days)), closed, _day(deadline), _day(reminded.get(aid)))
    return out


def lapses(today: dt.date, open_only: bool = True, sent_until: dt.date | None = None) -> list[ir.Lapse]:
    """The late and missing answers on ``today``; ``open_only``: of the matters still being
    handled by units not replaced (the 工作台 and the queue), else of every form (绩效考评).
    ``sent_until``: only forms made by then — all that can have an answer due by then,
    since none is due before its form is made."""
    forms = _forms(open_only, sent_until)
    return ir.form_lapses(forms, answer_facts([f.assignment_id for f in forms]), today)


def listed_lapses(today: dt.date) -> list[ir.Lapse]:
    """What the 工作台 lists: missing answers first (longest missing first), then late ones."""
    return [lp for lp in lapses(today) if lp.listed]


def lapsed_instruction_ids(today: dt.date, status: str | None = None) -> list[int]:
    """The matters with a listed 缺报 or 迟报 answer (``status`` one of them, or either)."""
    return sorted({lp.form.instruction_id for lp in listed_lapses(today) if status in (None, lp.status)})


@workflow()
def remind_missing(actor: Actor, on: dt.date, assignment_ids: Sequence[int] | None = None) -> int:
    """催办 every unit whose answer is missing and that was not reminded since it fell due
    (or those of ``assignment_ids``): one written 催办 each, naming the form and the day it
    was due. Returns how many units were reminded; all or nothing."""
    chosen: dict[int, ir.Lapse] = {}
    for lp in listed_lapses(on):
        if lp.remind and (assignment_ids is None or lp.form.assignment_id in assignment_ids):
            chosen.setdefault(lp.form.assignment_id, lp)
    if not chosen:
        raise WorkflowError("没有需要催办的未反馈单位：到期未反馈的单位都已催办过，或均已反馈。")
    for aid, lp in chosen.items():
        wf.remind(actor, aid, on, "书面", f"反馈表（{lp.form.kind}）应于 {lp.due.isoformat()} 前{lp.what}，"
                  "至今未收到，请尽快报送")
    return len(chosen)
