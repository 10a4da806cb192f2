"""An empty database: 工作台 shows the three first steps, each starting its import and
saving its template; every import offers its template; a demonstration says so."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def window(db, db_path, today, qtbot):
    w = MainWindow(Session(db_path, today=today))
    qtbot.addWidget(w)
    w.show()
    yield w
    qtbot.waitUntil(lambda: not w.pane("dashboard").worker.busy, timeout=10000)


@pytest.fixture
def templates(tmp_path):
    from models.overview.import_templates import template
    from reports.import_template import write_template

    return {name: write_template(template(name), tmp_path / f"{name}.xlsx", 2014)
            for name in ("units", "plan", "ledger")}


@pytest.fixture
def answers(monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: pytest.fail(text))
    return said


def _board(window, qtbot):
    pane = window.pane("dashboard")
    qtbot.waitUntil(lambda: pane.board is not None and not pane.worker.busy, timeout=10000)
    return pane


def test_each_first_step_starts_its_import_until_all_three_are_done(window, qtbot, templates, answers,
                                                                     monkeypatch):
    from models.instructions.records import Instruction
    from models.key_items.items import KeyItem
    from models.reference.directory import Unit
    from ui.instructions import pane as instructions
    from ui.key_items import plan_io as key_items
    from ui.reference import editors as reference

    pane = _board(window, qtbot)
    card = pane.first_steps
    assert not card.isHidden()
    assert [card.states[w].text() for w in ("units", "plan", "ledger")] == ["尚未导入"] * 3

    monkeypatch.setattr(reference.QFileDialog, "getOpenFileName", lambda *a, **k: (str(templates["units"]), ""))
    card.import_buttons["units"].click()
    assert Unit.select().count() == 1
    settings = window.pane("settings")
    assert window.stack.currentWidget() is settings and settings.tabs.currentWidget() is settings.units
    assert "已导入 1 条单位" in answers[-1]
    qtbot.waitUntil(lambda: card.states["units"].text() == "✓ 已有 1 个单位", timeout=10000)

    monkeypatch.setattr(key_items.QFileDialog, "getOpenFileName", lambda *a, **k: (str(templates["plan"]), ""))
    monkeypatch.setattr(key_items.ImportPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    card.import_buttons["plan"].click()
    assert window.stack.currentWidget() is window.pane("key_items")
    assert KeyItem.select().count() == 1

    monkeypatch.setattr(instructions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(templates["ledger"]), ""))
    card.import_buttons["ledger"].click()
    assert window.stack.currentWidget() is window.pane("instructions")
    assert Instruction.select().count() == 1

    # All three have records: the first steps give way to the day's work.
    qtbot.waitUntil(lambda: not pane.board.first_steps.needed, timeout=10000)
    assert card.isHidden()


def test_the_first_steps_save_each_template(window, qtbot, tmp_path, answers, monkeypatch):
    from openpyxl import load_workbook

    from models.reference.importing import UNIT_COLUMNS
    from ui.widgets import template_button

    target = tmp_path / "单位名录导入模板"
    monkeypatch.setattr(template_button.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    card = _board(window, qtbot).first_steps
    card.template_buttons["units"].click()
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    saved = target.with_suffix(".xlsx")
    assert str(saved) in answers[-1]
    assert [c.value for c in load_workbook(saved).worksheets[0][2]] == [c.header for c in UNIT_COLUMNS]
    assert card.template_buttons["plan"].template.name == "plan"
    assert card.template_buttons["ledger"].template.name == "ledger"


def test_a_demonstration_says_so_in_the_status_bar(db, db_path, qtbot, tmp_path):
    demo = MainWindow(Session(db_path, demo_day=dt.date(2014, 10, 28), home_path=tmp_path / "ducha.sqlite3"))
    qtbot.addWidget(demo)
    assert demo.today_label.text() == "演示数据：今天按 2014年10月28日 计"
    assert "演示数据" in demo.windowTitle()
    assert not demo.home_button.isHidden()
    office = MainWindow(Session(db_path, today=dt.date(2014, 10, 28)))
    qtbot.addWidget(office)
    assert office.today_label.text() == "今天：2014年10月28日"
    assert office.home_button.isHidden()
    # --today on a demonstration moves its day; the status bar still says it is one.
    later = MainWindow(Session(db_path, today=dt.date(2014, 12, 31), demo_day=dt.date(2014, 10, 28)))
    qtbot.addWidget(later)
    assert later.today_label.text() == "演示数据：今天按 2014年12月31日 计"
