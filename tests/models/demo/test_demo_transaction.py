"""The demonstration is built in one transaction: a failure anywhere leaves the file as it was."""
from __future__ import annotations

import pytest


def test_a_demo_failing_in_its_last_step_leaves_the_database_untouched(db, actor, monkeypatch):
    from models import demo

    last = demo.parts()[-1]
    before = list(db.connection().iterdump())
    original = last.build

    def fails_at_the_end(actor, rng, today):
        original(actor, rng, today)
        raise RuntimeError("断电")

    monkeypatch.setattr(last, "build", fails_at_the_end)
    with pytest.raises(RuntimeError, match="断电"):
        demo.build_demo(actor)
    assert list(db.connection().iterdump()) == before
    assert demo.demo_day() is None

    monkeypatch.setattr(last, "build", original)
    demo.build_demo(actor)
    assert demo.demo_day() == demo.DEMO_DAY
