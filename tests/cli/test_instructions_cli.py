"""``stats`` reproduces the article's figures on the demo; ledger export and import."""
from __future__ import annotations

import json

import pytest

from cli import run


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
    assert code == 0 and "到期办结率 100.0%" in out.out
    code, out = stats(demo_file, capsys, "--from", "2014-10-31", "--to", "2014-01-01")
    assert code == 1 and "截止日期早于起始日期" in out.err


def test_export_then_reimport_changes_nothing(demo_file, tmp_path, capsys):
    out = tmp_path / "台账.xlsx"
    assert run(["export", "instructions", str(out), "--db", str(demo_file)]) == 0
    capsys.readouterr()
    assert run(["import", "instructions", str(out), "--db", str(demo_file)]) == 0
    text = capsys.readouterr().out
    assert "新增 0 件" in text and "已导入 0 件" in text
