"""GB/T 9704 figures measured on rendered PDFs with pdfplumber."""

from __future__ import annotations

import datetime
import re

import pytest

from reports.document import Heading, OfficialDocument, PageBreak, Para, Spacer, Table
from reports.linebreak import NO_LINE_END, NO_LINE_START
from reports.pagegrid import (
    CHAR_PITCH,
    LINE_PITCH,
    MM,
    PAGE_HEIGHT,
    PAGE_NUMBER_INDENT,
    PAGE_WIDTH,
    TEXT_BOTTOM_FROM_TOP,
    TEXT_HEIGHT,
    TEXT_LEFT,
    TEXT_RIGHT,
    TEXT_TOP_FROM_TOP,
    TEXT_WIDTH,
)
from reports.rendering import render
from tests.reports.measure import HANZI, grid_cells, text_lines

TOL = 1 * MM
RED = (0.902, 0.0, 0.071)


def _is_red(color: object) -> bool:
    return (
        isinstance(color, tuple | list)
        and len(color) == 3
        and all(abs(a - b) < 0.01 for a, b in zip(color, RED, strict=True))
    )


def _body_lines(pdf, page_index: int):
    """Lines of 16 pt text (the body), excluding page numbers and titles."""
    return [ln for ln in text_lines(pdf, page_index) if abs(ln.size - 16) < 0.01]


_cells = grid_cells


# ---------------------------------------------------------------- page grid


def test_page_is_a4(open_pdf, specimen_pdf) -> None:
    pdf = open_pdf(specimen_pdf)
    for page in pdf.pages:
        assert page.width == pytest.approx(PAGE_WIDTH, abs=0.5)
        assert page.height == pytest.approx(PAGE_HEIGHT, abs=0.5)
        assert page.width == pytest.approx(595.28, abs=0.5)


def test_continuation_page_margins_and_grid(open_pdf, continuous_pdf) -> None:
    pdf = open_pdf(continuous_pdf)
    assert len(pdf.pages) >= 3
    lines = _body_lines(pdf, 1)
    # A full continuation page holds 22 lines.
    assert len(lines) == 22
    assert lines[0].top == pytest.approx(37 * MM, abs=TOL)
    assert lines[0].top == pytest.approx(TEXT_TOP_FROM_TOP, abs=TOL)
    for ln in lines:
        assert ln.x0 == pytest.approx(28 * MM, abs=TOL)
        assert ln.x1 == pytest.approx(TEXT_RIGHT, abs=TOL)
        assert ln.size == pytest.approx(16.0)
        # Exactly 28 characters on a full line of continuous Chinese.
        assert len(ln.text) == 28
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)]
    assert all(p == pytest.approx(LINE_PITCH, abs=0.1) for p in pitches)
    # Characters advance on the 156 mm / 28 grid.
    xs = [c["x0"] for c in lines[3].chars]
    steps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
    assert all(s == pytest.approx(CHAR_PITCH, abs=0.05) for s in steps)
    # The last line stays inside the text block.
    assert lines[-1].bottom <= TEXT_BOTTOM_FROM_TOP + 0.5


def test_first_line_indent_is_two_characters(open_pdf, continuous_pdf) -> None:
    pdf = open_pdf(continuous_pdf)
    first = _body_lines(pdf, 0)[0]
    assert first.x0 == pytest.approx(TEXT_LEFT + 2 * CHAR_PITCH, abs=0.3)
    assert len(first.text) == 26
    assert first.top == pytest.approx(TEXT_TOP_FROM_TOP, abs=TOL)


def test_body_lines_never_exceed_28_cells(open_pdf, specimen_pdf) -> None:
    pdf = open_pdf(specimen_pdf)
    checked = 0
    for i in range(len(pdf.pages)):
        for ln in _body_lines(pdf, i):
            assert _cells(ln.text) <= 28
            assert ln.x1 <= TEXT_RIGHT + 0.5
            assert ln.x0 >= TEXT_LEFT - 0.5
            checked += 1
    assert checked > 100


# ---------------------------------------------------------------- header


def test_header_positions_and_colours(open_pdf, specimen_pdf) -> None:
    pdf = open_pdf(specimen_pdf)
    page = pdf.pages[0]
    lines = text_lines(pdf, 0)
    mark = lines[0]
    assert mark.text.replace(" ", "") == "督查通报"
    # Top edge of the mark 35 mm below the top of the text block.
    assert mark.top == pytest.approx(TEXT_TOP_FROM_TOP + 35 * MM, abs=TOL)
    assert all(_is_red(c["non_stroking_color"]) for c in mark.chars)
    centre = (mark.x0 + mark.x1) / 2
    assert centre == pytest.approx(TEXT_LEFT + TEXT_WIDTH / 2, abs=TOL)
    assert mark.x1 - mark.x0 <= TEXT_WIDTH

    number = lines[1]
    assert number.text == "2014年第12期"
    assert number.size == pytest.approx(16.0)
    assert (number.x0 + number.x1) / 2 == pytest.approx(centre, abs=TOL)
    # Two blank lines between the mark and the number line.
    assert number.top - mark.bottom == pytest.approx(2 * LINE_PITCH, abs=TOL)
    assert all(
        c["non_stroking_color"] in ((0,), (0.0, 0.0, 0.0), [0.0, 0.0, 0.0], 0)
        or tuple(c["non_stroking_color"]) == (0.0, 0.0, 0.0)
        for c in number.chars
    )

    pair = lines[2]
    assert pair.text == "中共南宁市委督查室2014年10月28日"

    red_rules = [ln for ln in page.lines if _is_red(ln["stroking_color"])]
    assert len(red_rules) == 1
    rule = red_rules[0]
    assert rule["x0"] == pytest.approx(TEXT_LEFT, abs=0.5)
    assert rule["x1"] == pytest.approx(TEXT_RIGHT, abs=0.5)
    rule_y = (rule["top"] + rule["bottom"]) / 2
    # 4 mm below the (last) number line.
    assert rule_y - pair.bottom == pytest.approx(4 * MM, abs=TOL)

    title = [ln for ln in lines if abs(ln.size - 22) < 0.01]
    assert len(title) == 2
    assert "".join(t.text for t in title) == (
        "中共南宁市委督查室关于2014年第三季度市委重点工作推进落实情况的通报"
    )
    for t in title:
        assert (t.x0 + t.x1) / 2 == pytest.approx(centre, abs=TOL)
    # Two blank lines between the red rule and the title.
    assert title[0].top - rule_y == pytest.approx(2 * LINE_PITCH, abs=LINE_PITCH / 3)
    widths = [_cells(t.text) for t in title]
    assert max(widths) - min(widths) <= 5

    recipients = lines[lines.index(title[-1]) + 1]
    assert recipients.text.startswith("各县（区）委")
    assert recipients.x0 == pytest.approx(TEXT_LEFT, abs=0.5)
    assert recipients.top - title[-1].top == pytest.approx(2 * LINE_PITCH, abs=0.5)


def test_recipients_end_with_full_width_colon(open_pdf) -> None:
    data = render(
        OfficialDocument(title="通知", recipients="各县（区）委", blocks=[Para("正文。")])
    )
    text = open_pdf(data).pages[0].extract_text()
    assert "各县（区）委：" in text


# ---------------------------------------------------------------- page numbers


def test_page_numbers_alternate_sides(open_pdf, specimen_pdf) -> None:
    pdf = open_pdf(specimen_pdf)
    assert len(pdf.pages) >= 4
    for i in range(len(pdf.pages)):
        number = [ln for ln in text_lines(pdf, i) if abs(ln.size - 14) < 0.01][-1]
        assert number.text == f"— {i + 1} —"
        # 7 mm below the text block.
        assert number.top == pytest.approx(TEXT_BOTTOM_FROM_TOP + 7 * MM, abs=TOL)
        if (i + 1) % 2:
            assert number.x1 == pytest.approx(TEXT_RIGHT - PAGE_NUMBER_INDENT, abs=TOL)
        else:
            assert number.x0 == pytest.approx(TEXT_LEFT + PAGE_NUMBER_INDENT, abs=TOL)
        # 宋体 role: AR PL SungtiL GB ("BousungEG") here, SimSun on Windows.
        assert all(
            any(k in c["fontname"].lower() for k in ("sung", "song", "simsun"))
            for c in number.chars
        )


# ---------------------------------------------------------------- 避头尾


def test_no_forbidden_punctuation_at_line_edges(open_pdf, random_text_pdf) -> None:
    text, data = random_text_pdf
    pdf = open_pdf(data)
    lines = []
    for i in range(len(pdf.pages)):
        lines.extend(_body_lines(pdf, i))
    assert len(lines) > 100
    for ln in lines:
        assert ln.text[0] not in NO_LINE_START, ln.text
        assert ln.text[-1] not in NO_LINE_END, ln.text
        assert _cells(ln.text) <= 28
    body = "".join(ln.text for ln in lines)
    assert text in body


def test_text_is_extractable_unicode(open_pdf, random_text_pdf) -> None:
    text, data = random_text_pdf
    pdf = open_pdf(data)
    extracted = "".join(p.extract_text() for p in pdf.pages).replace("\n", "")
    extracted = re.sub(r"— \d+ —", "", extracted)
    assert "关于进一步加强市委重点工作督查落实的通知" in extracted
    assert text[:200] in extracted
    assert text[-200:] in extracted


def test_plain_text_is_not_markup(open_pdf) -> None:
    doc = OfficialDocument(blocks=[Para("<b>A&B</b> 不是标记 &amp; <br/>")])
    text = open_pdf(render(doc)).pages[0].extract_text()
    assert "<b>A&B</b>" in text
    assert "&amp;" in text


def test_character_missing_from_body_font_uses_fallback(open_pdf) -> None:
    # 堃 and 喆 are outside GB2312, so AR PL SungtiL GB lacks them.
    doc = OfficialDocument(blocks=[Para("联系人：王堃、李喆。")])
    pdf = open_pdf(render(doc))
    assert "王堃、李喆" in pdf.pages[0].extract_text()


# ---------------------------------------------------------------- tables


def test_table_header_repeats_on_every_page(open_pdf, long_table_pdf) -> None:
    pdf = open_pdf(long_table_pdf)
    assert len(pdf.pages) >= 3
    for i, page in enumerate(pdf.pages):
        lines = text_lines(pdf, i)
        header = [ln for ln in lines if ln.text.startswith("序号")]
        assert header, f"page {i + 1} lacks the header row"
        if i:
            # Continuation pages start with the header at the top of the text block.
            rules = sorted(ln["top"] for ln in page.lines if ln["x0"] < ln["x1"] - 1)
            assert rules[0] == pytest.approx(TEXT_TOP_FROM_TOP, abs=1)
            assert header[0].top < min(ln.top for ln in lines if ln is not header[0]) + 1


def test_table_rows_are_never_cut_through_a_line(open_pdf, long_table_pdf) -> None:
    pdf = open_pdf(long_table_pdf)
    for i, page in enumerate(pdf.pages):
        horizontal = [
            (ln["top"] + ln["bottom"]) / 2 for ln in page.lines if ln["x1"] - ln["x0"] > 100
        ]
        for ch in page.chars:
            if ch["size"] > 12.5:
                continue
            for y in horizontal:
                assert not (ch["top"] + 0.5 < y < ch["bottom"] - 0.5), (i, ch["text"])
            assert ch["bottom"] <= TEXT_BOTTOM_FROM_TOP + 0.5
        rule_widths = {round(ln["linewidth"], 2) for ln in page.lines}
        assert rule_widths == {0.5}


def test_row_taller_than_a_page_splits_between_lines(open_pdf) -> None:
    long_cell = "".join(HANZI[i % len(HANZI)] for i in range(3000))
    doc = OfficialDocument(
        blocks=[Table(["事项", "情况"], [["甲", "短"], ["乙", long_cell], ["丙", "尾"]], [1, 4])]
    )
    pdf = open_pdf(render(doc))
    assert len(pdf.pages) >= 3
    text = "".join(
        "".join(ln.text for ln in text_lines(pdf, i) if ln.size < 13) for i in range(len(pdf.pages))
    )
    assert long_cell[:100] in text.replace("乙", "")
    for i in range(len(pdf.pages)):
        assert any(ln.text.startswith("事项") for ln in text_lines(pdf, i))
        for ch in pdf.pages[i].chars:
            if ch["size"] < 13:
                assert ch["bottom"] <= TEXT_BOTTOM_FROM_TOP + 0.5


def test_traffic_light_column_draws_coloured_dots(open_pdf) -> None:
    doc = OfficialDocument(
        blocks=[Table(["事项", "状态"], [["甲", "红"], ["乙", "绿"], ["丙", "黄"]], light_column=1)]
    )
    page = open_pdf(render(doc)).pages[0]
    fills = {tuple(round(v, 2) for v in c["non_stroking_color"]) for c in page.curves}
    assert (0.9, 0.0, 0.07) in fills
    assert len(page.curves) == 3


# ---------------------------------------------------------------- closing block


def test_closing_block_rules_and_text(open_pdf, specimen_pdf) -> None:
    pdf = open_pdf(specimen_pdf)
    last = pdf.pages[-1]
    rules = sorted(
        (
            ln
            for ln in last.lines
            if ln["x1"] - ln["x0"] > TEXT_WIDTH - 1 and ln["linewidth"] != 0.5
        ),
        key=lambda ln: ln["top"],
    )
    assert len(rules) == 3
    thick, thin = 0.35 * MM, 0.25 * MM
    assert [round(r["linewidth"], 3) for r in rules] == [
        round(thick, 3),
        round(thin, 3),
        round(thick, 3),
    ]
    bottom = (rules[-1]["top"] + rules[-1]["bottom"]) / 2
    assert bottom == pytest.approx(TEXT_BOTTOM_FROM_TOP, abs=0.5)
    for r in rules:
        assert r["x0"] == pytest.approx(TEXT_LEFT, abs=0.5)
        assert r["x1"] == pytest.approx(TEXT_RIGHT, abs=0.5)
    lines = [ln for ln in text_lines(last.pdf, len(pdf.pages) - 1) if abs(ln.size - 14) < 0.01]
    cc = [ln for ln in lines if ln.text.startswith("抄送：")]
    assert cc and cc[0].text.endswith("。")
    printer = [ln for ln in lines if "印发" in ln.text]
    assert printer and printer[0].text.endswith("2014年10月28日印发")
    assert printer[0].x1 == pytest.approx(TEXT_RIGHT - 14, abs=TOL)


def test_signature_centred_over_date_right_indented_four(open_pdf, specimen_pdf) -> None:
    pdf = open_pdf(specimen_pdf)
    lines = _body_lines(pdf, len(pdf.pages) - 1)
    date = next(ln for ln in lines if ln.text == "2014年10月28日")
    sig = lines[lines.index(date) - 1]
    assert sig.text == "中共南宁市委督查室"
    assert date.x1 == pytest.approx(TEXT_RIGHT - 4 * CHAR_PITCH, abs=TOL)
    assert (sig.x0 + sig.x1) / 2 == pytest.approx((date.x0 + date.x1) / 2, abs=TOL)
    assert date.top - sig.top == pytest.approx(LINE_PITCH, abs=0.5)


def test_date_has_no_leading_zeros(open_pdf) -> None:
    doc = OfficialDocument(
        blocks=[Para("正文。")], signature="市委督查室", date=datetime.date(2015, 1, 5)
    )
    assert "2015年1月5日" in open_pdf(render(doc)).pages[0].extract_text()


def test_attachment_lines_align_under_the_first_name(open_pdf) -> None:
    doc = OfficialDocument(
        blocks=[Para("正文。")],
        attachments=["重点工作进展情况表", "督查事项办理情况统计表"],
    )
    lines = _body_lines(open_pdf(render(doc)), 0)
    first = next(ln for ln in lines if ln.text.startswith("附件："))
    second = lines[lines.index(first) + 1]
    assert first.x0 == pytest.approx(TEXT_LEFT + 2 * CHAR_PITCH, abs=0.5)
    assert first.text == "附件：1.重点工作进展情况表"
    assert second.text == "2.督查事项办理情况统计表"
    assert second.x0 == pytest.approx(first.chars[3]["x0"], abs=0.5)
    # One blank line between the body and the attachment note.
    assert first.top - lines[0].top == pytest.approx(2 * LINE_PITCH, abs=0.5)


# ---------------------------------------------------------------- flow control


def test_heading_is_kept_with_the_following_line(open_pdf) -> None:
    filler = "督" * 26 + "督" * 28 * 20  # exactly 21 lines
    doc = OfficialDocument(blocks=[Para(filler), Heading(1, "二、下一步工作"), Para("要求。")])
    pdf = open_pdf(render(doc))
    assert len(_body_lines(pdf, 0)) == 21
    assert _body_lines(pdf, 1)[0].text == "二、下一步工作"


def test_signature_never_stands_alone(open_pdf) -> None:
    filler = "督" * 26 + "督" * 28 * 20
    doc = OfficialDocument(
        blocks=[Para(filler)], signature="中共南宁市委督查室", date=datetime.date(2014, 10, 28)
    )
    pdf = open_pdf(render(doc))
    page2 = _body_lines(pdf, 1)
    assert page2[0].text.startswith("督")
    assert page2[-1].text == "2014年10月28日"


def test_page_break_and_spacer(open_pdf) -> None:
    doc = OfficialDocument(blocks=[Para("甲"), Spacer(3), Para("乙"), PageBreak(), Para("丙")])
    pdf = open_pdf(render(doc))
    assert len(pdf.pages) == 2
    lines = _body_lines(pdf, 0)
    assert lines[1].top - lines[0].top == pytest.approx(4 * LINE_PITCH, abs=0.5)
    assert _body_lines(pdf, 1)[0].text == "丙"


def test_closing_block_moves_to_a_new_page_when_full(open_pdf) -> None:
    filler = "督" * 26 + "督" * 28 * 20
    doc = OfficialDocument(
        blocks=[Para(filler)],
        cc=["市委常委"],
        printer="市委办公厅",
        print_date=datetime.date(2014, 10, 28),
    )
    pdf = open_pdf(render(doc))
    assert len(pdf.pages) == 2
    assert "抄送：市委常委。" in pdf.pages[1].extract_text()
    assert "— 2 —" in pdf.pages[1].extract_text()


def test_double_sided_closing_page_after_blank_is_unnumbered(open_pdf) -> None:
    filler = "督" * 26 + "督" * 28 * 42  # two pages, the second one line short
    doc = OfficialDocument(
        blocks=[Para(filler)],
        printer="市委办公厅",
        print_date=datetime.date(2014, 10, 28),
        double_sided=True,
    )
    pdf = open_pdf(render(doc))
    assert len(pdf.pages) == 4
    assert "— 2 —" in pdf.pages[1].extract_text()
    assert pdf.pages[2].chars == []
    assert "—" not in pdf.pages[3].extract_text()
    assert "印发" in pdf.pages[3].extract_text()


# ---------------------------------------------------------------- issue 16


def test_neighbouring_marks_are_compressed(open_pdf) -> None:
    """标点挤压: "”、“" takes two cells, "）。《" two, "！？”" two."""
    doc = OfficialDocument(blocks=[Para("甲”、“乙）。《丙》！？”丁", indent=0)])
    line = _body_lines(open_pdf(render(doc)), 0)[0]
    x = {i: c["x0"] for i, c in enumerate(line.chars)}
    text = line.text
    assert text == "甲”、“乙）。《丙》！？”丁"

    def cells(a: int, b: int) -> float:
        return (x[b] - x[a]) / CHAR_PITCH

    assert cells(1, 4) == pytest.approx(2.0, abs=0.02)  # ”、“ then 乙
    assert cells(5, 8) == pytest.approx(2.0, abs=0.02)  # ）。《 then 丙
    assert cells(9, 13) == pytest.approx(2.5, abs=0.02)  # 》！？” then 丁
    assert x[13] < TEXT_LEFT + 14 * CHAR_PITCH - 3.0  # 14 characters in less than 14 cells


def test_a_dash_is_one_unbroken_rule(open_pdf) -> None:
    doc = OfficialDocument(blocks=[Para("督查——落实", indent=0)])
    pdf = open_pdf(render(doc))
    assert "督查——落实" in pdf.pages[0].extract_text()
    line = _body_lines(pdf, 0)[0]
    first, last = line.chars[2], line.chars[3]
    rules = [r for r in pdf.pages[0].lines if abs(r["top"] - r["bottom"]) < 0.1]
    assert len(rules) == 1
    rule = rules[0]
    assert rule["x0"] < first["x0"] + 1.5 and rule["x1"] > last["x1"] - 2.5
    assert rule["x1"] - rule["x0"] == pytest.approx(2 * CHAR_PITCH, abs=2.0)
    assert line.top < rule["top"] < line.bottom


def _filled_to(lines_of_text: int) -> str:
    return "督" * 26 + "督" * 28 * (lines_of_text - 1)


def test_signature_fits_by_closing_up_the_page(open_pdf) -> None:
    """7.3.5: 19 lines of text + 2 blank + 署名 + date = 23 lines: the page takes 23."""
    doc = OfficialDocument(blocks=[Para(_filled_to(19))], signature="中共南宁市委督查室",
                           date=datetime.date(2014, 10, 28))
    pdf = open_pdf(render(doc))
    assert len(pdf.pages) == 1
    lines = _body_lines(pdf, 0)
    assert len(lines) == 21 and lines[-1].text == "2014年10月28日"
    assert lines[1].top - lines[0].top == pytest.approx(TEXT_HEIGHT / 23, abs=0.1)
    assert lines[-1].bottom <= TEXT_BOTTOM_FROM_TOP + 0.5


def test_no_text_note_when_nothing_can_come_along(open_pdf) -> None:
    """A table fills the page: the 署名 goes over with "（此页无正文）" in 楷体 on line 1."""
    rows = [[str(i), "督查事项"] for i in range(60)]
    probe = open_pdf(render(OfficialDocument(blocks=[Table(["序号", "事项"], rows, font_size=14)])))
    assert len(probe.pages) >= 2
    # Trim the table until its last page is nearly full.
    n = 60
    while True:
        pdf = open_pdf(render(OfficialDocument(blocks=[Table(["序号", "事项"], rows[:n], font_size=14)],
                                                signature="中共南宁市委督查室",
                                                date=datetime.date(2014, 10, 28))))
        last = _body_lines(pdf, len(pdf.pages) - 1)
        if any(ln.text == "（此页无正文）" for ln in last):
            break
        n -= 1
        assert n > 20
    assert last[0].text == "（此页无正文）"
    assert last[0].top == pytest.approx(TEXT_TOP_FROM_TOP, abs=1.0)
    assert last[-1].text == "2014年10月28日"
    note_font = last[0].chars[0]["fontname"]
    assert note_font != last[-1].chars[0]["fontname"]  # 楷体, the date in 仿宋


def test_double_sided_closing_after_an_odd_page_takes_the_next_page(open_pdf) -> None:
    doc = OfficialDocument(blocks=[Para("正文。")], printer="市委办公厅",
                           print_date=datetime.date(2014, 10, 28), double_sided=True)
    pdf = open_pdf(render(doc))
    assert len(pdf.pages) == 2
    assert "印发" not in pdf.pages[0].extract_text() and "印发" in pdf.pages[1].extract_text()
    single = open_pdf(render(OfficialDocument(blocks=[Para("正文。")], printer="市委办公厅",
                                              print_date=datetime.date(2014, 10, 28))))
    assert len(single.pages) == 1  # an office printing on one side keeps it on page 1


def test_table_columns_fit_their_content(open_pdf) -> None:
    rows = [["督〔2014〕53号", "覃海明", "五象新区重大项目征地进度", "五象新区管委会、市国土资源局、良庆区",
             "2014年12月15日", "办理中"]] * 3
    doc = OfficialDocument(blocks=[Table(["编号", "批示领导", "事项", "承办单位", "办理时限", "状态"], rows)])
    lines = [ln.text for ln in text_lines(open_pdf(render(doc)), 0)]
    joined = "\n".join(lines)
    for whole in ("督〔2014〕53号", "2014年12月15日", "覃海明", "办理中"):
        assert any(whole in ln for ln in lines), joined
    assert not any(ln.endswith("批示领") for ln in lines)
