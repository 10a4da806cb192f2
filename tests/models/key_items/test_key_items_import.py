"""Import of an annual plan from .xlsx (all or nothing), the ledger export, and .ics."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

D = dt.date
HEADERS = ["序号", "工作事项", "工作内容", "来源", "牵头单位", "责任单位", "完成时限", "督查时间", "交办日期"]


def write_xlsx(path, rows, headers=HEADERS, title_row=True):
    wb = openpyxl.Workbook()
    ws = wb.active
    if title_row:
        ws.append(["2014年决策督查计划"])
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def units(db, actor):
    from models.reference.directory import UnitData, save_unit

    for n, s in [("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市交通运输局", "市交通运输局"),
                 ("南宁市园林管理局", "市园林局"), ("南宁市工业和信息化委员会", "市工信委")]:
        save_unit(actor, UnitData(n, s))


@pytest.fixture
def cal(db):
    from models.calendar.store import load_calendar

    return load_calendar()


GOOD = [
    [1, "7座跨江桥梁建设", "加快推进", "提升首位度决定", "市住建委", "市交通运输局、市园林局", "2014-12-31",
     "每季度", None],
    [2, "“中国绿城”提升工程", "-征地拆迁滞后=1", "", "南宁市园林管理局", "", "2014年11月30日",
     "2014-05-07，2014/8/20", None],
    [3, "群众路线整改", "", "常委会会议纪要", "市工信委", "市住建委", "5个工作日", "", D(2014, 9, 26)],
]


def test_good_file_preview_then_apply_in_one_go(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem, check_days

    path = write_xlsx(tmp_path / "plan.xlsx", GOOD)
    plan = plan_key_items(path, 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    assert plan.summary() == "2014年计划（将新建）：新增 3 项，更新 0 项，无变化 0 项，有误 0 处"
    assert KeyItem.select().count() == 0  # the preview writes nothing
    assert apply_key_items(actor, plan, cal) == 3
    items = {i.number: i for i in KeyItem.select()}
    assert items[1].quarterly and items[1].source == "提升首位度决定"
    assert check_days(items[2].id) == [D(2014, 5, 7), D(2014, 8, 20)]
    assert items[3].deadline == D(2014, 10, 9) and items[3].deadline_days == 5  # over National Day


def test_columns_found_by_header_name_not_position(tmp_path, db, actor, units, cal):
    from models.key_items.importing import plan_key_items

    headers = ["完成时限", "备注", "牵头单位", "序号", "工作事项"]
    path = write_xlsx(tmp_path / "reordered.xlsx", [["2014-12-31", "无关", "市住建委", 7, "保障性住房建设"]],
                      headers=headers, title_row=False)
    plan = plan_key_items(path, 2014, cal)
    assert plan.ok and plan.items[0][1].number == 7 and plan.items[0][1].title == "保障性住房建设"


def test_every_kind_of_bad_row_is_reported_and_nothing_written(tmp_path, db, actor, units, cal):
    from models.core.errors import WorkflowError
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import ItemData, KeyItem, save_item, save_plan

    plan14 = save_plan(actor, 2014)
    save_item(actor, plan14.id, ItemData(9, "已有事项", _uid("市住建委"),
                                         deadline=D(2014, 12, 31)))
    rows = [
        [1, "好的一行", "", "", "市住建委", "", "2014-12-31", "", None],                 # row 3: fine
        [2, "未知牵头", "", "", "市不存在局", "", "2014-12-31", "", None],               # row 4
        [3, "未知责任", "", "", "市住建委", "市交通运输局、某某办", "2014-12-31", "", None],  # row 5
        [4, "坏日期", "", "", "市住建委", "", "2014-02-30", "", None],                   # row 6
        [5, "工作日无交办", "", "", "市住建委", "", "10个工作日", "", None],             # row 7
        [6, "坏督查时间", "", "", "市住建委", "", "2014-12-31", "下个月", None],          # row 8
        [1, "序号重复", "", "", "市住建委", "", "2014-12-31", "", None],                 # row 9
        [9, "改已有事项", "", "", "市住建委", "", "2014-12-31", "", None],               # row 10: an update
        [10, "早于计划开始", "", "", "市住建委", "", "2013-12-31", "", None],            # row 11
        [11, "", "", "", "市住建委", "", "2014-12-31", "", None],                         # row 12
        [12, "坏来源", "", "道听途说", "市住建委", "", "2014-12-31", "", None],           # row 13
        ["十三", "坏序号", "", "", "市住建委", "", "2014-12-31", "", None],               # row 14
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    plan = plan_key_items(path, 2014, cal)
    by_row = {e.row: e for e in plan.errors}
    assert sorted(by_row) == [4, 5, 6, 7, 8, 9, 11, 12, 13, 14]
    assert "市不存在局" in by_row[4].reason and by_row[4].column == "牵头单位"
    assert "某某办" in by_row[5].reason and by_row[5].column == "责任单位"
    assert "不是有效日期" in by_row[6].reason
    assert "交办日期" in by_row[7].reason
    assert by_row[8].column == "督查时间"
    assert "与第3行重复" in by_row[9].reason
    assert [u.row for u in plan.updated] == [10]  # a 序号 already in the plan updates that item
    assert "早于计划开始日期" in by_row[11].reason
    assert "必填" in by_row[12].reason
    assert by_row[13].column == "来源"
    assert by_row[14].column == "序号"
    assert [n for n, _ in plan.items] == [3]
    before = KeyItem.select().count()
    with pytest.raises(WorkflowError, match="未导入任何数据"):
        apply_key_items(actor, plan, cal)
    assert KeyItem.select().count() == before


def _uid(short):
    from models.reference.directory import Unit

    return Unit.get(Unit.short_name == short).id


def test_unreadable_file_refused_with_chinese_message(tmp_path, db, cal):
    from models.key_items.importing import plan_key_items
    from models.tabular.read import ImportFileError

    bad = tmp_path / "plan.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ImportFileError, match="不是有效的 .xlsx"):
        plan_key_items(bad, 2014, cal)
    missing = write_xlsx(tmp_path / "nohead.xlsx", [[1, "x"]], headers=["序号", "工作事项"], title_row=False)
    with pytest.raises(ImportFileError, match="牵头单位"):
        plan_key_items(missing, 2014, cal)


def test_ledger_rows_and_formula_safe_xlsx(tmp_path, db, actor, units, cal, today):
    from models.key_items.importing import (
        LEDGER_HEADERS,
        LEDGER_WIDTHS,
        apply_key_items,
        ledger,
        plan_key_items,
    )
    from reports.spreadsheet import write_sheet

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "p.xlsx", GOOD), 2014, cal), cal)
    title, rows = ledger(2014, today, cal)
    assert title.startswith("2014年决策督查计划台账")
    assert [r[0] for r in rows] == [1, 2, 3]
    assert rows[0][5] == "市交通运输局、市园林局" and rows[0][7] == "每季度"
    assert rows[1][7] == "5月7日、8月20日"
    assert rows[2][6] == "2014-10-09（交办后5个工作日）"
    out = write_sheet(tmp_path / "ledger.xlsx", title, LEDGER_HEADERS, rows, col_widths=LEDGER_WIDTHS)
    ws = openpyxl.load_workbook(out).active
    cells = [c for row in ws.iter_rows() for c in row if c.value == "-征地拆迁滞后=1"]
    assert cells and all(c.data_type == "s" and c.quotePrefix for c in cells)
    assert ws.page_setup.orientation == "landscape"


def test_ics_is_crlf_utf8_folded_and_escaped():
    from models.calendar.agenda import AgendaEntry
    from models.calendar.ics import fold, to_ics
    from models.calendar.lights import Light

    long_title = "第2项 7座跨江桥梁建设，含青山大桥；良庆大桥" * 4
    e = AgendaEntry(D(2014, 10, 31), "重点工作期限", long_title, Light.YELLOW, "key_item", 2, "市住建委", "推进中")
    text = to_ics([e], dt.datetime(2014, 10, 28, 8, 0))
    raw = text.encode("utf-8")
    assert raw.count(b"\r\n") == raw.count(b"\n")  # every line ends CRLF
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # folding never splits a character
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20141031" in unfolded and "DTEND;VALUE=DATE:20141101" in unfolded
    assert "建设，含青山大桥；良庆大桥" in unfolded  # full-width punctuation needs no escape
    assert "SUMMARY:【临期】重点工作期限：" in unfolded
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert fold("a" * 75) == "a" * 75 and fold("a" * 76) == "a" * 75 + "\r\n a"
    assert "a\\;b\\,c" in to_ics([AgendaEntry(D(2014, 1, 1), "k", "a;b,c", Light.RED, "x", 1)],
                                 dt.datetime(2014, 1, 1))


# ---- importing again: 无变化, updates old → new, all or nothing ----------------------

def _audit_count():
    from models.core.audit import AuditLog

    return AuditLog.select().count()


def _versions():
    from models.key_items.items import KeyItem

    return {i.number: i.version for i in KeyItem.select()}


def test_same_file_again_is_unchanged_and_writes_nothing(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items

    path = write_xlsx(tmp_path / "plan.xlsx", GOOD)
    apply_key_items(actor, plan_key_items(path, 2014, cal), cal)
    audits, versions = _audit_count(), _versions()
    again = plan_key_items(path, 2014, cal)
    assert again.ok, [str(e) for e in again.errors]
    assert again.summary() == "2014年计划：新增 0 项，更新 0 项，无变化 3 项，有误 0 处"
    assert again.nothing_to_write and again.change_lines() == []
    assert apply_key_items(actor, again, cal) == 0
    assert _audit_count() == audits and _versions() == versions


def test_only_order_of_units_or_dates_differs_is_unchanged(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", GOOD), 2014, cal), cal)
    shuffled = [list(r) for r in GOOD]
    shuffled[0][5] = "市园林局，市交通运输局"
    shuffled[1][7] = "2014年8月20日、2014-05-07"
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", shuffled), 2014, cal)
    assert (len(plan.unchanged), plan.updated, plan.errors) == (3, [], [])


def test_changed_row_is_an_audited_update_listed_old_to_new(tmp_path, db, actor, units, cal):
    from models.core.audit import AuditLog
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem, check_days, responsible_unit_ids

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", GOOD), 2014, cal), cal)
    before = KeyItem.get(KeyItem.number == 1)
    changed = [list(r) for r in GOOD]
    changed[0][1] = "7座跨江桥梁建设（含青山大桥）"
    changed[0][4] = "市工信委"
    changed[0][5] = "市交通运输局、市住建委"
    changed[0][6] = "2014-11-30"
    changed[0][7] = "2014-06-18"
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", changed), 2014, cal)
    assert plan.ok and plan.summary() == "2014年计划：新增 0 项，更新 1 项，无变化 2 项，有误 0 处"
    (update,) = plan.updated
    assert update.row == 3 and update.item_id == before.id
    assert [str(c) for c in update.changes] == [
        "工作事项：7座跨江桥梁建设 → 7座跨江桥梁建设（含青山大桥）",
        "牵头单位：市住建委 → 市工信委",
        "责任单位：市交通运输局、市园林局 → 市交通运输局、市住建委",
        "完成时限：2014-12-31 → 2014-11-30",
        "督查时间：每季度 → 6月18日",
    ]
    assert plan.change_lines()[0] == "第3行 更新第1项："
    assert KeyItem.get_by_id(before.id).title == "7座跨江桥梁建设"  # the preview wrote nothing
    last = AuditLog.select(AuditLog.id).order_by(AuditLog.id.desc()).scalar()
    assert apply_key_items(actor, plan, cal) == 1
    after = KeyItem.get_by_id(before.id)
    assert after.title == "7座跨江桥梁建设（含青山大桥）" and after.deadline == D(2014, 11, 30)
    assert after.lead_unit_id == _uid("市工信委") and after.version == before.version + 1
    assert not after.quarterly and check_days(after.id) == [D(2014, 6, 18)]
    assert set(responsible_unit_ids(after.id)) == {_uid("市交通运输局"), _uid("市住建委")}
    assert after.content == before.content and after.state == before.state
    summaries = [r.summary for r in AuditLog.select().where(AuditLog.id > last)]
    assert "修改重点工作事项 2014年第1项 7座跨江桥梁建设（含青山大桥）" in summaries
    assert _versions()[2] == 1 and _versions()[3] == 1  # the unchanged rows were not written


def test_columns_the_file_lacks_keep_the_stored_values(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem, check_days

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", GOOD), 2014, cal), cal)
    short = ["序号", "工作事项", "牵头单位", "完成时限"]
    rows = [[1, "7座跨江桥梁建设", "市住建委", "2014-12-31"],
            [2, "“中国绿城”提升工程", "市园林局", "2014-11-30"],
            [3, "群众路线整改", "市工信委", "5个工作日"]]  # 交办日期 is the stored one
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", rows, headers=short), 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    assert (len(plan.unchanged), plan.updated) == (3, [])
    rows[1][1] = "“中国绿城”提升工程（二期）"
    plan = plan_key_items(write_xlsx(tmp_path / "c.xlsx", rows, headers=short), 2014, cal)
    assert [c.label for c in plan.updated[0].changes] == ["工作事项"]
    apply_key_items(actor, plan, cal)
    item = KeyItem.get(KeyItem.number == 2)
    assert item.content == "-征地拆迁滞后=1" and item.source == "市委常委会年度工作要点"
    assert check_days(item.id) == [D(2014, 5, 7), D(2014, 8, 20)]


def test_duplicate_within_file_is_refused_and_nothing_is_written(tmp_path, db, actor, units, cal):
    from models.core.errors import WorkflowError
    from models.key_items.importing import apply_key_items, plan_key_items

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", GOOD), 2014, cal), cal)
    twice = [list(GOOD[0]), list(GOOD[0]), [4, "新事项", "", "", "市住建委", "", "2014-12-31", "", None]]
    twice[0][1] = "改了标题"
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", twice), 2014, cal)
    assert [(e.row, e.column) for e in plan.errors] == [(4, "序号")]
    assert "序号 1 重复：与第3行重复" in plan.errors[0].reason
    audits, versions = _audit_count(), _versions()
    with pytest.raises(WorkflowError, match="未导入任何数据"):
        apply_key_items(actor, plan, cal)
    assert _audit_count() == audits and _versions() == versions


def test_item_edited_after_the_preview_refuses_the_whole_import(tmp_path, db, actor, units, cal):
    from models.core.errors import WorkflowError
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import ItemData, KeyItem, save_item

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", GOOD), 2014, cal), cal)
    rows = [list(r) for r in GOOD] + [[4, "新事项", "", "", "市住建委", "", "2014-12-31", "", None]]
    rows[1][1] = "“中国绿城”提升工程（文件）"
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", rows), 2014, cal)
    assert len(plan.updated) == 1 and len(plan.items) == 1
    item = KeyItem.get(KeyItem.number == 2)
    save_item(actor, item.plan_id, ItemData(2, "“中国绿城”提升工程（窗口）", item.lead_unit_id,
                                            deadline=item.deadline), item.id, item.version, cal=cal)
    with pytest.raises(WorkflowError, match="预览之后已被修改"):
        apply_key_items(actor, plan, cal)
    assert KeyItem.get_by_id(item.id).title == "“中国绿城”提升工程（窗口）"
    assert not KeyItem.select().where(KeyItem.number == 4).exists()


def test_ledger_form_of_a_working_day_deadline(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", GOOD), 2014, cal), cal)
    headers = ["序号", "工作事项", "牵头单位", "责任单位", "完成时限"]
    same = [[3, "群众路线整改", "市工信委", "市住建委", "2014-10-09（交办后5个工作日）（暂定）"]]
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", same, headers=headers), 2014, cal)
    assert plan.ok and len(plan.unchanged) == 1, [str(e) for e in plan.errors]
    edited = [[3, "群众路线整改", "市工信委", "市住建委", "2014-10-20（交办后5个工作日）"]]
    plan = plan_key_items(write_xlsx(tmp_path / "c.xlsx", edited, headers=headers), 2014, cal)
    assert [e.column for e in plan.errors] == ["完成时限"]
    assert "2014-10-20" in plan.errors[0].reason and "2014-10-09" in plan.errors[0].reason
    fixed = [[3, "群众路线整改", "市工信委", "市住建委", "2014-10-20"]]
    plan = plan_key_items(write_xlsx(tmp_path / "d.xlsx", fixed, headers=headers), 2014, cal)
    assert [str(c) for c in plan.updated[0].changes] == [
        "完成时限：2014-10-09（交办后5个工作日） → 2014-10-20", "交办日期：2014-09-26 → （空）"]
    apply_key_items(actor, plan, cal)
    item = KeyItem.get(KeyItem.number == 3)
    assert (item.deadline, item.deadline_days, item.assigned_on) == (D(2014, 10, 20), None, None)
    new_row = [[5, "新事项", "市工信委", "", "2014-10-20（交办后5个工作日）"]]
    plan = plan_key_items(write_xlsx(tmp_path / "e.xlsx", new_row, headers=headers), 2014, cal)
    assert "交办日期" in plan.errors[0].reason  # a new item cannot borrow a stored 交办日期


def _export_demo_ledger(path, today):
    from models.calendar.store import load_calendar
    from models.key_items.importing import LEDGER_HEADERS, LEDGER_WIDTHS, ledger
    from reports.spreadsheet import write_sheet

    title, rows = ledger(2014, today, load_calendar())
    return write_sheet(path, title, LEDGER_HEADERS, rows, col_widths=LEDGER_WIDTHS, sheet_name="2014年台账")


def test_ledger_export_imports_back_as_unchanged(tmp_path, demo_db, actor, today):
    from models.calendar.store import load_calendar
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem

    path = _export_demo_ledger(tmp_path / "台账.xlsx", today)
    audits, versions = _audit_count(), _versions()
    cal = load_calendar()
    plan = plan_key_items(path, 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    assert (len(plan.items), len(plan.updated), len(plan.unchanged)) == (0, 0, 22)
    assert apply_key_items(actor, plan, cal) == 0
    assert _audit_count() == audits and _versions() == versions
    decided = KeyItem.get(KeyItem.number == 21)  # from the minutes, with a working-day deadline
    assert decided.minutes_id is not None and decided.deadline_days == 20


def test_ledger_update_keeps_the_minutes_link_and_state(tmp_path, demo_db, actor, today):
    from models.calendar.store import load_calendar
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem

    path = _export_demo_ledger(tmp_path / "台账.xlsx", today)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == 21)
    ws.cell(row, 2).value = "党的群众路线教育实践活动整改落实（第二批）"
    wb.save(path)
    before = KeyItem.get(KeyItem.number == 21)
    cal = load_calendar()
    plan = plan_key_items(path, 2014, cal)
    assert [(u.data.number, [c.label for c in u.changes]) for u in plan.updated] == [(21, ["工作事项"])]
    apply_key_items(actor, plan, cal)
    after = KeyItem.get_by_id(before.id)
    assert after.title.endswith("（第二批）")
    assert (after.minutes_id, after.minutes_paragraph, after.state) == (
        before.minutes_id, before.minutes_paragraph, before.state)
    assert (after.deadline, after.deadline_days, after.assigned_on) == (
        before.deadline, before.deadline_days, before.assigned_on)


def test_ledger_writes_the_year_of_a_check_outside_the_plan_year(tmp_path, db, actor, units, cal, today):
    from models.key_items.importing import apply_key_items, ledger, plan_key_items
    from models.key_items.items import KeyItem, check_days

    rows = [[1, "跨年督查", "", "", "市住建委", "", "2015-03-31", "2014-12-10、2015-01-14", None]]
    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", rows), 2014, cal), cal)
    _, ledger_rows = ledger(2014, today, cal)
    assert ledger_rows[0][7] == "12月10日、2015年1月14日"
    back = [[1, "跨年督查", "", "", "市住建委", "", "2015-03-31", ledger_rows[0][7], None]]
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", back), 2014, cal)
    assert len(plan.unchanged) == 1, [str(c) for u in plan.updated for c in u.changes]
    assert check_days(KeyItem.get().id) == [D(2014, 12, 10), D(2015, 1, 14)]


def test_ledger_names_units_as_they_are_called_now(tmp_path, db, actor, units, cal, today):
    from models.key_items.importing import apply_key_items, ledger, plan_key_items
    from models.reference.directory import Unit, UnitData, save_unit

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", GOOD), 2014, cal), cal)
    park = Unit.get(Unit.short_name == "市园林局")
    save_unit(actor, UnitData("南宁市市政和园林管理局", "市市政园林局"), park.id, park.version)
    _, rows = ledger(2014, today, cal)
    assert rows[0][5] == "市交通运输局、市市政园林局"


def test_counts_are_the_figures_of_the_summary(tmp_path, db, actor, units, cal):
    from models.key_items.importing import ImportCounts, apply_key_items, plan_key_items

    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", GOOD), 2014, cal), cal)
    rows = [list(r) for r in GOOD] + [[4, "新事项", "", "", "市住建委", "", "2014-12-31", "", None],
                                      [5, "坏单位", "", "", "市不存在局", "", "2014-12-31", "", None]]
    rows[0][1] = "7座跨江桥梁建设（改）"
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", rows), 2014, cal)
    assert plan.counts() == ImportCounts(new=1, updated=1, unchanged=2, errors=1)
    assert plan.summary() == "2014年计划：新增 1 项，更新 1 项，无变化 2 项，有误 1 处"


# ---- blank cells: one rule for every column -----------------------------------------------

FULL = HEADERS + ["纳入绩效考评"]


def test_blank_cells_of_an_existing_item_keep_every_stored_value(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem, check_days, responsible_unit_ids

    rows = [[1, "7座跨江桥梁建设", "加快推进", "提升首位度决定", "市住建委", "市交通运输局、市园林局", "2014-12-31",
             "每季度、2014-05-07", None, "否"],
            [3, "群众路线整改", "整改清单", "常委会会议纪要", "市工信委", "市住建委", "5个工作日", "2014-10-15",
             D(2014, 9, 26), "是"]]
    apply_key_items(actor, plan_key_items(write_xlsx(tmp_path / "a.xlsx", rows, headers=FULL), 2014, cal), cal)
    stored = {i.number: (i.content, i.source, i.performance, i.assigned_on, i.quarterly, check_days(i.id),
                         set(responsible_unit_ids(i.id))) for i in KeyItem.select()}
    # every optional cell left empty: the required ones as stored
    blank = [[1, "7座跨江桥梁建设", "", "", "市住建委", "", "2014-12-31", "", None, ""],
             [3, "群众路线整改", None, None, "市工信委", None, "5个工作日", None, None, None]]
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", blank, headers=FULL), 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    assert (len(plan.unchanged), plan.updated) == (2, []), [str(c) for u in plan.updated for c in u.changes]
    # a blank cell beside a real change: only the change is written
    blank[0][1] = "7座跨江桥梁建设（含青山大桥）"
    plan = plan_key_items(write_xlsx(tmp_path / "c.xlsx", blank, headers=FULL), 2014, cal)
    assert [str(c) for c in plan.updated[0].changes] == [
        "工作事项：7座跨江桥梁建设 → 7座跨江桥梁建设（含青山大桥）"]
    apply_key_items(actor, plan, cal)
    after = {i.number: (i.content, i.source, i.performance, i.assigned_on, i.quarterly, check_days(i.id),
                        set(responsible_unit_ids(i.id))) for i in KeyItem.select()}
    assert after == stored


def test_blank_cells_of_a_new_item_take_the_defaults(tmp_path, db, actor, units, cal):
    from models.key_items.importing import plan_key_items
    from models.key_items.items import SOURCES

    rows = [[1, "新事项", "", "", "市住建委", "", "2014-12-31", "", None, ""]]
    plan = plan_key_items(write_xlsx(tmp_path / "a.xlsx", rows, headers=FULL), 2014, cal)
    (_, data), = plan.items
    assert (data.content, data.source, data.unit_ids, data.check_days, data.quarterly, data.performance) == (
        "", SOURCES[0], [], [], False, True)


# ---- the deadline text: one writer, read back by the import ---------------------------------

@pytest.mark.parametrize(("deadline", "days", "provisional", "text"), [
    (D(2014, 12, 31), None, False, "2014-12-31"),
    (D(2014, 10, 9), 5, False, "2014-10-09（交办后5个工作日）"),
    (D(2027, 1, 6), 5, True, "2027-01-06（交办后5个工作日）（暂定）"),
    (None, None, False, ""),
])
def test_deadline_text_is_written_once_and_read_back(deadline, days, provisional, text):
    from models.key_items.importing import read_deadline, says_provisional
    from models.key_items.items import KeyItem, format_deadline

    assert format_deadline(deadline, days, provisional) == text
    item = KeyItem(deadline=deadline, deadline_days=days, deadline_provisional=provisional)
    assert item.deadline_text() == text
    if deadline is not None:
        assert read_deadline(text) == (deadline, days)
        assert says_provisional(text) is provisional


def _provisional_ledger(tmp_path, actor):
    """A 2027 item due 5 working days after 2026-12-30 (2027 not entered), and its exported ledger."""
    from models.calendar.store import load_calendar
    from models.key_items.importing import LEDGER_HEADERS, ledger
    from models.key_items.items import ItemData, KeyItem, save_item, save_plan
    from models.reference.directory import UnitData, save_unit
    from reports.spreadsheet import write_sheet

    unit = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")).id
    item = save_item(actor, save_plan(actor, 2027).id, ItemData(1, "跨江桥梁通车", unit, deadline_days=5,
                                                              assigned_on=D(2026, 12, 30)))
    assert item.deadline == D(2027, 1, 6) and item.deadline_provisional  # Mon–Fri, New Year's Day counted
    title, rows = ledger(2027, D(2026, 12, 31), load_calendar())
    assert rows[0][6] == "2027-01-06（交办后5个工作日）（暂定）"
    return KeyItem.get_by_id(item.id), write_sheet(tmp_path / "台账.xlsx", title, LEDGER_HEADERS, rows)


def _enter_2027(actor):
    from models.calendar.store import DayEntry, import_calendar, load_calendar

    import_calendar(actor, [DayEntry(D(2027, 1, 1), False, "元旦")], [2027])
    return load_calendar()


def test_ledger_with_a_provisional_date_the_calendar_moved_is_an_update(tmp_path, db, actor):
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem

    item, path = _provisional_ledger(tmp_path, actor)
    cal = _enter_2027(actor)  # New Year's Day is a holiday: the 5th working day is now 01-07
    plan = plan_key_items(path, 2027, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    assert [str(c) for u in plan.updated for c in u.changes] == [
        "完成时限：2027-01-06（交办后5个工作日）（暂定） → 2027-01-07（交办后5个工作日）"]
    assert apply_key_items(actor, plan, cal) == 1
    fresh = KeyItem.get_by_id(item.id)
    assert (fresh.deadline, fresh.deadline_provisional, fresh.version) == (D(2027, 1, 7), False, item.version + 1)


def test_ledger_with_a_provisional_date_already_recomputed_is_unchanged(tmp_path, db, actor):
    from models.key_items.importing import plan_key_items
    from models.key_items.items import recompute_deadlines

    _item, path = _provisional_ledger(tmp_path, actor)
    cal = _enter_2027(actor)
    assert recompute_deadlines(actor, cal) == 1  # what 设置 → 工作日历 does on entering the year
    plan = plan_key_items(path, 2027, cal)
    assert plan.ok and len(plan.unchanged) == 1, [str(e) for e in plan.errors]


def test_a_date_written_without_provisional_must_still_agree(tmp_path, db, actor):
    from models.key_items.importing import plan_key_items

    _item, path = _provisional_ledger(tmp_path, actor)
    cal = _enter_2027(actor)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.cell(3, 7).value = "2027-01-06（交办后5个工作日）"  # the clerk's own date, not the program's guess
    wb.save(path)
    plan = plan_key_items(path, 2027, cal)
    assert [e.column for e in plan.errors] == ["完成时限"] and "不一致" in plan.errors[0].reason


def test_overseer_column_sets_keeps_and_refuses(tmp_path, db, actor, units, cal):
    from models.key_items.importing import apply_key_items, plan_key_items
    from models.key_items.items import KeyItem
    from models.reference.directory import LeaderData, save_leader

    huang = save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    headers = [*HEADERS, "分管领导"]
    rows = [[*GOOD[0], "黄振宇"], [*GOOD[1], ""], [*GOOD[2], None]]
    plan = plan_key_items(write_xlsx(tmp_path / "a.xlsx", rows, headers=headers), 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    apply_key_items(actor, plan, cal)
    assert KeyItem.get(KeyItem.number == 1).overseer_id == huang.id
    assert KeyItem.get(KeyItem.number == 2).overseer_id is None
    # A file without the column (or a blank cell) keeps it; a new name is a listed change.
    plan = plan_key_items(write_xlsx(tmp_path / "b.xlsx", GOOD), 2014, cal)
    assert (len(plan.unchanged), plan.updated) == (3, [])
    save_leader(actor, LeaderData("李明", "市委副书记", "市"))
    rows[0][-1] = "李明"
    plan = plan_key_items(write_xlsx(tmp_path / "c.xlsx", rows, headers=headers), 2014, cal)
    assert [str(c) for c in plan.updated[0].changes] == ["分管领导：黄振宇 → 李明"]
    rows[0][-1] = "王五"
    plan = plan_key_items(write_xlsx(tmp_path / "d.xlsx", rows, headers=headers), 2014, cal)
    assert not plan.ok and "不在领导名单中" in str(plan.errors[0])
