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
    from models.overview.summary_text import percent

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
    assert [r.mishandling for r in d.rows] == [c.mishandling for c in cands]
    assert d.required_by == dt.date(2014, 11, 10) and d.units


def test_bulletin_details_are_every_units_latest_report(demo):
    from models.documents.data import bulletin_data
    from models.key_items.items import KeyItem, plan_for_year
    from models.key_items.progress import latest_progress

    d = bulletin_data(START, TODAY, TODAY, 1, "2014年第1期", TODAY, details=True)
    ids = [i.id for i in KeyItem.select().where(KeyItem.plan == plan_for_year(2014).id)]
    assert len(d.details) == sum(len(v) for v in latest_progress(ids).values()) > 22
    assert bulletin_data(START, TODAY, TODAY, 1, "2014年第1期", TODAY).details == []
