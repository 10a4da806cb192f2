"""Record digests: written with every audited change, by bulk writers and by the upgrade's
baseline, and compared by ``record_check`` with the records as stored."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import types

import pytest

from models import migrations
from models.core import audit, digests, record_check
from models.core.db import close_database, database
from models.core.schema import open_database
from models.core.workflow import delete, insert, workflow
from models.reference.directory import Unit, UnitData, save_unit


def _differences():
    found, _ = record_check.compare(record_check.last_digests())
    return found


def test_a_new_file_starts_with_its_seeded_calendar_as_the_baseline(db):
    rows = list(audit.AuditLog.select().order_by(audit.AuditLog.id))
    assert [(r.action, r.table_name, r.actor) for r in rows] == [
        ("baseline", "calendar_day", "（数据升级）"), ("baseline", "calendar_year", "（数据升级）")]
    assert "新建数据库" in rows[0].summary and json.loads(rows[0].after)["records"] > 700
    result = record_check.check()
    assert result.ok and result.records == digests.row_count("calendar_day") + digests.row_count("calendar_year")


def test_the_digest_written_is_the_one_check_computes(db, actor):
    u = save_unit(actor, UnitData("南宁市水利局", "水利局"))
    row = audit.AuditLog.select().where(audit.AuditLog.table_name == "unit").get()
    assert row.digest == digests.record_digest("unit", u.id) == digests.digests_of("unit", [u.id])[str(u.id)]
    assert dict(digests.table_digests("unit"))[str(u.id)] == row.digest
    save_unit(actor, UnitData("南宁市水利局", "市水利局"), u.id, u.version)
    last = audit.AuditLog.select().where(audit.AuditLog.table_name == "unit").order_by(audit.AuditLog.id.desc()).get()
    assert last.digest != row.digest and last.digest == digests.record_digest("unit", u.id)
    assert _differences() == []


def test_the_serialisation_covers_every_column_and_its_kind_of_value():
    base = (1, "2014-10-20", "市水利局", None, 2.5, b"%PDF-1.4")
    assert len({digests.digest_values(v) for v in (
        base, (1, "2014-10-20", "市水利局", "", 2.5, b"%PDF-1.4"),  # null is not empty text
        (1, "2014-10-10", "市水利局", None, 2.5, b"%PDF-1.4"),
        ("1", "2014-10-20", "市水利局", None, 2.5, b"%PDF-1.4"),  # 1 is not "1"
        (1, "2014-10-20", "市水利局", None, 2.5, b"%PDF-1.5"),
        (1, "2014-10-20", "市水利局", None, 2.50001, b"%PDF-1.4"))}) == 6
    assert digests.digest_values(base) == digests.digest_values(list(base))


def test_columns_the_program_rewrites_unaudited_are_left_out(demo_db):
    """The search text follows every change of an instruction's units without an audit
    row of its own, and the last sign-in time every sign-in: neither raises an alarm."""
    assert "search" not in digests.spec("instruction").columns
    assert "last_login_at" not in digests.spec("login_state").columns
    demo_db.execute_sql("UPDATE instruction SET search = 'x' WHERE id = 1")
    assert _differences() == []
    demo_db.execute_sql("UPDATE instruction SET matter = 'x' WHERE id = 1")
    assert [(d.table, d.record_id) for d in _differences()] == [("instruction", "1")]


def test_a_delete_records_the_absence_and_what_the_database_deleted_with_it(db, actor):
    from models.key_items.items import KeyItem, KeyItemCheck, KeyPlan

    @workflow()
    def make(actor_):
        plan = insert(actor_, KeyPlan, year=2014, title="2014年重点工作", start_date=dt.date(2014, 1, 1))
        unit = insert(actor_, Unit, name="南宁市发改委")
        item = insert(actor_, KeyItem, plan=plan.id, number=1, title="事项", lead_unit=unit.id)
        for day in (dt.date(2014, 3, 1), dt.date(2014, 6, 1)):
            insert(actor_, KeyItemCheck, item=item.id, day=day)
        return item

    @workflow()
    def drop(actor_, item):
        delete(actor_, item, "删除事项")

    item = make(actor)
    checks = [c.id for c in KeyItemCheck.select()]
    drop(actor, item)
    assert KeyItemCheck.select().count() == 0  # ON DELETE CASCADE
    gone = audit.AuditLog.select().where(audit.AuditLog.action == "delete").order_by(audit.AuditLog.id)
    assert [(r.table_name, r.record_id, r.digest) for r in gone] == [
        ("key_item", str(item.id), digests.ABSENT),
        *(("key_item_check", str(c), digests.ABSENT) for c in sorted(checks))]
    assert "随之删除" in list(gone)[-1].summary
    assert _differences() == []


def test_a_bulk_import_writes_one_row_with_every_records_digest(db, actor, tmp_path):
    from models.messages.importing import apply_import, plan_import
    from tests.models.messages.test_messages_import import ROWS, write_csv

    result = apply_import(actor, plan_import(write_csv(tmp_path / "m.csv", ROWS)), dt.date(2014, 10, 28))
    row = audit.AuditLog.select().where(audit.AuditLog.table_name == "message").get()
    assert row.record_id is None and json.loads(row.after)["new"] == 3
    kept = audit.AuditRecordDigest.select().where(audit.AuditRecordDigest.audit_id == row.id)
    assert sorted(int(k.record_id) for k in kept) == list(range(result.first_id, result.last_id + 1))
    assert row.digest == audit.bulk_digest(sorted((k.record_id, k.digest) for k in kept))
    assert _differences() == []
    # A message's history shows the import that wrote it.
    assert [e.action for e in audit.search("message", result.first_id)] == ["import"]
    database().execute_sql("UPDATE message SET title = '改过' WHERE id = ?", (result.first_id,))
    assert [(d.table, d.record_id, d.kind) for d in _differences()] == [
        ("message", str(result.first_id), record_check.CHANGED)]


def test_the_rows_a_workflow_rolls_back_leave_no_digest(db, actor):
    @workflow()
    def add_then_fail(actor_):
        insert(actor_, Unit, name="乙单位")
        raise RuntimeError("业务规则拒绝")

    with pytest.raises(RuntimeError):
        add_then_fail(actor)
    assert audit.AuditRecordDigest.select().where(audit.AuditRecordDigest.record_id == "1").count() == 0
    assert record_check.check().ok


# ---- files from before the digests --------------------------------------------------

def _old_file(path, monkeypatch) -> None:
    """A file of schema 11 with two units and their (digest-less) audit rows, as the
    previous version of the program wrote it."""
    steps = migrations.all_migrations()
    monkeypatch.setattr(migrations, "all_migrations", lambda: [s for s in steps if s.version < 12])
    open_database(path)
    close_database()
    monkeypatch.setattr(migrations, "all_migrations", lambda: steps)
    con = sqlite3.connect(path)
    prev = audit.GENESIS
    for i, name in enumerate(("南宁市水利局", "南宁市农委"), 1):
        con.execute("INSERT INTO unit (id, version, name, short_name, kind, contact, phone, active, initials) "
                    "VALUES (?, 1, ?, '', '', '', '', 1, '')", (i, name))
        at, after = f"2014-10-2{i}T09:00:00", json.dumps({"name": name}, ensure_ascii=False)
        h = audit._digest(prev, at, "本机用户", "insert", "unit", str(i), f"新增单位 {name}", None, after)
        con.execute("INSERT INTO audit_log (id, at, actor, action, table_name, record_id, summary, before, after, "
                    "prev_hash, hash) VALUES (?, ?, '本机用户', 'insert', 'unit', ?, ?, NULL, ?, ?, ?)",
                    (i, at, str(i), f"新增单位 {name}", after, prev, h))
        prev = h
    con.execute("INSERT INTO audit_head (id, last_id, last_hash) VALUES (1, 2, ?)", (prev,))
    con.commit()
    con.close()


def test_an_old_file_gets_a_labelled_baseline_and_later_tampering_is_caught(db_path, monkeypatch, tmp_path):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    _old_file(db_path, monkeypatch)
    open_database(db_path)
    try:
        base = list(audit.AuditLog.select().where(audit.AuditLog.action == "baseline"))
        assert {r.table_name for r in base} == {"unit", "calendar_day", "calendar_year"}
        unit_row = next(r for r in base if r.table_name == "unit")
        assert "升级到数据版本 12" in unit_row.summary and "无从查出" in unit_row.summary
        assert record_check.check().ok  # the old chain still verifies, digests or not
        acts = [e.action for e in audit.search("unit", 1)]  # newest first; later steps may baseline again
        assert acts[-1] == "insert" and set(acts[:-1]) == {"baseline"}
        database().execute_sql("UPDATE unit SET name = '南宁市林业局' WHERE id = 2")
        assert [(d.table, d.record_id, d.kind) for d in record_check.check().differences] == [
            ("unit", "2", record_check.CHANGED)]
    finally:
        close_database()


def test_the_baseline_is_written_in_the_steps_own_transaction(db_path, monkeypatch, tmp_path):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    _old_file(db_path, monkeypatch)

    def broken(*args, **kwargs):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(record_check, "write_baseline", broken)
    with pytest.raises(RuntimeError):
        open_database(db_path)
    con = sqlite3.connect(db_path)
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == 11
    assert "digest" not in {r[1] for r in con.execute("PRAGMA table_info(audit_log)")}
    con.close()
    monkeypatch.undo()
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    open_database(db_path)
    try:
        assert record_check.check().ok
    finally:
        close_database()


def test_a_later_step_baselines_what_it_changed_but_not_what_was_tampered_before(db_path, monkeypatch, tmp_path):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    open_database(db_path)
    actor = record_check.UPGRADE_ACTOR
    for name in ("南宁市水利局", "南宁市农委", "南宁市财政局"):
        save_unit(actor, UnitData(name))
    close_database()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE unit SET phone = '0771-0000' WHERE id = 3")  # tampered before the upgrade
    con.commit()
    con.close()
    steps = migrations.all_migrations()
    later = types.ModuleType("m_later")
    later.VERSION, later.DESCRIPTION = steps[-1].version + 1, "单位类别统一"

    def migrate(db):
        db.execute_sql("UPDATE unit SET kind = '市直'")
        db.execute_sql("ALTER TABLE unit ADD COLUMN note TEXT")

    later.migrate = migrate
    monkeypatch.setattr(migrations, "all_migrations",
                        lambda: steps + [migrations.Migration(later.VERSION, later.DESCRIPTION, later)])
    open_database(db_path)
    try:
        rebased = audit.AuditLog.select().where(audit.AuditLog.summary.contains("单位类别统一")).get()
        assert rebased.action == "baseline" and json.loads(rebased.after) == {"records": 2}
        assert [(d.table, d.record_id, d.kind) for d in record_check.check().differences] == [
            ("unit", "3", record_check.CHANGED)]
    finally:
        close_database()


# ---- the fast ways of reading, and what keeps them honest ---------------------------

def test_the_fast_walk_and_comparison_agree_with_the_exact_ones(demo_db):
    last = record_check.LastDigests()
    assert audit.walk_log(audit.head_now(), last.seen) == []
    exact = record_check.LastDigests()
    assert audit.walk_chain(audit.chain_rows(), audit.head_now(), exact.seen) == []
    assert last.by_table == exact.by_table
    for table in digests.specs():
        assert dict(digests.table_digests(table, fast=True)) == dict(digests.table_digests(table)), table
    assert not digests.spec("issued_document").fast and digests.spec("message").fast


def test_a_sqlite_that_writes_json_otherwise_costs_time_not_a_false_alarm(demo_db, monkeypatch):
    # As if SQLite's JSON functions wrote a little differently from Python's json module.
    monkeypatch.setattr(audit, "_PAYLOAD_SQL", audit._PAYLOAD_SQL.replace("', '", "','"))
    monkeypatch.setattr(digests.TableSpec, "select_canonical", property(
        lambda s: f'SELECT "{s.key}", CAST(json_array(1, {", ".join(s.columns)}) AS BLOB) FROM "{s.table}"'))
    assert record_check.check().ok
    demo_db.execute_sql("UPDATE message SET title = '改过' WHERE id = 3")
    demo_db.execute_sql("UPDATE audit_log SET summary = '改过' WHERE id = 5")
    result = record_check.check()
    assert [p.audit_id for p in result.chain] == [5]
    assert [(d.table, d.record_id) for d in result.differences] == [("message", "3")]


def test_cutting_off_the_newest_rows_with_an_import_among_them_is_found(db, actor, tmp_path):
    from models.messages.importing import apply_import, plan_import
    from tests.models.messages.test_messages_import import ROWS, write_csv

    result = apply_import(actor, plan_import(write_csv(tmp_path / "m.csv", ROWS)), dt.date(2014, 10, 28))
    imported = audit.AuditLog.select().where(audit.AuditLog.table_name == "message").get()
    db.execute_sql("DELETE FROM audit_log WHERE id >= ?", (imported.id,))
    last = audit.AuditLog.select().order_by(audit.AuditLog.id.desc()).get()
    db.execute_sql("UPDATE audit_head SET last_id = ?, last_hash = ?", (last.id, last.hash))
    found = record_check.check()
    assert found.chain == []  # what is left still chains
    assert found.bulk_problems == [f"审计记录所附的 3 条记录摘要属于已不存在的审计记录（编号 {imported.id} 起）："
                                   "审计记录最新的部分被截去了"]
    assert {(d.record_id, d.kind) for d in found.differences} == {
        (str(i), record_check.UNAUDITED) for i in range(result.first_id, result.last_id + 1)}
