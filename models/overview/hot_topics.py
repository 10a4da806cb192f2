"""What the citizens are raising (群众关注热点): messages of a period grouped by 领域, by 地区
and by recurring words of their titles, with the count of the period before beside each,
and a group turned into a proposed 督查调研 topic — the article's research direction
"群众反映强烈的热点问题". Reads the messages and writes through the research area's
own workflow, which is why it lives in overview/.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from models.core.actors import Actor
from models.core.db import database
from models.core.numbers import date_cn

#: Words too common in messages to say anything about their subject.
STOP_WORDS = frozenset(
    ["请问", "希望", "问题", "关于", "反映", "咨询", "投诉", "建议", "建言", "求助", "市民", "我们", "你们", "这个", "那个", "什么", "怎么", "为什么", "能否", "是否", "有关", "部门", "相关", "领导", "您好", "你好", "谢谢", "一下", "一个", "没有", "现在", "已经", "情况", "南宁", "南宁市", "我市", "市区", "附近", "居民", "群众", "尽快", "处理", "解决", "请求", "要求", "可以", "如何", "时候", "还是", "进行", "存在", "严重", "长期", "影响", "不能", "不是", "很多", "时间", "门口", "城区", "晚上", "每天", "目前", "经常", "导致", "造成", "希望", "多次", "一直", "今年", "去年", "最近", "这里", "那里", "周边", "旁边", "路段", "地方", "迟迟"])
KINDS = ("领域", "地区", "热词")
RESEARCH_DIRECTION = "群众反映强烈的热点问题"


class MessageText(NamedTuple):
    """What grouping needs of one message."""

    id: int
    field: str
    region: str
    title: str


@dataclass(frozen=True)
class HotGroup:
    """One group of the period: how many messages, how many the period before had."""

    kind: str
    label: str
    count: int
    previous: int
    message_ids: tuple[int, ...]

    @property
    def trend(self) -> str:
        """"新出现", "↑5", "↓3" or "持平", against the period before."""
        if self.previous == 0:
            return "新出现"
        diff = self.count - self.previous
        return "持平" if diff == 0 else (f"↑{diff}" if diff > 0 else f"↓{-diff}")


def title_words(title: str, cut: Callable[[str], Iterable[str]], places: Iterable[str] = ()) -> set[str]:
    """The words of a title worth counting: two characters or more, Chinese, not a stop
    word, and not a piece of a place name (places are grouped as 地区 already)."""
    places = tuple(places)
    return {w for w in cut(title or "") if len(w) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in w)
            and w not in STOP_WORDS and not any(w in p for p in places)}


def rank_groups(current: Sequence[MessageText], previous: Sequence[MessageText],
                cut: Callable[[str], Iterable[str]], min_count: int = 3, limit: int = 10) -> list[HotGroup]:
    """The largest groups of each kind in ``current`` (at least ``min_count`` messages),
    each with its count in ``previous``; a pure function of the messages given."""

    places = {m.region.strip() for m in (*current, *previous)} - {""}

    def keys(m: MessageText) -> dict[str, set[str]]:
        return {"领域": {m.field.strip()} - {""}, "地区": {m.region.strip()} - {""},
                "热词": title_words(m.title, cut, places)}

    ids: dict[tuple[str, str], list[int]] = defaultdict(list)
    for m in current:
        for kind, labels in keys(m).items():
            for label in labels:
                ids[(kind, label)].append(m.id)
    before: Counter = Counter()
    for m in previous:
        for kind, labels in keys(m).items():
            for label in labels:
                before[(kind, label)] += 1
    groups = []
    for kind in KINDS:
        found = sorted(((k, v) for k, v in ids.items() if k[0] == kind and len(v) >= min_count),
                       key=lambda kv: (-len(kv[1]), kv[0][1]))[:limit]
        groups += [HotGroup(kind, label, len(v), before[(kind, label)], tuple(v)) for (_k, label), v in found]
    return groups


def _messages(start: dt.date, end: dt.date) -> list[MessageText]:
    rows = database().execute_sql(
        "SELECT id, field, region, title FROM message WHERE posted_at >= ? AND posted_at < ?",
        (start.isoformat(), (end + dt.timedelta(days=1)).isoformat())).fetchall()
    return [MessageText(i, f or "", r or "", t or "") for i, f, r, t in rows]


def _jieba_cut(text: str) -> list[str]:
    import jieba

    jieba.setLogLevel(60)
    return jieba.lcut(text)


def hot_topics(start: dt.date, end: dt.date, min_count: int = 3, limit: int = 10) -> list[HotGroup]:
    """The period's groups of messages, against the period of the same length before it."""
    if end < start:
        raise ValueError("period end before start")
    length = end - start + dt.timedelta(days=1)
    return rank_groups(_messages(start, end), _messages(start - length, start - dt.timedelta(days=1)),
                       _jieba_cut, min_count, limit)


def proposal_title(group: HotGroup) -> str:
    """The proposed research topic's name, e.g. "关于“路灯”问题的调研"."""
    if group.kind == "热词":
        return f"关于“{group.label}”问题的调研"
    if group.kind == "领域":
        return f"关于{group.label}领域群众反映问题的调研"
    return f"关于{group.label}群众反映问题的调研"


def propose_research(actor: Actor, group: HotGroup, start: dt.date, end: dt.date):
    """Turn a group into a proposed 督查调研 topic (state 选题), noting where it came from."""
    from models.messages.records import Message
    from models.research.topics import TopicData, save_topic

    numbers = [n for (n,) in Message.select(Message.board_no).where(Message.id.in_(list(group.message_ids[:30])))
               .order_by(Message.id).tuples()]
    more = "等" if len(group.message_ids) > len(numbers) else ""
    note = (f"来自网民留言热点：{group.kind}“{group.label}”，{date_cn(start)}至{date_cn(end)}共{group.count}条"
            f"（上一期{group.previous}条）；留言编号{'、'.join(numbers)}{more}。")
    return save_topic(actor, TopicData(title=proposal_title(group), direction=RESEARCH_DIRECTION,
                                       year=end.year, note=note))
