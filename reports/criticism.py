"""通报批评 (circulated criticism notice) as a GB/T 9704 document."""
from __future__ import annotations

from models.documents.data import CriticismData, date_cn

from .document import Block, Heading, OfficialDocument, Para, Table
from .printing import Rendered, chinese_numeral, render_parts

TABLE_HEADER = ["序号", "单位", "事项", "办理时限", "存在问题"]


def criticism_document(d: CriticismData) -> OfficialDocument:
    """The notice: the units, each matter with its deadline and how it was mishandled, the requirement."""
    units = "、".join(d.units)
    blocks: list[Block] = [
        Para(f"根据{d.office.name}跟踪督办情况，{units}在办理领导批示件过程中存在办理不力、"
             "不按要求办理的问题，影响了市委决策部署的贯彻落实。为严肃督查工作纪律，现予以通报批评。"),
        Heading(1, "一、存在的问题"),
    ]
    for i, r in enumerate(d.rows, start=1):
        when = f"办理时限为{r.deadline}，" if r.deadline else ""
        blocks.append(Heading(2, f"（{chinese_numeral(i)}）{r.unit}。", body=f"{r.matter}，{when}{r.mishandling}。"))
    blocks.append(Table(TABLE_HEADER, [[str(i), r.unit, r.matter, r.deadline, r.mishandling]
                                       for i, r in enumerate(d.rows, start=1)],
                        [0.8, 2.4, 3.6, 2.2, 4.4], font_size=12,
                        align=["center", "left", "left", "center", "left"]))
    blocks += [
        Heading(1, "二、整改要求"),
        Para(f"{units}要认真反思，深刻查找原因，于{date_cn(d.required_by)}前完成整改，"
             f"并将整改情况书面报送{d.office.name}。"),
        *[Para(line.strip()) for line in d.requirement.splitlines() if line.strip()],
        Para("各地各部门要引以为戒，严格按照领导批示要求和办理时限抓好落实，确保批示件件有着落、事事有回音。"),
    ]
    return OfficialDocument(
        header_mark=d.office.parent, number_line=d.number, title=d.title, recipients=d.main_to, blocks=blocks,
        signature=d.office.parent, date=d.issued_on, cc=d.copy_to, printer=d.office.parent,
        print_date=d.issued_on,
        metadata={"title": d.title, "subject": f"通报批评 {d.number}", "author": d.office.parent,
                  "keywords": "通报批评"},
    )


def criticism_pdf(d: CriticismData, font_dir: str | None = None) -> Rendered:
    """The notice rendered to PDF."""
    return render_parts([criticism_document(d)], font_dir)
