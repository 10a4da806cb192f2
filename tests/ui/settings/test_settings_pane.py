"""设置: the first tab is built at once, the others (and what they import) when first shown."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_each_tab_but_the_first_is_built_when_first_shown(db, db_path, today, qtbot):
    from ui.calendar.settings import CalendarSettings
    from ui.reference.editors import LeadersEditor, UnitsEditor
    from ui.safety.settings import SafetySettings
    from ui.session import Session
    from ui.settings.pane import FontsInfo, OptionsForm, Pane

    pane = Pane(Session(db_path, today=today))
    qtbot.addWidget(pane)
    assert isinstance(pane.tabs.currentWidget(), UnitsEditor)
    assert all(pane.tabs.widget(i).layout().count() == 0 for i in range(1, pane.tabs.count()))
    pane.tabs.setCurrentIndex(3)  # shown: built
    assert pane.tabs.widget(3).layout().count() == 1 and isinstance(pane.tab(3), OptionsForm)
    assert pane.tabs.widget(1).layout().count() == 0
    kinds = [type(pane.tab(i)) for i in range(pane.tabs.count())]
    assert kinds == [UnitsEditor, LeadersEditor, CalendarSettings, OptionsForm, FontsInfo, SafetySettings]
    assert pane.tab(3) is pane.tab(3) and pane.tabs.widget(3).layout().count() == 1  # built once
    assert pane.leaders is pane.tab(1)
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == \
        ["单位", "领导", "工作日历", "选项", "公文字体", "账号与备份"]


def test_the_leaders_editor_is_there_for_an_import_before_its_tab_was_shown(db, db_path, today, qtbot):
    from ui.reference.editors import LeadersEditor
    from ui.session import Session
    from ui.settings.pane import Pane

    pane = Pane(Session(db_path, today=today))
    qtbot.addWidget(pane)
    assert pane.tabs.widget(1).layout().count() == 0
    assert isinstance(pane.leaders, LeadersEditor) and pane.tabs.widget(1).layout().count() == 1


_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from models.core.schema import open_database
from ui.session import Session
from ui.settings.pane import Pane
app = QApplication([])
open_database(sys.argv[1])
pane = Pane(Session(sys.argv[1]))
heavy = ("ui.safety.settings", "ui.calendar.settings", "reports.fonts")
print("built", [m for m in heavy if m in sys.modules])
pane.tabs.setCurrentIndex(4)
pane.tabs.setCurrentIndex(5)
print("shown", [m for m in heavy if m in sys.modules])
"""


def test_the_pane_imports_what_a_tab_needs_only_when_it_is_shown(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUCHA_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "p.sqlite3")], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "built []" in done.stdout
    assert "shown ['ui.safety.settings', 'reports.fonts']" in done.stdout
