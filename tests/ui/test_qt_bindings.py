"""The installed Qt bindings survive a long session, checked in a fresh interpreter.

pytest's own process holds ~10⁵ references to ``None``, so a binding that drops one per
void call (PySide6 6.12.0 on Python ≤ 3.11) would pass any test run in it; a fresh
interpreter holds ~5,200 and aborts with "none_dealloc" after a few thousand calls.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LONG_SESSION = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit
    app = QApplication([])
    label, edit, combo = QLabel(), QLineEdit(), QComboBox()
    for i in range(30000):
        label.setText("第%d条" % i)
        label.setToolTip("提示")
        edit.setText("输入")
        edit.clear()
        combo.addItem("单位")
        if i % 500 == 0:
            combo.clear()
    print("survived", flush=True)
    """
)


def _fresh(code: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)


def test_a_long_session_of_void_qt_calls_does_not_abort():
    done = _fresh(LONG_SESSION)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout


def test_the_start_up_check_passes_on_the_installed_bindings():
    done = _fresh("from ui.qt_check import none_references_lost, binding_problem\n"
                  "print(none_references_lost(), binding_problem())")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["0", "None"]


def test_the_start_up_check_names_the_version_when_references_leak(monkeypatch):
    from ui import qt_check

    monkeypatch.setattr(qt_check, "none_references_lost", lambda calls=0: qt_check.PROBE_CALLS)
    message = qt_check.binding_problem()
    assert message is not None
    assert "PySide6" in message and "constraints.txt" in message and "不启动" in message


def test_the_window_refuses_to_start_on_unsafe_bindings(monkeypatch, tmp_path, qapp):
    from PySide6.QtWidgets import QMessageBox

    from ui import app

    shown = []
    monkeypatch.setattr(app, "binding_problem", lambda: "有已知缺陷")
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert app.run_gui(tmp_path / "x.sqlite3") == 3
    assert shown == ["有已知缺陷"]
    assert not (tmp_path / "x.sqlite3").exists()
