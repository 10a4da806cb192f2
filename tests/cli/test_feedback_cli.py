"""``export feedback`` and ``import feedback`` on the demonstration office: one line per
file, refusals with reasons, nothing written on --dry-run or a second import."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from cli import run
from models.instructions import feedback as fb

NUMBER = "督〔2013〕7号"


@pytest.fixture
def demo_file(demo_db, db_path):
    from models.core.db import close_database

    close_database()
    return db_path


def cli(db_path, capsys, *args):
    code = run([*args, "--db", str(db_path), "--today", "2014-10-28"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def fill(path, **answers):
    wb = load_workbook(path)
    for key, value in answers.items():
        wb[fb.FORM_SHEET][fb.CELLS[key]] = value
    wb.save(path)


def signed_units(db_path):
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.instructions import records as m

    open_database(db_path)
    try:
        ins = m.Instruction.get(m.Instruction.number == NUMBER)
        return {a.unit.name: a.signed_by for a in m.assignments_of(ins.id)}
    finally:
        close_database()


def test_export_a_folder_then_import_the_returns(demo_file, tmp_path, capsys):
    out = tmp_path / "forms"
    code, text = cli(demo_file, capsys, "export", "feedback", "--instruction", NUMBER, "-o", str(out))
    assert code == 0, text
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"反馈表-{NUMBER}-市发展改革委.xlsx", f"反馈表-{NUMBER}-市民政局.xlsx", f"反馈表-{NUMBER}.zip"]
    fill(out / f"反馈表-{NUMBER}-市民政局.xlsx", signed_by="陈明", signed_on=dt.datetime(2014, 10, 27))
    (out / "说明.xlsx").write_bytes(b"x")

    code, text = cli(demo_file, capsys, "import", "feedback", str(out), "--dry-run")
    assert code == 1  # a refused file is reported in the exit code
    assert f"接收  反馈表-{NUMBER}-市民政局.xlsx  {NUMBER} 南宁市民政局：登记签收（陈明，2014-10-27）" in text
    assert f"拒收  反馈表-{NUMBER}-市发展改革委.xlsx  {NUMBER} 南宁市发展和改革委员会：表中未填写任何内容" in text
    assert "拒收  说明.xlsx  不是有效的 .xlsx 文件" in text
    assert "（--dry-run：未写入）" in text
    assert signed_units(demo_file)["南宁市民政局"] == ""

    code, text = cli(demo_file, capsys, "import", "feedback", str(out), "--yes")
    assert "已导入 1 份反馈表。" in text
    assert signed_units(demo_file)["南宁市民政局"] == "陈明"

    code, text = cli(demo_file, capsys, "import", "feedback", str(out / f"反馈表-{NUMBER}-市民政局.xlsx"), "--yes")
    assert code == 0
    assert "无变化" in text and "已导入" not in text


def test_one_unit_as_one_xlsx_and_the_batch_as_a_zip(demo_file, tmp_path, capsys):
    code, text = cli(demo_file, capsys, "export", "feedback", "--instruction", NUMBER, "-o", str(tmp_path / "a.xlsx"))
    assert code == 1 and "请用 --unit" in text
    code, _ = cli(demo_file, capsys, "export", "feedback", "--instruction", NUMBER, "--unit", "市民政局",
                  "-o", str(tmp_path / "a.xlsx"))
    assert code == 0 and (tmp_path / "a.xlsx").is_file()
    code, _ = cli(demo_file, capsys, "export", "feedback", "--instruction", NUMBER, "-o", str(tmp_path / "b.zip"))
    assert code == 0 and (tmp_path / "b.zip").is_file()


def sent_forms(db_path):
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.instructions.feedback_due import SentForm

    open_database(db_path)
    try:
        return [(r.batch, r.kind, r.unit.short_name, r.sent_on, r.sign_due, r.due_on)
                for r in SentForm.select().order_by(SentForm.id)]
    finally:
        close_database()


def test_each_export_is_recorded_as_a_batch_with_its_due_dates(demo_file, tmp_path, capsys):
    code, text = cli(demo_file, capsys, "export", "feedback", "--instruction", NUMBER, "-o", str(tmp_path / "f"))
    assert code == 0, text
    assert "已登记为第 1 批发出的反馈表" in text
    first = sent_forms(demo_file)
    assert len(first) == 2 and {r[0] for r in first} == {1}
    assert all(r[3] == dt.date(2014, 10, 28) for r in first)
    for _batch, kind, unit, _sent, sign_due, due_on in first:
        assert f"{unit}" in text and f"{due_on.isoformat()} 前反馈" in text
        assert (sign_due is not None) == (kind == "交办")
    code, text = cli(demo_file, capsys, "export", "feedback", "--instruction", NUMBER, "--unit", "市民政局",
                     "-o", str(tmp_path / "a.xlsx"))
    assert code == 0 and "已登记为第 2 批" in text and "前反馈" in text
    code, text = cli(demo_file, capsys, "export", "feedback", "--instruction", NUMBER, "-o", str(tmp_path / "b.zip"))
    assert code == 0 and "已登记为第 3 批" in text
    assert [r[0] for r in sent_forms(demo_file)] == [1, 1, 2, 3, 3]
