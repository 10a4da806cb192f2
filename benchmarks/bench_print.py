"""Benchmark printing: a 20-page 督查通报 sent to a file printer while the window keeps ticking.

Run from the repository root (QT_QPA_PLATFORM=offscreen works)::

    python benchmarks/bench_print.py [--db demo.sqlite3] [--runs 3] [--old]

Builds the demo database (unless ``--db`` names one) and prepares the bulletin of
2014-01-01..2014-10-28 with as many extra narrative paragraphs as
make it exactly 20 pages. The printer is ``QPrinter(QPrinter.HighResolution)`` (1200 dpi)
with ``setOutputFormat(QPrinter.PdfFormat)`` and ``setOutputFileName(<tmp>/print-*.pdf)``,
A4 — Qt's own file printer, standing in for the spooler. The 文档 pane's
:class:`ui.printing.PrintJob` prints the 样稿 (what a clerk prints before 印发) and the
official file, while a 10 ms QTimer on the GUI thread records the longest gap between
its ticks (the longest the window could not run Python). Printed per run: the time from
start to the finished signal (time to spool), the worker thread's CPU time (the cost of
the job itself: on a shared machine the wall time also holds others' load), the spool
file's size, the longest GUI gap; first the gap of the same timer with nothing running.
``--old`` also times the previous way (whole pages as images at the printer's 1200 dpi,
painted on the GUI thread): slow, and about 0.5 GB of memory per page image.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = dt.date(2014, 10, 28)
START = dt.date(2014, 1, 1)
PAGES = 20
FILLER = ("各牵头单位要对照年度目标任务，逐项梳理推进情况，细化工作措施，明确责任人和完成时限，"
          "确保各项工作按计划推进；督查室将加强跟踪督查，及时通报进展情况。")


def _bulletin_of(pages: int):
    """The bulletin, padded with narrative paragraphs to exactly ``pages`` pages."""
    from models.documents.data import default_narrative
    from reports.issuing import prepare_bulletin

    base = default_narrative(START, TODAY)

    def make(extra: int):
        overview = "\n".join([base.overview] + [FILLER] * extra)
        return prepare_bulletin(START, TODAY, TODAY, TODAY, narrative=base.__class__(
            base.title, overview, base.key_items_comment, base.problems_comment, base.next_steps))

    low, high = 0, 1
    while make(high).rendered.pages < pages:
        low, high = high, high * 2
    while low < high:  # the fewest extra paragraphs that reach ``pages``
        mid = (low + high) // 2
        if make(mid).rendered.pages < pages:
            low = mid + 1
        else:
            high = mid
    prepared = make(low)
    if prepared.rendered.pages != pages:
        raise SystemExit(f"could not make a {pages}-page bulletin (got {prepared.rendered.pages})")
    return prepared


def _file_printer(path: Path):
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


class _Ticker:
    """A 10 ms timer on the GUI thread; ``gap`` is the longest time between two ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gap = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gap = max(self.gap, now - self._last)
        self._last = now

    def __enter__(self) -> _Ticker:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.stop()
        self._tick()


def _idle_gap(seconds: float) -> float:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    with _Ticker() as ticker:
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
    return ticker.gap


def _print_with_job(data: bytes, path: Path):
    from PySide6.QtCore import QEventLoop

    from ui import printing
    from ui.printing import PrintJob, raster_dpi

    original, cpu = printing.print_pages, []

    def timed(*args):  # the worker thread's own CPU time: what the job costs, whatever else runs
        start = time.thread_time()
        try:
            return original(*args)
        finally:
            cpu.append(time.thread_time() - start)

    printing.print_pages = timed
    printer = _file_printer(path)
    job = PrintJob(data, printer, range(PAGES))
    results = []
    loop = QEventLoop()
    job.finished.connect(lambda r: (results.append(r), loop.quit()))
    with _Ticker() as ticker:
        t0 = time.perf_counter()
        job.start()
        loop.exec()
        seconds = time.perf_counter() - t0
    printing.print_pages = original
    result = results[0]
    if result.error or result.printed != PAGES:
        raise SystemExit(f"print failed: {result}")
    return seconds, cpu[0], path.stat().st_size, ticker.gap, raster_dpi(printer.resolution())


def _print_old_way(data: bytes, path: Path):
    """The previous code path, on the GUI thread: page images at the printer's resolution."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument

    printer = _file_printer(path)
    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    t0 = time.perf_counter()
    painter = QPainter(printer)
    rect = painter.viewport()
    for i in range(PAGES):
        if i:
            printer.newPage()
        size = doc.pagePointSize(i)
        scale = min(rect.width() / size.width(), rect.height() / size.height())
        painter.drawImage(0, 0, doc.render(i, QSize(int(size.width() * scale), int(size.height() * scale))))
    painter.end()
    seconds = time.perf_counter() - t0
    return seconds, path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database (default: build one)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--old", action="store_true", help="also time the previous (GUI-thread, 1200 dpi) way")
    args = parser.parse_args(argv)

    import platform

    import PySide6
    from PySide6.QtWidgets import QApplication

    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="bench-print-"))
    db_path = args.db or work / "demo.sqlite3"
    open_database(db_path)
    try:
        if args.db is None:
            from models.demo import build_demo

            build_demo(LOCAL_ACTOR, TODAY)
        prepared = _bulletin_of(PAGES)
    finally:
        close_database()
    print(f"Python {platform.python_version()} / PySide6 {PySide6.__version__}; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"document: 督查通报, {prepared.rendered.pages} pages (样稿 {len(prepared.rendered.pdf) / 1e3:.0f} kB, "
          f"official {len(prepared.official.pdf) / 1e3:.0f} kB)")
    print(f"printer: QPrinter(HighResolution) = {_file_printer(work / 'probe.pdf').resolution()} dpi, "
          "PdfFormat, setOutputFileName, A4")
    print(f"GUI timer gap with nothing running: {_idle_gap(2.0) * 1000:.0f} ms")
    for label, data in (("样稿", prepared.rendered.pdf), ("official", prepared.official.pdf)):
        for run in range(1, args.runs + 1):
            seconds, cpu, size, gap, dpi = _print_with_job(data, work / f"print-{run}.pdf")
            print(f"PrintJob {label:8s} run {run}: {PAGES} pages spooled in {seconds:.2f} s "
                  f"(worker CPU {cpu:.2f} s), spool {size / 1e6:.1f} MB, longest GUI gap {gap * 1000:.0f} ms, "
                  f"raster {dpi} dpi, load average {os.getloadavg()[0]:.1f}")
    if args.old:
        seconds, size = _print_old_way(prepared.rendered.pdf, work / "print-old.pdf")
        print(f"previous way (GUI thread, 1200 dpi): {PAGES} pages in {seconds:.2f} s, spool {size / 1e6:.1f} MB "
              "(the GUI thread was blocked throughout)")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
