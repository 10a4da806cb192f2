"""Every import offers its template beside it; units and leaders import from 设置."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.main_window import PANES, load_pane
from ui.session import Session


@pytest.fixture
def panes(db, db_path, today, qtbot):
    """Build a pane by key, as the main window does (no 工作台 refreshing beside the test)."""
    session = Session(db_path, today=today)
    built = {}

    def pane(key):
        if key not in built:
            built[key] = load_pane(next(s for s in PANES if s.key == key), session)
            qtbot.addWidget(built[key])
        return built[key]

    return pane


def test_every_import_offers_its_template(panes):
    from ui.calendar.settings import CalendarSettings

    settings = panes("settings")
    settings.tabs.setCurrentIndex(2)  # 工作日历 is built when first shown
    found = {
        "units": settings.units.template_btn, "leaders": settings.leaders.template_btn,
        "plan": panes("key_items").template_btn, "ledger": panes("instructions").template_button,
        "messages": panes("messages").template_button,
        "workdays": settings.findChild(CalendarSettings).template_button,
    }
    from models.overview.import_templates import NAMES

    assert sorted(found) == sorted(NAMES)
    for name, button in found.items():
        assert button.template.name == name


def test_the_leaders_import_lists_bad_rows_and_writes_nothing(panes, tmp_path, monkeypatch):
    from models.reference.directory import Leader

    bad = tmp_path / "领导.csv"
    bad.write_text("姓名,职务,层级\n黄振宇,市委书记,市\n覃海明,自治区党委副书记,省\n", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked to import a bad file"))
    panes("settings").leaders.import_file(str(bad))
    assert "第3行" in warned[-1] and "省" in warned[-1] and "请改正后重新导入" in warned[-1]
    assert Leader.select().count() == 0


def test_the_units_import_says_when_a_file_changes_nothing(panes, tmp_path, monkeypatch):
    from models.overview.import_templates import template
    from models.reference.directory import Unit
    from reports.import_template import write_template

    path = write_template(template("units"), tmp_path / "units.xlsx", 2014)
    said = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    editor = panes("settings").units
    editor.import_file(str(path))
    assert Unit.select().count() == 1 and editor.model.rowCount() == 1
    editor.import_file(str(path))  # the same file again
    assert "与现有记录一致" in said[-1] and Unit.select().count() == 1
