"""The demonstration office: 224 replies by 28 October 2014, this week's batch, the article's topics.

One demo build serves both areas' checks (building it is the slow part).
"""
from __future__ import annotations

import datetime as dt

from models.core.audit import verify_chain
from models.core.figures import collect
from models.messages import records as m
from models.research import topics as research


def test_demo_messages_and_research(demo_db, today):
    # 网民留言: the article's 224 replies, some unread today, this week's batch gathered.
    replied = m.Message.select().where((m.Message.state == "已回复") & (m.Message.replied_on <= today))
    assert replied.count() == 224
    assert m.unread_count() > 0
    assert all(x.posted_at.date() >= today - dt.timedelta(days=1) for x in m.unread())
    batch = m.batch_for_week(today)
    assert batch is not None and batch.state == "待发布" and batch.reply_day == dt.date(2014, 10, 31)
    assert len(m.batch_lines(batch.id)) >= 3
    assert {x.posted_at.year for x in m.Message.select()} == {2014}
    stats = collect(dt.date(2014, 1, 1), dt.date(2014, 12, 31), today, only=["messages"])["messages"]
    assert stats["replied"] == 224 and stats["received"] > 224
    assert 0.85 < stats["reply_rate"] < 1 and stats["overdue"] >= 1

    # 督查调研: the three topics of the article, 10+ visits, joint with the two offices.
    titles = {t.title for t in research.topics(year=2014)}
    assert {"马山县加快特色城镇化建设", "全市加强乡镇干部队伍建设工作情况", "全市12个综合示范村建设"} <= titles
    assert research.FieldVisit.select().count() >= 10
    joint = {u.short_name for t in research.topics(year=2014) for u in research.topic_units(t.id)}
    assert {"市“两重两问”办", "市政府督查室"} <= joint
    mashan = next(t for t in research.topics(text="马山县"))
    assert mashan.state == "领导批示/采纳" and mashan.instruction_id is not None
    assert research.topic_for_instruction(mashan.instruction_id).id == mashan.id
    assert research.verify_report(mashan, demo_db.database)
    assert verify_chain() is None
