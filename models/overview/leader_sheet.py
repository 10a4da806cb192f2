"""领导批示件办理情况一览表 as data: one leader's instructions on one page, each with its
state, the units handling it, its deadline and its traffic light.

Which instructions: those the leader gave (批示领导, by the name the queue shows) that
were received in the period, and any received earlier that are still the office's
business (not yet 办结), so nothing open drops off the leader's page. The layout is
drawn elsewhere (``reports/``); this is what it says.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from models.calendar.lights import Light
from models.calendar.store import load_calendar
from models.core import settings
from models.core.db import database
from models.instructions.records import instruction_light
from models.instructions.states import (
    DONE_STATES,
    HANDLING_STATES,
    LEVEL_LABELS,
    OPEN_STATES,
    sql_in,
)
from models.reference.directory import Leader

UNASSIGNED_STATES = tuple(s for s in OPEN_STATES if s not in HANDLING_STATES)
"""登记 or 立项 and not yet 交办: no unit, no deadline."""


@dataclass(frozen=True)
class LeaderSheetRow:
    """One instruction on the leader's page."""

    instruction_id: int
    number: str
    instructed_on: dt.date | None
    received_on: dt.date
    matter: str
    text: str
    units: str  # the units handling it now, lead first, "、"
    deadline: dt.date | None
    deadline_provisional: bool
    state: str
    light: Light | None
    """None for a matter not yet 交办: the light rule judges a deadline, and there is none yet
    (the office sets no time for 交办), so it is neither green nor red — it is 未交办."""
    completed_on: dt.date | None
    reported_on: dt.date | None


@dataclass(frozen=True)
class LeaderSheet:
    """领导批示件办理情况一览表 of one leader over a period, as seen on ``today``."""

    leader: str
    post: str
    level_label: str
    start: dt.date
    end: dt.date
    today: dt.date
    rows: list[LeaderSheetRow] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Instructions on the page."""
        return len(self.rows)

    @property
    def completed(self) -> int:
        """办结 (completed, reviewed or reported back)."""
        return sum(1 for r in self.rows if r.state in DONE_STATES)

    @property
    def open(self) -> int:
        """正在办理: assigned to units and not yet completed."""
        return sum(1 for r in self.rows if r.state in HANDLING_STATES)

    @property
    def unassigned(self) -> int:
        """尚未交办: registered (or taken up) and not yet assigned to a unit."""
        return sum(1 for r in self.rows if r.state in UNASSIGNED_STATES)

    @property
    def overdue(self) -> int:
        """Past their deadline and not finished today (red)."""
        return sum(1 for r in self.rows if r.light is Light.RED)


def _day(value: object) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


def leader_sheet(leader: str, start: dt.date, end: dt.date, today: dt.date) -> LeaderSheet:
    """The one-page list of ``leader``'s instructions (see the module's docstring), in the order of
    their numbers (督〔2014〕37号, 43号, 56号 …), as the office's ledger lists them."""
    cal = load_calendar()
    yellow = settings.get(settings.YELLOW_DAYS)
    known = Leader.get_or_none(Leader.name == leader)
    rows = database().execute_sql(
        "SELECT id, number, instructed_on, received_on, matter, source_title, text, unit_names, deadline, "
        "deadline_provisional, state, completed_on, reported_on, level FROM instruction "
        f"WHERE leader_name = ? AND (received_on BETWEEN ? AND ? OR (received_on < ? AND state IN {sql_in(OPEN_STATES)})) "
        "ORDER BY number_year, number_seq IS NULL, number_seq, received_on, id",
        [leader, start.isoformat(), end.isoformat(), start.isoformat()]).fetchall()
    out = []
    levels = set()
    for (iid, number, instructed, received, matter, title, text, units, deadline, provisional, state,
         completed, reported, level) in rows:
        due = _day(deadline)
        levels.add(level)
        out.append(LeaderSheetRow(iid, number, _day(instructed), _day(received), matter or title or text[:30],
                                  text, units, due, bool(provisional), state,
                                  None if state in UNASSIGNED_STATES else instruction_light(state, due, today, cal, yellow),
                                  _day(completed), _day(reported)))
    level = known.level if known else (levels.pop() if len(levels) == 1 else "")
    return LeaderSheet(leader, known.post if known else "", LEVEL_LABELS.get(level, ""), start, end, today, out)
