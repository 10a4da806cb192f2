"""Importing the board's list: real-looking files, duplicates, bad rows, all-or-nothing."""
from __future__ import annotations

import csv
import datetime as dt
import json

import openpyxl
import pytest

from models.core.audit import AuditLog, verify_chain
from models.core.errors import WorkflowError
from models.messages.importing import apply_import, plan_import
from models.messages.records import Message
from models.tabular.read import ImportFileError

TODAY = dt.date(2014, 10, 28)
HEADERS = ["留言编号", "留言时间", "留言对象", "留言标题", "留言内容", "留言人", "类型", "领域", "地区", "状态"]
ROWS = [
    ["2014102801", "2014-10-27 08:12", "南宁市委书记", "民族大道公交专用道早高峰拥堵",
     "每天早上七点半民族大道会展中心路段……", "绿城网友", "建言", "交通", "青秀区", "未回复"],
    ["2014102802", "2014/10/27 21:40", "南宁市委书记", "五象新区某小区开发商延期交房",
     "合同约定2014年6月交房，至今未交……", "业主小李", "投诉", "住房", "良庆区", "未回复"],
    ["2014102803", "2014年10月28日", "南宁市市长", "孩子就近入学学位不足",
     "我家住在西乡塘区……", "家长", "咨询", "教育", "西乡塘区", "办理中"],
]


def write_csv(path, rows, headers=HEADERS, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        w.writerows(rows)
    return path


def write_xlsx(path, rows, headers=HEADERS, preamble=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in preamble:
        ws.append(line)
    ws.append(headers)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_gbk_csv_imports_with_chinese_intact(db, actor, tmp_path):
    path = write_csv(tmp_path / "留言板导出.csv", ROWS, encoding="gbk")
    plan = plan_import(path)
    assert plan.ok and len(plan.new) == 3, plan.errors
    result = apply_import(actor, plan, TODAY)
    assert result.new == 3
    msg = Message.get(Message.board_no == "2014102802")
    assert msg.title == "五象新区某小区开发商延期交房"
    assert msg.posted_at == dt.datetime(2014, 10, 27, 21, 40)
    assert (msg.kind, msg.field, msg.region, msg.state) == ("投诉", "住房", "良庆区", "新留言")
    assert msg.imported_on == TODAY
    assert Message.get(Message.board_no == "2014102803").posted_at == dt.datetime(2014, 10, 28)


def test_xlsx_with_extra_columns_and_a_title_row(db, actor, tmp_path):
    headers = ["序号", *HEADERS[:5], "浏览量", *HEADERS[5:], "备注"]
    rows = [[i + 1, *r[:5], 1234, *r[5:], "网友很着急"] for i, r in enumerate(ROWS)]
    path = write_xlsx(tmp_path / "board.xlsx", rows, headers, preamble=[["人民网地方领导留言板 导出"]])
    plan = plan_import(path)
    assert plan.ok and len(plan.new) == 3
    assert set(plan.ignored_headers) == {"序号", "浏览量", "备注"}
    apply_import(actor, plan, TODAY)
    assert Message.get(Message.board_no == "2014102801").nickname == "绿城网友"


def test_xlsx_with_real_datetimes_and_numeric_ids(db, actor, tmp_path):
    rows = [[2014102901, dt.datetime(2014, 10, 29, 7, 5), "南宁市委书记", "标题", "内容", "网友",
             "求助", "民政", "江南区", "未回复"]]
    plan = plan_import(write_xlsx(tmp_path / "n.xlsx", rows))
    assert plan.ok
    apply_import(actor, plan, TODAY)
    assert Message.get(Message.board_no == "2014102901").posted_at == dt.datetime(2014, 10, 29, 7, 5)


def test_missing_required_columns_refused_by_name(db, tmp_path):
    headers = ["留言编号", "留言对象", "留言内容"]
    path = write_csv(tmp_path / "bad.csv", [["1", "市委书记", "x"]], headers)
    with pytest.raises(ImportFileError) as exc:
        plan_import(path)
    assert "留言时间" in exc.value.message and "留言标题" in exc.value.message


def test_duplicate_ids_within_a_file(db, actor, tmp_path):
    rows = [ROWS[0], ROWS[1], list(ROWS[0])]
    plan = plan_import(write_csv(tmp_path / "dup.csv", rows))
    assert plan.ok
    assert len(plan.new) == 2 and len(plan.skipped) == 1
    assert "与第2行重复" in plan.skipped[0].reason
    conflicting = list(ROWS[0])
    conflicting[3] = "另一个标题"
    plan = plan_import(write_csv(tmp_path / "dup2.csv", [ROWS[0], conflicting]))
    assert not plan.ok
    assert plan.errors[0].row == 3 and "内容不同" in plan.errors[0].reason
    with pytest.raises(WorkflowError, match="未导入"):
        apply_import(actor, plan, TODAY)
    assert Message.select().count() == 0


def test_second_import_recognises_ids_and_updates_board_status(db, actor, tmp_path):
    apply_import(actor, plan_import(write_csv(tmp_path / "d1.csv", ROWS)), TODAY)
    ids_before = {m.board_no: m.id for m in Message.select()}
    again = [list(r) for r in ROWS]
    again[2][9] = "已回复"
    again.append(["2014102901", "2014-10-29 09:00", "南宁市市长", "新的一条", "内容", "网友", "其他",
                  "", "", "未回复"])
    plan = plan_import(write_csv(tmp_path / "d2.csv", again))
    assert (len(plan.new), len(plan.updated), len(plan.skipped)) == (1, 1, 2)
    assert plan.updated[0].old == "办理中" and plan.updated[0].new == "已回复"
    assert "无变化" in plan.skipped[0].reason
    apply_import(actor, plan, TODAY)
    assert Message.select().count() == 4
    m = Message.get(Message.board_no == "2014102803")
    assert m.id == ids_before["2014102803"] and m.board_status == "已回复" and m.version == 2
    assert plan.summary().startswith("新增 1 条，更新 1 条，跳过 2 条，有误 0 行")


def test_empty_rows_are_ignored_and_counted(db, actor, tmp_path):
    rows = [ROWS[0], [""] * 10, ["", " ", "", "", "", "", "", "", "", ""], ROWS[1], []]
    plan = plan_import(write_csv(tmp_path / "e.csv", rows))
    assert plan.ok and len(plan.new) == 2 and plan.empty_rows == 3
    assert "空行 3 行" in plan.summary()


def test_a_cell_of_100000_characters(db, actor, tmp_path):
    long = ("我反映的是朝阳路片区旧城改造拆迁补偿问题。" * 5000)[:100_000]
    row = list(ROWS[0])
    row[4] = long
    path = write_csv(tmp_path / "long.csv", [row])
    plan = plan_import(path)
    assert plan.ok
    apply_import(actor, plan, TODAY)
    assert Message.get(Message.board_no == row[0]).content == long
    xrow = list(ROWS[1])
    xrow[4] = long
    plan = plan_import(write_xlsx(tmp_path / "long.xlsx", [xrow]))
    # An .xlsx cell holds at most 32,767 characters (Excel's limit; openpyxl cuts there too):
    # the longest cell such a file can carry comes through whole.
    assert plan.ok and plan.new[0].values["content"] == long[:32767]


def test_bad_rows_listed_with_reasons_and_nothing_written(db, actor, tmp_path):
    rows = [ROWS[0],
            ["2014102810", "2014-02-30 08:00", "", "日期错", "x", "", "", "", "", ""],
            ["2014102811", "2014-10-27", "", "", "x", "", "", "", "", ""],
            ["2014102812", "2014-10-27", "", "类型错", "x", "", "表扬", "", "", ""]]
    plan = plan_import(write_csv(tmp_path / "bad.csv", rows))
    reasons = {(e.row, e.column): e.reason for e in plan.errors}
    assert "不是有效日期" in reasons[(3, "留言时间")]
    assert reasons[(4, "留言标题")] == "必填项为空"
    assert "类型须为" in reasons[(5, "类型")]
    assert "有误 3 行" in plan.summary()
    with pytest.raises(WorkflowError):
        apply_import(actor, plan, TODAY)
    assert Message.select().count() == 0


def test_one_audit_row_per_import_summarising_ids(db, actor, tmp_path):
    before = AuditLog.select().count()
    result = apply_import(actor, plan_import(write_csv(tmp_path / "a.csv", ROWS)), TODAY)
    rows = list(AuditLog.select().where(AuditLog.id > 0).order_by(AuditLog.id))[before:]
    assert len(rows) == 1 and rows[0].action == "import" and rows[0].table_name == "message"
    after = json.loads(rows[0].after)
    assert after["new"] == 3 and after["new_ids"] == [result.first_id, result.last_id]
    ids = sorted(m.id for m in Message.select())
    assert ids == list(range(result.first_id, result.last_id + 1))
    assert verify_chain() is None


def test_stale_plan_is_refused_whole(db, actor, tmp_path):
    path = write_csv(tmp_path / "s.csv", ROWS)
    plan = plan_import(path)
    apply_import(actor, plan_import(write_csv(tmp_path / "one.csv", [ROWS[1]])), TODAY)
    with pytest.raises(WorkflowError, match="重复"):
        apply_import(actor, plan, TODAY)
    assert Message.select().count() == 1


def test_not_a_spreadsheet(db, tmp_path):
    fake = tmp_path / "board.xlsx"
    fake.write_text("not a zip")
    with pytest.raises(ImportFileError, match="不是有效的"):
        plan_import(fake)


def test_clean_text_fast_path_agrees_with_the_character_check():
    import unicodedata

    from hypothesis import given
    from hypothesis import strategies as st

    from models.tabular.read import _BIDI_AND_ZERO_WIDTH, clean_text

    def slow(text):
        t = text.translate(_BIDI_AND_ZERO_WIDTH)
        t = "".join(ch for ch in t if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
        return t.replace("\u3000", " ").strip()

    @given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0xFFFF), max_size=40))
    def check(text):
        assert clean_text(text) == slow(text)

    check()
    assert clean_text("留言\u200b内容\x07，\u00ad完") == "留言内容，完"


def test_the_audit_names_the_rows_written_even_when_the_servers_counter_ran_ahead(db, actor, tmp_path):
    """On the server an insert rolled back earlier leaves the id counter ahead of MAX(id):
    the import gives its own ids, so its audit record covers exactly the messages written,
    and the counter is moved past them for the next ordinary insert."""
    from models.core.db import database, on_server
    from models.core.record_check import check

    if on_server():
        database().execute_sql("SELECT nextval(pg_get_serial_sequence('message', 'id')) FROM generate_series(1, 5)")
    result = apply_import(actor, plan_import(write_csv(tmp_path / "d.csv", ROWS)), TODAY)
    ids = sorted(m.id for m in Message.select(Message.id))
    assert ids == list(range(result.first_id, result.last_id + 1)) and len(ids) == 3
    assert check().ok
    if on_server():
        (following,) = database().execute_sql("SELECT nextval(pg_get_serial_sequence('message', 'id'))").fetchone()
        assert following > ids[-1]
