"""工作台: what needs the clerk today, as plain data for the pane that opens first.

Overdue and due-this-week key items and instructions with their lights, quarterly
reports missing, messages not yet read and the state of this week's reply batch,
completions waiting for their callback review (回访复核), criticism candidates, the
反馈表 not answered on time (缺报 and 迟报, with how many are 催办 candidates), a
warning when next year's working-day calendar is not entered, and whether the file
still runs without accounts (单机模式), and — while a new office has no units, key
items or instructions yet — the first steps that fill them. Every list is judged by the same rules the
figures use (``instruction_rules.is_overdue``, the lights rule, ``missing_reports``,
``messages_rules.is_overdue``), so a count here is the count in 统计. A key item whose
open stage is past its deadline is overdue as its light says (``item_statuses``), and
lateness is counted in working days, as 通报批评 counts it.

A card lists at most :data:`CARD_LINES` lines, the most urgent first, and counts them all
(:attr:`Dashboard.totals`): the counting and the choosing happen in the database, so the
cost of the 工作台 does not grow with the number of matters open, let alone with years of
closed ones; the lines shown are judged by the rules on the facts of those few.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.calendar.lights import Light
from models.calendar.store import load_calendar, next_year_missing
from models.calendar.workdays import working_days_between
from models.core import settings
from models.instructions import rules as ir
from models.instructions.feedback_due import listed_lapses
from models.instructions.records import instruction_light
from models.instructions.states import COMPLETED
from models.key_items.items import FINISHED_STATES, KeyItem, KeyPlan
from models.key_items.progress import MissingReport, item_statuses, missing_reports
from models.key_items.stages import KeyItemStage, stages_by_item
from models.reference.directory import Unit


@dataclass(frozen=True)
class DueEntry:
    """A key item or instruction on the dashboard, with its light and how to open it."""

    record_type: str  # key_item | instruction
    record_id: int
    label: str  # 2014年第3项 / 督〔2014〕35号
    title: str
    unit: str
    deadline: dt.date | None
    light: Light
    state: str
    days: int = 0  # calendar days past the deadline (overdue) or left (due soon)
    #: Working days past the deadline (0 if not past): how the office counts lateness,
    #: as 通报批评 does ("超过办理时限N个工作日"), so the two never disagree.
    late_workdays: int = 0
    #: A key item listed for an open stage (阶段计划) past its deadline: the stage's number
    #: and title; ``deadline`` is then the stage's deadline.
    stage: int | None = None
    stage_title: str = ""


@dataclass(frozen=True)
class BatchStatus:
    """This week's reply batch (每周集中回复)."""

    week_start: dt.date
    reply_day: dt.date
    state: str  # 未建立 | 待发布 | 已发布
    in_batch: int
    approved_waiting: int  # approved replies not yet in a batch
    published_on: dt.date | None = None

    @property
    def text(self) -> str:
        """One line for the card, e.g. "本周回复日 10月31日（周五）：批次待发布，已编入 6 条"."""
        from models.messages.records import WEEKDAY_NAMES

        r = self.reply_day
        week = f"本周回复日 {r.month}月{r.day}日（{WEEKDAY_NAMES[r.weekday()]}）"
        if self.state == "已发布" and self.published_on is not None:
            p = self.published_on
            return f"{week}：已于{p.month}月{p.day}日发布 {self.in_batch} 条"
        if self.state == "待发布":
            text = f"{week}：批次待发布，已编入 {self.in_batch} 条"
        else:
            text = f"{week}：本周批次尚未建立"
        if self.approved_waiting:
            text += f"，另有 {self.approved_waiting} 条已审核待编入"
        return text


@dataclass(frozen=True)
class CriticismEntry:
    """A unit the rules put forward for 通报批评, and why."""

    instruction_id: int
    number: str
    matter: str
    unit: str
    reasons: str


@dataclass(frozen=True)
class FirstSteps:
    """How far a new office has come with its own records: units (单位名录), the year's
    key items (重点工作) and the instruction ledger (批示件), in that order."""

    units: int = 0
    key_items: int = 0
    instructions: int = 0

    @property
    def needed(self) -> bool:
        """Whether the 工作台 shows the first steps: while any of the three is still empty."""
        return not (self.units and self.key_items and self.instructions)


def first_steps() -> FirstSteps:
    """Count what the first steps ask for."""
    from models.instructions.records import Instruction

    return FirstSteps(Unit.select().count(), KeyItem.select().count(), Instruction.select().count())
#: The most lines a card lists (its title counts every matter).
CARD_LINES = 50


@dataclass
class Dashboard:
    """Everything the 工作台 shows on ``today``: each list holds the first
    :data:`CARD_LINES` entries, :attr:`totals` how many there are in all."""

    today: dt.date
    overdue: list[DueEntry] = field(default_factory=list)
    due_this_week: list[DueEntry] = field(default_factory=list)
    reports_missing: list[MissingReport] = field(default_factory=list)
    unread_messages: int = 0
    unread_sample: list[tuple[int, str, str, dt.date]] = field(default_factory=list)
    messages_overdue: int = 0
    batch: BatchStatus | None = None
    reviews_waiting: list[DueEntry] = field(default_factory=list)
    criticism: list[CriticismEntry] = field(default_factory=list)
    #: 反馈表 answers missing (缺报, first) or late (迟报) on open matters.
    feedback_lapses: list[ir.Lapse] = field(default_factory=list)
    #: How many units with a missing answer have not been reminded since it fell due.
    feedback_to_remind: int = 0
    calendar_missing_year: int | None = None
    single_user: bool = False
    first_steps: FirstSteps = field(default_factory=FirstSteps)
    #: How many entries each list has in all (``overdue_instructions`` and
    #: ``overdue_key_items`` split ``overdue``); a list shows the first of them.
    totals: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """The numbers on the cards (what the agreement tests compare)."""
        listed = {
            "overdue_instructions": sum(e.record_type == "instruction" for e in self.overdue),
            "overdue_key_items": sum(e.record_type == "key_item" for e in self.overdue),
            "due_this_week": len(self.due_this_week),
            "reports_missing": len(self.reports_missing),
            "reviews_waiting": len(self.reviews_waiting),
            "criticism": len(self.criticism),
            "feedback_missing": sum(e.status == ir.MISSING for e in self.feedback_lapses),
            "feedback_late": sum(e.status == ir.LATE for e in self.feedback_lapses),
        }
        out = {k: self.totals.get(k, v) for k, v in listed.items()}
        out["overdue"] = out["overdue_instructions"] + out["overdue_key_items"]
        out["unread_messages"] = self.unread_messages
        out["messages_overdue"] = self.messages_overdue
        return {k: out[k] for k in ("overdue", "overdue_instructions", "overdue_key_items", "due_this_week",
                                     "reports_missing", "unread_messages", "messages_overdue",
                                     "reviews_waiting", "criticism", "feedback_missing", "feedback_late")}


def week_end(today: dt.date) -> dt.date:
    """The Sunday of ``today``'s week: "due this week" runs from today to it."""
    return today + dt.timedelta(days=6 - today.weekday())


def split_due(entries: list[DueEntry], today: dt.date) -> tuple[list[DueEntry], list[DueEntry]]:
    """(overdue, due this week), most urgent first: overdue longest first, then nearest deadline."""
    end = week_end(today)
    overdue = [e for e in entries if e.deadline is not None and e.deadline < today]
    soon = [e for e in entries if e.deadline is not None and today <= e.deadline <= end]
    overdue.sort(key=lambda e: (e.deadline, e.record_type, e.label))
    soon.sort(key=lambda e: (e.deadline, e.record_type, e.label))
    return overdue, soon


def _late_workdays(cal, deadline: dt.date | None, today: dt.date) -> int:
    return working_days_between(cal, deadline, today) if deadline is not None and deadline < today else 0


def _key_item_entries(today: dt.date, cal, yellow: int) -> list[DueEntry]:
    """Open key items due by the week's end, and those whose open stage is past its
    deadline (the rule of :func:`item_statuses`: such an item is 超期 now) unless the item
    itself is already past its own deadline — one overdue line per item."""
    end = week_end(today)
    late_stage = (KeyItemStage.select(KeyItemStage.item)
                  .where(KeyItemStage.done_on.is_null() & (KeyItemStage.deadline < today)))
    rows = list(KeyItem.select(KeyItem.id, KeyItem.number, KeyItem.title, KeyItem.deadline, KeyItem.state,
                               KeyPlan.year, Unit.short_name, Unit.name)
                .join(KeyPlan).switch(KeyItem).join(Unit, on=(KeyItem.lead_unit == Unit.id))
                .where(KeyItem.state.not_in(FINISHED_STATES)
                       & ((KeyItem.deadline.is_null(False) & (KeyItem.deadline <= end))
                          | KeyItem.id.in_(late_stage))).tuples())
    statuses = item_statuses([r[0] for r in rows], today, cal, yellow)
    stages = {iid: {s.number: s for s in found} for iid, found in stages_by_item(
        [iid for iid, *_ in rows if statuses[iid].overdue_stages]).items()}
    out = []
    for iid, n, title, deadline, state, year, short, name in rows:
        label, unit, status = f"{year}年第{n}项", short or name, statuses[iid]
        if deadline is not None and deadline <= end:
            out.append(DueEntry("key_item", iid, label, title, unit, deadline, status.light, state,
                                abs((today - deadline).days), _late_workdays(cal, deadline, today)))
        if status.overdue_stages and not (deadline is not None and deadline < today):
            # The stage longest overdue speaks for the item.
            stage = min((stages[iid][k] for k in status.overdue_stages), key=lambda s: (s.deadline, s.number))
            out.append(DueEntry("key_item", iid, label, title, unit, stage.deadline, status.light, state,
                                (today - stage.deadline).days, _late_workdays(cal, stage.deadline, today),
                                stage.number, stage.title))
    return out


def _instruction_entries(facts: list[ir.InstructionFacts], today: dt.date, cal, yellow: int) -> list[DueEntry]:
    end = week_end(today)
    out = []
    for f in facts:
        if f.state not in ir.HANDLING or f.deadline is None or f.deadline > end:
            continue
        lead = ir.lead_unit(f)
        light = instruction_light(f.state, f.deadline, today, cal, yellow)
        out.append(DueEntry("instruction", f.id, f.number, f.matter, lead, f.deadline, light, f.state,
                            abs((today - f.deadline).days), _late_workdays(cal, f.deadline, today)))
    return out


def _batch_status(today: dt.date, cal) -> BatchStatus:
    from models.messages.records import (
        REPLY_WEEKDAY,
        Message,
        batch_for_week,
        reply_day,
        week_start,
    )

    rday = reply_day(cal, today, int(settings.get(REPLY_WEEKDAY)))
    batch = batch_for_week(today)
    waiting = Message.select().where((Message.state == "已审核") & Message.batch.is_null()).count()
    if batch is None:
        return BatchStatus(week_start(today), rday, "未建立", 0, waiting)
    n = Message.select().where(Message.batch == batch.id).count()
    state = "已发布" if batch.state == "已发布" else "待发布"
    return BatchStatus(batch.week_start, batch.reply_day or rday, state, n, waiting, batch.published_on)


def _criticism(today: dt.date, limit: int) -> tuple[int, list[CriticismEntry]]:
    from models.instructions.criticism import first_candidates

    total, found = first_candidates(today, limit)
    return total, [CriticismEntry(c.instruction_id, c.number, c.matter, c.unit, c.mishandling) for c in found]


def _single_user() -> bool:
    from models.safety.accounts import has_accounts

    return not has_accounts()


def build_dashboard(today: dt.date, unread_limit: int = 8, lines: int = CARD_LINES) -> Dashboard:
    """The dashboard as it stands on ``today``, each card's list cut at ``lines``."""
    from models.instructions.records import load_facts, most_urgent_ids, open_counts
    from models.messages.records import OVERDUE_DAYS, Message, overdue_count

    cal = load_calendar()
    yellow = int(settings.get(settings.YELLOW_DAYS))
    board = Dashboard(today)
    end = week_end(today)
    # The first `lines` instructions of each list come from the database in the lists'
    # own order; merged with the few key items they give each card's first lines.
    counts = open_counts(today, end)
    ids = {kind: most_urgent_ids(kind, today, end, lines) for kind in ("overdue", "due", "review")}
    facts = load_facts(sorted(set(ids["overdue"]) | set(ids["due"]) | set(ids["review"])))
    items = _key_item_entries(today, cal, yellow)
    entries = items + _instruction_entries(facts, today, cal, yellow)
    overdue, soon = split_due(entries, today)
    board.overdue, board.due_this_week = overdue[:lines], soon[:lines]
    waiting = [f for f in facts if f.state == COMPLETED]
    board.reviews_waiting = sorted(
        (DueEntry("instruction", f.id, f.number, f.matter, ir.lead_unit(f),
                  f.completed_on, Light.GREY, f.state, (today - f.completed_on).days if f.completed_on else 0)
         for f in waiting),
        key=lambda e: (e.deadline or dt.date.min, e.label))[:lines]
    key_overdue = sum(1 for e in items if e.deadline is not None and e.deadline < today)
    board.totals = {
        "overdue_instructions": counts["overdue"], "overdue_key_items": key_overdue,
        "due_this_week": counts["due"] + sum(1 for e in items if e.deadline is not None and today <= e.deadline <= end),
        "reviews_waiting": counts["review"],
    }
    plans = [p for (p,) in KeyPlan.select(KeyPlan.id).where(KeyPlan.year <= today.year)
             .order_by(KeyPlan.year).tuples()]
    board.reports_missing = [m for pid in plans for m in missing_reports(pid, today, cal)]
    board.unread_messages = Message.select().where(Message.state == "新留言").count()
    board.unread_sample = [(m.id, m.board_no, m.title, m.posted_at.date()) for m in
                           Message.select(Message.id, Message.board_no, Message.title, Message.posted_at)
                           .where(Message.state == "新留言").order_by(Message.posted_at, Message.id)
                           .limit(unread_limit)]
    board.messages_overdue = overdue_count(today, int(settings.get(OVERDUE_DAYS)))
    board.batch = _batch_status(today, cal)
    board.totals["criticism"], board.criticism = _criticism(today, lines)
    # The forms of open matters: a few per matter, judged by the rules in Python.
    found = listed_lapses(today)
    board.feedback_lapses = found[:lines]
    board.totals["feedback_missing"] = sum(e.status == ir.MISSING for e in found)
    board.totals["feedback_late"] = sum(e.status == ir.LATE for e in found)
    board.feedback_to_remind = len({e.form.assignment_id for e in found if e.remind})
    board.calendar_missing_year = next_year_missing(today)
    board.single_user = _single_user()
    board.first_steps = first_steps()
    return board
