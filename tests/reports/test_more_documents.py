"""Issue 16 part 4 on the demonstration office: 督查专报, 办理情况报告 (报结),
领导批示件办理情况一览表 and 网民留言转办单 — what they say, their numbers, what issuing
records, their Word files. (Page geometry and text checks: test_documents_layout.py.)"""
from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from tests.documents_demo import TODAY, open_copy


@pytest.fixture
def demo(tmp_path_factory, tmp_path):
    from models.core.db import close_database

    db = open_copy(tmp_path_factory, tmp_path / "demo.sqlite3")
    yield db
    close_database()


def _reviewed():
    from models.instructions.records import Instruction

    return (Instruction.select().where(Instruction.state == "已复核")
            .order_by(Instruction.number_year, Instruction.number_seq).first())


def _forwarded():
    from models.messages.records import Message

    return Message.select().where(Message.state == "已转办").order_by(Message.id).first()


def test_special_report_of_an_activity_says_each_finding_once_and_lists_the_suggestions(demo):
    from models.documents.more_data import special_report_data
    from models.key_items.activities import ActivitySuggestion, SupervisionActivity

    a = SupervisionActivity.get_by_id(1)
    assert a.problems.count("建设资金到位不足") == 2  # the demo records it twice
    d = special_report_data("activity", 1, 1, "2014年第1期", TODAY)
    assert d.problems == ["建设资金到位不足。"]
    assert d.title == f"关于{a.title}情况的报告"
    assert d.opening.startswith("2014年2月19日，中共南宁市委督查室赴")
    wanted = [s.content for s in ActivitySuggestion.select().where(ActivitySuggestion.activity == 1)]
    assert [s.text.rstrip("。") for s in d.suggestions] == [w.rstrip("。") for w in wanted]
    assert d.mark == "督查专报"


def test_special_report_of_a_research_topic_separates_findings_from_suggestions(demo):
    from models.documents.more_data import special_report_data
    from models.research.topics import Finding

    d = special_report_data("research", 1, 1, "2014年第1期", TODAY)
    kinds = {f.kind: 0 for f in Finding.select().where(Finding.topic == 1)}
    for f in Finding.select().where(Finding.topic == 1):
        kinds[f.kind] += 1
    assert len(d.problems) == kinds["发现问题"] and len(d.suggestions) == kinds["意见建议"]
    assert "2014年3月18日至4月9日" in d.opening  # the year said once


def test_special_report_without_findings_is_refused(demo, actor):
    from models.core.errors import WorkflowError
    from models.documents.more_data import special_report_data
    from models.key_items.activities import ActivityData, save_activity
    from models.key_items.items import KeyItem

    item = KeyItem.select().first()
    a = save_activity(actor, ActivityData(TODAY, "定点督查", "某项目定点督查", [item.id]))
    with pytest.raises(WorkflowError, match="没有记录发现的问题或意见建议"):
        special_report_data("activity", a.id, 1, "2014年第1期", TODAY)


def test_special_report_has_its_own_numbering(demo, actor):
    from models.documents import register as reg
    from reports import issuing

    issuing.issue(actor, issuing.prepare_bulletin(dt.date(2014, 1, 1), TODAY, TODAY, TODAY))
    first = issuing.prepare_special_report("activity", 3, TODAY)
    assert first.numbers == ["2014年第1期"]  # the bulletin's 第1期 does not count
    issuing.issue(actor, first)
    second = issuing.prepare_special_report("research", 1, TODAY)
    assert second.numbers == ["2014年第2期"]
    issuing.issue(actor, second)
    rows = reg.register_rows(kind=reg.SPECIAL)
    assert [r.number for r in rows] == ["2014年第2期", "2014年第1期"]
    assert rows[0].kind_label == "督查专报"


def test_report_back_quotes_the_instruction_and_each_units_work(demo):
    from models.documents.more_data import report_back_data
    from models.instructions.records import Assignment, ProgressReport

    ins = _reviewed()
    d = report_back_data(ins.id, 1, "南委督报〔2014〕1号", TODAY)
    assert d.text == ins.text.strip()
    assert d.leader == ins.leader_name
    units = {a.unit.name for a in Assignment.select().where(Assignment.instruction == ins.id)}
    assert {u.unit for u in d.units} == units
    steps = "".join(s for u in d.units for s in u.steps)
    for p in ProgressReport.select().join(Assignment).where(Assignment.instruction == ins.id):
        assert p.text.rstrip("。") in steps
    assert "复核通过" in d.review
    assert d.title.endswith("批示件办理情况的报告") and "》上的" not in d.title


def test_report_back_waits_for_the_review(demo):
    from models.core.errors import WorkflowError
    from models.documents.more_data import report_back_data
    from models.instructions.records import Instruction

    busy = Instruction.select().where(Instruction.state == "办理中").first()
    with pytest.raises(WorkflowError, match="回访复核"):
        report_back_data(busy.id, 1, "南委督报〔2014〕1号", TODAY)


def test_issuing_the_report_back_records_the_report_once(demo, actor):
    from models.core.errors import WorkflowError
    from models.instructions.records import Instruction
    from reports import issuing

    ins = _reviewed()
    docs = issuing.issue(actor, issuing.prepare_report_back(ins.id, TODAY))
    after = Instruction.get_by_id(ins.id)
    assert after.state == "已报结" and after.reported_on == TODAY
    assert docs[0].number in after.report_text
    with pytest.raises(WorkflowError, match="已于2014年10月28日印发"):
        issuing.issue(actor, issuing.prepare_report_back(ins.id, TODAY))


def test_leader_sheet_lists_the_leaders_instructions_on_landscape_pages(demo):
    from models.overview.leader_sheet import leader_sheet
    from reports import issuing

    leader = _reviewed().leader_name
    p = issuing.prepare_leader_sheet(leader, dt.date(2014, 1, 1), dt.date(2014, 12, 31), TODAY, TODAY)
    d = p.data[0]
    sheet = leader_sheet(leader, dt.date(2014, 1, 1), TODAY, TODAY)
    assert [ln.number for ln in d.lines] == [r.number for r in sheet.rows]
    assert d.end == TODAY  # a period ending after today stops at today
    assert f"共{sheet.total}件" in d.summary and f"已办结{sheet.completed}件" in d.summary
    with pdfplumber.open(io.BytesIO(p.official.pdf)) as pdf:
        page = pdf.pages[0]
        assert page.width > page.height  # A4 landscape
        text = "".join(pg.extract_text() or "" for pg in pdf.pages).replace("\n", "")
        assert d.title in text and p.numbers[0] in text
        for ln in d.lines:
            assert ln.deadline in text  # a date never broken inside its cell
        sizes = {round(c["size"], 1) for c in page.chars if c["text"] == "督"}
        assert min(sizes) >= 12
    with pdfplumber.open(io.BytesIO(p.rendered.pdf)) as sample:
        marks = ["".join(c["text"] for c in pg.chars if c["text"].strip()
                         and tuple(round(x, 2) for x in (c.get("non_stroking_color") or ())) == (0.78, 0.78, 0.78))
                 for pg in sample.pages]
        assert marks == ["样稿·未印发"] * len(sample.pages)
        assert p.numbers[0] not in "".join(c["text"] for pg in sample.pages for c in pg.chars)


def test_leader_sheet_without_instructions_says_so(demo):
    from models.core.errors import WorkflowError
    from models.documents.more_data import leader_sheet_data

    with pytest.raises(WorkflowError, match="没有批示件"):
        leader_sheet_data("王五", dt.date(2014, 1, 1), TODAY, TODAY, 1, "南委督表〔2014〕1号", TODAY)


def test_message_transfer_gives_the_unit_and_the_reply_deadline(demo):
    from models.calendar.store import load_calendar
    from models.calendar.workdays import add_working_days
    from models.documents.more_data import message_transfer_data

    msg = _forwarded()
    d = message_transfer_data(msg.id, 1, "南委督转〔2014〕1号", TODAY)
    assert d.unit == msg.unit.name and d.board_no == msg.board_no
    assert d.reply_by == add_working_days(load_calendar(), msg.forwarded_on, 5)
    assert d.board == msg.addressed_to


def test_message_transfer_waits_for_the_forwarding(demo):
    from models.core.errors import WorkflowError
    from models.documents.more_data import message_transfer_data
    from models.messages.records import Message

    new = Message.select().where(Message.state == "新留言").first()
    with pytest.raises(WorkflowError, match="请先在“网民留言”中转办"):
        message_transfer_data(new.id, 1, "南委督转〔2014〕1号", TODAY)


def test_message_transfer_is_not_issued_without_the_offices_contact(demo, actor):
    from models.core import settings
    from models.core.errors import WorkflowError
    from reports import issuing

    settings.set_value(actor, settings.OFFICE_CONTACT.key, "")
    p = issuing.prepare_message_transfer(_forwarded().id, TODAY)
    assert any("联系人及电话" in w for w in p.warnings)
    with pytest.raises(WorkflowError, match="联系人和电话"):
        issuing.issue(actor, p)


@pytest.mark.parametrize("kind", ["special", "report_back", "leader_sheet", "message"])
def test_every_new_document_is_also_a_word_file(demo, kind):
    import docx
    from docx.enum.section import WD_ORIENT

    from reports import issuing
    from reports.word import prepared_docx

    p = {"special": lambda: issuing.prepare_special_report("activity", 3, TODAY),
         "report_back": lambda: issuing.prepare_report_back(_reviewed().id, TODAY),
         "leader_sheet": lambda: issuing.prepare_leader_sheet(_reviewed().leader_name, dt.date(2014, 1, 1), TODAY,
                                                              TODAY, TODAY),
         "message": lambda: issuing.prepare_message_transfer(_forwarded().id, TODAY)}[kind]()
    official = docx.Document(io.BytesIO(prepared_docx(p, draft=False)))
    text = "\n".join(par.text for par in official.paragraphs)
    assert p.numbers[0] in text
    title = "网民留言转办单" if kind == "message" else p.data[0].title
    assert title in text.replace("\n", "")
    section = official.sections[0]
    landscape = kind == "leader_sheet"
    assert (section.page_width > section.page_height) is landscape
    assert (section.orientation == WD_ORIENT.LANDSCAPE) is landscape
    draft = docx.Document(io.BytesIO(prepared_docx(p, draft=True)))
    assert p.numbers[0] not in "\n".join(par.text for par in draft.paragraphs)


def test_special_report_reads_as_written_by_hand(demo):
    """Quotes inside quotes turn single, the method is not said twice, a planned visit is not reported."""
    from models.documents.more_data import special_report_data
    from models.research.topics import FieldVisit

    green = special_report_data("activity", 12, 1, "2014年第1期", TODAY)
    assert "“‘中国绿城’提升工程”" in green.background[0] and "““" not in green.background[0]
    assert "督查重点督查" not in green.opening
    later = FieldVisit.select().where((FieldVisit.topic == 3) & (FieldVisit.day > TODAY)).first()
    assert later is not None  # the demo plans one after "today"
    d = special_report_data("research", 3, 1, "2014年第1期", TODAY)
    assert later.place not in d.opening and f"{later.day.month}月{later.day.day}日" not in d.opening
    topic = special_report_data("research", 1, 1, "2014年第1期", TODAY)
    assert not topic.background[0].startswith("马山县加快特色城镇化建设：")


def test_libreoffice_lays_the_sheet_out_landscape_with_every_date_on_one_line(demo, tmp_path):
    """The Word file of the 一览表 as a client lays it out: A4 landscape, each row there, no date broken."""
    import shutil
    import subprocess

    from reports import issuing
    from reports.word import prepared_docx

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui")
    leader = _reviewed().leader_name
    p = issuing.prepare_leader_sheet(leader, dt.date(2014, 1, 1), TODAY, TODAY, TODAY)
    (tmp_path / "sheet.docx").write_bytes(prepared_docx(p, draft=False))
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "sheet.docx")], check=True, capture_output=True,
                   timeout=300)
    with pdfplumber.open(tmp_path / "sheet.pdf") as pdf:
        assert all(page.width > page.height for page in pdf.pages)
        lines = [ln["text"].replace(" ", "") for page in pdf.pages for ln in page.extract_text_lines()]
    for ln in p.data[0].lines:
        assert any(ln.number in text for text in lines), ln.number
        if ln.deadline != "—":
            assert any(ln.deadline in text for text in lines), ln.deadline


def test_special_report_goes_to_the_city_leaders_and_keeps_suggestions_as_made(demo, actor):
    """A new clerk's reading: 主送 市委领导 (or the office's own setting), no "此建议已落实"
    in the report that makes the suggestion, no second body beside one the text names, and a
    基本情况 that says what the field visits recorded rather than the register's summary line."""
    from models.core import settings
    from models.documents.more_data import SPECIAL_TO, special_report_data
    from reports.special_report import special_report_blocks

    d = special_report_data("activity", 1, 1, "2014年第1期", TODAY)
    assert d.recipients == "市委领导"
    text = "".join(getattr(b, "text", "") for b in special_report_blocks(d))
    assert "此建议" not in text and "已落实" not in text
    assert "建议市财政局优先保障项目建设资金。" in text and "（责任单位：五象新区管委会）" not in text
    topic = special_report_data("research", 1, 1, "2014年第1期", TODAY)
    body = "".join(getattr(b, "text", "") for b in special_report_blocks(topic))
    assert "采纳" not in body and "报市委领导参阅" not in body
    assert "调研组（梁建华、覃丽娟、陆晓东）先后实地调研3次。" in topic.background
    assert any(p.startswith("2014年3月18日，马山县白山镇：集镇道路") for p in topic.background)
    settings.set_value(actor, SPECIAL_TO.key, "市委书记，市委副书记")
    assert special_report_data("activity", 1, 1, "2014年第1期", TODAY).recipients == "市委书记，市委副书记"


def test_a_suggestion_names_its_unit_only_when_the_text_names_none(demo):
    from models.documents.more_data import suggestion_line

    assert suggestion_line("建议加强施工安全和文明施工管理。", "市交通运输局").unit == "市交通运输局"
    assert suggestion_line("建议由市重大办牵头召开协调会。", "市投促局").unit == ""


def test_a_regional_leaders_instruction_is_reported_through_the_regional_office(demo):
    """A city 督查室 does not write to a 自治区 leader: 主送 自治区党委办公厅督查室, the leader in the
    third person with the post; a city leader is still addressed in person. "报送的" names the source."""
    from models.documents.more_data import report_back_data
    from models.instructions.records import Instruction
    from reports.report_back import report_back_blocks, report_back_document

    region = Instruction.get(Instruction.number == "督〔2014〕17号")
    d = report_back_data(region.id, 1, "南委督报〔2014〕1号", TODAY)
    assert report_back_document(d).recipients == "自治区党委办公厅督查室"
    opening = report_back_blocks(d)[0].text
    assert opening.startswith("2014年8月17日，自治区党委副书记覃海明同志在自治区党委办公厅报送的"
                              "《群众反映农贸市场食品安全问题》（自治〔2014〕273号）上作出批示")
    assert "您" not in opening
    city = Instruction.get(Instruction.number == "督〔2014〕52号")
    c = report_back_data(city.id, 1, "南委督报〔2014〕2号", TODAY)
    assert report_back_document(c).recipients == "罗国栋同志"
    assert "，您在市委办公厅报送的《关于邕江沿岸违章搭建问题的情况反映》" in report_back_blocks(c)[0].text


def test_leader_sheet_counts_the_unassigned_apart_without_a_light_in_the_order_of_numbers(demo):
    """黄振宇's page: the two matters only 登记 are "尚未交办2件", not "正在办理"; 督〔2014〕56号
    (批示 2014-05-20, never assigned) has no green light; rows follow the numbers; 批示日期 printed."""
    from models.documents.more_data import leader_sheet_data
    from reports import issuing

    d = leader_sheet_data("黄振宇", dt.date(2014, 1, 1), TODAY, TODAY, 1, "南委督表〔2014〕1号", TODAY)
    assert "正在办理1件（超期1件），尚未交办2件。" in d.summary
    numbers = [ln.number for ln in d.lines]
    assert numbers.index("督〔2014〕37号") < numbers.index("督〔2014〕43号") < numbers.index("督〔2014〕56号")
    assert numbers[0] == "督〔2013〕4号"  # an earlier year's open matter first
    late = next(ln for ln in d.lines if ln.number == "督〔2014〕56号")
    assert (late.light, late.state, late.instructed_on, late.units) == ("未交办", "已登记", "2014年5月20日", "—")
    p = issuing.prepare_leader_sheet("黄振宇", dt.date(2014, 1, 1), TODAY, TODAY, TODAY)
    with pdfplumber.open(io.BytesIO(p.official.pdf)) as pdf:
        text = "".join(pg.extract_text() or "" for pg in pdf.pages).replace("\n", "").replace(" ", "")
    assert "批示日期" in text and "2014年5月20日" in text
    assert "绿灯" not in text  # every open matter of his is late, done or not yet assigned


def test_message_transfer_keeps_the_deadline_of_the_forwarding_and_writes_numbers_one_way(demo, actor):
    """A message forwarded on 2014-09-24 was due 2014-09-30 (5 working days, 9-28 a 调休 working day):
    a slip printed on 10-28 says so and warns, it does not give "2014年11月4日前"; an issued slip's date
    stays; "5个工作日" and "2个工作日" — no "两个工作日" beside them."""
    from models.core import settings
    from models.documents import register as reg
    from models.documents.more_data import message_transfer_data
    from models.messages.records import Message
    from reports import issuing
    from reports.message_transfer import message_transfer_document

    msg = Message.get(Message.board_no == "3109240205")
    assert msg.state == "已转办" and msg.forwarded_on == dt.date(2014, 9, 24)
    d = message_transfer_data(msg.id, 1, "南委督转〔2014〕1号", TODAY)
    assert d.reply_by == dt.date(2014, 9, 30)
    text = "".join(getattr(b, "text", "") for b in message_transfer_document(d).blocks)
    assert "5个工作日内" in text and "2个工作日内" in text and "两个" not in text
    p = issuing.prepare_message_transfer(msg.id, TODAY)
    assert any("答复期限2014年9月30日已过" in w for w in p.warnings)
    issuing.issue(actor, p)
    settings.set_value(actor, reg.MESSAGE_REPLY_DAYS.key, 10)  # a later change of the setting
    assert message_transfer_data(msg.id, 2, "南委督转〔2014〕2号", TODAY).reply_by == dt.date(2014, 9, 30)
