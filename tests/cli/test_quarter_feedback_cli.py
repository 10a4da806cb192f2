"""``export feedback --quarter`` and the one ``import feedback`` for both kinds of form, on
the demonstration office."""
from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook

from cli import run
from models.instructions import feedback as fb
from models.key_items import feedback as qf

NUMBER = "督〔2013〕7号"
FORM = "季度反馈表-2014年第4季度-市住建委.xlsx"


@pytest.fixture
def demo_file(demo_db, db_path):
    from models.core.db import close_database

    close_database()
    return db_path


def cli(db_path, capsys, *args):
    code = run([*args, "--db", str(db_path), "--today", "2014-10-28"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def reports_of(db_path, unit_short):
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.key_items.progress import KeyProgress
    from models.reference.directory import Unit

    open_database(db_path)
    try:
        unit = Unit.get(Unit.short_name == unit_short)
        return sorted((p.item.number, p.done) for p in KeyProgress.select().where(
            (KeyProgress.unit == unit.id) & (KeyProgress.year == 2014) & (KeyProgress.quarter == 4)))
    finally:
        close_database()


def test_export_the_quarter_then_import_both_kinds_in_one_go(demo_file, tmp_path, capsys):
    out = tmp_path / "forms"
    code, text = cli(demo_file, capsys, "export", "feedback", "--quarter", "2014Q4", "-o", str(out))
    assert code == 0, text
    assert "应于 2015-01-08 前反馈" in text and "已登记为第 1 批发出的季度反馈表" in text
    with zipfile.ZipFile(out / "季度反馈表-2014年第4季度.zip") as z:
        assert FORM in z.namelist()
    assert len(list(out.glob("*.xlsx"))) == len(z.namelist())

    returns = tmp_path / "returns"
    returns.mkdir()
    wb = load_workbook(out / FORM)
    ws = wb[qf.FORM_SHEET]
    numbers = [ws[f"A{qf.FIRST_ROW + i}"].value for i in range(2)]
    ws[qf.HEAD["reported_on"]] = "2014-10-27"
    ws[f"F{qf.FIRST_ROW}"] = "完成主体工程"
    wb.save(returns / FORM)
    code, _ = cli(demo_file, capsys, "export", "feedback", "--instruction", NUMBER, "-o", str(tmp_path / "ins"))
    assert code == 0
    instruction_form = tmp_path / "ins" / f"反馈表-{NUMBER}-市民政局.xlsx"
    wb = load_workbook(instruction_form)
    wb[fb.FORM_SHEET][fb.CELLS["signed_by"]] = "陈明"
    wb[fb.FORM_SHEET][fb.CELLS["signed_on"]] = "2014-10-27"
    wb.save(returns / instruction_form.name)

    code, text = cli(demo_file, capsys, "import", "feedback", str(returns), "--yes")
    assert code == 0, text
    assert f"接收  {FORM}  2014年第4季度 南宁市住房和城乡建设委员会：登记第{numbers[0]}项进展" in text
    assert f"接收  {instruction_form.name}  {NUMBER} 南宁市民政局：登记签收" in text
    assert "已导入 2 份反馈表。" in text
    before = reports_of(demo_file, "市住建委")
    assert (int(numbers[0]), "完成主体工程") in before

    code, text = cli(demo_file, capsys, "import", "feedback", str(returns), "--yes")
    assert code == 0 and text.count("无变化") == 2 and "已导入" not in text
    assert reports_of(demo_file, "市住建委") == before

    # Taking in one quarter only: another quarter's form, or an instruction's, is refused.
    code, text = cli(demo_file, capsys, "import", "feedback", str(returns), "--quarter", "2014Q3", "--dry-run")
    assert code == 1
    assert "本表是2014年第4季度的反馈表，不是2014年第3季度的" in text


def test_a_quarter_goes_to_a_folder_and_is_written_2014Q4(demo_file, tmp_path, capsys):
    code, text = cli(demo_file, capsys, "export", "feedback", "--quarter", "2014Q4", "-o", str(tmp_path / "a.zip"))
    assert code == 1 and "-o 请给文件夹" in text
    code, text = cli(demo_file, capsys, "export", "feedback", "--quarter", "2014-4", "-o", str(tmp_path / "f"))
    assert code == 1 and "请写作 2014Q4" in text
    code, text = cli(demo_file, capsys, "export", "feedback", "--quarter", "2030Q1", "-o", str(tmp_path / "f"))
    assert code == 1 and "没有2030年的重点工作计划" in text
