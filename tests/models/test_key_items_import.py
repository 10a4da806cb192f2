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
    from models.reference import UnitData, save_unit

    for n, s in [("南宁市住房和城乡建设委员会", "市住建委"), ("南宁市交通运输局", "市交通运输局"),
                 ("南宁市园林管理局", "市园林局"), ("南宁市工业和信息化委员会", "市工信委")]:
        save_unit(actor, UnitData(n, s))


@pytest.fixture
def cal(db):
    from models.calendar_store import load_calendar

    return load_calendar()


GOOD = [
    [1, "7座跨江桥梁建设", "加快推进", "提升首位度决定", "市住建委", "市交通运输局、市园林局", "2014-12-31",
     "每季度", None],
    [2, "“中国绿城”提升工程", "-征地拆迁滞后=1", "", "南宁市园林管理局", "", "2014年11月30日",
     "2014-05-07，2014/8/20", None],
    [3, "群众路线整改", "", "常委会会议纪要", "市工信委", "市住建委", "5个工作日", "", D(2014, 9, 26)],
]


def test_good_file_preview_then_apply_in_one_go(tmp_path, db, actor, units, cal):
    from models.key_items import KeyItem, check_days
    from models.key_items_import import apply_key_items, plan_key_items

    path = write_xlsx(tmp_path / "plan.xlsx", GOOD)
    plan = plan_key_items(path, 2014, cal)
    assert plan.ok, [str(e) for e in plan.errors]
    assert plan.summary() == "2014年计划（将新建）：可导入 3 项，有误 0 处"
    assert KeyItem.select().count() == 0  # the preview writes nothing
    assert apply_key_items(actor, plan, cal) == 3
    items = {i.number: i for i in KeyItem.select()}
    assert items[1].quarterly and items[1].source == "提升首位度决定"
    assert check_days(items[2].id) == [D(2014, 5, 7), D(2014, 8, 20)]
    assert items[3].deadline == D(2014, 10, 9) and items[3].deadline_days == 5  # over National Day


def test_columns_found_by_header_name_not_position(tmp_path, db, actor, units, cal):
    from models.key_items_import import plan_key_items

    headers = ["完成时限", "备注", "牵头单位", "序号", "工作事项"]
    path = write_xlsx(tmp_path / "reordered.xlsx", [["2014-12-31", "无关", "市住建委", 7, "保障性住房建设"]],
                      headers=headers, title_row=False)
    plan = plan_key_items(path, 2014, cal)
    assert plan.ok and plan.items[0][1].number == 7 and plan.items[0][1].title == "保障性住房建设"


def test_every_kind_of_bad_row_is_reported_and_nothing_written(tmp_path, db, actor, units, cal):
    from models.errors import WorkflowError
    from models.key_items import ItemData, KeyItem, save_item, save_plan
    from models.key_items_import import apply_key_items, plan_key_items

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
        [9, "与计划重复", "", "", "市住建委", "", "2014-12-31", "", None],               # row 10
        [10, "早于计划开始", "", "", "市住建委", "", "2013-12-31", "", None],            # row 11
        [11, "", "", "", "市住建委", "", "2014-12-31", "", None],                         # row 12
        [12, "坏来源", "", "道听途说", "市住建委", "", "2014-12-31", "", None],           # row 13
        ["十三", "坏序号", "", "", "市住建委", "", "2014-12-31", "", None],               # row 14
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    plan = plan_key_items(path, 2014, cal)
    by_row = {e.row: e for e in plan.errors}
    assert sorted(by_row) == [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
    assert "市不存在局" in by_row[4].reason and by_row[4].column == "牵头单位"
    assert "某某办" in by_row[5].reason and by_row[5].column == "责任单位"
    assert "不是有效日期" in by_row[6].reason
    assert "交办日期" in by_row[7].reason
    assert by_row[8].column == "督查时间"
    assert "与第3行重复" in by_row[9].reason
    assert "已有第9项" in by_row[10].reason
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
    from models.reference import Unit

    return Unit.get(Unit.short_name == short).id


def test_unreadable_file_refused_with_chinese_message(tmp_path, db, cal):
    from models.key_items_import import plan_key_items
    from models.tabular import ImportFileError

    bad = tmp_path / "plan.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(ImportFileError, match="不是有效的 .xlsx"):
        plan_key_items(bad, 2014, cal)
    missing = write_xlsx(tmp_path / "nohead.xlsx", [[1, "x"]], headers=["序号", "工作事项"], title_row=False)
    with pytest.raises(ImportFileError, match="牵头单位"):
        plan_key_items(missing, 2014, cal)


def test_ledger_rows_and_formula_safe_xlsx(tmp_path, db, actor, units, cal, today):
    from models.key_items_import import (
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
    from models.agenda import AgendaEntry
    from models.ics import fold, to_ics
    from models.lights import Light

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
