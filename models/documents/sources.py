"""What each kind of document can be made of (its source records), with the key the
command line takes for each: ``documents --sources KIND`` lists them, and
``special-report --activity/--topic`` accepts an id or a piece of the title.

The 文档 pane offers the same records in its pickers (:func:`instruction_choices`,
:func:`message_choices`, :func:`activities`, :func:`topics`); these lists follow the same
rules (a 督查专报 only of an activity or topic with findings, a 办理情况报告 only of an
instruction 已复核/已报结, a 转办单 only of a forwarded message …).
"""
from __future__ import annotations

from dataclasses import dataclass

from models.core.errors import WorkflowError
from models.core.numbers import date_cn
from models.documents import register as reg
from models.documents.more_data import ACTIVITY, REPORTABLE, RESEARCH, TRANSFERABLE
from models.instructions.states import ACCEPTED, HANDLING_STATES


@dataclass(frozen=True)
class Source:
    """One record a document can be made of: the option and value to give the command, and a description."""

    option: str
    key: str
    text: str

    @property
    def argument(self) -> str:
        """As typed on the command line, e.g. ``--topic 3``."""
        return f"{self.option} {self.key}"


def activities() -> list[Source]:
    """督查活动 with problems found or suggestions made (those a 专报 can report), newest first."""
    from models.key_items.activities import ActivitySuggestion, SupervisionActivity

    suggested = {a for (a,) in ActivitySuggestion.select(ActivitySuggestion.activity).tuples()}
    return [Source("--activity", str(a.id), f"督查活动　{date_cn(a.day)}　{a.title}")
            for a in SupervisionActivity.select().order_by(SupervisionActivity.day.desc(), SupervisionActivity.id.desc())
            if a.problems.strip() or a.id in suggested]


def topics() -> list[Source]:
    """督查调研课题 with findings, newest first."""
    from models.research.topics import Finding, ResearchTopic

    found = {t for (t,) in Finding.select(Finding.topic).tuples()}
    return [Source("--topic", str(t.id), f"调研课题　{t.year}年　{t.title}")
            for t in ResearchTopic.select().order_by(ResearchTopic.year.desc(), ResearchTopic.id.desc())
            if t.id in found]


def instruction_choices(states: tuple[str, ...], reported_from: int | None = None) -> list[tuple[int, str, str, str, str]]:
    """(id, number, 批示领导, matter, state) of the instructions in ``states``, the newest
    number first — the choices of the documents made of one instruction. ``reported_from``:
    of those 已报结, only the ones numbered or reported from that year on (ten years of
    them are in an office's file; an older one is chosen from its record). Read in one
    statement without building a model per row: at ten years a picker lists thousands."""
    from models.core.db import database
    from models.instructions.states import REPORTED

    marks = ", ".join("?" for _ in states)
    sql = f"SELECT id, number, leader_name, matter, state FROM instruction WHERE state IN ({marks})"
    args: list = list(states)
    if reported_from is not None:
        sql += " AND (state != ? OR number_year >= ? OR reported_on >= ?)"
        args += [REPORTED, reported_from, f"{reported_from:04d}-01-01"]
    return [tuple(r) for r in database().execute_sql(sql + " ORDER BY number_year DESC, number_seq DESC",
                                                    args).fetchall()]


def message_choices() -> list[tuple[int, str, str, str]]:
    """(id, board number, title, unit) of the messages a 转办单 can be made of (forwarded to
    a unit), the latest forwarded first; the unit by its short name when it has one."""
    from models.core.db import database

    marks = ", ".join("?" for _ in TRANSFERABLE)
    return [tuple(r) for r in database().execute_sql(
        "SELECT m.id, m.board_no, m.title, CASE WHEN u.short_name != '' THEN u.short_name ELSE u.name END "
        f"FROM message m JOIN unit u ON u.id = m.unit_id WHERE m.state IN ({marks}) "
        "ORDER BY m.forwarded_on DESC, m.id DESC", list(TRANSFERABLE)).fetchall()]


def _instructions(states: tuple[str, ...]) -> list[Source]:
    return [Source("--instruction", number, f"{leader}　{matter}（{state}）")
            for _id, number, leader, matter, state in instruction_choices(states)]


def sources(kind: str) -> list[Source]:
    """The records a document of ``kind`` can be made of now; empty for the 督查通报 (made of a period)."""
    if kind == reg.SPECIAL:
        return topics() + activities()
    if kind == reg.REPORT_BACK:
        return _instructions(REPORTABLE)
    if kind == reg.NOTICE:
        return _instructions((ACCEPTED, *HANDLING_STATES))
    if kind == reg.REMINDER:
        return _instructions(tuple(HANDLING_STATES))
    if kind == reg.CRITICISM:
        from models.instructions.criticism import Criticism

        return [Source("--record", str(c.id), f"{c.title}（{c.state}）") for c in Criticism.select().order_by(Criticism.id.desc())]
    if kind == reg.FEEDBACK:
        from models.key_items.meetings import MeetingMinutes

        return [Source("--minutes", m.number, f"{m.meeting}　{date_cn(m.held_on)}")
                for m in MeetingMinutes.select().order_by(MeetingMinutes.held_on)]
    if kind == reg.LEADER_SHEET:
        from models.instructions.records import Instruction
        from models.reference.directory import Leader

        named = sorted(n for (n,) in Instruction.select(Instruction.leader_name)
                       .where(Instruction.leader_name != "").distinct().tuples())
        posts = dict(Leader.select(Leader.name, Leader.post).tuples())
        return [Source("--leader", n, posts.get(n) or "") for n in named]
    if kind == reg.MESSAGE:
        return [Source("--message", board_no, f"{title}（转{unit}）") for _id, board_no, title, unit in message_choices()]
    if kind in reg.KIND_LABELS:
        return []
    raise WorkflowError(f"未知的文件类型“{kind}”。可选：{'、'.join(reg.KINDS)}。")


def special_source(source: str, given: str) -> int:
    """The id of the activity (``source`` = "activity") or research topic ("research") ``given``
    as its id or as a piece of its title found in exactly one of those a 专报 can be made of."""
    label = "督查活动" if source == ACTIVITY else "督查调研课题"
    option = "--activity" if source == ACTIVITY else "--topic"
    given = given.strip()
    if given.isdigit():
        return int(given)
    if source == ACTIVITY:
        from models.key_items.activities import SupervisionActivity as Model
    elif source == RESEARCH:
        from models.research.topics import ResearchTopic as Model
    else:
        raise WorkflowError(f"未知的专报来源“{source}”。")
    if not given:
        raise WorkflowError(f"请给出{label}的编号或标题中的几个字。")
    usable = {s.key for s in (activities() if source == ACTIVITY else topics())}
    found = [(r.id, r.title) for r in Model.select(Model.id, Model.title).where(Model.title.contains(given))
             .order_by(Model.id) if str(r.id) in usable]
    if len(found) == 1:
        return found[0][0]
    if not found:
        raise WorkflowError(f"没有标题含“{given}”且可写专报（记有发现问题或意见建议）的{label}。"
                            f"用 documents --sources special 查看可选的{label}及其编号。")
    listed = "；".join(f"{option} {i}　{t}" for i, t in found[:20])
    more = f"（另有 {len(found) - 20} 个未列出）" if len(found) > 20 else ""
    raise WorkflowError(f"标题含“{given}”的{label}有 {len(found)} 个：{listed}{more}。请用编号或更长的标题指定一个。")
