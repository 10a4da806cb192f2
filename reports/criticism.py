"""通报批评 (circulated criticism notice) as a GB/T 9704 document."""
from __future__ import annotations

from models.core.numbers import date_cn
from models.documents.data import CriticismData, CriticismRow, sentence

from .document import Block, Heading, OfficialDocument, Para
from .printing import Rendered, chinese_numeral, render_parts


def _matter(r: CriticismRow) -> str:
    """"“城中村改造群众诉求”批示件（督〔2013〕4号），办理时限为2013年12月17日，超过…。"."""
    what = f"“{r.matter}”批示件" if r.matter else "批示件"
    if r.number:
        what += f"（{r.number}）"
    when = f"，办理时限为{r.deadline}" if r.deadline else ""
    return sentence(f"{what}{when}，{r.mishandling}")


def criticism_document(d: CriticismData) -> OfficialDocument:
    """The notice: the units, each matter with its deadline and how it was mishandled, the requirement.

    Each fact is said once: the units' matters in the text (no table repeating them).
    """
    units = "、".join(d.units)
    blocks: list[Block] = [
        Para(f"根据{d.office.name}跟踪督办情况，{units}在办理领导批示件过程中存在办理不力、"
             "不按要求办理的问题，影响了市委决策部署的贯彻落实。为严肃督查工作纪律，现予以通报批评。"),
        Heading(1, "一、存在的问题"),
    ]
    if len(d.rows) == 1:
        blocks.append(Para(f"{d.rows[0].unit}承办的{_matter(d.rows[0])}"))
    else:
        for i, r in enumerate(d.rows, start=1):
            blocks.append(Heading(2, f"（{chinese_numeral(i)}）{r.unit}。", body=_matter(r)))
    blocks += [
        Heading(1, "二、整改要求"),
        Para(f"{units}要认真反思，深刻查找原因，于{date_cn(d.required_by)}前完成整改，"
             f"并将整改情况书面报送{d.office.name}。"),
        *[Para(sentence(line)) for line in d.requirement.splitlines() if line.strip()],
        Para("各地各部门要引以为戒，严格按照领导批示要求和办理时限抓好落实，确保批示件件有着落、事事有回音。"),
    ]
    return OfficialDocument(
        header_mark=d.office.parent, number_line=d.number, title=d.title, recipients=d.main_to, blocks=blocks,
        signature=d.office.parent, date=d.issued_on, cc=d.copy_to, printer=d.office.parent,
        print_date=d.issued_on, double_sided=d.office.double_sided, title_words=d.title_words,
        metadata={"title": d.title, "subject": f"通报批评 {d.number}", "author": d.office.parent,
                  "keywords": "通报批评"},
    )


def criticism_pdf(d: CriticismData, font_dir: str | None = None) -> Rendered:
    """The notice rendered to PDF."""
    return render_parts([criticism_document(d)], font_dir)
