"""``check`` finds records changed outside the program, not only a changed audit log.

The tamper matrix: with sqlite3 on the closed file, someone moves an instruction's
completion date, deletes an instruction or a message, inserts a unit, raises a 查阅
account to 管理员, or cuts the newest audit rows off (mending the chain's head); each
is found, named in Chinese with the record's number, and ``check`` says how to see its
history with ``audit --record`` — which lists it.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from cli import run
from models.core import audit, record_check
from models.core.db import close_database
from models.safety import accounts


@pytest.fixture
def office(demo_db, db_path, monkeypatch) -> Path:
    """The demonstration office with a 查阅 account beside its administrator, closed."""
    now = dt.datetime(2014, 10, 28, 9)
    accounts.create_account(record_check.UPGRADE_ACTOR, "boss", "admin", "Admin-pass-1", now)
    boss = accounts.authenticate("boss", "Admin-pass-1", now)
    accounts.create_account(boss, "reader", "viewer", "Reader-pass-1", now)
    demo_db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    monkeypatch.setenv("DUCHA_PASSWORD", "Admin-pass-1")
    return db_path


def _sql(db: Path, *statements: str) -> None:
    # As the sqlite3 shell does by default: foreign keys off.
    con = sqlite3.connect(db)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def _one(db: Path, sql: str):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def _check(db: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = run(["check", "--db", str(db)])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_untouched_office_passes(office, capsys):
    code, text = _check(office, capsys)
    assert code == 0, text
    assert "散列链完整" in text and "条记录与审计记录相符" in text
    assert "核对审计链" in text and "核对记录" in text  # the stages, as they run


def _completed_instruction(db: Path) -> int:
    return _one(db, "SELECT MIN(id) FROM instruction WHERE completed_on IS NOT NULL")


def test_moving_a_completion_date_ten_days_earlier_is_found(office, capsys):
    iid = _completed_instruction(office)
    done = dt.date.fromisoformat(_one(office, f"SELECT completed_on FROM instruction WHERE id = {iid}"))
    _sql(office, f"UPDATE instruction SET completed_on = date(completed_on, '-10 days') WHERE id = {iid}")
    code, text = _check(office, capsys)
    assert code == 1
    # Its history, replayed from its registration, names the field and both values.
    assert f"办结日期：审计记录中为“{done}”，现为“{done - dt.timedelta(days=10)}”" in text
    assert f"领导批示件（instruction）编号 {iid}：内容与审计记录中最后一次改动后的状态不符（在程序之外被改动）" in text
    assert f"python main.py audit --record 领导批示件:{iid}" in text
    assert "检查未通过" in text and "散列链完整" not in text


def test_deleting_an_instruction_is_found_with_what_it_held(office, capsys):
    iid = _completed_instruction(office)
    assignments = _one(office, f"SELECT COUNT(*) FROM instruction_assignment WHERE instruction_id = {iid}")
    _sql(office, f"DELETE FROM instruction WHERE id = {iid}")
    code, text = _check(office, capsys)
    assert code == 1
    assert f"领导批示件（instruction）编号 {iid}：已不存在，但审计记录中没有删除它（在程序之外被删除）" in text
    # Foreign keys off, its assignments are left behind pointing at nothing: said too.
    assert text.count("的第") >= assignments and "引用的领导批示件记录已不存在" in text


def test_deleting_an_instruction_with_foreign_keys_on_names_its_parts(office, capsys):
    iid = _completed_instruction(office)
    aid = _one(office, f"SELECT MIN(id) FROM instruction_assignment WHERE instruction_id = {iid}")
    con = sqlite3.connect(office)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute(f"DELETE FROM instruction WHERE id = {iid}")
    con.commit()
    con.close()
    code, text = _check(office, capsys)
    assert code == 1 and "外键不一致" not in text
    assert f"领导批示件（instruction）编号 {iid}：已不存在" in text
    assert f"批示件交办单位（instruction_assignment）编号 {aid}：已不存在" in text


def test_deleting_a_message_is_found(office, capsys):
    mid = _one(office, "SELECT MAX(id) FROM message")
    _sql(office, f"DELETE FROM message WHERE id = {mid}")
    code, text = _check(office, capsys)
    assert code == 1 and f"网民留言（message）编号 {mid}：已不存在" in text


def test_changing_an_imported_message_is_found(office, capsys):
    # Imported in bulk: its digest sits beside the import's one audit row.
    mid = _one(office, "SELECT MIN(id) FROM message WHERE state = '已回复'")
    _sql(office, f"UPDATE message SET replied_on = date(replied_on, '-3 days') WHERE id = {mid}")
    code, text = _check(office, capsys)
    assert code == 1 and f"网民留言（message）编号 {mid}：内容与审计记录" in text


def test_inserting_a_row_is_found(office, capsys):
    _sql(office, "INSERT INTO unit (version, name, short_name, kind, contact, phone, active, initials) "
                 "VALUES (1, '南宁市虚设局', '虚设局', '市直', '', '', 1, '')")
    uid = _one(office, "SELECT id FROM unit WHERE name = '南宁市虚设局'")
    code, text = _check(office, capsys)
    assert code == 1 and f"单位（unit）编号 {uid}：没有任何审计记录（在程序之外写入）" in text


def test_raising_a_viewer_to_administrator_is_found(office, capsys):
    aid = _one(office, "SELECT id FROM account WHERE name = 'reader'")
    _sql(office, "UPDATE account SET role = 'admin' WHERE name = 'reader'")
    code, text = _check(office, capsys)
    assert code == 1 and f"账号（account）编号 {aid}：内容与审计记录中最后一次改动后的状态不符" in text
    assert "角色：审计记录中为“viewer”，现为“admin”" in text
    assert f"python main.py audit --record 账号:{aid}" in text


def test_a_record_written_back_after_an_audited_delete_is_found(office, capsys, monkeypatch):
    from models.core.schema import open_database
    from models.reference.directory import Unit, UnitData, delete_unit, save_unit

    open_database(office)
    unit = save_unit(record_check.UPGRADE_ACTOR, UnitData("南宁市临时局"))
    row = _one(office, f"SELECT name FROM unit WHERE id = {unit.id}")
    delete_unit(record_check.UPGRADE_ACTOR, unit.id)
    assert not Unit.select().where(Unit.id == unit.id).exists()
    close_database()
    _sql(office, f"INSERT INTO unit (id, version, name, short_name, kind, contact, phone, active, initials) "
                 f"VALUES ({unit.id}, 1, '{row}', '', '', '', '', 1, '')")
    code, text = _check(office, capsys)
    assert code == 1 and f"单位（unit）编号 {unit.id}：审计记录中已删除，但记录仍在" in text


def _cut_newest(db: Path, n: int) -> None:
    """Cut the newest n audit rows off and mend the head, so the rest still chains."""
    con = sqlite3.connect(db)
    last = con.execute("SELECT MAX(id) FROM audit_log").fetchone()[0]
    con.execute("DELETE FROM audit_log WHERE id > ?", (last - n,))
    new_last, new_hash = con.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    con.execute("UPDATE audit_head SET last_id = ?, last_hash = ?", (new_last, new_hash))
    con.commit()
    con.close()


def test_a_truncated_log_without_a_backup_shows_in_the_records(office, capsys):
    # The newest audit rows are the 查阅 account's creation (the account and its login
    # state): cut them off, and the chain is whole again, but the records it no longer
    # accounts for are named.
    reader = _one(office, "SELECT id FROM account WHERE name = 'reader'")
    _cut_newest(office, 2)
    code, text = _check(office, capsys)
    assert code == 1
    assert "审计记录被改动" not in text  # the chain itself holds together
    assert f"账号（account）编号 {reader}：没有任何审计记录（在程序之外写入）" in text
    assert f"登录状态（login_state）编号 {reader}：没有任何审计记录" in text
    assert "截去" in text and "备份" in text


def test_a_truncated_log_with_a_backup_at_hand_names_the_missing_rows(office, capsys):
    assert run(["backup", "--db", str(office), "--user", "boss"]) == 0
    head = _one(office, "SELECT last_id FROM audit_head")
    _cut_newest(office, 3)
    code, text = _check(office, capsys)
    assert code == 1
    assert "审计记录与备份不符：备份“" in text and f"第 {head} 条审计记录在现有数据库中不存在" in text


def test_an_emptied_log_leaves_every_record_unaccounted_for(office, capsys):
    _sql(office, "DELETE FROM audit_log", "DELETE FROM audit_head", "DELETE FROM audit_record_digest")
    code, text = _check(office, capsys)
    records = sum(_one(office, f'SELECT COUNT(*) FROM "{t}"') for t in ("instruction", "message", "unit"))
    assert code == 1 and "没有任何审计记录" in text and "其中前 200 条" in text
    assert int(text.split("以下 ")[1].split(" 条")[0].replace(",", "")) > records


def test_a_changed_bulk_digest_is_found(office, capsys):
    # Made to say a message was deleted by its import: the import's digest no longer adds up.
    _sql(office, "UPDATE audit_record_digest SET digest = 'absent' WHERE audit_id = "
                 "(SELECT id FROM audit_log WHERE table_name = 'message' AND action = 'import') "
                 "AND record_id = '1'")
    code, text = _check(office, capsys)
    assert code == 1 and "所附的记录摘要与它不符" in text


def test_audit_record_lists_a_records_history_including_its_bulk_import(office, capsys):
    mid = _one(office, "SELECT MIN(id) FROM message WHERE state = '已回复'")
    capsys.readouterr()
    assert run(["audit", "--record", f"网民留言:{mid}", "--db", str(office), "--user", "boss"]) == 0
    out = capsys.readouterr().out
    assert "导入" in out and "演示数据：网民留言" in out
    assert run(["audit", "--record", "工作日历:2014-10-01", "--db", str(office), "--user", "boss"]) == 0
    assert "记录基线" in capsys.readouterr().out


def test_only_audited_writes_pass_after_many_kinds_of_work(office, capsys):
    """Signing in (failures, a lock, an unlock, a password reset) and the search text
    of instructions change rows without a digest of their own: none is taken for tampering."""
    from models.core.schema import open_database

    open_database(office)
    try:
        now = dt.datetime(2014, 10, 28, 10)
        for _ in range(5):
            with pytest.raises(accounts.LoginError):
                accounts.authenticate("reader", "wrong-password", now)
        boss = accounts.authenticate("boss", "Admin-pass-1", now)
        accounts.unlock(boss, "reader")
        accounts.authenticate("reader", "Reader-pass-1", now)
        with pytest.raises(accounts.LoginError):
            accounts.authenticate("reader", "wrong-password", now)
        accounts.change_password(boss, "reader", "Reader-pass-2", now)
        assert audit.verify_chain() is None
    finally:
        close_database()
    code, text = _check(office, capsys)
    assert code == 0, text


def test_a_damaged_file_is_reported_as_damaged_not_as_tampered(office, capsys):
    """SQLite's page check runs beside the walk of the log: its verdict still comes first."""
    data = bytearray(office.read_bytes())
    # Scribble over pages in the middle (b-tree pages), keeping the header intact.
    for i in range(len(data) // 2, len(data) // 2 + 16384):
        data[i] = 0x5A
    office.write_bytes(bytes(data))
    code, text = _check(office, capsys)
    assert code == 1 and "完整性检查未通过" in text
    assert "与审计记录不符" not in text


def test_an_issued_pdf_changed_outside_is_found(demo_db, db_path, capsys, monkeypatch):
    """A BLOB column (the issued PDF) is digested by its own SHA-256."""
    from reports.issuing import issue, prepare_bulletin

    day = dt.date(2014, 10, 28)
    [doc] = issue(record_check.UPGRADE_ACTOR, prepare_bulletin(dt.date(2014, 1, 1), day, day, day))
    close_database()
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)
    code, text = _check(db_path, capsys)
    assert code == 0, text
    _sql(db_path, f"UPDATE issued_document SET pdf = substr(pdf, 1, length(pdf) - 10) WHERE id = {doc.id}")
    code, text = _check(db_path, capsys)
    assert code == 1 and f"印发文件登记（issued_document）编号 {doc.id}：内容与审计记录" in text
