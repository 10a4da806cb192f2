"""The ledger's bulk import writes exactly what stepping each row through the workflows
wrote (the import before it did just that): compared table by table, id by id, field by
field, on the demonstration office's ledger and on generated ledgers with every state a
ledger can hold, and the preview refuses exactly the rows the workflows refuse. Each
table written has its audit record covering every record, so ``check`` is clean after
an import; the search index marks the imported records; a bad row writes nothing.

The reference below is the former importer's row replay and trial run, kept here as
the oracle: it calls the real workflows, so a workflow changed without the importer
fails this test.
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from models.core import audit, record_check
from models.core.audit_labels import field_label
from models.core.db import close_database, database, write_transaction
from models.core.errors import WorkflowError
from models.core.schema import open_database
from models.core.workflow import workflow
from models.instructions import importing as imp
from models.instructions import records as m
from models.instructions import workflow as wf
from models.tabular.read import RowError, clean_text, read_table

D = dt.date
TABLES = ("instruction", "instruction_assignment", "instruction_event", "instruction_review")


# ---------------------------------------------------------------- the oracle: the workflows

def _replay_row(actor, r: imp.LedgerRow) -> None:
    ins = wf.register(actor, m.InstructionData(
        level=r.level, received_on=r.instructed_on, leader_name=r.leader, instructed_on=r.instructed_on,
        source_title=r.source_title, text=r.text, number=r.number))
    if not r.unit_ids:
        return
    on = r.instructed_on
    wf.accept(actor, ins.id, on)
    wf.assign(actor, ins.id, on, [wf.AssignmentSpec(u, r.deadline, r.deadline_days) for u in r.unit_ids])
    for a in m.assignments_of(ins.id):
        wf.sign(actor, a.id, on, imp.IMPORT_SIGNER)
    if r.completed_on:
        wf.complete(actor, ins.id, r.completed_on, imp.IMPORT_RESULT)
        if r.review == "通过":
            wf.review(actor, ins.id, r.reported_on or r.completed_on, True, "据台账记载复核通过。")
        elif r.review == "不通过":
            wf.review(actor, ins.id, r.completed_on, False, "据台账记载复核不通过。")
        if r.reported_on:
            wf.report_back(actor, ins.id, r.reported_on)


class _Rollback(Exception):
    pass


def replay_plan(path: Path, actor) -> imp.LedgerPlan:
    """The former plan: every checked row tried through the workflows, rolled back."""
    table = read_table(path, imp.COLUMNS)
    plan = imp.LedgerPlan(errors=list(table.errors), file_name=path.name)
    ctx = imp.load_context([clean_text(r.values["number"]) for r in table.rows])
    seen: dict[str, int] = {}
    candidates = []
    for row in table.rows:
        number = clean_text(row.values["number"])
        if number in seen:
            plan.errors.append(RowError(row.number, "编号", f"“{number}”与第{seen[number]}行重复"))
            continue
        seen[number] = row.number
        if m.Instruction.select().where(m.Instruction.number == number).exists():
            plan.unchanged.append(number)
            continue
        checked, errors = imp._check_row(row.number, {**row.values, "number": number}, ctx)
        plan.errors.extend(errors)
        if checked is not None:
            candidates.append(checked)
    for r in candidates:
        try:
            with write_transaction():
                _replay_row(actor, r)
                raise _Rollback
        except _Rollback:
            plan.new.append(r)
        except WorkflowError as exc:
            plan.errors.append(RowError(r.row, "", exc.message))
    plan.errors.sort(key=lambda e: e.row)
    return plan


@workflow()
def replay_apply(actor, plan: imp.LedgerPlan) -> None:
    for r in plan.new:
        _replay_row(actor, r)


# ---------------------------------------------------------------- helpers

def dump() -> dict[str, list[tuple]]:
    db = database()
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def sheet(path: Path, rows) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(list(imp.LEDGER_HEADERS))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def plan_facts(plan: imp.LedgerPlan):
    return ([r.row for r in plan.new], sorted(plan.unchanged), [(e.row, e.column, e.reason) for e in plan.errors])


def both_ways(start: Path, ledger: Path, actor, tmp_path: Path, checked: bool = True):
    """Plan and (when clean) apply ``ledger`` on two copies of ``start``: through the
    workflows, and through the bulk importer. Returns both plans and both dumps. With
    ``checked``, ``check`` must find the bulk import's file clean afterwards."""
    old_db, new_db = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    shutil.copy2(start, old_db)
    shutil.copy2(start, new_db)
    open_database(old_db)
    try:
        old_plan = replay_plan(ledger, actor)
        if old_plan.ok:
            replay_apply(actor, old_plan)
        old = dump()
    finally:
        close_database()
    open_database(new_db)
    try:
        audit_before = audit.AuditLog.select().count()
        new_plan = imp.plan_ledger(ledger, actor)
        if new_plan.ok:
            n = imp.apply_ledger(actor, new_plan)
            assert n == len(new_plan.new)
            rows = list(audit.AuditLog.select().where(audit.AuditLog.id > audit_before).order_by(audit.AuditLog.id))
            if n:
                # One audit record per table written, naming the file and the counts.
                written = [t for t in TABLES if t in {r.table_name for r in rows}]
                assert [(r.action, r.table_name) for r in rows] == [("import", t) for t in written]
                assert rows[0].table_name == "instruction"
                assert ledger.name in rows[0].summary and f'"new": {n}' in rows[0].after
                for entry in audit.search(limit=len(rows)):
                    assert all(field_label(entry.table_name, k, "import") != k for k in entry.after)
                # The search index marks every imported instruction.
                dirty = set(database().execute_sql("SELECT record_id FROM search_dirty WHERE kind = 'instruction'"))
                ids = {i for (i,) in m.Instruction.select(m.Instruction.id).where(
                    m.Instruction.number.in_([r.number for r in new_plan.new])).tuples()}
                assert len(ids) == n and {(i,) for i in ids} <= dirty
            else:
                assert rows == []
        assert audit.verify_chain() is None
        if checked:
            result = record_check.check()
            assert result.ok, (result.bulk_problems, result.differences[:5])
        new = dump()
    finally:
        close_database()
    return old_plan, new_plan, old, new


UNITS = [("南宁市交通运输局", "市交通运输局"), ("南宁市住房和城乡建设委员会", "市住建委"),
         ("南宁市青秀区人民政府", "青秀区"), ("南宁市水利局", ""), ("南宁市公安局", "市公安局"),
         ("南宁市已撤并局", "撤并局")]
LEADERS = [("黄振宇", "市委书记", "市"), ("韦自强", "自治区党委书记", "自治区"), ("周红波", "市长", "市")]


@pytest.fixture
def office(tmp_path, actor, monkeypatch) -> Path:
    """A closed database file with units (one of them stopped), leaders and a few
    instructions logged by hand (their numbers and sequences are taken)."""
    from models.reference.directory import LeaderData, Unit, UnitData, save_leader, save_unit

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "start.sqlite3"
    open_database(path)
    try:
        for name, short in UNITS:
            save_unit(actor, UnitData(name, short))
        gone = Unit.get(Unit.name == "南宁市已撤并局")
        save_unit(actor, UnitData("南宁市已撤并局", "撤并局", active=False), gone.id, gone.version)
        for name, post, level in LEADERS:
            save_leader(actor, LeaderData(name, post, level))
        for n in (5, 9):
            wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 1, n), leader_name="黄振宇",
                                                 text="手工登记。", number=f"督〔2014〕{n}号"))
    finally:
        close_database()
    return path


def every_state_rows(rng: random.Random, n: int) -> list[tuple]:
    """Ledger rows in every state a ledger can describe, with the awkward cases mixed in:
    dates and working-day counts, deadlines in years with no calendar (provisional),
    late completions, failed reviews, unknown and known leaders, one to three units by
    full or short name, numbers outside the pattern and numbers whose sequence is taken."""
    rows = []
    for i in range(n):
        year = rng.choice((2013, 2014, 2014, 2015, 2031))
        day = D(year, 1, 1) + dt.timedelta(days=rng.randrange(0, 350))
        # Distinct numbers; some parse to the sequence of 督〔2014〕5号, logged by hand.
        number = rng.choice((f"督〔{year}〕{100 + i}号", f"台账-{i}", f"督〔2014〕{'0' * (i + 1)}5号"))
        leader, _, level = rng.choice(LEADERS + [("", "", "市"), ("未登记的领导", "", "自治区")])
        level_text = rng.choice({"市": ("市", "市委领导", "市级"), "自治区": ("自治区", "自治区党委领导", "区")}[level])
        state = rng.choice(("登记", "办理中", "办结", "复核通过", "报结", "复核不通过"))
        units = deadline = done = review = reported = None
        if state != "登记":
            units = "、".join(rng.choice([u for u in unit if u]) for unit in rng.sample(UNITS[:5], rng.randint(1, 3)))
            if rng.random() < 0.5:
                deadline = f"{rng.randint(1, 25)}个工作日"
                due = day + dt.timedelta(days=rng.randint(2, 40))
            else:
                due = day + dt.timedelta(days=rng.randint(0, 60))
                deadline = due.isoformat()
            if state != "办理中":
                done = day + dt.timedelta(days=rng.randint(0, 70))  # late now and then
                review = {"办结": None, "复核通过": "通过", "报结": "通过", "复核不通过": "不通过"}[state]
                if state == "报结":
                    reported = done + dt.timedelta(days=rng.randint(0, 9))
        rows.append((number, leader, level_text, day, f"来文{i}", f"批示内容第{i}条：请研究办理。", units,
                     deadline, done, review, reported))
    return rows


# ---------------------------------------------------------------- the comparisons

def test_generated_ledgers_in_every_state_write_what_the_workflows_wrote(office, actor, tmp_path):
    rows = every_state_rows(random.Random(15), 300)
    ledger = sheet(tmp_path / "台账.xlsx", rows)
    old_plan, new_plan, old, new = both_ways(office, ledger, actor, tmp_path)
    assert plan_facts(new_plan) == plan_facts(old_plan)
    assert new_plan.ok, new_plan.errors[:3]
    assert old == new
    states = {r[m.Instruction._meta.sorted_field_names.index("state")] for r in new["instruction"]}
    assert states >= {m.REGISTERED, m.IN_PROGRESS, m.COMPLETED, m.REVIEWED, m.REPORTED}
    assert len(new["instruction"]) == 302 and len(new["instruction_review"]) > 20


def test_sequences_taken_in_the_file_or_the_database_and_provisional_deadlines(office, actor, tmp_path):
    rows = [
        ("督〔2014〕05号", "黄振宇", "市", D(2014, 3, 3), "", "与手工登记的第5号同序号。", None, None, None, None, None),
        ("督〔2014〕7号", "黄振宇", "市", D(2014, 3, 3), "", "第7号。", "市住建委", "5个工作日", None, None, None),
        ("督〔2014〕07号", "黄振宇", "市", D(2014, 3, 4), "", "又一个第7号。", "市住建委", "5个工作日", None, None, None),
        ("督〔2031〕1号", "周红波", "市委领导", D(2031, 12, 20), "", "跨入未录入的年份。",
         "南宁市水利局、市公安局", "12个工作日", None, None, None),
        ("督〔2014〕9号", "黄振宇", "市", D(2014, 1, 9), "", "已存在：不改动。", None, None, None, None, None),
        ("督〔2014〕20号", "韦自强", "自治区", D(2014, 5, 6), "", "超期办结。", "市交通运输局",
         "2014-05-10", "2014-06-30", "通过", "2014-07-02"),
    ]
    ledger = sheet(tmp_path / "seq.xlsx", rows)
    old_plan, new_plan, old, new = both_ways(office, ledger, actor, tmp_path)
    assert plan_facts(new_plan) == plan_facts(old_plan)
    assert new_plan.unchanged == ["督〔2014〕9号"]
    assert old == new
    cols = m.Instruction._meta.sorted_field_names
    by_number = {r[cols.index("number")]: r for r in new["instruction"]}
    assert by_number["督〔2014〕05号"][cols.index("number_seq")] is None
    assert by_number["督〔2014〕7号"][cols.index("number_seq")] == 7
    assert by_number["督〔2014〕07号"][cols.index("number_seq")] is None
    assert by_number["督〔2031〕1号"][cols.index("deadline_provisional")] == 1
    assert any("超期办结" in e[4] for e in new["instruction_event"])


REFUSED = [
    (("R1", "黄振宇", "市", "2014-03-05", "", "内容", "撤并局", "2014-04-01", None, None, None), "已停用"),
    (("R2", "韦自强", "市", "2014-03-05", "", "内容", None, None, None, None, None), "与所填层级"),
    (("R3", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "2014-03-01", None, None, None), "早于交办日期"),
    (("R4", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "2014-04-01", "2014-03-01", None, None),
     "办结日期"),
    (("R5", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委", "2014-04-01", "2014-03-20", "通过", "2014-03-10"),
     "复核日期"),
    (("R6", "黄振宇", "市", "2014-03-05", "", "内容", "市住建委、撤并局", "5个工作日", None, None, None), "已停用"),
]


def test_the_preview_refuses_exactly_what_the_workflows_refuse(office, actor, tmp_path):
    good = every_state_rows(random.Random(3), 12)
    rows = good[:6] + [r for r, _ in REFUSED] + good[6:]
    ledger = sheet(tmp_path / "bad.xlsx", rows)
    old_plan, new_plan, old, new = both_ways(office, ledger, actor, tmp_path)
    assert plan_facts(new_plan) == plan_facts(old_plan)
    reasons = {e.row: e.reason for e in new_plan.errors}
    for i, (_, expected) in enumerate(REFUSED):
        assert expected in reasons[8 + i]
    assert old == new  # nothing written either way


def test_a_unit_stopped_after_the_preview_refuses_the_whole_import(office, actor, tmp_path):
    from models.reference.directory import Unit, UnitData, save_unit

    ledger = sheet(tmp_path / "a.xlsx", [("督〔2014〕30号", "黄振宇", "市", "2014-03-05", "", "内容", "南宁市水利局",
                                          "2014-04-01", None, None, None)])
    open_database(office)
    try:
        plan = imp.plan_ledger(ledger, actor)
        assert plan.ok
        unit = Unit.get(Unit.name == "南宁市水利局")
        save_unit(actor, UnitData(unit.name, active=False), unit.id, unit.version)
        with pytest.raises(WorkflowError, match="第2行：.*已停用.*未导入任何数据"):
            imp.apply_ledger(actor, plan)
        assert not m.Instruction.select().where(m.Instruction.number == "督〔2014〕30号").exists()
    finally:
        close_database()


def test_the_demonstration_ledger_imports_as_the_workflows_did(demo_db, db_path, actor, tmp_path):
    """The demo office's own ledger, exported and imported into the same office with its
    instructions taken out."""
    from reports.spreadsheet import write_sheet

    rows = imp.ledger_rows()
    ledger = write_sheet(tmp_path / "演示台账.xlsx", "台账", imp.LEDGER_HEADERS, [r[:11] for r in rows])
    db = database()
    with db.atomic():
        for table in ("criticism_item", "instruction_event", "instruction_review", "instruction_reminder",
                      "instruction_extension", "instruction_progress", "instruction_attachment",
                      "instruction_completion_report", "instruction_feedback_return",
                      "instruction_assignment", "document_link", "instruction"):
            if table in db.get_tables():
                db.execute_sql(f"DELETE FROM {table}")
    close_database()
    start = tmp_path / "emptied.sqlite3"
    shutil.copy2(db_path, start)
    (tmp_path / "x").mkdir()
    # (The instructions were taken out outside the program: no `check` here.)
    old_plan, new_plan, _, _ = both_ways(start, ledger, actor, tmp_path / "x", checked=False)
    assert plan_facts(new_plan) == plan_facts(old_plan)
    # The export writes a failed review with its completion cleared, which the import
    # refuses (复核 without 办结日期): the rest is imported.
    refused = {e.row for e in new_plan.errors}
    kept = [r[:11] for i, r in enumerate(rows, start=3) if i not in refused]
    ledger = write_sheet(tmp_path / "演示台账（可导入部分）.xlsx", "台账", imp.LEDGER_HEADERS, kept)
    (tmp_path / "y").mkdir()
    old_plan, new_plan, old, new = both_ways(start, ledger, actor, tmp_path / "y", checked=False)
    assert plan_facts(new_plan) == plan_facts(old_plan)
    assert new_plan.ok and len(new_plan.new) == len(kept) > 50
    assert old == new
    open_database(db_path)  # the fixture closes it again


def test_a_bad_row_refuses_the_whole_file_and_nothing_is_written(office, actor, tmp_path):
    good = every_state_rows(random.Random(7), 20)
    ledger = sheet(tmp_path / "one-bad.xlsx", good[:10] + [REFUSED[2][0]] + good[10:])
    open_database(office)
    try:
        before, audit_rows = dump(), audit.AuditLog.select().count()
        plan = imp.plan_ledger(ledger, actor)
        assert not plan.ok and len(plan.new) == 20
        with pytest.raises(WorkflowError, match="1 行错误，未导入任何数据"):
            imp.apply_ledger(actor, plan)
        assert dump() == before and audit.AuditLog.select().count() == audit_rows
    finally:
        close_database()


def test_imported_records_are_found_by_the_search_once_indexed(office, actor, tmp_path, today):
    from models.search import index

    ledger = sheet(tmp_path / "find.xlsx", [
        ("督〔2014〕41号", "黄振宇", "市", D(2014, 6, 3), "关于邕江防洪堤的来信", "请抓紧加固防洪堤。", "市住建委",
         "10个工作日", None, None, None)])
    open_database(office)
    try:
        index.refresh()
        assert index.pending() == 0
        imp.apply_ledger(actor, imp.plan_ledger(ledger, actor))
        assert index.pending() >= 1
        index.refresh()
        hits = index.search("防洪堤", today)
        assert [(h.kind, h.record_id) for h in hits] == [
            ("instruction", m.Instruction.get(m.Instruction.number == "督〔2014〕41号").id)]
    finally:
        close_database()


def test_what_the_preview_decided_is_written_unless_the_data_changed_meanwhile(office, actor, tmp_path, monkeypatch):
    rows = [("督〔2014〕9号", "黄振宇", "市", D(2014, 1, 9), "", "已存在：不改动。", None, None, None, None, None),
            *every_state_rows(random.Random(11), 8)]
    ledger = sheet(tmp_path / "decided.xlsx", rows)
    open_database(office)
    try:
        plan = imp.plan_ledger(ledger, actor)
        assert plan.ok and plan.unchanged == ["督〔2014〕9号"] and len(plan.new) == 8
        decided = []
        monkeypatch.setattr(imp, "decide", lambda *a: decided.append(a) or (_ for _ in ()).throw(AssertionError))
        assert imp.apply_ledger(actor, plan) == 8 and decided == []  # written as previewed
        monkeypatch.undo()
        # A number logged by someone else since the preview: the rows are decided again.
        later = [(f"再录-{i}", *r[1:]) for i, r in enumerate(every_state_rows(random.Random(12), 4))]
        again = imp.plan_ledger(sheet(tmp_path / "again.xlsx", later), actor)
        assert again.ok and len(again.new) == 4
        wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 2, 1), text="手工登记。",
                                             number=again.new[0].number))
        calls = []
        real = imp.decide
        monkeypatch.setattr(imp, "decide", lambda rows, ctx: calls.append(len(rows)) or real(rows, ctx))
        assert imp.apply_ledger(actor, again) == 3 and calls == [3]
    finally:
        close_database()
