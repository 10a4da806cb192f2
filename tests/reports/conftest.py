"""Fixtures for measuring rendered official documents with pdfplumber."""

from __future__ import annotations

import datetime
import io
import random
from collections.abc import Callable, Iterator

import pdfplumber
import pytest

from reports.document import Heading, OfficialDocument, Para, Table
from reports.rendering import render
from reports.specimen import specimen_document, specimen_rows
from tests.reports.measure import HANZI, random_text


@pytest.fixture
def open_pdf() -> Iterator[Callable[[bytes], pdfplumber.PDF]]:
    """Open PDF bytes with pdfplumber; everything opened is closed after the test."""
    opened: list[pdfplumber.PDF] = []

    def _open(data: bytes) -> pdfplumber.PDF:
        pdf = pdfplumber.open(io.BytesIO(data))
        opened.append(pdf)
        return pdf

    yield _open
    for pdf in opened:
        pdf.close()


def continuous_doc(chars: int = 1600) -> OfficialDocument:
    """No header; one long paragraph of Chinese without punctuation."""
    rng = random.Random(7)
    text = "".join(rng.choice(HANZI) for _ in range(chars))
    return OfficialDocument(blocks=[Para(text)])


@pytest.fixture(scope="session")
def specimen_pdf() -> bytes:
    """The specimen bulletin: header, headings, a long table, 版记."""
    return render(specimen_document(sections=3, table_rows=40))


@pytest.fixture(scope="session")
def continuous_pdf() -> bytes:
    return render(continuous_doc())


@pytest.fixture(scope="session")
def random_text_pdf() -> tuple[str, bytes]:
    text = random_text(3000, seed=20141028)
    paras = [Para(text[i : i + 600]) for i in range(0, len(text), 600)]
    doc = OfficialDocument(
        header_mark="中共南宁市委办公厅",
        number_line="南委办督〔2014〕12号",
        title="关于进一步加强市委重点工作督查落实的通知",
        recipients="各县（区）委，市委各部委",
        blocks=[Heading(1, "一、总体要求"), *paras],
        signature="中共南宁市委办公厅",
        date=datetime.date(2014, 10, 28),
        cc=["市委常委"],
        printer="中共南宁市委办公厅",
    )
    return text, render(doc)


@pytest.fixture(scope="session")
def long_table_pdf() -> bytes:
    table = Table(
        header=["序号", "事项", "牵头单位", "进展情况", "状态"],
        rows=specimen_rows(60),
        col_widths=[0.9, 3.0, 2.0, 4.0, 1.2],
        light_column=4,
    )
    return render(OfficialDocument(title="重点工作推进情况表", blocks=[table]))
