"""``import key-items``, ``export key-items`` and ``calendar`` on the command line."""
from __future__ import annotations

import openpyxl
import pdfplumber
import pytest

from cli import run


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demonstration database for the module (it is only read here)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert run(["demo", "--db", str(path), "--today", "2014-10-28"]) == 0
    return path


def _xlsx(path, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "工作事项", "牵头单位", "责任单位", "完成时限", "督查时间"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_calendar_lists_the_month_with_lights_and_writes_ics_and_pdf(demo, tmp_path, capsys):
    ics, pdf = tmp_path / "oct.ics", tmp_path / "oct.pdf"
    assert run(["calendar", "--month", "2014-10", "--db", str(demo), "--today", "2014-10-28",
                "--ics", str(ics), "--pdf", str(pdf)]) == 0
    out = capsys.readouterr().out
    assert "2014年10月日历" in out
    assert "重点工作期限：第6项 吴圩国际机场新航站区配套道路建设 完成时限" in out
    assert "● 超期  季度报送" in out and "督查时间" in out
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n") and b"20141031" in ics.read_bytes()
    with pdfplumber.open(pdf) as doc:
        assert "督查工作日历 2014年10月" in doc.pages[0].extract_text()


def test_calendar_rejects_a_bad_month(demo, capsys):
    assert run(["calendar", "--month", "2014-13", "--db", str(demo)]) == 1
    assert "YYYY-MM" in capsys.readouterr().err


def test_export_ledger(demo, tmp_path, capsys):
    out = tmp_path / "ledger.xlsx"
    assert run(["export", "key-items", str(out), "--year", "2014", "--db", str(demo), "--today", "2014-10-28"]) == 0
    assert "已导出 22 项" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out).active
    assert ws["A2"].value == "序号" and ws.freeze_panes == "A3"
    assert ws.max_row == 2 + 22


def test_export_without_plan_is_a_plain_error(demo, tmp_path, capsys):
    assert run(["export", "key-items", str(tmp_path / "x.xlsx"), "--year", "2030", "--db", str(demo)]) == 1
    assert "没有2030年的决策督查计划" in capsys.readouterr().err


def test_import_refuses_bad_file_then_takes_good_one(tmp_path, capsys):
    db = str(tmp_path / "office.sqlite3")
    assert run(["import", "units", str(_units(tmp_path)), "--db", db]) == 0
    bad = _xlsx(tmp_path / "bad.xlsx", [[1, "桥梁", "市住建委", "", "2015-12-31", ""],
                                        [2, "绿城", "市不存在局", "", "2015-12-31", ""]])
    assert run(["import", "key-items", str(bad), "--year", "2015", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "第3行“牵头单位”列：未知单位“市不存在局”" in out and "未写入任何数据" in out
    good = _xlsx(tmp_path / "good.xlsx", [[1, "桥梁", "市住建委", "", "2015-12-31", "每季度"]])
    assert run(["import", "key-items", str(good), "--year", "2015", "--db", db, "--dry-run"]) == 0
    assert run(["export", "key-items", str(tmp_path / "e.xlsx"), "--year", "2015", "--db", db]) == 1
    capsys.readouterr()
    assert run(["import", "key-items", str(good), "--year", "2015", "--db", db]) == 0
    assert "已导入 1 项" in capsys.readouterr().out
    assert run(["import", "key-items", str(good), "--year", "2015", "--db", db]) == 1
    assert "序号 1 重复" in capsys.readouterr().out


def _units(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("单位名称,简称\n南宁市住房和城乡建设委员会,市住建委\n", encoding="utf-8")
    return path
