"""Demo part: a year of citizen messages, 224 of them replied by 28 October 2014.

Old messages went the whole way (read, forwarded, the unit's draft, approved) and
were published in the weekly batch of their week; this week's batch is gathered but
not yet published; the last days' messages are at every earlier step, and the
night's intake is still unread. Nicknames and message texts are invented.
"""
from __future__ import annotations

import datetime as dt
import random

from models.calendar.store import load_calendar
from models.calendar.workdays import add_working_days, next_working_day
from models.core import audit
from models.core.actors import Actor
from models.core.workflow import workflow
from models.messages import records as m
from models.reference.directory import Unit, unit_by_name

TITLE = "网民留言（2014年收到255条，已回复224条）"
REPLIED = 224
FIRST_DAY = dt.date(2014, 1, 2)

# field → (unit short name, [(kind, title, content)])
TOPICS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "交通": ("市交通运输局", [
        ("建言", "民族大道早高峰拥堵，建议优化信号灯配时", "每天早上七点半到八点半，民族大道会展中心至古城路段车流缓慢，"
         "几个路口红灯时间过长，建议交警部门根据车流调整信号灯配时。"),
        ("投诉", "地铁1号线施工围挡占用车道过多", "朝阳路一带地铁施工围挡已经一年多，围挡范围越来越大，"
         "只剩一条车道通行，早晚高峰堵得水泄不通，希望施工单位合理缩小围挡。"),
        ("咨询", "公交6路线路调整后何时恢复原站点", "公交6路因施工改道后取消了我家附近的站点，"
         "老人看病很不方便，请问什么时候能恢复？"),
        ("求助", "五象大道夜间路灯不亮存在安全隐患", "五象大道良庆段有一段路灯连续一个多月晚上不亮，"
         "夜间行人和电动车很危险，恳请有关部门尽快维修。"),
    ]),
    "住房": ("市住建委", [
        ("投诉", "某小区开发商逾期交房一年多", "我们小区购房合同约定2013年6月交房，至今仍未交房，"
         "开发商一拖再拖，业主多次反映无果，恳请政府督促。"),
        ("咨询", "公共租赁住房申请条件和办理流程", "我是外地来邕务工人员，在南宁工作满三年，请问能否申请公租房，"
         "需要哪些材料，到哪里办理？"),
        ("求助", "购房多年仍办不了房产证", "2009年购买的商品房至今办不了房产证，孩子上学需要房产证明，"
         "恳请领导帮忙协调解决。"),
    ]),
    "教育": ("市教育局", [
        ("咨询", "随迁子女就近入学需要哪些材料", "我们一家在西乡塘区租房居住，孩子明年上小学，"
         "请问随迁子女入学需要准备哪些证明材料？"),
        ("投诉", "学校周边校车超载严重", "每天早上看到学校门口的校车挤满了孩子，明显超载，"
         "希望教育和交警部门加强检查。"),
        ("建言", "建议增加城区公办幼儿园学位", "城区公办幼儿园太少，民办幼儿园收费太高，"
         "建议在新建小区配套建设公办幼儿园。"),
    ]),
    "征地拆迁": ("市国土资源局", [
        ("投诉", "旧城改造拆迁补偿标准不透明", "我家房屋被列入棚户区改造范围，但补偿标准一直没有公示，"
         "请问补偿标准依据是什么？"),
        ("求助", "征地后安置房迟迟未建", "村里土地2011年被征收，说好的安置房至今没有动工，"
         "村民只能在外租房，恳请领导关注。"),
    ]),
    "环境保护": ("市环保局", [
        ("投诉", "夜间工地施工噪音扰民", "小区旁边的工地每天晚上十一点以后还在施工打桩，"
         "噪音大得无法入睡，多次拨打投诉电话未见效果。"),
        ("投诉", "某厂废气异味严重", "每到晚上就能闻到刺鼻的气味，周边居民怀疑是附近工厂偷排废气，"
         "请环保部门调查。"),
        ("建言", "建议加强南湖水质治理", "南湖部分水域水面有漂浮物，夏天有异味，"
         "建议加大清淤和截污力度。"),
    ]),
    "城市管理": ("市城管执法局", [
        ("投诉", "小区门口占道经营严重", "小区门口每天傍晚摆满了流动摊点，占用人行道和车道，"
         "垃圾满地，希望城管加强管理。"),
        ("建言", "建议增设城区公共停车位", "老城区停车难，车辆只能停在路边，被贴罚单，"
         "建议利用边角地增设公共停车场。"),
    ]),
    "社会保障": ("市人社局", [
        ("咨询", "灵活就业人员如何缴纳养老保险", "我是个体经营者，想咨询灵活就业人员"
         "参加城镇职工养老保险的缴费标准和办理地点。"),
        ("求助", "企业拖欠农民工工资", "我们在某工地干了半年，工程结束后老板拖欠工资一直不给，"
         "一共二十多人，请政府帮忙讨薪。"),
    ]),
    "医疗卫生": ("市卫计委", [
        ("建言", "建议延长社区卫生服务中心开放时间", "上班族下班后社区卫生服务中心已经关门，"
         "建议晚上和周末延长开放时间。"),
        ("投诉", "某医院挂号难、排队时间长", "带孩子看病，早上六点排队挂号还挂不上专家号，"
         "希望推广网上预约挂号。"),
    ]),
}
REGIONS = ["兴宁区", "青秀区", "江南区", "西乡塘区", "良庆区", "邕宁区", "武鸣县", "横县",
           "宾阳县", "上林县", "马山县", "隆安县"]
ADDRESSED = ["南宁市委书记", "南宁市委书记", "南宁市市长"]
NICK_HEADS = ["绿城", "邕城", "南宁", "五象", "青秀山", "邕江", "民族大道", "朝阳"]
NICK_TAILS = ["网友", "居民", "小李", "老王", "市民", "业主", "家长", "打工者"]
DECLINE_REASONS = ["重复留言，已在前一条留言中答复", "内容与南宁市无关，不属本市办理范围",
                   "含有不实和攻击性言论", "属于正在司法诉讼中的案件，不宜在留言板答复"]


def _nickname(rng: random.Random) -> str:
    return rng.choice(NICK_HEADS) + rng.choice(NICK_TAILS) + str(rng.randint(1, 9999))


def _posted(rng: random.Random, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(6, 23), rng.randint(0, 59)))


@workflow()
def build(actor: Actor, rng: random.Random, today: dt.date) -> None:
    """Add the year's messages and bring each to its state on ``today``.

    The earlier months (messages replied in past weeks' batches, or declined) are
    written as history in one bulk step with one audit row, as an import is, so the
    demonstration builds in about a second; this week's messages go through the
    workflows one by one, exactly as a clerk's work does.
    """
    cal = load_calendar()
    weekday = 5
    this_monday = m.week_start(today)
    units = {f: unit_by_name(short) for f, (short, _) in TOPICS.items()}

    last_reply_day = m.reply_day(cal, this_monday - dt.timedelta(days=7), weekday)
    span = (last_reply_day - dt.timedelta(days=4) - FIRST_DAY).days
    plan: list[tuple[dt.datetime, str]] = [
        (_posted(rng, FIRST_DAY + dt.timedelta(days=rng.randint(0, span))), "已回复") for _ in range(REPLIED)]
    plan += [(_posted(rng, FIRST_DAY + dt.timedelta(days=rng.randint(0, span))), "不予回复")
             for _ in range(6)]
    plan += [(_posted(rng, today - dt.timedelta(days=d)), "已转办") for d in (34, 22, 9, 7, 6)]
    plan += [(_posted(rng, today - dt.timedelta(days=d)), "已收到答复") for d in (12, 8, 6, 5)]
    plan += [(_posted(rng, today - dt.timedelta(days=d)), "已审核") for d in (11, 9, 8, 7, 6)]
    plan += [(_posted(rng, today - dt.timedelta(days=d)), "已阅研判") for d in (2, 1)]
    plan += [(dt.datetime.combine(today - dt.timedelta(days=1), dt.time(18, 0))
              + dt.timedelta(minutes=97 * i), "新留言") for i in range(9)]
    plan.sort()

    rows: list[dict] = []
    fates: list[str] = []
    for seq, (posted, fate) in enumerate(plan, start=1):
        fld = rng.choice(list(TOPICS))
        kind, title, content = rng.choice(TOPICS[fld][1])
        region = rng.choice(REGIONS)
        unit = units[fld]
        row = {"board_no": f"31{posted:%m%d}{seq:04d}", "posted_at": posted,
               "title": f"{region}{title}", "content": f"尊敬的领导：{content}",
               "addressed_to": rng.choice(ADDRESSED), "nickname": _nickname(rng), "kind": kind,
               "field": fld, "region": region, "imported_on": posted.date(),
               # the board's status as of the last list saved from it
               "board_status": "已回复" if fate == "已回复" else "未回复", "unit": None}
        day = posted.date()
        if fate == "已回复":
            rday = m.reply_day(cal, day + dt.timedelta(days=rng.randint(3, 9)), weekday)
            if rday <= day:
                rday = m.reply_day(cal, rday + dt.timedelta(days=7), weekday)
            rday = min(rday, last_reply_day)
            read = min(next_working_day(cal, day), rday)
            draft_on = min(add_working_days(cal, read, rng.randint(1, 3)), rday)
            row.update(state="已回复", assessment=f"属{unit.short_name}职责，转办。", read_on=read,
                       unit=unit.id, forwarded_on=read, draft_on=draft_on,
                       draft_reply=_draft(row["title"]), approved_on=max(draft_on, rday - dt.timedelta(days=1)),
                       approved_reply=_reply(unit), replied_on=rday, batch=m.week_start(rday))
        elif fate == "不予回复":
            row.update(state="不予回复", assessment="经研判不予回复", read_on=day,
                       decline_reason=rng.choice(DECLINE_REASONS), declined_on=day)
        rows.append(row)
        fates.append(fate)

    weeks = sorted({r["batch"] for r in rows if r.get("batch")})
    m.ReplyBatch.insert_many([{"week_start": w, "reply_day": m.reply_day(cal, w, weekday), "state": "已发布",
                               "published_on": m.reply_day(cal, w, weekday)} for w in weeks]).execute()
    batch_ids = dict(m.ReplyBatch.select(m.ReplyBatch.week_start, m.ReplyBatch.id).tuples())
    for r in rows:
        if r.get("batch"):
            r["batch"] = batch_ids[r["batch"]]
    fields = sorted({k for r in rows for k in r})
    defaults = {"state": "新留言", "assessment": "", "draft_reply": "", "approved_reply": "",
                "decline_reason": ""}
    m.Message.insert_many([{k: r.get(k, defaults.get(k)) for k in fields} for r in rows]).execute()
    history = sum(1 for f in fates if f in ("已回复", "不予回复"))
    audit.record_bulk(actor, "import", "reply_batch", batch_ids.values(), {"batches": len(weeks)},
                      f"演示数据：留言回复批次 {len(weeks)} 个")
    audit.record_bulk(actor, "import", "message", [i for (i,) in m.Message.select(m.Message.id).tuples()],
                      {"messages": len(rows), "history": history, "batches": len(weeks)},
                      f"演示数据：网民留言 {len(rows)} 条（其中往期已办结 {history} 条、回复批次 {len(weeks)} 个）")

    ids = dict(m.Message.select(m.Message.board_no, m.Message.id).tuples())
    for r, fate in zip(rows, fates, strict=True):
        if fate in ("已回复", "不予回复", "新留言"):
            continue
        mid, day, unit = ids[r["board_no"]], r["posted_at"].date(), units[r["field"]]
        if fate == "已阅研判":
            m.mark_read(actor, mid, min(day + dt.timedelta(days=1), today), "待进一步研判后转办")
            continue
        approve_by = min(day + dt.timedelta(days=5), today)
        if fate == "已审核":
            approve_by = min(max(approve_by, this_monday), today)
        read = min(next_working_day(cal, day), approve_by)
        m.forward(actor, mid, unit.id, read, f"属{unit.short_name}职责，转办。")
        if fate == "已转办":
            continue
        draft_on = min(add_working_days(cal, read, rng.randint(2, 4)), approve_by)
        m.receive_draft(actor, mid, _draft(r["title"]), draft_on)
        if fate == "已审核":
            m.approve_reply(actor, mid, _reply(unit), max(draft_on, approve_by))
    m.gather_batch(actor, today, cal, weekday)


def _draft(title: str) -> str:
    return f"关于网友反映“{title}”的答复：经我单位核实，……"


def _reply(unit: Unit) -> str:
    return (f"网友您好！您反映的问题已转{unit.name}办理。经核实，有关情况如下：……"
            "感谢您对南宁发展的关心和支持！")
