"""Printing a PDF on a worker: resolution capped at 600 dpi, actual size, off the GUI thread, cancellable."""
from __future__ import annotations

import threading

import pdfplumber
import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from ui import printing

A4_WIDTH = 595.28  # points


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
def test_pages_go_out_as_bands_at_the_capped_resolution_and_actual_size(qapp, tmp_path, document_pdf,
                                                                       resolution, expected):
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
                # Actual size: the page is not shrunk to the printer's printable area.
                assert width_pt == pytest.approx(A4_WIDTH, abs=1)
                covered += height_pt
            assert covered < page.height / 2  # empty bands are not sent
        bits = {image["bits"] for image in pdf.pages[0].images}
        assert bits == {1, 8}  # black text as 1-bit, the red 版头 in colour
        assert {image["bits"] for image in pdf.pages[1].images} == {1}


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
