"""A 反馈表 filled and saved again by LibreOffice (as a unit on WPS/LibreOffice would)
reads back identically and is taken in. Skipped where LibreOffice is not installed."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from models.instructions import feedback as fb
from models.instructions import records as m
from models.instructions import workflow as wf
from models.reference.directory import UnitData, save_unit
from reports.feedback_form import write_form

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
D = dt.date


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_form_saved_by_libreoffice_reads_back_identically(db, actor, tmp_path):
    unit = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委"))
    ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1),
                                                text="请市住建委牵头研究。\n一、摸清底数；\n二、十月底前报方案。"))
    wf.accept(actor, ins.id, D(2014, 9, 2))
    wf.assign(actor, ins.id, D(2014, 9, 26), [wf.AssignmentSpec(unit.id, deadline=D(2014, 11, 20))])
    [form] = fb.forms_for(actor, ins.number, D(2014, 10, 28))
    path = write_form(form, tmp_path / form.file_name)
    wb = load_workbook(path)
    ws = wb[fb.FORM_SHEET]
    ws[fb.CELLS["signed_by"]] = "王芳"
    ws[fb.CELLS["signed_on"]] = dt.datetime(2014, 9, 29)
    ws[fb.CELLS["progress_on"]] = "2014-10-20"
    ws[fb.CELLS["progress"]] = "已摸清底数，共 126 个小区。"
    wb.save(path)
    out = tmp_path / "lo"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(path)], check=True, capture_output=True,
                   timeout=180)
    again = out / path.name
    before, after = load_workbook(path), load_workbook(again)
    cells = {k: before[fb.FORM_SHEET][a].value for k, a in fb.CELLS.items()}
    assert {k: after[fb.FORM_SHEET][a].value for k, a in fb.CELLS.items()} == cells
    assert [[c.value for c in r] for r in after[fb.SEAL_SHEET].iter_rows()] == \
        [[c.value for c in r] for r in before[fb.SEAL_SHEET].iter_rows()]
    assert after[fb.SEAL_SHEET].sheet_state != "visible" and after[fb.FORM_SHEET].protection.sheet
    assert after[fb.FORM_SHEET][fb.CELLS["text"]].protection.locked
    assert not after[fb.FORM_SHEET][fb.CELLS["progress"]].protection.locked
    v = fb.judge(again, D(2014, 10, 28))
    assert v.accepted, v.reason
    assert v.changes == ["登记签收（王芳，2014-09-29）", "报送进展（2014-10-20）"]
    fb.take_in(actor, v, D(2014, 10, 28))
    assert m.assignments_of(ins.id)[0].signed_by == "王芳"
