"""The foundation's commands: plain messages, exit codes, never a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli import run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)


def test_init_check_and_backup(tmp_path, capsys):
    db = tmp_path / "office.sqlite3"
    assert run(["init", "--db", str(db)]) == 0
    assert "已创建数据库" in capsys.readouterr().out
    assert run(["check", "--db", str(db)]) == 0
    assert "完整性检查通过" in capsys.readouterr().out
    assert run(["backup", str(tmp_path / "bk"), "--db", str(db)]) == 0
    assert list((tmp_path / "bk").glob("office-*.sqlite3"))


def test_check_detects_tampered_audit(tmp_path, capsys):
    import sqlite3

    db = tmp_path / "office.sqlite3"
    f = tmp_path / "units.csv"
    f.write_text("单位名称,类型\n市水利局,市直单位\n市农委,市直单位\n", encoding="utf-8")
    assert run(["import", "units", str(f), "--db", str(db)]) == 0
    con = sqlite3.connect(db)
    con.execute("UPDATE audit_log SET summary = '改过' WHERE id = 1")
    con.commit()
    con.close()
    capsys.readouterr()
    assert run(["check", "--db", str(db)]) == 1
    assert "审计记录被改动" in capsys.readouterr().err


def test_import_with_bad_rows_lists_them_and_fails(tmp_path, capsys):
    db = tmp_path / "office.sqlite3"
    f = tmp_path / "units.csv"
    f.write_text("单位名称,类型\n市水利局,部门\n", encoding="utf-8")
    assert run(["import", "units", str(f), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "第2行" in out and "未写入" in out


def test_bad_database_file_is_a_message_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "init", "--db", str(bad)],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=120)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "不是督查工作台的数据库" in proc.stderr


def test_missing_argument_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        run(["import", "units"])
    assert info.value.code == 2
    assert "参数错误" in capsys.readouterr().err


def test_workdays_add_warns_for_missing_year(tmp_path, capsys):
    db = tmp_path / "office.sqlite3"
    assert run(["workdays", "add", "2026-12-30", "5", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2027-01-06（暂定）" in out and "尚未录入" in out


def test_workdays_show_names_the_source_in_chinese(tmp_path, capsys):
    db = tmp_path / "office.sqlite3"
    assert run(["workdays", "show", "2014", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "数据来源：国务院办公厅公布的节假日安排（chinesecalendar 数据包 版本 " in out
    assert "收录至 20" in out


def test_demo_fills_an_empty_database_once(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    assert run(["demo", "--db", str(db), "--today", "2014-10-28"]) == 0
    assert "演示数据已写入" in capsys.readouterr().out
    assert run(["demo", "--db", str(db), "--today", "2014-10-28"]) == 1
    assert "只能填入空数据库" in capsys.readouterr().err


def test_every_command_has_help(capsys):
    from cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        text = p.format_help()
        assert text.strip(), name


def test_building_the_parser_many_times_never_conflicts():
    import gc

    from cli import build_parser

    # A parser built after another was collected used to get the old one's import
    # group back (cached by id), and "import units" was then added twice.
    for _ in range(30):
        build_parser()
        gc.collect()
    assert build_parser().parse_args(["import", "units", "x.csv"]).import_what == "units"


def test_options_before_or_after_the_command_both_count():
    import datetime as dt
    from pathlib import Path

    from cli import build_parser

    before = build_parser().parse_args(["--db", "a.sqlite3", "--today", "2014-10-28", "--user", "lin", "demo"])
    assert (before.db, before.today, before.user) == (Path("a.sqlite3"), dt.date(2014, 10, 28), "lin")
    after = build_parser().parse_args(["demo", "--db", "b.sqlite3", "--today", "2014-10-29"])
    assert (after.db, after.today, after.user) == (Path("b.sqlite3"), dt.date(2014, 10, 29), None)
    both = build_parser().parse_args(["--db", "a.sqlite3", "check", "--db", "b.sqlite3"])
    assert both.db == Path("b.sqlite3") and both.today is None


def test_user_before_no_command_goes_to_the_window_and_the_help_says_where_options_apply(monkeypatch):
    import datetime as dt

    import main
    from cli import build_parser
    from ui import app

    opened = []
    monkeypatch.setattr(app, "run_gui", lambda *a: opened.append(a) or 0)
    assert main.main(["--user", "lin", "--today", "2014-10-28"]) == 0
    assert opened == [(None, dt.date(2014, 10, 28), "lin")]
    helps = {a.dest: a.help for a in build_parser()._actions}
    assert "登录框" in helps["user"] and "DUCHA_PASSWORD" in helps["user"]
    assert "窗口和命令" in helps["today"]


@pytest.mark.parametrize("args", [
    ["calendar", "--month", "0001-01"],
    ["calendar", "--month", "9999-12"],
    ["workdays", "add", "9999-12-20", "10"],
    ["workdays", "add", "2014-01-01", "99999999"],
    ["workdays", "show", "99999"],
    ["stats", "--from", "0001-01-01", "--to", "0001-02-01"],
    ["stats", "--from", "9999-12-01", "--to", "9999-12-31"],
    ["--today", "9999-12-31", "stats", "--from", "2014-01-01", "--to", "2014-12-31"],
    ["audit", "--from", "0001-01-01"],
])
def test_dates_outside_the_programs_years_are_a_chinese_message(tmp_path, capsys, args):
    db = tmp_path / "office.sqlite3"
    assert run(["init", "--db", str(db)]) == 0
    capsys.readouterr()
    try:
        code = run([*args, "--db", str(db)])
    except SystemExit as usage:  # argparse refuses an option's value itself
        code = usage.code
    assert code in (1, 2)
    err = capsys.readouterr().err
    assert ("超出了本程序处理的日期范围（1900 年至 2199 年）" in err or "工作日数应在" in err), err
    assert "Traceback" not in err and "out of range" not in err


def test_the_last_years_still_work(tmp_path, capsys):
    db = tmp_path / "office.sqlite3"
    assert run(["workdays", "add", "2199-12-20", "10", "--db", str(db)]) == 0
    assert "2200-01-03（暂定）" in capsys.readouterr().out
    assert run(["stats", "--from", "1900-01-01", "--to", "2199-12-31", "--db", str(db)]) == 0
