"""Demo part: the 22 key items of the 2014 decision-supervision plan, a year of quarterly
progress, two sets of standing-committee minutes and 30+ supervision activities."""
from __future__ import annotations

import datetime as dt
import random

from models.calendar.store import load_calendar
from models.calendar.workdays import next_working_day
from models.core.actors import Actor
from models.core.workflow import workflow
from models.key_items.activities import (
    METHODS,
    ActivityData,
    add_suggestion,
    close_suggestion,
    follow_up_suggestion,
    save_activity,
)
from models.key_items.items import (
    ItemData,
    KeyItem,
    complete_item,
    save_item,
    save_plan,
    start_item,
    stop_item,
)
from models.key_items.meetings import register_decision, save_minutes
from models.key_items.progress import ProgressData, assess_progress, report_date, save_progress
from models.key_items.stages import StageData, save_stage
from models.reference.directory import Unit

TITLE = "2014年决策督查（22项重点工作、季度进展、阶段计划、督查活动）"

D = dt.date
Q = "quarterly"
# number, title, content, source, lead, responsible units, deadline, supervision dates
ITEMS = [
    (1, "市委书记联系服务重大项目重点企业", "市委书记定点联系服务重大项目和重点企业，协调解决项目建设和企业发展中的困难和问题。",
     "市委常委会年度工作要点", "市重大办", ["市发展改革委", "市投促局", "市工信委"], D(2014, 12, 31), Q),
    (2, "7座跨江桥梁建设", "加快推进青山大桥、良庆大桥、英华大桥等7座跨江桥梁建设，确保按节点完成年度投资。",
     "提升首位度决定", "市住建委", ["市交通运输局", "市规划局", "市国土资源局", "青秀区", "江南区", "良庆区"],
     D(2014, 12, 31), Q),
    (3, "“中国绿城”提升工程", "实施“中国绿城”提升工程，推进城市绿化美化、道路绿化升级和公园建设。",
     "市委常委会年度工作要点", "市市政园林局", ["市园林局", "市林业局", "市城管执法局", "兴宁区", "西乡塘区"],
     D(2014, 11, 30), Q),
    (4, "全市标准厂房建设", "全市新建标准厂房100万平方米以上，加快园区承载能力建设。",
     "提升首位度决定", "市工信委", ["高新区管委会", "经开区管委会", "市国土资源局", "市财政局"], D(2014, 12, 31),
     [D(2014, 4, 16), D(2014, 7, 16), D(2014, 11, 12)]),
    (5, "五象新区核心区建设", "加快五象新区核心区路网、市政配套和总部基地建设。", "提升首位度决定",
     "五象新区管委会", ["市规划局", "市住建委", "良庆区"], D(2014, 12, 31), Q),
    (6, "吴圩国际机场新航站区配套道路建设", "确保机场新航站区配套道路与航站楼同步建成使用。",
     "市委常委会年度工作要点", "市交通运输局", ["市重大办", "江南区"], D(2014, 10, 31),
     [D(2014, 6, 18), D(2014, 10, 21)]),
    (7, "轨道交通1号线、2号线建设", "加快地铁1号线土建施工和2号线前期工作，做好征地拆迁和管线迁改。",
     "提升首位度决定", "市住建委", ["市国土资源局", "市规划局", "市公安局"], D(2014, 12, 31), Q),
    (8, "邕江综合整治和开发利用", "推进邕江两岸防洪堤、滨江景观和沿江道路建设。", "市委常委会年度工作要点",
     "市水利局", ["市住建委", "市环保局", "市规划局"], D(2014, 12, 31), [D(2014, 5, 21), D(2014, 11, 19)]),
    (9, "那考河流域综合治理", "启动那考河流域治理项目，开展截污和河道整治。", "市委常委会年度工作要点",
     "市环保局", ["市水利局", "兴宁区"], D(2014, 11, 14), [D(2014, 8, 20), D(2014, 11, 5)]),
    (10, "城乡清洁工程", "深化城乡清洁工程，建立城乡环境卫生长效管理机制。", "市委常委会年度工作要点",
     "市城管执法局", ["兴宁区", "青秀区", "江南区", "西乡塘区", "良庆区", "邕宁区"], D(2014, 12, 31), Q),
    (11, "招商引资和重大项目落地", "全年引进区外境内资金增长15%以上，推动签约项目尽快开工。", "提升首位度决定",
     "市投促局", ["市商务委", "市发展改革委"], D(2014, 12, 31), Q),
    (12, "现代特色农业示范区建设", "建设一批现代特色农业示范区，带动农民增收。", "市委常委会年度工作要点",
     "市农委", ["武鸣县", "横县", "宾阳县"], D(2014, 12, 31), [D(2014, 9, 17), D(2014, 12, 10)]),
    (13, "第11届中国—东盟博览会服务保障", "做好博览会、商务与投资峰会的城市服务保障工作。", "市委常委会年度工作要点",
     "市商务委", ["市公安局", "市城管执法局", "市卫计委"], D(2014, 9, 20), [D(2014, 8, 27), D(2014, 9, 10)]),
    (14, "保障性住房建设", "开工建设保障性住房，完成年度基本建成任务。", "市委常委会年度工作要点",
     "市住建委", ["市国土资源局", "市财政局", "市民政局"], D(2014, 12, 31), Q),
    (15, "棚户区和城中村改造", "推进棚户区改造和城中村改造项目，完成年度征收任务。", "提升首位度决定",
     "市住建委", ["西乡塘区", "兴宁区", "市国土资源局"], D(2014, 11, 28), [D(2014, 6, 25), D(2014, 11, 18)]),
    (16, "中小学校舍建设和改造", "新建、改扩建中小学校舍，秋季学期前投入使用。", "市委常委会年度工作要点",
     "市教育局", ["市财政局", "市住建委"], D(2014, 8, 29), [D(2014, 7, 23)]),
    (17, "基层医疗卫生服务体系建设", "完成社区卫生服务中心和乡镇卫生院标准化建设。", "市委常委会年度工作要点",
     "市卫计委", ["市财政局"], D(2014, 11, 7), [D(2014, 9, 24), D(2014, 11, 4)]),
    (18, "食品药品安全专项整治", "开展食品药品安全专项整治行动，严厉打击违法行为。", "市委常委会年度工作要点",
     "市食药监局", ["市农委", "市商务委", "市公安局"], D(2014, 12, 31), Q),
    (19, "就业创业和社会保障", "实现城镇新增就业目标，扩大社会保险覆盖面。", "市委常委会年度工作要点",
     "市人社局", ["市民政局", "市财政局"], D(2014, 12, 31), Q),
    (20, "青秀山风景区提升改造", "推进青秀山风景区提升改造，创建国家5A级旅游景区。", "市委常委会年度工作要点",
     "市旅游委", ["青秀区", "市园林局"], D(2014, 12, 31), [D(2014, 5, 14)]),
]
# Decided matters of the standing committee's minutes (number, meeting, date, paragraph, item).
MINUTES = [
    ("〔2014〕8号", "市委常委会2014年第8次会议", D(2014, 4, 21), "第二条",
     (21, "党的群众路线教育实践活动整改落实", "对照整改方案逐项销号，按期向市委报告整改情况。",
      "市委组织部", ["市委宣传部", "市政府督查室"], (D(2014, 10, 10), 20), [D(2014, 10, 30)])),
    ("〔2014〕15号", "市委常委会2014年第15次会议", D(2014, 7, 14), "第四条",
     (22, "“两重两问”工作推进", "围绕重大项目、重点工作问效问责，建立督查问责联动机制。",
      "市“两重两问”办", ["市政府督查室", "市委组织部"], D(2014, 12, 31), Q)),
]
COMPLETED = {13: (D(2014, 9, 22), "博览会、峰会服务保障任务圆满完成"),
             16: (D(2014, 8, 29), "新建校舍已于秋季开学前投入使用")}
STOPPED = {20: (D(2014, 7, 15), "市委常委会决定调整为市政府督查事项，本计划不再跟踪")}
BEHIND = {2: "滞后", 9: "严重滞后", 15: "滞后"}
LATE_OR_MISSING = {(7, "市公安局"), (10, "邕宁区"), (14, "市民政局")}

DONE_TEXTS = ["完成年度投资{p}%，主体工程按节点推进", "已召开专题推进会{n}次，协调解决问题{m}个",
              "完成征地拆迁{p}%，施工单位已全面进场", "制定实施方案并分解任务到责任人，推进情况良好"]
PROBLEMS = ["征地拆迁进度偏慢", "建设资金到位不足", "部分管线迁改尚未完成", "审批手续办理周期较长", ""]
NEXT = ["加快施工进度，确保完成下季度节点目标", "加强与有关部门协调，争取资金尽快到位", "倒排工期，挂图作战"]
PLACES = ["青秀区", "江南区", "良庆区", "五象新区", "高新区", "经开区", "西乡塘区", "兴宁区", "邕宁区"]
SUGGESTIONS = ["建议由市重大办牵头召开协调会，集中解决征地拆迁问题", "建议市财政局优先保障项目建设资金",
               "建议建立周调度制度，倒排工期、挂图作战", "建议简化审批流程，实行并联审批",
               "建议加强施工安全和文明施工管理"]


# 阶段计划 of a few items: item number → (stage title, deadline, unit, date done or None).
# Item 7's pipeline stage is overdue on the demo day: the item is late by its stage too.
STAGES = {
    2: [("完成征地拆迁和交地", D(2014, 6, 30), "市国土资源局", D(2014, 6, 26)),
        ("青山大桥主桥合龙", D(2014, 9, 30), "市住建委", D(2014, 9, 28)),
        ("良庆大桥主塔封顶", D(2014, 11, 4), "市住建委", None),
        ("完成年度投资计划", D(2014, 12, 31), "市住建委", None)],
    4: [("新开工标准厂房50万平方米", D(2014, 6, 30), "高新区管委会", D(2014, 6, 30)),
        ("竣工标准厂房80万平方米", D(2014, 11, 20), "经开区管委会", None)],
    5: [("核心区路网规划获批", D(2014, 4, 30), "市规划局", D(2014, 4, 25)),
        ("总部基地一期主体封顶", D(2014, 11, 28), "五象新区管委会", None),
        ("市政配套道路完工", D(2014, 12, 25), "良庆区", None)],
    7: [("1号线全线土建开工", D(2014, 5, 31), "市住建委", D(2014, 5, 20)),
        ("沿线管线迁改完成", D(2014, 10, 15), "市住建委", None),
        ("2号线工程可行性研究报批", D(2014, 12, 15), "市规划局", None)],
}


def _stages(actor: Actor, today: dt.date, items: dict[int, KeyItem]) -> None:
    for number, stages in STAGES.items():
        for title, deadline, unit, done_on in stages:
            save_stage(actor, items[number].id, StageData(title, deadline, _unit(unit),
                                                          done_on=done_on if done_on and done_on <= today else None))


def _unit(short: str) -> int:
    u = Unit.get_or_none(Unit.short_name == short) or Unit.get_or_none(Unit.name == short)
    if u is None:
        raise LookupError(f"demo unit {short} missing")
    return u.id


def _item_data(number: int, title: str, content: str, source: str, lead: str, others: list[str],
               deadline: dt.date | tuple[dt.date, int], checks) -> ItemData:
    data = ItemData(number, title, _unit(lead), content=content, source=source,
                    unit_ids=[_unit(o) for o in others], quarterly=checks == Q,
                    check_days=[] if checks == Q else list(checks))
    if isinstance(deadline, tuple):
        data.assigned_on, data.deadline_days = deadline
    else:
        data.deadline = deadline
    return data


@workflow()
def build(actor: Actor, rng: random.Random, today: dt.date) -> None:
    """Add the 2014 plan, its items, progress, minutes and activities."""
    cal = load_calendar()
    plan = save_plan(actor, 2014, "2014年决策督查计划", D(2014, 1, 1), "市委常委会年度工作要点和提升首位度决定分解")
    items: dict[int, KeyItem] = {}
    for number, title, content, source, lead, others, deadline, checks in ITEMS:
        items[number] = save_item(actor, plan.id, _item_data(number, title, content, source, lead, others,
                                                             deadline, checks), cal=cal)
    for number_, meeting, held_on, paragraph, spec in MINUTES:
        minutes = save_minutes(actor, number_, meeting, held_on)
        number, title, content, lead, others, deadline, checks = spec
        items[number] = register_decision(actor, minutes.id, paragraph, _item_data(
            number, title, content, "常委会会议纪要", lead, others, deadline, checks), cal=cal)
    for number, item in items.items():
        begun = item.assigned_on or D(2014, 2, 10 + number % 10)
        if begun <= today:
            start_item(actor, item.id, begun)
    _progress(actor, rng, today, cal, items)
    for number, (day, reason) in COMPLETED.items():
        if day <= today:
            complete_item(actor, items[number].id, day, reason)
    for number, (day, reason) in STOPPED.items():
        if day <= today:
            stop_item(actor, items[number].id, day, reason)
    _activities(actor, rng, today, items)
    _stages(actor, today, items)


def _progress(actor: Actor, rng: random.Random, today: dt.date, cal, items: dict[int, KeyItem]) -> None:
    from models.key_items.items import reporting_units

    units = reporting_units(i.id for i in items.values())
    names = {u.id: u.short_name for u in Unit.select()}
    for q in (1, 2, 3, 4):
        due = report_date(cal, 2014, q, 5)
        for number, item in items.items():
            begun = item.assigned_on or D(2014, 1, 1)
            end_of_quarter = D(2014, 3 * q, 30 if q in (2, 3) else 31)
            if begun > end_of_quarter:
                continue
            finished_on = (COMPLETED.get(number) or STOPPED.get(number) or (None,))[0]
            if finished_on is not None and finished_on < D(2014, 3 * q - 2, 1):
                continue
            for unit_id in units[item.id]:
                late = (number, names[unit_id]) in LATE_OR_MISSING and q == 3
                # due is a working day, so the next working day never passes it
                day = next_working_day(cal, due - dt.timedelta(days=rng.randint(0, 6)))
                if late or day > today:
                    continue
                text = rng.choice(DONE_TEXTS).format(p=min(100, 20 * q + rng.randint(0, 15)),
                                                     n=rng.randint(1, 5), m=rng.randint(2, 9))
                assessment = ""
                if unit_id == item.lead_unit_id:
                    assessment = BEHIND.get(number, "按进度") if q >= 2 else "按进度"
                row = save_progress(actor, ProgressData(item.id, unit_id, 2014, q, day, done=text,
                                                        problems=rng.choice(PROBLEMS), next_steps=rng.choice(NEXT)))
                if assessment:
                    assess_progress(actor, row.id, assessment)


# Named activities of the article, then routine ones over the year.
NAMED_ACTIVITIES = [
    (D(2014, 3, 12), "重点督查", "市委书记联系服务重大项目重点企业督查（第一批）", [1, 11]),
    (D(2014, 4, 16), "专项督查", "7座跨江桥梁建设专项督查", [2]),
    (D(2014, 5, 7), "重点督查", "“中国绿城”提升工程督查", [3, 20]),
    (D(2014, 5, 28), "定点督查", "全市标准厂房建设定点督查", [4]),
    (D(2014, 6, 18), "跟踪督查", "市委书记联系服务重大项目重点企业跟踪督查", [1, 5]),
    (D(2014, 7, 16), "专项督查", "7座跨江桥梁建设征地拆迁专项督查", [2, 7]),
    (D(2014, 8, 20), "跟踪督查", "“中国绿城”提升工程跟踪督查", [3]),
    (D(2014, 9, 17), "定点督查", "全市标准厂房建设进度定点督查", [4, 11]),
    (D(2014, 10, 15), "重点督查", "7座跨江桥梁建设四季度节点督查", [2, 8]),
    (D(2014, 11, 12), "跟踪督查", "全市标准厂房建设年度目标跟踪督查", [4]),
]


def _activities(actor: Actor, rng: random.Random, today: dt.date, items: dict[int, KeyItem]) -> None:
    plan = list(NAMED_ACTIVITIES)
    day = D(2014, 2, 19)
    numbers = sorted(items)
    while len(plan) < 34:
        covered = rng.sample(numbers, rng.randint(1, 3))
        method = METHODS[len(plan) % 4]
        head = items[covered[0]].title
        plan.append((day, method, f"{head}{method}", covered))
        day += dt.timedelta(days=rng.choice((7, 8, 9, 10)))
        if day.weekday() >= 5:
            day += dt.timedelta(days=7 - day.weekday())
    for day, method, title, covered in sorted(plan):
        if day > today + dt.timedelta(days=31):
            continue
        problems = "" if day > today else rng.choice(PROBLEMS[:-1]) + "；" + rng.choice(PROBLEMS[:-1])
        act = save_activity(actor, ActivityData(day, method, title, [items[n].id for n in covered],
                                                rng.choice(PLACES), "督查室 " + str(rng.randint(2, 5)) + " 人",
                                                problems))
        if day > today:
            continue
        for _ in range(rng.randint(1, 2)):
            sug = add_suggestion(actor, act.id, rng.choice(SUGGESTIONS), items[covered[0]].lead_unit_id)
            age = (today - day).days
            if age > 30:
                follow_up_suggestion(actor, sug.id, day + dt.timedelta(days=14), "责任单位已制定整改措施")
            if age > 75:
                close_suggestion(actor, sug.id, day + dt.timedelta(days=45), "已落实，问题得到解决")
