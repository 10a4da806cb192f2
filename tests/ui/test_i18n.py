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
