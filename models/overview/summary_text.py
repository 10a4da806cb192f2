"""The year-to-date paragraph of the office's reports (工作综述), built from the figures.

"今年以来，共办理自治区党委领导批示件18件，办结18件，到期办结率100%；立项办理市委领导
批示件35件，办结35件，到期办结率100%；……共回复网民留言224条". The paragraph is a pure
function of the figures dict that :func:`models.core.figures.collect` returns (the same one
``stats --json`` prints), so the text can never say a number the tables do not.
A section missing from the dict leaves its clause out rather than inventing a zero.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from models.core.numbers import percent


def period_opening(start: dt.date, end: dt.date) -> str:
    """How the paragraph opens: "今年以来" for a period from 1 January, else the dates."""
    if start == dt.date(start.year, 1, 1) and end.year == start.year:
        return "今年以来"
    if start.year == end.year:
        return f"{start.year}年{start.month}月{start.day}日至{end.month}月{end.day}日"
    return f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日"


def _instruction_clause(verb: str, label: str, fig: Mapping[str, Any]) -> str | None:
    handled = int(fig.get("registered") or 0)
    if not handled and not fig.get("completed"):
        return None
    text = f"{verb}{label}批示件{handled}件，办结{int(fig.get('completed') or 0)}件"
    rate = percent(fig.get("on_time_rate"))
    if rate:
        text += f"，到期办结率{rate}"
    return text


def clauses(figures: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The paragraph's clauses in the order the office reports its four lines of work.

    Instructions first (as the article does), then key items and supervision
    activities, research, and the messages last. Activities and field visits are the
    ones held (their day come by the figures' "today"); those scheduled later are said
    apart ("另已安排1次"), never added to what was done.
    """
    out: list[str] = []
    ins = figures.get("instructions")
    if ins:
        first = _instruction_clause("共办理", "自治区党委领导", ins.get("regional") or {})
        second = _instruction_clause("立项办理", "市委领导", ins.get("city") or {})
        if first is None and second is not None:
            second = "共" + second
        out.extend(c for c in (first, second) if c)
    key = figures.get("key_items")
    act = figures.get("activities") or {}
    held, planned = int(act.get("total") or 0), int(act.get("planned") or 0)
    if held:
        activities = f"开展督查活动{held}次" + (f"（另已安排{planned}次）" if planned else "")
    else:
        activities = ""
    if key and key.get("total"):
        text = f"围绕{key['total']}项重点工作" + (activities or "开展决策督查")
        if not held and planned:
            text += f"，已安排督查活动{planned}次"
        done = int(key.get("completed") or 0)
        if done:
            text += f"，已完成{done}项"
        out.append(text)
    elif held:
        out.append(activities)
    elif planned:
        out.append(f"已安排督查活动{planned}次")
    res = figures.get("research") or {}
    visits, visits_planned = int(res.get("field_visits") or 0), int(res.get("field_visits_planned") or 0)
    if res.get("topics") or visits or visits_planned:
        parts = []
        if res.get("topics"):
            parts.append(f"开展督查调研课题{res['topics']}个")
        if visits:
            parts.append(f"深入实地督查调研{visits}次" + (f"（另已安排{visits_planned}次）" if visits_planned else ""))
        elif visits_planned:
            parts.append(f"已安排实地督查调研{visits_planned}次")
        out.append("，".join(parts))
    msg = figures.get("messages")
    if msg and msg.get("received") is not None:
        text = f"共回复网民留言{int(msg.get('replied') or 0)}条"
        rate = percent(msg.get("reply_rate"))
        if rate:
            text += f"，回复率{rate}"
        out.append(text)
    return out


def summary_paragraph(figures: Mapping[str, Mapping[str, Any]], start: dt.date, end: dt.date) -> str:
    """The year-to-date paragraph for the period [start, end] from a figures dict.

    Empty figures give a sentence saying so, never a paragraph of zeros.
    """
    parts = clauses(figures)
    opening = period_opening(start, end)
    if not parts:
        return f"{opening}，暂无可统计的督查工作数据。"
    return f"{opening}，" + "；".join(parts) + "。"
