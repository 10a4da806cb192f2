"""The ``messages`` section of the office's figures (``stats --json``)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from models.core.figures import section
from models.messages.records import stats_section


@section("messages", beside=True)
def messages_section(start: dt.date, end: dt.date, today: dt.date) -> dict[str, Any]:
    """received, replied, reply_rate (replied ÷ received in the period) and overdue (积压)."""
    return stats_section(start, end, today)
