"""统计 revisited: the figures of a period computed before are shown again while nothing
has changed, and any write — a record, a setting — or another day makes them computed
afresh (equal to a cold computation)."""
from __future__ import annotations

import datetime as dt

import pytest

from models.core import settings
from models.instructions import records as m
from models.instructions import workflow as wf
from models.messages.records import OVERDUE_DAYS
from models.overview import stats_tables

D = dt.date
YEAR = (D(2014, 1, 1), D(2014, 12, 31))


@pytest.fixture
def computed(monkeypatch):
    """Counts the real computations behind compute_kept."""
    calls: list[tuple] = []
    real = stats_tables.compute

    def counting(start, end, today, first=None):
        calls.append((start, end, today))
        return real(start, end, today, first)

    stats_tables.forget_kept()
    monkeypatch.setattr(stats_tables, "compute", counting)
    yield calls
    stats_tables.forget_kept()


def test_a_period_seen_again_is_not_computed_again(demo_db, today, computed):
    first = stats_tables.compute_kept(*YEAR, today)
    quarter = stats_tables.compute_kept(D(2014, 10, 1), D(2014, 12, 31), today)
    assert stats_tables.compute_kept(*YEAR, today) is first
    assert stats_tables.compute_kept(D(2014, 10, 1), D(2014, 12, 31), today) is quarter
    assert len(computed) == 2
    # Another "today" is another view of the same records.
    later = stats_tables.compute_kept(*YEAR, today + dt.timedelta(days=1))
    assert later is not first and len(computed) == 3


def test_a_kept_bundle_hands_no_first_tables(demo_db, today, computed):
    handed: list[dict] = []
    stats_tables.compute_kept(*YEAR, today, first=handed.append)
    stats_tables.compute_kept(*YEAR, today, first=handed.append)
    assert len(handed) == 1 and len(computed) == 1


def test_a_new_record_makes_the_figures_computed_afresh(demo_db, today, actor, computed):
    before = stats_tables.compute_kept(*YEAR, today)
    wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 10, 20), text="请研究。"))
    after = stats_tables.compute_kept(*YEAR, today)
    assert len(computed) == 2
    assert after.figures["instructions"]["all"]["received"] == before.figures["instructions"]["all"]["received"] + 1
    assert after.figures == stats_tables.compute(*YEAR, today).figures


def test_a_changed_setting_makes_the_figures_computed_afresh(demo_db, today, actor, computed):
    before = stats_tables.compute_kept(*YEAR, today)
    settings.set_value(actor, OVERDUE_DAYS.key, 1)
    after = stats_tables.compute_kept(*YEAR, today)
    assert len(computed) == 2
    assert after.figures["messages"]["overdue"] > before.figures["messages"]["overdue"]


def test_a_write_while_computing_is_not_kept(demo_db, today, actor, monkeypatch):
    stats_tables.forget_kept()
    real = stats_tables.compute

    def written_meanwhile(start, end, today, first=None):
        bundle = real(start, end, today, first)
        wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 10, 20), text="请研究。"))
        return bundle

    monkeypatch.setattr(stats_tables, "compute", written_meanwhile)
    stats_tables.compute_kept(*YEAR, today)
    assert stats_tables._kept == {}
    stats_tables.forget_kept()



def test_fresh_figures_are_computed_and_kept_in_place_of_the_old(demo_db, today, computed):
    old = stats_tables.compute_kept(*YEAR, today)
    new = stats_tables.compute_kept(*YEAR, today, fresh=True)
    assert new is not old and len(computed) == 2
    assert new.figures == old.figures
    assert stats_tables.compute_kept(*YEAR, today) is new and len(computed) == 2


def test_no_more_than_the_last_periods_are_kept(demo_db, today, computed):
    months = [(D(2014, m, 1), D(2014, m, 28)) for m in range(1, stats_tables.KEPT_BUNDLES + 2)]
    for a, b in months:
        stats_tables.compute_kept(a, b, today)
    assert len(stats_tables._kept) == stats_tables.KEPT_BUNDLES
    stats_tables.compute_kept(*months[-1], today)
    assert len(computed) == len(months)
    stats_tables.compute_kept(*months[0], today)  # the oldest was dropped
    assert len(computed) == len(months) + 1
