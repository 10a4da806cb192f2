"""ElidedLabel: a long line is shortened with "…" and does not ask for its full width."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.widgets.elided_label import ElidedLabel

LONG = "数据库：" + "D:/督查室共享文件夹/2014年度/" * 8 + "ducha.sqlite3"


def test_long_text_is_elided_and_kept_in_the_tooltip(qtbot):
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    assert label.minimumSizeHint().width() < QLabel(LONG).minimumSizeHint().width() // 5
    label.resize(300, 24)
    label.show()
    shown = label.shown_text()
    assert shown.endswith("…") and shown[:-1] == LONG[:len(shown) - 1]
    assert label.toolTip() == LONG and label.text() == LONG


def test_short_text_is_shown_whole_without_tooltip(qtbot):
    label = ElidedLabel("今天：2014年10月28日")
    qtbot.addWidget(label)
    label.resize(400, 24)
    label.show()
    assert label.shown_text() == label.text() and label.toolTip() == ""
    label.setText(LONG)
    assert label.toolTip() == LONG


def test_middle_elision_keeps_the_file_name(qtbot):
    from PySide6.QtCore import Qt

    label = ElidedLabel(LONG, mode=Qt.TextElideMode.ElideMiddle)
    qtbot.addWidget(label)
    label.resize(300, 24)
    label.show()
    assert "…" in label.shown_text() and label.shown_text().endswith("ducha.sqlite3")
