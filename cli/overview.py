"""Commands of 绩效考评: ``evaluate --quarter 2014Q3 [--lock] [-o FILE.xlsx|FILE.pdf]``,
and how ``stats`` prints the key_items, activities and research sections this area
registers in ``models/overview/figures.py``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from . import CliError, Context, parse_day, stats_printer


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
    p = sub.add_parser("hotspots", parents=[common], help="群众关注热点：按领域、地区、热词归类网民留言，与上一期比较",
                       description="列出一个时期的网民留言按领域、地区和标题中反复出现的词归类的结果，"
                                   "每类的条数和上一期（同样长度）的条数；--propose 把其中一类拟为督查调研课题。")
    p.add_argument("--from", dest="start", required=True, help="起始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, help="截止日期 YYYY-MM-DD（含）")
    p.add_argument("--min", type=int, default=3, help="一类至少几条留言才列出（默认 3）")
    p.add_argument("--propose", metavar="类别:名称", default=None,
                   help="把一类拟为调研课题，如 热词:路灯、地区:西乡塘区、领域:城市管理")
    p.set_defaults(handler=cmd_hotspots)


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
        from models.core.storage import write_file
        from reports.evaluation_pdf import evaluation_pdf

        data = evaluation_pdf(result, settings.get(settings.OFFICE_NAME), ctx.today)
        write_file(path, lambda tmp: tmp.write_bytes(data))
    print(f"已导出到 {path}")


def _counts(counts: dict[str, int], unit: str) -> str:
    return "，".join(f"{k} {n} {unit}" for k, n in counts.items())


@stats_printer("key_items", 10)
def key_item_lines(data: dict) -> list[str]:
    """重点工作事项: due and completed in the period, by state, by traffic light today."""
    from models.calendar.lights import Light

    lights = {Light(k).label: n for k, n in data["by_light"].items()}
    return ["重点工作事项：",
            f"  共 {data['total']} 项，本期到期 {data['due']} 项，本期完成 {data['completed']} 项",
            f"  按状态：{_counts(data['by_state'], '项')}",
            f"  当前红绿灯：{_counts(lights, '项')}",
            f"  季度进展缺报 {data['reports_missing']} 处（单位·事项）"]


@stats_printer("activities", 11)
def activity_lines(data: dict) -> list[str]:
    """督查活动 held by method (and those planned after today), the key items covered, and
    the suggestions they produced."""
    return ["督查活动：",
            f"  共 {data['total']} 次：{_counts(data['by_method'], '次')}"
            + (f"；另已安排 {data['planned']} 次（今天以后）" if data.get("planned") else ""),
            f"  涉及重点工作事项 {data['items_covered']} 项",
            f"  提出意见建议 {data['suggestions']} 条，本期落实 {data['suggestions_closed']} 条，"
            f"尚未落实 {data['suggestions_open']} 条"]


@stats_printer("research", 30)
def research_lines(data: dict) -> list[str]:
    """督查调研: topics by stage, field visits, reports submitted, recommendations adopted."""
    return ["督查调研：",
            f"  调研课题 {data['topics']} 个：{_counts(data['by_state'], '个')}",
            f"  实地调研 {data['field_visits']} 次"
            + (f"（另已安排 {data['field_visits_planned']} 次）" if data.get("field_visits_planned") else "")
            + f"，报送调研报告 {data['reports_submitted']} 篇，"
            f"意见建议被采纳 {data['recommendations_adopted']} 条"]


def cmd_hotspots(args: argparse.Namespace, ctx: Context) -> int:
    from models.overview.hot_topics import hot_topics, propose_research

    start, end = parse_day(args.start), parse_day(args.end)
    if end < start:
        raise CliError("截止日期早于起始日期。")
    ctx.open()
    groups = hot_topics(start, end, max(1, args.min))
    if args.propose:
        kind, _, label = args.propose.partition(":")
        chosen = next((g for g in groups if g.kind == kind and g.label == label), None)
        if chosen is None:
            raise CliError(f"这一时期没有“{args.propose}”这一类（至少 {args.min} 条）。请先不带 --propose 查看有哪些类。")
        topic = propose_research(ctx.actor, chosen, start, end)
        print(f"已拟为调研课题：{topic.title}（选题阶段，可在“督查调研”中修改）")
        return 0
    if not groups:
        print("这一时期没有达到条数的留言归类。")
        return 0
    for kind in ("领域", "地区", "热词"):
        rows = [g for g in groups if g.kind == kind]
        if rows:
            print(f"按{kind}：")
            for g in rows:
                print(f"  {g.label}　{g.count}条（上一期{g.previous}条，{g.trend}）")
    return 0
