"""督查调研 pane: editing and deleting visits, rewording findings, deleting a topic."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.core.audit import AuditLog
from models.reference.directory import UnitData, save_unit
from models.research import topics as r

TODAY = dt.date(2014, 10, 28)


def _make_pane(db_path, qtbot, actor=None):
    from ui.research.pane import Pane
    from ui.session import Session

    session = Session(db_path, today=TODAY) if actor is None else Session(db_path, today=TODAY, actor=actor)
    p = Pane(session)
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


@pytest.fixture
def topic(db, actor):
    u = save_unit(actor, UnitData("马山县人民政府", "马山县"))
    t = r.save_topic(actor, r.TopicData("马山县特色城镇化建设", "领导关注的重点问题", 2014, "陈文军",
                                        dt.date(2014, 8, 4), dt.date(2014, 12, 20), [u.id]))
    r.save_visit(actor, t.id, r.VisitData(dt.date(2014, 9, 10), "白山镇", "陈文军", "座谈", [u.id]))
    r.save_visit(actor, t.id, r.VisitData(dt.date(2014, 9, 12), "古零镇"))
    r.add_finding(actor, t.id, "加快小城镇基础设施建设")
    return t


@pytest.fixture
def pane(topic, db_path, qtbot):
    return _make_pane(db_path, qtbot)


@pytest.fixture
def changes(pane):
    seen: list[str] = []
    pane.session.changed.connect(seen.append)
    return seen


@pytest.fixture
def asked(monkeypatch):
    """QMessageBox.question answers with ``asked.answer``; the questions are recorded."""
    class Asked(list):
        answer = QMessageBox.StandardButton.Yes

    log = Asked()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: log.append(a[2]) or log.answer)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning shown: {a[2]}"))
    return log


def _select_row(table, qtbot, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_opens_the_visit_prefilled_and_saves_the_new_place(pane, qtbot, monkeypatch,
                                                                        type_text, changes):
    from ui.research import pane as ui

    d = pane.detail
    assert d.visits.rowCount() == 2 and not d.edit_visit_button.isEnabled()
    seen = []

    def fill(form):
        seen.append((form.windowTitle(), form.place.text(), form.people.text(), form.notes.toPlainText(),
                     list(form.units.ids)))
        form.place.clear()
        type_text(form.place, "白山镇新村")
        form._try_save()
        return form.result() or 1

    monkeypatch.setattr(ui.VisitForm, "exec", fill)
    rect = d.visits.visualRect(d.visits.model().index(0, 1))
    qtbot.mouseClick(d.visits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(d.visits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    title, place, people, notes, unit_ids = seen[0]
    assert (title, place, people, notes) == ("修改实地调研", "白山镇", "陈文军", "座谈")
    assert len(unit_ids) == 1
    visits = list(r.FieldVisit.select().order_by(r.FieldVisit.day))
    assert [v.place for v in visits] == ["白山镇新村", "古零镇"]
    assert len(r.visit_units(visits[0].id)) == 1  # units kept through the edit
    assert d.visits.item(0, 1).text() == "白山镇新村"
    assert "research" in changes


def test_edit_button_edits_the_selected_visit(pane, qtbot, monkeypatch, type_text):
    from ui.research import pane as ui

    def fill(form):
        form.place.clear()
        type_text(form.place, "古零镇羊山村")
        form._try_save()
        return 1

    monkeypatch.setattr(ui.VisitForm, "exec", fill)
    d = pane.detail
    _select_row(d.visits, qtbot, 1)
    qtbot.mouseClick(d.edit_visit_button, Qt.MouseButton.LeftButton)
    assert sorted(v.place for v in r.FieldVisit.select()) == ["古零镇羊山村", "白山镇"]


def test_delete_visit_only_after_confirming(pane, qtbot, asked, changes):
    d = pane.detail
    _select_row(d.visits, qtbot, 1)
    asked.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(d.delete_visit_button, Qt.MouseButton.LeftButton)
    assert "古零镇" in asked[0]
    assert r.FieldVisit.select().count() == 2 and changes == []
    asked.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(d.delete_visit_button, Qt.MouseButton.LeftButton)
    assert [v.place for v in r.FieldVisit.select()] == ["白山镇"]
    assert d.visits.rowCount() == 1 and "research" in changes
    assert AuditLog.select().where(AuditLog.summary.contains("删除实地调研")).count() == 1


def test_reword_a_finding(pane, qtbot, monkeypatch, type_text, changes):
    from ui.research import pane as ui

    def fill(form):
        assert form.text.toPlainText() == "加快小城镇基础设施建设"
        form.text.clear()
        type_text(form.text, "加快白山镇、古零镇基础设施建设")
        form._try_save()
        return 1

    monkeypatch.setattr(ui.FindingForm, "exec", fill)
    d = pane.detail
    rect = d.findings.visualRect(d.findings.model().index(0, 1))
    qtbot.mouseClick(d.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(d.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert r.Finding.get().text == "加快白山镇、古零镇基础设施建设"
    assert d.findings.item(0, 1).text() == "加快白山镇、古零镇基础设施建设"
    assert "research" in changes


def test_empty_finding_refused_in_the_form(pane, qtbot, monkeypatch):
    from ui.research import pane as ui

    errors = []

    def fill(form):
        form.text.clear()
        form._try_save()
        errors.append(form.error.text())
        return 0

    monkeypatch.setattr(ui.FindingForm, "exec", fill)
    d = pane.detail
    _select_row(d.findings, qtbot, 0)
    qtbot.mouseClick(d.edit_finding_button, Qt.MouseButton.LeftButton)
    assert errors == ["内容不能为空。"]
    assert r.Finding.get().text == "加快小城镇基础设施建设"


def test_delete_finding_after_confirming(pane, qtbot, asked):
    d = pane.detail
    _select_row(d.findings, qtbot, 0)
    asked.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(d.delete_finding_button, Qt.MouseButton.LeftButton)
    assert r.Finding.select().count() == 1
    asked.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(d.delete_finding_button, Qt.MouseButton.LeftButton)
    assert r.Finding.select().count() == 0 and d.findings.rowCount() == 0


def test_delete_topic_names_it_and_removes_it(pane, qtbot, asked, changes, topic):
    d = pane.detail
    assert d.topic.id == topic.id
    asked.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(d.delete_topic_button, Qt.MouseButton.LeftButton)
    assert "马山县特色城镇化建设" in asked[0]
    assert r.ResearchTopic.select().count() == 1
    asked.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(d.delete_topic_button, Qt.MouseButton.LeftButton)
    assert r.ResearchTopic.select().count() == 0 and r.FieldVisit.select().count() == 0
    assert pane.table.rowCount() == 0 and d.topic is None
    assert "research" in changes


def test_delete_topic_refused_with_the_workflow_message(pane, qtbot, monkeypatch, actor, topic):
    r.start_coordination(actor, topic.id, TODAY)
    pane.reload(topic.id)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked about a refused delete"))
    qtbot.mouseClick(pane.detail.delete_topic_button, Qt.MouseButton.LeftButton)
    assert warned == ["课题已进入“协调”阶段，不能删除。"]
    assert r.ResearchTopic.select().count() == 1


def test_viewer_sees_no_edit_or_delete_controls(topic, db_path, qtbot, viewer, monkeypatch):
    from ui.research import pane as ui

    p = _make_pane(db_path, qtbot, actor=viewer)
    d = p.detail
    assert d.topic is not None
    for b in (d.delete_topic_button, d.edit_visit_button, d.delete_visit_button,
              d.edit_finding_button, d.delete_finding_button):
        assert not b.isVisible() and not b.isEnabled()
    monkeypatch.setattr(ui.VisitForm, "exec", lambda self: pytest.fail("viewer opened a form"))
    rect = d.visits.visualRect(d.visits.model().index(0, 1))
    qtbot.mouseDClick(d.visits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
