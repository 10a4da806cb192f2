"""重点工作 pane → 季度反馈表: export a quarter's forms (dialogs answered), take a filled
one in through the review list (refused rows not tickable), and cancelling writes nothing."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox

from models.key_items import feedback as qf
from models.key_items.progress import KeyProgress

CHECK = Qt.ItemDataRole.CheckStateRole
FORM = "季度反馈表-2014年第4季度-市住建委.xlsx"


@pytest.fixture
def pane(key_items_pane, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2]}"))
    key_items_pane.shown = shown
    return key_items_pane


def finish(pane, qtbot):
    qtbot.waitUntil(lambda: pane._quarter_job is not None and not pane._quarter_job.busy, timeout=30000)


def export(pane, qtbot, monkeypatch, folder):
    offered = {}

    def get_item(_parent, _title, _label, items, current, _editable):
        offered["items"], offered["current"] = items, current
        return "2014Q4", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    pane.export_quarter_action.trigger()
    finish(pane, qtbot)
    return offered


def test_export_then_import_through_the_review_list(pane, tmp_path, monkeypatch, qtbot):
    from ui.instructions.feedback_dialog import FeedbackReviewDialog

    assert [a.text() for a in pane.feedback_btn.menu().actions()] == ["导出季度反馈表…", "导入反馈表…"]
    offered = export(pane, qtbot, monkeypatch, tmp_path)
    assert offered["items"] == ["2014Q1", "2014Q2", "2014Q3", "2014Q4"] and offered["current"] == 3
    assert (tmp_path / FORM).is_file() and (tmp_path / "季度反馈表-2014年第4季度.zip").is_file()
    assert "反馈表（第 1 批），应于 2015-01-08 前反馈" in pane.shown[-1]
    assert qf.QuarterFormSent.select().count() == len(list(tmp_path.glob("*.xlsx")))

    wb = load_workbook(tmp_path / FORM)
    ws = wb[qf.FORM_SHEET]
    ws[qf.HEAD["reported_on"]] = "2014-10-27"
    ws[f"F{qf.FIRST_ROW}"] = "完成主体工程"
    wb.save(tmp_path / FORM)
    other = tmp_path / "季度反馈表-2014年第4季度-市农委.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tmp_path / FORM), str(other)], ""))
    seen = {}

    def review(dialog: FeedbackReviewDialog):
        model = dialog.model
        seen["summary"] = dialog.findChildren(QLabel)[0].text()
        seen["headers"] = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        seen["rows"] = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
                        for r in range(model.rowCount())]
        assert model.setData(model.index(1, 0), Qt.CheckState.Checked.value, CHECK) is False  # refused: no tick
        dialog.take()
        return 1

    monkeypatch.setattr(FeedbackReviewDialog, "exec", review)
    before = KeyProgress.select().count()
    pane.import_quarter_action.trigger()
    finish(pane, qtbot)
    assert "由本室核实后在“变更状态”中标记完成" in seen["summary"]
    assert seen["headers"][2:4] == ["报送单位", "季度 / 年度计划"]
    first = seen["rows"][0]
    assert first[1] == FORM and first[2] == "南宁市住房和城乡建设委员会" and first[3].startswith("2014年第4季度 ")
    assert first[5].startswith("登记第") and seen["rows"][1][5] == "表中未填写任何事项的进展"
    # The rows the unit left blank are named in the review list, not passed over in silence.
    assert first[5] == "登记第2项进展；第5、7、8、14、15项未填写"
    assert pane.shown[-1] == "已接收 1 份反馈表。"
    assert KeyProgress.select().count() == before + 1
    assert qf.QuarterReturn.select().count() == 1


def test_cancelling_the_check_shows_nothing_and_writes_nothing(pane, tmp_path, monkeypatch, qtbot):
    from ui.instructions.feedback_dialog import FeedbackReviewDialog

    export(pane, qtbot, monkeypatch, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tmp_path / FORM)], ""))
    monkeypatch.setattr(FeedbackReviewDialog, "exec", lambda d: pytest.fail("review shown after 取消"))
    pane.import_quarter_action.trigger()
    pane._quarter_progress.cancel()
    finish(pane, qtbot)
    assert pane._quarter_progress is None and qf.QuarterReturn.select().count() == 0


def test_a_reader_cannot_export_or_import(key_items_session, qtbot, viewer):
    from ui.key_items.pane import Pane

    key_items_session.actor = viewer
    p = Pane(key_items_session)
    qtbot.addWidget(p)
    assert not p.feedback_btn.isEnabled()


def test_the_missing_tab_lists_late_reports_after_the_missing_ones(pane):
    from models.calendar.store import load_calendar
    from models.core import settings
    from models.key_items import progress as kp

    plan, today, cal = pane.plan(), pane.session.today(), load_calendar()
    before = len(kp.late_reports(plan.id, cal))
    item_id, unit_id = sorted((m.item_id, m.unit_id) for m in kp.missing_reports(plan.id, today, cal)
                              if (m.year, m.quarter) == (2014, 3))[0]
    due = kp.report_date(cal, 2014, 3, settings.get(kp.REPORT_WORKDAY))
    kp.save_progress(pane.session.actor, kp.ProgressData(item_id, unit_id, 2014, 3, today, "补报"))
    pane._show_missing(plan)
    table = pane.missing_table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    late = [row for row in cells if row[5].startswith("迟报")]
    assert len(late) == before + 1
    assert [due.isoformat(), f"迟报（{today.isoformat()} 报送）"] in [row[4:] for row in late]
    assert all(row[5] == "缺报" for row in cells[:cells.index(late[0])])
    assert pane.detail.tabText(4).endswith(f"迟报 {before + 1}）")
