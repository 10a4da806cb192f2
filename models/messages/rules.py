"""The figures of citizen messages (网民留言), as pure functions of plain data.

回复率 = replied ÷ received, both counted over the messages *received* in the period;
a message counts as replied when it was replied on or before "today" (the day the
figures are drawn up). The overdue pool (积压) is every message still open whose
posting date lies more than N days before today. Nothing here reads the clock or the
database: the caller passes the facts, the period and today.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

OPEN_STATES = ("新留言", "已阅研判", "已转办", "已收到答复", "已审核")


class MessageFacts(NamedTuple):
    """What the figures need to know about one message (a named tuple: a year's tens of
    thousands are built three times faster than frozen dataclasses)."""

    posted: dt.date
    state: str
    replied_on: dt.date | None = None
    unit: str = ""
    kind: str = "其他"
    field: str = ""


@dataclass(frozen=True)
class Figures:
    """The figures of one group of messages."""

    received: int
    replied: int
    reply_rate: float | None  # None when nothing was received
    average_days: float | None  # None when nothing was replied
    overdue: int

    def rate_text(self) -> str:
        """回复率 as the office writes it (e.g. "93.3%"), or "—" with nothing received."""
        return "—" if self.reply_rate is None else f"{self.reply_rate * 100:.1f}%"


def in_period(f: MessageFacts, start: dt.date, end: dt.date) -> bool:
    """Whether the message was received between ``start`` and ``end`` inclusive."""
    return start <= f.posted <= end


def is_replied(f: MessageFacts, today: dt.date) -> bool:
    """Replied on the board on or before ``today``."""
    return f.state == "已回复" and f.replied_on is not None and f.replied_on <= today


def is_overdue(f: MessageFacts, today: dt.date, days: int) -> bool:
    """Still open and posted more than ``days`` days before ``today``."""
    return f.state in OPEN_STATES and f.posted <= today and (today - f.posted).days > days


def marks(f: MessageFacts, start: dt.date, end: dt.date, today: dt.date,
          overdue_days: int) -> tuple[int, int, int, int]:
    """What one message adds to its groups: (received, replied, days to reply, overdue).

    Only ``posted``, ``state`` and ``replied_on`` are read: messages alike in those are
    judged alike, which lets a loader judge each distinct combination once and have
    the database add the marks up (:func:`models.messages.records.period_figures`; a test
    checks that the other fields change nothing).
    """
    overdue = 1 if is_overdue(f, today, overdue_days) else 0
    if not in_period(f, start, end):
        return 0, 0, 0, overdue
    if is_replied(f, today):
        return 1, 1, (f.replied_on - f.posted).days, overdue  # type: ignore[operator]
    return 1, 0, 0, overdue


def _figures(received: int, replied: int, total_days: int, overdue: int) -> Figures:
    return Figures(
        received=received, replied=replied,
        reply_rate=(replied / received) if received else None,
        average_days=(total_days / replied) if replied else None,
        overdue=overdue,
    )


def figures(facts: Iterable[MessageFacts], start: dt.date, end: dt.date, today: dt.date,
            overdue_days: int) -> Figures:
    """Received, replied, 回复率, average days to reply over the period; overdue as of today.

    The overdue pool is not limited to the period: an old message left unanswered is
    overdue whatever period is being reported.
    """
    received = replied = overdue = total_days = 0
    for f in facts:
        a, b, c, d = marks(f, start, end, today, overdue_days)
        received += a
        replied += b
        total_days += c
        overdue += d
    return _figures(received, replied, total_days, overdue)


def reply_rate(replied: int, received: int) -> float | None:
    """回复率 = replied ÷ received (``None`` when nothing was received)."""
    if received < 0 or replied < 0 or replied > received:
        raise ValueError("replied must lie between 0 and received")
    return replied / received if received else None


def _ordered(out: dict[str, Figures]) -> dict[str, Figures]:
    return dict(sorted(out.items(), key=lambda kv: (-kv[1].received, -kv[1].overdue, kv[0])))


def grouped_many(facts: Iterable[MessageFacts], keys: dict[str, Callable[[MessageFacts], str]],
                 start: dt.date, end: dt.date, today: dt.date,
                 overdue_days: int) -> tuple[Figures, dict[str, dict[str, Figures]]]:
    """:func:`figures` over all ``facts`` and :func:`grouped` for each of ``keys``, in one
    pass: each message is judged once and its marks added to every group it falls in."""
    return grouped_marks(((f, marks(f, start, end, today, overdue_days)) for f in facts), keys)


def grouped_marks(marked: Iterable[tuple[MessageFacts, Sequence[int]]],
                  keys: dict[str, Callable[[MessageFacts], str]]) -> tuple[Figures, dict[str, dict[str, Figures]]]:
    """:func:`grouped_many` over messages already judged: pairs of facts and the
    :func:`marks` they add up to (one message's, or several alike in their groups')."""
    # Tally per combination of groups (a few hundred at most), then roll the combinations
    # up into each grouping: one dictionary step per message however many groupings.
    names = list(keys)
    funcs = list(keys.values())
    combos: dict[tuple[str, ...], list[int]] = {}
    for f, (a, b, c, d) in marked:
        combo = tuple([key(f) or "（未填）" for key in funcs])
        row = combos.get(combo)
        if row is None:
            row = combos[combo] = [0, 0, 0, 0]
        row[0] += a
        row[1] += b
        row[2] += c
        row[3] += d
    total = [0, 0, 0, 0]
    sums: dict[str, dict[str, list[int]]] = {name: {} for name in names}
    for combo, row in combos.items():
        groups = [sums[name].setdefault(g, [0, 0, 0, 0]) for name, g in zip(names, combo, strict=True)]
        for target in [total, *groups]:
            for i in range(4):
                target[i] += row[i]
    return _figures(*total), {name: _ordered({g: _figures(*row) for g, row in acc.items()})
                              for name, acc in sums.items()}


def grouped(facts: Sequence[MessageFacts], key: Callable[[MessageFacts], str], start: dt.date,
            end: dt.date, today: dt.date, overdue_days: int) -> dict[str, Figures]:
    """:func:`figures` per group, groups ordered by messages received (most first)."""
    return grouped_many(facts, {"groups": key}, start, end, today, overdue_days)[1]["groups"]


def unit_key(f: MessageFacts) -> str:
    """The group of :func:`by_unit`: the unit it was forwarded to, or 未转办."""
    return f.unit or "未转办"


def kind_key(f: MessageFacts) -> str:
    """The group of :func:`by_kind`: the type."""
    return f.kind


def by_unit(facts: Sequence[MessageFacts], start: dt.date, end: dt.date, today: dt.date,
            overdue_days: int) -> dict[str, Figures]:
    """Figures per unit the messages were forwarded to (未转办 for those not forwarded)."""
    return grouped(facts, unit_key, start, end, today, overdue_days)


def by_kind(facts: Sequence[MessageFacts], start: dt.date, end: dt.date, today: dt.date,
            overdue_days: int) -> dict[str, Figures]:
    """Figures per type (咨询/投诉/建言/求助/其他)."""
    return grouped(facts, kind_key, start, end, today, overdue_days)


def by_field(facts: Sequence[MessageFacts], start: dt.date, end: dt.date, today: dt.date,
             overdue_days: int) -> dict[str, Figures]:
    """Figures per field (领域)."""
    return grouped(facts, lambda f: f.field, start, end, today, overdue_days)


def overdue_pool(facts: Iterable[tuple[int, MessageFacts]], today: dt.date,
                 days: int) -> list[tuple[int, int]]:
    """(id, days waiting) of overdue messages, longest waiting first."""
    found = [(i, (today - f.posted).days) for i, f in facts if is_overdue(f, today, days)]
    return sorted(found, key=lambda t: (-t[1], t[0]))
