"""阶段计划 imported with the annual plan from a 阶段 sheet: preview, apply, again, refusals, template."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

D = dt.date
HEADERS = ["序号", "工作事项", "牵头单位", "完成时限"]
STAGE_HEADERS = ["事项序号", "阶段序号", "阶段名称", "完成时限", "责任单位", "完成日期", "备注"]
ITEMS = [[1, "7座跨江桥梁建设", "市住建委", "2014-12-31"], [2, "“中国绿城”提升工程", "市园林局", "2014-11-30"]]
STAGES = [[1, 1, "完成征地拆迁", "2014-06-30", "市交通运输局", "2014-06-25", None],
          [1, 2, "主桥合龙", D(2014, 12, 20), "市住建委", None, "含引桥"],
          [2, 1, "苗木采购", "2014-09-30", "南宁市园林管理局", None, None]]


def write_plan(path, items=ITEMS, stages=STAGES, sheet="阶段"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "计划"
    ws.append(HEADERS)
    for r in items:
        ws.append(r)
    if stages is not None:
        st = wb.create_sheet(sheet)
        st.append(STAGE_HEADERS)
        for r in stages:
            st.append(r)
    wb.save(path)
    return path


@pytest.fixture
def units(db, actor):
    from models.reference.directory import UnitData, save_unit

    for n, s in [("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市交通运输局", "市交通运输局"),
                 ("南宁市园林管理局", "市园林局")]:
        save_unit(actor, UnitData(n, s))


@pytest.fixture
def cal(db):
    from models.calendar.store import load_calendar

    return load_calendar()


def _stages():
    from models.key_items.items import KeyItem
    from models.key_items.stages import KeyItemStage

    return [(s.item.number, s.number, s.title, s.deadline, s.unit.short_name, s.done_on, s.note)
            for s in KeyItemStage.select().join(KeyItem).order_by(KeyItem.number, KeyItemStage.number)]


def test_plan_and_stages_import_together_then_again_changes_nothing(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items

    path = write_plan(tmp_path / "plan.xlsx")
    plan = plan_key_items(path, 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    assert plan.summary() == ("2014年计划（将新建）：新增 2 项，更新 0 项，无变化 0 项，有误 0 处；"
                              "阶段：新增 3 个，更新 0 个，无变化 0 个")
    assert _stages() == []  # the preview writes nothing
    apply_key_items(actor, plan, cal)
    assert _stages() == [(1, 1, "完成征地拆迁", D(2014, 6, 30), "市交通运输局", D(2014, 6, 25), ""),
                         (1, 2, "主桥合龙", D(2014, 12, 20), "市住建委", None, "含引桥"),
                         (2, 1, "苗木采购", D(2014, 9, 30), "市园林局", None, "")]
    again = plan_key_items(path, 2014, cal)
    assert again.nothing_to_write and again.stages_unchanged == 3


def test_a_changed_stage_is_listed_old_to_new_and_blank_cells_keep_the_stored_value(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items

    apply_key_items(actor, plan_key_items(write_plan(tmp_path / "a.xlsx"), 2014, cal), cal)
    # Only the second item's stage, now done, and a blank 完成日期 on the first: kept.
    changed = [[2, 1, "苗木采购", "2014-09-30", "市园林局", "2014-09-28", None],
               [1, 1, "完成征地拆迁", "2014-06-30", "市交通运输局", None, None]]
    plan = plan_key_items(write_plan(tmp_path / "b.xlsx", stages=changed), 2014, cal)
    assert plan.ok and plan.counts().stages_updated == 1 and plan.stages_unchanged == 1
    assert plan.change_lines() == ["“阶段”表第2行 更新第2项第1阶段：", "  完成日期：（空） → 2014-09-28"]
    apply_key_items(actor, plan, cal)
    stages = _stages()
    assert stages[2][5] == D(2014, 9, 28) and stages[0][5] == D(2014, 6, 25)
    assert len(stages) == 3  # a stage not in the sheet is left alone


def test_stage_rows_refused_with_their_sheet_row_and_reason_nothing_written(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem

    bad = [[1, 1, "完成征地拆迁", "2015-01-15", "市交通运输局", None, None],  # after the item's deadline
           [3, 1, "无此事项", "2014-06-30", "市住建委", None, None],
           [2, 1, "苗木采购", "2014-09-30", "市林业局", None, None],
           [2, 1, "苗木采购", "2014-09-30", "市园林局", None, None],
           [2, 2, "", "2014-09-30", "市园林局", None, None]]
    plan = plan_key_items(write_plan(tmp_path / "bad.xlsx", stages=bad), 2014, cal)
    got = [str(e) for e in plan.errors]
    assert any(e.startswith("第2行“阶段表”列：") and "晚于事项的完成时限 2014-12-31" in e for e in got), got
    assert any(e.startswith("第3行“阶段表·事项序号”列：") and "没有第3项" in e for e in got), got
    assert any(e.startswith("第4行“阶段表·责任单位”列：未知单位“市林业局”") for e in got), got
    assert "第5行“阶段表·阶段序号”列：第2项第1阶段重复：与第4行重复" in got
    assert any(e.startswith("第6行“阶段表·阶段名称”列：必填项为空") for e in got), got
    assert not plan.ok
    with pytest.raises(Exception, match="未导入任何数据"):
        apply_key_items(actor, plan, cal)
    assert KeyItem.select().count() == 0


def test_a_stage_is_checked_against_the_deadline_the_file_gives_its_item(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items

    apply_key_items(actor, plan_key_items(write_plan(tmp_path / "a.xlsx", stages=None), 2014, cal), cal)
    # The file moves item 2's deadline out to 12-31 and adds a stage in December in the same go.
    items = [ITEMS[0], [2, "“中国绿城”提升工程", "市园林局", "2014-12-31"]]
    plan = plan_key_items(write_plan(tmp_path / "b.xlsx", items=items,
                                     stages=[[2, 1, "验收", "2014-12-15", "市园林局", None, None]]), 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    apply_key_items(actor, plan, cal)
    assert [s[:4] for s in _stages()] == [(2, 1, "验收", D(2014, 12, 15))]


def test_a_workbook_without_the_sheet_and_a_csv_import_as_before(tmp_path, db, actor, units, cal):
    from models.key_items.importing import plan_key_items

    other = plan_key_items(write_plan(tmp_path / "x.xlsx", sheet="备注"), 2014, cal)
    assert other.ok and other.stages == [] and "阶段" not in other.summary()
    csv = tmp_path / "plan.csv"
    csv.write_text("序号,工作事项,牵头单位,完成时限\n1,7座跨江桥梁建设,市住建委,2014-12-31\n", encoding="utf-8")
    assert plan_key_items(csv, 2014, cal).counts().new == 1


def test_the_plan_template_has_the_stage_sheet_with_its_notes_and_it_imports(tmp_path, db, actor, units, cal):
    from models.key_items.importing import STAGE_COLUMNS, TEMPLATE, apply_key_items, plan_key_items
    from reports.import_template import write_template

    path = write_template(TEMPLATE, tmp_path / "计划模板.xlsx", 2014)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["年度重点工作计划", "阶段", "说明"]
    assert [c.value for c in wb["阶段"][2]] == [c.header for c in STAGE_COLUMNS]
    notes = [[c.value for c in row] for row in wb["说明"].iter_rows()]
    heading = next(i for i, r in enumerate(notes) if r[0] and str(r[0]).startswith("“阶段”工作表"))
    explained = {r[0]: r for r in notes[heading:] if r[0]}
    for col in STAGE_COLUMNS:
        assert explained[col.header][1] == ("必填" if col.required else "选填")
        assert explained[col.header][2] == col.help
    plan = plan_key_items(path, 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    apply_key_items(actor, plan, cal)
    assert _stages() == [(1, 1, "完成征地拆迁", D(2014, 6, 30), "市住建委", None, "")]
