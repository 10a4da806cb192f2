"""Demo part: the research topics of 2014, the three the article names among them."""
from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from models.core.actors import Actor
from models.core.db import database
from models.core.workflow import workflow
from models.reference.directory import Unit, unit_by_name
from models.research import topics as r

TITLE = "督查调研课题"

D = dt.date

# (title, direction, units, people, planned start, planned end, last state, visits, findings)
TOPICS = [
    ("马山县加快特色城镇化建设", "决策执行中的难点问题",
     ["市“两重两问”办", "马山县", "市住建委"], "梁建华、覃丽娟、陆晓东",
     D(2014, 3, 3), D(2014, 5, 30), "领导批示/采纳",
     [(D(2014, 3, 18), "马山县白山镇", ["马山县"], "集镇道路、排水管网和农贸市场建设进度；"
       "镇区常住人口约1.2万人，特色小镇规划已编制完成。"),
      (D(2014, 3, 26), "马山县古零镇小都百屯", ["马山县"], "壮族三声部民歌文化旅游与城镇建设结合情况。"),
      (D(2014, 4, 9), "马山县住建局、县发改局座谈", ["马山县", "市住建委"],
       "资金来源单一，土地指标不足，专业规划人才缺乏。")],
     [("发现问题", "集镇基础设施欠账多，污水处理设施尚未建成。", ""),
      ("发现问题", "城镇建设资金主要依靠财政投入，融资渠道单一。", ""),
      ("意见建议", "设立特色城镇化建设专项资金，市级财政按比例配套。", "采纳"),
      ("意见建议", "将白山镇列为全市特色名镇建设试点，优先安排建设用地指标。", "部分采纳"),
      ("意见建议", "建立市直部门对口帮扶马山县城镇规划建设机制。", "采纳"),
      ("意见建议", "允许县级融资平台发行城镇建设专项债券。", "未采纳")]),
    ("全市加强乡镇干部队伍建设工作情况", "领导关注的重点问题",
     ["市委组织部", "市政府督查室"], "黄海燕、罗志强",
     D(2014, 6, 3), D(2014, 9, 15), "已报送",
     [(D(2014, 6, 17), "横县校椅镇", ["横县"], "乡镇干部年龄结构、岗位空缺和工作日志制度。"),
      (D(2014, 6, 25), "宾阳县黎塘镇", ["宾阳县"], "周转房建设与干部‘留得住’问题。"),
      (D(2014, 7, 8), "武鸣县双桥镇", ["武鸣县"], "大学生村官转任乡镇干部情况。"),
      (D(2014, 7, 22), "上林县白圩镇", ["上林县"], "乡镇干部培训与考核激励。")],
     [("发现问题", "部分乡镇干部缺编，一人多岗现象普遍。", ""),
      ("意见建议", "建立乡镇干部工作补贴随工作年限递增制度。", "待定"),
      ("意见建议", "每年从市直机关选派年轻干部到乡镇挂职一至两年。", "待定"),
      ("意见建议", "加快乡镇干部周转房建设，两年内实现全覆盖。", "待定")]),
    ("全市12个综合示范村建设", "群众反映强烈的热点问题",
     ["市“两重两问”办", "市政府督查室", "市农委"], "陈文军、许秀英、梁建华",
     D(2014, 8, 4), D(2014, 11, 28), "实地调研",
     [(D(2014, 8, 20), "西乡塘区石埠街道忠良村", ["西乡塘区"], "村庄规划、污水处理和特色产业。"),
      (D(2014, 9, 10), "青秀区南阳镇施厚村", ["青秀区"], "‘美丽南方’建设与农民增收。"),
      (D(2014, 10, 15), "邕宁区蒲庙镇新新村", ["邕宁区"], "示范村长效管护机制。"),
      (D(2014, 11, 5), "隆安县那桐镇定江村", ["隆安县"], "计划：香蕉产业与村容村貌整治。")],
     [("发现问题", "部分示范村重建设轻管护，保洁经费没有着落。", "")]),
    ("城区农贸市场升级改造推进情况", "群众反映强烈的热点问题",
     ["市商务委", "市城管执法局"], "何俊杰、宋雪梅",
     D(2014, 7, 1), D(2014, 10, 20), "分析撰写",
     [(D(2014, 7, 16), "江南区沙井农贸市场", ["江南区", "市商务委"], "改造期间临时市场安置情况。")],
     [("意见建议", "对改造期间的临时市场统一规划，避免占道经营。", "待定")]),
    ("全市标准厂房建设用地保障", "决策执行中的难点问题",
     ["市工信委", "市国土资源局", "市政府督查室"], "唐国平、郑红梅",
     D(2014, 9, 22), D(2014, 11, 4), "协调", [], []),
    ("中心城区停车难问题", "群众反映强烈的热点问题",
     ["市交通运输局", "市公安局"], "冯小明",
     D(2014, 11, 10), D(2015, 1, 30), "选题", [], []),
]

# Days each step took after the planned start (the demonstration's own invention).
STEP_OFFSETS = {"协调": 3, "实地调研": 10, "分析撰写": 45, "已报送": 70, "领导批示/采纳": 78}
REPORT_TEXT = (
    "关于马山县加快特色城镇化建设情况的调研报告\n\n"
    "按照市委领导的要求，市委督查室会同市“两重两问”办、市住建委，于2014年3月至4月深入马山县"
    "白山镇、古零镇等地开展专题调研。现将有关情况报告如下：\n"
    "一、基本情况……\n二、存在的主要问题……\n三、几点建议……\n"
)


def _unit(short: str) -> Unit:
    unit = unit_by_name(short) or unit_by_name(f"南宁市{short}人民政府")
    if unit is None:
        raise LookupError(f"demo unit missing: {short}")
    return unit


def _step_date(start: dt.date, step: str, end: dt.date, visits: list) -> dt.date:
    day = start + dt.timedelta(days=STEP_OFFSETS[step])
    if step == "分析撰写" and visits:
        past = [v[0] for v in visits if v[0] <= end]
        day = max(day, max(past) + dt.timedelta(days=3)) if past else day
    return day


@workflow()
def build(actor: Actor, rng: random.Random, today: dt.date) -> None:
    """Add the topics, walk each through its steps, with visits, findings and a report."""
    for (title, direction, units, people, p_start, p_end, last, visits, findings) in TOPICS:
        topic = r.save_topic(actor, r.TopicData(title, direction, 2014, people, p_start, p_end,
                                                [_unit(u).id for u in units]))
        for day, place, visited, notes in visits:
            r.save_visit(actor, topic.id, r.VisitData(day, place, people, notes,
                                                      [_unit(u).id for u in visited]))
        for kind, text, _ in findings:
            r.add_finding(actor, topic.id, text, kind)
        done_steps = r.STATES[1:r.STATES.index(last) + 1]
        step_fns = {"协调": r.start_coordination, "实地调研": r.start_fieldwork,
                    "分析撰写": r.start_writing, "已报送": r.submit_report}
        for step in done_steps:
            on = min(_step_date(p_start, step, today, visits), today)
            if step == "已报送":
                _report(actor, topic, on)
            if step == "领导批示/采纳":
                r.record_leader_response(actor, topic.id, on, "黄振宇",
                                         "调研报告很好。请市住建委、马山县按报告所提建议抓紧研究落实，"
                                         "年底前将落实情况报市委。")
                r.instruction_from_response(actor, topic.id, on + dt.timedelta(days=1))
                for f, (_, _, adoption) in zip(r.Finding.select().where(r.Finding.topic == topic.id)
                                               .order_by(r.Finding.seq), findings, strict=True):
                    if adoption and adoption != "待定":
                        r.mark_adoption(actor, f.id, adoption, on + dt.timedelta(days=20))
            else:
                step_fns[step](actor, topic.id, on)


def _report(actor: Actor, topic: r.ResearchTopic, on: dt.date) -> None:
    summary = (f"{topic.title}：经实地调研{topic.visits.count()}次，"
               "梳理问题、提出意见建议，报市委领导参阅。")
    r.set_report_summary(actor, topic.id, summary)
    if topic.title.startswith("马山县"):
        db_path = Path(database().database)
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "马山县特色城镇化建设调研报告.txt"
            src.write_text(REPORT_TEXT, encoding="utf-8")
            r.attach_report(actor, topic.id, src, db_path)
