"""督查调研: topics, their steps, visits, findings, the report file and the calendar."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from models.core.audit import AuditLog, verify_chain
from models.core.db import on_server
from models.core.errors import PermissionDenied, WorkflowError
from models.reference.directory import UnitData, save_unit
from models.research import topics as research
from models.research.topics import FieldVisit, Finding, ResearchTopic, TopicData, VisitData

D = dt.date


@pytest.fixture
def units(db, actor):
    return [save_unit(actor, UnitData(n, s)) for n, s in (
        ("南宁市“两重两问”办公室", "市“两重两问”办"), ("南宁市人民政府督查室", "市政府督查室"),
        ("南宁市马山县人民政府", "马山县"))]


@pytest.fixture
def topic(actor, units):
    return research.save_topic(actor, TopicData(
        "马山县加快特色城镇化建设", "决策执行中的难点问题", 2014, "李志强、王海燕",
        D(2014, 3, 1), D(2014, 6, 30), [units[0].id, units[1].id]))


def test_new_topic_starts_at_selection_with_its_units(topic, units):
    assert topic.state == "选题"
    assert [u.id for u in research.topic_units(topic.id)] == sorted([units[0].id, units[1].id],
                                                                    key=lambda i: research.Unit.get_by_id(i).name)


def test_topic_requires_title_direction_and_ordered_dates(actor, units):
    with pytest.raises(WorkflowError, match="课题名称"):
        research.save_topic(actor, TopicData(" ", "领导关注的重点问题", 2014))
    with pytest.raises(WorkflowError, match="选题方向"):
        research.save_topic(actor, TopicData("某课题", "随便", 2014))
    with pytest.raises(WorkflowError, match="计划完成日期"):
        research.save_topic(actor, TopicData("某课题", "领导关注的重点问题", 2014, "",
                                             D(2014, 5, 1), D(2014, 4, 1)))
    with pytest.raises(WorkflowError, match="不存在"):
        research.save_topic(actor, TopicData("某课题", "领导关注的重点问题", 2014, unit_ids=[9999]))
    assert ResearchTopic.select().count() == 0


def test_editing_units_adds_and_removes_links(actor, topic, units):
    research.save_topic(actor, TopicData(topic.title, topic.direction, 2014, unit_ids=[units[2].id]),
                        topic.id, expected_version=topic.version)
    assert [u.id for u in research.topic_units(topic.id)] == [units[2].id]


def test_full_sequence_of_steps_each_audited(actor, topic, tmp_path, db_path):
    t = topic.id
    research.start_coordination(actor, t, D(2014, 3, 3))
    research.start_fieldwork(actor, t, D(2014, 3, 10))
    with pytest.raises(WorkflowError, match="实地调研记录"):
        research.start_writing(actor, t, D(2014, 4, 1))
    research.save_visit(actor, t, VisitData(D(2014, 3, 12), "马山县白山镇", "李志强", "看了集镇"))
    research.start_writing(actor, t, D(2014, 4, 1))
    with pytest.raises(WorkflowError, match="报告"):
        research.submit_report(actor, t, D(2014, 5, 1))
    research.set_report_summary(actor, t, "马山县特色城镇化建设取得初步成效……")
    research.submit_report(actor, t, D(2014, 5, 20))
    research.record_leader_response(actor, t, D(2014, 5, 25), "黄振宇", "请马山县认真研究落实。")
    final = ResearchTopic.get_by_id(t)
    assert final.state == "领导批示/采纳"
    assert (final.actual_start, final.actual_end, final.responded_on) == (
        D(2014, 3, 3), D(2014, 5, 20), D(2014, 5, 25))
    moves = AuditLog.select().where((AuditLog.table_name == "research_topic")
                                    & (AuditLog.action == "transition")).order_by(AuditLog.id)
    states = [json.loads(m.after)["state"] for m in moves]
    assert states == ["协调", "实地调研", "分析撰写", "已报送", "领导批示/采纳"]
    assert verify_chain() is None


def test_steps_cannot_be_skipped_or_repeated(actor, topic):
    with pytest.raises(WorkflowError, match="选题"):
        research.start_fieldwork(actor, topic.id, D(2014, 3, 3))
    research.start_coordination(actor, topic.id, D(2014, 3, 3))
    with pytest.raises(WorkflowError, match="协调"):
        research.start_coordination(actor, topic.id, D(2014, 3, 4))
    with pytest.raises(WorkflowError):
        research.record_leader_response(actor, topic.id, D(2014, 3, 4), "黄振宇", "好")
    assert ResearchTopic.get_by_id(topic.id).state == "协调"


def test_viewer_cannot_change_a_topic(viewer, topic):
    with pytest.raises(PermissionDenied):
        research.start_coordination(viewer, topic.id, D(2014, 3, 3))


def test_stale_form_is_refused(actor, topic):
    research.start_coordination(actor, topic.id, D(2014, 3, 3))
    with pytest.raises(WorkflowError, match="版"):
        research.save_topic(actor, TopicData("改名", topic.direction, 2014), topic.id,
                            expected_version=topic.version)


def test_visits_with_units_and_delete(actor, topic, units):
    v = research.save_visit(actor, topic.id, VisitData(D(2014, 4, 2), "马山县古零镇", "王海燕",
                                                       "", [units[2].id]))
    assert [u.name for u in research.visit_units(v.id)] == [units[2].name]
    with pytest.raises(WorkflowError, match="地点"):
        research.save_visit(actor, topic.id, VisitData(D(2014, 4, 3), " "))
    research.delete_visit(actor, v.id)
    assert FieldVisit.select().count() == 0


def test_findings_are_numbered_and_marked_adopted(actor, topic):
    a = research.add_finding(actor, topic.id, "集镇基础设施薄弱", "发现问题")
    b = research.add_finding(actor, topic.id, "设立城镇化专项资金")
    c = research.add_finding(actor, topic.id, "建立县领导联系乡镇制度")
    assert (a.seq, b.seq, c.seq) == (1, 2, 3)
    research.mark_adoption(actor, b.id, "采纳", D(2014, 6, 1))
    research.mark_adoption(actor, c.id, "部分采纳", D(2014, 6, 1), "先在两个镇试行")
    with pytest.raises(WorkflowError, match="采纳情况"):
        research.mark_adoption(actor, c.id, "大概采纳", D(2014, 6, 1))
    counts = research.adoption_counts(topic.id)
    assert counts == {"待定": 0, "采纳": 1, "部分采纳": 1, "未采纳": 0}
    research.mark_adoption(actor, b.id, "待定", D(2014, 6, 2))
    assert Finding.get_by_id(b.id).adoption_on is None


def test_report_file_is_copied_with_checksum(actor, topic, tmp_path, db_path):
    from models.core import file_store

    if on_server():
        pytest.skip("a file's attachments folder; on the server the content is kept in the database "
                    "(tests/models/core/test_file_store.py)")
    src = tmp_path / "马山调研报告.docx"
    src.write_bytes(b"PK\x03\x04 fake docx body " * 100)
    t = research.attach_report(actor, topic.id, src, db_path)
    kept = research.report_file(t, db_path)
    assert kept.is_file() and kept.read_bytes() == src.read_bytes()
    assert t.report_sha256 == file_store.sha256_of(src)
    assert t.report_name == "马山调研报告.docx"
    assert research.verify_report(t, db_path)
    kept.write_bytes(b"tampered")
    assert not research.verify_report(ResearchTopic.get_by_id(topic.id), db_path)


def test_report_file_type_and_existence_checked(actor, topic, tmp_path, db_path):
    exe = tmp_path / "x.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(WorkflowError, match="docx"):
        research.attach_report(actor, topic.id, exe, db_path)
    with pytest.raises(WorkflowError, match="找不到"):
        research.attach_report(actor, topic.id, tmp_path / "none.pdf", db_path)


def test_delete_only_at_selection(actor, topic):
    research.add_finding(actor, topic.id, "一条建议")
    research.start_coordination(actor, topic.id, D(2014, 3, 3))
    with pytest.raises(WorkflowError, match="不能删除"):
        research.delete_topic(actor, topic.id)
    other = research.save_topic(actor, TopicData("待删课题", "领导关注的重点问题", 2014))
    research.add_finding(actor, other.id, "x")
    research.delete_topic(actor, other.id)
    assert ResearchTopic.get_or_none(ResearchTopic.id == other.id) is None


def test_delete_refused_while_an_instruction_is_linked(db, actor):
    linked = research.save_topic(actor, TopicData("已转批示课题", "领导关注的重点问题", 2014))
    research.link_instruction(actor, linked.id, 42)
    assert "批示件" in research.delete_topic_refusal(ResearchTopic.get_by_id(linked.id))
    with pytest.raises(WorkflowError, match="关联批示件"):
        research.delete_topic(actor, linked.id)
    research.link_instruction(actor, linked.id, None)
    assert research.delete_topic_refusal(ResearchTopic.get_by_id(linked.id)) is None


def test_instruction_link_field_and_refusal_before_response(actor, topic):
    research.link_instruction(actor, topic.id, 42)
    assert ResearchTopic.get_by_id(topic.id).instruction_id == 42
    research.link_instruction(actor, topic.id, None)
    with pytest.raises(WorkflowError, match="先登记领导"):
        research.instruction_from_response(actor, topic.id, D(2014, 6, 1))


def test_filters_in_sql(actor, topic, units):
    research.save_topic(actor, TopicData("全市12个综合示范村建设", "群众反映强烈的热点问题", 2014))
    assert [t.title for t in research.topics(text="示范村")] == ["全市12个综合示范村建设"]
    assert [t.id for t in research.topics(unit_id=units[1].id)] == [topic.id]
    assert len(research.topics(year=2014, state="选题")) == 2
    assert research.topics(year=2013) == []


def test_calendar_shows_visits_and_planned_dates(actor, topic, today):
    from models.calendar import agenda
    from models.calendar.lights import Light

    research.save_visit(actor, topic.id, VisitData(D(2014, 4, 2), "马山县白山镇"))
    found = [e for e in agenda.entries(D(2014, 3, 1), D(2014, 7, 1), today) if e.record_type == "research_topic"]
    kinds = {(e.kind, e.day) for e in found}
    assert ("实地调研", D(2014, 4, 2)) in kinds
    assert ("调研计划完成", D(2014, 6, 30)) in kinds
    finish = next(e for e in found if e.kind == "调研计划完成")
    assert finish.light is Light.RED  # planned for June, not reported by 28 October
    visit = next(e for e in found if e.kind == "实地调研")
    assert visit.light is Light.GREY


def test_topic_light_turns_grey_once_reported(actor, topic, today):
    from models.calendar.lights import Light
    from models.research.agenda import topic_light

    assert topic_light(topic, today) is Light.RED
    assert topic_light(topic, D(2014, 6, 27)) is Light.YELLOW
    assert topic_light(topic, D(2014, 3, 1)) is Light.GREEN
    t = ResearchTopic.get_by_id(topic.id)
    t.state = "已报送"
    assert topic_light(t, today) is Light.GREY


def test_leader_instruction_becomes_a_queued_instruction_linked_both_ways(actor, topic):
    from models.instructions.records import Instruction
    from models.reference.directory import LeaderData, save_leader

    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    t = topic.id
    research.start_coordination(actor, t, D(2014, 3, 3))
    research.start_fieldwork(actor, t, D(2014, 3, 10))
    research.save_visit(actor, t, VisitData(D(2014, 3, 12), "马山县白山镇"))
    research.start_writing(actor, t, D(2014, 4, 1))
    research.set_report_summary(actor, t, "摘要")
    research.submit_report(actor, t, D(2014, 5, 20))
    research.record_leader_response(actor, t, D(2014, 5, 25), "黄振宇", "请市住建委牵头研究，月底前报结果。")
    new_id = research.instruction_from_response(actor, t, D(2014, 5, 26))
    ins = Instruction.get_by_id(new_id)
    assert ins.text == "请市住建委牵头研究，月底前报结果。"
    assert ins.leader_name == "黄振宇" and ins.level == "市"
    assert topic.title in ins.source_title
    assert ResearchTopic.get_by_id(t).instruction_id == new_id
    assert research.topic_for_instruction(new_id).id == t
    with pytest.raises(WorkflowError, match="不能重复"):
        research.instruction_from_response(actor, t, D(2014, 5, 26))
    assert Instruction.select().count() == 1
