"""设置: the first tab is built at once, the others (and what they import) when first shown;
a reference list loads the pinyin dictionary only once a filter or a sort needs it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_each_tab_but_the_first_is_built_when_first_shown(db, db_path, today, qtbot):
    from ui.calendar.settings import CalendarSettings
    from ui.reference.pane import LeadersEditor, UnitsEditor
    from ui.settings.pane import OptionsForm, Pane
    from ui.safety.settings import SafetySettings
    from ui.session import Session

    pane = Pane(Session(db_path, today=today))
    qtbot.addWidget(pane)
    assert isinstance(pane.tabs.currentWidget(), UnitsEditor)
    assert all(pane.tabs.widget(i).layout().count() == 0 for i in range(1, pane.tabs.count()))
    pane.tabs.setCurrentIndex(3)
    assert isinstance(pane.tab(3), OptionsForm) and pane.tabs.widget(1).layout().count() == 0
    kinds = [type(pane.tab(i)) for i in range(pane.tabs.count())]
    assert kinds[:4] == [UnitsEditor, LeadersEditor, CalendarSettings, OptionsForm] and kinds[5] is SafetySettings
    assert pane.tab(3) is pane.tab(3)  # built once
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())] == \
        ["单位", "领导", "工作日历", "选项", "公文字体", "账号与备份"]


_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from ui.widgets.record_table import ColumnSpec, RecordTableModel
app = QApplication([])
model = RecordTableModel([ColumnSpec("名称", lambda r: r)], lambda r: (r,))
model.set_records(["南宁市住房和城乡建设委员会", "南宁市交通运输局"])
print("shown", model.rowCount(), "pypinyin" in sys.modules)
model.set_filter("jt")
print("filtered", model.rowCount(), model.record(0), "pypinyin" in sys.modules)
"""


def test_a_reference_list_loads_pinyin_only_to_filter_or_sort(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "shown 2 False" in done.stdout
    assert "filtered 1 南宁市交通运输局 True" in done.stdout
