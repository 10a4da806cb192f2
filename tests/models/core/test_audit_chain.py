"""The audit hash chain: edits or deletions made outside the application are found by
``check``; a failed write leaves neither record nor audit row; the pane's search."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from cli import run
from models.core import audit
from models.core.errors import WorkflowError
from models.reference.directory import Unit, UnitData, save_unit
from models.reference.importing import apply_units, plan_units


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A database file with a few audited changes, closed (as after the program exits)."""
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)
    db = tmp_path / "office.sqlite3"
    f = tmp_path / "units.csv"
    f.write_text("单位名称,简称\n市水利局,水利局\n市农委,农委\n市财政局,财政局\n市民政局,民政局\n", encoding="utf-8")
    assert run(["import", "units", str(f), "--db", str(db)]) == 0
    return db


def _tamper(db, sql, *params):
    con = sqlite3.connect(db)
    con.execute(sql, params)
    con.commit()
    con.close()


def _check(db, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = run(["check", "--db", str(db)])
    out = capsys.readouterr()
    return code, out.out + out.err


def _import_row(n: int) -> str:
    """The id of the import's n-th audit row (after the new file's baseline rows)."""
    return f"(SELECT MIN(id) + {n - 1} FROM audit_log WHERE action != 'baseline')"


def test_untouched_log_passes_check(office, capsys):
    code, text = _check(office, capsys)
    con = sqlite3.connect(office)
    total = con.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    con.close()
    assert code == 0 and "散列链完整" in text and f"审计记录 {total} 条" in text and total == 4 + 2


@pytest.mark.parametrize("sql, params", [
    ("UPDATE audit_log SET actor = ? WHERE id = {2}", ("别人",)),
    ("UPDATE audit_log SET after = replace(after, '农委', '林业局') WHERE id = {2}", ()),
    ("UPDATE audit_log SET at = ? WHERE id = 1", ("2014-01-01T00:00:00",)),
    ("UPDATE audit_log SET record_id = 99 WHERE id = {3}", ()),
    ("DELETE FROM audit_log WHERE id = {2}", ()),
    ("DELETE FROM audit_log WHERE id = {4}", ()),
    ("UPDATE audit_head SET last_hash = ? WHERE id = 1", ("0" * 64,)),
    ("DELETE FROM audit_head", ()),
])
def test_editing_or_deleting_audit_rows_outside_is_detected(office, capsys, sql, params):
    _tamper(office, sql.format(*(_import_row(n) for n in range(5))), *params)
    code, text = _check(office, capsys)
    assert code == 1 and "审计记录" in text and "散列链完整" not in text


def test_a_recomputed_or_emptied_chain_is_caught_by_an_earlier_backup(office, tmp_path, capsys):
    """An insider with sqlite3 can re-hash the whole chain (the hash has no key); the copy
    in the backup folder still holds the true head, and ``check`` compares against it."""
    assert run(["backup", "--db", str(office)]) == 0
    con = sqlite3.connect(office)
    rows = con.execute("SELECT id, at, actor, action, table_name, record_id, summary, before, after, digest "
                       "FROM audit_log ORDER BY id").fetchall()
    prev = audit.GENESIS
    for r in rows:
        actor = "别人" if r[0] == 2 else r[2]
        h = audit._digest(prev, r[1], actor, r[3], r[4], r[5], r[6], r[7], r[8], r[9])
        con.execute("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?", (actor, prev, h, r[0]))
        prev = h
    con.execute("UPDATE audit_head SET last_hash = ?", (prev,))
    con.commit()
    con.close()
    code, text = _check(office, capsys)
    assert code == 1 and "与备份不符" in text
    _tamper(office, "DELETE FROM audit_log")
    _tamper(office, "DELETE FROM audit_head")
    code, text = _check(office, capsys)
    assert code == 1 and "与备份不符" in text


def test_a_failed_import_leaves_neither_records_nor_audit_rows(db, actor, tmp_path):
    save_unit(actor, UnitData("市水利局"))
    f = tmp_path / "u.csv"
    f.write_text("单位名称\n市农委\n市财政局\n", encoding="utf-8")
    plan = plan_units(f)
    # Another window adds 市财政局 between the plan and its application: the import's
    # second row now clashes, and the whole import must vanish, audit rows included.
    save_unit(actor, UnitData("市财政局"))
    n_audit = audit.AuditLog.select().count()
    with pytest.raises(WorkflowError):
        apply_units(actor, plan)
    assert sorted(u.name for u in Unit.select()) == ["市水利局", "市财政局"]
    assert audit.AuditLog.select().count() == n_audit
    assert audit.verify_chain() is None


def test_search_by_record_user_and_date(db, actor, clerk):
    clock = iter([dt.datetime(2014, 10, d, 9) for d in (20, 21, 22, 23)])
    audit.set_clock(lambda: next(clock))
    try:
        u = save_unit(actor, UnitData("市水利局"))
        save_unit(clerk, UnitData("市农委"))
        save_unit(clerk, UnitData("市水利局", "水利局"), u.id, u.version)
        save_unit(actor, UnitData("市财政局"))
    finally:
        audit.set_clock(dt.datetime.now)
    assert [e.action for e in audit.search("unit", u.id)] == ["update", "insert"]
    assert [e.summary for e in audit.search(actor=clerk.name)] == ["修改单位 市水利局", "新增单位 市农委"]
    found = audit.search(date_from=dt.date(2014, 10, 21), date_to=dt.date(2014, 10, 22))
    assert [e.at[:10] for e in found] == ["2014-10-22", "2014-10-21"]
    assert audit.count(date_to=dt.date(2014, 10, 20)) == 1
    assert found[0].before == {"short_name": "", "initials": found[0].before["initials"], "version": 1}
    # The new file's own baseline (its seeded calendar) is written by the upgrade itself.
    assert set(audit.actors()) == {actor.name, clerk.name, "（数据升级）"}
    assert audit.tables() == ["calendar_day", "calendar_year", "unit"]
    assert json.loads(json.dumps(found[0].after))["short_name"] == "水利局"


def test_a_save_refused_after_its_audit_row_leaves_no_gap_in_the_chain(db, clerk):
    # On the server a sequence never gives back a number a rolled-back transaction drew:
    # the next audit row must still follow the head, or check calls the gap a deleted row.
    from models.core import record_check
    from models.core.workflow import workflow

    @workflow()
    def saved_then_refused(actor):
        save_unit(actor, UnitData("市水利局", "水利"))  # audited, then rolled back
        raise WorkflowError("不保存")

    save_unit(clerk, UnitData("市住建委", "住建委"))
    with pytest.raises(WorkflowError):
        saved_then_refused(clerk)
    row = save_unit(clerk, UnitData("市财政局", "财政"))
    assert audit.head_now()[0] == audit.AuditLog.select().count()
    assert {u.name for u in Unit.select()} == {"市住建委", "市财政局"} and row.version == 1
    assert record_check.check().ok
