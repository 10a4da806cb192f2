"""Commands of 专项查办: import/export the instruction ledger, change the units of an
instruction being handled (``instruction add-unit`` / ``instruction replace-unit``), and ``stats``."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import (
    ChineseArgumentParser,
    CliError,
    Context,
    check_day,
    group,
    parse_day,
    preview_import,
    stats_printer,
    stats_printers,
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``import instructions``, ``export instructions``, ``instruction add-unit``,
    ``instruction replace-unit`` and ``stats``."""
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
                                        description="按导入的同样列导出全部批示件（另附办理状态、催办次数、承办单位变更），可直接打印。"
                                                    "承办单位列只列现在承办的单位；被更换的单位列在“承办单位变更”。")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("instruction", help="批示件承办单位的变更：追加承办单位、更换承办单位",
                       description="对已交办、办理中的批示件追加或更换承办单位。已办结、已复核、已报结的批示件不能再变更单位。")
    actions = p.add_subparsers(dest="instruction_what", metavar="ACTION", parser_class=ChineseArgumentParser)
    deadline = argparse.ArgumentParser(add_help=False)
    when = deadline.add_mutually_exclusive_group()
    when.add_argument("--days", type=int, default=None, help="办理时限：自变更之日起 N 个工作日")
    when.add_argument("--deadline", type=parse_day, default=None, help="办理时限：具体日期 YYYY-MM-DD")
    deadline.add_argument("--on", type=parse_day, default=None, help="变更日期 YYYY-MM-DD（默认今天）")
    p = actions.add_parser(
        "add-unit", parents=[common, deadline], help="追加承办单位（协办）",
        description="给正在办理的批示件追加一个协办单位。不填办理时限时，按牵头单位原交办的工作日数自变更之日起计算"
                    "（原交办为具体日期且未过的，沿用该日期）。新单位须签收。")
    p.add_argument("number", help="批示件编号，如 督〔2014〕35号")
    p.add_argument("--unit", required=True, help="追加的单位（全称或简称）")
    p.add_argument("--reason", default="", help="追加原因（可不填）")
    p.set_defaults(handler=cmd_add_unit)
    p = actions.add_parser(
        "replace-unit", parents=[common, deadline], help="更换承办单位（原单位的记录保留）",
        description="把一个尚在承办的单位换成另一个单位，新单位接替其分工（牵头或协办）。原单位的签收、催办、进展记录保留，"
                    "更换之后不再计其超期。不填办理时限时，按原单位交办的工作日数自变更之日起计算。新单位须签收；"
                    "更换牵头单位时，批示件的办结时限随新牵头单位，并待其签收后转为办理中。")
    p.add_argument("number", help="批示件编号，如 督〔2014〕35号")
    p.add_argument("--unit", required=True, help="被更换的单位（全称或简称）")
    p.add_argument("--new-unit", required=True, help="接替的单位（全称或简称）")
    p.add_argument("--reason", required=True, help="更换原因")
    p.set_defaults(handler=cmd_replace_unit)

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
    from models.instructions.importing import (
        EXTRA_EXPORT_HEADERS,
        LEDGER_HEADERS,
        LEDGER_WIDTHS,
        ledger_rows,
    )
    from reports.spreadsheet import write_sheet

    ctx.open()
    rows = ledger_rows()
    path = write_sheet(args.file, "领导批示件办理台账", [*LEDGER_HEADERS, *EXTRA_EXPORT_HEADERS], rows,
                       col_widths=LEDGER_WIDTHS, sheet_name="批示件台账")
    print(f"已导出 {len(rows)} 件批示件到 {path}")
    return 0


def _instruction(number: str):
    from models.instructions.records import Instruction

    ins = Instruction.get_or_none(Instruction.number == number.strip())
    if ins is None:
        raise CliError(f"没有编号为“{number}”的批示件，请核对编号（例如 督〔2014〕35号）。")
    return ins


def _unit(name: str):
    from models.reference.directory import unit_by_name

    unit = unit_by_name(name)
    if unit is None:
        raise CliError(f"没有名为“{name}”的单位，请用单位全称或简称。")
    return unit


def _new_deadline(a) -> str:
    text = f"办理时限 {a.deadline.isoformat()}" + (f"（{a.deadline_days}个工作日）" if a.deadline_days else "")
    return text + ("（暂定：该年节假日安排未录入）" if a.provisional else "")


def cmd_add_unit(args: argparse.Namespace, ctx: Context) -> int:
    from models.instructions import workflow as wf

    ctx.open()
    ins, unit = _instruction(args.number), _unit(args.unit)
    a = wf.add_unit(ctx.actor, ins.id, args.on or ctx.today,
                    wf.AssignmentSpec(unit.id, deadline=args.deadline, days=args.days), args.reason)
    print(f"{ins.number}：已追加协办单位 {unit.name}，{_new_deadline(a)}，待其签收。")
    return 0


def cmd_replace_unit(args: argparse.Namespace, ctx: Context) -> int:
    from models.instructions import workflow as wf
    from models.instructions.records import current_assignments

    ctx.open()
    ins, old, new = _instruction(args.number), _unit(args.unit), _unit(args.new_unit)
    held = next((a for a in current_assignments(ins.id) if a.unit_id == old.id), None)
    if held is None:
        raise CliError(f"{ins.number} 现在的承办单位中没有“{old.name}”（现为：{ins.unit_names or '无'}）。")
    a = wf.replace_unit(ctx.actor, held.id, args.on or ctx.today,
                        wf.AssignmentSpec(new.id, deadline=args.deadline, days=args.days), args.reason)
    print(f"{ins.number}：{a.role}单位已由 {old.name} 更换为 {new.name}，{_new_deadline(a)}，待其签收。")
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


def _days(spread: dict) -> str:
    if not spread["count"]:
        return "本期无"
    median = spread["median"]
    median = f"{median:g}" if isinstance(median, float) else median
    return f"{spread['count']} 件，中位数 {median} 个工作日，90% 在 {spread['p90']} 个工作日内"


@stats_printer("watchwords", 22)
def watchword_lines(data: dict) -> list[str]:
    """快·准·稳: the office measured by its own watchwords (models.instructions.watchwords)."""
    from models.core.numbers import percent
    from models.instructions.states import LEVEL_KEYS, LEVEL_LABELS

    fast, exact, steady = data["fast"], data["exact"], data["steady"]
    lines = ["快·准·稳：", f"  快　批示→交办：{_days(fast['to_assign'])}；交办→报结：{_days(fast['to_report'])}"]
    for level, key in LEVEL_KEYS.items():
        lines.append(f"      {LEVEL_LABELS[level]}批示件　批示→交办：{_days(fast['to_assign']['by_level'][key])}；"
                     f"交办→报结：{_days(fast['to_report']['by_level'][key])}")
    lines.append(f"  准　督办通知单逐字载明批示原文 {exact['word_for_word']}/{exact['notices']} 份"
                 f"{('（' + percent(exact['word_for_word_rate']) + '）') if exact['notices'] else '（本期未印发）'}；"
                 f"报结完整 {exact['complete']}/{exact['reported']} 件"
                 f"{('（' + percent(exact['complete_rate']) + '）') if exact['reported'] else ''}"
                 "（办结结果已录、回访复核已通过、报结内容已记）")
    lines.append(f"  稳　回访复核一次通过 {steady['passed_first']}/{steady['reviewed']} 件"
                 f"{('（' + percent(steady['first_pass_rate']) + '）') if steady['reviewed'] else ''}，"
                 f"复核不通过而重办 {steady['reopened']} 件")
    return lines


@stats_printer("instructions_by_leader", 21)
def instruction_leader_lines(data: dict) -> list[str]:
    """领导批示件 by the leader who gave them: intake, completion, 到期办结率, overdue."""
    from models.core.numbers import percent

    lines = ["领导批示件（按批示领导）："]
    for name, f in data.items():
        rate = percent(f["on_time_rate"]) or "—"
        lines.append(f"  {name}：收件 {f['received']} 件，办结 {f['completed']} 件，到期 {f['due']} 件，"
                     f"到期办结率 {rate}，当前超期 {f['overdue']} 件")
    if len(lines) == 1:
        lines.append("  本期无")
    return lines
