"""Printing a PDF from a worker thread, page by page in bands, with progress and 取消.

Qt has no vector route from a PDF to a printer, so QtPdf rasterises each page, at
:func:`raster_dpi`: 600 dpi, or the printer's own resolution if lower. (At the 1200 dpi
of a high-resolution QPrinter a page was a 9582×13551 image; a 12-page bulletin spooled
63 MB and froze the window for 55 s.) QPainter may paint on a QPrinter outside the GUI
thread (Qt, "Thread-Support in Qt Modules"), so the job runs in Qt's thread pool.

PySide6 keeps Python's lock inside each Qt call, so the window's own Python code waits
for whichever call the worker is in: rasterising a whole page at 600 dpi is one call of
0.1–0.3 s. The page is therefore rasterised and sent in bands of :data:`BAND_ROWS`
rows, each call a few milliseconds, and 取消 is honoured between bands.

A document page is mostly paper, so a small rendering of the page first shows where the
ink is (:func:`_ink_spans`): bands without ink are not rasterised at all, the others
only across their inked width (a third less work on a bulletin). A band without colour
goes as a 1-bit image (ordered dither: a 600 dpi laser printer prints grey as dots
anyway), a band with colour (the red 版头, the traffic-light dots) in full colour.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from ui.background import submit

MAX_DPI = 600
BAND_ROWS = 256
MAP_SCALE = 8  # the ink map is rendered at 1/8 of the raster resolution (75 dpi at 600)
MAP_MARGIN = 2  # map pixels added on every side of the ink it shows
_DITHER_TILE = 16  # Qt's ordered dither matrix
_WHITE = 0xFFFFFFFF
_BLACK, _PAPER = 0xFF000000, 0xFFFFFFFF


def raster_dpi(printer_resolution: int) -> int:
    """The resolution pages are rasterised at: the printer's own, never above :data:`MAX_DPI`."""
    return min(MAX_DPI, printer_resolution) if printer_resolution > 0 else MAX_DPI


def page_range(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) chosen in the print dialog; all ``count`` when none were chosen."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(min(first, count) - 1, min(last, count)))


@dataclass(frozen=True)
class PrintResult:
    """How a print run ended: pages sent of those asked for; cancelled, or the error text."""

    printed: int
    total: int
    cancelled: bool = False
    error: str = ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintJob", text)


def _one_bit(image: QImage) -> QImage:
    """A band without colour as a black-on-white 1-bit image (the colour image if Qt differs)."""
    mono = image.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.OrderedDither)
    table = mono.colorTable()
    if table == [_BLACK, _PAPER]:
        return mono
    if table == [_PAPER, _BLACK]:
        # Qt's dither indexes white as 0; print engines take a 1-bit image as a bitmap
        # only with black at 0 (otherwise the PDF engine expands it back to colour).
        mono.invertPixels()
        mono.setColorTable([_BLACK, _PAPER])
        return mono
    return image


def _ink_spans(doc: QPdfDocument, index: int, columns: int, rows: int) -> list[tuple[int, int, int, int]]:
    """Where the page may have ink, band by band: ``(x, y, width, height)`` in raster pixels.

    Read from the page rendered at 1/:data:`MAP_SCALE` of the raster resolution (anti-aliased,
    so anything covering a fraction of a map pixel shows), widened by :data:`MAP_MARGIN`
    map pixels on every side. Bands with no ink are left out.
    """
    width, height = -(-columns // MAP_SCALE), -(-rows // MAP_SCALE)
    alpha = doc.render(index, QSize(width, height)).convertToFormat(QImage.Format.Format_Alpha8)
    stride, data = alpha.bytesPerLine(), alpha.constBits().tobytes()
    inked: dict[int, tuple[int, int]] = {}  # map row -> (first, last + 1) inked map column
    for row in range(height):
        line = data[row * stride: row * stride + width]
        rest = line.lstrip(b"\0")  # QtPdf leaves the paper transparent: ink is alpha > 0
        if rest:
            inked[row] = (width - len(rest), len(line.rstrip(b"\0")))
    spans = []
    for y in range(0, rows, BAND_ROWS):
        band = min(BAND_ROWS, rows - y)
        found = [inked[r] for r in range(y // MAP_SCALE - MAP_MARGIN, (y + band - 1) // MAP_SCALE + MAP_MARGIN + 1)
                 if r in inked]
        if not found:
            continue
        # On the dither matrix's grid, so a cut band dithers as it would whole.
        x0 = max(0, (min(f for f, _ in found) - MAP_MARGIN) * MAP_SCALE // _DITHER_TILE * _DITHER_TILE)
        x1 = min(columns, (max(last for _, last in found) + MAP_MARGIN) * MAP_SCALE)
        spans.append((x0, y, x1 - x0, band))
    return spans


def _print_page(doc: QPdfDocument, index: int, painter: QPainter, printer: QPrinter,
                cancelled: Callable[[], bool]) -> bool:
    """Paint one page at actual size (GB/T 9704 margins are measured on paper); False if cancelled."""
    points = doc.pagePointSize(index)
    device = printer.resolution()
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    width, height = points.width() * device / 72, points.height() * device / 72
    # Shrunk only when the sheet is smaller than the page, and centred on the sheet.
    scale = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * scale, height * scale
    left, top = (paper.width() - width) / 2, (paper.height() - height) / 2
    dpi = raster_dpi(device)
    columns = max(1, round(points.width() / 72 * dpi * scale))
    rows = max(1, round(points.height() / 72 * dpi * scale))
    step = width / columns  # device pixels per raster pixel
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(QSize(columns, rows))
    for x, y, w, h in _ink_spans(doc, index, columns, rows):
        # Give Python's lock to the window between bands: a thread that only lets go when
        # the switch interval forces it starved the GUI thread on a busy machine (longest
        # stall 77-270 ms without this, 37-53 ms with it, at load 4 on 2 cores).
        time.sleep(0)
        if cancelled():
            return False
        options.setScaledClipRect(QRect(x, y, w, h))
        band = doc.render(index, QSize(w, h), options)
        piece = QImage(w, h, QImage.Format.Format_RGB32)
        piece.fill(_WHITE)
        composer = QPainter(piece)
        composer.drawImage(0, 0, band)
        composer.end()
        if piece.allGray():
            piece = _one_bit(piece)
        painter.drawImage(QRectF(left + x * step, top + y * step, w * step, h * step), piece)
    return not cancelled()


def print_pages(data: bytes, printer: QPrinter, pages: Sequence[int],
                progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> PrintResult:
    """Print ``pages`` (0-based) of the PDF ``data`` on ``printer``; runs on the calling thread.

    ``progress(done, total)`` is called after each page; ``cancelled()`` is asked
    between bands, and a cancelled run is aborted at the printer (the spooler drops it).
    """
    total = len(pages)
    doc = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() <= 0:
        return PrintResult(0, total, error=_tr("要打印的文件无法读取，请重新生成后再打印。"))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return PrintResult(0, total, error=_tr("无法连接打印机，请检查打印机后重试。"))
    done, error = 0, ""
    try:
        for n, index in enumerate(pages):
            if n and not printer.newPage():
                error = _tr("打印机没有接受下一页（纸张、磁盘空间或连接有问题），请检查打印机后重试。")
                break
            if not _print_page(doc, index, painter, printer, cancelled):
                break
            done += 1
            progress(done, total)
    finally:
        if done < total:
            printer.abort()
        painter.end()
        doc.close()
    return PrintResult(done, total, cancelled=done < total and not error, error=error)


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)  # PrintResult


class PrintJob(QObject):
    """One print run in Qt's thread pool (:func:`ui.background.submit`): :attr:`progress`
    (pages done, pages in all), then :attr:`finished`."""

    progress = Signal(int, int)
    finished = Signal(object)  # PrintResult

    def __init__(self, data: bytes, printer: QPrinter, pages: Sequence[int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data, self._printer, self._pages = data, printer, list(pages)
        self._cancel = threading.Event()
        # No Qt parent, as in ui.background: the relay holds it while the job runs.
        self._signals = _Signals()
        self._signals.progress.connect(self.progress)
        self._signals.done.connect(self._done)
        self.busy = False

    @property
    def pages(self) -> int:
        """How many pages this run prints."""
        return len(self._pages)

    def start(self) -> None:
        """Start printing on a worker thread."""
        self.busy = True
        data, printer, pages, cancel, signals = self._data, self._printer, self._pages, self._cancel, self._signals

        def done(result: PrintResult | None, error: str) -> None:
            signals.done.emit(result if result is not None else PrintResult(0, len(pages), error=error))

        # print_pages is looked up when the run starts, so a test can watch it.
        submit(lambda report: print_pages(data, printer, pages, report, cancel.is_set), done,
               lambda finished, total: signals.progress.emit(finished, total))

    def cancel(self) -> None:
        """Stop after the band being sent (the printer's job is aborted)."""
        self._cancel.set()

    def _done(self, result: PrintResult) -> None:
        self.busy = False
        self.finished.emit(result)
