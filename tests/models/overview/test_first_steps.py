"""The 工作台's first steps: shown while units, key items or instructions are still empty."""
from __future__ import annotations


def test_an_empty_database_needs_all_three(db, today):
    from models.overview.dashboard import build_dashboard

    steps = build_dashboard(today).first_steps
    assert (steps.units, steps.key_items, steps.instructions) == (0, 0, 0) and steps.needed


def test_units_alone_do_not_end_the_first_steps(db, actor, today):
    from models.overview.dashboard import first_steps
    from models.reference.directory import UnitData, save_unit

    save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))
    steps = first_steps()
    assert steps.units == 1 and steps.needed


def test_the_demonstration_needs_none(demo_db, today):
    from models.overview.dashboard import build_dashboard

    steps = build_dashboard(today).first_steps
    assert steps.units == 44 and steps.key_items == 22 and steps.instructions > 0
    assert not steps.needed


def test_file_state_tells_a_demonstration_from_the_office(demo_db, db_path, tmp_path, actor):
    from models.demo import DEMO_DAY, demo_day, file_state

    assert demo_day() == DEMO_DAY
    assert file_state(db_path) == "demo"
    assert file_state(tmp_path / "none.sqlite3") == "missing"
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert file_state(junk) == "other"
