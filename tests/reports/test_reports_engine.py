"""Page engine behaviour that needs no PDF parsing: pagination, errors, threads."""

from __future__ import annotations

import datetime
import threading

import pytest

from reports import OfficialDocument, Para, Table, render
from reports.layout import LineOp, TextOp, layout_document
from reports.pagegrid import LINE_PITCH, TEXT_TOP
from reports.specimen import specimen_document


def test_empty_document_is_one_numbered_page() -> None:
    pages = layout_document(OfficialDocument())
    assert len(pages) == 1
    assert pages[0].number == 1
    texts = [op.text for op in pages[0].ops if isinstance(op, TextOp)]
    assert texts == ["— 1 —"]


def test_body_lines_sit_on_grid_lines() -> None:
    pages = layout_document(OfficialDocument(blocks=[Para("督" * 2000)]))
    assert len(pages) == 4
    for page in pages[1:-1]:
        tops = sorted(
            {round(op.y, 3) for op in page.ops if isinstance(op, TextOp) and op.size == 16}
        )
        assert len(tops) == 22
        steps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
        assert steps == pytest.approx([LINE_PITCH] * 21, abs=0.01)
        assert max(tops) < TEXT_TOP


def test_header_rule_is_red_and_closing_rules_black() -> None:
    doc = specimen_document(sections=1, table_rows=0)
    pages = layout_document(doc)
    first_rules = [op for op in pages[0].ops if isinstance(op, LineOp)]
    assert first_rules[0].color == pytest.approx((0.902, 0.0, 0.0706), abs=0.001)
    closing = [op for op in pages[-1].ops if isinstance(op, LineOp) and op.width < 1.5]
    assert len(closing) == 3
    assert all(op.color == (0.0, 0.0, 0.0) for op in closing)


def test_table_rows_must_not_exceed_the_header() -> None:
    with pytest.raises(ValueError, match="row 2"):
        layout_document(OfficialDocument(blocks=[Table(["a", "b"], [["1"], ["1", "2", "3"]])]))
    with pytest.raises(ValueError, match="col_widths"):
        layout_document(OfficialDocument(blocks=[Table(["a", "b"], [], col_widths=[1.0])]))


def test_unknown_block_is_refused() -> None:
    with pytest.raises(TypeError):
        layout_document(OfficialDocument(blocks=["plain string"]))  # type: ignore[list-item]


def test_concurrent_renders_match_sequential_ones() -> None:
    docs = [
        specimen_document(sections=1, table_rows=8, seed=1),
        OfficialDocument(blocks=[Para("并发测试。" * 80)], date=datetime.date(2014, 1, 2)),
    ]
    expected = [render(d) for d in docs]
    results: list[bytes | None] = [None] * 6

    def work(i: int) -> None:
        results[i] = render(docs[i % 2])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected[i % 2] for i in range(6)]
