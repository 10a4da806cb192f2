"""Demo part: the leaders' instructions of 2014 (专项查办).

January–October 2014 holds exactly the article's figures: 18 instructions of the
regional committee's leaders and 35 of the city committee's leaders, all received,
taken up (立项), due and completed on time in the period — so ``stats --from
2014-01-01 --to 2014-10-31`` gives 18/18/100% and 35/35/100%. Besides those, older
matters carried over from late 2013 (long projects with extended deadlines, one overdue
and reminded three times, one whose completion failed the callback review, stopped and
withdrawn ones) and two instructions just received fill every tab and colour of the
queue without touching the period's figures.
"""
from __future__ import annotations

import datetime as dt
import random

from models.calendar.store import load_calendar
from models.calendar.workdays import add_working_days
from models.core.actors import Actor
from models.core.workflow import workflow
from models.instructions import workflow as wf
from models.instructions.records import Instruction, InstructionData, assignments_of
from models.reference.directory import Unit

TITLE = "2014年领导批示件（自治区18件、市35件，另有跨年及新收件）"

D = dt.date
REGIONAL_LEADERS = ["韦自强", "覃海明", "蒙立新"]
CITY_LEADERS = ["黄振宇", "陆明远", "梁文华", "罗国栋", "莫家兴", "甘淑萍"]

# matter, source title, the instruction word for word, lead unit, co-units
MATTERS = [
    ("邕江沿岸违章建筑整治", "关于邕江沿岸违章搭建问题的情况反映", "请南宁市委、市政府高度重视，组织力量依法整治，限期报告结果。",
     "市城管执法局", ["市规划局", "江南区"]),
    ("五象新区重大项目征地进度", "五象新区项目建设情况专报", "征地拆迁要依法依规、加快推进，确保项目按期开工。",
     "五象新区管委会", ["市国土资源局", "良庆区"]),
    ("中小学校舍安全隐患排查", "关于部分中小学校舍存在安全隐患的报告", "安全无小事，请立即组织全面排查，逐校整改到位。",
     "市教育局", ["市住建委"]),
    ("农民工工资拖欠问题", "关于某工地拖欠农民工工资的来信", "请依法督促企业尽快足额支付，切实维护农民工合法权益。",
     "市人社局", ["市住建委", "市公安局"]),
    ("食品安全专项整治", "群众反映农贸市场食品安全问题", "食品安全关系群众切身利益，要举一反三，建立长效机制。",
     "市食药监局", ["市商务委"]),
    ("城市内涝点整治", "关于雨季城区内涝情况的报告", "要逐点制定方案，汛期前完成整治，确保群众出行安全。",
     "市市政园林局", ["市水利局", "青秀区"]),
    ("公交线路优化调整", "市民关于公交线路设置的建议", "请认真研究群众建议，合理优化线路，结果报我。",
     "市交通运输局", []),
    ("标准厂房建设推进", "全市标准厂房建设情况通报", "标准厂房是承接产业转移的重要载体，要加快建设、尽快投用。",
     "市工信委", ["高新区管委会", "经开区管委会"]),
    ("“中国绿城”提升工程", "“中国绿城”品牌提升工作方案", "要突出特色，精心组织，让群众看到实实在在的变化。",
     "市园林局", ["市市政园林局"]),
    ("城中村改造群众诉求", "关于城中村改造补偿问题的联名信", "请深入调查，依法依规妥善处理，防止矛盾激化。",
     "西乡塘区", ["市国土资源局"]),
    ("空气质量改善措施", "关于近期空气质量下降的情况报告", "要查明原因，强化扬尘治理，定期报告进展。",
     "市环保局", ["市城管执法局", "市住建委"]),
    ("旅游市场秩序整治", "游客投诉旅游市场乱象的报告", "要严厉打击欺客宰客行为，维护南宁旅游形象。",
     "市旅游委", ["市公安局"]),
    ("招商引资项目落地", "重点招商引资项目推进情况汇报", "对签约项目要逐个跟踪，协调解决落地中的具体问题。",
     "市投促局", ["市发展改革委"]),
    ("农村饮水安全工程", "关于部分村屯饮水困难的反映", "请抓紧落实饮水安全工程，让群众早日喝上放心水。",
     "市水利局", ["武鸣县", "横县"]),
    ("林区防火责任落实", "关于秋冬季森林防火形势的报告", "要层层压实责任，确保不发生重大森林火灾。",
     "市林业局", ["上林县", "马山县"]),
    ("养老服务设施建设", "关于养老服务设施不足的调研报告", "要加大投入，加快养老服务设施建设，满足老年人需求。",
     "市民政局", ["市发展改革委"]),
    ("医疗机构服务质量", "患者家属反映医院服务问题的来信", "请认真核查，改进服务，并将处理情况反馈当事人。",
     "市卫计委", []),
    ("铁路沿线环境整治", "南广铁路沿线环境卫生问题", "要抓紧清理整治，迎接通车运营。",
     "市铁路办", ["邕宁区", "市城管执法局"]),
]

FIRST_NAMES = "李王张刘陈杨黄韦覃蒙梁罗"
GIVEN = "志强建华海燕文军永红国平晓东桂芳宏伟"


def _person(rng: random.Random) -> str:
    return rng.choice(FIRST_NAMES) + "".join(rng.sample(GIVEN, 2))


def _unit(label: str) -> Unit:
    unit = Unit.get_or_none(Unit.short_name == label) or Unit.get_or_none(Unit.name == label)
    if unit is None:
        unit = Unit.get(Unit.name == f"南宁市{label}人民政府")
    return unit


def _specs(matter: tuple, days: int, co_count: int, deadline: dt.date | None = None) -> list:
    units = [matter[3], *matter[4][:co_count]]
    if deadline is not None:
        return [wf.AssignmentSpec(_unit(u).id, deadline=deadline) for u in units]
    return [wf.AssignmentSpec(_unit(u).id, days=days) for u in units]


def _register(actor: Actor, rng: random.Random, level: str, leader: str, matter: tuple,
              received: dt.date, urgency: str = "一般") -> Instruction:
    issuer = "自治区党委办公厅" if level == "自治区" else rng.choice(["市委办公厅", "市信访局", "市政府办公厅"])
    return wf.register(actor, InstructionData(
        level=level, received_on=received, leader_name=leader,
        instructed_on=received - dt.timedelta(days=rng.randint(0, 2)), source_title=matter[1],
        source_issuer=issuer, source_number=f"{issuer[:2]}〔{received.year}〕{rng.randint(10, 300)}号",
        text=matter[2], matter=matter[0], urgency=urgency))


def _sign_all(actor: Actor, rng: random.Random, ins_id: int, on: dt.date) -> None:
    for a in assignments_of(ins_id):
        wf.sign(actor, a.id, on, _person(rng))


def _on_time_item(actor: Actor, rng: random.Random, cal, level: str, leader: str, matter: tuple,
                  received: dt.date, today: dt.date, index: int, stage: str = "报结") -> None:
    """One instruction handled and completed on time, left at a realistic later stage."""
    w = lambda start, n: add_working_days(cal, start, n)  # noqa: E731
    ins = _register(actor, rng, level, leader, matter, received, rng.choice(["一般", "一般", "紧急"]))
    accepted = w(received, 1)
    wf.accept(actor, ins.id, accepted)
    days = rng.choice([5, 10, 10, 15, 20])
    ins = wf.assign(actor, ins.id, accepted, _specs(matter, days, rng.randint(0, 2)))
    signed = w(accepted, 1)
    _sign_all(actor, rng, ins.id, signed)
    lead = assignments_of(ins.id)[0]
    half = w(signed, max(1, days // 2))
    wf.report_progress(actor, lead.id, half, "已成立工作专班，制定方案，正在逐项落实。")
    if index % 6 == 0:
        wf.remind(actor, lead.id, half, "电话", "请按时限报送办理结果。")
    deadline = ins.deadline
    if index % 9 == 4:
        # Each unit is judged by its own deadline, and the matter is completed once for
        # all: extending the lead alone would leave its co-units late on a matter done in time.
        extended = w(deadline, 5)
        for a in assignments_of(ins.id):
            reason = "涉及多个部门，需进一步协调。" if a.is_lead else "配合牵头单位。"
            ext = wf.request_extension(actor, a.id, half, extended, reason)
            wf.decide_extension(actor, ext.id, half, True, "同意延期一次。")
        deadline = extended
    done = min(w(deadline, -rng.randint(0, 3)), today - dt.timedelta(days=1))
    done = max(done, half)
    if index % 17 == 3:
        wf.complete(actor, ins.id, half, "已整改完毕。")
        wf.review(actor, ins.id, half, False, "回访发现整改不彻底，仍有群众反映。")
    wf.complete(actor, ins.id, done, "已按批示要求办理完毕，群众满意，已建立长效机制。")
    reviewed = w(done, rng.randint(2, 4))
    if reviewed >= today or stage == "办结":
        return  # 待复核
    wf.review(actor, ins.id, reviewed, True, "实地回访，办理结果属实。")
    reported = w(reviewed, rng.randint(1, 2))
    if reported >= today or stage == "复核":
        return  # 已复核, awaiting 报结
    wf.report_back(actor, ins.id, reported, "已将办理结果书面报告领导。")


def _received_dates(rng: random.Random, cal, n: int, first: dt.date, last: dt.date) -> list[dt.date]:
    span = (last - first).days
    days = sorted(first + dt.timedelta(days=int(span * (i + rng.random() * 0.8) / n)) for i in range(n))
    return [d if cal.exceptions.get(d, d.weekday() < 5) else add_working_days(cal, d, 1) for d in days]


def _carried_over(actor: Actor, rng: random.Random, cal, today: dt.date) -> None:
    """Matters taken up in late 2013, still open or stopped in October 2014."""
    w = lambda start, n: add_working_days(cal, start, n)  # noqa: E731
    # Green: a long project, extended to mid-December.
    m = MATTERS[1]
    ins = _register(actor, rng, "自治区", "覃海明", m, D(2013, 11, 18), "紧急")
    wf.accept(actor, ins.id, D(2013, 11, 19))
    ins = wf.assign(actor, ins.id, D(2013, 11, 20), _specs(m, 0, 2, D(2014, 6, 30)))
    _sign_all(actor, rng, ins.id, D(2013, 11, 21))
    lead = assignments_of(ins.id)[0]
    wf.report_progress(actor, lead.id, D(2014, 3, 31), "已完成征地面积的70%，剩余地块正在协商。")
    ext = wf.request_extension(actor, lead.id, D(2014, 6, 20), D(2014, 12, 15), "个别地块权属争议需司法裁定。")
    wf.decide_extension(actor, ext.id, D(2014, 6, 23), True, "同意延至12月15日，每月报送进展。")
    for a in assignments_of(ins.id)[1:]:
        ext = wf.request_extension(actor, a.id, D(2014, 6, 20), D(2014, 12, 15), "配合牵头单位。")
        wf.decide_extension(actor, ext.id, D(2014, 6, 23), True)
    wf.report_progress(actor, lead.id, D(2014, 9, 30), "已完成征地面积的92%。")

    # Yellow: extended to early November, due within days of today.
    # After October, so the period's figures stay the article's whatever the build day.
    soon = max(w(today, 3), D(2014, 11, 3))
    for matter, leader, level, new_deadline in ((MATTERS[10], "陆明远", "市", w(soon, 1)),
                                                (MATTERS[13], "蒙立新", "自治区", soon)):
        ins = _register(actor, rng, level, leader, matter, D(2013, 12, 2))
        wf.accept(actor, ins.id, D(2013, 12, 3))
        ins = wf.assign(actor, ins.id, D(2013, 12, 4), _specs(matter, 0, 1, D(2014, 9, 30)))
        _sign_all(actor, rng, ins.id, D(2013, 12, 5))
        for a in assignments_of(ins.id):
            ext = wf.request_extension(actor, a.id, D(2014, 9, 22), new_deadline, "工程量大，需延长工期。")
            wf.decide_extension(actor, ext.id, D(2014, 9, 24), True, "同意延期。")
        wf.report_progress(actor, assignments_of(ins.id)[0].id, D(2014, 10, 20), "主体工作已完成，正在扫尾。")

    # Red: overdue since 2013, extension refused, reminded three times (a criticism candidate).
    m = MATTERS[9]
    ins = _register(actor, rng, "市", "黄振宇", m, D(2013, 11, 25), "特急")
    wf.accept(actor, ins.id, D(2013, 11, 25))
    ins = wf.assign(actor, ins.id, D(2013, 11, 26), _specs(m, 15, 1))
    _sign_all(actor, rng, ins.id, D(2013, 11, 27))
    lead = assignments_of(ins.id)[0]
    ext = wf.request_extension(actor, lead.id, D(2013, 12, 10), D(2014, 3, 31), "补偿标准需重新评估。")
    wf.decide_extension(actor, ext.id, D(2013, 12, 12), False, "理由不充分，请按原时限办结。")
    for day, means in ((D(2014, 1, 15), "电话"), (D(2014, 5, 12), "书面"), (D(2014, 9, 15), "上门")):
        wf.remind(actor, lead.id, day, means, "该件已超期，请立即报送办理结果。")

    # Red: a co-unit never signed for it, lead unit reminded twice.
    m = MATTERS[17]
    ins = _register(actor, rng, "自治区", "韦自强", m, D(2013, 12, 9))
    wf.accept(actor, ins.id, D(2013, 12, 10))
    ins = wf.assign(actor, ins.id, D(2013, 12, 10), _specs(m, 10, 2))
    lead = assignments_of(ins.id)[0]
    wf.sign(actor, lead.id, D(2013, 12, 11), _person(rng))
    wf.remind(actor, lead.id, D(2014, 2, 10), "电话")
    wf.remind(actor, lead.id, D(2014, 8, 4), "书面")

    # Failed review: completed before the deadline, the review failed, deadline reset.
    m = MATTERS[5]
    ins = _register(actor, rng, "市", "莫家兴", m, D(2013, 12, 16))
    wf.accept(actor, ins.id, D(2013, 12, 16))
    ins = wf.assign(actor, ins.id, D(2013, 12, 17), _specs(m, 0, 1, D(2014, 11, 28)))
    _sign_all(actor, rng, ins.id, D(2013, 12, 18))
    wf.complete(actor, ins.id, D(2014, 10, 10), "已完成全部内涝点整治。")
    wf.review(actor, ins.id, D(2014, 10, 16), False, "回访发现3处内涝点仍积水，整改不到位。", D(2014, 11, 14))

    # 已交办, lead unit not yet signed for (late sign-off), assigned last week.
    m = MATTERS[15]
    ins = _register(actor, rng, "市", "甘淑萍", m, D(2013, 12, 23))
    wf.accept(actor, ins.id, D(2013, 12, 30))
    wf.assign(actor, ins.id, D(2014, 10, 22), _specs(m, 20, 1))

    # Stopped and withdrawn.
    m = MATTERS[12]
    ins = _register(actor, rng, "市", "罗国栋", m, D(2013, 11, 11))
    wf.accept(actor, ins.id, D(2013, 11, 12))
    wf.assign(actor, ins.id, D(2013, 11, 12), _specs(m, 20, 1))
    wf.stop(actor, ins.id, D(2014, 5, 6), "中止", "投资方撤回项目，领导同意中止督办。")
    ins = _register(actor, rng, "市", "梁文华", MATTERS[16], D(2013, 12, 20))
    wf.stop(actor, ins.id, D(2013, 12, 23), "撤销", "与督〔2013〕已登记件重复。")
    ins = _register(actor, rng, "市", "梁文华", MATTERS[6], D(2013, 12, 26))
    wf.reject(actor, ins.id, D(2013, 12, 27), "属一般性工作建议，转市交通运输局参考，不立项督办。")

    # Just received, 待立项.
    _register(actor, rng, "市", "黄振宇", MATTERS[3], w(today, -1), "紧急")
    _register(actor, rng, "市", "陆明远", MATTERS[11], today)


@workflow()
def build(actor: Actor, rng: random.Random, today: dt.date) -> None:
    """Add the 2014 instructions (the article's 18 + 35) and the carried-over matters."""
    cal = load_calendar()
    # Late items stay due (and done) by the end of October whatever "today" is.
    last = min(today, D(2014, 10, 31)) - dt.timedelta(days=45)
    plan = [("自治区", REGIONAL_LEADERS, 18), ("市", CITY_LEADERS, 35)]
    index = 0
    for level, leaders, n in plan:
        for i, received in enumerate(_received_dates(rng, cal, n, D(2014, 1, 6), last)):
            matter = MATTERS[(i * 7 + (3 if level == "市" else 0)) % len(MATTERS)]
            # The latest few are still awaiting review or report-back.
            stage = {n - 1: "办结", n - 2: "复核", n - 4: "办结"}.get(i, "报结")
            _on_time_item(actor, rng, cal, level, leaders[i % len(leaders)], matter, received, today,
                          index, stage)
            index += 1
    _carried_over(actor, rng, cal, today)
