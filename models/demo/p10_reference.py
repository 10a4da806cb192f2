"""Demo part: Nanning's units of 2014 and invented leaders."""
from __future__ import annotations

import datetime as dt
import random

from models.core.actors import Actor
from models.core.workflow import workflow
from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

TITLE = "单位与领导"

COUNTIES = ["兴宁区", "青秀区", "江南区", "西乡塘区", "良庆区", "邕宁区", "武鸣县", "横县",
            "宾阳县", "上林县", "马山县", "隆安县"]
CITY_UNITS = [
    ("南宁市发展和改革委员会", "市发展改革委"), ("南宁市住房和城乡建设委员会", "市住建委"),
    ("南宁市交通运输局", "市交通运输局"), ("南宁市国土资源局", "市国土资源局"),
    ("南宁市规划管理局", "市规划局"), ("南宁市财政局", "市财政局"),
    ("南宁市环境保护局", "市环保局"), ("南宁市水利局", "市水利局"),
    ("南宁市农业委员会", "市农委"), ("南宁市商务委员会", "市商务委"),
    ("南宁市工业和信息化委员会", "市工信委"), ("南宁市园林管理局", "市园林局"),
    ("南宁市市政和园林管理局", "市市政园林局"), ("南宁市城市管理综合执法局", "市城管执法局"),
    ("南宁市教育局", "市教育局"), ("南宁市卫生和计划生育委员会", "市卫计委"),
    ("南宁市公安局", "市公安局"), ("南宁市民政局", "市民政局"),
    ("南宁市人力资源和社会保障局", "市人社局"), ("南宁市林业局", "市林业局"),
    ("南宁市旅游发展委员会", "市旅游委"), ("南宁市投资促进局", "市投促局"),
    ("南宁市重大项目建设办公室", "市重大办"), ("南宁市城乡建设委员会铁路办", "市铁路办"),
    ("中共南宁市委组织部", "市委组织部"), ("中共南宁市委宣传部", "市委宣传部"),
    ("南宁市“两重两问”办公室", "市“两重两问”办"), ("南宁市人民政府督查室", "市政府督查室"),
    ("南宁高新技术产业开发区管理委员会", "高新区管委会"),
    ("南宁经济技术开发区管理委员会", "经开区管委会"),
    ("南宁市五象新区规划建设管理委员会", "五象新区管委会"),
    ("南宁市食品药品监督管理局", "市食药监局"),
]
CONTACT_SURNAMES = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
GIVEN = "志强建华丽娟海燕文军永红国平小明晓东秀英桂芳红梅宏伟建军俊杰雪梅"

# Invented names: the demonstration names no real person.
LEADERS = [
    ("韦自强", "自治区党委书记", "自治区"), ("覃海明", "自治区党委副书记", "自治区"),
    ("蒙立新", "自治区党委常委、秘书长", "自治区"), ("黄振宇", "市委书记", "市"),
    ("陆明远", "市委副书记、市长", "市"), ("梁文华", "市委副书记", "市"),
    ("罗国栋", "市委常委、秘书长", "市"), ("莫家兴", "市委常委、常务副市长", "市"),
    ("甘淑萍", "市委常委、组织部部长", "市"),
]


# 分管领导 of the city's units (invented, as the names are).
OVERSEERS = {
    "莫家兴": ("市发展改革委", "市财政局", "市工信委", "市商务委", "市投促局", "市重大办"),
    "陆明远": ("市住建委", "市交通运输局", "市国土资源局", "市规划局", "市铁路办", "五象新区管委会"),
    "梁文华": ("市教育局", "市卫计委", "市公安局", "市民政局", "市人社局", "市食药监局"),
    "罗国栋": ("市“两重两问”办", "市政府督查室", "市环保局", "市水利局", "市农委", "市林业局"),
    "甘淑萍": ("市委组织部", "市委宣传部"),
    "黄振宇": ("高新区管委会", "经开区管委会", "市园林局", "市市政园林局", "市城管执法局", "市旅游委"),
}


def _person(rng: random.Random) -> str:
    return rng.choice(CONTACT_SURNAMES) + "".join(rng.sample(GIVEN, 2))


@workflow()
def build(actor: Actor, rng: random.Random, today: dt.date) -> None:
    """Add the leaders and the units (city units with their 分管领导)."""
    for name, post, level in LEADERS:
        save_leader(actor, LeaderData(name, post, level))
    overseer = {unit: leader for leader, units in OVERSEERS.items() for unit in units}
    for name in COUNTIES:
        save_unit(actor, UnitData(f"南宁市{name}人民政府",
                                  name, "县区", _person(rng), f"0771-{rng.randint(2000000, 5999999)}"))
    for name, short in CITY_UNITS:
        save_unit(actor, UnitData(name, short, "市直单位", _person(rng),
                                  f"0771-{rng.randint(2000000, 5999999)}", overseer=overseer.get(short, "")))
