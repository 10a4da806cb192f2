"""群众关注热点: grouping is a pure function; the demo's groups; a proposal becomes a topic."""
from __future__ import annotations

import datetime as dt

from models.overview.hot_topics import (
    MessageText,
    hot_topics,
    propose_research,
    rank_groups,
    title_words,
)

D = dt.date


def cut(text):
    return text.split()


def test_title_words_drop_stop_words_short_words_and_place_pieces():
    assert title_words("金湖路 路灯 不亮 请问 灯 西乡", cut, ["西乡塘区"]) == {"金湖路", "路灯", "不亮"}


def test_groups_count_each_message_once_and_compare_with_the_period_before():
    now = [MessageText(1, "城市管理", "青秀区", "路灯 路灯 不亮"), MessageText(2, "城市管理", "青秀区", "路灯 维修"),
           MessageText(3, "交通", "江南区", "路灯 公交"), MessageText(4, "", "", "公交 线路")]
    before = [MessageText(9, "城市管理", "青秀区", "路灯 不亮")]
    groups = {(g.kind, g.label): g for g in rank_groups(now, before, cut, min_count=2)}
    assert groups[("热词", "路灯")].count == 3 and groups[("热词", "路灯")].message_ids == (1, 2, 3)
    assert groups[("热词", "路灯")].previous == 1 and groups[("热词", "路灯")].trend == "↑2"
    assert groups[("领域", "城市管理")].count == 2 and groups[("领域", "城市管理")].trend == "↑1"
    assert groups[("地区", "青秀区")].trend == "↑1"
    assert groups[("热词", "公交")].trend == "新出现"
    assert ("领域", "交通") not in groups  # one message is not a group
    assert ("领域", "") not in groups


def test_groups_are_ordered_by_size_and_limited_per_kind():
    now = [MessageText(i, f"领域{i % 3}", "", "") for i in range(12)] + [MessageText(99, "领域0", "", "")]
    groups = rank_groups(now, [], cut, min_count=1, limit=2)
    assert [(g.label, g.count) for g in groups] == [("领域0", 5), ("领域1", 4)]


def test_the_demo_autumn_has_groups_of_every_kind(demo_db):
    groups = hot_topics(D(2014, 7, 1), D(2014, 10, 28))
    kinds = {g.kind for g in groups}
    assert kinds == {"领域", "地区", "热词"}
    assert all(g.count >= 3 for g in groups)
    places = {g.label for g in groups if g.kind == "地区"}
    assert not any(g.label in p for g in groups if g.kind == "热词" for p in places)


def test_a_group_becomes_a_proposed_research_topic(demo_db, actor):
    from models.messages.records import Message
    from models.research.topics import ResearchTopic

    group = next(g for g in hot_topics(D(2014, 7, 1), D(2014, 10, 28)) if g.kind == "领域")
    topic = propose_research(actor, group, D(2014, 7, 1), D(2014, 10, 28))
    again = ResearchTopic.get_by_id(topic.id)
    assert again.state == "选题" and again.direction == "群众反映强烈的热点问题"
    assert group.label in again.title and f"共{group.count}条" in again.note
    first = Message.get_by_id(group.message_ids[0])
    assert first.board_no in again.note
