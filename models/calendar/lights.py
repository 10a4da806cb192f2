"""Traffic lights (红绿灯): one rule set for the whole application.

red    — past its deadline and not completed, or a quarterly report missing;
yellow — deadline within N working days (setting ``lights.yellow_days``) or assessed behind;
green  — otherwise;
grey   — completed or stopped.
Shown as colour *and* text/symbol, so a colour-blind clerk can still tell them apart.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from models.calendar.workdays import WorkCalendar, working_days_between


class Light(str, enum.Enum):
    """A traffic light with its label, symbol and colour."""

    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
    GREY = "grey"

    @property
    def label(self) -> str:
        return {"red": "超期", "yellow": "临期", "green": "正常", "grey": "已结"}[self.value]

    @property
    def symbol(self) -> str:
        # Different shapes, not only colours: ● ▲ ■ ○ read the same on a grey printout.
        return {"red": "●", "yellow": "▲", "green": "■", "grey": "○"}[self.value]

    @property
    def colour(self) -> str:
        return {"red": "#D32F2F", "yellow": "#F9A825", "green": "#2E7D32", "grey": "#9E9E9E"}[self.value]

    @property
    def rank(self) -> int:
        """Sort order: most urgent first."""
        return {"red": 0, "yellow": 1, "green": 2, "grey": 3}[self.value]

    def text(self) -> str:
        """Symbol and label, e.g. "● 超期"."""
        return f"{self.symbol} {self.label}"


@dataclass(frozen=True)
class LightFacts:
    """What the rule needs to know about one item (plain data)."""

    deadline: dt.date | None
    finished: bool = False  # completed (办结/已完成) or stopped (中止/撤销)
    behind: bool = False  # assessed "behind" / "serious delay"
    report_missing: bool = False  # a quarterly report is missing


def light_for(facts: LightFacts, today: dt.date, cal: WorkCalendar, yellow_days: int = 5) -> Light:
    """The light of one item on ``today``."""
    if facts.finished:
        return Light.GREY
    if facts.report_missing:
        return Light.RED
    if facts.deadline is not None and facts.deadline < today:
        return Light.RED
    if facts.behind:
        return Light.YELLOW
    if facts.deadline is not None and working_days_between(cal, today, facts.deadline) <= yellow_days:
        return Light.YELLOW
    return Light.GREEN
