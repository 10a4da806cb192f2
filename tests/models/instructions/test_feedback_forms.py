"""反馈表 round trip: forms written per unit, filled as a unit would (openpyxl), read back
through the ordinary workflows; every refusal, and a second import changing nothing."""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from openpyxl import load_workbook

from models.core.audit import AuditLog, verify_chain
from models.core.diagnostics import safe_settings
from models.core.errors import WorkflowError
from models.core.file_store import sha256_of
from models.instructions import feedback as fb
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit
from reports.feedback_form import write_forms, write_zip, zip_name

D = dt.date
TODAY = D(2014, 10, 28)


@pytest.fixture
def units(db, actor):
    made = [save_unit(actor, UnitData(name, short)) for name, short in (
        ("南宁市交通运输局", "市交通运输局"), ("南宁市住房和城乡建设委员会", "市住建委"),
        ("南宁市公安局", "市公安局"))]
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    return made


def assigned(actor, units, text="请市交通运输局认真研究，妥善处理。", matter="公交线路调整"):
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name="黄振宇",
                                                text=text, matter=matter))
    wf.accept(actor, ins.id, D(2014, 9, 2))
    return wf.assign(actor, ins.id, D(2014, 9, 26), [wf.AssignmentSpec(units[0].id, deadline=D(2014, 11, 10)),
                                                    wf.AssignmentSpec(units[1].id, deadline=D(2014, 11, 20))])


def forms_of(actor, ins, folder, unit=None):
    return dict(zip((f.unit_short for f in fb.forms_for(actor, ins.number, TODAY, unit)),
                    write_forms(fb.forms_for(actor, ins.number, TODAY, unit), folder), strict=True))


def fill(path, target=None, **answers):
    """Fill the answer cells as a unit would in Excel, and save (to ``target`` if given)."""
    wb = load_workbook(path)
    ws = wb[fb.FORM_SHEET]
    for key, value in answers.items():
        ws[fb.CELLS[key]] = value
    wb.save(target or path)
    return target or path


def test_one_form_per_unit_named_for_it_with_the_instruction_locked_and_sealed(units, actor, tmp_path):
    ins = assigned(actor, units)
    forms = fb.forms_for(actor, ins.number, TODAY)
    paths = write_forms(forms, tmp_path)
    assert [p.name for p in paths] == [f"反馈表-{ins.number}-市交通运输局.xlsx", f"反馈表-{ins.number}-市住建委.xlsx"]
    assert [(f.kind, f.role) for f in forms] == [("交办", "牵头"), ("交办", "协办")]
    wb = load_workbook(paths[1])
    ws = wb[fb.FORM_SHEET]
    assert ws[fb.CELLS["text"]].value == "请市交通运输局认真研究，妥善处理。"
    assert ws[fb.CELLS["deadline"]].value == "2014-11-20"
    assert ws[fb.CELLS["unit"]].value == "南宁市住房和城乡建设委员会"
    assert ws.protection.sheet is True
    assert all(ws[fb.CELLS[k]].protection.locked is False for k in fb.ANSWERS)
    assert all(ws[fb.CELLS[k]].protection.locked is True for k in ("text", "deadline", "unit", "number"))
    assert wb[fb.SEAL_SHEET].sheet_state == "veryHidden"
    assert wb[fb.SEAL_SHEET]["B4"].value == forms[1].seal and len(forms[1].seal) == 64
    batch = write_zip(paths, tmp_path / zip_name(forms))
    assert batch.name == f"反馈表-{ins.number}.zip"
    assert sorted(zipfile.ZipFile(batch).namelist()) == sorted(p.name for p in paths)


def test_the_seal_key_is_made_once_kept_out_of_the_log_and_of_diagnostics(units, actor):
    ins = assigned(actor, units)
    fb.forms_for(actor, ins.number, TODAY)
    fb.forms_for(actor, ins.number, TODAY)
    keys = list(fb.SealKey.select())
    assert len(keys) == 1
    logged = AuditLog.select().where(AuditLog.table_name == "feedback_seal_key")
    assert [r.action for r in logged] == ["insert"]
    assert keys[0].secret not in (logged[0].after or "")
    assert keys[0].secret not in repr(safe_settings())


def test_a_matter_not_being_handled_or_a_unit_not_on_it_has_no_form(units, actor):
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), text="请研究。"))
    with pytest.raises(WorkflowError, match="只有已交办、办理中"):
        fb.forms_for(actor, ins.number, TODAY)
    ins = assigned(actor, units)
    with pytest.raises(WorkflowError, match="不是批示件"):
        fb.forms_for(actor, ins.number, TODAY, "市公安局")


def test_round_trip_records_sign_progress_and_completion_and_the_file_in_the_log(units, actor, tmp_path):
    ins = assigned(actor, units)
    paths = forms_of(actor, ins, tmp_path / "out")
    lead = fill(paths["市交通运输局"], signed_by="李志强", signed_on=dt.datetime(2014, 9, 28),
                progress_on="2014-10-20", progress="已完成线路踏勘。", problems="站点用地未落实", next_steps="11月上旬定方案")
    co = fill(paths["市住建委"], signed_by="王芳", signed_on="2014年9月29日")
    verdicts = fb.judge_all(fb.returned_files(tmp_path / "out"), TODAY)
    assert [v.accepted for v in verdicts] == [True, True]
    by_unit = {v.unit: v for v in verdicts}
    assert by_unit["南宁市交通运输局"].changes == ["登记签收（李志强，2014-09-28）", "报送进展（2014-10-20）"]
    assert not m.Assignment.select().where(m.Assignment.signed_on.is_null(False)).exists()  # judging writes nothing
    for v in verdicts:
        fb.take_in(actor, v, TODAY)
    lead_a, co_a = m.assignments_of(ins.id)
    assert (lead_a.signed_on, lead_a.signed_by) == (D(2014, 9, 28), "李志强")
    assert (co_a.signed_on, co_a.signed_by) == (D(2014, 9, 29), "王芳")
    assert m.Instruction.get_by_id(ins.id).state == m.IN_PROGRESS
    [report] = list(lead_a.progress)
    assert report.reported_on == D(2014, 10, 20)
    assert report.text == "已完成线路踏勘。\n存在问题：站点用地未落实\n下步打算：11月上旬定方案"
    taken = {r.file_name: r for r in fb.FeedbackReturn.select()}
    assert taken[lead.name].sha256 == sha256_of(lead) and taken[co.name].assignment_id == co_a.id
    logged = AuditLog.get((AuditLog.table_name == "instruction_feedback_return") & (AuditLog.record_id == str(taken[lead.name].id)))
    assert lead.name in logged.summary and taken[lead.name].sha256 in logged.summary
    assert verify_chain() is None

    # The same files again change nothing.
    count = AuditLog.select().count()
    again = fb.judge_all(fb.returned_files(tmp_path / "out"), TODAY)
    assert [v.accepted for v in again] == [False, False]
    assert all(v.reason.startswith("无变化") for v in again)
    assert AuditLog.select().count() == count

    # The lead unit's 办结 claim on the same form: recorded, the matter awaits 回访复核.
    fill(lead, completed_on="2014-10-27", completion="线路已调整并公示。", evidence="调整方案；公示截图")
    [v] = fb.judge_all([lead], TODAY)
    assert v.changes == ["报送办结（2014-10-27），本件转为已办结、待回访复核"]
    fb.take_in(actor, v, TODAY)
    [claim] = list(m.CompletionReport.select())
    assert (claim.reported_on, claim.text, claim.evidence) == (D(2014, 10, 27), "线路已调整并公示。", "调整方案；公示截图")
    fresh = m.Instruction.get_by_id(ins.id)
    assert (fresh.state, fresh.completed_on) == (m.COMPLETED, D(2014, 10, 27))
    assert not m.Review.select().exists()
    assert len(list(lead_a.progress)) == 1  # the progress already taken in is not repeated
    # Sent again once the matter is 已办结: nothing new, so 无变化; a new claim is too late.
    assert refusal(lead).startswith("无变化")
    fill(lead, progress_on="2014-10-28", progress="又有新进展。")
    assert refusal(lead) == "批示件当前状态为“已办结”，不再接收承办单位反馈"


def test_co_units_completion_claim_is_kept_against_its_share_only(units, actor, tmp_path):
    ins = assigned(actor, units)
    paths = forms_of(actor, ins, tmp_path)
    fill(paths["市住建委"], signed_by="王芳", signed_on="2014-09-29", completed_on="2014-10-25", completion="配合完成")
    [v] = fb.judge_all([paths["市住建委"]], TODAY)
    fb.take_in(actor, v, TODAY)
    assert m.CompletionReport.select().count() == 1
    assert m.Instruction.get_by_id(ins.id).state == m.ASSIGNED


def refusal(path, **kw):
    [v] = fb.judge_all([path], TODAY, **kw)
    assert not v.accepted
    return v.reason


def test_a_broken_seal_is_refused_and_nothing_written(units, actor, tmp_path):
    ins = assigned(actor, units)
    paths = forms_of(actor, ins, tmp_path)
    edited = fill(paths["市交通运输局"], tmp_path / "d.xlsx", deadline="2014-12-31", signed_by="李", signed_on="2014-09-28")
    assert refusal(edited).startswith("封签不符")
    texted = fill(paths["市交通运输局"], tmp_path / "t.xlsx", text="请研究。", signed_by="李", signed_on="2014-09-28")
    assert refusal(texted).startswith("封签不符")
    renamed = fill(paths["市交通运输局"], tmp_path / "u.xlsx", unit="南宁市公安局", signed_by="李", signed_on="2014-09-28")
    assert refusal(renamed).startswith("封签不符")
    with pytest.raises(WorkflowError, match="封签不符"):
        fb.take_in(actor, fb.Verdict(edited, accepted=True), TODAY)
    assert not m.Assignment.select().where(m.Assignment.signed_on.is_null(False)).exists()


def test_forms_of_another_unit_or_matter_are_refused(units, actor, tmp_path):
    ins = assigned(actor, units)
    other = assigned(actor, units, text="请市住建委牵头研究。", matter="老旧小区改造")
    mine = fill(forms_of(actor, ins, tmp_path / "a")["市住建委"], signed_by="王芳", signed_on="2014-09-29")
    theirs = fill(forms_of(actor, other, tmp_path / "b")["市住建委"], signed_by="王芳", signed_on="2014-09-29")
    assert refusal(theirs, instruction_id=ins.id) == f"本表属于另一件批示件（{other.number}），不是{ins.number}的反馈表"
    assert refusal(mine, unit_id=units[0].id) == "本表属于另一单位（南宁市住房和城乡建设委员会）"
    assert fb.judge(mine, TODAY, instruction_id=ins.id, unit_id=units[1].id).accepted


def test_a_form_superseded_by_an_extension_is_refused(units, actor, tmp_path):
    ins = assigned(actor, units)
    path = fill(forms_of(actor, ins, tmp_path / "old")["市交通运输局"], signed_by="李志强", signed_on="2014-09-28")
    [lead, _] = m.assignments_of(ins.id)
    wf.sign(actor, lead.id, D(2014, 9, 28), "李志强")
    ext = wf.request_extension(actor, lead.id, D(2014, 10, 20), D(2014, 11, 30), "用地未落实")
    wf.decide_extension(actor, ext.id, D(2014, 10, 21), True)
    assert refusal(path) == "本表已被新表取代：办理时限已由表中的 2014-11-10 改为 2014-11-30，请用新导出的反馈表填写"
    new = forms_of(actor, ins, tmp_path / "new")["市交通运输局"]
    assert load_workbook(new)[fb.FORM_SHEET][fb.CELLS["deadline"]].value == "2014-11-30"
    fill(new, progress_on="2014-10-22", progress="已重新选址。")
    assert fb.judge(new, TODAY).accepted


def test_a_replaced_unit_s_form_is_void(units, actor, tmp_path):
    ins = assigned(actor, units)
    path = fill(forms_of(actor, ins, tmp_path)["市住建委"], signed_by="王芳", signed_on="2014-09-29")
    co = m.assignments_of(ins.id)[1]
    wf.replace_unit(actor, co.id, D(2014, 10, 8), wf.AssignmentSpec(units[2].id, deadline=D(2014, 11, 20)), "职能调整")
    assert "不再承办本件" in refusal(path)


def test_bad_files_are_refused_one_by_one_and_never_stop_the_others(units, actor, tmp_path):
    ins = assigned(actor, units)
    paths = forms_of(actor, ins, tmp_path)
    fill(paths["市交通运输局"], signed_by="李志强", signed_on="2014-09-28")
    (tmp_path / "损坏.xlsx").write_bytes(b"not a workbook")
    other = tmp_path / "其他.xlsx"
    from openpyxl import Workbook

    Workbook().save(other)
    half = fill(paths["市住建委"], tmp_path / "半.xlsx", signed_by="王芳")
    bad_date = fill(paths["市住建委"], tmp_path / "日期.xlsx", signed_by="王芳", signed_on="2014-02-30")
    no_sign = fill(paths["市住建委"], tmp_path / "未签.xlsx", progress_on="2014-10-20", progress="推进中")
    verdicts = {v.path.name: v for v in fb.judge_all(fb.returned_files(tmp_path), TODAY)}
    assert verdicts["损坏.xlsx"].reason.startswith("不是有效的 .xlsx 文件")
    assert verdicts["其他.xlsx"].reason.startswith("不是本室导出的反馈表")
    assert verdicts[half.name].reason == "签收人和签收日期须同时填写"
    assert "不是有效日期" in verdicts[bad_date.name].reason
    assert verdicts[no_sign.name].reason == "尚未签收：请同时填写签收人和签收日期"
    assert verdicts[paths["市住建委"].name].reason == "表中未填写任何内容"
    assert [n for n, v in verdicts.items() if v.accepted] == [paths["市交通运输局"].name]


def test_text_that_looks_like_a_formula_or_holds_control_characters_seals_and_reads_back(units, actor, tmp_path):
    ins = assigned(actor, units, text="=HYPERLINK(\"x\") 请研究\x07。\r\n二、报方案。")
    path = forms_of(actor, ins, tmp_path)["市住建委"]
    cell = load_workbook(path)[fb.FORM_SHEET][fb.CELLS["text"]]
    assert (cell.value, cell.data_type) == ("=HYPERLINK(\"x\") 请研究。\n二、报方案。", "s")
    fill(path, signed_by="王芳", signed_on="2014-09-29")
    assert fb.judge(path, TODAY).accepted


def test_a_file_that_unpacks_to_too_much_is_refused_unread(units, actor, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (fb._MAX_UNPACKED_BYTES + 1))
    assert refusal(bomb) == "文件解压后过大，不是本室导出的反馈表"


def test_a_unit_signed_but_never_reminded_gets_the_jiaoban_form_and_a_reminded_one_its_real_count(units, actor):
    ins = assigned(actor, units)
    lead, co = m.current_assignments(ins.id)
    wf.sign(actor, lead.id, D(2014, 9, 28), "李明")
    forms = fb.forms_for(actor, ins.number, TODAY)
    assert [(f.kind, f.title) for f in forms] == [("交办", "督办事项反馈表（交办）")] * 2
    wf.remind(actor, co.id, TODAY, "书面", "请尽快报送办理进展")
    wf.remind(actor, co.id, TODAY, "电话", "再次催办")
    forms = fb.forms_for(actor, ins.number, TODAY)
    assert [(f.unit_short, f.kind, f.title) for f in forms] == [
        ("市交通运输局", "交办", "督办事项反馈表（交办）"), ("市住建委", "催办", "督办事项反馈表（第2次催办）")]
