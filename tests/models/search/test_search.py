"""全局搜索: substring, number fragments, pinyin initials; a change through any workflow is
found at once, a deleted record no longer is, and imports and direct writes are indexed too."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.search import text
from models.search.index import pending, refresh, search

D = dt.date
TODAY = D(2014, 10, 28)
ROOT = Path(__file__).resolve().parents[3]


# ---- the pure part -----------------------------------------------------------------

@pytest.mark.parametrize("raw, folded", [
    ("督〔2014〕90号", "督201490号"),
    ("ＡＢＣ　城中村 改造！", "abc城中村改造"),
    ("", ""),
])
def test_normalize_keeps_chinese_letters_and_digits(raw, folded):
    assert text.normalize(raw) == folded


def test_grams_are_bigrams_and_the_last_character():
    assert text.grams("城中村") == "城中 中村 村"
    assert text.grams("城") == "城"
    assert text.match_expression("城中村") == '"城中 中村"'
    assert text.match_expression("城") == '"城"*'
    assert text.match_expression("2014〕9 住建") == '"20 01 14 49" AND "住建"'
    assert text.match_expression(" 〔〕 ") is None


@given(st.text(alphabet="城中村改造路灯住建委2014〕号ab ", min_size=1, max_size=30), st.data())
def test_every_substring_is_a_run_of_the_grams(body, data):
    folded = text.normalize(body)
    if len(folded) < 2:
        return
    i = data.draw(st.integers(0, len(folded) - 2))
    j = data.draw(st.integers(i + 2, len(folded)))
    sub = folded[i:j]
    tokens = text.grams(body).split()
    wanted = [sub[k:k + 2] for k in range(len(sub) - 1)]
    assert any(tokens[s:s + len(wanted)] == wanted for s in range(len(tokens)))


def test_initials_are_latin_letters_only():
    assert text.is_initials("szj") and text.is_initials("QHM")
    assert not text.is_initials("s") and not text.is_initials("城中") and not text.is_initials("2014")


# ---- the index on a database ---------------------------------------------------------

@pytest.fixture
def office(db, actor):
    from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

    save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    save_unit(actor, UnitData("南宁市西乡塘区人民政府", "西乡塘区"))
    save_leader(actor, LeaderData("覃海明", "市委副书记", "市"))
    save_leader(actor, LeaderData("秦海民", "市委常委", "市"))
    return actor


def _register(actor, matter, text_="请抓紧研究解决", number="", leader="覃海明"):
    from models.instructions.records import InstructionData
    from models.instructions.workflow import register

    return register(actor, InstructionData(level="市", received_on=D(2014, 3, 5), leader_name=leader,
                                           text=text_, matter=matter, number=number))


def test_a_registered_instruction_is_found_at_once_by_substring_number_and_initials(office):
    ins = _register(office, "城中村改造群众诉求", number="督〔2014〕90号")
    assert pending() >= 1
    for query in ("城中村", "城", "2014〕9", "90号"):
        hits = search(query, TODAY)
        assert [(h.kind, h.record_id) for h in hits] == [("instruction", ins.id)], query
    assert pending() == 0
    assert search("路灯", TODAY) == []
    # Pinyin initials find a leader's instructions, in the surname reading too (覃 qín).
    other = _register(office, "背街小巷路灯维修", leader="秦海民")
    found = [(h.kind, h.record_id) for h in search("qhm", TODAY)]
    assert ("instruction", other.id) in found and ("instruction", ins.id) in found


def test_a_change_is_found_at_once_and_the_old_words_no_longer(office):
    from models.instructions.workflow import edit

    ins = _register(office, "城中村改造群众诉求")
    search("城中村", TODAY)
    ins = type(ins).get_by_id(ins.id)
    from models.instructions.records import InstructionData

    edit(office, ins.id, InstructionData(level="市", received_on=D(2014, 3, 5), leader_name="覃海明",
                                         text="请抓紧研究解决", matter="背街小巷路灯维修"), ins.version)
    assert search("城中村", TODAY) == []
    assert [h.record_id for h in search("路灯", TODAY)] == [ins.id]


def test_assigning_a_unit_makes_the_instruction_findable_by_the_unit(office):
    from models.instructions.workflow import AssignmentSpec, accept, assign
    from models.reference.directory import Unit

    ins = _register(office, "城中村改造群众诉求")
    accept(office, ins.id, D(2014, 3, 6))
    unit = Unit.get(Unit.short_name == "西乡塘区")
    assign(office, ins.id, D(2014, 3, 7), [AssignmentSpec(unit.id, days=10)])
    assert [h.record_id for h in search("xxtq", TODAY)] == [ins.id]
    hit = search("西乡塘", TODAY)[0]
    assert hit.light is not None and "西乡塘区" in hit.detail


def test_a_deleted_record_is_no_longer_found(office):
    from models.key_items.activities import ActivityData, delete_activity, save_activity
    from models.key_items.items import ItemData, save_item, save_plan
    from models.reference.directory import Unit

    actor = office
    plan = save_plan(actor, 2014)
    item = save_item(actor, plan.id, ItemData(1, "7座跨江大桥建设", Unit.get().id, deadline=D(2014, 12, 31)))
    activity = save_activity(actor, ActivityData(day=D(2014, 3, 6), method="专项督查", title="跨江桥梁专项督查",
                                                 item_ids=[item.id]))
    assert [h.kind for h in search("跨江桥梁", TODAY)] == ["activity"]
    delete_activity(actor, activity.id, activity.version)
    assert search("跨江桥梁", TODAY) == []


def test_a_message_import_and_a_write_from_outside_are_indexed(db, actor, tmp_path, db_path):
    import sqlite3

    from models.messages.importing import apply_import, plan_import

    sheet = tmp_path / "留言.csv"
    sheet.write_text("留言编号,留言时间,留言标题,留言内容\n10001,2014-10-20 09:30,金湖路路灯不亮,晚上一片漆黑\n",
                     encoding="utf-8")
    apply_import(actor, plan_import(sheet), TODAY)
    hits = search("路灯", TODAY)
    assert [h.kind for h in hits] == ["message"] and hits[0].title.startswith("10001")
    assert hits[0].light is not None
    # A write by another program (sqlite3 on the file) is marked by the triggers too.
    con = sqlite3.connect(db_path)
    con.execute("UPDATE message SET title = '金湖路井盖缺失' WHERE board_no = '10001'")
    con.commit()
    con.close()
    assert search("路灯", TODAY) == [] and [h.kind for h in search("井盖", TODAY)] == ["message"]


def test_rebuild_gives_the_same_results(demo_db):
    from models.search.index import rebuild

    before = [(h.kind, h.record_id) for h in search("城中村", TODAY)]
    assert before
    assert rebuild() > 300
    assert [(h.kind, h.record_id) for h in search("城中村", TODAY)] == before


def test_the_demo_finds_each_kind(demo_db):
    kinds = {h.kind for q in ("城中村", "路", "通报", "调研") for h in search(q, TODAY, per_kind=3)}
    assert {"instruction", "key_item", "activity", "message"} <= kinds


def test_the_command_line_prints_results_by_kind(demo_db, db_path):
    out = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "--today", "2014-10-28",
                          "search", "城中村"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "领导批示件（" in out.stdout and "●超期" in out.stdout
    none = subprocess.run([sys.executable, "main.py", "--db", str(db_path), "search", "不存在的词语"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "没有找到" in none.stdout and str(db_path) in none.stdout
    missing = subprocess.run([sys.executable, "main.py", "--db", str(db_path.parent / "无此文件.sqlite3"), "search", "城中村"],
                             cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "找不到数据库文件" in missing.stderr + missing.stdout
    assert not (db_path.parent / "无此文件.sqlite3").exists()


def test_refresh_reports_progress(db, actor):
    for i in range(3):
        _register(actor, f"事项{i}")
    seen = []
    assert refresh(progress=lambda done, total: seen.append((done, total))) == 3
    assert seen[-1] == (3, 3)


def test_the_servers_like_pattern_finds_percent_and_underscore_literally():
    from models.search.text import like_pattern, words

    assert words(" 市 水利局  ") == ["市", "水利局"]
    assert like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"
