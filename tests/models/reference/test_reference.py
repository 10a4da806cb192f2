"""Units and leaders: uniqueness, deactivation, deletion, pinyin search, import."""
from __future__ import annotations

import openpyxl
import pytest

from models.core.errors import WorkflowError
from models.reference import directory as reference
from models.reference.directory import UnitData
from models.reference.importing import apply_leaders, apply_units, plan_leaders, plan_units
from models.reference.pinyin import initials, matches
from models.tabular.read import ImportFileError


def test_names_are_unique_and_trimmed(db, actor):
    reference.save_unit(actor, UnitData("  市园林局 "))
    with pytest.raises(WorkflowError, match="已有名为“市园林局”"):
        reference.save_unit(actor, UnitData("市园林局"))
    with pytest.raises(WorkflowError, match="不能为空"):
        reference.save_unit(actor, UnitData("   "))
    with pytest.raises(WorkflowError, match="单位类型"):
        reference.save_unit(actor, UnitData("市林业局", kind="部门"))


def test_referenced_unit_can_be_deactivated_but_not_deleted(db, actor):
    u = reference.save_unit(actor, UnitData("南宁市教育局", "市教育局"))
    free = reference.save_unit(actor, UnitData("南宁市旅游局"))
    db.execute_sql("CREATE TABLE test_ref (id INTEGER PRIMARY KEY, unit_id INTEGER REFERENCES unit(id))")
    db.execute_sql("INSERT INTO test_ref (unit_id) VALUES (?)", (u.id,))
    with pytest.raises(WorkflowError, match="不能删除"):
        reference.delete_unit(actor, u.id)
    reference.set_unit_active(actor, u.id, False)
    assert not reference.Unit.get_by_id(u.id).active
    assert u.id not in [x.id for x in reference.find_units("")]
    assert u.id in [x.id for x in reference.find_units("", include_inactive=True)]
    reference.delete_unit(actor, free.id)
    assert reference.Unit.get_or_none(reference.Unit.id == free.id) is None


def test_pinyin_initials_find_units():
    assert initials("市住建委") == "szjw"
    assert matches("szj", "南宁市住房和城乡建设委员会", "市住建委")
    assert matches("住建", "南宁市住房和城乡建设委员会", "市住建委")
    assert not matches("jyj", "南宁市住房和城乡建设委员会", "市住建委")


def test_find_units_by_initials(db, actor):
    reference.save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    reference.save_unit(actor, UnitData("南宁市教育局", "市教育局"))
    assert [u.short_name for u in reference.find_units("szj")] == ["市住建委"]


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


def test_import_units_updates_existing_by_name(db, actor, tmp_path):
    reference.save_unit(actor, UnitData("南宁市教育局", "教育局"))
    f = _xlsx(tmp_path / "units.xlsx", [
        ["南宁市单位名录"],  # a title row above the header is common in ledgers
        ["单位名称", "简称", "类型", "联系人", "联系电话", "备注"],
        ["南宁市教育局", "市教育局", "市直单位", "李明", "0771-1234567", "x"],
        ["马山县人民政府", "马山县", "县区", "", "", ""],
        [None, None, None, None, None, None],
    ])
    plan = plan_units(f)
    assert plan.ok, plan.errors
    assert len(plan.new) == 1 and len(plan.updated) == 1
    assert apply_units(actor, plan) == 2
    assert reference.Unit.get(reference.Unit.name == "南宁市教育局").short_name == "市教育局"
    assert reference.Unit.get(reference.Unit.name == "马山县人民政府").kind == "县区"


def test_import_units_with_bad_rows_writes_nothing(db, actor, tmp_path):
    f = tmp_path / "units.csv"
    f.write_bytes("单位名称,类型\n市水利局,市直单位\n,县区\n市农委,部门\n市水利局,市直单位\n".encode("gbk"))
    plan = plan_units(f)
    assert not plan.ok
    reasons = {e.row: str(e) for e in plan.errors}
    assert set(reasons) == {3, 4, 5}
    assert "必填" in reasons[3] and "单位类型" in reasons[4] and "重复" in reasons[5]
    with pytest.raises(WorkflowError):
        apply_units(actor, plan)
    assert reference.Unit.select().count() == 0


def test_import_leaders_levels(db, actor, tmp_path):
    f = tmp_path / "leaders.csv"
    f.write_text("姓名,职务,层级\n甲某,自治区党委副书记,自治区党委领导\n乙某,市长,市\n丙某,处长,省\n",
                 encoding="utf-8-sig")
    plan = plan_leaders(f)
    assert [e.row for e in plan.errors] == [4]
    f.write_text("姓名,职务,层级\n甲某,自治区党委副书记,自治区党委领导\n乙某,市长,市委领导\n", encoding="utf-8")
    plan = plan_leaders(f)
    assert plan.ok
    apply_leaders(actor, plan)
    assert reference.Leader.get(reference.Leader.name == "甲某").level == "自治区"
    assert reference.Leader.get(reference.Leader.name == "乙某").level == "市"


def test_import_file_missing_required_column(db, tmp_path):
    f = tmp_path / "units.csv"
    f.write_text("名字,简称\n市水利局,水利局\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="单位名称"):
        plan_units(f)


def test_import_refuses_non_spreadsheets(db, tmp_path):
    f = tmp_path / "units.xlsx"
    f.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ImportFileError, match="不是有效的 .xlsx"):
        plan_units(f)
    old = tmp_path / "units.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError, match="另存为 .xlsx"):
        plan_units(old)


def test_importing_the_same_file_twice_changes_nothing(db, actor, tmp_path):
    from models.core import audit

    f = tmp_path / "units.csv"
    f.write_text("单位名称,简称,类型\n南宁市水利局,市水利局,市直单位\n马山县人民政府,马山县,县区\n", encoding="utf-8")
    apply_units(actor, plan_units(f))
    versions = {u.name: u.version for u in reference.Unit.select()}
    rows = audit.AuditLog.select().count()
    again = plan_units(f)
    assert (len(again.new), len(again.updated), len(again.unchanged)) == (0, 0, 2)
    assert "无变化 2 条" in again.summary()
    assert apply_units(actor, again) == 0
    assert {u.name: u.version for u in reference.Unit.select()} == versions
    assert audit.AuditLog.select().count() == rows


def test_import_units_with_overseeing_leaders(db, actor, tmp_path):
    huang = reference.save_leader(actor, reference.LeaderData("黄振宇", "市委书记", "市"))
    f = _xlsx(tmp_path / "units.xlsx", [
        ["单位名称", "简称", "分管领导"],
        ["南宁市交通运输局", "市交通运输局", "黄振宇"],
        ["南宁市教育局", "市教育局", ""],
    ])
    plan = plan_units(f)
    assert plan.ok, plan.errors
    apply_units(actor, plan)
    assert reference.Unit.get(reference.Unit.name == "南宁市交通运输局").overseer_id == huang.id
    assert reference.Unit.get(reference.Unit.name == "南宁市教育局").overseer_id is None
    assert len(plan_units(f).unchanged) == 2  # the same file again changes nothing
    bad = _xlsx(tmp_path / "bad.xlsx", [["单位名称", "分管领导"], ["南宁市水利局", "王五"]])
    plan = plan_units(bad)
    assert not plan.ok and "不在领导名单中" in str(plan.errors[0])
