"""The states and levels of a leader's instruction (批示件), defined once.

Plain constants with no database: the pure rules (``rules.py``), the tables and queue
queries (``records.py``), the dashboard and the documents all read them from here, and
SQL that filters by state is built from them with :func:`sql_in`.
"""
from __future__ import annotations

from collections.abc import Iterable

REGISTERED = "已登记"
ACCEPTED = "已立项"
REJECTED = "不立项"
ASSIGNED = "已交办"
IN_PROGRESS = "办理中"
COMPLETED = "已办结"
REVIEWED = "已复核"
REPORTED = "已报结"
SUSPENDED = "已中止"
CANCELLED = "已撤销"
STATES = (REGISTERED, ACCEPTED, REJECTED, ASSIGNED, IN_PROGRESS, COMPLETED, REVIEWED,
          REPORTED, SUSPENDED, CANCELLED)

#: The state of a replaced unit's share of an item (never an item's own state).
REPLACED = "已更换"

#: States in which units are working against a deadline.
HANDLING_STATES = (ASSIGNED, IN_PROGRESS)
#: States in which the unit has completed the matter (the completion stands).
DONE_STATES = (COMPLETED, REVIEWED, REPORTED)
#: States from which nothing further happens.
TERMINAL_STATES = (REJECTED, REPORTED, SUSPENDED, CANCELLED)
#: Items that drop out of every figure: never taken up, or stopped.
WITHDRAWN_STATES = (REJECTED, SUSPENDED, CANCELLED)
#: Still the office's business: the light is live, not grey.
OPEN_STATES = (REGISTERED, ACCEPTED, *HANDLING_STATES)

#: The leaders' levels as stored, and how a document or a person names them.
LEVELS = ("自治区", "市")
LEVEL_LABELS = {"自治区": "自治区党委领导", "市": "市委领导"}
#: The key each level's figures are filed under (``stats --json``, the 统计 tables).
LEVEL_KEYS = {"自治区": "regional", "市": "city"}
#: The rows of every by-level table: each level's 批示件, then the total.
LEVEL_ROWS = tuple((LEVEL_KEYS[lv], LEVEL_LABELS[lv] + "批示件") for lv in LEVELS) + (("all", "合计"),)


def sql_in(states: Iterable[str]) -> str:
    """``('已交办', '办理中')``: a SQL list of the given constants, quoted."""
    return "(" + ", ".join("'" + s.replace("'", "''") + "'" for s in states) + ")"
