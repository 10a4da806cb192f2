"""The Qt Linguist source compiles and loads."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from resources.i18n import ensure_compiled

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "ducha_en.ts"


def test_ts_lists_the_interface_strings():
    text = TS.read_text(encoding="utf-8")
    assert "<context>" in text and "<source>督查工作台</source>" in text


@pytest.mark.skipif(not shutil.which("pyside6-lrelease"), reason="pyside6-lrelease not installed")
def test_ts_compiles_to_qm_and_loads(tmp_path, qapp):
    from PySide6.QtCore import QTranslator

    shutil.copy(TS, tmp_path / "ducha_en.ts")
    qm = ensure_compiled(tmp_path, "en_US")
    assert qm is not None and qm.name == "ducha_en.qm" and qm.stat().st_size > 0
    assert QTranslator().load(str(qm))
    assert ensure_compiled(tmp_path, "fr_FR") is None


def _button_texts(box, buttons) -> list[str]:
    return [box.button(b).text().replace("(&Y)", "").replace("(&N)", "").replace("&", "") for b in buttons]


@pytest.fixture
def qt_translators(qapp):
    """Translators a test installs, removed again (with the default locale) afterwards."""
    from PySide6.QtCore import QLocale

    installed: list = []
    default = QLocale()
    yield installed
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(default)


def test_qt_own_buttons_speak_chinese_on_a_chinese_interface(qt_translators, qapp, monkeypatch):
    """No translation of ours for the system's language: Yes/No/Cancel read 是/否/取消."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from ui import app

    monkeypatch.setattr(app, "install_translator", lambda _app: None)  # e.g. an English Windows
    qt_translators.extend(app.install_translators(qapp))
    assert len(qt_translators) == 2  # Qt's catalogue and the labels it lacks
    box = QMessageBox(QMessageBox.Icon.Question, "印发", "确定印发吗？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    assert _button_texts(box, (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                               QMessageBox.StandardButton.Cancel)) == ["是", "否", "取消"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Discard | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Discard).text() == "丢弃"
    assert QLocale().language() == QLocale.Language.Chinese  # calendars name months in Chinese


def test_qt_own_strings_follow_our_translation_when_we_have_one(qt_translators, qapp):
    """With ducha_en loaded, Qt's strings are loaded for that language, not Chinese."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QMessageBox

    from ui.app import install_qt_translator

    translator = install_qt_translator(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if translator is not None:
        qt_translators.append(translator)
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Yes)
    assert _button_texts(box, (QMessageBox.StandardButton.Yes,)) == ["Yes"]


def test_the_file_dialog_has_no_english_label_on_a_chinese_interface(qt_translators, qapp, monkeypatch):
    """Qt's catalogue lacks "Look in:" and "Files of type:"; ours fills them."""
    import re

    from PySide6.QtWidgets import QFileDialog, QLabel

    from ui import app

    monkeypatch.setattr(app, "install_translator", lambda _app: None)
    qt_translators.extend(app.install_translators(qapp))
    dialog = QFileDialog(None, "导入批示件台账")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not [text for text in labels if re.search("[A-Za-z]{3}", text)], labels
    dialog.deleteLater()


def test_the_file_dialog_names_folder_drive_and_unknown_types_in_chinese(qt_translators, qapp, monkeypatch, tmp_path):
    """Qt's catalogue has no QAbstractFileIconProvider words: the 类型 column said "Folder"."""
    from PySide6.QtCore import QCoreApplication, QDir, QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    from ui import app

    monkeypatch.setattr(app, "install_translator", lambda _app: None)
    qt_translators.extend(app.install_translators(qapp))
    provider = QFileIconProvider()  # what QFileSystemModel, and so the file dialog, asks
    (tmp_path / "台账").mkdir()
    assert provider.type(QFileInfo(str(tmp_path / "台账"))) == "文件夹"
    assert provider.type(QFileInfo(QDir.rootPath())) == "驱动器"
    assert provider.type(QFileInfo(str(tmp_path / "不存在"))) == "未知"
    # The Windows wording of a folder (asked with its own disambiguation there).
    assert QCoreApplication.translate("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer") == "文件夹"


def test_a_catalogue_that_translates_nothing_leaves_the_interface_and_qt_chinese(qt_translators, qapp, tmp_path,
                                                                                  monkeypatch):
    """An English Windows finds ducha_en.qm; while it has no finished translation, Qt's
    buttons must not switch to English beside our Chinese strings."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QMessageBox

    from ui import app

    # What lrelease writes for a catalogue with every entry unfinished (language "en").
    (tmp_path / "ducha_en.qm").write_bytes(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"
                                                         "a700000002656e88000000020101"))
    monkeypatch.setattr(app, "translations_dir", lambda: tmp_path)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: english))
    assert app.install_translator(qapp, english) is None
    qt_translators.extend(app.install_translators(qapp))
    box = QMessageBox(QMessageBox.Icon.Question, "印发", "确定印发吗？", QMessageBox.StandardButton.Yes)
    assert _button_texts(box, (QMessageBox.StandardButton.Yes,)) == ["是"]
