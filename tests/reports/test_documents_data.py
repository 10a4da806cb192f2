"""The figures each printed document carries, checked on the demonstration office."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.documents_demo import TODAY, open_copy

START = dt.date(2014, 1, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from models.core.db import close_database

    path = tmp_path_factory.mktemp("docs-data") / "demo.sqlite3"
    db = open_copy(tmp_path_factory, path)
    yield db
    close_database()


@pytest.fixture(scope="module")
def bulletin(demo):
    from models.documents.data import bulletin_data

    return bulletin_data(START, TODAY, TODAY, 12, "2014年第12期", TODAY)


def test_bulletin_figures_sentence_is_the_articles(bulletin):
    assert "共办理自治区党委领导批示件18件，办结18件，到期办结率100%" in bulletin.summary
    assert "立项办理市委领导批示件35件，办结35件，到期办结率100%" in bulletin.summary


def test_bulletin_figures_are_those_of_stats(bulletin):
    from models.core.figures import collect
    from models.core.numbers import percent

    ins = collect(START, TODAY, TODAY)["instructions"]
    for row, key in zip(bulletin.levels, ("regional", "city", "all"), strict=True):
        f = ins[key]
        assert (row.received, row.registered, row.completed, row.due, row.on_time, row.overdue) == (
            f["received"], f["registered"], f["completed"], f["due"], f["completed_on_time"], f["overdue"])
        assert row.rate == percent(f["on_time_rate"])
    assert [r.label for r in bulletin.levels] == ["自治区党委领导批示件", "市委领导批示件", "合计"]


def test_bulletin_key_items_table(bulletin):
    from models.core.figures import collect

    key = collect(START, TODAY, TODAY)["key_items"]
    assert len(bulletin.key_items) == key["total"] == 22
    assert [r.number for r in bulletin.key_items] == list(range(1, 23))
    assert sum(bulletin.light_counts.values()) == 22
    counted = {w: sum(1 for r in bulletin.key_items if r.light == w) for w in bulletin.light_counts}
    assert counted == bulletin.light_counts
    assert all(r.lead_unit and r.progress for r in bulletin.key_items)


def test_bulletin_instructions_and_problems(bulletin):
    from models.instructions.records import Instruction
    from models.key_items.activities import activities_between

    handling = Instruction.select().where(Instruction.state.in_(("已交办", "办理中"))).count()
    states = [r.state for r in bulletin.instructions]
    assert sum(1 for s in states if s in ("已交办", "办理中")) == handling
    assert sum(1 for s in states if s not in ("已交办", "办理中")) >= 53
    assert len(bulletin.problems) == sum(1 for a in activities_between(START, TODAY) if a.problems.strip())
    assert bulletin.problems and all(p.problems for p in bulletin.problems)


def test_bulletin_narrative_is_separate_from_figures(demo):
    from models.documents.data import BulletinNarrative, bulletin_data

    text = BulletinNarrative("标题", "到期办结率0%", "", "", "下一步")
    d = bulletin_data(START, TODAY, TODAY, 1, "2014年第1期", TODAY, text)
    assert d.narrative.overview == "到期办结率0%"
    assert "到期办结率100%" in d.summary


def test_notice_carries_the_instruction_word_for_word(demo):
    from models.documents.data import notice_data, notice_targets
    from models.instructions.records import Instruction

    ins = Instruction.select().where(Instruction.state == "办理中").first()
    targets = notice_targets(ins.id, TODAY)
    d = notice_data(ins.id, targets[0], targets, 3, "南委督办〔2014〕3号", TODAY)
    assert d.text == ins.text and d.leader == ins.leader_name
    assert d.source_title == ins.source_title and d.deadline == targets[0].deadline
    assert d.role == "牵头" and set(d.other_units) == {t.unit for t in targets[1:]}


def test_reminder_counts_working_days_late_and_the_nth_time(demo):
    from models.calendar.store import load_calendar
    from models.calendar.workdays import working_days_between
    from models.documents.data import reminder_assignments, reminder_data
    from models.instructions.records import Instruction

    ins = Instruction.select().where(Instruction.state == "办理中").order_by(Instruction.deadline).first()
    a = reminder_assignments(ins.id)[0]
    d = reminder_data(a.id, 1, "南委督催〔2014〕1号", TODAY)
    assert d.times == a.reminder_count + 1
    if a.deadline < TODAY:
        assert d.overdue_days == working_days_between(load_calendar(), a.deadline, TODAY) > 0
    assert d.reply_by > TODAY


def test_feedback_lists_every_decided_matter(demo):
    from models.documents.data import feedback_data
    from models.key_items.items import KeyItem

    d = feedback_data([], 1, "南委督反〔2014〕1号", TODAY, TODAY)
    registered = KeyItem.select().where(KeyItem.minutes_id.is_null(False)).count()
    assert d.total == registered == sum(d.by_state.values()) > 0
    assert [s.number for s in d.sections] == ["〔2014〕8号", "〔2014〕15号"]


def test_criticism_lists_each_unit_and_matter(demo, actor):
    from models.documents.data import criticism_data
    from models.instructions.criticism import create_criticism, current_candidates

    cands = current_candidates(TODAY)[:3]
    rec = create_criticism(actor, cands, TODAY, dt.date(2014, 11, 10), "逐件说明原因。")
    d = criticism_data(rec.id, 1, "南委办督〔2014〕1号", TODAY)
    assert [r.number for r in d.rows] == [c.number for c in cands]
    assert [r.matter for r in d.rows] == [c.matter for c in cands]
    for r, c in zip(d.rows, cands, strict=True):
        # The reasons as a person writes them: the deadline said once, in words, no spaces.
        assert r.deadline == f"{c.deadline.year}年{c.deadline.month}月{c.deadline.day}日"
        assert "时限" in c.mishandling and "（时限" not in r.mishandling
        assert "-" not in r.mishandling and " " not in r.mishandling
        assert r.mishandling.startswith("超过办理时限") and "个工作日" in r.mishandling
    assert d.required_by == dt.date(2014, 11, 10) and d.units


def test_bulletin_details_are_every_units_latest_report(demo):
    from models.documents.data import bulletin_data
    from models.key_items.items import KeyItem, plan_for_year
    from models.key_items.progress import latest_progress

    d = bulletin_data(START, TODAY, TODAY, 1, "2014年第1期", TODAY, details=True)
    ids = [i.id for i in KeyItem.select().where(KeyItem.plan == plan_for_year(2014).id)]
    latest = latest_progress(ids)
    # Every item has its place (an item without a report says so), numbered as in the table.
    assert len(d.details) == sum(len(latest.get(i, [])) or 1 for i in ids) > 22
    assert sorted({x.item_number for x in d.details}) == list(range(1, 23))
    assert bulletin_data(START, TODAY, TODAY, 1, "2014年第1期", TODAY).details == []


def test_text_from_the_database_is_printed_as_people_write_it():
    from models.documents.data import findings, period_label, printed, sentence

    assert printed("超过办理时限 214 个工作日（时限 2013-12-17）") == "超过办理时限214个工作日（时限2013年12月17日）"
    assert printed("督〔2013〕4号 城中村改造") == "督〔2013〕4号城中村改造"
    assert printed("GB/T 9704 text") == "GB/T 9704 text"
    assert sentence("建设资金到位不足；") == "建设资金到位不足。"
    assert findings("建设资金到位不足；建设资金到位不足") == "建设资金到位不足。"
    assert findings("审批慢；资金不足；审批慢。") == "审批慢；资金不足。"
    assert period_label(TODAY, TODAY) == "2014年10月28日"
    assert period_label(START, dt.date(2014, 10, 31)) == "2014年1—10月"


def test_an_instruction_is_never_called_about_about():
    from models.documents.data import instruction_phrase, role_phrase

    text = instruction_phrase("黄振宇", "", "关于《南宁市城中村改造实施意见》的请示", "督〔2014〕90号")
    assert "关于“关于" not in text and "关于关于" not in text
    assert text == "黄振宇同志关于《南宁市城中村改造实施意见》的请示的批示（督〔2014〕90号）"
    assert instruction_phrase("黄振宇", "《联名信》", "城中村", "督〔2013〕4号") == "黄振宇同志在《联名信》上的批示（督〔2013〕4号）"
    assert role_phrase("协办") == "协办" and role_phrase("牵头") == "牵头办理"


def test_a_period_ending_after_today_stops_at_today(demo):
    from models.documents.data import bulletin_data

    d = bulletin_data(dt.date(2014, 10, 1), dt.date(2014, 12, 31), TODAY, 1, "2014年第1期", TODAY)
    assert d.end == TODAY and d.requested_end == dt.date(2014, 12, 31)
    assert "10月28日" in d.narrative.title and "12月31日" not in d.narrative.title
    with pytest.raises(Exception, match="晚于今天"):
        bulletin_data(dt.date(2014, 11, 1), dt.date(2014, 12, 31), TODAY, 1, "2014年第1期", TODAY)


def test_an_empty_period_says_so_plainly(demo):
    from models.documents.data import bulletin_data

    # A Sunday in the demo year: nothing received, completed or due, no activity.
    day = dt.date(2014, 3, 2)
    d = bulletin_data(day, day, TODAY, 1, "2014年第1期", TODAY)
    assert d.summary.startswith("2014年3月2日，没有立项、办结或到期的领导批示件")
    assert "0条" not in d.summary and "0件" not in d.summary and "今年以来" not in d.summary
    assert "10月28日至" not in d.narrative.title


def test_advice_speaks_only_of_lights_that_exist(demo):
    from models.documents.data import default_narrative

    calm = default_narrative(START, TODAY, {"绿灯": 20, "已结": 2}, problems=False)
    assert "红灯" not in calm.key_items_comment and "黄灯" not in calm.key_items_comment
    assert calm.problems_comment == ""
    warned = default_narrative(START, TODAY, {"红灯": 1, "绿灯": 20}, problems=True)
    assert "亮红灯的事项" in warned.key_items_comment and warned.problems_comment
    assert "红灯、黄灯" in default_narrative(START, TODAY).key_items_comment  # the demo has both


def test_odd_looking_figures_are_explained(demo):
    from models.documents.data import bulletin_data

    d = bulletin_data(dt.date(2014, 3, 1), dt.date(2014, 6, 30), TODAY, 1, "2014年第1期", TODAY)
    city = d.carried["city"]
    if city.completed_registered_before:
        assert f"（其中{city.completed_registered_before}件为2014年3月1日前立项）" in d.summary
    assert d.carried["all"].overdue_due_before == 2  # the two 2013 items still being handled
