"""Commands of 决策督查: import/export the annual plan, and the month's calendar."""
from __future__ import annotations

import argparse
import calendar as pycal
import datetime as dt
import re
import sys
from pathlib import Path

from models.core.dates import out_of_range

from . import CliError, Context, group, preview_import


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``import key-items``, ``export key-items`` and ``calendar``."""
    p = group(sub, "import").add_parser(
        "key-items", parents=[common], help="导入年度决策督查计划（序号、工作事项、牵头单位、完成时限……）",
        description="按表头名称读取 .xlsx/.csv：序号、工作事项、工作内容、来源、牵头单位、责任单位（用“、”分隔）、"
                    "完成时限（日期或“N个工作日”，后者须有交办日期）、督查时间（日期或“每季度”）。"
                    "序号已在计划中的行更新该事项（预检逐项列出原值 → 新值，修改前须确认或加 --yes），"
                    "内容相同的行不写入（无变化）；空白格保持原值；有任何一行出错则不写入。")
    p.add_argument("file", type=Path)
    p.add_argument("--year", type=int, required=True, help="计划年度，如 2014")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.add_argument("--yes", action="store_true", help="修改已有事项时不再询问，直接写入")
    p.set_defaults(handler=cmd_import)

    p = group(sub, "export").add_parser("key-items", parents=[common], help="导出年度计划台账（含最新季度进展）",
                                        description="把某年决策督查计划的台账（含各事项最新季度进展和红绿灯）导出为可打印的 .xlsx。")
    p.add_argument("file", type=Path)
    p.add_argument("--year", type=int, required=True, help="计划年度，如 2014")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("calendar", parents=[common], help="列出某月日历事项（期限、督查时间、季度报送……）",
                       description="列出某月的全部日历事项及红绿灯；可另存为 .ics（供其他日历程序）或 PDF 议程表。")
    p.add_argument("--month", required=True, help="月份，如 2014-10")
    p.add_argument("--ics", type=Path, default=None, help="另存为 .ics 文件")
    p.add_argument("--pdf", type=Path, default=None, help="另存为 PDF 议程表")
    p.add_argument("--kind", action="append", default=None, help="只列出此类事项（可重复），如 重点工作期限")
    p.set_defaults(handler=cmd_calendar)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from models.calendar.store import load_calendar
    from models.key_items.importing import apply_key_items, plan_key_items

    ctx.open()
    cal = load_calendar()
    plan = plan_key_items(args.file, args.year, cal)
    # An update overwrites what a clerk typed: the preview says old → new before writing.
    stop = preview_import(plan, "重点工作事项", args.dry_run, plan.change_lines())
    if stop is not None:
        return stop
    if plan.nothing_to_write:
        print(f"无变化：文件中的事项与{args.year}年计划一致，未写入任何数据。")
        return 0
    if (plan.updated or plan.stage_updates) and not args.yes:
        # Adding items is what an import is for; overwriting typed ones is asked first, as restore does.
        what = f"{len(plan.updated)} 项已有事项" + (f"、{len(plan.stage_updates)} 个已有阶段" if plan.stage_updates else "")
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError(f"将修改 {what}；确认无误后请加 --yes 再运行。")
        answer = input(f"将按文件修改 {what}（见上）。输入 y 确认：")
        if answer.strip().lower() not in ("y", "yes", "是"):
            print("已取消，未做任何修改。")
            return 1
    n = apply_key_items(ctx.actor, plan, cal)
    counts = plan.counts()
    stages = (f"；阶段新增 {counts.stages_new} 个，更新 {counts.stages_updated} 个"
              if counts.stages_new or counts.stages_updated else "")
    print(f"已导入 {n} 项重点工作事项到{args.year}年计划（新增 {len(plan.items)} 项，更新 {len(plan.updated)} 项{stages}）。")
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from models.calendar.store import load_calendar
    from models.key_items.importing import LEDGER_HEADERS, LEDGER_WIDTHS, ledger
    from reports.spreadsheet import write_sheet

    ctx.open()
    title, rows = ledger(args.year, ctx.today, load_calendar())
    path = write_sheet(args.file, title, LEDGER_HEADERS, rows, col_widths=LEDGER_WIDTHS, landscape=True,
                       sheet_name=f"{args.year}年台账")
    print(f"已导出 {len(rows)} 项到 {path}")
    return 0


def month_range(text: str) -> tuple[dt.date, dt.date]:
    """First and last day of a month written 2014-10."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", (text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise CliError(f"月份应写作 YYYY-MM，例如 2014-10，收到“{text}”。")
    year, month = int(m.group(1)), int(m.group(2))
    if out_of_range(year):
        raise CliError(out_of_range(year) + "，请检查月份。")
    return dt.date(year, month, 1), dt.date(year, month, pycal.monthrange(year, month)[1])


def cmd_calendar(args: argparse.Namespace, ctx: Context) -> int:
    from models.calendar import agenda
    from models.calendar.store import load_calendar
    from models.calendar.workdays import day_kind

    start, end = month_range(args.month)
    ctx.open()
    found = agenda.entries(start, end, ctx.today)
    if args.kind:
        found = [e for e in found if e.kind in args.kind]
    cal = load_calendar()
    if not cal.is_known(start):
        print(f"注意：{start.year}年的节假日安排尚未录入，本月日期按周一至周五推算（暂定）。")
    print(f"{start.year}年{start.month}月日历：{len(found)} 条")
    day = None
    for e in found:
        if e.day != day:
            day = e.day
            kind = day_kind(cal, day)
            mark = f"（{kind}）" if kind in ("节假日", "调休上班", "休息日") else ""
            print(f"{day.isoformat()}{mark}")
        extra = f" [{e.unit}]" if e.unit else ""
        note = "（暂定）" if e.provisional else ""
        print(f"  {e.light.text()}  {e.kind}：{e.title}{note}{extra}")
    if args.ics:
        from models.calendar.ics import write_ics

        stamp = dt.datetime.combine(ctx.today, dt.time())
        write_ics(args.ics, found, stamp, f"督查工作日历 {start.year}年{start.month}月")
        print(f"已另存为 {args.ics}")
    if args.pdf:
        from models.core.storage import write_file
        from reports.agenda_pdf import agenda_pdf

        kinds = {d: day_kind(cal, d) for d in {e.day for e in found}}
        data = agenda_pdf(f"督查工作日历 {start.year}年{start.month}月", found, kinds)
        write_file(args.pdf, lambda tmp: tmp.write_bytes(data))
        print(f"已另存为 {args.pdf}")
    return 0
