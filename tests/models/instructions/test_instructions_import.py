"""Ledger import: every kind of bad row, all-or-nothing, and idempotence by 编号."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook

from models.instructions import records as m
from models.instructions.importing import LEDGER_HEADERS, apply_ledger, ledger_rows, plan_ledger
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

D = dt.date


@pytest.fixture
def ref(db, actor):
    save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))
    save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    save_unit(actor, UnitData("南宁市青秀区人民政府", "青秀区", "县区"))
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    save_leader(actor, LeaderData("韦自强", "自治区党委书记", "自治区"))


def sheet(path, rows, headers=LEDGER_HEADERS):
    wb = Workbook()
    ws = wb.active
    ws.append(["领导批示件办理台账"])
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


GOOD = [
    ("督〔2014〕1号", "黄振宇", "市委领导", dt.datetime(2014, 3, 5), "关于公交的来信", "请研究办理。",
     "市交通运输局、市住建委", "2014-03-20", "2014/3/18", "通过", "2014年3月21日"),
    ("督〔2014〕2号", "韦自强", "自治区", "2014/3/5", "专报", "请抓紧整改。", "青秀区", "10个工作日",
     None, None, None),
    ("督〔2014〕3号", "黄振宇", "市", "2014年3月6日", "来信", "阅。", None, None, None, None, None),
    ("督〔2014〕4号", "黄振宇", "市", "2014-03-07", "来信", "请核查。", "市住建委，市交通运输局",
     dt.datetime(2014, 4, 30), "2014-04-20", "不通过", None),
]


def test_a_clean_ledger_imports_every_stage(ref, actor, tmp_path):
    plan = plan_ledger(sheet(tmp_path / "a.xlsx", GOOD), actor)
    assert plan.ok, plan.errors
    assert len(plan.new) == 4 and m.Instruction.select().count() == 0  # the plan wrote nothing
    assert apply_ledger(actor, plan) == 4
    by = {i.number: i for i in m.Instruction.select()}
    one = by["督〔2014〕1号"]
    assert (one.state, one.level, one.completed_on, one.reported_on) == (m.REPORTED, "市", D(2014, 3, 18), D(2014, 3, 21))
    assert one.unit_names == "市交通运输局、市住建委" and m.assignments_of(one.id)[0].is_lead
    two = by["督〔2014〕2号"]
    # 2014-03-05 + 10 working days
    assert two.state == m.IN_PROGRESS and two.deadline == D(2014, 3, 19) and two.level == "自治区"
    assert by["督〔2014〕3号"].state == m.REGISTERED
    four = by["督〔2014〕4号"]
    assert four.state == m.IN_PROGRESS and four.review_result == "不通过" and four.completed_on is None
    assert four.unit_names == "市住建委、市交通运输局"



def test_after_an_import_the_next_registration_and_assignment_take_free_ids(ref, actor, tmp_path):
    """The import writes ids of its own; on the server the id counters are moved past
    them, else the next 登记 or 交办 drew an id already taken and was refused."""
    from models.core.record_check import check
    from models.instructions import workflow as wf

    apply_ledger(actor, plan_ledger(sheet(tmp_path / "a.xlsx", GOOD), actor))
    before = {i.id for i in m.Instruction.select(m.Instruction.id)}
    new = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 10, 28), text="导入后新登记的批示"))
    assert new.id not in before and m.Instruction.select().count() == 5
    assert check().ok

def test_reimporting_the_same_file_changes_nothing(ref, actor, tmp_path):
    from models.core.audit import AuditLog

    path = sheet(tmp_path / "a.xlsx", GOOD)
    apply_ledger(actor, plan_ledger(path, actor))
    audit_rows = AuditLog.select().count()
    plan = plan_ledger(path, actor)
    assert plan.ok and not plan.new and len(plan.unchanged) == 4
    assert apply_ledger(actor, plan) == 0
    assert AuditLog.select().count() == audit_rows and m.Instruction.select().count() == 4


BAD = [
    (("", "黄振宇", "市", "2014-03-05", "", "内容", None, None, None, None, None), "编号", "必填项为空"),
    (("X1", "黄振宇", "省", "2014-03-05", "", "内容", None, None, None, None, None), "领导层级", "领导层级须为"),
    (("X2", "黄振宇", "市", "2014-02-30", "", "内容", None, None, None, None, None), "批示日期", "不是有效日期"),
    (("X3", "黄振宇", "市", "2014-03-05", "", "", None, None, None, None, None), "批示内容", "必填项为空"),
    (("X4", "黄振宇", "市", "2014-03-05", "", "内容", "市不存在局", "2014-04-01", None, None, None), "承办单位", "不在单位名录"),
    (("X5", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "下月底", None, None, None), "办理时限", "既不是日期"),
    (("X6", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", None, None, None, None), "办理时限", "须同时填写办理时限"),
    (("X7", "黄振宇", "市", "2014-03-05", "", "内容", None, "2014-04-01", None, None, None), "承办单位", "须同时填写承办单位"),
    (("X8", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "2014-04-01", None, "通过", None), "回访复核", "没有办结日期"),
    (("X9", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "2014-04-01", "2014-03-20", "好", None), "回访复核", "须为"),
    (("X10", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "2014-04-01", "2014-03-20", None, "2014-03-25"), "报结日期", "须经回访复核"),
    (("X11", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "2014-04-01", "2014-03-01", None, None), "", "办结日期（2014-03-01）不能早于交办日期"),
    (("X12", "韦自强", "市", "2014-03-05", "", "内容", None, None, None, None, None), "", "与所填层级"),
    (("X13", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委、市住建委", "2014-04-01", None, None, None), "承办单位", "重复"),
    (("X14", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "2014-03-01", None, None, None), "", "早于交办日期"),
    (("X15", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "0个工作日", None, None, None), "办理时限", "至少为 1"),
]


@pytest.mark.parametrize("row, column, reason", BAD, ids=[b[0][0] or "empty-number" for b in BAD])
def test_each_bad_row_is_reported_and_nothing_is_written(ref, actor, tmp_path, row, column, reason):
    plan = plan_ledger(sheet(tmp_path / "bad.xlsx", [GOOD[0], row]), actor)
    assert not plan.ok
    assert [(e.row, e.column) for e in plan.errors] == [(4, column)], plan.errors
    assert reason in plan.errors[0].reason
    from models.core.errors import WorkflowError

    with pytest.raises(WorkflowError, match="未导入任何数据"):
        apply_ledger(actor, plan)
    assert m.Instruction.select().count() == 0


def test_duplicate_number_in_the_file(ref, actor, tmp_path):
    plan = plan_ledger(sheet(tmp_path / "dup.xlsx", [GOOD[2], GOOD[2]]), actor)
    assert [(e.row, e.column) for e in plan.errors] == [(4, "编号")] and "与第3行重复" in plan.errors[0].reason


def test_missing_required_column_refuses_the_file(ref, actor, tmp_path):
    from models.tabular.read import ImportFileError

    with pytest.raises(ImportFileError, match="批示内容"):
        plan_ledger(sheet(tmp_path / "cols.xlsx", [GOOD[2][:5]], LEDGER_HEADERS[:5]), actor)


def test_export_round_trips_through_import(ref, actor, tmp_path):
    from reports.spreadsheet import write_sheet

    apply_ledger(actor, plan_ledger(sheet(tmp_path / "a.xlsx", GOOD[:3]), actor))
    rows = ledger_rows()
    assert rows[0][:3] == ["督〔2014〕1号", "黄振宇", "市委领导"]
    out = write_sheet(tmp_path / "out.xlsx", "台账", LEDGER_HEADERS, [r[:11] for r in rows])
    ws = load_workbook(out).active
    assert [c.value for c in ws[2]] == list(LEDGER_HEADERS)
    plan = plan_ledger(out, actor)
    assert plan.ok and len(plan.unchanged) == 3 and not plan.new


HOLD_LOCK = """
import sys, time
sys.path.insert(0, {root!r})
from models.core.db import write_transaction
from models.core.schema import open_database
open_database({db!r})
with write_transaction():
    print("locked", flush=True)
    time.sleep(2)
"""


def test_the_preview_waits_for_another_programs_write_instead_of_failing(ref, actor, db_path, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from models.core.db import database

    path = sheet(tmp_path / "a.xlsx", GOOD)
    root = Path(__file__).resolve().parents[3]
    other = subprocess.Popen([sys.executable, "-c", HOLD_LOCK.format(root=str(root), db=str(db_path))],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "locked"
        # One busy wait alone gives up long before the other program is done.
        database().execute_sql("PRAGMA busy_timeout = 100")
        plan = plan_ledger(path, actor)
    finally:
        other.wait(timeout=30)
    assert plan.ok and len(plan.new) == 4 and m.Instruction.select().count() == 0
    assert apply_ledger(actor, plan) == 4
