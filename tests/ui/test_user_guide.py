"""帮助 → 用户手册 (F1): the guide opens in the window, its pictures exist, its shortcuts are real."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.help_dialog import GuideDialog, guide_path
from ui.main_window import MainWindow
from ui.session import Session

GUIDE = guide_path()


@pytest.fixture
def window(db, db_path, today, qtbot):
    w = MainWindow(Session(db_path, today=today))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _window_shortcuts(text: str) -> list[str]:
    """The first table of 九、快捷键: the shortcuts of the whole window."""
    section = text.split("## 九、快捷键", 1)[1]
    table = next(block for block in section.split("\n\n") if block.startswith("|"))
    return [m.group(1) for m in re.finditer(r"^\| ([^|]+?) \| [^|]+ \|$", table, re.M)
            if m.group(1) not in ("快捷键", "---")]


def test_f1_opens_the_guide_with_its_title(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.guide
    assert isinstance(dialog, GuideDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.startswith("督查工作台 用户手册")
    assert "样稿" in text and "Ctrl+K" in text
    # The pictures are found beside the file (the browser resolves them to images).
    document = dialog.browser.document()
    first = re.search(r"!\[[^\]]*\]\(([^)]+)\)", GUIDE.read_text(encoding="utf-8")).group(1)
    assert document.baseUrl().resolved(first).toLocalFile() == str(GUIDE.parent / first)
    image = dialog.browser.loadResource(2, document.baseUrl().resolved(first))
    assert not image.isNull() and image.width() <= dialog.browser.viewport().width()
    dialog.close()
    window.show_guide()
    assert window.guide is dialog  # one guide window, raised again


def test_every_image_the_guide_links_exists():
    links = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", GUIDE.read_text(encoding="utf-8"))
    assert len(links) >= 12
    missing = [link for link in links if not (GUIDE.parent / link).is_file()]
    assert missing == []
    for link in links:
        assert not link.startswith(("/", "http")), link  # relative, so it works wherever installed


def test_the_shortcuts_the_guide_lists_are_the_windows_actions(window):
    listed = _window_shortcuts(GUIDE.read_text(encoding="utf-8"))
    assert "Ctrl+K" in listed and "F1" in listed and "Ctrl+1" in listed
    actions = {a.shortcut().toString(): a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    for key in listed:
        assert QKeySequence(key).toString() in actions, key
    # …and they can be read in the menus.
    in_menus = {a.shortcut().toString() for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    assert set(listed) <= in_menus


def test_a_missing_guide_says_what_to_do(qtbot, tmp_path):
    dialog = GuideDialog(path=tmp_path / "用户手册.md")
    qtbot.addWidget(dialog)
    assert "找不到用户手册" in dialog.browser.toPlainText()
