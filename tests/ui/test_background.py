"""Work in Qt's thread pool (ui.background.submit): results, progress and every object the
work used come back to the UI thread; a worker never frees an object of the UI thread's.

A print job dropped as soon as it had finished crashed the process (a segmentation fault
in CI right after test_printing's cancel test): the pool freed the runnable, which held
the job's signals object, on the worker while the UI thread freed the job.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from ui import background

ROOT = Path(__file__).resolve().parents[2]


class _Witness:
    """Records the thread that freed it."""

    def __init__(self, freed_on: list[int]) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def _submitted(qtbot, work, progress=None):
    ended: list[tuple] = []
    background.submit(work, lambda result, error: ended.append((result, error, threading.get_ident())), progress)
    qtbot.waitUntil(lambda: bool(ended), timeout=10000)
    return ended[0]


def test_the_result_and_the_progress_arrive_on_the_ui_thread(qtbot):
    reports: list[tuple] = []
    worker: list[int] = []

    def work(report):
        worker.append(threading.get_ident())
        for n in (1, 2, 3):
            report(n, 3)
        return "完成"

    result, error, thread = _submitted(qtbot, work, lambda done, total: reports.append((done, total, threading.get_ident())))
    ui = threading.get_ident()
    assert (result, error, thread) == ("完成", "", ui)
    assert worker and worker[0] != ui
    assert reports == [(1, 3, ui), (2, 3, ui), (3, 3, ui)]


def test_an_exception_in_the_work_arrives_as_its_type_and_text(qtbot):
    def work(_report):
        raise ValueError("文件已损坏")

    result, error, _ = _submitted(qtbot, work)
    assert result is None and error == "ValueError: 文件已损坏"


def _work_holding(witness: _Witness, fails: bool):
    def work(_report):
        if fails:
            raise RuntimeError("失败")
        return len(witness.freed_on)

    return work


@pytest.mark.parametrize("fails", [False, True])
def test_what_the_work_used_is_freed_on_the_ui_thread(qtbot, fails):
    freed_on: list[int] = []
    # Only the work holds the witness, and the test does not hold the work: whoever lets
    # go of the work last frees the witness.
    background.submit(_work_holding(_Witness(freed_on), fails), lambda result, error: None)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=10000)
    assert freed_on == [threading.get_ident()]


def test_what_the_work_returned_is_freed_on_the_ui_thread(qtbot):
    freed_on: list[int] = []
    ended: list[bool] = []
    background.submit(lambda _report: _Witness(freed_on), lambda result, error: ended.append(True))
    qtbot.waitUntil(lambda: bool(ended) and bool(freed_on), timeout=10000)
    assert freed_on == [threading.get_ident()]


def test_nothing_is_held_once_the_work_has_ended(qtbot):
    _submitted(qtbot, lambda _report: 1)
    qtbot.waitUntil(lambda: not background._the_relay().outlets, timeout=10000)


MANY_JOBS_DROPPED_AT_ONCE = textwrap.dedent(
    """
    import gc
    import io
    from PySide6.QtCore import QEventLoop, QThreadPool
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QWidget
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from ui import printing
    from ui.background import Background

    app = QApplication([])
    gc.disable()  # as the window and the tests do: only reference counts free objects here
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(100, 700, "x")
    c.showPage()
    c.save()
    for i in range(600):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(OUT)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        job = printing.PrintJob(buf.getvalue(), printer, [0])
        loop = QEventLoop()
        job.finished.connect(lambda *_: loop.quit())
        job.start()
        loop.exec()
        del job, printer, loop  # at once, as a test function's return or a closed dialog does
        owner = QWidget()
        worker = Background(owner)
        worker.start(lambda: sum(range(20000)))
        del worker
        owner.deleteLater()  # the pane goes while its work runs
        del owner
        app.processEvents()
    QThreadPool.globalInstance().waitForDone(10000)
    app.processEvents()
    print("survived", flush=True)
    """
)


def test_jobs_dropped_as_soon_as_they_end_do_not_crash_a_fresh_process(tmp_path):
    """Before the relay, 300 of these crashed 6 runs in 6 on an idle machine and about a
    third under load (PySide6 6.11.3, Python 3.11, 2 cores)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = f"OUT = {str(tmp_path / 'out.pdf')!r}\n" + MANY_JOBS_DROPPED_AT_ONCE
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
