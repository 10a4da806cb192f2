"""Entering a year's calendar re-dates the provisional working-day deadlines of key items."""
from __future__ import annotations

import datetime as dt

D = dt.date


def _provisional_item(actor):
    """An item due 5 working days after 2026-12-30: lands in 2027, a year not yet entered."""
    from models.key_items.items import ItemData, save_item, save_plan
    from models.reference.directory import UnitData, save_unit

    unit = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")).id
    plan = save_plan(actor, 2027)
    item = save_item(actor, plan.id, ItemData(1, "跨江桥梁通车", unit, deadline_days=5,
                                              assigned_on=D(2026, 12, 30)))
    # Mon–Fri only: 12-31, 01-01, 01-04, 01-05, 01-06
    assert item.deadline == D(2027, 1, 6) and item.deadline_provisional is True
    return item


NEW_YEAR_2027 = "日期,类型,名称\n2027-01-01,放假,元旦\n"


def test_entering_2027_recomputes_and_clears_the_provisional_flag(db, actor):
    from models.calendar.store import DayEntry, import_calendar, load_calendar
    from models.core import audit
    from models.key_items.items import KeyItem, recompute_deadlines

    item = _provisional_item(actor)
    import_calendar(actor, [DayEntry(D(2027, 1, 1), False, "元旦")], [2027])
    assert recompute_deadlines(actor, load_calendar()) == 1
    fresh = KeyItem.get_by_id(item.id)
    assert fresh.deadline == D(2027, 1, 7)  # New Year's Day no longer counts
    assert fresh.deadline_provisional is False and "暂定" not in fresh.deadline_text()
    assert any("重算完成时限" in (r.summary or "") for r in audit.AuditLog.select())
    assert recompute_deadlines(actor, load_calendar()) == 0


def test_cli_workdays_import_recomputes_and_prints_the_count(db, db_address, actor, tmp_path, capsys, monkeypatch):
    from cli import run
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.key_items.items import KeyItem

    item = _provisional_item(actor)
    close_database()
    monkeypatch.delenv("DUCHA_PASSWORD", raising=False)
    calendar_file = tmp_path / "2027.csv"
    calendar_file.write_text(NEW_YEAR_2027, encoding="utf-8")
    assert run(["workdays", "import", str(calendar_file), "--db", db_address]) == 0
    out = capsys.readouterr().out
    assert "已按新日历重算 1 项" in out
    open_database(db_address)
    fresh = KeyItem.get_by_id(item.id)
    assert fresh.deadline == D(2027, 1, 7) and fresh.deadline_provisional is False
    assert run(["workdays", "import", str(calendar_file), "--db", db_address]) == 0
    assert "已按新日历重算 0 项" in capsys.readouterr().out
