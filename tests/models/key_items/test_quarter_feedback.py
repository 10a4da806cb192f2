"""季度反馈表: forms written per unit, filled by openpyxl as a unit would, read back through
the quarterly progress workflow; every refusal; a second import changes nothing; a sent
form unanswered is the 缺报 the office already lists."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from models.core.errors import WorkflowError
from models.key_items import feedback as qf

D = dt.date
TODAY = D(2014, 10, 28)


@pytest.fixture
def plan(db, actor):
    from models.key_items.items import ItemData, save_item, save_plan
    from models.key_items.stages import StageData, save_stage
    from models.reference.directory import UnitData, save_unit

    u = [save_unit(actor, UnitData(n, s)).id for n, s in
         [("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市交通运输局", "市交通运输局"), ("南宁市农业委员会", "市农委")]]
    plan = save_plan(actor, 2014)
    bridges = save_item(actor, plan.id, ItemData(1, "7座跨江桥梁建设", u[0], unit_ids=[u[1]],
                                                 deadline=D(2014, 12, 31), content="年内建成三座，开工四座。"))
    roads = save_item(actor, plan.id, ItemData(2, "农村公路提级改造", u[1], deadline=D(2014, 12, 20)))
    farms = save_item(actor, plan.id, ItemData(3, "现代农业示范区", u[2], deadline=D(2014, 11, 30)))
    save_stage(actor, bridges.id, StageData("完成征地拆迁", D(2014, 9, 30), u[0], done_on=D(2014, 9, 25)))
    save_stage(actor, bridges.id, StageData("主桥合龙", D(2014, 11, 30), u[1]))
    return {"units": u, "plan": plan, "items": [bridges, roads, farms]}


def export(actor, tmp_path, today=TODAY):
    from reports.quarter_form import write_forms

    forms = qf.forms_for_quarter(actor, "2014Q4", today)
    files = write_forms(forms, tmp_path / "forms")
    qf.record_sent(actor, forms, today)
    return {f.unit_short: (f, p) for f, p in zip(forms, files, strict=True)}


def fill(path, reported_on="2014-10-27", rows=None, **cells):
    wb = load_workbook(path)
    ws = wb[qf.FORM_SHEET]
    if reported_on is not None:
        ws[qf.HEAD["reported_on"]] = reported_on
    for i, answers in (rows or {}).items():
        for key, value in answers.items():
            ws[f"{qf.COLUMNS[key]}{qf.FIRST_ROW + i}"] = value
    for addr, value in cells.items():
        ws[addr] = value
    wb.save(path)


def test_one_form_per_unit_lists_its_items_word_for_word_with_role_deadline_and_stages(plan, actor, tmp_path):
    forms = export(actor, tmp_path)
    assert sorted(forms) == ["市交通运输局", "市住建委", "市农委"]
    f, path = forms["市交通运输局"]
    assert path.name == "季度反馈表-2014年第4季度-市交通运输局.xlsx"
    assert f.due == qf.due_date(2014, 4) == D(2015, 1, 8)
    ws = load_workbook(path)[qf.FORM_SHEET]
    rows = [[ws[f"{c}{qf.FIRST_ROW + i}"].value for c in "ABCDE"] for i in range(2)]
    assert rows[0][:4] == ["1", "7座跨江桥梁建设\n年内建成三座，开工四座。", "2014-12-31", "责任单位"]
    assert "1. 完成征地拆迁（2014-09-30，市住建委，2014-09-25完成）" in rows[0][4]
    assert "2. 主桥合龙（2014-11-30，市交通运输局）" in rows[0][4]
    assert rows[1][:4] == ["2", "农村公路提级改造", "2014-12-20", "牵头单位"]
    assert ws[qf.HEAD["due"]].value == "2015-01-08"
    # What is asked is locked; only the answer cells and the 填报日期 are open.
    assert ws.protection.sheet and ws["B10"].protection.locked
    assert not ws["F10"].protection.locked and not ws["I10"].protection.locked
    assert not ws[qf.HEAD["reported_on"]].protection.locked
    assert load_workbook(path)[qf.SEAL_SHEET].sheet_state == "veryHidden"


def test_a_filled_form_is_read_back_through_the_quarterly_progress_workflow(plan, actor, tmp_path):
    from models.core.audit import AuditLog
    from models.key_items.progress import KeyProgress

    forms = export(actor, tmp_path)
    _, path = forms["市交通运输局"]
    fill(path, rows={0: {"done": "主桥钢箱梁吊装过半", "problems": "汛期影响", "next_steps": "11月合龙"},
                     1: {"done": "完成改造120公里", "finished_on": dt.datetime(2014, 10, 20)}})
    v = qf.judge(path, TODAY)
    assert v.accepted, v.reason
    assert v.changes == ["登记第1项进展", "登记第2项进展"]
    qf.take_in(actor, v, TODAY)
    rows = {p.item_id: p for p in KeyProgress.select()}
    bridges, roads, _ = plan["items"]
    assert (rows[bridges.id].done, rows[bridges.id].problems, rows[bridges.id].next_steps) == (
        "主桥钢箱梁吊装过半", "汛期影响", "11月合龙")
    assert rows[bridges.id].unit_id == plan["units"][1] and rows[bridges.id].reported_on == D(2014, 10, 27)
    assert (rows[roads.id].year, rows[roads.id].quarter) == (2014, 4)
    assert rows[roads.id].done == "完成改造120公里\n市交通运输局（牵头单位）报称已于2014年10月20日完成"
    taken = qf.QuarterReturn.get()
    assert taken.sha256 == v.sha256 and taken.file_name == path.name
    logged = AuditLog.select().where(AuditLog.table_name == "key_item_feedback_return").get()
    assert v.sha256 in logged.summary

    # The same file again: 无变化, and nothing is written.
    before = AuditLog.select().count()
    again = qf.judge(path, TODAY)
    assert not again.accepted and again.reason.startswith("无变化")
    with pytest.raises(WorkflowError, match="无变化"):
        qf.take_in(actor, v, TODAY)
    assert AuditLog.select().count() == before and KeyProgress.select().count() == 2


def test_a_returned_row_corrects_a_typed_report_keeping_the_assessment(plan, actor, tmp_path):
    from models.key_items.progress import KeyProgress, ProgressData, save_progress

    bridges = plan["items"][0]
    save_progress(actor, ProgressData(bridges.id, plan["units"][0], 2014, 4, D(2014, 10, 20), "打桩", "",
                                      "", "滞后"))
    _, path = export(actor, tmp_path)["市住建委"]
    fill(path, rows={0: {"done": "打桩完成，开始架梁"}})
    v = qf.judge(path, TODAY)
    assert v.changes == ["更正第1项进展"]
    qf.take_in(actor, v, TODAY)
    row = KeyProgress.get()
    assert (row.done, row.assessment, row.reported_on) == ("打桩完成，开始架梁", "滞后", D(2014, 10, 27))


def test_rows_left_blank_are_named_and_a_share_claimed_done_names_the_unit(plan, actor, tmp_path):
    from models.key_items.progress import KeyProgress

    forms = export(actor, tmp_path)
    _, path = forms["市交通运输局"]
    fill(path, rows={0: {"done": "主桥钢箱梁吊装完成", "finished_on": dt.datetime(2014, 10, 25)}})
    v = qf.judge(path, TODAY)
    assert v.accepted, v.reason
    assert v.changes == ["登记第1项进展", "第2项未填写"]
    assert v.line().endswith("登记第1项进展；第2项未填写")
    qf.take_in(actor, v, TODAY)
    assert KeyProgress.get().done == "主桥钢箱梁吊装完成\n市交通运输局报称已于2014年10月25日完成其承担部分"
    assert qf.finished_claim("市住建委", qf.RESPONSIBLE, D(2014, 10, 25)) == "市住建委报称已于2014年10月25日完成其承担部分"


def refusal(path, **scope):
    v = qf.judge(path, TODAY, **scope)
    assert not v.accepted
    return v.reason


def test_each_refusal_writes_nothing(plan, actor, tmp_path):
    from models.key_items.items import ItemData, save_item, save_plan
    from models.key_items.progress import KeyProgress

    forms = export(actor, tmp_path)
    _, path = forms["市住建委"]
    answers = {0: {"done": "推进中"}}

    edited = tmp_path / "edited.xlsx"
    fill(path, rows=answers)
    edited.write_bytes(path.read_bytes())
    fill(edited, reported_on=None, C10="2015-06-30")  # the deadline pushed back
    assert refusal(edited).startswith("封签不符")
    fill(path, reported_on=None, B4="南宁市交通运输局")  # posing as another unit
    assert refusal(path).startswith("封签不符")
    fill(path, reported_on=None, B4="南宁市住房和城乡建设委员会")

    assert refusal(path, unit_id=plan["units"][1]) == "本表属于另一单位（南宁市住房和城乡建设委员会）"
    assert refusal(path, quarter=(2014, 3)) == "本表是2014年第4季度的反馈表，不是2014年第3季度的"
    other = save_plan(actor, 2015)
    assert refusal(path, plan_id=other.id).startswith("本表属于另一年度计划")

    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(forms["市农委"][1].read_bytes())
    assert refusal(empty) == "表中未填写任何事项的进展"
    fill(empty, reported_on="2014-11-30", rows={0: {"done": "示范区挂牌"}})
    assert refusal(empty) == "填报日期 2014-11-30 晚于今天，请核对"
    fill(empty, reported_on="2014-10-27", rows={0: {"done": "", "problems": "用地"}})
    assert refusal(empty) == "第3项：请填写工作进展"

    not_ours = tmp_path / "not_ours.xlsx"
    not_ours.write_bytes(b"PK not a workbook")
    assert refusal(not_ours).startswith("不是有效的 .xlsx 文件")

    # Superseded: the item's deadline moved since the form was made.
    bridges = plan["items"][0]
    save_item(actor, plan["plan"].id, ItemData(1, "7座跨江桥梁建设", plan["units"][0], unit_ids=[plan["units"][1]],
                                               deadline=D(2014, 12, 25), content="年内建成三座，开工四座。"),
              bridges.id, bridges.version)
    assert refusal(path).startswith("本表已被新表取代：第1项")
    assert KeyProgress.select().count() == 0 and qf.QuarterReturn.select().count() == 0


def test_a_sent_form_unanswered_is_the_missing_report_the_office_lists(plan, actor, tmp_path):
    from models.calendar.store import load_calendar
    from models.key_items.progress import late_reports, missing_reports

    forms = export(actor, tmp_path)
    sent = qf.QuarterFormSent.get(qf.QuarterFormSent.unit == plan["units"][2])
    assert (sent.due_on, sent.year, sent.quarter, sent.batch) == (D(2015, 1, 8), 2014, 4, 1)
    after_due = D(2015, 1, 9)
    missing = [m for m in missing_reports(plan["plan"].id, after_due, load_calendar())
               if m.unit_id == plan["units"][2] and (m.year, m.quarter) == (2014, 4)]
    assert [m.due for m in missing] == [sent.due_on]
    _, path = forms["市农委"]
    fill(path, reported_on="2015-01-09", rows={0: {"done": "示范区挂牌"}})
    assert late_reports(plan["plan"].id, load_calendar()) == []
    qf.take_in(actor, qf.judge(path, after_due), after_due)
    assert not [m for m in missing_reports(plan["plan"].id, after_due, load_calendar())
                if m.unit_id == plan["units"][2] and (m.year, m.quarter) == (2014, 4)]
    # Returned a day after the report date: no longer missing, but late (迟报).
    late = late_reports(plan["plan"].id, load_calendar())
    assert [(r.unit_id, r.item_number, r.due, r.reported_on) for r in late] == [
        (plan["units"][2], 3, D(2015, 1, 8), D(2015, 1, 9))]


def test_a_report_is_late_only_after_its_report_date():
    from models.key_items.progress import is_late

    assert is_late(D(2015, 1, 9), D(2015, 1, 8))
    assert not is_late(D(2015, 1, 8), D(2015, 1, 8))


def test_the_kind_of_a_returned_file_is_told_from_its_seal_sheet(plan, actor, tmp_path):
    from models.core.seal import form_kind

    _, path = export(actor, tmp_path)["市住建委"]
    assert form_kind(path) == qf.KIND
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"nothing")
    assert form_kind(junk) == ""


def test_a_quarter_is_written_2014Q4():
    assert qf.parse_quarter(" 2014q4 ") == (2014, 4)
    with pytest.raises(WorkflowError, match="2014Q4"):
        qf.parse_quarter("2014-4")


def test_each_judge_sends_the_other_kind_of_form_where_it_belongs(plan, actor, tmp_path):
    from models.instructions import feedback as fb
    from models.instructions import records as m
    from models.instructions import workflow as wf
    from reports.feedback_form import write_form

    _, quarterly = export(actor, tmp_path)["市住建委"]
    assert fb.judge(quarterly, TODAY).reason.startswith("本表是重点工作季度反馈表，不是批示件的反馈表：请在 重点工作")
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name="黄振宇",
                                                text="请研究。", matter="桥梁"))
    wf.accept(actor, ins.id, D(2014, 9, 2))
    wf.assign(actor, ins.id, D(2014, 9, 26), [wf.AssignmentSpec(plan["units"][0], deadline=D(2014, 11, 10))])
    form = write_form(fb.forms_for(actor, ins.number, TODAY)[0], tmp_path / "ins.xlsx")
    assert refusal(form).startswith("本表是批示件的反馈表，不是重点工作季度反馈表：请在 批示件")
