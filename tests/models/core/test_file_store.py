"""Attachments and research reports: in the folder beside a database file, in the
database itself on the office's server (``stored_file``, step 19) — added, opened,
verified the same way on both (runs on both backends)."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core import file_store, record_check
from models.core.db import database, on_server
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import UnitData, save_unit
from models.research import topics as research
from models.research.topics import TopicData

SCAN = b"%PDF-1.4 scanned original " * 50


def _tamper(name: str, store) -> None:
    if on_server():
        database().execute_sql("UPDATE stored_file SET content = ? WHERE name = ?", (b"tampered", name))
    else:
        (store / name).write_bytes(b"tampered")


def test_an_attachment_is_kept_opened_and_verified(db, actor, tmp_path):
    ins = wf.register(actor, m.InstructionData(level="市", received_on=dt.date(2014, 9, 1), text="请研究。"))
    scan = tmp_path / "批示原件.pdf"
    scan.write_bytes(SCAN)
    store = tmp_path / "attachments"
    att = wf.add_attachment(actor, ins.id, scan, store, dt.date(2014, 9, 1), "扫描件")
    assert wf.verify_attachment(att, store)
    assert file_store.read(att.stored_name, store) == SCAN
    if on_server():  # every clerk sees it: in the database, nothing in this computer's folder
        assert not store.exists()
        assert file_store.StoredFile.get(file_store.StoredFile.name == att.stored_name).sha256 == att.sha256
        assert file_store.problems() == []
    else:
        assert file_store.StoredFile.select().count() == 0 and (store / att.stored_name).read_bytes() == SCAN
    opened = wf.attachment_file(att, store)
    assert opened is not None and opened.read_bytes() == SCAN
    assert record_check.check().differences == []  # the kept content has its audit row
    if on_server():
        opened.unlink()  # this computer's copy; the server's content is what counts
    _tamper(att.stored_name, store)
    assert not wf.verify_attachment(att, store)
    assert wf.attachment_file(att, store) is None
    if on_server():
        assert any(att.stored_name in line for line in file_store.problems())


def test_a_research_report_is_kept_opened_and_verified(db, db_address, actor, tmp_path):
    unit = save_unit(actor, UnitData("南宁市马山县人民政府", "马山县"))
    topic = research.save_topic(actor, TopicData("马山县加快特色城镇化建设", "决策执行中的难点问题", 2014, "李志强",
                                                 dt.date(2014, 3, 1), dt.date(2014, 6, 30), [unit.id]))
    src = tmp_path / "马山调研报告.docx"
    src.write_bytes(b"PK\x03\x04 fake docx body " * 100)
    target = db_address if on_server() else tmp_path / "ducha.sqlite3"
    t = research.attach_report(actor, topic.id, src, target)
    assert research.verify_report(t, target)
    kept = research.report_file(t, target)
    assert kept is not None and kept.read_bytes() == src.read_bytes()
    if on_server():
        assert str(kept).startswith(str(tmp_path / "data" / "servers"))  # a checked copy on this computer
        assert file_store.problems() == []
    _tamper(t.report_path, tmp_path / "attachments")
    assert not research.verify_report(research.ResearchTopic.get_by_id(topic.id), target)


def test_the_server_check_names_a_record_whose_content_is_missing(db, actor):
    if not on_server():
        pytest.skip("PostgreSQL test: set DUCHA_TEST_PG=postgresql://user@host:port/dbname to run it")
    expected = [("instructions/1/abc.pdf", "0" * 64, "批示件附件“原件.pdf”")]
    assert file_store.problems(expected) == ["批示件附件“原件.pdf”的文件“instructions/1/abc.pdf”不在数据库中。"]


def test_the_servers_copy_on_this_computer_has_the_files_own_name(db, db_address, actor, tmp_path):
    # Not a hash name: the program it opens in shows "批示原件.pdf", in a folder named by its hash.
    ins = wf.register(actor, m.InstructionData(level="市", received_on=dt.date(2014, 9, 1), text="请研究。"))
    scan = tmp_path / "批示原件.pdf"
    scan.write_bytes(SCAN)
    store = tmp_path / "attachments"
    att = wf.add_attachment(actor, ins.id, scan, store, dt.date(2014, 9, 1), "扫描件")
    opened = wf.attachment_file(att, store)
    if not on_server():  # beside a file the kept file itself is opened
        assert opened == store / att.stored_name
        return
    assert opened == store / "instructions" / str(ins.id) / att.sha256[:16] / "批示原件.pdf"
    assert opened.read_bytes() == SCAN
    assert wf.attachment_file(att, store) == opened  # the checked copy is used again
    unit = save_unit(actor, UnitData("南宁市马山县人民政府", "马山县"))
    topic = research.save_topic(actor, TopicData("马山县加快特色城镇化建设", "决策执行中的难点问题", 2014, "李志强",
                                                 dt.date(2014, 3, 1), dt.date(2014, 6, 30), [unit.id]))
    src = tmp_path / "马山调研报告.docx"
    src.write_bytes(b"PK\x03\x04 fake docx body " * 100)
    t = research.attach_report(actor, topic.id, src, db_address)
    kept = research.report_file(t, db_address)
    assert kept.name == "马山调研报告.docx" and kept.parent.name == f"topic-{topic.id}-{t.report_sha256[:16]}"


def test_a_copys_name_keeps_to_what_windows_allows():
    from pathlib import Path

    base = Path("/copies")
    assert file_store.copy_path("instructions/7/0123456789abcdef.pdf", "scan1.pdf", base) == \
        base / "instructions/7/0123456789abcdef/scan1.pdf"
    assert file_store.copy_path("instructions/7/ab.pdf", 'a:b?.pdf ', base) == base / "instructions/7/ab/a_b_.pdf"
    assert file_store.copy_path("instructions/7/ab.pdf", "..", base) == base / "instructions/7/ab.pdf"
    assert file_store.copy_path("instructions/7/ab.pdf", "", base) == base / "instructions/7/ab.pdf"
