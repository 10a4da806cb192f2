"""通报批评记录 from the 批示件 pane: listed, a draft edited with Chinese typed and Enter,
an issued one refused; the queue filter answers from SQL until its index arrives."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from models.instructions import criticism as c
from ui.instructions import criticism_records as cr

D = dt.date


@pytest.fixture
def pane(demo_db, db_path, actor, today, qtbot, monkeypatch):
    from ui.instructions.pane import Pane
    from ui.session import Session

    session = Session(db_path, actor, today)
    widget = Pane(session)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.index is not None, timeout=10000)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2]}"))
    widget.shown = shown
    return widget


def _notice(actor, today):
    pick = [x for x in c.current_candidates(today) if x.unit == "西乡塘区"]
    return c.create_criticism(actor, pick, today, D(2014, 11, 10), "11月10日前办结。")


def test_button_lists_records_and_edits_a_draft(pane, actor, today, qtbot, type_text, monkeypatch):
    notice = _notice(actor, today)
    opened: list[cr.CriticismRecordsDialog] = []
    monkeypatch.setattr(cr.CriticismRecordsDialog, "exec", lambda self: opened.append(self) or 0)
    pane.records_button.click()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    row = next(r for r, (n, _u, _k) in enumerate(dialog.records) if n.id == notice.id)
    assert dialog.table.item(row, 2).text() == "西乡塘区" and dialog.table.item(row, 5).text() == "草稿"
    dialog.table.selectRow(row)
    assert dialog.edit_button.isEnabled()

    changes: list[str] = []
    pane.session.changed.connect(changes.append)

    def fill(editor):
        qtbot.addWidget(editor)
        editor.show()
        editor.title.clear()
        type_text(editor.title, "关于对西乡塘区办理批示件不力的通报")
        editor.copy_to.clear()
        type_text(editor.copy_to, "市委、市政府领导")
        qtbot.keyClick(editor.copy_to, Qt.Key.Key_Return)  # Enter saves
        return editor.result()

    monkeypatch.setattr(cr.CriticismEditor, "exec", fill)
    dialog.edit_selected()
    saved = c.Criticism.get_by_id(notice.id)
    assert saved.title == "关于对西乡塘区办理批示件不力的通报" and saved.copy_to == "市委、市政府领导"
    assert "criticism" in changes
    assert dialog.table.item(row, 1).text() == saved.title

    c.issue_criticism(actor, notice.id, D(2014, 10, 29))
    dialog.reload()
    assert dialog.table.item(row, 5).text() == "已印发（2014-10-29）"
    assert not dialog.edit_button.isEnabled()
    dialog.edit_selected()
    assert "不能再修改" in pane.shown[-1]


def test_editor_shows_refusal_and_asks_before_dropping(pane, actor, today, qtbot, monkeypatch):
    notice = _notice(actor, today)
    editor = cr.CriticismEditor(pane.session, notice, pane)
    qtbot.addWidget(editor)
    editor.main_to.clear()
    editor.save()
    assert "主送" in editor.error.text() and c.Criticism.get_by_id(notice.id).main_to == notice.main_to
    editor.show()
    answer = [QMessageBox.StandardButton.No]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answer[0])
    editor.reject()
    assert asked and editor.isVisible()  # "No": the typed text stays
    answer[0] = QMessageBox.StandardButton.Yes
    editor.reject()
    assert len(asked) == 2 and not editor.isVisible() and editor.result() == QDialog.DialogCode.Rejected


def test_editor_never_saves_a_date_nobody_typed(pane, actor, today, qtbot):
    notice = _notice(actor, today)
    editor = cr.CriticismEditor(pane.session, notice, pane)
    qtbot.addWidget(editor)
    editor.required_by.edit.selectAll()
    qtbot.keyClicks(editor.required_by.edit, "11.31")
    editor.save()
    assert "2014年11月没有31日" in editor.error.text() and editor.required_by.text() == "11.31"
    assert c.Criticism.get_by_id(notice.id).required_by == D(2014, 11, 10)
    editor.required_by.edit.selectAll()
    qtbot.keyClicks(editor.required_by.edit, "11.30")
    editor.save()
    assert c.Criticism.get_by_id(notice.id).required_by == D(2014, 11, 30)


def test_make_document_without_main_window_says_where(pane, actor, today, qtbot):
    notice = _notice(actor, today)
    dialog = cr.CriticismRecordsDialog(pane.session, None)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(next(r for r, (n, _u, _k) in enumerate(dialog.records) if n.id == notice.id))
    dialog.make_document()
    assert "文档" in pane.shown[-1] and notice.title in pane.shown[-1]


def test_filter_answers_by_sql_when_the_index_could_not_be_built(pane, qtbot, type_text):
    from models.instructions import records as m

    pane.index = None
    pane._indexer.start(lambda: (_ for _ in ()).throw(RuntimeError("内存不足")))  # never delivers an index
    qtbot.waitUntil(lambda: not pane._indexer.busy, timeout=10000)
    type_text(pane.search, "西乡塘")
    pane.refresh()
    by_sql = (dict(pane.counts), [r[0] for r in pane.model.rows])
    assert pane._by_sql and by_sql[0]["all"] > 0
    pane._build_index()
    qtbot.waitUntil(lambda: pane.index is not None, timeout=10000)
    assert not pane._by_sql
    assert (dict(pane.counts), [r[0] for r in pane.model.rows]) == by_sql
    assert all(m.Instruction.get_by_id(i).state for i in by_sql[1][:5])
