"""The content of each printed document as plain data, computed from the database.

Each function returns a frozen dataclass (title, numbers, rows, paragraphs) that the
``reports`` modules turn into a GB/T 9704 page. The period, the records and "today"
are passed in, never read from the clock. The figures come from the same functions
``stats --json`` uses (:func:`models.core.figures.collect`, :mod:`models.overview.summary_text`), so a
document can never print a number the statistics do not show. The narrative
paragraphs a clerk edits are passed in separately (:class:`BulletinNarrative`); the
numbers are not part of them and cannot be typed over.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from models.calendar.lights import Light
from models.calendar.store import load_calendar
from models.calendar.workdays import compute_deadline, working_days_between
from models.core import settings
from models.core.errors import WorkflowError
from models.core.figures import collect
from models.core.numbers import date_cn, percent
from models.documents import register as reg
from models.instructions.records import (
    HANDLING_STATES,
    Assignment,
    Instruction,
    ProgressReport,
    current_assignments,
)
from models.instructions.states import LEVEL_ROWS
from models.key_items.activities import activities_between
from models.key_items.items import KeyItem, plan_for_year
from models.reference.directory import Unit

LIGHT_WORDS = {Light.RED: "红灯", Light.YELLOW: "黄灯", Light.GREEN: "绿灯", Light.GREY: "已结"}


_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’《》（）"
_SPACE_BY_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")


def printed(text: str) -> str:
    """Text from the database as a document prints it: dates written out ("2013-12-17" →
    "2013年12月17日") and no half-width space beside a Chinese character or mark
    ("超过办理时限 214 个工作日" → "超过办理时限214个工作日")."""
    text = _ISO_DATE.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", text.strip())
    return _SPACE_BY_CJK.sub("", text)


def sentence(text: str) -> str:
    """``text`` ending with a full stop (or the question/exclamation mark it has)."""
    text = text.strip().rstrip("；;，,、")
    return text if not text or text[-1] in "。！？”）" else text + "。"


def role_phrase(role: str) -> str:
    """"牵头办理" / "协办": how a notice says what a unit is asked to do (never "协办办理")."""
    return "协办" if role == "协办" else f"{role}办理"


def instruction_phrase(leader: str, source_title: str, matter: str, number: str) -> str:
    """"黄振宇同志在《关于…的联名信》上的批示（督〔2013〕4号）", or, without a source,
    "黄振宇同志关于城中村改造的批示（…）": a matter that already begins with 关于, or a
    title in quotes, is never wrapped again ("关于“关于…”的批示")."""
    title = source_title.strip().strip("《》")
    if title:
        head = f"{leader}同志在《{title}》上的批示"
    else:
        topic = matter.strip().strip("“”\"")
        topic = topic[2:] if topic.startswith("关于") else topic
        head = f"{leader}同志关于{topic}的批示" if topic else f"{leader}同志的批示"
    return head + (f"（{number}）" if number else "")


def plain(data: Any) -> dict[str, Any]:
    """A document's data as JSON-ready values (dates as ISO text), for the register's snapshot."""
    raw = dataclasses.asdict(data)
    return json.loads(json.dumps(raw, ensure_ascii=False, default=_iso))


def revive(cls: type, snapshot: dict[str, Any]) -> Any:
    """The document's data back from its register snapshot (the inverse of :func:`plain`): nested
    records, lists, dicts and dates rebuilt from the dataclass's field types.

    A field added to the data since the document was issued takes its default; one
    without a default cannot be rebuilt and is refused.
    """
    return _revive(cls, snapshot)


def _revive(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in typing.get_args(kind) if a is not type(None)]
        return _revive(options[0], value) if len(options) == 1 else value
    if origin in (list, tuple, Sequence):
        (inner, *_rest) = typing.get_args(kind) or (Any,)
        return [_revive(inner, v) for v in value]
    if origin is dict:
        _key, inner = typing.get_args(kind) or (str, Any)
        return {k: _revive(inner, v) for k, v in value.items()}
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        hints = typing.get_type_hints(kind)
        values = {}
        for f in dataclasses.fields(kind):
            if f.name in value:
                values[f.name] = _revive(hints[f.name], value[f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise WorkflowError(f"登记簿中保存的数据缺少“{f.name}”，无法按原样重新生成此文件；请重印 PDF 原件。")
        return kind(**values)
    if kind is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if kind is dt.datetime and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    return value


def _iso(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


@dataclass(frozen=True)
class Office:
    """Who issues: the office, its parent body (印发机关), its contact line ("" while not
    set) and whether it prints on both sides of the paper (GB/T 9704's way)."""

    name: str
    parent: str
    contact: str
    double_sided: bool = True


def office() -> Office:
    """The office as set in 设置 (本室, 公文)."""
    contact = settings.get(settings.OFFICE_CONTACT)
    return Office(settings.get(settings.OFFICE_NAME), settings.get(settings.OFFICE_PARENT),
                  "" if reg.contact_missing(contact) else printed(contact),
                  bool(settings.get(reg.DOUBLE_SIDED)))


def names_in(text: str) -> list[str]:
    """The units' names and short names that occur in ``text`` (a title breaks around them)."""
    found = []
    for name, short in Unit.select(Unit.name, Unit.short_name).tuples():
        found.extend(n for n in (name, short) if n and len(n) > 1 and n in text)
    return sorted(set(found), key=lambda n: (-len(n), n))


def _split(text: str) -> list[str]:
    return [s.strip() for s in text.replace("，", "、").replace(",", "、").replace("；", "、").split("、")
            if s.strip()]


# ==================================================================== 督查通报

@dataclass(frozen=True)
class BulletinNarrative:
    """The parts of a bulletin the clerk writes and edits before issuing (no figures in them)."""

    title: str
    overview: str
    key_items_comment: str
    problems_comment: str
    next_steps: str


def period_label(start: dt.date, end: dt.date) -> str:
    """"2014年1—10月" for whole months of one year, else the two dates (one date for one day)."""
    if start == end:
        return date_cn(start)
    month_end = (end + dt.timedelta(days=1)).day == 1
    if start.year == end.year and start.day == 1 and month_end:
        if start.month == end.month:
            return f"{start.year}年{start.month}月"
        return f"{start.year}年{start.month}—{end.month}月"
    if start.year == end.year:
        return f"{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日"
    return f"{date_cn(start)}至{date_cn(end)}"


def default_narrative(start: dt.date, end: dt.date, lights: dict[str, int] | None = None,
                      problems: bool | None = None) -> BulletinNarrative:
    """The wording a new bulletin starts from; the clerk rewrites it as the period needs.

    The advice speaks only of what the period has: red and yellow lights (``lights``,
    counted from the key items on ``end`` when not given), problems found (``problems``,
    looked up when not given).
    """
    if lights is None:
        lights = _light_counts(_key_item_rows(end.year, end)[1])
    if problems is None:
        problems = any(a.problems.strip() for a in activities_between(start, end))
    warned = [w for w in ("红灯", "黄灯") if lights.get(w)]
    if warned:
        comment = (f"对亮{'、'.join(warned)}的事项，牵头单位要逐项分析原因，明确整改措施和完成时限，"
                   "确保按期完成年度目标任务。")
    else:
        comment = "各牵头单位要保持工作力度，按计划节点推进，确保按期完成年度目标任务。"
    return BulletinNarrative(
        title=f"关于{period_label(start, end)}市委重点工作和领导批示件督查落实情况的通报",
        overview=("市委督查室紧紧围绕市委中心工作，坚持“快、准、稳”的工作要求，"
                  "综合运用重点督查、专项督查、定点督查和跟踪督查等方式，推动市委各项决策部署落到实处。"),
        key_items_comment=comment,
        problems_comment=("对督查发现的问题，有关单位要建立台账、逐项整改，整改情况及时报市委督查室。"
                          if problems else ""),
        next_steps=("一是继续加强跟踪督查，对重点工作事项实行季度通报。\n"
                    "二是严格落实领导批示件办理时限，对超期未办结的事项及时催办。\n"
                    "三是强化督查结果运用，将督查情况纳入年度绩效考评。"),
    )


@dataclass(frozen=True)
class LevelRow:
    """One level of instructions in the figures table."""

    label: str
    received: int
    registered: int
    completed: int
    due: int
    on_time: int
    overdue: int
    rate: str


@dataclass(frozen=True)
class KeyItemRow:
    """One key item in the progress table."""

    number: int
    title: str
    lead_unit: str
    progress: str
    light: str


@dataclass(frozen=True)
class ProgressDetail:
    """One unit's latest quarterly report on a key item (for the bulletin's detail section)."""

    item_number: int
    item_title: str
    unit: str
    period: str
    done: str
    problems: str
    next_steps: str


@dataclass(frozen=True)
class InstructionRow:
    """One instruction handled in the period."""

    number: str
    leader: str
    matter: str
    units: str
    deadline: str
    state: str


@dataclass(frozen=True)
class ProblemRow:
    """Problems one supervision activity found, each said once, as a sentence."""

    day: dt.date
    method: str
    title: str
    problems: str


@dataclass(frozen=True)
class CarriedOver:
    """What of a level's figures belongs to earlier periods, so the text can say why
    "办理5件，办结6件" or "超期1" beside "到期办结率100%" is no contradiction."""

    completed_registered_before: int = 0
    overdue_due_before: int = 0


@dataclass(frozen=True)
class BulletinData:
    """Everything a 督查通报 prints."""

    year: int
    issue: int
    number: str
    issued_on: dt.date
    start: dt.date
    end: dt.date
    office: Office
    mark: str
    recipients: str
    cc: list[str]
    narrative: BulletinNarrative
    summary: str
    levels: list[LevelRow]
    light_counts: dict[str, int]
    key_items: list[KeyItemRow]
    key_items_plan: str
    instructions: list[InstructionRow]
    problems: list[ProblemRow]
    suggestions: int
    suggestions_open: int
    figures: dict[str, Any] = field(default_factory=dict)
    details: list[ProgressDetail] = field(default_factory=list)
    carried: dict[str, CarriedOver] = field(default_factory=dict)
    today: dt.date | None = None
    requested_end: dt.date | None = None
    """The end asked for when it lay after today (the bulletin stops at today)."""
    title_words: list[str] = field(default_factory=list)




def _level_rows(ins: dict[str, Any]) -> list[LevelRow]:
    rows = []
    for key, label in LEVEL_ROWS:
        f = ins.get(key) or {}
        rows.append(LevelRow(label, int(f.get("received") or 0), int(f.get("registered") or 0),
                             int(f.get("completed") or 0), int(f.get("due") or 0),
                             int(f.get("completed_on_time") or 0), int(f.get("overdue") or 0),
                             percent(f.get("on_time_rate")) or "—"))
    return rows


def _progress_details(year: int) -> list[ProgressDetail]:
    """Every unit's latest report on each item; an item without any report has one
    detail with no unit, so the details number the items as the table does."""
    from models.key_items.progress import latest_progress

    plan = plan_for_year(year)
    if plan is None:
        return []
    items = list(KeyItem.select().where(KeyItem.plan == plan.id).order_by(KeyItem.number))
    latest = latest_progress([i.id for i in items])
    out = []
    for i in items:
        reports = latest.get(i.id, [])
        if not reports:
            out.append(ProgressDetail(i.number, printed(i.title), "", "", "", "", ""))
        out.extend(ProgressDetail(i.number, printed(i.title), r.unit.short_name or r.unit.name,
                                  f"{r.year}年第{r.quarter}季度", printed(r.done), printed(r.problems),
                                  printed(r.next_steps))
                   for r in reports)
    return out


def _light_counts(rows: Sequence[KeyItemRow]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.light] = counts.get(r.light, 0) + 1
    return counts


def findings(text: str) -> str:
    """An activity's findings as printed: each once, separated by "；", ending with "。"."""
    parts = [printed(p).strip("。；;，, ") for p in re.split(r"[；;\n]+", text)]
    return sentence("；".join(dict.fromkeys(p for p in parts if p)))


def _carried(start: dt.date, end: dt.date) -> dict[str, CarriedOver]:
    from models.instructions.states import LEVEL_KEYS, WITHDRAWN_STATES

    out: dict[str, CarriedOver] = {}
    for level, key in LEVEL_KEYS.items():
        q = Instruction.select().where(Instruction.level == level)
        done = q.where(Instruction.completed_on.between(start, end) & (Instruction.accepted_on < start)
                       & Instruction.state.not_in(WITHDRAWN_STATES)).count()
        late = q.where(Instruction.state.in_(HANDLING_STATES) & (Instruction.deadline < start)).count()
        out[key] = CarriedOver(done, late)
    out["all"] = CarriedOver(sum(c.completed_registered_before for c in out.values()),
                             sum(c.overdue_due_before for c in out.values()))
    return out


def period_opening(start: dt.date, end: dt.date) -> str:
    """"今年以来" for a period from 1 January, "2014年10月28日" for one day, else both dates."""
    if start == end:
        return date_cn(start)
    if start == dt.date(start.year, 1, 1) and end.year == start.year:
        return "今年以来"
    if start.year == end.year:
        return f"{date_cn(start)}至{end.month}月{end.day}日"
    return f"{date_cn(start)}至{date_cn(end)}"


def bulletin_summary(figures: dict[str, Any], start: dt.date, end: dt.date,
                     carried: dict[str, CarriedOver]) -> str:
    """The bulletin's opening paragraph: only what the period has, each figure explained
    where it would read oddly ("办结6件（其中1件为此前立项）")."""
    parts: list[str] = []
    ins = figures.get("instructions") or {}
    for key, verb, label in (("regional", "办理", "自治区党委领导"), ("city", "立项办理", "市委领导")):
        f = ins.get(key) or {}
        handled, done = int(f.get("registered") or 0), int(f.get("completed") or 0)
        if not handled and not done:
            continue
        text = f"{verb}{label}批示件{handled}件，办结{done}件"
        before = carried.get(key, CarriedOver()).completed_registered_before
        if before:
            text += f"（其中{before}件为{date_cn(start)}前立项）"
        rate = percent(f.get("on_time_rate"))
        if rate:
            text += f"，到期办结率{rate}"
        parts.append(text)
    if parts:
        parts[0] = "共" + parts[0]
    key = figures.get("key_items") or {}
    act = figures.get("activities") or {}
    if key.get("total") and act.get("total"):
        text = f"围绕{key['total']}项重点工作开展督查活动{act['total']}次"
    elif act.get("total"):
        text = f"开展督查活动{act['total']}次"
    else:
        text = ""
    if text and key.get("completed"):
        text += f"，其中{key['completed']}项重点工作已完成"
    if text:
        parts.append(text)
    res = figures.get("research") or {}
    if res.get("field_visits"):
        # Topics are the year's; only the visits belong to the period.
        topics = f"围绕{end.year}年度{res['topics']}个督查调研课题" if res.get("topics") else ""
        parts.append(f"{topics}深入实地督查调研{res['field_visits']}次")
    msg = figures.get("messages") or {}
    if msg.get("replied"):
        text = f"回复网民留言{int(msg['replied'])}条"
        rate = percent(msg.get("reply_rate"))
        parts.append(text + (f"，回复率{rate}" if rate else ""))
    opening = period_opening(start, end)
    if not parts:
        return (f"{opening}，没有立项、办结或到期的领导批示件，没有开展督查活动和督查调研，"
                "也没有回复网民留言。")
    return f"{opening}，" + "；".join(parts) + "。"


def _key_item_rows(year: int, today: dt.date) -> tuple[str, list[KeyItemRow]]:
    from models.key_items.progress import item_statuses, latest_progress

    plan = plan_for_year(year)
    if plan is None:
        return "", []
    items = list(KeyItem.select(KeyItem, Unit).join(Unit, on=(KeyItem.lead_unit == Unit.id))
                 .where(KeyItem.plan == plan.id).order_by(KeyItem.number))
    ids = [i.id for i in items]
    statuses = item_statuses(ids, today, load_calendar())
    latest = latest_progress(ids)
    rows = []
    for item in items:
        reports = latest.get(item.id, [])
        lead = [r for r in reports if r.unit_id == item.lead_unit_id] or reports
        if item.state in ("已完成", "已中止"):
            progress = item.state + (f"（{date_cn(item.state_since)}）" if item.state_since else "")
        elif lead:
            progress = f"{lead[0].year}年第{lead[0].quarter}季度：{lead[0].done.strip()}"
        else:
            progress = "尚未报送进展情况"
        rows.append(KeyItemRow(item.number, printed(item.title), item.lead_unit.short_name or item.lead_unit.name,
                               printed(progress), LIGHT_WORDS[statuses[item.id].light]))
    return plan.title, rows


def _instruction_rows(start: dt.date, end: dt.date) -> list[InstructionRow]:
    q = (Instruction.select()
         .where(Instruction.completed_on.between(start, end)
                | Instruction.deadline.between(start, end)
                | (Instruction.state.in_(HANDLING_STATES) & (Instruction.received_on <= end)))
         .order_by(Instruction.number_year, Instruction.number_seq, Instruction.id))
    rows = []
    for ins in q:
        rows.append(InstructionRow(ins.number, ins.leader_name, printed(ins.title), printed(ins.unit_names),
                                   date_cn(ins.deadline), ins.state))
    return rows


def bulletin_data(start: dt.date, end: dt.date, today: dt.date, issue: int, number: str,
                  issued_on: dt.date, narrative: BulletinNarrative | None = None,
                  details: bool = False) -> BulletinData:
    """The bulletin of the period [start, end] as seen on ``today``.

    ``issue`` and ``number`` are the proposed (or chosen) issue number and its printed
    form; ``narrative`` is the clerk's text, the default wording when ``None``;
    ``details`` adds every unit's latest quarterly report on each key item.
    """
    if end < start:
        raise WorkflowError("通报期间的截止日期早于起始日期，请核对。")
    if start > today:
        raise WorkflowError(f"通报期间从{date_cn(start)}开始，晚于今天（{date_cn(today)}），"
                            "还没有可以通报的情况。请核对起始日期。")
    requested_end = None
    if end > today:
        # A bulletin reports what has happened: it stops at today.
        requested_end, end = end, today
    figures = collect(start, end, today)
    ins = figures.get("instructions", {})
    plan_title, key_rows = _key_item_rows(end.year, today)
    problems = [ProblemRow(a.day, a.method, printed(a.title), findings(a.problems))
                for a in activities_between(start, end) if a.problems.strip()]
    act = figures.get("activities", {})
    lights = (figures.get("key_items") or {}).get("by_light", {})
    by_light = {LIGHT_WORDS[Light(k)]: int(v) for k, v in lights.items()}
    carried = _carried(start, end)
    if narrative is None:
        narrative = default_narrative(start, end, by_light, bool(problems))
    return BulletinData(
        year=issued_on.year, issue=issue, number=number, issued_on=issued_on, start=start, end=end,
        office=office(), mark=settings.get(settings.BULLETIN_MARK), recipients=settings.get(reg.BULLETIN_TO),
        cc=_split(settings.get(reg.BULLETIN_CC)),
        narrative=narrative,
        summary=bulletin_summary(figures, start, end, carried), levels=_level_rows(ins),
        light_counts=by_light, key_items=key_rows, key_items_plan=plan_title,
        instructions=_instruction_rows(start, end), problems=problems,
        suggestions=int(act.get("suggestions") or 0), suggestions_open=int(act.get("suggestions_open") or 0),
        figures={k: v for k, v in ins.items() if k != "by_unit"},
        details=_progress_details(end.year) if details else [],
        carried=carried, today=today, requested_end=requested_end, title_words=names_in(narrative.title),
    )


# ==================================================================== 通报批评

@dataclass(frozen=True)
class CriticismRow:
    """One unit's mishandled matter: the instruction's number and matter, its deadline
    and how it was mishandled (the deadline said once, in words)."""

    unit: str
    matter: str
    deadline: str
    mishandling: str
    number: str = ""


_NUMBERED_MATTER = re.compile(r"^(\S*〔\d{4}〕\d+号)\s*(.*)$")


def mishandling_text(text: str, deadline: dt.date | None) -> str:
    """The reasons as a notice prints them: dates in words, no spaces, and without
    "（时限 …）" when the notice has already given the deadline."""
    out = printed(text)
    if deadline is not None:
        said = date_cn(deadline)
        out = out.replace(f"（时限{said}）", "").replace(f"（时限{said}，", "（")
    return out.strip("。；; ")


@dataclass(frozen=True)
class CriticismData:
    """Everything a 通报批评 prints."""

    criticism_id: int
    year: int
    seq: int
    number: str
    issued_on: dt.date
    title: str
    office: Office
    main_to: str
    copy_to: list[str]
    units: list[str]
    rows: list[CriticismRow]
    requirement: str
    required_by: dt.date
    title_words: list[str] = field(default_factory=list)


def criticism_data(criticism_id: int, seq: int, number: str, issued_on: dt.date) -> CriticismData:
    """The notice of one criticism record (通报批评记录)."""
    from models.instructions.criticism import Criticism, criticism_items

    record = Criticism.get_or_none(Criticism.id == criticism_id)
    if record is None:
        raise WorkflowError(f"没有编号为 {criticism_id} 的通报批评记录。")
    items = criticism_items(criticism_id)
    if not items:
        raise WorkflowError("该通报批评记录没有列入任何单位，无法生成通报。")
    rows = []
    units: list[str] = []
    for it in items:
        unit = Unit.get_by_id(it.unit_id)
        units.append(unit.name)
        m = _NUMBERED_MATTER.match(it.matter.strip())
        ins_number, matter = (m[1], m[2]) if m else ("", it.matter)
        rows.append(CriticismRow(unit.name, printed(matter), date_cn(it.deadline),
                                 mishandling_text(it.mishandling, it.deadline), ins_number))
    title = printed(record.title)
    return CriticismData(criticism_id, issued_on.year, seq, number, issued_on, title, office(),
                         printed(record.main_to), _split(record.copy_to), list(dict.fromkeys(units)), rows,
                         printed(record.requirement), record.required_by, names_in(title))


# ==================================================================== 督办通知单

@dataclass(frozen=True)
class NoticeData:
    """Everything a 督办通知单 prints for one instruction and one unit."""

    instruction_id: int
    instruction_number: str
    unit_id: int
    unit: str
    role: str
    other_units: list[str]
    year: int
    seq: int
    number: str
    issued_on: dt.date
    level_label: str
    leader: str
    instructed_on: dt.date | None
    text: str
    matter: str
    source_title: str
    source_issuer: str
    source_number: str
    urgency: str
    deadline: dt.date
    deadline_days: int | None
    provisional: bool
    office: Office
    overdue_days: int = 0
    """Working days the deadline had passed on the day of the notice (a notice issued again)."""


@dataclass(frozen=True)
class NoticeTarget:
    """A unit to send a notice to, with its deadline (recorded or proposed)."""

    unit_id: int
    unit: str
    is_lead: bool
    deadline: dt.date
    days: int | None
    provisional: bool


def notice_targets(instruction_id: int, on: dt.date, unit_ids: Sequence[int] = (),
                   days: int | None = None, deadline: dt.date | None = None) -> list[NoticeTarget]:
    """The units a notice goes to: the recorded assignments of the units handling it now
    (a unit replaced by 更换 gets no more notices), or — for an instruction
    that is 已立项 and not yet assigned — ``unit_ids`` (the first leads) with the deadline
    the 交办 will record (a date, or ``days`` working days after ``on``)."""
    ins = Instruction.get_or_none(Instruction.id == instruction_id)
    if ins is None:
        raise WorkflowError("所选批示件不存在。")
    recorded = current_assignments(instruction_id)
    if recorded:
        chosen = [a for a in recorded if not unit_ids or a.unit_id in unit_ids]
        if not chosen:
            raise WorkflowError(f"{ins.number} 未交办给所选单位。")
        return [NoticeTarget(a.unit_id, a.unit.name, a.is_lead, a.deadline, a.deadline_days, a.provisional)
                for a in chosen]
    if ins.state != "已立项":
        raise WorkflowError(f"{ins.number} 当前为“{ins.state}”，须先立项才能交办并印发督办通知单。")
    if not unit_ids:
        raise WorkflowError(f"{ins.number} 尚未交办，请指定承办单位（第一个为牵头单位）。")
    if (days is None) == (deadline is None):
        raise WorkflowError("请填写办理时限：具体日期，或交办后 N 个工作日（二选一）。")
    if deadline is not None:
        due, provisional = deadline, not load_calendar().is_known(deadline)
    else:
        computed = compute_deadline(load_calendar(), on, int(days or 0))
        due, provisional = computed.date, computed.provisional
    out = []
    for i, uid in enumerate(unit_ids):
        unit = Unit.get_or_none(Unit.id == uid)
        if unit is None:
            raise WorkflowError("所选单位不存在，请刷新后重新选择。")
        out.append(NoticeTarget(unit.id, unit.name, i == 0, due, days, provisional))
    return out


def notice_data(instruction_id: int, target: NoticeTarget, others: Sequence[NoticeTarget], seq: int,
                number: str, issued_on: dt.date) -> NoticeData:
    """The 督办通知单 for one unit: the leader's instruction word for word and what to do by when."""
    ins = Instruction.get_by_id(instruction_id)
    late = (working_days_between(load_calendar(), target.deadline, issued_on)
            if target.deadline < issued_on else 0)
    return NoticeData(
        instruction_id=ins.id, instruction_number=ins.number, unit_id=target.unit_id, unit=target.unit,
        role="牵头" if target.is_lead else "协办",
        other_units=[o.unit for o in others if o.unit_id != target.unit_id],
        year=issued_on.year, seq=seq, number=number, issued_on=issued_on, level_label=ins.level_label,
        leader=ins.leader_name, instructed_on=ins.instructed_on, text=ins.text.strip(), matter=printed(ins.title),
        source_title=printed(ins.source_title), source_issuer=printed(ins.source_issuer),
        source_number=printed(ins.source_number),
        urgency=ins.urgency, deadline=target.deadline, deadline_days=target.days,
        provisional=target.provisional, office=office(), overdue_days=late)


# ==================================================================== 催办通知

@dataclass(frozen=True)
class ReminderData:
    """Everything a 催办通知 to one unit prints."""

    assignment_id: int
    instruction_id: int
    instruction_number: str
    unit: str
    role: str
    year: int
    seq: int
    number: str
    issued_on: dt.date
    level_label: str
    leader: str
    matter: str
    text: str
    assigned_on: dt.date
    deadline: dt.date
    overdue_days: int
    remaining_days: int
    times: int
    last_progress: str
    reply_by: dt.date
    office: Office
    source_title: str = ""


def reminder_assignments(instruction_id: int, unit_ids: Sequence[int] = ()) -> list[Assignment]:
    """The assignments of an instruction that a reminder can go to (being handled, not replaced)."""
    ins = Instruction.get_or_none(Instruction.id == instruction_id)
    if ins is None:
        raise WorkflowError("所选批示件不存在。")
    if ins.state not in HANDLING_STATES:
        raise WorkflowError(f"{ins.number} 当前为“{ins.state}”，只有已交办、办理中的批示件才能催办。")
    chosen = [a for a in current_assignments(instruction_id) if not unit_ids or a.unit_id in unit_ids]
    if not chosen:
        raise WorkflowError(f"{ins.number} 没有可催办的承办单位。")
    return chosen


def reminder_data(assignment_id: int, seq: int, number: str, issued_on: dt.date,
                  reply_days: int | None = None) -> ReminderData:
    """The reminder to one unit on ``issued_on``: how late (or how close) it is, the n-th time."""
    from models.calendar.workdays import add_working_days

    a = Assignment.get_by_id(assignment_id)
    ins = Instruction.get_by_id(a.instruction_id)
    unit = Unit.get_by_id(a.unit_id)
    cal = load_calendar()
    overdue = working_days_between(cal, a.deadline, issued_on) if a.deadline < issued_on else 0
    remaining = working_days_between(cal, issued_on, a.deadline) if a.deadline >= issued_on else 0
    last = (ProgressReport.select().where(ProgressReport.assignment == a.id)
            .order_by(ProgressReport.reported_on.desc(), ProgressReport.id.desc()).first())
    last_text = f"{date_cn(last.reported_on)}报送：{printed(last.text)}" if last else ""
    n = reply_days if reply_days is not None else settings.get(reg.REPLY_DAYS)
    return ReminderData(
        assignment_id=a.id, instruction_id=ins.id, instruction_number=ins.number, unit=unit.name,
        role=a.role, year=issued_on.year, seq=seq, number=number, issued_on=issued_on,
        level_label=ins.level_label, leader=ins.leader_name, matter=printed(ins.title), text=ins.text.strip(),
        assigned_on=a.assigned_on, deadline=a.deadline, overdue_days=overdue, remaining_days=remaining,
        times=a.reminder_count + 1, last_progress=last_text, reply_by=add_working_days(cal, issued_on, n),
        office=office(), source_title=printed(ins.source_title))


# ==================================================================== 决定事项反馈

@dataclass(frozen=True)
class DecisionLine:
    """One decided matter and how it stands."""

    minutes_number: str
    paragraph: str
    item_number: int
    title: str
    lead_unit: str
    deadline: str
    state: str
    light: str
    latest: str


@dataclass(frozen=True)
class MinutesSection:
    """One set of minutes and its decided matters."""

    number: str
    meeting: str
    held_on: dt.date
    lines: list[DecisionLine]


@dataclass(frozen=True)
class FeedbackData:
    """The feedback report to the standing committee on decided matters (向市委反馈)."""

    year: int
    seq: int
    number: str
    issued_on: dt.date
    today: dt.date
    title: str
    office: Office
    sections: list[MinutesSection]
    total: int
    by_state: dict[str, int]
    signer: str = ""
    """签发人 of this 上行文 ("" while 设置 has none)."""
    title_words: list[str] = field(default_factory=list)


_QUARTER_FIRST = re.compile(r"^(\d{4}年第\d季度)\s+(.*)$", re.S)


def _latest_text(text: str) -> str:
    """"市重大办：完成征地拆迁62%；市工信委：…（2014年第3季度）" from the rows' "2014年第3季度 …"."""
    m = _QUARTER_FIRST.match(text.strip())
    if m:
        return f"{printed(m[2]).rstrip('。；')}（{m[1]}）"
    return printed(text)


def _light_word(light_text: str) -> str:
    return next((LIGHT_WORDS[light] for light in Light if light.text() == light_text), light_text)


def feedback_data(minutes_ids: Sequence[int], seq: int, number: str, issued_on: dt.date,
                  today: dt.date) -> FeedbackData:
    """The state of each decided matter of the chosen minutes (all minutes when none chosen)."""
    from models.key_items.meetings import MeetingMinutes, feedback_rows

    cal = load_calendar()
    ids = list(minutes_ids) or [mid for (mid,) in MeetingMinutes.select(MeetingMinutes.id)
                                .order_by(MeetingMinutes.held_on).tuples()]
    if not ids:
        raise WorkflowError("还没有登记会议纪要，无法生成决定事项落实情况反馈。")
    sections: list[MinutesSection] = []
    by_state: dict[str, int] = {}
    for mid in ids:
        minutes = MeetingMinutes.get_or_none(MeetingMinutes.id == mid)
        if minutes is None:
            raise WorkflowError(f"没有编号为 {mid} 的会议纪要。")
        lines = []
        for r in feedback_rows(today, cal, mid):
            lines.append(DecisionLine(r.minutes_number, r.paragraph, r.item_number, printed(r.title), r.lead_unit,
                                      printed(r.deadline), r.state, _light_word(r.light_text),
                                      _latest_text(r.latest)))
            by_state[r.state] = by_state.get(r.state, 0) + 1
        sections.append(MinutesSection(minutes.number, minutes.meeting, minutes.held_on, lines))
    total = sum(len(s.lines) for s in sections)
    title = "关于市委常委会会议决定事项落实情况的报告"
    return FeedbackData(issued_on.year, seq, number, issued_on, today, title, office(), sections, total, by_state,
                        printed(settings.get(reg.FEEDBACK_SIGNER)), names_in(title))
