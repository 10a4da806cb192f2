"""``import key-items``, ``export key-items`` and ``calendar`` on the command line."""
from __future__ import annotations

import io

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
    assert run(["import", "key-items", str(good), "--year", "2015", "--db", db]) == 0
    assert "无变化 1 项" in capsys.readouterr().out  # the same file again changes nothing


def _units(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text("单位名称,简称\n南宁市住房和城乡建设委员会,市住建委\n", encoding="utf-8")
    return path


def _copy_db(src, dest):
    import sqlite3

    with sqlite3.connect(src) as a, sqlite3.connect(dest) as b:
        a.backup(b)
    return str(dest)


def _counts(db):
    """(audit rows, sum of item versions): any write moves one of them."""
    import sqlite3

    with sqlite3.connect(db) as c:
        return (c.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0],
                c.execute("SELECT SUM(version) FROM key_item").fetchone()[0])


def test_exported_ledger_imports_back_as_unchanged(demo, tmp_path, capsys):
    db = _copy_db(demo, tmp_path / "office.sqlite3")
    ledger = tmp_path / "台账.xlsx"
    common = ["--year", "2014", "--db", db, "--today", "2014-10-28"]
    assert run(["export", "key-items", str(ledger), *common]) == 0
    before = _counts(db)
    capsys.readouterr()
    assert run(["import", "key-items", str(ledger), *common]) == 0
    out = capsys.readouterr().out
    assert "2014年计划：新增 0 项，更新 0 项，无变化 22 项，有误 0 处" in out
    assert "无变化：文件中的事项与2014年计划一致，未写入任何数据。" in out
    assert _counts(db) == before


def test_import_lists_updates_old_to_new_and_dry_run_writes_nothing(demo, tmp_path, capsys):
    db = _copy_db(demo, tmp_path / "office.sqlite3")
    ledger = tmp_path / "台账.xlsx"
    common = ["--year", "2014", "--db", db, "--today", "2014-10-28"]
    assert run(["export", "key-items", str(ledger), *common]) == 0
    wb = openpyxl.load_workbook(ledger)
    ws = wb.active
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == 6)
    ws.cell(row, 2).value = "吴圩国际机场新航站区配套道路建设（二期）"
    ws.cell(row, 7).value = "2014-11-28"
    ws.append([23, "新增事项", "", "市委常委会年度工作要点", "市住建委", "", "2014-12-31", "每季度"])
    wb.save(ledger)
    before = _counts(db)
    capsys.readouterr()
    assert run(["import", "key-items", str(ledger), *common, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "新增 1 项，更新 1 项，无变化 21 项，有误 0 处" in out
    assert f"第{row}行 更新第6项：" in out
    assert "工作事项：吴圩国际机场新航站区配套道路建设 → 吴圩国际机场新航站区配套道路建设（二期）" in out
    assert "完成时限：2014-10-31 → 2014-11-28" in out
    assert "（--dry-run：未写入）" in out
    assert _counts(db) == before
    assert run(["import", "key-items", str(ledger), *common, "--yes"]) == 0
    assert "（新增 1 项，更新 1 项）" in capsys.readouterr().out
    written = _counts(db)
    assert written[0] > before[0] and written[1] == before[1] + 1 + 1  # one version bump, one new item
    assert run(["import", "key-items", str(ledger), *common]) == 0
    assert "无变化 23 项" in capsys.readouterr().out and _counts(db) == written


def test_import_counts_a_number_twice_in_the_file_as_an_error(demo, tmp_path, capsys):
    db = _copy_db(demo, tmp_path / "office.sqlite3")
    twice = _xlsx(tmp_path / "twice.xlsx", [[6, "改名一", "市交通运输局", "", "2014-10-31", ""],
                                            [6, "改名二", "市交通运输局", "", "2014-10-31", ""]])
    before = _counts(db)
    assert run(["import", "key-items", str(twice), "--year", "2014", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "新增 0 项，更新 1 项，无变化 0 项，有误 1 处" in out
    assert "第3行“序号”列：序号 6 重复：与第2行重复" in out and "未写入任何数据" in out
    assert _counts(db) == before


class _Keyboard(io.StringIO):
    """A terminal whose clerk types ``text``."""

    def isatty(self) -> bool:
        return True


class _Pipe(io.StringIO):
    """Input from a script: no terminal to ask on."""

    def isatty(self) -> bool:
        return False


def _ledger_with_one_change(demo, tmp_path):
    """A copy of the demo database and its exported ledger with item 6 renamed."""
    db = _copy_db(demo, tmp_path / "office.sqlite3")
    ledger = tmp_path / "台账.xlsx"
    assert run(["export", "key-items", str(ledger), "--year", "2014", "--db", db, "--today", "2014-10-28"]) == 0
    wb = openpyxl.load_workbook(ledger)
    ws = wb.active
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == 6)
    ws.cell(row, 2).value = "吴圩国际机场新航站区配套道路建设（二期）"
    wb.save(ledger)
    return db, ledger


def _title_of_6(db):
    import sqlite3

    with sqlite3.connect(db) as c:
        return c.execute("SELECT k.title FROM key_item k JOIN key_plan p ON p.id = k.plan_id "
                         "WHERE p.year = 2014 AND k.number = 6").fetchone()[0]


def test_update_without_a_terminal_is_refused_until_yes(demo, tmp_path, capsys, monkeypatch):
    db, ledger = _ledger_with_one_change(demo, tmp_path)
    monkeypatch.setattr("sys.stdin", _Pipe(""))
    before = _counts(db)
    capsys.readouterr()
    assert run(["import", "key-items", str(ledger), "--year", "2014", "--db", db]) == 1
    captured = capsys.readouterr()
    assert "工作事项：吴圩国际机场新航站区配套道路建设 → 吴圩国际机场新航站区配套道路建设（二期）" in captured.out
    assert "将修改 1 项已有事项；确认无误后请加 --yes 再运行。" in captured.err
    assert _counts(db) == before
    assert run(["import", "key-items", str(ledger), "--year", "2014", "--db", db, "--yes"]) == 0
    assert _title_of_6(db).endswith("（二期）")


def test_update_on_a_terminal_asks_and_only_y_writes(demo, tmp_path, capsys, monkeypatch):
    db, ledger = _ledger_with_one_change(demo, tmp_path)
    before = _counts(db)
    monkeypatch.setattr("sys.stdin", _Keyboard("n\n"))
    capsys.readouterr()
    assert run(["import", "key-items", str(ledger), "--year", "2014", "--db", db]) == 1
    out = capsys.readouterr().out
    assert "将按文件修改 1 项已有事项（见上）。输入 y 确认：" in out and "已取消，未做任何修改。" in out
    assert _counts(db) == before
    monkeypatch.setattr("sys.stdin", _Keyboard("y\n"))
    assert run(["import", "key-items", str(ledger), "--year", "2014", "--db", db]) == 0
    assert "已导入 1 项" in capsys.readouterr().out
    assert _title_of_6(db).endswith("（二期）")


def test_adding_items_only_or_a_dry_run_is_not_asked(demo, tmp_path, capsys, monkeypatch):
    db, ledger = _ledger_with_one_change(demo, tmp_path)
    monkeypatch.setattr("sys.stdin", _Pipe(""))
    capsys.readouterr()
    assert run(["import", "key-items", str(ledger), "--year", "2014", "--db", db, "--dry-run"]) == 0
    assert "更新 1 项" in capsys.readouterr().out
    added = _xlsx(tmp_path / "new.xlsx", [[23, "新增事项", "市住建委", "", "2014-12-31", "每季度"]])
    assert run(["import", "key-items", str(added), "--year", "2014", "--db", db]) == 0
    assert "（新增 1 项，更新 0 项）" in capsys.readouterr().out


def test_import_takes_the_stage_sheet_and_asks_before_changing_a_stage(tmp_path, capsys):
    db = str(tmp_path / "office.sqlite3")
    assert run(["import", "units", str(_units(tmp_path)), "--db", db]) == 0

    def plan(path, done):
        wb = openpyxl.Workbook()
        wb.active.append(["序号", "工作事项", "牵头单位", "完成时限"])
        wb.active.append([1, "桥梁", "市住建委", "2015-12-31"])
        st = wb.create_sheet("阶段")
        st.append(["事项序号", "阶段序号", "阶段名称", "完成时限", "责任单位", "完成日期"])
        st.append([1, 1, "征地拆迁", "2015-06-30", "市住建委", done])
        wb.save(path)
        return str(path)

    capsys.readouterr()
    assert run(["import", "key-items", plan(tmp_path / "a.xlsx", None), "--year", "2015", "--db", db]) == 0
    assert "阶段新增 1 个" in capsys.readouterr().out
    changed = plan(tmp_path / "b.xlsx", "2015-06-28")
    assert run(["import", "key-items", changed, "--year", "2015", "--db", db]) == 1
    captured = capsys.readouterr()
    assert "更新第1项第1阶段" in captured.out and "完成日期：（空） → 2015-06-28" in captured.out
    assert "1 个已有阶段" in captured.err and "--yes" in captured.err
    assert run(["import", "key-items", changed, "--year", "2015", "--db", db, "--yes"]) == 0
    assert "阶段新增 0 个，更新 1 个" in capsys.readouterr().out
