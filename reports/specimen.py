"""A specimen 督查通报 with made-up content, for font test pages and benchmarks.

The settings pane prints it to show which fonts each role got; tests and the
benchmark use it as a realistic load.  All names and figures are invented.
"""

from __future__ import annotations

import datetime
import random

from reports.document import Block, Heading, OfficialDocument, Para, Table

_UNITS: tuple[str, ...] = tuple(
    [
        "市发展改革委",
        "市工业和信息化委",
        "市住房城乡建设委",
        "市交通运输局",
        "市国土资源局",
        "市环境保护局",
        "市农业委",
        "市商务委",
        "市教育局",
        "市卫生计生委",
        "市水利局",
        "青秀区委",
        "兴宁区委",
        "江南区委",
        "西乡塘区委",
        "良庆区委",
        "邕宁区委",
        "武鸣县委",
    ]
)
_ITEMS: tuple[str, ...] = tuple(
    [
        "五象新区核心区基础设施建设",
        "地铁1号线土建工程",
        "邕江综合整治和开发利用",
        "城中村改造试点",
        "棚户区改造安置房建设",
        "重点产业园区标准厂房建设",
        "中小学校舍安全工程",
        "农村饮水安全巩固提升",
        "城市内涝治理",
        "“美丽南宁”乡村建设",
        "大气污染防治攻坚",
        "政务服务中心“一站式”审批改革",
        "养老服务体系建设",
    ]
)
_PROGRESS = (
    "已完成年度计划投资的{p}%，主体工程已封顶。",
    "累计完成投资{m}亿元，占年度计划的{p}%，进度符合预期。",
    "征地拆迁完成{p}%，仍有{n}户未签订补偿协议，进度滞后。",
    "已完成施工图设计审查，{n}个标段全部进场施工。",
    "受资金拨付影响，完成投资仅占年度计划的{p}%，需加快推进。",
)
_SENTENCES = (
    "今年以来，各地各部门认真贯彻落实市委的决策部署，把督查工作摆在突出位置，"
    "坚持“一件事一督查”，推动各项工作任务落到实处。",
    "截至{month}月底，全市列入督查的{n}项重点工作中，已办结{k}项，"
    "按时办结率为{p}%，比上季度提高{d}个百分点。",
    "市委督查室采取明察暗访、跟踪督办、回访复核等方式，对{n}个牵头单位进行了专项督查，"
    "发现问题{k}个，已督促整改{d}个。",
    "一些单位存在“重部署、轻落实”的现象，对市委领导批示件办理不及时、反馈不规范，"
    "个别事项超过办理时限{d}个工作日仍未报结。",
    "下一步，各牵头单位要对照年度目标任务，倒排工期、挂图作战，确保{month}月底前全面完成；"
    "责任单位要主动配合，形成工作合力。",
    "对网民留言反映的{n}件问题，各承办单位均已答复，回复率达{p}%，群众满意率为{q}%。",
    "（一）领导重视，责任落实到位。各县（区）和市直各部门主要负责同志亲自研究部署，"
    "分管领导具体抓落实，做到了任务、责任、时限“三明确”。",
)
_LIGHTS = ("绿", "绿", "绿", "黄", "红")
_NUMERALS = "一二三四五六七八九十"


def _sentence(rng: random.Random) -> str:
    return rng.choice(_SENTENCES).format(
        month=rng.randint(3, 12),
        n=rng.randint(12, 160),
        k=rng.randint(5, 120),
        p=rng.randint(55, 99),
        q=round(rng.uniform(80, 99.5), 1),
        d=rng.randint(2, 30),
    )


def _paragraph(rng: random.Random, sentences: int) -> str:
    return "".join(_sentence(rng) for _ in range(sentences))


def specimen_rows(count: int, seed: int = 2014) -> list[list[str]]:
    """Rows of a key-item progress table (序号, 事项, 牵头单位, 进展, 状态)."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        progress = rng.choice(_PROGRESS).format(
            p=rng.randint(20, 99), m=round(rng.uniform(0.5, 40), 1), n=rng.randint(2, 60)
        )
        rows.append(
            [str(i + 1), rng.choice(_ITEMS), rng.choice(_UNITS), progress, rng.choice(_LIGHTS)]
        )
    return rows


def specimen_document(
    sections: int = 2, table_rows: int = 12, seed: int = 2014
) -> OfficialDocument:
    """A bulletin with ``sections`` headed sections and a ``table_rows``-row table."""
    rng = random.Random(seed)
    blocks: list[Block] = [Para(_paragraph(rng, 3))]
    for s in range(sections):
        blocks.append(
            Heading(
                1,
                f"{_NUMERALS[s % 10]}、{rng.choice(('重点工作推进情况', '领导批示件办理情况', '网民留言办理情况', '存在的主要问题', '下一步工作要求'))}",
            )
        )
        for sub in range(3):
            blocks.append(
                Heading(
                    2,
                    f"（{_NUMERALS[sub]}）{rng.choice(('加强组织领导', '强化跟踪督办', '严格考核问责', '及时回访复核'))}。",
                    body=_paragraph(rng, 2),
                )
            )
            blocks.append(Para(_paragraph(rng, rng.randint(2, 4))))
        blocks.append(Heading(3, "1.关于办理时限"))
        blocks.append(Para(_paragraph(rng, 2)))
    if table_rows:
        blocks.append(Para("附表所列重点项目推进情况如下："))
        blocks.append(
            Table(
                header=["序号", "事项", "牵头单位", "进展情况", "状态"],
                rows=specimen_rows(table_rows, seed),
                col_widths=[0.9, 3.0, 2.0, 4.0, 1.2],
                align=["center", "left", "left", "left", "center"],
                light_column=4,
            )
        )
    blocks.append(Para("以上情况特此通报。"))
    date = datetime.date(2014, 10, 28)
    return OfficialDocument(
        header_mark="督 查 通 报",
        number_line="2014年第12期",
        number_left="中共南宁市委督查室",
        number_right="2014年10月28日",
        title="中共南宁市委督查室关于2014年第三季度市委重点工作推进落实情况的通报",
        recipients="各县（区）委，市委各部委，市级国家机关各委办局党组（党委）",
        blocks=blocks,
        attachments=["2014年第三季度市委重点工作推进情况表"],
        signature="中共南宁市委督查室",
        date=date,
        cc=["市委常委", "市人大常委会党组", "市政府党组", "市政协党组"],
        printer="中共南宁市委督查室",
        print_date=date,
        metadata={"subject": "督查通报 2014年第12期", "keywords": "督查通报"},
    )
