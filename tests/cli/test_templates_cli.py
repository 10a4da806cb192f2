"""``template NAME -o FILE``: each blank file carries exactly its importer's headers, an
example row the real importer takes (dry run), and a 说明 sheet for every column."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook

from cli import run
from models.overview.import_templates import NAMES, template

IMPORTER_COLUMNS = {
    "units": ("models.reference.importing", "UNIT_COLUMNS"),
    "leaders": ("models.reference.importing", "LEADER_COLUMNS"),
    "plan": ("models.key_items.importing", "COLUMNS"),
    "ledger": ("models.instructions.importing", "COLUMNS"),
    "messages": ("models.messages.importing", "MESSAGE_COLUMNS"),
    "workdays": ("models.calendar.store", "CALENDAR_COLUMNS"),
}


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DUCHA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)


def _columns(name):
    import importlib

    module, attribute = IMPORTER_COLUMNS[name]
    return getattr(importlib.import_module(module), attribute)


@pytest.fixture
def files(tmp_path, capsys):
    out = {}
    for name in NAMES:
        out[name] = tmp_path / f"{name}.xlsx"
        assert run(["template", name, "-o", str(out[name]), "--today", "2014-10-28"]) == 0
        assert "导入模板" in capsys.readouterr().out
    return out


def test_every_import_has_a_template():
    assert set(NAMES) == set(IMPORTER_COLUMNS)


def test_headers_are_the_importers_columns_and_every_column_is_explained(files):
    for name, path in files.items():
        columns = _columns(name)
        assert template(name).columns is columns
        wb = load_workbook(path)
        data, notes = wb.worksheets[0], wb["说明"]
        assert wb.sheetnames[0] != "说明"  # the importers read the first sheet
        headers = [c.value for c in data[2]]
        assert headers == [c.header for c in columns], name
        example = [c.value for c in data[3]]
        assert len(example) == len(columns)
        for col, value in zip(columns, example, strict=True):
            if col.required:
                assert value not in (None, ""), (name, col.header)
        explained: dict = {}
        for row in notes.iter_rows(min_row=2):
            # The first sheet's columns come first; a further sheet's (the plan's 阶段) follow under its heading.
            if row[0].value:
                explained.setdefault(row[0].value, row)
        for col in columns:
            assert col.help, (name, col.header)
            row = explained[col.header]
            assert row[1].value == ("必填" if col.required else "选填")
            assert row[2].value == col.help and row[3].value == col.form()


def test_each_example_row_imports_cleanly_through_the_real_importer(files, tmp_path, capsys):
    db = str(tmp_path / "office.sqlite3")
    # The units example first: the other examples name its unit, as a clerk's files would.
    assert run(["--db", db, "import", "units", str(files["units"])]) == 0
    assert "已导入 1 条单位" in capsys.readouterr().out
    for argv, said in ((["import", "leaders", str(files["leaders"])], "新增 1 条"),
                       (["import", "key-items", str(files["plan"]), "--year", "2014"], "新增 1 项"),
                       (["import", "instructions", str(files["ledger"])], "新增 1 件"),
                       (["import", "messages", str(files["messages"])], "新增 1 条")):
        assert run(["--db", db, *argv, "--dry-run"]) == 0, argv
        out = capsys.readouterr().out
        assert said in out and "有误 0" in out and "未写入" in out, out
    from models.calendar.store import parse_calendar_file

    entries, errors = parse_calendar_file(files["workdays"])
    assert errors == [] and len(entries) == 1 and not entries[0].is_working


def test_a_template_must_be_xlsx(tmp_path, capsys):
    assert run(["template", "units", "-o", str(tmp_path / "单位.csv")]) == 1
    assert ".xlsx" in capsys.readouterr().err
    assert not (tmp_path / "单位.csv").exists()
