"""Criticism candidates on the demo, the notice record, and the calendar provider."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core.errors import WorkflowError
from models.instructions import criticism as c
from models.instructions import records as m

D = dt.date


def test_demo_candidates_and_notice(demo_db, actor, today):
    found = c.current_candidates(today)
    units = {x.unit for x in found}
    assert "西乡塘区" in units  # overdue since 2013, extension refused, reminded 3 times
    pick = [x for x in found if x.unit == "西乡塘区"]
    assert "经催办 3 次" in pick[0].mishandling
    with pytest.raises(WorkflowError, match="整改要求"):
        c.create_criticism(actor, pick, today, D(2014, 11, 10), " ")
    with pytest.raises(WorkflowError, match="至少选择"):
        c.create_criticism(actor, [], today, D(2014, 11, 10), "x")
    notice = c.create_criticism(actor, pick, today, D(2014, 11, 10), "11月10日前办结并书面报告。")
    assert notice.state == c.DRAFT and "西乡塘区" in notice.title and "南宁市西乡塘区人民政府" in notice.main_to
    items = c.criticism_items(notice.id)
    assert len(items) == 1 and items[0].deadline == pick[0].deadline
    assert c.already_named(items[0].instruction_id, items[0].unit_id)
    assert m.timeline(items[0].instruction_id)[-1].kind == "通报批评"
    c.issue_criticism(actor, notice.id, D(2014, 10, 29))
    with pytest.raises(WorkflowError, match="不能重复印发"):
        c.issue_criticism(actor, notice.id, D(2014, 10, 30))


def test_settings_change_the_candidates(demo_db, actor, today):
    from models.core import settings

    before = len(c.current_candidates(today))
    settings.set_value(actor, "instructions.criticism_reminders", 50)
    settings.set_value(actor, "instructions.criticism_overdue_days", 250)
    assert len(c.current_candidates(today)) < before


def test_agenda_shows_deadlines_with_lights(demo_db, today):
    from models.calendar import agenda
    from models.calendar.lights import Light

    found = [e for e in agenda.entries(D(2014, 10, 1), D(2014, 11, 30), today) if e.record_type == "instruction"]
    lights = {e.light for e in found}
    assert Light.YELLOW in lights and Light.GREEN in lights and Light.GREY in lights
    assert all(e.kind == "批示件期限" for e in found)


def test_demo_queue_has_every_tab_and_colour(demo_db, today):
    from models.calendar.store import load_calendar

    limit = m.yellow_limit(today, load_calendar(), 5)
    counts = m.queue_count_all("", today, limit)
    assert all(counts[k] > 0 for k, _ in m.TABS), counts
    rows = m.queue_page("all", "", today, limit, 0, 500)
    assert len(rows) == counts["all"]
    first = rows[0]
    assert first[9] in m.HANDLING_STATES and first[8] < today.isoformat()  # overdue first
    found = m.queue_page("all", "西乡塘", today, limit, 0, 50)
    assert found and all("西乡塘" in r[7] or "城中村" in r[5] for r in found)
    assert m.queue_count_all("不存在的词", today, limit)["all"] == 0
