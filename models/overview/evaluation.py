"""绩效考评: the quarterly performance evaluation of units.

The scoring scheme is data: per year a base score and a table of rules, each giving
points per event (e.g. +3 for an instruction completed on time, −1 per reminder), a
weight for that year and an optional cap on what one rule may add or take in a
quarter. The events are gathered from the records (key-item quarterly reports, the
instructions' deadlines, reminders, failed callback reviews, criticism notices,
missing quarterly reports, 反馈表 signed late or answered late or not at all); :func:`score_units` turns events and scheme into scores
with the breakdown behind each, as a pure function. A quarter can be locked: its
result is stored as a JSON snapshot and later edits to the records no longer change
it. Unlocking needs an administrator and a reason, and is audited.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import peewee

from models.core.actors import Actor, Permission
from models.core.base import VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import delete, insert, update, workflow

# ---- the scheme as plain data ------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One scoring rule: ``points`` per event, times the year's ``weight``.

    ``cap`` bounds the rule's contribution per unit per quarter in absolute value
    (e.g. reminders take at most 10 points); ``None`` means no cap.
    """

    event: str
    label: str
    points: float
    weight: float = 1.0
    cap: float | None = None
    active: bool = True


@dataclass(frozen=True)
class Scheme:
    """A year's scheme: every unit starts from ``base_score``."""

    year: int
    base_score: float
    rules: tuple[Rule, ...]
    stored: bool = False  # False: the defaults, not yet saved for this year


#: The events the application can count, with their Chinese names.
EVENTS: dict[str, str] = {
    "key_on_schedule": "重点工作季度进展按进度",
    "key_behind": "重点工作进度滞后",
    "key_serious": "重点工作进度严重滞后",
    "key_report_missing": "季度进展未按时报送",
    "instruction_on_time": "批示件按期办结",
    "instruction_late": "批示件到期未按时办结",
    "reminder": "被催办",
    "review_failed": "回访复核不通过",
    "criticism": "被通报批评",
    "feedback_sign_late": "反馈表签收超时",
    "feedback_missing": "反馈表到期未反馈",
    "feedback_late": "反馈表逾期反馈",
}

DEFAULT_BASE = 100.0
DEFAULT_RULES: tuple[Rule, ...] = (
    Rule("key_on_schedule", EVENTS["key_on_schedule"], 2.0),
    Rule("key_behind", EVENTS["key_behind"], -1.0),
    Rule("key_serious", EVENTS["key_serious"], -2.0),
    Rule("key_report_missing", EVENTS["key_report_missing"], -2.0),
    Rule("instruction_on_time", EVENTS["instruction_on_time"], 3.0),
    Rule("instruction_late", EVENTS["instruction_late"], -2.0),
    Rule("reminder", EVENTS["reminder"], -1.0, cap=10.0),
    Rule("review_failed", EVENTS["review_failed"], -3.0),
    Rule("criticism", EVENTS["criticism"], -5.0),
    Rule("feedback_sign_late", EVENTS["feedback_sign_late"], -1.0),
    Rule("feedback_missing", EVENTS["feedback_missing"], -2.0),
    Rule("feedback_late", EVENTS["feedback_late"], -1.0),
)


def default_scheme(year: int) -> Scheme:
    """The scheme a year has until the office saves its own."""
    return Scheme(year, DEFAULT_BASE, DEFAULT_RULES)


def check_rules(rules: Sequence[Rule], base_score: float) -> None:
    """Refuse an unusable scheme, saying what to fix (in Chinese)."""
    seen: set[str] = set()
    if not 0 <= base_score <= 1000:
        raise WorkflowError("基础分须在 0～1000 之间。")
    for r in rules:
        if r.event not in EVENTS:
            raise WorkflowError(f"未知的计分事项“{r.event}”。可用的事项：{'、'.join(EVENTS.values())}。")
        if r.event in seen:
            raise WorkflowError(f"计分事项“{EVENTS[r.event]}”重复，每个事项只能有一条规则。")
        seen.add(r.event)
        if not (r.label or "").strip():
            raise WorkflowError(f"请填写“{EVENTS[r.event]}”的名称。")
        if abs(r.points) > 100:
            raise WorkflowError(f"“{r.label}”的分值须在 -100～100 之间。")
        if not 0 <= r.weight <= 10:
            raise WorkflowError(f"“{r.label}”的权重须在 0～10 之间。")
        if r.cap is not None and r.cap < 0:
            raise WorkflowError(f"“{r.label}”的封顶分须为正数（或留空表示不封顶）。")


# ---- scoring: a pure function -------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """One counted event for one unit, with the record it rests on."""

    unit: str
    event: str
    record_type: str
    record_id: int
    text: str
    day: dt.date | None = None


@dataclass
class ScoreLine:
    """One rule's part of a unit's score: count × points × weight, capped."""

    event: str
    label: str
    count: int
    points: float
    weight: float
    amount: float
    capped: bool
    events: list[Event] = field(default_factory=list)


@dataclass
class UnitScore:
    """A unit's quarter: base, the lines behind it, total and rank (1 = best)."""

    unit: str
    base: float
    lines: list[ScoreLine]
    total: float
    rank: int = 0

    def line(self, event: str) -> ScoreLine | None:
        """The line of ``event``, if the unit had any."""
        return next((ln for ln in self.lines if ln.event == event), None)


def line_amount(count: int, rule: Rule) -> tuple[float, bool]:
    """What ``count`` events earn under ``rule`` and whether the cap cut it."""
    raw = count * rule.points * rule.weight
    if rule.cap is not None and abs(raw) > rule.cap:
        return (rule.cap if raw > 0 else -rule.cap), True
    return round(raw, 2), False


def score_units(events: Iterable[Event], scheme: Scheme, units: Iterable[str] = ()) -> list[UnitScore]:
    """Every unit's score for the events of a quarter, best first, ties sharing a rank.

    ``units`` adds units with no event (they keep the base score). Events of rules
    that are inactive or absent from the scheme count for nothing and are not shown.
    """
    rules = {r.event: r for r in scheme.rules if r.active}
    grouped: dict[str, dict[str, list[Event]]] = {u: {} for u in units}
    for e in events:
        grouped.setdefault(e.unit, {})
        if e.event in rules:
            grouped[e.unit].setdefault(e.event, []).append(e)
    order = {r.event: i for i, r in enumerate(scheme.rules)}
    out = []
    for unit, by_event in grouped.items():
        lines = []
        for event, evs in sorted(by_event.items(), key=lambda kv: order[kv[0]]):
            rule = rules[event]
            amount, capped = line_amount(len(evs), rule)
            evs = sorted(evs, key=lambda e: (e.day or dt.date.min, e.record_id))
            lines.append(ScoreLine(event, rule.label, len(evs), rule.points, rule.weight, amount, capped, evs))
        total = round(scheme.base_score + sum(ln.amount for ln in lines), 2)
        out.append(UnitScore(unit, scheme.base_score, lines, total))
    out.sort(key=lambda s: (-s.total, s.unit))
    for i, s in enumerate(out):
        s.rank = out[i - 1].rank if i and out[i - 1].total == s.total else i + 1
    return out


# ---- quarters ----------------------------------------------------------------------------


def parse_quarter(text: str) -> tuple[int, int]:
    """(year, quarter) from "2014Q3", "2014-Q3" or "2014年第3季度"."""
    t = (text or "").strip().upper().replace("-", "").replace("年第", "Q").replace("季度", "")
    try:
        year, q = t.split("Q")
        year_n, q_n = int(year), int(q)
    except ValueError:
        raise WorkflowError(f"季度应写作 2014Q3，收到“{text}”。") from None
    if q_n not in (1, 2, 3, 4) or not 2000 <= year_n <= 2100:
        raise WorkflowError(f"季度应写作 2014Q3（季度为 1～4），收到“{text}”。")
    return year_n, q_n


def quarter_label(year: int, quarter: int) -> str:
    """"2014年第3季度"."""
    return f"{year}年第{quarter}季度"


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    """First and last day of a quarter."""
    from models.key_items.progress import quarter_end, quarter_start

    return quarter_start(year, quarter), quarter_end(year, quarter)


# ---- tables ------------------------------------------------------------------------------


class EvalScheme(VersionedModel):
    """A year's stored scheme (base score)."""

    year = peewee.IntegerField(unique=True)
    base_score = peewee.FloatField(default=DEFAULT_BASE)
    note = peewee.TextField(default="")

    class Meta:
        table_name = "eval_scheme"


class EvalRule(VersionedModel):
    """One rule of a stored scheme."""

    scheme = peewee.ForeignKeyField(EvalScheme, backref="rules", column_name="scheme_id", on_delete="CASCADE")
    seq = peewee.IntegerField(default=0)
    event = peewee.CharField()
    label = peewee.CharField()
    points = peewee.FloatField()
    weight = peewee.FloatField(default=1.0)
    cap = peewee.FloatField(null=True)
    active = peewee.BooleanField(default=True)

    class Meta:
        table_name = "eval_rule"


class EvalLock(VersionedModel):
    """A locked quarter: the result as it stood, kept as JSON."""

    year = peewee.IntegerField()
    quarter = peewee.IntegerField()
    locked_on = peewee.DateField()
    locked_by = peewee.CharField()
    snapshot = peewee.TextField()

    class Meta:
        table_name = "eval_lock"


def scheme_for(year: int) -> Scheme:
    """The scheme of ``year``: the stored one, else the latest earlier year's, else the defaults."""
    row = (EvalScheme.select().where(EvalScheme.year <= year).order_by(EvalScheme.year.desc()).first())
    if row is None:
        return default_scheme(year)
    rules = tuple(Rule(r.event, r.label, r.points, r.weight, r.cap, bool(r.active))
                  for r in EvalRule.select().where(EvalRule.scheme == row.id).order_by(EvalRule.seq, EvalRule.id))
    return Scheme(year, row.base_score, rules, stored=row.year == year)


@workflow(Permission.ADMIN)
def save_scheme(actor: Actor, year: int, base_score: float, rules: Sequence[Rule], note: str = "") -> Scheme:
    """Store the scheme of ``year`` (管理员): base score and the rules, audited row by row.

    Locked quarters keep the scheme they were locked with; only open quarters change.
    """
    check_rules(rules, base_score)
    row = EvalScheme.get_or_none(EvalScheme.year == year)
    if row is None:
        row = insert(actor, EvalScheme, f"新建{year}年绩效考评方案", year=year, base_score=base_score, note=note)
    elif row.base_score != base_score or row.note != note:
        row = update(actor, row, summary=f"修改{year}年绩效考评方案", base_score=base_score, note=note)
    have = {r.event: r for r in EvalRule.select().where(EvalRule.scheme == row.id)}
    for i, r in enumerate(rules):
        values = {"seq": i, "label": r.label.strip(), "points": float(r.points), "weight": float(r.weight),
                  "cap": None if r.cap is None else float(r.cap), "active": bool(r.active)}
        old = have.pop(r.event, None)
        if old is None:
            insert(actor, EvalRule, f"{year}年考评规则：{r.label}", scheme=row.id, event=r.event, **values)
        elif any(getattr(old, k) != v for k, v in values.items()):
            update(actor, old, summary=f"{year}年考评规则：{r.label}", **values)
    for old in have.values():
        delete(actor, old, f"{year}年考评规则：删除{old.label}")
    return scheme_for(year)


# ---- gathering the events of a quarter ---------------------------------------------------


def _unit_label(short: str | None, name: str | None) -> str:
    return short or name or ""


def gather_events(year: int, quarter: int, today: dt.date) -> tuple[list[Event], list[str]]:
    """The events of a quarter as the records stand on ``today``, and the units evaluated
    (every lead and responsible unit of the year's key items counted in the evaluation,
    and every unit with an event)."""
    from models.calendar.store import load_calendar
    from models.key_items.items import KeyItem, KeyItemUnit, KeyPlan
    from models.key_items.progress import BEHIND, ON_SCHEDULE, SERIOUS, KeyProgress, missing_reports
    from models.reference.directory import Unit

    start, end = quarter_bounds(year, quarter)
    events: list[Event] = []
    plan = KeyPlan.get_or_none(KeyPlan.year == year)
    units: set[str] = set()
    if plan is not None:
        perf = {i: (n, t) for i, n, t in KeyItem.select(KeyItem.id, KeyItem.number, KeyItem.title).where(
            (KeyItem.plan == plan.id) & (KeyItem.performance == True)).tuples()}  # noqa: E712
        for short, name in (Unit.select(Unit.short_name, Unit.name).join(KeyItem, on=(KeyItem.lead_unit == Unit.id))
                            .where(KeyItem.id.in_(list(perf))).tuples()):
            units.add(_unit_label(short, name))
        for short, name in (Unit.select(Unit.short_name, Unit.name).join(KeyItemUnit)
                            .where(KeyItemUnit.item.in_(list(perf))).tuples()):
            units.add(_unit_label(short, name))
        kinds = {ON_SCHEDULE: "key_on_schedule", BEHIND: "key_behind", SERIOUS: "key_serious"}
        reports = (KeyProgress.select(KeyProgress.item, KeyProgress.assessment, KeyProgress.reported_on,
                                      Unit.short_name, Unit.name).join(Unit)
                   .where((KeyProgress.year == year) & (KeyProgress.quarter == quarter)
                          & KeyProgress.item.in_(list(perf))).tuples())
        for iid, assessment, reported_on, short, name in reports:
            if assessment in kinds:
                n, t = perf[iid]
                events.append(Event(_unit_label(short, name), kinds[assessment], "key_item", iid,
                                    f"第{n}项 {t}：{assessment}", reported_on))
        short_names = {u: _unit_label(s, nm) for u, s, nm in Unit.select(Unit.id, Unit.short_name, Unit.name).tuples()}
        for m in missing_reports(plan.id, today, load_calendar()):
            if (m.year, m.quarter) == (year, quarter) and m.item_id in perf:
                events.append(Event(short_names.get(m.unit_id, m.unit_name), "key_report_missing", "key_item",
                                    m.item_id, f"第{m.item_number}项 {m.item_title}：应于{m.due.isoformat()}前报送",
                                    m.due))
    events.extend(_instruction_events(start, end, today))
    events.extend(_review_events(start, end))
    events.extend(_criticism_events(start, end))
    events.extend(_feedback_events(start, end, today))
    units.update(e.unit for e in events)
    return events, sorted(units)


def _instruction_events(start: dt.date, end: dt.date, today: dt.date) -> list[Event]:
    from models.instructions import rules as ir
    from models.instructions.records import facts_for_period as instruction_facts_for

    out = []
    for f in instruction_facts_for(start, end, today):
        if ir.is_withdrawn(f):
            continue
        for a in f.assignments:
            # The same "fell due" as 到期办结率 by unit: a deadline still ahead scores
            # nothing yet, nor does one that passed after the unit was replaced (更换).
            v = ir.unit_view(f, a)
            if ir.fell_due(v.deadline, v.completed_on, start, end, today):
                if ir.completed_on_time(v.completed_on, v.deadline):
                    out.append(Event(a.unit, "instruction_on_time", "instruction", f.id,
                                     f"{f.number} {f.matter}：{v.completed_on.isoformat()}办结（时限{v.deadline.isoformat()}）",
                                     v.completed_on))
                else:
                    replaced = f"，{a.replaced_on.isoformat()}更换" if a.replaced_on else ""
                    out.append(Event(a.unit, "instruction_late", "instruction", f.id,
                                     f"{f.number} {f.matter}：时限{v.deadline.isoformat()}未按时办结{replaced}",
                                     v.deadline))
            for day in a.reminders:
                if ir.in_period(day, start, end):
                    out.append(Event(a.unit, "reminder", "instruction", f.id, f"{f.number} {f.matter}：{day.isoformat()}催办", day))
    return out


def _review_events(start: dt.date, end: dt.date) -> list[Event]:
    from models.core.db import database

    # The lead that held the matter on the review day answers for it, as
    # instruction_rules.failed_reviews_of says: from the day after its predecessor
    # was replaced (更换) up to and including the day it was itself replaced.
    sql = """SELECT r.instruction_id, r.reviewed_on, r.reason, i.number, i.matter, u.short_name, u.name
             FROM instruction_review r JOIN instruction i ON i.id = r.instruction_id
             JOIN instruction_assignment a ON a.instruction_id = i.id AND a.is_lead = 1
                  AND (a.replaced_on IS NULL OR r.reviewed_on <= a.replaced_on)
                  AND NOT EXISTS (SELECT 1 FROM instruction_assignment p
                                  WHERE p.replaced_by_id = a.id AND r.reviewed_on <= p.replaced_on)
             JOIN unit u ON u.id = a.unit_id
             WHERE r.passed = 0 AND r.reviewed_on BETWEEN ? AND ?"""
    out = []
    for iid, day, reason, number, matter, short, name in database().execute_sql(
            sql, (start.isoformat(), end.isoformat())).fetchall():
        day = dt.date.fromisoformat(str(day)[:10])
        out.append(Event(_unit_label(short, name), "review_failed", "instruction", iid,
                         f"{number} {matter}：{day.isoformat()}回访复核不通过（{reason}）", day))
    return out


def _criticism_events(start: dt.date, end: dt.date) -> list[Event]:
    from models.core.db import database

    sql = """SELECT ci.instruction_id, c.issued_on, c.title, ci.mishandling, u.short_name, u.name
             FROM criticism_item ci JOIN criticism c ON c.id = ci.criticism_id
             JOIN unit u ON u.id = ci.unit_id
             WHERE c.issued_on IS NOT NULL AND c.issued_on BETWEEN ? AND ?"""
    out = []
    for iid, day, title, why, short, name in database().execute_sql(
            sql, (start.isoformat(), end.isoformat())).fetchall():
        day = dt.date.fromisoformat(str(day)[:10])
        out.append(Event(_unit_label(short, name), "criticism", "instruction", iid, f"{title}：{why}", day))
    return out


def _feedback_events(start: dt.date, end: dt.date, today: dt.date) -> list[Event]:
    """反馈表 answers due in the period: 签收 late (or still missing), the unit's answer
    missing on ``today`` or come after its due day — each ask once, as the rule counts it."""
    from models.instructions import rules as ir
    from models.instructions.feedback_due import lapses

    out = []
    for lp in lapses(today, open_only=False, sent_until=end):
        if not start <= lp.due <= end:
            continue
        f = lp.form
        when = f"{lp.answered_on.isoformat()}才{lp.what}" if lp.answered_on else f"未{lp.what}"
        if lp.what == ir.SIGN:
            event = "feedback_sign_late"
        else:
            event = "feedback_missing" if lp.status == ir.MISSING else "feedback_late"
        out.append(Event(f.unit, event, "instruction", f.instruction_id,
                         f"{f.number} {f.matter}：{f.kind}反馈表应于{lp.due.isoformat()}前{lp.what}，{when}", lp.due))
    return out


# ---- results, locking ----------------------------------------------------------------------


@dataclass
class QuarterResult:
    """A quarter's scores, live or as locked."""

    year: int
    quarter: int
    scheme: Scheme
    scores: list[UnitScore]
    locked: bool = False
    locked_on: dt.date | None = None
    locked_by: str = ""
    computed_on: dt.date | None = None

    @property
    def label(self) -> str:
        """"2014年第3季度"."""
        return quarter_label(self.year, self.quarter)


def compute_quarter(year: int, quarter: int, today: dt.date) -> QuarterResult:
    """The quarter's scores from the records as they stand on ``today`` (ignores any lock)."""
    scheme = scheme_for(year)
    events, units = gather_events(year, quarter, today)
    return QuarterResult(year, quarter, scheme, score_units(events, scheme, units), computed_on=today)


def quarter_result(year: int, quarter: int, today: dt.date) -> QuarterResult:
    """The locked snapshot if the quarter is locked, else the live computation."""
    lock = EvalLock.get_or_none((EvalLock.year == year) & (EvalLock.quarter == quarter))
    if lock is not None:
        result = result_from_json(lock.snapshot)
        result.locked, result.locked_on, result.locked_by = True, lock.locked_on, lock.locked_by
        return result
    return compute_quarter(year, quarter, today)


def locked_quarters() -> list[tuple[int, int]]:
    """(year, quarter) of every locked quarter, newest first."""
    return [(y, q) for y, q in EvalLock.select(EvalLock.year, EvalLock.quarter)
            .order_by(EvalLock.year.desc(), EvalLock.quarter.desc()).tuples()]


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def result_to_json(result: QuarterResult) -> str:
    """The result as JSON text (what a lock stores)."""
    data = {"year": result.year, "quarter": result.quarter,
            "computed_on": _plain(result.computed_on),
            "scheme": {"year": result.scheme.year, "base_score": result.scheme.base_score,
                       "rules": [asdict(r) for r in result.scheme.rules]},
            "scores": [{"unit": s.unit, "base": s.base, "total": s.total, "rank": s.rank,
                        "lines": [{**{k: v for k, v in asdict(ln).items() if k != "events"},
                                   "events": [{k: _plain(v) for k, v in asdict(e).items()} for e in ln.events]}
                                  for ln in s.lines]} for s in result.scores]}
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def result_from_json(text: str) -> QuarterResult:
    """A result read back from :func:`result_to_json`."""
    data = json.loads(text)

    def day(v: str | None) -> dt.date | None:
        return dt.date.fromisoformat(v) if v else None

    sc = data["scheme"]
    scheme = Scheme(sc["year"], sc["base_score"], tuple(Rule(**r) for r in sc["rules"]), stored=True)
    scores = []
    for s in data["scores"]:
        lines = [ScoreLine(ln["event"], ln["label"], ln["count"], ln["points"], ln["weight"], ln["amount"],
                           ln["capped"], [Event(**{**e, "day": day(e["day"])}) for e in ln["events"]])
                 for ln in s["lines"]]
        scores.append(UnitScore(s["unit"], s["base"], lines, s["total"], s["rank"]))
    return QuarterResult(data["year"], data["quarter"], scheme, scores, computed_on=day(data["computed_on"]))


@workflow()
def lock_quarter(actor: Actor, year: int, quarter: int, today: dt.date) -> QuarterResult:
    """Lock a quarter that has ended: store its result as it stands on ``today``."""
    _, end = quarter_bounds(year, quarter)
    if today <= end:
        raise WorkflowError(f"{quarter_label(year, quarter)}尚未结束（{end.isoformat()}），季度结束后才能锁定。")
    if EvalLock.get_or_none((EvalLock.year == year) & (EvalLock.quarter == quarter)) is not None:
        raise WorkflowError(f"{quarter_label(year, quarter)}的考评结果已锁定。如需重算，请先由管理员解锁。")
    result = compute_quarter(year, quarter, today)
    insert(actor, EvalLock, f"锁定{quarter_label(year, quarter)}绩效考评结果（{len(result.scores)}个单位）",
           year=year, quarter=quarter, locked_on=today, locked_by=actor.name, snapshot=result_to_json(result))
    return quarter_result(year, quarter, today)


@workflow(Permission.ADMIN)
def unlock_quarter(actor: Actor, year: int, quarter: int, reason: str) -> None:
    """Unlock a quarter (管理员, with a reason): the snapshot goes to the audit record and
    the quarter is computed from the records again."""
    why = (reason or "").strip()
    if not why:
        raise WorkflowError("解锁须写明原因（例如“补录第三季度进展后重新考评”）。")
    lock = EvalLock.get_or_none((EvalLock.year == year) & (EvalLock.quarter == quarter))
    if lock is None:
        raise WorkflowError(f"{quarter_label(year, quarter)}未锁定。")
    delete(actor, lock, f"解锁{quarter_label(year, quarter)}绩效考评结果：{why}")
