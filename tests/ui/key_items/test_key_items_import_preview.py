"""The 重点工作 pane's import preview: counts of 新增/更新/无变化/有误, updates old → new."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox


@pytest.fixture
def pane(demo_db, today, tmp_path, qapp, qtbot):
    from ui.key_items.pane import Pane
    from ui.session import Session

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    p = Pane(Session(tmp_path / "ducha.sqlite3", today=today))
    qtbot.addWidget(p)
    p.show()
    return p


@pytest.fixture
def shown(monkeypatch):
    """The previews the pane opened; ``answer[0]`` is what the clerk clicks."""
    from ui.key_items.plan_io import ImportPreview

    seen, answer, told = [], [QDialog.DialogCode.Rejected], []
    monkeypatch.setattr(ImportPreview, "exec", lambda self: seen.append(self) or answer[0])
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: told.append(text))
    return seen, answer, told


def _audit_count():
    from models.core.audit import AuditLog

    return AuditLog.select().count()


def test_exported_ledger_previews_as_unchanged_and_cannot_be_imported(pane, tmp_path, shown):
    seen, answer, told = shown
    path = tmp_path / "台账.xlsx"
    pane.export_ledger(str(path))
    before = _audit_count()
    answer[0] = QDialog.DialogCode.Accepted
    pane.import_plan(str(path))
    dialog = seen[0]
    assert dialog.summary_label.text() == "2014年计划：新增 0 项，更新 0 项，无变化 22 项，有误 0 处"
    assert not dialog.ok_button.isEnabled() and dialog.rows.rowCount() == 0
    assert _audit_count() == before and told == []


def test_changed_row_is_listed_old_to_new_and_written_on_import(pane, tmp_path, shown):
    from models.key_items.items import KeyItem

    seen, answer, told = shown
    path = tmp_path / "台账.xlsx"
    pane.export_ledger(str(path))
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == 6)
    ws.cell(row, 5).value = "市住建委"
    ws.append([23, "新增事项", "", "", "市住建委", "", "2014-12-31", ""])
    wb.save(path)
    version = KeyItem.get(KeyItem.number == 6).version
    pane.import_plan(str(path))  # the clerk cancels: nothing written
    dialog = seen[0]
    assert dialog.summary_label.text() == "2014年计划：新增 1 项，更新 1 项，无变化 21 项，有误 0 处"
    assert dialog.ok_button.isEnabled() and dialog.rows.rowCount() == 2
    cells = [[dialog.rows.item(r, c).text() for c in range(5)] for r in range(2)]
    assert cells[0][:3] == [str(row), "6", "更新"] and cells[0][4] == "牵头单位：市交通运输局 → 市住建委"
    assert cells[1][1:3] == ["23", "新增"]
    assert KeyItem.get(KeyItem.number == 6).version == version
    assert not KeyItem.select().where(KeyItem.number == 23).exists()
    answer[0] = QDialog.DialogCode.Accepted
    pane.import_plan(str(path))
    assert told == ["已导入 2 项：新增 1 项，更新 1 项。"]
    assert KeyItem.get(KeyItem.number == 6).lead_unit.short_name == "市住建委"
    assert pane.model.rowCount() == 23


def test_file_with_errors_shows_them_and_counts(pane, tmp_path, shown):
    seen, _answer, _told = shown
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "工作事项", "牵头单位", "完成时限"])
    wb.active.append([6, "改名一", "市交通运输局", "2014-10-31"])
    wb.active.append([6, "改名二", "市交通运输局", "2014-10-31"])
    wb.save(tmp_path / "twice.xlsx")
    pane.import_plan(str(tmp_path / "twice.xlsx"))
    dialog = seen[0]
    assert dialog.summary_label.text().endswith("新增 0 项，更新 1 项，无变化 0 项，有误 1 处")
    assert not dialog.ok_button.isEnabled() and dialog.errors.rowCount() == 1
    assert "与第2行重复" in dialog.errors.item(0, 2).text()


def test_blank_cells_keep_the_stored_values_and_the_note_says_so(pane, tmp_path, shown):
    from models.key_items.items import KeyItem, check_days, responsible_unit_ids

    seen, answer, told = shown
    path = tmp_path / "台账.xlsx"
    pane.export_ledger(str(path))
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, 1).value == 6)
    ws.cell(row, 2).value = "吴圩国际机场新航站区配套道路建设（二期）"
    for column in (3, 4, 6, 8, 9):  # 工作内容, 来源, 责任单位, 督查时间, 纳入绩效考评 left empty
        ws.cell(row, column).value = None
    wb.save(path)
    item = KeyItem.get(KeyItem.number == 6)
    kept = (item.content, item.source, item.performance, set(responsible_unit_ids(item.id)), check_days(item.id))
    assert item.content and kept[3] and (item.quarterly or kept[4])  # there is something a blank could wipe
    answer[0] = QDialog.DialogCode.Accepted
    pane.import_plan(str(path))
    dialog = seen[0]
    assert dialog.rows.rowCount() == 1
    assert dialog.rows.item(0, 4).text() == (
        "工作事项：吴圩国际机场新航站区配套道路建设 → 吴圩国际机场新航站区配套道路建设（二期）")
    assert "空白格保持原值；如需清空请在事项表单中修改" in dialog.update_note.text()
    assert told == ["已导入 1 项：新增 0 项，更新 1 项。"]
    fresh = KeyItem.get_by_id(item.id)
    assert fresh.title.endswith("（二期）")
    assert (fresh.content, fresh.source, fresh.performance, set(responsible_unit_ids(fresh.id)),
            check_days(fresh.id)) == kept
    assert fresh.quarterly == item.quarterly


def test_a_file_that_only_changes_stages_previews_them_and_imports(pane, tmp_path, shown):
    from models.key_items.items import KeyItem
    from models.key_items.stages import KeyItemStage

    seen, answer, told = shown
    path = tmp_path / "台账.xlsx"
    pane.export_ledger(str(path))
    wb = openpyxl.load_workbook(path)
    st = wb.create_sheet("阶段")
    st.append(["事项序号", "阶段序号", "阶段名称", "完成时限", "责任单位", "完成日期"])
    st.append([7, 2, "沿线管线迁改完成", "2014-10-15", "市住建委", "2014-10-27"])  # the demo's overdue stage, done
    st.append([1, 1, "协调会议", "2014-11-20", "市重大办", None])
    wb.save(path)
    item7 = KeyItem.get(KeyItem.number == 7)
    pane.import_plan(str(path))  # the clerk looks, then cancels
    dialog = seen[0]
    assert dialog.summary_label.text() == ("2014年计划：新增 0 项，更新 0 项，无变化 22 项，有误 0 处；"
                                           "阶段：新增 1 个，更新 1 个，无变化 0 个")
    assert dialog.ok_button.isEnabled() and dialog.rows.rowCount() == 2
    cells = [[dialog.rows.item(r, c).text() for c in range(5)] for r in range(2)]
    assert cells[0] == ["2", "7-2", "更新阶段", "沿线管线迁改完成", "完成日期：（空） → 2014-10-27"]
    assert cells[1][:3] == ["3", "1-1", "新增阶段"] and dialog.update_note is not None
    answer[0] = QDialog.DialogCode.Accepted
    pane.import_plan(str(path))
    assert told == ["已导入 0 项：新增 0 项，更新 0 项。阶段：新增 1 个，更新 1 个。"]
    done = KeyItemStage.get((KeyItemStage.item == item7.id) & (KeyItemStage.number == 2))
    assert done.done_on is not None and done.done_on.isoformat() == "2014-10-27"
    assert KeyItemStage.select().join(KeyItem).where(KeyItem.number == 1).count() == 1
