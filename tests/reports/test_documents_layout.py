"""Each printed document, rendered from the demonstration office, measured against GB/T 9704."""
from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest
from pdfminer.pdftypes import resolve1

from reports.linebreak import NO_LINE_END, NO_LINE_START, is_wide
from reports.pagegrid import (
    LINE_PITCH,
    MM,
    PAGE_HEIGHT,
    PAGE_NUMBER_INDENT,
    PAGE_WIDTH,
    TEXT_BOTTOM_FROM_TOP,
    TEXT_LEFT,
    TEXT_RIGHT,
    TEXT_TOP_FROM_TOP,
    TEXT_WIDTH,
)
from tests.documents_demo import TODAY, open_copy
from tests.reports.measure import grid_cells, text_lines

TOL = 1 * MM
RED = (0.902, 0.0, 0.071)
KINDS = ("bulletin", "criticism", "notice", "reminder", "feedback", "special", "report_back", "message")


def _is_red(color) -> bool:
    return (isinstance(color, tuple | list) and len(color) == 3
            and all(abs(a - b) < 0.01 for a, b in zip(color, RED, strict=True)))


_cells = grid_cells


@pytest.fixture(scope="module")
def prepared(tmp_path_factory):
    """Every document type prepared once from the demo (nothing issued)."""
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.documents import register as reg
    from models.instructions.criticism import create_criticism, current_candidates
    from models.instructions.records import Instruction
    from models.messages.records import Message
    from reports import issuing

    open_copy(tmp_path_factory, tmp_path_factory.mktemp("docs-layout") / "demo.sqlite3")
    try:
        rec = create_criticism(LOCAL_ACTOR, current_candidates(TODAY)[:3], TODAY, dt.date(2014, 11, 10),
                               "逐件说明超期原因，明确办结时间。")
        ins = (Instruction.select().where(Instruction.state == "办理中")
               .order_by(Instruction.number_year, Instruction.number_seq).first())
        reviewed = (Instruction.select().where(Instruction.state == "已复核")
                    .order_by(Instruction.number_year, Instruction.number_seq).first())
        # The latest forwarding: its reply is not yet due, so the slip has nothing to warn of.
        message = (Message.select().where(Message.state == "已转办")
                   .order_by(Message.forwarded_on.desc(), Message.id).first())
        out = {
            "bulletin": issuing.prepare_bulletin(dt.date(2014, 1, 1), TODAY, TODAY, TODAY, issue=12),
            "criticism": issuing.prepare_criticism(rec.id, TODAY),
            "notice": issuing.prepare_notices(ins.id, TODAY),
            "reminder": issuing.prepare_reminders(ins.id, TODAY),
            "feedback": issuing.prepare_feedback([], TODAY, TODAY),
            "special": issuing.prepare_special_report("activity", 3, TODAY),
            "report_back": issuing.prepare_report_back(reviewed.id, TODAY),
            "message": issuing.prepare_message_transfer(message.id, TODAY),
            "special-research": issuing.prepare_special_report("research", 1, TODAY),
            "leader_sheet": issuing.prepare_leader_sheet(reviewed.leader_name, dt.date(2014, 1, 1), TODAY, TODAY,
                                                         TODAY),
        }
        out["instruction_text"] = ins.text
        out["blanks"] = {k: reg.unissued_number_text(k, TODAY.year) for k in KINDS}
    finally:
        close_database()
    return out


@pytest.fixture(scope="module")
def pdfs(prepared):
    """The first draft of each kind (one document), opened with pdfplumber."""
    opened = {k: pdfplumber.open(io.BytesIO(prepared[k].drafts[0].pdf)) for k in KINDS}
    yield opened
    for pdf in opened.values():
        pdf.close()


def _body(pdf, i):
    return [ln for ln in text_lines(pdf, i) if abs(ln.size - 16) < 0.01]


@pytest.mark.parametrize("kind", KINDS)
def test_pages_are_a4(pdfs, kind):
    for page in pdfs[kind].pages:
        assert page.width == pytest.approx(PAGE_WIDTH, abs=0.5)
        assert page.height == pytest.approx(PAGE_HEIGHT, abs=0.5)


@pytest.mark.parametrize("kind", KINDS)
def test_red_header_and_rule(pdfs, kind):
    pdf = pdfs[kind]
    mark = text_lines(pdf, 0)[0]
    assert all(_is_red(c["non_stroking_color"]) for c in mark.chars)
    assert mark.top == pytest.approx(TEXT_TOP_FROM_TOP + 35 * MM, abs=TOL)
    assert (mark.x0 + mark.x1) / 2 == pytest.approx(TEXT_LEFT + TEXT_WIDTH / 2, abs=TOL)
    rules = [ln for ln in pdf.pages[0].lines if _is_red(ln["stroking_color"])]
    assert len(rules) == 1
    assert rules[0]["x0"] == pytest.approx(TEXT_LEFT, abs=0.5)
    assert rules[0]["x1"] == pytest.approx(TEXT_RIGHT, abs=0.5)
    for page in pdf.pages[1:]:
        assert not [ln for ln in page.lines if _is_red(ln["stroking_color"])]


@pytest.mark.parametrize("kind", KINDS)
def test_body_grid_margins_and_size(pdfs, kind):
    pdf = pdfs[kind]
    flush_left = 0
    for i in range(len(pdf.pages)):
        body = _body(pdf, i)
        assert len(body) <= 22
        for ln in body:
            assert _cells(ln.text) <= 28, ln.text
            assert ln.x0 >= TEXT_LEFT - 0.5 and ln.x1 <= TEXT_RIGHT + 0.5
            flush_left += abs(ln.x0 - 28 * MM) <= TOL
        everything = [ln for ln in text_lines(pdf, i) if not re.fullmatch(r"— \d+ —", ln.text)]
        if not everything:
            continue  # the blank page before a 版记 page
        assert min(ln.top for ln in everything) >= TEXT_TOP_FROM_TOP - TOL
        assert max(ln.bottom for ln in everything) <= TEXT_BOTTOM_FROM_TOP + TOL
        if i and body and everything[0] is body[0]:
            assert body[0].top == pytest.approx(37 * MM, abs=TOL)
    assert flush_left >= 1  # 主送机关 (or a wrapped line) starts at the 28 mm margin


def test_a_full_bulletin_page_holds_22_lines(pdfs):
    pdf = pdfs["bulletin"]
    full = [i for i in range(len(pdf.pages)) if len(_body(pdf, i)) == 22]
    assert full, "no page of plain text in the bulletin"
    lines = _body(pdf, full[0])
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)]
    assert all(p == pytest.approx(LINE_PITCH, abs=0.1) for p in pitches)


def _number(pdf, i):
    found = [ln for ln in text_lines(pdf, i) if re.fullmatch(r"— \d+ —", ln.text)]
    return found[-1] if found else None


def _closing_page(pdf, i) -> bool:
    return any(ln.text.endswith("印发") for ln in text_lines(pdf, i))


@pytest.mark.parametrize("kind", KINDS)
def test_page_numbers(pdfs, kind):
    pdf = pdfs[kind]
    for i in range(len(pdf.pages)):
        number = _number(pdf, i)
        if number is None:
            # 7.5: only a blank page and the 版记 page after it go unnumbered.
            blank = not pdf.pages[i].chars
            assert blank or (_closing_page(pdf, i) and i and not pdf.pages[i - 1].chars), (kind, i)
            continue
        assert number.text == f"— {i + 1} —"
        assert number.top == pytest.approx(TEXT_BOTTOM_FROM_TOP + 7 * MM, abs=TOL)
        if (i + 1) % 2:
            assert number.x1 == pytest.approx(TEXT_RIGHT - PAGE_NUMBER_INDENT, abs=TOL)
        else:
            assert number.x0 == pytest.approx(TEXT_LEFT + PAGE_NUMBER_INDENT, abs=TOL)


@pytest.mark.parametrize("kind", KINDS)
def test_fonts_embedded_and_text_extractable(pdfs, prepared, kind):
    pdf = pdfs[kind]
    for page in pdf.pages:
        for font in resolve1(resolve1(page.page_obj.resources).get("Font", {})).values():
            font = resolve1(font)
            assert "FontFile2" in resolve1(font["FontDescriptor"]) and "ToUnicode" in font
    text = "".join((p.extract_text() or "") for p in pdf.pages).replace("\n", "")
    assert "中共南宁市委" in text
    assert prepared[kind].drafts[0].number in text
    assert not prepared[kind].warnings


@pytest.mark.parametrize("kind", KINDS)
def test_no_forbidden_punctuation_at_line_edges(pdfs, kind):
    pdf = pdfs[kind]
    for i in range(len(pdf.pages)):
        for ln in _body(pdf, i):
            assert ln.text[0] not in NO_LINE_START, ln.text
            assert ln.text[-1] not in NO_LINE_END, ln.text


def test_closing_block_on_the_last_page(pdfs):
    for kind in KINDS:
        pdf = pdfs[kind]
        last = text_lines(pdf, len(pdf.pages) - 1)
        assert any(ln.text.endswith("印发") for ln in last), kind
        assert not any(ln.text.endswith("印发") for i in range(len(pdf.pages) - 1) for ln in text_lines(pdf, i))


def test_signature_date_right_indented_four_characters(pdfs):
    from reports.pagegrid import CHAR_PITCH

    for kind in KINDS:
        pdf = pdfs[kind]
        dates = [ln for i in range(len(pdf.pages)) for ln in _body(pdf, i) if ln.text == "2014年10月28日"]
        assert dates, kind
        assert dates[-1].x1 == pytest.approx(TEXT_RIGHT - 4 * CHAR_PITCH, abs=TOL)


def test_notice_prints_the_instruction_and_the_form(pdfs, prepared):
    pdf = pdfs["notice"]
    text = "".join((p.extract_text() or "") for p in pdf.pages).replace("\n", "")
    assert prepared["instruction_text"] in text
    assert "办理情况反馈表" in text and "单位负责人" in text
    form = next(text_lines(pdf, i) for i in range(len(pdf.pages))
                if any(ln.text == "单位负责人" for ln in text_lines(pdf, i)))
    assert any(ln.text == "办理情况反馈表" and abs(ln.size - 22) < 0.01 for ln in form)


def test_batch_files_restart_numbering_per_unit(prepared):
    for kind in ("notice", "reminder"):
        p = prepared[kind]
        with pdfplumber.open(io.BytesIO(p.rendered.pdf)) as pdf:
            numbers = [ln.text for i in range(len(pdf.pages)) for ln in text_lines(pdf, i)
                       if re.fullmatch(r"— \d+ —", ln.text)]
            assert numbers.count("— 1 —") == len(p.drafts)
            assert len(pdf.pages) == sum(d.pages for d in p.drafts)


def test_bulletin_figures_reach_the_page(pdfs):
    text = "".join((p.extract_text() or "") for p in pdfs["bulletin"].pages).replace("\n", "")
    assert "共办理自治区党委领导批示件18件，办结18件，到期办结率100%" in text


# ---------------------------------------------------------------- issue 16: what a secretary corrects

ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
CJK_SPACE_DIGIT = re.compile(r"[\u4e00-\u9fff，。、；：）》”] +\d|\d +[\u4e00-\u9fff（《“]")


@pytest.fixture(scope="module")
def more_pdfs(prepared, tmp_path_factory):
    """Besides the first draft of each kind: the batch files and the bulletin with details."""
    from models.core.db import close_database
    from reports import issuing

    open_copy(tmp_path_factory, tmp_path_factory.mktemp("docs-more") / "demo.sqlite3")
    try:
        details = issuing.prepare_bulletin(dt.date(2014, 1, 1), TODAY, TODAY, TODAY, issue=12, details=True)
        oneday = issuing.prepare_bulletin(TODAY, TODAY, TODAY, TODAY, issue=12)
    finally:
        close_database()
    files = {k: prepared[k].rendered.pdf for k in KINDS}
    files["bulletin-details"] = details.rendered.pdf
    files["bulletin-oneday"] = oneday.rendered.pdf
    for extra in ("special-research", "leader_sheet"):
        files[extra] = prepared[extra].rendered.pdf
    opened = {k: pdfplumber.open(io.BytesIO(v)) for k, v in files.items()}
    yield opened
    for pdf in opened.values():
        pdf.close()


def test_no_iso_date_and_no_space_between_chinese_and_digits(more_pdfs):
    for kind, pdf in more_pdfs.items():
        lines = [ln.text for i in range(len(pdf.pages)) for ln in text_lines(pdf, i)]
        assert len(lines) > 20, kind
        for text in lines:
            assert not ISO_DATE.search(text), (kind, text)
            assert not CJK_SPACE_DIGIT.search(text), (kind, text)
        joined = "".join(lines)
        for odd in ("关于“关于", "协办办理", "至10月28日至", "10月28日至10月28日", "0771-0000000"):
            assert odd not in joined, (kind, odd)


def test_closing_block_is_on_an_even_page_of_every_copy(prepared):
    for kind in KINDS:
        for draft in prepared[kind].drafts:
            with pdfplumber.open(io.BytesIO(draft.pdf)) as pdf:
                last = len(pdf.pages)
                assert last % 2 == 0, (kind, draft.number, last)
                assert _closing_page(pdf, last - 1)
                assert not any(_closing_page(pdf, i) for i in range(last - 1))


def test_each_copy_of_a_batch_starts_on_an_odd_page(prepared):
    for kind in ("notice", "reminder"):
        p = prepared[kind]
        assert len(p.drafts) > 1
        with pdfplumber.open(io.BytesIO(p.rendered.pdf)) as pdf:
            firsts = [i + 1 for i in range(len(pdf.pages))
                      if any(_is_red(c["non_stroking_color"]) for c in pdf.pages[i].chars)]
            assert len(firsts) == len(p.drafts)
            assert all(n % 2 == 1 for n in firsts), firsts


def test_the_feedback_form_is_an_attachment_page(pdfs):
    pdf = pdfs["notice"]
    index = next(i for i in range(len(pdf.pages)) if any(ln.text == "单位负责人" for ln in text_lines(pdf, i)))
    assert index > 0
    lines = text_lines(pdf, index)
    label, title = lines[0], lines[1]
    heading = next(ln for ln in _body(pdf, 0) if ln.text.startswith("一、"))
    # 7.3.7: "附件" in 3号黑体 flush left on line 1, the title in 2号 centred on line 3.
    assert label.text == "附件" and abs(label.size - 16) < 0.01
    assert label.chars[0]["fontname"] == heading.chars[0]["fontname"]
    assert label.x0 == pytest.approx(TEXT_LEFT, abs=0.5)
    assert label.top == pytest.approx(TEXT_TOP_FROM_TOP, abs=TOL)
    assert title.text == "办理情况反馈表" and abs(title.size - 22) < 0.01
    assert title.top == pytest.approx(TEXT_TOP_FROM_TOP + 2 * LINE_PITCH, abs=TOL)
    assert (title.x0 + title.x1) / 2 == pytest.approx(TEXT_LEFT + TEXT_WIDTH / 2, abs=TOL)
    # Its page number continues the notice's; the form's table is in 4号.
    assert _number(pdf, index).text == f"— {index + 1} —"
    cell = next(ln for ln in lines if ln.text.startswith("报送日期"))
    assert abs(cell.size - 14) < 0.01


def test_the_report_to_the_city_committee_names_its_signer(pdfs):
    from reports.pagegrid import CHAR_PITCH

    line = next(ln for ln in text_lines(pdfs["feedback"], 0) if "签发人" in ln.text)
    assert line.text.startswith("南委督反〔2014〕") and line.text.endswith("签发人：陈建国")
    assert line.x0 == pytest.approx(TEXT_LEFT + CHAR_PITCH, abs=TOL)
    assert line.x1 == pytest.approx(TEXT_RIGHT - CHAR_PITCH, abs=TOL)
    label = [c for c in line.chars if c["text"] in "签发人"]
    name = [c for c in line.chars if c["text"] in "陈建国"]
    assert label[0]["fontname"] != name[0]["fontname"]  # 仿宋 label, 楷体 name


def test_tables_are_readable(more_pdfs, prepared):
    pdf = more_pdfs["bulletin"]
    data = prepared["bulletin"].data[0]
    lines = [ln for i in range(len(pdf.pages)) for ln in text_lines(pdf, i)]
    # Every deadline in the 批示件 table is printed whole on one line, at 小四 or larger.
    for row in data.instructions:
        assert any(row.deadline in ln.text for ln in lines), row.deadline
    sizes = {c["size"] for ln in lines for c in ln.chars if c["text"] == "督"}
    assert min(sizes) >= 12 - 0.01
    # No cell spreads its characters apart ("五 象 新 区"): a gap between two table
    # characters on one line is a column rule between them.
    for i in range(len(pdf.pages)):
        rules = [r["x0"] for r in pdf.pages[i].lines if abs(r["x0"] - r["x1"]) < 0.1]
        for ln in text_lines(pdf, i):
            for a, b in zip(ln.chars, ln.chars[1:], strict=False):
                if not (is_wide(a["text"]) and is_wide(b["text"]) and a["size"] < 15):
                    continue
                if b["x0"] - a["x1"] > 0.1 * a["size"]:
                    assert any(a["x1"] < x < b["x0"] for x in rules), ln.text
GREY = (0.78, 0.78, 0.78)  # the draft mark's colour (reports.rendering)


def _grey(page) -> str:
    """The page's grey characters — the draft mark — in drawing order."""
    return "".join(c["text"] for c in page.chars if c["text"].strip()
                   and tuple(round(x, 2) for x in (c.get("non_stroking_color") or ())) == GREY)


def _chars(pdf) -> str:
    return "".join(c["text"] for page in pdf.pages for c in page.chars)


@pytest.mark.parametrize("kind", KINDS)
def test_unissued_file_is_marked_on_every_page_and_carries_no_number(prepared, kind):
    """The 样稿 (previewed, printed and saved before 印发): the mark on every page, the number blank."""
    p = prepared[kind]
    with pdfplumber.open(io.BytesIO(p.rendered.pdf)) as pdf:
        assert [_grey(page) for page in pdf.pages] == ["样稿·未印发"] * len(pdf.pages)
        text, metadata = _chars(pdf), str(pdf.metadata)
    for number in p.numbers:
        assert number not in text and number not in metadata
    assert text.count(prepared["blanks"][kind]) >= len(p.drafts)


@pytest.mark.parametrize("kind", KINDS)
def test_unissued_file_keeps_the_issued_layout(prepared, kind):
    """Same pages, the blank number line where the number will stand (GB/T 9704 发文字号/期号)."""
    p = prepared[kind]
    blank = prepared["blanks"][kind]
    with pdfplumber.open(io.BytesIO(p.rendered.pdf)) as sample, pdfplumber.open(io.BytesIO(p.official.pdf)) as official:
        assert len(sample.pages) == len(official.pages)
        issued = next(ln for ln in text_lines(official, 0) if ln.text.startswith(p.numbers[0]))
        draft = next(ln for ln in text_lines(sample, 0) if ln.text.startswith(blank))
    assert draft.top == pytest.approx(issued.top, abs=0.1)
    if issued.text == p.numbers[0]:  # a centred number line
        assert (draft.x0 + draft.x1) / 2 == pytest.approx((issued.x0 + issued.x1) / 2, abs=0.5)
    else:  # 上行文: the number flush left, 签发人 on the right of the same line (7.2.4)
        assert draft.x0 == pytest.approx(issued.x0, abs=0.5)
        assert draft.text.endswith(issued.text.split(p.numbers[0], 1)[1])


@pytest.mark.parametrize("kind", KINDS)
def test_issued_file_is_the_plain_document_with_its_numbers(prepared, kind):
    """What issuing keeps (and prints after 印发) is the document as before: numbers, no mark."""
    from reports.bulletin import bulletin_pdf
    from reports.criticism import criticism_pdf
    from reports.feedback import feedback_pdf
    from reports.message_transfer import message_transfer_pdf
    from reports.notice import notices_pdf
    from reports.reminder import reminders_pdf
    from reports.report_back import report_back_pdf
    from reports.special_report import special_report_pdf

    p = prepared[kind]
    again = {"bulletin": lambda: bulletin_pdf(p.data[0]), "criticism": lambda: criticism_pdf(p.data[0]),
             "notice": lambda: notices_pdf(p.data), "reminder": lambda: reminders_pdf(p.data),
             "feedback": lambda: feedback_pdf(p.data[0]), "special": lambda: special_report_pdf(p.data[0]),
             "report_back": lambda: report_back_pdf(p.data[0]),
             "message": lambda: message_transfer_pdf(p.data[0])}[kind]()
    assert p.official.pdf == again.pdf
    if len(p.drafts) == 1:
        assert p.drafts[0].pdf == p.official.pdf
    with pdfplumber.open(io.BytesIO(p.official.pdf)) as pdf:
        assert not any(_grey(page) for page in pdf.pages)
        text = _chars(pdf)
    assert all(number in text for number in p.numbers)
    assert prepared["blanks"][kind] not in text
