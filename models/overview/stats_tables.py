"""The 统计 pane's content as plain data: tables, chart series and the records behind
every cell, computed for a period off the UI thread.

The numbers are those of the registered figure sections: the instruction figures
through the rule functions of ``instruction_rules`` over the facts the period needs
(:func:`models.instructions.records.facts_for_period`, kept in the bundle for drill-downs); the
message figures as :func:`models.messages.records.period_figures` adds up the marks of
``messages_rules`` (the messages themselves are read on the first drill-down); the
other sections through :func:`models.core.figures.collect`, read after the instructions
on the same connection. On a file the messages are added up beside the instructions on a
connection of their own, each half consistent in itself. So the pane, the summary text and
``stats --json`` show one number for one figure (``tests/models/test_figures_agree.py``).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from models.calendar.lights import Light
from models.core import figures as registry
from models.core.db import beside, database
from models.core.numbers import percent
from models.instructions import records as instructions
from models.instructions import rules as ir
from models.instructions.figures import NO_LEADER, section_and_leaders
from models.instructions.states import LEVEL_KEYS, LEVEL_ROWS
from models.key_items.activities import METHODS
from models.key_items.items import STATES as KEY_STATES
from models.messages import records as messages
from models.messages import rules as mr
from models.overview import figures as ov
from models.overview.summary_text import summary_paragraph
from models.research.topics import STATES as TOPIC_STATES

INSTRUCTION_COLUMNS = (("received", "收件"), ("registered", "立项"), ("completed", "办结"), ("due", "到期"),
                       ("completed_on_time", "按期办结"), ("on_time_rate", "到期办结率"), ("late", "到期未按时"),
                       ("overdue", "当前超期"), ("reminders", "催办次数"), ("avg_days_to_complete", "平均办理天数"))
#: How the watchwords' tables name a level in a narrow first column.
LEVELS_SHORT = {"自治区": "自治区领导批示", "市": "市领导批示"}
MESSAGE_COLUMNS = (("received", "收到"), ("replied", "已回复"), ("reply_rate", "回复率"),
                   ("average_days", "平均回复天数"), ("overdue", "积压"))


@dataclass(frozen=True)
class Drill:
    """Which records make one cell: a figure key of an area, narrowed by group or period."""

    area: str  # instructions | messages | key_items | activities | research
    key: str
    level: str | None = None
    unit: str | None = None
    leader: str | None = None  # 批示领导, as the by-leader table names them
    kind: str | None = None
    value: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class StatTable:
    """One table as shown (and exported): values, and the drill-down of each cell."""

    key: str
    title: str
    headers: list[str]
    rows: list[list[Any]]
    drills: list[list[Drill | None]]


@dataclass
class StatsBundle:
    """Everything the 统计 pane shows for a period."""

    start: dt.date
    end: dt.date
    today: dt.date
    figures: dict[str, dict]
    tables: dict[str, StatTable]
    monthly: list[tuple[dt.date, int, int]]  # month, received, completed
    unit_rates: list[tuple[str, float | None, int, int]]  # unit, 到期办结率, due, on time
    message_kinds: list[tuple[str, int, int]]  # type, received, replied
    summary: str
    instruction_facts: list[ir.InstructionFacts] = field(default_factory=list, repr=False)
    message_facts: list[tuple[int, mr.MessageFacts]] | None = field(default=None, repr=False)
    instruction_leaders: dict[int, str] = field(default_factory=dict, repr=False)


def _fmt(key: str, value: Any) -> Any:
    if key in ("on_time_rate", "reply_rate"):
        return percent(value) or "—"
    if key in ("avg_days_to_complete", "average_days"):
        return "—" if value is None else round(value, 1)
    return value


def _instruction_row(fig: dict) -> list[Any]:
    values = {**fig, "late": fig["due"] - fig["completed_on_time"]}
    return [_fmt(k, values[k]) for k, _ in INSTRUCTION_COLUMNS]


def _instruction_drills(**group: str) -> list[Drill | None]:
    drillable = set(ov.INSTRUCTION_KEYS)
    return [Drill("instructions", k, **group) if k in drillable else None for k, _ in INSTRUCTION_COLUMNS]


def _message_row(fig: mr.Figures) -> list[Any]:
    return [_fmt(k, getattr(fig, k)) for k, _ in MESSAGE_COLUMNS]


def _message_drills(**group: str) -> list[Drill | None]:
    return [Drill("messages", k, **group) if k in ov.MESSAGE_KEYS else None for k, _ in MESSAGE_COLUMNS]


def _days(value: float | int | None) -> Any:
    if value is None:
        return "—"
    return int(value) if value == int(value) else value


def _spread_cells(spread: dict) -> list[Any]:
    return [spread["count"], _days(spread["median"]), _days(spread["p90"])]


def watchword_tables(watch: dict) -> dict[str, StatTable]:
    """The 快·准·稳 tables from the ``watchwords`` section (models.instructions.watchwords)."""
    fast, exact, steady = watch["fast"], watch["exact"], watch["steady"]
    rows: list[list[Any]] = []
    for key, label in (("to_assign", "批示→交办"), ("to_report", "交办→报结")):
        rows.append([f"{label}：合计", *_spread_cells(fast[key])])
        rows += [[f"{label}：{LEVELS_SHORT[lv]}", *_spread_cells(fast[key]["by_level"][k])]
                 for lv, k in LEVEL_KEYS.items()]
    out = {"watch_fast": StatTable("watch_fast", "快：办理用时（工作日）", ["环节", "件数", "中位数", "九成件在此天数内"],
                                   rows, [[None] * 4 for _ in rows])}
    exact_rows = [
        ["准：督办通知单逐字载明批示原文", exact["word_for_word"], exact["notices"],
         percent(exact["word_for_word_rate"]) or "—"],
        ["准：报结内容完整", exact["complete"], exact["reported"],
         percent(exact["complete_rate"]) or "—"],
        ["稳：回访复核一次通过", steady["passed_first"], steady["reviewed"], percent(steady["first_pass_rate"]) or "—"],
        ["稳：复核不通过而重办", steady["reopened"], "—", "—"]]
    out["watch_exact"] = StatTable("watch_exact", "准 · 稳", ["衡量", "符合", "总数", "比率"],
                                   exact_rows, [[None] * 4 for _ in exact_rows])
    names = sorted(set(fast["to_assign"]["by_unit"]) | set(fast["to_report"]["by_unit"]))
    empty = {"count": 0, "median": None, "p90": None}
    unit_rows = [[u, *_spread_cells(fast["to_assign"]["by_unit"].get(u, empty)),
                  *_spread_cells(fast["to_report"]["by_unit"].get(u, empty))] for u in names]
    out["watch_by_unit"] = StatTable(
        "watch_by_unit", "快：办理用时（按牵头单位，工作日）",
        ["牵头单位", "批示→交办 件数", "中位数", "九成在内", "交办→报结 件数", "中位数", "九成在内"],
        unit_rows, [[None] * 7 for _ in unit_rows])
    return out


def instruction_tables(ins: dict, leaders: dict[str, dict]) -> dict[str, StatTable]:
    """The tables of the instructions by level, by leader and by unit (the pane's first
    tab) from the ``instructions`` and ``instructions_by_leader`` sections."""
    tables: dict[str, StatTable] = {}
    tables["instructions"] = StatTable(
        "instructions", "领导批示件办理情况（按层级）", ["层级"] + [h for _, h in INSTRUCTION_COLUMNS],
        [[label, *_instruction_row(ins[k])] for k, label in LEVEL_ROWS],
        [[None, *_instruction_drills(level=k)] for k, _ in LEVEL_ROWS])
    units = _units_by_due(ins)
    tables["instructions_by_unit"] = StatTable(
        "instructions_by_unit", "领导批示件办理情况（按承办单位）", ["承办单位"] + [h for _, h in INSTRUCTION_COLUMNS],
        [[u, *_instruction_row(f)] for u, f in units], [[None, *_instruction_drills(unit=u)] for u, _ in units])

    tables["instructions_by_leader"] = StatTable(
        "instructions_by_leader", "领导批示件办理情况（按批示领导）", ["批示领导"] + [h for _, h in INSTRUCTION_COLUMNS],
        [[name, *_instruction_row(f)] for name, f in leaders.items()],
        [[None, *_instruction_drills(leader=name)] for name in leaders])
    return tables


def _units_by_due(ins: dict) -> list[tuple[str, dict]]:
    return sorted(ins["by_unit"].items(), key=lambda kv: (-kv[1]["due"], kv[0]))


def compute(start: dt.date, end: dt.date, today: dt.date,
            first: Callable[[dict[str, StatTable]], None] | None = None) -> StatsBundle:
    """The pane's content for the period [start, end] as seen on ``today``.

    ``first``, when given, is handed the instructions' tables (:func:`instruction_tables`)
    as soon as they are known, while the messages and the other sections are still
    being read: the pane shows its first tab before the rest."""
    others = [n for n in ("key_items", "activities", "research") if n in registry.names()]
    # The messages are added up inside SQLite — a few thousand rows come out of fifty
    # thousand — so on a file they are read beside the instructions, on a connection of
    # their own (models.core.db.beside): SQLite works without the interpreter lock while
    # this thread judges the instructions in Python (a year at ten years: 70–90 ms less).
    # Each half is consistent in itself, read moments apart. What reads row by row (the
    # other sections, the watchwords) stays on this thread: beside it, sqlite3 would hand
    # the interpreter lock back and forth for every row and slow both.
    # With ``first``, after the first tab: beside it, the reader's own bits of Python
    # would hold the first tab back.
    def read_beside() -> Callable[[], dict]:
        return beside(lambda: ov.message_breakdown(start, end, today))

    read_messages = read_beside() if first is None else None
    try:
        # What the figures judge only; the few records a drill-down lists get their
        # numbers and titles then (records_for).
        # 快·准·稳's facts come from the same statements, and its registered section's
        # rules judge them (registry.from_facts) — unless the first tab is waited for: that
        # would wait for the watchwords' selection and columns too (~35 ms at ten years),
        # so the section reads its own facts after it.
        watch = registry.given_facts("watchwords") if first is None else None
        if watch is None and "watchwords" in registry.names():
            others.append("watchwords")
        leader_of: dict[int, str] = {}
        watched: list | None = [] if watch is not None else None
        ifacts = instructions.facts_for_period(
            start, end, today, full=False, leaders=leader_of, watched=watched,
            watch=instructions.watch_ids(start, end) if watch is not None else None)
        ins, leaders = section_and_leaders(ifacts, leader_of, start, end, today)
        if first is not None:
            first(instruction_tables(ins, leaders))
            read_messages = read_beside()
        other_figures = registry.collect(start, end, today, others)
        if watch is not None:
            other_figures["watchwords"] = watch(watched, start, end, today)
    except BaseException:
        # The reader must not outlive the job (a restore waits for the jobs before
        # replacing the file); this side's error is the one reported.
        if read_messages is not None:
            with contextlib.suppress(BaseException):
                read_messages()
        raise
    breakdown = read_messages()
    months = ov.monthly_instructions(ifacts, start, end, today)
    figs: dict[str, dict] = {"instructions": ins, "instructions_by_leader": leaders,
                             "messages": messages.section_of(breakdown["all"])}
    figs.update(other_figures)
    tables = instruction_tables(ins, leaders)
    units = _units_by_due(ins)

    tables["monthly"] = StatTable(
        "monthly", "领导批示件逐月收件与办结", ["月份", "收件", "办结"],
        [[f"{a.year}年{a.month}月", f.received, f.completed] for a, f in months],
        [[None, Drill("instructions", "received", start=a, end=b), Drill("instructions", "completed", start=a, end=b)]
         for (a, b) in ov.months(start, end)])

    key = figs.get("key_items")
    if key is not None:
        rows: list[tuple[str, int, Drill]] = [
            ("全部事项", key["total"], Drill("key_items", "total")),
            ("本期到期", key["due"], Drill("key_items", "due")),
            ("本期完成", key["completed"], Drill("key_items", "completed"))]
        rows += [(f"状态：{s}", key["by_state"].get(s, 0), Drill("key_items", "by_state", value=s)) for s in KEY_STATES]
        rows += [(f"红绿灯：{light.text()}", key["by_light"].get(light.value, 0),
                  Drill("key_items", "by_light", value=light.value)) for light in Light]
        tables["key_items"] = StatTable("key_items", "重点工作事项（按状态、红绿灯）", ["分类", "项数"],
                                        [[a, b] for a, b, _ in rows] + [["季度进展缺报（单位·事项）", key["reports_missing"]]],
                                        [[None, d] for *_, d in rows] + [[None, None]])

    kinds = breakdown["by_kind"]
    tables["messages"] = StatTable(
        "messages", "网民留言办理情况（按类型）", ["类型"] + [h for _, h in MESSAGE_COLUMNS],
        [[k, *_message_row(f)] for k, f in kinds.items()] + [["合计", *_message_row(breakdown["all"])]],
        [[None, *_message_drills(kind=k)] for k in kinds] + [[None, *_message_drills()]])
    by_unit = breakdown["by_unit"]
    tables["messages_by_unit"] = StatTable(
        "messages_by_unit", "网民留言办理情况（按承办单位）", ["承办单位"] + [h for _, h in MESSAGE_COLUMNS],
        [[u, *_message_row(f)] for u, f in by_unit.items()], [[None, *_message_drills(unit=u)] for u in by_unit])

    act = figs.get("activities")
    if act is not None:
        tables["activities"] = StatTable(
            "activities", "督查活动（按督查方式）", ["督查方式", "次数"],
            [[m, act["by_method"].get(m, 0)] for m in METHODS] + [["合计", act["total"]],
                                                                 ["另已安排（尚未开展）", act["planned"]],
                                                                 ["涉及重点工作事项", act["items_covered"]],
                                                                 ["提出意见建议", act["suggestions"]],
                                                                 ["意见建议本期落实", act["suggestions_closed"]]],
            [[None, Drill("activities", "by_method", value=m)] for m in METHODS]
            + [[None, Drill("activities", "total")], [None, Drill("activities", "planned")],
               [None, None], [None, None], [None, None]])
    res = figs.get("research")
    if res is not None:
        tables["research"] = StatTable(
            "research", "督查调研", ["分类", "数量"],
            [["调研课题", res["topics"]]] + [[f"课题状态：{s}", res["by_state"].get(s, 0)] for s in TOPIC_STATES]
            + [["实地调研（次）", res["field_visits"]], ["实地调研另已安排（次）", res["field_visits_planned"]],
               ["报送调研报告", res["reports_submitted"]], ["意见建议被采纳", res["recommendations_adopted"]]],
            [[None, Drill("research", "topics")]] + [[None, Drill("research", "by_state", value=s)] for s in TOPIC_STATES]
            + [[None, Drill("research", "field_visits")], [None, Drill("research", "field_visits_planned")],
               [None, None], [None, None]])

    watch = figs.get("watchwords")
    if watch is not None:
        tables.update(watchword_tables(watch))

    rates = [(u, f["on_time_rate"], f["due"], f["completed_on_time"]) for u, f in units if f["due"]]
    return StatsBundle(start, end, today, figs, tables,
                       [(a, f.received, f.completed) for a, f in months], rates,
                       [(k, f.received, f.replied) for k, f in kinds.items()],
                       summary_paragraph(figs, start, end), ifacts, instruction_leaders=leader_of)


# ---- computed figures kept for repeated views ------------------------------------------------

#: How many periods' bundles are kept (a year, its quarters and a month or two).
KEPT_BUNDLES = 8
_kept: dict[tuple, StatsBundle] = {}
_kept_lock = threading.Lock()  # the pane's jobs may overlap (a newer period asked meanwhile)


def change_stamp() -> tuple:
    """What the figures of any period stand on, as it is now: the file (or server) and
    connection, the newest audit record — every change to the records writes one, in the
    same transaction, and its hash chains the whole history, so a restored copy does not
    pass for the state it replaced (the settings and the working-day calendar are changed
    by audited workflows too) — and the settings as stored. A write without an audit
    record (another program, a repair by hand) is not seen: asking for the figures
    again (the pane's 统计 button) computes them whatever the stamp says."""
    db = database()
    with db.atomic():
        head = db.execute_sql("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        stored = db.execute_sql("SELECT key, value FROM setting ORDER BY key").fetchall()
    return (str(db.database), id(db), tuple(head) if head else None, tuple(tuple(r) for r in stored))


def compute_kept(start: dt.date, end: dt.date, today: dt.date,
                 first: Callable[[dict[str, StatTable]], None] | None = None, *,
                 fresh: bool = False) -> StatsBundle:
    """:func:`compute`, or the bundle computed before for the same period and ``today``
    when nothing has changed since (:func:`change_stamp`): switching back to a period
    shows its figures without judging them again. ``fresh``: computed whatever is kept
    (and kept in its place). ``first`` is called only when the figures are computed."""
    stamp = change_stamp()
    key = (stamp, start, end, today)
    with _kept_lock:
        kept = None if fresh else _kept.pop(key, None)
        if kept is not None:
            _kept[key] = kept  # the most recently used last
            return kept
    bundle = compute(start, end, today, first)
    # Kept only if nothing was written while it was computed (it could stand on either state).
    if change_stamp() == stamp:
        with _kept_lock:
            _kept.pop(key, None)
            _kept[key] = bundle
            while len(_kept) > KEPT_BUNDLES:
                del _kept[next(iter(_kept))]
    return bundle


def forget_kept() -> None:
    """Drop every kept bundle (the next view computes its figures)."""
    with _kept_lock:
        _kept.clear()


def records_for(bundle: StatsBundle, drill: Drill) -> list[ov.RecordRef]:
    """The records behind one cell or bar of ``bundle``."""
    start, end = drill.start or bundle.start, drill.end or bundle.end
    if drill.area == "instructions":
        facts = bundle.instruction_facts
        if drill.leader is not None:
            facts = [f for f in facts if (bundle.instruction_leaders.get(f.id) or NO_LEADER) == drill.leader]
        return ov.instruction_records(facts, drill.key, start, end, bundle.today,
                                      level=drill.level if drill.level != "all" else None, unit=drill.unit)
    if drill.area == "messages":
        if bundle.message_facts is None:
            # The figures were added up without reading each message; the first cell
            # opened reads them (the same selection), and the others reuse them.
            bundle.message_facts = messages.facts_for_period(bundle.start, bundle.end)
        return ov.message_records(bundle.message_facts, drill.key, start, end, bundle.today,
                                  kind=drill.kind, unit=drill.unit)
    if drill.area == "key_items":
        return ov.key_item_records(start, end, bundle.today, drill.key, drill.value)
    if drill.area == "activities":
        return ov.activity_records(start, end, bundle.today, drill.key, drill.value)
    if drill.area == "research":
        return ov.research_records(start, end, bundle.today, drill.key, drill.value)
    raise ValueError(f"unknown area {drill.area!r}")
