"""The quarter's 绩效考评 table as an official document (GB/T 9704 page) and as .xlsx."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.overview.evaluation import QuarterResult

from .document import OfficialDocument, Para, Table

HEADERS = ["名次", "单位", "基础分", "加减分明细", "得分"]


def _amount(value: float) -> str:
    text = f"{value:+.2f}".rstrip("0").rstrip(".")
    return text if text not in ("+0", "-0") else "0"


def score_rows(result: QuarterResult) -> list[list[str]]:
    """One row per unit: rank, unit, base, the breakdown as text, total."""
    rows = []
    for s in result.scores:
        detail = "；".join(f"{ln.label}{ln.count}次{_amount(ln.amount)}" + ("（封顶）" if ln.capped else "")
                          for ln in s.lines) or "无加减分"
        rows.append([str(s.rank), s.unit, f"{s.base:g}", detail, f"{s.total:g}"])
    return rows


def evaluation_document(result: QuarterResult, office: str, day: dt.date) -> OfficialDocument:
    """The document data: title, the scheme in one paragraph, the score table, the note."""
    rules = "；".join(f"{r.label}每次{_amount(r.points)}分" + (f"×权重{r.weight:g}" if r.weight != 1 else "")
                     + (f"（最多{r.cap:g}分）" if r.cap is not None else "")
                     for r in result.scheme.rules if r.active)
    state = (f"本结果已于{result.locked_on.isoformat()}由{result.locked_by}锁定。" if result.locked and result.locked_on
             else f"本结果按{(result.computed_on or day).isoformat()}的记录计算，尚未锁定，仅供参考。")
    return OfficialDocument(
        title=f"{result.label}各单位督查工作\n绩效考评得分表",
        blocks=[Para(f"考评方法：各单位基础分{result.scheme.base_score:g}分，{rules}。{state}"),
                Table(HEADERS, score_rows(result), col_widths=[1.1, 3.2, 1.3, 7.2, 1.3], font_size=10.5,
                      align=["center", "left", "center", "left", "center"])],
        signature=office, date=day,
        metadata={"title": f"{result.label}绩效考评", "subject": "绩效考评", "author": office})


def evaluation_pdf(result: QuarterResult, office: str, day: dt.date, font_dir: str | None = None) -> bytes:
    """The document rendered to PDF bytes by the documents engine."""
    from .rendering import render

    return render(evaluation_document(result, office, day), font_dir)


def evaluation_xlsx(result: QuarterResult, path: Path) -> Path:
    """The scores and every line of their breakdown as a printable sheet."""
    from .spreadsheet import write_sheet

    rows = []
    for s in result.scores:
        if not s.lines:
            rows.append([s.rank, s.unit, s.base, "", "", "", "", "", s.total])
        for ln in s.lines:
            rows.append([s.rank, s.unit, s.base, ln.label, ln.count, ln.points, ln.weight,
                         ln.amount, s.total])
    title = f"{result.label}绩效考评得分" + ("（已锁定）" if result.locked else "")
    return write_sheet(path, title, ["名次", "单位", "基础分", "计分事项", "次数", "每次分值", "权重", "小计", "得分"],
                       rows, col_widths=[6, 18, 8, 24, 7, 9, 7, 8, 8], sheet_name="绩效考评")
