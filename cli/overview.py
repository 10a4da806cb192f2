"""Commands of 绩效考评: ``evaluate --quarter 2014Q3 [--lock] [-o FILE.xlsx|FILE.pdf]``.

(The ``stats`` command lists the key_items, activities and research sections this
area registers in ``models/overview_figures.py`` by itself.)
"""
from __future__ import annotations

import argparse
from pathlib import Path

from . import CliError, Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``evaluate``."""
    p = sub.add_parser("evaluate", parents=[common], help="季度绩效考评：各单位得分与明细，可锁定、导出",
                       description="按评分方案计算某季度各单位的绩效考评得分及加减分明细；"
                                   "--lock 锁定结果（此后修改记录不再影响该季度得分）；"
                                   "-o 导出 .xlsx 或 .pdf。")
    p.add_argument("--quarter", required=True, help="季度，如 2014Q3")
    p.add_argument("--lock", action="store_true", help="计算后锁定该季度结果")
    p.add_argument("--detail", action="store_true", help="列出每一项加减分所依据的记录")
    p.add_argument("-o", "--output", type=Path, default=None, help="导出文件（.xlsx 或 .pdf）")
    p.set_defaults(handler=cmd_evaluate)


def cmd_evaluate(args: argparse.Namespace, ctx: Context) -> int:
    from models.core.errors import WorkflowError
    from models.overview import evaluation as ev

    try:
        year, quarter = ev.parse_quarter(args.quarter)
    except WorkflowError as exc:
        raise CliError(exc.message) from None
    if args.output is not None and args.output.suffix.lower() not in (".xlsx", ".pdf"):
        raise CliError("导出文件须以 .xlsx 或 .pdf 结尾。")
    ctx.open()
    if args.lock:
        result = ev.lock_quarter(ctx.actor, year, quarter, ctx.today)
        print(f"已锁定{result.label}的考评结果。")
    else:
        result = ev.quarter_result(year, quarter, ctx.today)
    state = (f"已锁定（{result.locked_on}，{result.locked_by}）" if result.locked
             else f"未锁定，按 {ctx.today} 的记录计算")
    print(f"{result.label}绩效考评（{state}），共 {len(result.scores)} 个单位：")
    for s in result.scores:
        detail = "；".join(f"{ln.label}{ln.count}次 {ln.amount:+g}" for ln in s.lines) or "无加减分"
        print(f"  {s.rank:>3}  {s.unit}  {s.total:g}  （{detail}）")
        if args.detail:
            for ln in s.lines:
                for e in ln.events:
                    print(f"         - {ln.label}：{e.text}")
    if args.output is not None:
        _export(result, args.output, ctx)
    return 0


def _export(result, path: Path, ctx: Context) -> None:
    from models.core import settings

    if path.suffix.lower() == ".xlsx":
        from reports.evaluation_pdf import evaluation_xlsx

        evaluation_xlsx(result, path)
    else:
        from reports.evaluation_pdf import evaluation_pdf

        data = evaluation_pdf(result, settings.get(settings.OFFICE_NAME), ctx.today)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".partial")
        tmp.write_bytes(data)
        tmp.replace(path)
    print(f"已导出到 {path}")
