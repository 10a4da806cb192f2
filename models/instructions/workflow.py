"""Every state change of a leader's instruction: one workflow function per transition.

登记 → 立项 (或 不立项) → 交办 → 签收 → 办理中 → 办结 → 回访复核 (不通过 → 办理中) → 报结,
besides 催办, 延期 (request and decision), 追加/更换承办单位, 中止/撤销 and attachments. Each function checks
that the step is legal in the item's current state (:data:`ALLOWED`), writes the change,
a history event and the audit rows in one transaction, or refuses in Chinese.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from models.calendar.store import load_calendar
from models.calendar.workdays import WorkCalendar, compute_deadline
from models.core import file_store
from models.core.actors import Actor
from models.core.errors import WorkflowError
from models.core.workflow import insert, update, workflow
from models.instructions import records as m
from models.reference.directory import Leader, Unit, normalize_level

ACTION_LABELS: dict[str, str] = {
    "edit": "修改登记信息", "accept": "立项", "reject": "不立项", "assign": "交办",
    "sign": "签收", "progress": "报送进展", "remind": "催办", "request_extension": "申请延期",
    "decide_extension": "审批延期", "complete": "办结", "review": "回访复核",
    "report_back": "报结", "stop": "中止/撤销", "attach": "添加附件",
    "add_unit": "追加承办单位", "replace_unit": "更换承办单位", "report_completion": "报送办结",
}

#: The states in which each action may be taken.
ALLOWED: dict[str, tuple[str, ...]] = {
    "edit": (m.REGISTERED, m.ACCEPTED, m.ASSIGNED, m.IN_PROGRESS, m.COMPLETED),
    "accept": (m.REGISTERED,),
    "reject": (m.REGISTERED,),
    "assign": (m.ACCEPTED,),
    "sign": m.HANDLING_STATES,
    "progress": m.HANDLING_STATES,
    "report_completion": m.HANDLING_STATES,
    "remind": m.HANDLING_STATES,
    "request_extension": m.HANDLING_STATES,
    "decide_extension": m.HANDLING_STATES,
    "complete": (m.IN_PROGRESS,),
    "review": (m.COMPLETED,),
    "report_back": (m.REVIEWED,),
    "stop": (m.REGISTERED, m.ACCEPTED, m.ASSIGNED, m.IN_PROGRESS),
    "attach": tuple(m.STATES),
    # Units change only while they are working: not once the matter is 办结, 复核 or 报结.
    "add_unit": m.HANDLING_STATES,
    "replace_unit": m.HANDLING_STATES,
}

_NEXT_STEP_HINT = {
    m.REGISTERED: "请先立项。", m.ACCEPTED: "请先交办给承办单位。",
    m.ASSIGNED: "请先由牵头单位签收。", m.IN_PROGRESS: "请等待承办单位办结。",
    m.COMPLETED: "请先进行回访复核。", m.REVIEWED: "请报结。",
    m.REPORTED: "该件已报结，流程已结束。", m.REJECTED: "该件未立项，流程已结束。",
    m.SUSPENDED: "该件已中止，流程已结束。", m.CANCELLED: "该件已撤销，流程已结束。",
}


def allowed_actions(state: str, *, unsigned: bool = False, pending_extension: bool = False,
                    signed: bool = True) -> list[str]:
    """The actions the detail view may offer for an item in ``state`` (pure).

    ``unsigned``: some assignment is not yet signed for; ``pending_extension``: an
    extension request awaits decision; ``signed``: at least one unit has signed
    (progress and a unit's 办结报告 need a signed unit).
    """
    out = []
    for action, states in ALLOWED.items():
        if state not in states:
            continue
        if action == "sign" and not unsigned:
            continue
        if action == "decide_extension" and not pending_extension:
            continue
        if action in ("progress", "report_completion") and not signed:
            continue
        out.append(action)
    return out


def check_allowed(number: str, state: str, action: str) -> None:
    """Refuse ``action`` on the item ``number`` in ``state``, naming the next step (pure)."""
    if state not in ALLOWED[action]:
        raise WorkflowError(
            f"批示件 {number} 当前状态为“{state}”，不能{ACTION_LABELS[action]}。"
            f"{_NEXT_STEP_HINT.get(state, '')}")


def _check(ins: m.Instruction, action: str) -> None:
    check_allowed(ins.number, ins.state, action)


def _get(instruction_id: int) -> m.Instruction:
    ins = m.Instruction.get_or_none(m.Instruction.id == instruction_id)
    if ins is None:
        raise WorkflowError(f"找不到编号为 {instruction_id} 的批示件（可能已被删除），请刷新列表。")
    return ins


def _assignment(assignment_id: int) -> m.Assignment:
    a = m.Assignment.get_or_none(m.Assignment.id == assignment_id)
    if a is None:
        raise WorkflowError("找不到该交办记录，请刷新后重试。")
    return a


def _current(a: m.Assignment) -> m.Assignment:
    """Refuse a step for a unit that has been replaced (更换): it no longer handles the matter."""
    if a.replaced_on is not None:
        successor = a.replaced_by.unit.name if a.replaced_by_id else "其他单位"
        raise WorkflowError(f"“{a.unit.name}”已于 {a.replaced_on.isoformat()} 更换为“{successor}”，"
                            "不再承办本件。请对接替的单位办理。")
    return a


def _date(value: dt.date | None, what: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise WorkflowError(f"请填写{what}。")
    return value


def not_before(day: dt.date, earlier: dt.date | None, what: str, earlier_what: str) -> None:
    """Refuse a step dated before the one it follows (pure)."""
    if earlier is not None and day < earlier:
        raise WorkflowError(f"{what}（{day.isoformat()}）不能早于{earlier_what}（{earlier.isoformat()}）。")


def _text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise WorkflowError(f"请填写{what}。")
    return text


def _event(actor: Actor, ins: m.Instruction, on: dt.date, kind: str, text: str = "") -> None:
    insert(actor, m.InstructionEvent, f"{ins.number} {kind}", instruction=ins.id, on_date=on,
           kind=kind, text=text, done_by=actor.name)


def _change(actor: Actor, ins: m.Instruction, action: str, summary: str, **changes) -> m.Instruction:
    if "state" in changes:
        changes["queue_rank"] = m.queue_rank(changes["state"])
    fresh = update(actor, ins, None, f"{ins.number} {summary}", action=action, **changes)
    if "unit_names" in changes:
        _reindex(fresh)
    return m.Instruction.get_by_id(ins.id)


def _reindex(ins: m.Instruction) -> None:
    # The search column is derived from audited fields, so it is not audited itself.
    full = [a.unit.name for a in m.assignments_of(ins.id)]
    m.Instruction.update(search=m.search_text(ins, full)).where(m.Instruction.id == ins.id).execute()


def _leader(level: str, name: str) -> Leader | None:
    if not name:
        return None
    leader = Leader.get_or_none(Leader.name == name)
    if leader is not None and leader.level != level:
        raise WorkflowError(f"领导“{name}”登记为{m.LEVEL_LABELS[leader.level]}，与所填层级"
                            f"“{m.LEVEL_LABELS[level]}”不符，请核对。")
    return leader


# ---------------------------------------------------------------- 登记

@workflow()
def register(actor: Actor, data: m.InstructionData) -> m.Instruction:
    """登记: log a received instruction and give it a registration number."""
    values = data.cleaned()
    leader = _leader(values["level"], values["leader_name"])
    year = values["received_on"].year
    number = (data.number or "").strip()
    if number:
        if m.Instruction.select().where(m.Instruction.number == number).exists():
            raise WorkflowError(f"登记编号“{number}”已被使用，请改用其他编号或留空自动生成。")
        parsed = m.parse_number(m.settings.get(m.NUMBER_PATTERN), number)
        seq = None
        if parsed is not None:
            year, seq = parsed
            if m.Instruction.select().where((m.Instruction.number_year == year)
                                            & (m.Instruction.number_seq == seq)).exists():
                seq = None
    else:
        number, seq = m.next_number(year)
    ins = insert(actor, m.Instruction, f"登记批示件 {number}", number=number, number_year=year,
                 number_seq=seq, leader=leader, state=m.REGISTERED,
                 queue_rank=m.queue_rank(m.REGISTERED), **values)
    _reindex(ins)
    _event(actor, ins, values["received_on"], "登记",
           f"{m.LEVEL_LABELS[values['level']]}{values['leader_name']}批示，登记编号 {number}")
    return m.Instruction.get_by_id(ins.id)


@workflow()
def edit(actor: Actor, instruction_id: int, data: m.InstructionData,
         expected_version: int | None = None) -> m.Instruction:
    """Correct the logged fields of an instruction (number, state and history unchanged)."""
    ins = _get(instruction_id)
    _check(ins, "edit")
    values = data.cleaned()
    leader = _leader(values["level"], values["leader_name"])
    fresh = update(actor, ins, expected_version, f"修改批示件 {ins.number}", leader=leader, **values)
    _reindex(fresh)
    _event(actor, ins, values["received_on"], "修改", "修改登记信息")
    return m.Instruction.get_by_id(ins.id)


# ---------------------------------------------------------------- 立项 / 不立项

@workflow()
def accept(actor: Actor, instruction_id: int, on: dt.date, note: str = "") -> m.Instruction:
    """立项: take the instruction up for supervision."""
    ins = _get(instruction_id)
    _check(ins, "accept")
    on = _date(on, "立项日期")
    not_before(on, ins.received_on, "立项日期", "登记日期")
    ins = _change(actor, ins, "accept", "立项", state=m.ACCEPTED, accepted_on=on)
    _event(actor, ins, on, "立项", (note or "").strip())
    return ins


@workflow()
def reject(actor: Actor, instruction_id: int, on: dt.date, reason: str) -> m.Instruction:
    """不立项: decline to take it up, with the reason."""
    ins = _get(instruction_id)
    _check(ins, "reject")
    on = _date(on, "日期")
    reason = _text(reason, "不立项的理由")
    not_before(on, ins.received_on, "不立项日期", "登记日期")
    ins = _change(actor, ins, "reject", "不立项", state=m.REJECTED, decision_reason=reason)
    _event(actor, ins, on, "不立项", reason)
    return ins


# ---------------------------------------------------------------- 交办

@dataclass(frozen=True)
class AssignmentSpec:
    """One unit to assign to, with its deadline as a date or as N working days."""

    unit_id: int
    deadline: dt.date | None = None
    days: int | None = None


def _deadline(on: dt.date, spec: AssignmentSpec) -> tuple[dt.date, bool]:
    return assignment_deadline(on, spec, load_calendar())


def assignment_deadline(on: dt.date, spec: AssignmentSpec, cal: WorkCalendar) -> tuple[dt.date, bool]:
    """A unit's deadline when assigned on ``on`` and whether it is provisional (pure: the
    calendar is passed in); refuses a date before ``on`` or a count below one."""
    if spec.deadline is not None and spec.days is not None:
        raise WorkflowError("办理时限请二选一：填具体日期，或填工作日数。")
    if spec.deadline is not None:
        if spec.deadline < on:
            raise WorkflowError(f"办理时限 {spec.deadline.isoformat()} 早于交办日期 {on.isoformat()}，请核对。")
        return spec.deadline, not cal.is_known(spec.deadline)
    if spec.days is None:
        raise WorkflowError("请填写办理时限：具体日期，或交办后 N 个工作日。")
    if spec.days < 1:
        raise WorkflowError("办理时限的工作日数须至少为 1。")
    d = compute_deadline(cal, on, spec.days)
    return d.date, d.provisional


def deadline_phrase(deadline: dt.date, days: int | None, provisional: bool) -> str:
    """"N个工作日内，即 … 前办结" or "… 前办结", as the history says it (pure)."""
    when = f"{days}个工作日内，即 {deadline.isoformat()} 前" if days else f"{deadline.isoformat()} 前"
    return when + "办结" + ("（暂定：该年节假日安排未录入）" if provisional else "")


@workflow()
def assign(actor: Actor, instruction_id: int, on: dt.date, specs: Sequence[AssignmentSpec]) -> m.Instruction:
    """交办: give the instruction to a lead unit (the first spec) and any co-units."""
    ins = _get(instruction_id)
    _check(ins, "assign")
    on = _date(on, "交办日期")
    not_before(on, ins.accepted_on, "交办日期", "立项日期")
    if not specs:
        raise WorkflowError("请至少选择一个牵头单位。")
    seen: set[int] = set()
    labels: list[str] = []
    lead_deadline: tuple[dt.date, bool] | None = None
    cal = load_calendar()
    for i, spec in enumerate(specs):
        unit = Unit.get_or_none(Unit.id == spec.unit_id)
        if unit is None:
            raise WorkflowError("所选单位不存在，请刷新后重新选择。")
        if not unit.active:
            raise WorkflowError(f"“{unit.name}”已停用，不能交办。")
        if unit.id in seen:
            raise WorkflowError(f"“{unit.name}”重复出现，每个单位只能交办一次。")
        seen.add(unit.id)
        deadline, provisional = assignment_deadline(on, spec, cal)
        insert(actor, m.Assignment, f"{ins.number} 交办 {unit.name}", instruction=ins.id, unit=unit.id,
               is_lead=i == 0, assigned_on=on, deadline=deadline, original_deadline=deadline,
               deadline_days=spec.days, provisional=provisional)
        labels.append(m.unit_label(unit))
        if i == 0:
            lead_deadline = (deadline, provisional)
        _event(actor, ins, on, "交办", f"{'牵头' if i == 0 else '协办'}：{unit.name}，"
               f"{deadline_phrase(deadline, spec.days, provisional)}")
    assert lead_deadline is not None
    return _change(actor, ins, "assign", "交办", state=m.ASSIGNED, deadline=lead_deadline[0],
                   deadline_provisional=lead_deadline[1], unit_names="、".join(labels))


# ---------------------------------------------------------------- 追加 / 更换承办单位

def _new_unit(ins: m.Instruction, unit_id: int) -> Unit:
    """A unit that may be given this instruction now: known, active, not already on it."""
    unit = Unit.get_or_none(Unit.id == unit_id)
    if unit is None:
        raise WorkflowError("所选单位不存在，请刷新后重新选择。")
    if not unit.active:
        raise WorkflowError(f"“{unit.name}”已停用，不能交办。")
    held = m.Assignment.get_or_none((m.Assignment.instruction == ins.id) & (m.Assignment.unit == unit.id))
    if held is not None and held.replaced_on is None:
        raise WorkflowError(f"“{unit.name}”已是本件的{held.role}单位，无需再交办。")
    if held is not None:
        raise WorkflowError(f"“{unit.name}”曾承办本件，已于 {held.replaced_on.isoformat()} 被更换，"
                            "不能再次交办给它；请选择其他单位。")
    return unit


def deadline_like(on: dt.date, spec: AssignmentSpec, like: m.Assignment) -> tuple[dt.date, bool, int | None]:
    """(deadline, provisional, working days) of a unit given the matter on ``on``: the
    date or working days in ``spec``; else as many working days from ``on`` as ``like``
    (the original 交办) gave; an original fixed date is kept if it is not already past."""
    if spec.deadline is not None or spec.days is not None:
        return (*_deadline(on, spec), spec.days)
    if like.deadline_days:
        return (*_deadline(on, AssignmentSpec(spec.unit_id, days=like.deadline_days)), like.deadline_days)
    if like.deadline >= on:
        return like.deadline, like.provisional, None
    raise WorkflowError(f"原交办的办理时限 {like.deadline.isoformat()} 已过，请为新单位填写办理时限"
                        "（具体日期或交办后 N 个工作日）。")


@workflow()
def add_unit(actor: Actor, instruction_id: int, on: dt.date, spec: AssignmentSpec,
             reason: str = "") -> m.Assignment:
    """追加承办单位: give an instruction being handled to one more unit, as 协办.

    The unit gets its own deadline (``spec``, else like the lead unit's 交办: as many
    working days from ``on``) and must 签收 itself. The item's deadline, its lead and
    the units already working on it are unchanged. A new lead comes by 更换 of the lead.
    """
    ins = _get(instruction_id)
    _check(ins, "add_unit")
    on = _date(on, "追加日期")
    lead = next(a for a in m.current_assignments(ins.id) if a.is_lead)
    not_before(on, lead.assigned_on, "追加日期", "牵头单位的交办日期")
    unit = _new_unit(ins, spec.unit_id)
    deadline, provisional, days = deadline_like(on, spec, lead)
    row = insert(actor, m.Assignment, f"{ins.number} 追加交办 {unit.name}", instruction=ins.id, unit=unit.id,
                 is_lead=False, assigned_on=on, deadline=deadline, original_deadline=deadline,
                 deadline_days=days, provisional=provisional)
    _change(actor, ins, "add_unit", f"追加承办单位 {unit.name}", unit_names=m.current_unit_names(ins.id))
    reason = (reason or "").strip()
    _event(actor, ins, on, "追加单位", f"追加协办：{unit.name}，{deadline_phrase(deadline, days, provisional)}"
           + (f"。原因：{reason}" if reason else ""))
    return m.Assignment.get_by_id(row.id)


@workflow()
def replace_unit(actor: Actor, assignment_id: int, on: dt.date, spec: AssignmentSpec,
                 reason: str) -> m.Assignment:
    """更换承办单位: take the matter off one unit (e.g. the wrong unit was assigned) and
    give it to another in the same role (牵头 or 协办).

    The replaced unit keeps its row, reminders, progress and history, marked 已更换 from
    ``on``: it answers for no deadline after that day. The new unit gets its own
    deadline (``spec``, else as many working days from ``on`` as the replaced unit's
    交办 gave) and must 签收 itself; a new lead's deadline becomes the item's, and the
    item waits for its sign-off (办理中 → 已交办). A unit with an extension request
    awaiting decision is replaced only after the request is decided.
    """
    old = _current(_assignment(assignment_id))
    ins = _get(old.instruction_id)
    _check(ins, "replace_unit")
    on = _date(on, "更换日期")
    reason = _text(reason, "更换原因")
    not_before(on, old.assigned_on, "更换日期", f"“{old.unit.name}”的交办日期")
    if m.Extension.select().where((m.Extension.assignment == old.id)
                                  & (m.Extension.decision == m.EXT_PENDING)).exists():
        raise WorkflowError(f"“{old.unit.name}”有一项待审批的延期申请，请先审批（批准或不批准）再更换该单位。")
    unit = _new_unit(ins, spec.unit_id)
    deadline, provisional, days = deadline_like(on, spec, old)
    new = insert(actor, m.Assignment, f"{ins.number} 更换交办 {old.unit.name} → {unit.name}", instruction=ins.id,
                 unit=unit.id, is_lead=old.is_lead, assigned_on=on, deadline=deadline, original_deadline=deadline,
                 deadline_days=days, provisional=provisional)
    update(actor, old, None, f"{ins.number} {old.unit.name} 更换为 {unit.name}", action="replace",
           replaced_on=on, replaced_by=new.id, replace_reason=reason)
    changes: dict = {"unit_names": m.current_unit_names(ins.id)}
    if old.is_lead:
        changes.update(deadline=deadline, deadline_provisional=provisional)
        if ins.state == m.IN_PROGRESS:
            changes["state"] = m.ASSIGNED
    _change(actor, ins, "replace_unit", f"更换承办单位 {old.unit.name} → {unit.name}", **changes)
    _event(actor, ins, on, "更换单位",
           f"{old.role}单位由{old.unit.name}更换为{unit.name}（原因：{reason.rstrip('。；;.')}）；{unit.name}{deadline_phrase(deadline, days, provisional)}，"
           "须签收" + ("；办结时限随牵头单位改为 " + deadline.isoformat() if old.is_lead else ""))
    return m.Assignment.get_by_id(new.id)


# ---------------------------------------------------------------- 签收 / 进展

@workflow()
def sign(actor: Actor, assignment_id: int, on: dt.date, signed_by: str) -> m.Assignment:
    """签收: a unit acknowledges receipt; the lead unit's sign-off starts 办理中."""
    a = _current(_assignment(assignment_id))
    ins = _get(a.instruction_id)
    _check(ins, "sign")
    if a.signed_on is not None:
        raise WorkflowError(f"“{a.unit.name}”已于 {a.signed_on.isoformat()} 签收，无需重复签收。")
    on = _date(on, "签收日期")
    signed_by = _text(signed_by, "签收人")
    not_before(on, a.assigned_on, "签收日期", "交办日期")
    update(actor, a, None, f"{ins.number} {a.unit.name} 签收", action="sign", signed_on=on, signed_by=signed_by)
    _event(actor, ins, on, "签收", f"{a.unit.name}（{a.role}）签收，签收人：{signed_by}")
    if a.is_lead and ins.state == m.ASSIGNED:
        _change(actor, ins, "start", "办理中", state=m.IN_PROGRESS)
    return m.Assignment.get_by_id(a.id)


@workflow()
def report_progress(actor: Actor, assignment_id: int, on: dt.date, text: str) -> m.ProgressReport:
    """A unit reports its progress (办理进展)."""
    a = _current(_assignment(assignment_id))
    ins = _get(a.instruction_id)
    _check(ins, "progress")
    if a.signed_on is None:
        raise WorkflowError(f"“{a.unit.name}”尚未签收，请先登记签收再报送进展。")
    on = _date(on, "报送日期")
    text = _text(text, "进展情况")
    not_before(on, a.signed_on, "进展报送日期", "签收日期")
    row = insert(actor, m.ProgressReport, f"{ins.number} {a.unit.name} 报送进展", assignment=a.id,
                 reported_on=on, text=text)
    _event(actor, ins, on, "进展", f"{a.unit.name}：{text}")
    return row


@workflow()
def report_completion(actor: Actor, assignment_id: int, on: dt.date, text: str,
                      evidence: str = "") -> m.CompletionReport:
    """A unit reports it has finished (办结报告), with its evidence list.

    The lead unit's report is the matter's 办结 (the item then awaits the office's
    回访复核); a co-unit's report is kept against its own share only.
    """
    a = _current(_assignment(assignment_id))
    ins = _get(a.instruction_id)
    _check(ins, "report_completion")
    if a.signed_on is None:
        raise WorkflowError(f"“{a.unit.name}”尚未签收，请先登记签收再报送办结。")
    on = _date(on, "办结日期")
    text = _text(text, "办结情况")
    evidence = (evidence or "").strip()
    not_before(on, a.signed_on, "办结日期", "签收日期")
    row = insert(actor, m.CompletionReport, f"{ins.number} {a.unit.name} 报送办结", assignment=a.id,
                 reported_on=on, text=text, evidence=evidence)
    _event(actor, ins, on, "报送办结", f"{a.unit.name}（{a.role}）报送办结：{text}"
           + (f"；佐证材料：{evidence}" if evidence else ""))
    if a.is_lead and ins.state == m.IN_PROGRESS:
        complete(actor, ins.id, on, text + (f"（佐证材料：{evidence}）" if evidence else ""))
    return row


# ---------------------------------------------------------------- 催办

@workflow()
def remind(actor: Actor, assignment_id: int, on: dt.date, means: str, text: str = "") -> m.Reminder:
    """催办: remind one unit, by phone, in writing, by message or in person."""
    a = _current(_assignment(assignment_id))
    ins = _get(a.instruction_id)
    _check(ins, "remind")
    on = _date(on, "催办日期")
    means = (means or "").strip()
    if means not in m.REMINDER_MEANS:
        raise WorkflowError(f"催办方式须为：{'、'.join(m.REMINDER_MEANS)}。")
    not_before(on, a.assigned_on, "催办日期", "交办日期")
    row = insert(actor, m.Reminder, f"{ins.number} 催办 {a.unit.name}", assignment=a.id,
                 reminded_on=on, means=means, text=(text or "").strip())
    update(actor, a, None, f"{ins.number} 催办计数", action="remind", reminder_count=a.reminder_count + 1)
    _change(actor, ins, "remind", "催办", reminder_count=ins.reminder_count + 1)
    _event(actor, ins, on, "催办", f"{means}催办{a.unit.name}（第{a.reminder_count + 1}次）"
           + (f"：{text.strip()}" if text and text.strip() else ""))
    return row


@workflow()
def remind_many(actor: Actor, instruction_ids: Sequence[int], on: dt.date, means: str,
                text: str = "") -> int:
    """Batch 催办: remind every current unit of each selected item that is being handled.

    All or nothing: one item that cannot be reminded refuses the whole batch, so the
    clerk never has to find out which half went out.
    """
    if not instruction_ids:
        raise WorkflowError("请先在列表中选择要催办的批示件。")
    count = 0
    for iid in instruction_ids:
        ins = _get(iid)
        _check(ins, "remind")
        for a in m.current_assignments(iid):
            remind(actor, a.id, on, means, text)
            count += 1
    return count


# ---------------------------------------------------------------- 延期

@workflow()
def request_extension(actor: Actor, assignment_id: int, on: dt.date, new_deadline: dt.date,
                      reason: str) -> m.Extension:
    """延期 request from one unit: the new deadline it asks for and why."""
    a = _current(_assignment(assignment_id))
    ins = _get(a.instruction_id)
    _check(ins, "request_extension")
    on = _date(on, "申请日期")
    new_deadline = _date(new_deadline, "申请延至的日期")
    reason = _text(reason, "延期理由")
    if new_deadline <= a.deadline:
        raise WorkflowError(f"申请延至的日期须晚于现有时限 {a.deadline.isoformat()}。")
    if m.Extension.select().where((m.Extension.assignment == a.id)
                                  & (m.Extension.decision == m.EXT_PENDING)).exists():
        raise WorkflowError(f"“{a.unit.name}”已有一项待审批的延期申请，请先审批。")
    row = insert(actor, m.Extension, f"{ins.number} {a.unit.name} 申请延期", assignment=a.id,
                 requested_on=on, reason=reason, old_deadline=a.deadline, requested_deadline=new_deadline)
    _event(actor, ins, on, "申请延期", f"{a.unit.name}申请延至 {new_deadline.isoformat()}：{reason}")
    return row


@workflow()
def decide_extension(actor: Actor, extension_id: int, on: dt.date, approved: bool,
                     note: str = "") -> m.Extension:
    """Approve (the deadline moves, the old one is remembered) or refuse an extension."""
    ext = m.Extension.get_or_none(m.Extension.id == extension_id)
    if ext is None:
        raise WorkflowError("找不到该延期申请，请刷新后重试。")
    a = _current(_assignment(ext.assignment_id))
    ins = _get(a.instruction_id)
    _check(ins, "decide_extension")
    if ext.decision != m.EXT_PENDING:
        raise WorkflowError(f"该延期申请已于 {ext.decided_on} 审批（{ext.decision}），不能重复审批。")
    on = _date(on, "审批日期")
    not_before(on, ext.requested_on, "审批日期", "申请日期")
    decision = m.EXT_APPROVED if approved else m.EXT_REFUSED
    update(actor, ext, None, f"{ins.number} 延期{decision}", action="decide",
           decision=decision, decided_on=on, decision_note=(note or "").strip())
    if approved:
        update(actor, a, None, f"{ins.number} {a.unit.name} 延期", action="extend",
               deadline=ext.requested_deadline, provisional=not load_calendar().is_known(ext.requested_deadline))
        if a.is_lead:
            _change(actor, ins, "extend", "延期", deadline=ext.requested_deadline)
    _event(actor, ins, on, "延期审批",
           f"{a.unit.name}延期申请{decision}" + (f"，时限由 {ext.old_deadline.isoformat()} 延至 "
                                                f"{ext.requested_deadline.isoformat()}" if approved else "")
           + (f"：{note.strip()}" if note and note.strip() else ""))
    return m.Extension.get_by_id(ext.id)


# ---------------------------------------------------------------- 办结 / 复核 / 报结

@workflow()
def complete(actor: Actor, instruction_id: int, on: dt.date, result: str) -> m.Instruction:
    """办结: the units have completed the matter; the result is recorded."""
    ins = _get(instruction_id)
    _check(ins, "complete")
    on = _date(on, "办结日期")
    result = _text(result, "办理结果")
    first = min((a.assigned_on for a in m.assignments_of(ins.id)), default=None)
    not_before(on, first, "办结日期", "交办日期")
    late = ins.deadline is not None and on > ins.deadline
    ins = _change(actor, ins, "complete", "办结", state=m.COMPLETED, completed_on=on, result=result)
    _event(actor, ins, on, "办结", result + ("（超期办结）" if late else ""))
    return ins


@workflow()
def review(actor: Actor, instruction_id: int, on: dt.date, passed: bool, reason: str = "",
           new_deadline: dt.date | None = None) -> m.Instruction:
    """回访复核: pass, or fail — back to 办理中 with the reason, deadline kept or reset."""
    ins = _get(instruction_id)
    _check(ins, "review")
    on = _date(on, "复核日期")
    not_before(on, ins.completed_on, "复核日期", "办结日期")
    if passed:
        if new_deadline is not None:
            raise WorkflowError("复核通过时不需要重新设定时限。")
        insert(actor, m.Review, f"{ins.number} 复核通过", instruction=ins.id, reviewed_on=on, passed=True,
               reason=(reason or "").strip())
        ins = _change(actor, ins, "review", "复核通过", state=m.REVIEWED, review_result="通过")
        _event(actor, ins, on, "复核通过", (reason or "").strip())
        return ins
    reason = _text(reason, "复核不通过的原因")
    if new_deadline is not None and new_deadline <= on:
        raise WorkflowError(f"重新设定的时限须晚于复核日期 {on.isoformat()}。")
    insert(actor, m.Review, f"{ins.number} 复核不通过", instruction=ins.id, reviewed_on=on, passed=False,
           reason=reason, new_deadline=new_deadline)
    changes: dict = {"state": m.IN_PROGRESS, "completed_on": None, "review_result": "不通过"}
    if new_deadline is not None:
        provisional = not load_calendar().is_known(new_deadline)
        for a in m.current_assignments(ins.id):
            update(actor, a, None, f"{ins.number} {a.unit.name} 复核后重设时限", action="reset_deadline",
                   deadline=new_deadline, provisional=provisional)
        changes.update(deadline=new_deadline, deadline_provisional=provisional)
    ins = _change(actor, ins, "review", "复核不通过", **changes)
    _event(actor, ins, on, "复核不通过", reason.rstrip("。；;.") + (
        f"；重新设定时限为 {new_deadline.isoformat()}" if new_deadline else "；原时限不变"))
    return ins


@workflow()
def report_back(actor: Actor, instruction_id: int, on: dt.date, text: str = "") -> m.Instruction:
    """报结: the result has been reported to the leader who gave the instruction."""
    ins = _get(instruction_id)
    _check(ins, "report_back")
    on = _date(on, "报结日期")
    not_before(on, ins.completed_on, "报结日期", "办结日期")
    ins = _change(actor, ins, "report_back", "报结", state=m.REPORTED, reported_on=on,
                  report_text=(text or "").strip())
    _event(actor, ins, on, "报结", f"向{ins.leader_name or '领导'}报送办理结果" + (
        f"：{text.strip()}" if text and text.strip() else ""))
    return ins


@workflow()
def stop(actor: Actor, instruction_id: int, on: dt.date, kind: str, reason: str) -> m.Instruction:
    """中止 (handling halted) or 撤销 (withdrawn), with the reason."""
    ins = _get(instruction_id)
    _check(ins, "stop")
    if kind not in ("中止", "撤销"):
        raise WorkflowError("请选择“中止”或“撤销”。")
    on = _date(on, "日期")
    reason = _text(reason, f"{kind}的理由")
    not_before(on, ins.received_on, f"{kind}日期", "登记日期")
    state = m.SUSPENDED if kind == "中止" else m.CANCELLED
    ins = _change(actor, ins, "stop", kind, state=state, stopped_on=on, stop_reason=reason)
    _event(actor, ins, on, kind, reason)
    return ins


# ---------------------------------------------------------------- 附件

@workflow()
def add_attachment(actor: Actor, instruction_id: int, source: Path, attachments_dir: Path,
                   on: dt.date, note: str = "") -> m.Attachment:
    """Copy a scanned original into the data folder (on the server: into the database,
    :mod:`models.core.file_store`) and record it with its checksum.

    Stored files are named by checksum and never overwritten or removed by an edit.
    """
    ins = _get(instruction_id)
    _check(ins, "attach")
    source = Path(source)
    if not source.is_file():
        raise WorkflowError(f"找不到文件“{source}”。")
    digest = file_store.sha256_of(source)
    stored = f"instructions/{ins.id}/{digest[:16]}{source.suffix.lower()}"
    if m.Attachment.select().where(m.Attachment.stored_name == stored).exists():
        raise WorkflowError(f"该文件（{source.name}）已是本件的附件。")
    file_store.keep(actor, source, stored, digest, Path(attachments_dir))
    row = insert(actor, m.Attachment, f"{ins.number} 附件 {source.name}", instruction=ins.id,
                 file_name=source.name, stored_name=stored, sha256=digest, size=source.stat().st_size,
                 added_on=on, note=(note or "").strip())
    _event(actor, ins, on, "附件", f"添加附件：{source.name}")
    return row


def verify_attachment(att: m.Attachment, attachments_dir: Path) -> bool:
    """Whether the stored file still exists and matches its checksum (in the folder
    beside a file, in the server's database there: :mod:`models.core.file_store`)."""
    return file_store.verify(att.stored_name, att.sha256, Path(attachments_dir))


def attachment_file(att: m.Attachment, attachments_dir: Path) -> Path | None:
    """A file on this computer to open the attachment with (:func:`models.core.file_store.local_file`)."""
    return file_store.local_file(att.stored_name, att.sha256, Path(attachments_dir), att.file_name)


def level_of(text: str) -> str:
    """自治区 / 市 from what a form or ledger wrote (re-exported for the UI and import)."""
    return normalize_level(text)


# ---------------------------------------------------------------- 工作日历变更

@workflow()
def recompute_deadlines(actor: Actor, cal: WorkCalendar, today: dt.date) -> int:
    """Recompute provisional "N working days" deadlines now that the calendar may be entered.

    Only a deadline still as first computed is touched: one moved by an approved
    extension or reset after a failed review was set by a person and stays. Matters
    already finished keep the deadline they were judged against.
    """
    changed = 0
    query = (m.Assignment.select(m.Assignment, m.Instruction).join(m.Instruction)
             .where(m.Assignment.provisional == True,  # noqa: E712
                    m.Assignment.deadline_days.is_null(False),
                    m.Assignment.deadline == m.Assignment.original_deadline,
                    m.Assignment.replaced_on.is_null(),
                    m.Instruction.state.in_(m.HANDLING_STATES)))
    for a in list(query):
        d = compute_deadline(cal, a.assigned_on, a.deadline_days)
        if d.date == a.deadline and d.provisional == a.provisional:
            continue
        ins = a.instruction
        old = a.deadline
        update(actor, a, None, f"{ins.number} {a.unit.name} 按工作日历重算时限", action="recompute",
               deadline=d.date, original_deadline=d.date, provisional=d.provisional)
        if a.is_lead and ins.deadline == old:
            _change(actor, ins, "recompute", "按工作日历重算时限", deadline=d.date,
                    deadline_provisional=d.provisional)
        _event(actor, ins, today, "时限重算",
               f"{a.unit.name}：节假日安排已录入，时限由 {old.isoformat()}（暂定）改为 {d.date.isoformat()}"
               + ("（仍为暂定）" if d.provisional else ""))
        changed += 1
    return changed
