"""Printing a PDF on a worker: resolution capped at 600 dpi, actual size, off the GUI thread, cancellable."""
from __future__ import annotations

import threading

import pdfplumber
import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from ui import printing


@pytest.fixture(scope="module")
def document_pdf() -> bytes:
    """Three pages: a red 版头 and black text on the first, text on the others."""
    from reports.document import OfficialDocument, PageBreak, Para
    from reports.rendering import render

    return render(OfficialDocument(
        header_mark="督 查 通 报", number_line="2014年第12期", title="关于督查落实情况的通报",
        blocks=[Para("各牵头单位要对照年度目标任务，逐项梳理推进情况。"), PageBreak(),
                Para("细化工作措施，明确责任人和完成时限。"), PageBreak(), Para("确保各项工作按计划推进。")]))


def _file_printer(path, resolution: int | None = None) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if resolution:
        printer.setResolution(resolution)
    return printer


def test_raster_resolution_is_the_printers_but_at_most_600_dpi():
    assert [printing.raster_dpi(r) for r in (2400, 1200, 600, 300, 0)] == [600, 600, 600, 300, 600]


@pytest.mark.parametrize(("resolution", "expected"), [(1200, 600), (300, 300)])
def test_pages_go_out_in_bands_at_the_capped_resolution_and_actual_size(qapp, tmp_path, document_pdf,
                                                                       resolution, expected):
    from reports.pagegrid import TEXT_LEFT, TEXT_RIGHT

    out = tmp_path / "printed.pdf"
    printer = _file_printer(out, resolution)
    assert printer.resolution() == resolution
    result = printing.print_pages(document_pdf, printer, [0, 1, 2], lambda *_: None, lambda: False)
    assert result == printing.PrintResult(3, 3)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 3
        for page in pdf.pages:
            assert page.images
            covered = 0.0
            for image in page.images:
                width_px, height_px = image["srcsize"]
                width_pt, height_pt = image["x1"] - image["x0"], image["bottom"] - image["top"]
                assert width_px / (width_pt / 72) == pytest.approx(expected, rel=0.01)
                assert height_px / (height_pt / 72) == pytest.approx(expected, rel=0.01)
                covered += width_pt * height_pt
            assert covered < page.width * page.height / 4  # only the bands with ink, cut to it
        first = pdf.pages[0].images
        # Actual size: the red rule spans the text block where the document put it (28 mm
        # from the left, 156 mm wide), not shrunk into the printer's printable area.
        assert TEXT_LEFT - 12 < min(i["x0"] for i in first) <= TEXT_LEFT
        assert TEXT_RIGHT <= max(i["x1"] for i in first) < TEXT_RIGHT + 12
        assert {i["bits"] for i in first} == {1, 8}  # black text as 1-bit, the red 版头 in colour
        assert {i["bits"] for i in pdf.pages[1].images} == {1}


def test_ink_at_the_edges_of_the_sheet_is_printed(qapp, tmp_path):
    """A speck in a corner and a hairline by the edge survive the search for inked bands."""
    import io

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.rect(3, 3, 1, 1, stroke=0, fill=1)  # 1 pt square, bottom-left corner
    c.setLineWidth(0.25)
    c.line(A4[0] - 4, 300, A4[0] - 4, 500)  # hairline 4 pt from the right edge
    c.showPage()
    c.save()
    out = tmp_path / "edges.pdf"
    assert printing.print_pages(buf.getvalue(), _file_printer(out), [0], lambda *_: None, lambda: False).printed == 1

    doc = QPdfDocument()
    device = QBuffer()
    device.setData(QByteArray(out.read_bytes()))
    device.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(device)
    dpi = 144
    image = doc.render(0, QSize(round(A4[0] * dpi / 72), round(A4[1] * dpi / 72)))

    def inked(x_pt: float, y_from_top_pt: float) -> bool:
        x, y = round(x_pt * dpi / 72), round(y_from_top_pt * dpi / 72)
        return any(image.pixelColor(x + dx, y + dy).alpha() > 100 for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    assert inked(3.5, A4[1] - 3.5)
    assert inked(A4[0] - 4, A4[1] - 400)
    assert not inked(A4[0] / 2, A4[1] / 2)


def test_page_range_follows_the_print_dialog(qapp):
    printer = QPrinter()
    assert printing.page_range(printer, 3) == [0, 1, 2]
    printer.setFromTo(2, 3)
    assert printing.page_range(printer, 5) == [1, 2]
    printer.setFromTo(2, 9)
    assert printing.page_range(printer, 3) == [1, 2]


def test_print_job_runs_off_the_gui_thread_and_can_be_cancelled(qtbot, monkeypatch, tmp_path, document_pdf):
    threads: list[int] = []
    hold = threading.Event()
    original = printing.print_pages

    def watched(data, printer, pages, progress, cancelled):
        threads.append(threading.get_ident())

        def page_done(done: int, total: int) -> None:
            progress(done, total)
            hold.wait(10)  # the worker waits after each page until the test has pressed 取消

        return original(data, printer, pages, page_done, cancelled)

    monkeypatch.setattr(printing, "print_pages", watched)
    job = printing.PrintJob(document_pdf, _file_printer(tmp_path / "cancelled.pdf"), [0, 1, 2])
    with qtbot.waitSignal(job.progress, timeout=20000) as first:
        job.start()
    assert first.args == [1, 3] and job.busy
    with qtbot.waitSignal(job.finished, timeout=20000) as finished:
        job.cancel()
        hold.set()
    assert threads and threads[0] != threading.get_ident()
    assert finished.args[0] == printing.PrintResult(1, 3, cancelled=True)
    assert not job.busy


def test_a_printer_that_cannot_start_is_reported(qapp, tmp_path, document_pdf):
    printer = _file_printer(tmp_path / "missing-folder" / "x.pdf")
    result = printing.print_pages(document_pdf, printer, [0], lambda *_: None, lambda: False)
    assert result.printed == 0 and "打印机" in result.error
