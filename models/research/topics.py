"""督查调研: research topics, their field visits, findings and the report.

A topic (调研课题) goes 选题 → 协调 → 实地调研 → 分析撰写 → 已报送 → 领导批示/采纳, one
workflow per step. Each finding or recommendation (意见建议) is later marked 采纳 /
部分采纳 / 未采纳. The report is a file kept in the attachments folder beside the
database (with its SHA-256) and/or a summary text. A leader's instruction on the
report may be registered as an instruction in the queue (models.instructions.records), and
the two records then point at each other.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from models.core import file_store
from models.core.actors import Actor
from models.core.base import BaseModel, VersionedModel
from models.core.errors import WorkflowError
from models.core.paths import attachments_dir_for
from models.core.workflow import delete, insert, update, workflow
from models.reference.directory import Unit

DIRECTIONS = ("领导关注的重点问题", "群众反映强烈的热点问题", "决策执行中的难点问题")
STATES = ("选题", "协调", "实地调研", "分析撰写", "已报送", "领导批示/采纳")
FINISHED_STATES = ("已报送", "领导批示/采纳")
FINDING_KINDS = ("发现问题", "意见建议")
ADOPTIONS = ("待定", "采纳", "部分采纳", "未采纳")
REPORT_SUFFIXES = (".docx", ".doc", ".pdf", ".wps", ".txt")


class ResearchTopic(VersionedModel):
    """A research topic (调研课题)."""

    title = peewee.CharField()
    direction = peewee.CharField()
    year = peewee.IntegerField(index=True)
    state = peewee.CharField(default="选题", index=True)
    people = peewee.TextField(default="")
    planned_start = peewee.DateField(null=True)
    planned_end = peewee.DateField(null=True)
    actual_start = peewee.DateField(null=True)
    actual_end = peewee.DateField(null=True)
    coordinated_on = peewee.DateField(null=True)
    fieldwork_on = peewee.DateField(null=True)
    writing_on = peewee.DateField(null=True)
    submitted_on = peewee.DateField(null=True)
    responded_on = peewee.DateField(null=True)
    report_summary = peewee.TextField(default="")
    report_name = peewee.CharField(default="")
    report_path = peewee.CharField(default="")
    report_sha256 = peewee.CharField(default="")
    leader_name = peewee.CharField(default="")
    leader_instruction = peewee.TextField(default="")
    instruction_id = peewee.IntegerField(null=True)
    note = peewee.TextField(default="")

    class Meta:
        table_name = "research_topic"

    def __str__(self) -> str:
        return self.title


class TopicUnit(BaseModel):
    """A unit a topic is done with (联合调研单位)."""

    topic = peewee.ForeignKeyField(ResearchTopic, backref="unit_links", on_delete="CASCADE")
    unit = peewee.ForeignKeyField(Unit)

    class Meta:
        table_name = "research_topic_unit"


class FieldVisit(VersionedModel):
    """A field visit (实地调研): date, place, units visited, participants, notes."""

    topic = peewee.ForeignKeyField(ResearchTopic, backref="visits", on_delete="CASCADE")
    day = peewee.DateField(index=True)
    place = peewee.CharField(default="")
    participants = peewee.TextField(default="")
    notes = peewee.TextField(default="")

    class Meta:
        table_name = "research_visit"


class VisitUnit(BaseModel):
    """A unit visited on a field visit."""

    visit = peewee.ForeignKeyField(FieldVisit, backref="unit_links", on_delete="CASCADE")
    unit = peewee.ForeignKeyField(Unit)

    class Meta:
        table_name = "research_visit_unit"


class Finding(VersionedModel):
    """A finding (发现问题) or recommendation (意见建议) and whether it was adopted."""

    topic = peewee.ForeignKeyField(ResearchTopic, backref="findings", on_delete="CASCADE")
    kind = peewee.CharField(default="意见建议")
    seq = peewee.IntegerField(default=0)
    text = peewee.TextField()
    adoption = peewee.CharField(default="待定")
    adoption_on = peewee.DateField(null=True)
    adoption_note = peewee.TextField(default="")

    class Meta:
        table_name = "research_finding"


# --- topics ---------------------------------------------------------------------------


@dataclass
class TopicData:
    """A topic's fields as typed in the form."""

    title: str
    direction: str
    year: int
    people: str = ""
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    unit_ids: Sequence[int] = field(default_factory=tuple)
    note: str = ""

    def cleaned(self) -> dict[str, Any]:
        """Trimmed and checked values; raise :class:`WorkflowError` in Chinese."""
        title = (self.title or "").strip()
        if not title:
            raise WorkflowError("课题名称不能为空。")
        if len(title) > 200:
            raise WorkflowError("课题名称过长（最多200字）。")
        if self.direction not in DIRECTIONS:
            raise WorkflowError(f"选题方向须为：{'、'.join(DIRECTIONS)}。")
        if not 2000 <= int(self.year) <= 2100:
            raise WorkflowError(f"年度“{self.year}”不正确。")
        if self.planned_start and self.planned_end and self.planned_end < self.planned_start:
            raise WorkflowError("计划完成日期不能早于计划开始日期。")
        return {"title": title, "direction": self.direction, "year": int(self.year),
                "people": (self.people or "").strip(), "planned_start": self.planned_start,
                "planned_end": self.planned_end, "note": (self.note or "").strip()}


def _set_units(actor: Actor, link_model: type[BaseModel], owner_field: str, owner_id: int,
               unit_ids: Sequence[int]) -> None:
    wanted = list(dict.fromkeys(int(u) for u in unit_ids))
    for uid in wanted:
        if Unit.get_or_none(Unit.id == uid) is None:
            raise WorkflowError(f"单位（编号 {uid}）不存在，请从单位列表中选择。")
    owner_col = getattr(link_model, owner_field)
    existing = {link.unit_id: link for link in link_model.select().where(owner_col == owner_id)}
    for uid, link in existing.items():
        if uid not in wanted:
            delete(actor, link, "移除单位")
    for uid in wanted:
        if uid not in existing:
            insert(actor, link_model, "添加单位", **{owner_field: owner_id, "unit": uid})


@workflow()
def save_topic(actor: Actor, data: TopicData, topic_id: int | None = None,
               expected_version: int | None = None) -> ResearchTopic:
    """Create a topic (state 选题) or edit its fields and joint units."""
    values = data.cleaned()
    if topic_id is None:
        topic = insert(actor, ResearchTopic, f"新增调研课题 {values['title']}", **values)
    else:
        topic = update(actor, ResearchTopic.get_by_id(topic_id), expected_version,
                       f"修改调研课题 {values['title']}", **values)
    _set_units(actor, TopicUnit, "topic", topic.id, data.unit_ids)
    return topic


def delete_topic_refusal(topic: ResearchTopic) -> str | None:
    """Why ``topic`` may not be deleted (in Chinese), or None when it may.

    Later stages and a linked instruction carry work that must stay on record; the pane
    asks this before its confirmation so the clerk is not asked about a refused delete.
    """
    if topic.state != "选题":
        return f"课题已进入“{topic.state}”阶段，不能删除。"
    if topic.instruction_id is not None:
        return f"课题“{topic.title}”已关联批示件，不能删除。"
    return None


@workflow()
def delete_topic(actor: Actor, topic_id: int) -> None:
    """Delete a topic still at 选题 (later ones carry work that must stay on record)."""
    topic = ResearchTopic.get_by_id(topic_id)
    reason = delete_topic_refusal(topic)
    if reason:
        raise WorkflowError(reason)
    for link in list(topic.unit_links):
        delete(actor, link, "删除课题的单位")
    for finding in list(topic.findings):
        delete(actor, finding, "删除课题的意见建议")
    for visit in list(topic.visits):
        delete_visit(actor, visit.id)
    delete(actor, topic, f"删除调研课题 {topic.title}")


def _move(actor: Actor, topic_id: int, src: tuple[str, ...], dst: str, on: dt.date,
          summary: str, expected_version: int | None = None, **changes: Any) -> ResearchTopic:
    topic = ResearchTopic.get_by_id(topic_id)
    if topic.state not in src:
        raise WorkflowError(f"课题当前处于“{topic.state}”阶段，不能转入“{dst}”"
                            f"（须在“{'、'.join(src)}”阶段）。")
    return update(actor, topic, expected_version, f"{summary}：{topic.title}", action="transition",
                  state=dst, **changes)


@workflow()
def start_coordination(actor: Actor, topic_id: int, on: dt.date,
                       expected_version: int | None = None) -> ResearchTopic:
    """选题 → 协调 (重协调): coordinating with the joint offices; work starts."""
    topic = ResearchTopic.get_by_id(topic_id)
    return _move(actor, topic_id, ("选题",), "协调", on, "进入协调", expected_version,
                 coordinated_on=on, actual_start=topic.actual_start or on)


@workflow()
def start_fieldwork(actor: Actor, topic_id: int, on: dt.date,
                    expected_version: int | None = None) -> ResearchTopic:
    """协调 → 实地调研 (深入实地)."""
    return _move(actor, topic_id, ("协调",), "实地调研", on, "开始实地调研", expected_version,
                 fieldwork_on=on)


@workflow()
def start_writing(actor: Actor, topic_id: int, on: dt.date,
                  expected_version: int | None = None) -> ResearchTopic:
    """实地调研 → 分析撰写 (重研究); needs at least one field visit on record."""
    if not FieldVisit.select().where(FieldVisit.topic == topic_id).exists():
        raise WorkflowError("尚未登记任何实地调研，请先添加实地调研记录再进入分析撰写。")
    return _move(actor, topic_id, ("实地调研",), "分析撰写", on, "进入分析撰写", expected_version,
                 writing_on=on)


@workflow()
def submit_report(actor: Actor, topic_id: int, on: dt.date,
                  expected_version: int | None = None) -> ResearchTopic:
    """分析撰写 → 已报送: the report went to the leaders; needs a file or a summary."""
    topic = ResearchTopic.get_by_id(topic_id)
    if not topic.report_path and not topic.report_summary.strip():
        raise WorkflowError("报送前请先附上调研报告文件，或填写报告摘要。")
    return _move(actor, topic_id, ("分析撰写",), "已报送", on, "报送调研报告", expected_version,
                 submitted_on=on, actual_end=on)


@workflow()
def record_leader_response(actor: Actor, topic_id: int, on: dt.date, leader_name: str,
                           instruction: str, expected_version: int | None = None) -> ResearchTopic:
    """已报送 → 领导批示/采纳: a leader's instruction on (or adoption of) the report."""
    text = (instruction or "").strip()
    leader = (leader_name or "").strip()
    if not text:
        raise WorkflowError("请填写领导批示内容（或采纳情况）。")
    if not leader:
        raise WorkflowError("请填写作出批示的领导。")
    return _move(actor, topic_id, ("已报送",), "领导批示/采纳", on, "登记领导批示", expected_version,
                 responded_on=on, leader_name=leader, leader_instruction=text)


def next_step(state: str) -> str | None:
    """The state after ``state`` in the topic's sequence, or ``None`` at the end."""
    i = STATES.index(state)
    return STATES[i + 1] if i + 1 < len(STATES) else None


# --- report -----------------------------------------------------------------------------


def report_file(topic: ResearchTopic, db_path: Path | str) -> Path | None:
    """A file on this computer holding the topic's report, to open it, or ``None`` when
    none is attached (or its content is gone or changed): the kept file beside a database
    file, a checked copy of the server's (:func:`models.core.file_store.local_file`)."""
    if not topic.report_path:
        return None
    return file_store.local_file(topic.report_path, topic.report_sha256, attachments_dir_for(db_path),
                                 topic.report_name)


def verify_report(topic: ResearchTopic, db_path: Path | str) -> bool:
    """Whether the kept file still has the checksum recorded when it was attached."""
    return bool(topic.report_path) and file_store.verify(topic.report_path, topic.report_sha256,
                                                         attachments_dir_for(db_path))


@workflow()
def attach_report(actor: Actor, topic_id: int, source: Path, db_path: Path | str) -> ResearchTopic:
    """Copy the report file into the attachments folder (on the server: into the
    database, :mod:`models.core.file_store`) and record its checksum.

    The copy is named by topic and checksum so a replaced report never overwrites the
    earlier file (the audit log still points at it).
    """
    source = Path(source)
    if not source.is_file():
        raise WorkflowError(f"找不到文件“{source}”。")
    if source.suffix.lower() not in REPORT_SUFFIXES:
        raise WorkflowError(f"调研报告须为 {'、'.join(REPORT_SUFFIXES)} 文件。")
    topic = ResearchTopic.get_by_id(topic_id)
    digest = file_store.sha256_of(source)
    rel = Path("research") / f"topic-{topic.id}-{digest[:16]}{source.suffix.lower()}"
    file_store.keep(actor, source, rel.as_posix(), digest, attachments_dir_for(db_path))
    return update(actor, topic, summary=f"附调研报告 {source.name}", action="attach",
                  report_name=source.name[:255], report_path=rel.as_posix(), report_sha256=digest)


@workflow()
def set_report_summary(actor: Actor, topic_id: int, summary: str,
                       expected_version: int | None = None) -> ResearchTopic:
    """Write the report's summary text (报告摘要)."""
    topic = ResearchTopic.get_by_id(topic_id)
    return update(actor, topic, expected_version, f"修改报告摘要：{topic.title}",
                  report_summary=(summary or "").strip())


# --- field visits -----------------------------------------------------------------------


@dataclass
class VisitData:
    """A field visit as typed in the form."""

    day: dt.date
    place: str
    participants: str = ""
    notes: str = ""
    unit_ids: Sequence[int] = field(default_factory=tuple)

    def cleaned(self) -> dict[str, Any]:
        """Checked values; raise :class:`WorkflowError` in Chinese."""
        if not isinstance(self.day, dt.date):
            raise WorkflowError("请填写调研日期。")
        place = (self.place or "").strip()
        if not place:
            raise WorkflowError("请填写调研地点。")
        return {"day": self.day, "place": place, "participants": (self.participants or "").strip(),
                "notes": (self.notes or "").strip()}


@workflow()
def save_visit(actor: Actor, topic_id: int, data: VisitData, visit_id: int | None = None,
               expected_version: int | None = None) -> FieldVisit:
    """Add or edit a field visit of a topic, with the units visited."""
    values = data.cleaned()
    topic = ResearchTopic.get_by_id(topic_id)
    if visit_id is None:
        visit = insert(actor, FieldVisit, f"新增实地调研：{topic.title} {values['day']}",
                       topic=topic.id, **values)
    else:
        visit = update(actor, FieldVisit.get_by_id(visit_id), expected_version,
                       f"修改实地调研：{topic.title} {values['day']}", **values)
    _set_units(actor, VisitUnit, "visit", visit.id, data.unit_ids)
    return visit


@workflow()
def delete_visit(actor: Actor, visit_id: int) -> None:
    """Remove a field visit entered by mistake."""
    visit = FieldVisit.get_by_id(visit_id)
    for link in list(visit.unit_links):
        delete(actor, link, "删除实地调研的单位")
    delete(actor, visit, f"删除实地调研 {visit.day}")


# --- findings ---------------------------------------------------------------------------


@workflow()
def add_finding(actor: Actor, topic_id: int, text: str, kind: str = "意见建议") -> Finding:
    """Add a finding or recommendation at the end of the topic's list."""
    body = (text or "").strip()
    if not body:
        raise WorkflowError("内容不能为空。")
    if kind not in FINDING_KINDS:
        raise WorkflowError(f"类别须为：{'、'.join(FINDING_KINDS)}。")
    last = (Finding.select(peewee.fn.MAX(Finding.seq)).where(Finding.topic == topic_id).scalar() or 0)
    return insert(actor, Finding, f"新增{kind}", topic=topic_id, kind=kind, seq=last + 1, text=body)


@workflow()
def edit_finding(actor: Actor, finding_id: int, text: str,
                 expected_version: int | None = None) -> Finding:
    """Change a finding's wording."""
    body = (text or "").strip()
    if not body:
        raise WorkflowError("内容不能为空。")
    return update(actor, Finding.get_by_id(finding_id), expected_version, "修改意见建议", text=body)


@workflow()
def mark_adoption(actor: Actor, finding_id: int, adoption: str, on: dt.date, note: str = "",
                  expected_version: int | None = None) -> Finding:
    """Mark a recommendation 采纳 / 部分采纳 / 未采纳 (or back to 待定)."""
    if adoption not in ADOPTIONS:
        raise WorkflowError(f"采纳情况须为：{'、'.join(ADOPTIONS)}。")
    finding = Finding.get_by_id(finding_id)
    return update(actor, finding, expected_version, f"采纳情况：{adoption}", action="adoption",
                  adoption=adoption, adoption_on=None if adoption == "待定" else on,
                  adoption_note=(note or "").strip())


@workflow()
def delete_finding(actor: Actor, finding_id: int) -> None:
    """Remove a finding entered by mistake."""
    delete(actor, Finding.get_by_id(finding_id), "删除意见建议")


# --- link to the instruction queue -----------------------------------------------------


@workflow()
def link_instruction(actor: Actor, topic_id: int, instruction_id: int | None) -> ResearchTopic:
    """Point the topic at an instruction in the queue (or clear the link)."""
    topic = ResearchTopic.get_by_id(topic_id)
    return update(actor, topic, summary=f"关联批示件：{topic.title}", action="link",
                  instruction_id=instruction_id)


def source_title_for(topic: ResearchTopic) -> str:
    """The source document an instruction made from this topic names (来文标题)."""
    return f"督查调研报告《{topic.title}》"


@workflow()
def instruction_from_response(actor: Actor, topic_id: int, on: dt.date) -> int:
    """Register the leader's instruction on the report as an instruction in the queue.

    One action: the instruction is logged (登记) through the instruction area's own
    ``register`` workflow, so it gets its number, event and audit rows; the topic
    keeps the new instruction's id, and the instruction names the report as its
    source document — :func:`topic_for_instruction` leads back from it.
    """
    from models.instructions.records import InstructionData
    from models.instructions.workflow import register
    from models.reference.directory import Leader

    topic = ResearchTopic.get_by_id(topic_id)
    if topic.state != "领导批示/采纳" or not topic.leader_instruction.strip():
        raise WorkflowError("请先登记领导对调研报告的批示，再转为批示件。")
    if topic.instruction_id is not None:
        raise WorkflowError(f"该课题的领导批示已转为批示件（编号 {topic.instruction_id}），不能重复转办。")
    leader = Leader.get_or_none(Leader.name == topic.leader_name)
    data = InstructionData(
        level=leader.level if leader else "市", received_on=on, leader_name=topic.leader_name,
        instructed_on=min(topic.responded_on or on, on), source_title=source_title_for(topic),
        source_issuer="督查室", text=topic.leader_instruction, matter=topic.title)
    instruction = register(actor, data)
    link_instruction(actor, topic.id, instruction.id)
    return int(instruction.id)


def topic_for_instruction(instruction_id: int) -> ResearchTopic | None:
    """The research topic whose report an instruction was made from, if any."""
    return ResearchTopic.get_or_none(ResearchTopic.instruction_id == instruction_id)


# --- queries ----------------------------------------------------------------------------


def topic_units(topic_id: int) -> list[Unit]:
    """The units a topic is done with, by name."""
    return list(Unit.select().join(TopicUnit).where(TopicUnit.topic == topic_id).order_by(Unit.name))


def visit_units(visit_id: int) -> list[Unit]:
    """The units visited on a field visit."""
    return list(Unit.select().join(VisitUnit).where(VisitUnit.visit == visit_id).order_by(Unit.name))


def topics(year: int | None = None, state: str | None = None, text: str = "",
           unit_id: int | None = None) -> list[ResearchTopic]:
    """Topics filtered in SQL, newest planned first."""
    q = ResearchTopic.select()
    if year is not None:
        q = q.where(ResearchTopic.year == year)
    if state:
        q = q.where(ResearchTopic.state == state)
    if text.strip():
        like = f"%{text.strip()}%"
        q = q.where(ResearchTopic.title ** like | ResearchTopic.people ** like)
    if unit_id is not None:
        q = q.where(ResearchTopic.id.in_(TopicUnit.select(TopicUnit.topic).where(TopicUnit.unit == unit_id)))
    return list(q.order_by(ResearchTopic.year.desc(), ResearchTopic.planned_end.desc(nulls="LAST"),
                           ResearchTopic.id))


def adoption_counts(topic_id: int) -> dict[str, int]:
    """How many of a topic's recommendations are in each adoption state."""
    rows = (Finding.select(Finding.adoption, peewee.fn.COUNT(Finding.id))
            .where((Finding.topic == topic_id) & (Finding.kind == "意见建议"))
            .group_by(Finding.adoption).tuples())
    out = dict.fromkeys(ADOPTIONS, 0)
    out.update(dict(rows))
    return out
