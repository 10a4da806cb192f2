"""``stats`` reproduces the article's figures on the demo; ledger export and import."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from cli import run, stats_printers
from models.core import figures
from models.core.db import close_database
from models.core.numbers import percent
from models.core.schema import open_database
from models.overview.stats_tables import compute


@pytest.fixture
def demo_file(demo_db, db_path):
    from models.core.db import close_database

    close_database()
    return db_path


def stats(db_path, capsys, *extra):
    code = run(["stats", "--db", str(db_path), "--today", "2014-10-28", *extra])
    return code, capsys.readouterr()


def test_stats_json_reproduces_the_article(demo_file, capsys):
    code, out = stats(demo_file, capsys, "--from", "2014-01-01", "--to", "2014-10-31", "--json")
    assert code == 0
    ins = json.loads(out.out)["instructions"]
    regional, city = ins["regional"], ins["city"]
    assert (regional["received"], regional["registered"], regional["completed"]) == (18, 18, 18)
    assert (regional["due"], regional["completed_on_time"], regional["on_time_rate"]) == (18, 18, 1.0)
    assert (city["registered"], city["completed"], city["due"], city["on_time_rate"]) == (35, 35, 35, 1.0)
    for key in ("received", "registered", "completed", "due", "completed_on_time", "overdue"):
        assert isinstance(ins["all"][key], int)
    assert ins["all"]["overdue"] >= 1  # the carried-over matters are overdue now


def test_stats_rate_is_null_when_nothing_fell_due(demo_file, capsys):
    code, out = stats(demo_file, capsys, "--from", "2012-01-01", "--to", "2012-12-31", "--json",
                      "--section", "instructions")
    assert code == 0
    data = json.loads(out.out)
    assert list(data) == ["instructions"] and data["instructions"]["all"]["on_time_rate"] is None


def test_stats_text_and_bad_period(demo_file, capsys):
    code, out = stats(demo_file, capsys, "--from", "2014-01-01", "--to", "2014-10-31")
    assert code == 0 and "到期办结率 100%" in out.out
    code, out = stats(demo_file, capsys, "--from", "2014-10-31", "--to", "2014-01-01")
    assert code == 1 and "截止日期早于起始日期" in out.err


def test_stats_text_is_chinese_lines_for_every_section(demo_file, capsys):
    assert set(figures.names()) <= set(stats_printers())  # no section falls back to raw keys
    code, out = stats(demo_file, capsys, "--from", "2014-01-01", "--to", "2014-10-28")
    text = out.out
    assert code == 0
    assert re.findall(r"[A-Za-z_]{2,}", text) == [] and "{" not in text
    headings = [line for line in text.splitlines() if not line.startswith(" ")][1:]
    assert headings == ["重点工作事项：", "督查活动：", "领导批示件：", "领导批示件（按批示领导）：", "快·准·稳：", "督查调研：", "网民留言："]
    assert "  稳　回访复核一次通过 46/50 件（92%），复核不通过而重办 4 件" in text
    assert "  准　督办通知单逐字载明批示原文 0/0 份（本期未印发）；报结完整 47/47 件（100%）" in text
    assert "  按状态：未启动 0 项，推进中 19 项，已完成 2 项，已中止 1 项" in text
    assert "  当前红绿灯：超期 3 项，临期 4 项，正常 12 项，已结 3 项" in text
    assert "重点督查 9 次" in text and "实地调研 11 次" in text


def test_stats_text_writes_rates_as_the_pane_and_the_bulletin_do(demo_file, capsys):
    code, out = stats(demo_file, capsys, "--from", "2014-01-01", "--to", "2014-10-28", "--json")
    data = json.loads(out.out)
    code, out = stats(demo_file, capsys, "--from", "2014-01-01", "--to", "2014-10-28")
    text = out.out
    assert "到期办结率 100%，" in text and "100.0%" not in text
    reply = percent(data["messages"]["reply_rate"])
    assert reply == "87.8%" and f"回复率 {reply}，" in text
    open_database(demo_file)
    try:
        pane = compute(dt.date(2014, 1, 1), dt.date(2014, 10, 28), dt.date(2014, 10, 28)).tables
    finally:
        close_database()
    assert pane["messages"].rows[-1][3] == reply  # 合计 row, 回复率 column of the 统计 pane
    assert pane["instructions"].rows[-1][6] == "100%"
    code, out = stats(demo_file, capsys, "--from", "2012-01-01", "--to", "2012-12-31")
    assert "到期办结率 —（本期无到期件）" in out.out and "回复率 —（本期无留言）" in out.out


def test_export_then_reimport_changes_nothing(demo_file, tmp_path, capsys):
    out = tmp_path / "台账.xlsx"
    assert run(["export", "instructions", str(out), "--db", str(demo_file)]) == 0
    capsys.readouterr()
    assert run(["import", "instructions", str(out), "--db", str(demo_file)]) == 0
    text = capsys.readouterr().out
    assert "新增 0 件" in text and "已导入 0 件" in text


def test_replace_and_add_a_unit_from_the_command_line(demo_file, capsys):
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.instructions import records as m

    common = ["--db", str(demo_file), "--today", "2014-10-28"]
    # 督〔2013〕4号 is being handled by 西乡塘区 (lead, overdue since 2013-12-17) and 市国土资源局.
    code = run(["instruction", "replace-unit", "督〔2013〕4号", "--unit", "西乡塘区", "--new-unit", "市公安局",
                "--reason", "交办单位有误", *common])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.out.startswith("督〔2013〕4号：牵头单位已由 南宁市西乡塘区人民政府 更换为 南宁市公安局，办理时限 2014-11-18")
    assert run(["instruction", "add-unit", "督〔2013〕4号", "--unit", "市住建委", "--deadline", "2014-11-28",
                *common]) == 0
    assert "已追加协办单位 南宁市住房和城乡建设委员会，办理时限 2014-11-28，待其签收" in capsys.readouterr().out
    code, out = stats(demo_file, capsys, "--from", "2013-01-01", "--to", "2014-10-31", "--json",
                      "--section", "instructions")
    by_unit = json.loads(out.out)["instructions"]["by_unit"]
    assert by_unit["西乡塘区"]["overdue"] == 0  # no longer late since it was replaced
    open_database(demo_file)
    try:
        ins = m.Instruction.get(m.Instruction.number == "督〔2013〕4号")
        assert (ins.state, ins.unit_names) == (m.ASSIGNED, "市公安局、市国土资源局、市住建委")
        assert [e.kind for e in m.timeline(ins.id)][-2:] == ["更换单位", "追加单位"]
    finally:
        close_database()


@pytest.mark.parametrize("argv, code, message", [
    (["add-unit", "督〔2014〕1号", "--unit", "市住建委"], 1, "当前状态为“已报结”，不能追加承办单位"),
    (["add-unit", "督〔2099〕1号", "--unit", "市住建委"], 1, "没有编号为“督〔2099〕1号”的批示件"),
    (["add-unit", "督〔2013〕4号", "--unit", "市魔法局"], 1, "没有名为“市魔法局”的单位"),
    (["replace-unit", "督〔2013〕4号", "--unit", "市住建委", "--new-unit", "市公安局", "--reason", "x"], 1,
     "现在的承办单位中没有“南宁市住房和城乡建设委员会”"),
    (["replace-unit", "督〔2013〕4号", "--unit", "西乡塘区", "--new-unit", "市公安局", "--reason", " "], 1,
     "请填写更换原因"),
])
def test_unit_changes_refused_on_the_command_line(demo_file, capsys, argv, code, message):
    assert run(["instruction", *argv, "--db", str(demo_file), "--today", "2014-10-28"]) == code
    assert message in capsys.readouterr().err


def test_a_deadline_is_given_as_days_or_as_a_date_not_both(capsys):
    with pytest.raises(SystemExit) as info:
        run(["instruction", "add-unit", "督〔2013〕4号", "--unit", "市住建委", "--days", "3", "--deadline", "2014-11-28"])
    assert info.value.code == 2
    assert "参数错误：--deadline：不能与 --days 同时使用" in capsys.readouterr().err
def test_two_ledger_imports_at_once_both_get_in(tmp_path, monkeypatch, capsys):
    """Once the second failed at once with "database is locked"; now it waits its turn."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from openpyxl import Workbook

    import models.core.db as dbmod
    from models.instructions.importing import LEDGER_HEADERS

    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    db = tmp_path / "office.sqlite3"
    units = tmp_path / "units.csv"
    units.write_text("单位名称\n南宁市水利局\n", encoding="utf-8")
    assert run(["import", "units", str(units), "--db", str(db)]) == 0

    def ledger(name: str, prefix: int) -> Path:
        wb = Workbook()
        wb.active.append(list(LEDGER_HEADERS))
        for i in range(1, 61):
            wb.active.append([f"督〔2019〕{prefix}{i:03d}号", "黄振宇", "市", dt.datetime(2019, 3, 5), "来信",
                              "请研究办理。", "南宁市水利局", "10个工作日", "2019-03-18", "通过", "2019-03-21"])
        wb.save(tmp_path / name)
        return tmp_path / name

    first, second = ledger("a.xlsx", 1), ledger("b.xlsx", 2)
    root = Path(__file__).resolve().parents[2]
    other = subprocess.Popen([sys.executable, str(root / "main.py"), "--db", str(db), "--today", "2019-10-28",
                              "import", "instructions", str(first)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, "PYTHONPATH": str(root)})
    # This side gives up a single busy wait quickly: only waiting its turn gets it in.
    monkeypatch.setattr(dbmod, "PRAGMAS", (*[p for p in dbmod.PRAGMAS if p[0] != "busy_timeout"], ("busy_timeout", 50)))
    try:
        code = run(["import", "instructions", str(second), "--db", str(db), "--today", "2019-10-28"])
    finally:
        out, err = other.communicate(timeout=600)
    assert other.returncode == 0, err
    assert code == 0, capsys.readouterr().err
    assert "已导入 60 件批示件" in out and "已导入 60 件批示件" in capsys.readouterr().out
    open_database(db)
    try:
        from models.instructions.records import Instruction

        assert Instruction.select().count() == 120
    finally:
        close_database()
