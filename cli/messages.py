"""Commands of 网民留言: ``import messages FILE`` and ``export reply-batch --week DATE FILE``."""
from __future__ import annotations

import argparse
from pathlib import Path

from . import CliError, Context, group, parse_day, preview_import


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the message board's import and the weekly batch's export."""
    p = group(sub, "import").add_parser(
        "messages", parents=[common], help="导入网民留言（留言板导出的 .xlsx/.csv）",
        description="按表头导入人民网地方领导留言板的留言列表：留言编号、留言时间、留言对象、留言标题、"
                    "留言内容、留言人、类型、领域、地区、状态。已导入过的留言按留言编号识别，只更新状态；"
                    "有任何一行错误则不写入。")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只预检，不写入")
    p.set_defaults(handler=cmd_import)

    p = group(sub, "export").add_parser(
        "reply-batch", parents=[common], help="导出某周的集中回复清单 .xlsx",
        description="导出 --week 所在周的集中回复批次（留言编号、标题、回复内容），可直接复制到留言板。"
                    "该周尚未汇总时，先把已审核的回复汇总成批次。")
    p.add_argument("--week", type=parse_day, required=True, help="该周中的任一日期 YYYY-MM-DD")
    p.add_argument("file", type=Path)
    p.set_defaults(handler=cmd_export_batch)


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from models.messages.importing import apply_import, plan_import

    ctx.open()
    plan = plan_import(args.file)
    notes = [f"未使用的列：{'、'.join(plan.ignored_headers)}"] if plan.ignored_headers else []
    notes += [f"跳过 第{s.row}行（{s.board_no}）：{s.reason}" for s in plan.skipped[:50]]
    if len(plan.skipped) > 50:
        notes.append(f"……另有 {len(plan.skipped) - 50} 行跳过")
    stop = preview_import(plan, "网民留言", args.dry_run, notes)
    if stop is not None:
        return stop
    result = apply_import(ctx.actor, plan, ctx.today)
    print(f"已导入：新增 {result.new} 条，更新状态 {result.updated} 条。")
    return 0


def cmd_export_batch(args: argparse.Namespace, ctx: Context) -> int:
    from models.calendar.store import load_calendar
    from models.messages import records as messages
    from reports.spreadsheet import write_sheet

    ctx.open()
    batch = messages.batch_for_week(args.week)
    cal = load_calendar()
    if batch is None:
        due = messages.reply_day(cal, args.week, int(messages.settings.get(messages.REPLY_WEEKDAY)))
        if not messages.pending_approved(due):
            raise CliError(f"{messages.week_start(args.week)} 当周既没有已汇总的回复批次，"
                           "也没有已审核待回复的留言。")
    if batch is None or batch.state == "待发布":
        # Gathering first makes the export match exactly what will be published.
        batch = messages.gather_batch(ctx.actor, args.week, cal)
    sheet = messages.batch_sheet(batch.id)
    if not sheet.rows:
        raise CliError(f"{batch.week_start} 当周的批次中没有留言。")
    path = write_sheet(args.file, sheet.title, sheet.headers, sheet.rows, col_widths=sheet.widths,
                       sheet_name="集中回复")
    print(f"已导出 {len(sheet.rows)} 条回复（回复日 {batch.reply_day}）到 {path}")
    return 0
