"""Commands of 专项查办: import/export the instruction ledger, and ``stats``."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import CliError, Context, check_day, group, preview_import, stats_printer, stats_printers


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``import instructions``, ``export instructions`` and ``stats``."""
    p = group(sub, "import").add_parser(
        "instructions", parents=[common], help="导入领导批示件台账（编号、批示领导、领导层级……）",
        description="按表头名称读取 .xlsx/.csv：编号、批示领导、领导层级（自治区/市）、批示日期、来文标题、"
                    "批示内容、承办单位（牵头单位在前，用“、”分隔）、办理时限（日期或“N个工作日”）、"
                    "办结日期、回访复核（通过/不通过）、报结日期。按编号匹配：已有的编号不改动。"
                    "有任何一行出错则不写入。")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.set_defaults(handler=cmd_import)

    p = group(sub, "export").add_parser("instructions", parents=[common], help="导出领导批示件台账 .xlsx",
                                        description="按导入的同样列导出全部批示件（另附办理状态、催办次数），可直接打印。")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("stats", parents=[common], help="某时期的统计数字（批示件到期办结率等）",
                       description="统计某时期的各项数字：领导批示件按自治区/市分列的收件、立项、办结、"
                                   "到期、按期办结、超期件数和到期办结率，以及其他各项工作登记的统计。")
    p.add_argument("--from", dest="start", required=True, help="起始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, help="截止日期 YYYY-MM-DD（含）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--section", action="append", default=None, help="只输出此部分（可重复），如 instructions")
    p.set_defaults(handler=cmd_stats)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from models.instructions.importing import apply_ledger, plan_ledger

    ctx.open()
    plan = plan_ledger(args.file, ctx.actor)
    stop = preview_import(plan, "批示件台账", args.dry_run)
    if stop is not None:
        return stop
    n = apply_ledger(ctx.actor, plan)
    print(f"已导入 {n} 件批示件。")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from models.instructions.importing import EXTRA_EXPORT_HEADERS, LEDGER_HEADERS, ledger_rows
    from reports.spreadsheet import write_sheet

    ctx.open()
    rows = ledger_rows()
    widths = [16, 10, 14, 12, 28, 44, 30, 12, 12, 9, 12, 9, 8]
    path = write_sheet(args.file, "领导批示件办理台账", [*LEDGER_HEADERS, *EXTRA_EXPORT_HEADERS], rows,
                       col_widths=widths, sheet_name="批示件台账")
    print(f"已导出 {len(rows)} 件批示件到 {path}")
    return 0


def _day(text: str, what: str):
    import datetime as dt

    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{what}应写作 YYYY-MM-DD，收到“{text}”。") from None
    return check_day(day, CliError)


def cmd_stats(args: argparse.Namespace, ctx: Context) -> int:
    from models.core import figures

    start, end = _day(args.start, "起始日期"), _day(args.end, "截止日期")
    if end < start:
        raise CliError("截止日期早于起始日期，请检查 --from 和 --to。")
    ctx.open()
    unknown = [s for s in (args.section or []) if s not in figures.names()]
    if unknown:
        raise CliError(f"没有统计部分“{'、'.join(unknown)}”。可用：{'、'.join(figures.names())}")
    result = figures.collect(start, end, ctx.today, args.section)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
        return 0
    print(f"统计时期：{start.isoformat()} 至 {end.isoformat()}（截至 {ctx.today.isoformat()}）")
    printers = stats_printers()
    for name in sorted(result, key=lambda n: (printers[n][0] if n in printers else 99, n)):
        if name in printers:
            lines = printers[name][1](result[name])
        else:
            lines = [f"{name}：", "  （这一部分还没有中文格式，请用 --json 查看）"]
        print("\n".join(lines))
    return 0


@stats_printer("instructions", 20)
def instruction_lines(data: dict) -> list[str]:
    """领导批示件 by level: intake, completion, 到期办结率, overdue and reminders."""
    from models.core.numbers import percent
    from models.instructions.states import LEVEL_ROWS

    lines = ["领导批示件："]
    for key, label in LEVEL_ROWS:
        f = data[key]
        rate = percent(f["on_time_rate"]) or "—（本期无到期件）"
        lines.append(f"  {label}：收件 {f['received']} 件，立项 {f['registered']} 件，办结 {f['completed']} 件，"
                     f"到期 {f['due']} 件，按期办结 {f['completed_on_time']} 件，到期办结率 {rate}，"
                     f"当前超期 {f['overdue']} 件，催办 {f['reminders']} 次")
    return lines
