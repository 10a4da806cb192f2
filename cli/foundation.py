"""Commands of the foundation: init, check, demo, units/leaders import, calendar, backup."""
from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
from pathlib import Path

import peewee

from models.core.dialect import is_server

from . import CliError, Context, check_day, db_target, group, preview_import, print_errors

#: ``workdays add`` counts at most this many working days (about fifteen years).
MAX_WORKING_DAYS = 3650


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the foundation's commands."""
    p = sub.add_parser("init", parents=[common], help="创建数据库或升级到当前版本",
                       description="创建数据库文件（如不存在），或把旧文件升级到本程序的数据版本（升级前自动备份）。")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("check", parents=[common], help="完整性检查（数据库、审计链与记录）",
                       description="运行 SQLite 完整性检查，核对审计记录的散列链是否被改动，并把每条记录与审计记录中"
                                   "它最后一次改动后的摘要比较，查出在程序之外被改动、写入或删除的记录。")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("migrate-to", parents=[common], help="把数据库文件整个迁移到空的 PostgreSQL 服务器数据库（管理员）",
                       description="检查并升级 --db 指定的数据库文件，在服务器上建立同样的数据表，把每条记录、审计记录"
                                   "原样复制过去，再逐表核对行数和每条记录的摘要。目标必须是新建的空数据库；"
                                   "密码由环境变量 PGPASSWORD 或 pgpass 文件提供，不能写在地址里。")
    p.add_argument("url", type=db_target, help="postgresql://用户@服务器:端口/数据库名")
    p.set_defaults(handler=cmd_migrate_to)

    p = sub.add_parser("demo", parents=[common], help="在空数据库中填入2014年的演示数据",
                       description="在空数据库中填入南宁市委督查室 2014年10月28日（文章发表之日）的演示数据"
                                   "（人名为虚构），数字与文章一致。这一天记入数据库：此后打开这个文件，"
                                   "“今天”就按这一天计，另用 --today 可指定其他日期。")
    p.set_defaults(handler=cmd_demo)

    imp = group(sub, "import")
    p = imp.add_parser("units", parents=[common], help="导入单位（单位名称、简称、类型、联系人、联系电话）")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.set_defaults(handler=cmd_import_units)
    p = imp.add_parser("leaders", parents=[common], help="导入领导（姓名、职务、层级）")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.set_defaults(handler=cmd_import_leaders)

    p = sub.add_parser("workdays", parents=[common], help="工作日历：查看、导入节假日安排、计算期限",
                       description="查看某年的节假日与调休，导入国务院放假安排（日期、类型[放假/上班]、名称），或计算 N 个工作日后的期限。")
    p.add_argument("action", choices=["show", "import", "add"], help="show 年份 | import 文件 | add 起始日期 N")
    p.add_argument("values", nargs="+")
    p.set_defaults(handler=cmd_workdays)

    p = sub.add_parser("backup", parents=[common], help="把数据库在线备份到文件夹（督查员或管理员）",
                       description="用 SQLite 在线备份把数据库复制到文件夹（默认：数据库旁的 backups），再按设置轮换，"
                                   "删除多余的旧备份（每次删除都记入审计记录）。备份按电脑的时钟命名和轮换，不受 --today 影响。")
    p.add_argument("dir", nargs="?", type=Path)
    p.set_defaults(handler=cmd_backup)


def cmd_init(args: argparse.Namespace, ctx: Context) -> int:
    from models.core.schema import open_database
    from models.migrations import code_version

    existed = ctx.on_server or (ctx.db_path.exists() and ctx.db_path.stat().st_size > 0)
    open_database(ctx.db_path)
    ctx.opened = True
    verb = "已检查并升级" if existed else "已创建"
    print(f"{verb}数据库：{ctx.db_path}（数据版本 {code_version()}）")
    return 0


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from models import every_module
    from models.core import record_check
    from models.core.audit_labels import table_label, with_raw
    from models.core.db import dangling_references, integrity_beside, integrity_problem
    from models.core.schema import is_current
    from models.safety.backups import check_against_backups

    if is_server(ctx.db_path):
        return _check_server(ctx)
    if not ctx.db_path.exists():
        raise CliError(f"找不到数据库文件“{ctx.db_path}”。")
    progress = ProgressPrinter()
    if is_current(ctx.db_path):
        # Nothing will be written on opening: SQLite checks the pages on one core while
        # the audit log is walked on the other.
        progress("SQLite 完整性检查（与核对审计链同时进行）", 0, 0)
        integrity = integrity_beside(ctx.db_path)
    else:
        # Opening upgrades the file: never before the file is known to be sound.
        progress("SQLite 完整性检查", 0, 0)
        _raise_if_damaged(integrity_problem(ctx.db_path, full=True, foreign_keys=False), ctx.db_path)
        integrity = _sound
    ctx.open(check_integrity="none", need_login=False)
    try:
        result = record_check.check(progress)
    except (sqlite3.DatabaseError, peewee.DatabaseError):
        _raise_if_damaged(integrity(), ctx.db_path)
        raise
    _raise_if_damaged(integrity(), ctx.db_path)
    # A dangling reference is sound storage with records deleted outside the program:
    # said, and the records are still compared, which names what was deleted.
    dangling = dangling_references(ctx.db_path)
    progress("与备份中的审计记录比较", 0, 0)
    against = check_against_backups(ctx.db_path)
    progress.done()
    lines = [f"外键不一致：{with_raw(table_label(t), t)}的第 {rowid} 行引用的{table_label(parent)}记录已不存在"
             for t, rowid, parent in dangling[:20]]
    if len(dangling) > 20:
        lines.append(f"……另有 {len(dangling) - 20} 处外键不一致未列出")
    if any(d.kind == record_check.CHANGED for d in result.differences):
        every_module()  # the models, to name the fields of a changed record
    lines += check_report(result, against)
    if lines:
        for line in lines:
            print(line)
        raise CliError(f"检查未通过：{lines[0].rstrip('：')}（全部问题见上文）。数据库中有在程序之外所做的改动："
                       "请先查明原因，需要时用 restore 从改动之前的备份恢复。")
    print(f"完整性检查通过：{ctx.db_path}；审计记录 {result.audit_rows} 条，散列链完整；"
          f"{result.records} 条记录与审计记录相符。")
    return 0


def _check_server(ctx: Context) -> int:
    """``check`` of the office's server: the audit chain and every record against the log
    (the server checks its own pages, and its foreign keys are always enforced), and the
    attachments' and reports' content kept there against their SHA-256."""
    from models.core import file_store, record_check

    progress = ProgressPrinter()
    ctx.open(need_login=False)
    result = record_check.check(progress)
    progress("核对附件和调研报告的内容", 0, 0)
    kept = file_store.owned()
    files = file_store.problems(kept)
    progress.done()
    lines = check_report(result, []) + files
    if lines:
        for line in lines:
            print(line)
        raise CliError(f"检查未通过：{lines[0].rstrip('：')}（全部问题见上文）。数据库中有在程序之外所做的改动："
                       "请先查明原因，需要时从改动之前的备份恢复。")
    print(f"完整性检查通过：{ctx.db_path}；审计记录 {result.audit_rows} 条，散列链完整；"
          f"{result.records} 条记录与审计记录相符；{len(kept)} 个附件和调研报告的内容与校验值一致。")
    return 0


def cmd_migrate_to(args: argparse.Namespace, ctx: Context) -> int:
    from models.core.actors import Permission, require
    from models.safety.moving import copy_to_server

    if is_server(ctx.db_path):
        raise CliError("--db 应指定要迁移的数据库文件，迁移的目标写在 migrate-to 之后。")
    if not is_server(args.url):
        raise CliError(f"“{args.url}”不是服务器数据库地址，应写作 postgresql://用户@服务器:端口/数据库名。")
    if not ctx.db_path.exists():
        raise CliError(f"找不到数据库文件“{ctx.db_path}”。")
    ctx.open(check_integrity="full")
    require(ctx.actor, Permission.ADMIN)
    ctx.close()
    moved = copy_to_server(ctx.db_path, args.url, progress=print, actor=ctx.actor)
    for line in moved.not_carried:
        print(line)
    print(f"迁移完成：{moved.rows} 行（{len(moved.counts)} 张表）已复制到 {args.url}，"
          f"{moved.records} 条记录的摘要与文件一致；{moved.files} 个附件和调研报告的文件已存入服务器数据库"
          + (f"，{len(moved.not_carried)} 个未能带过去（见上文）" if moved.not_carried else "")
          + (f"（每个文件在服务器上是一条带审计记录的记录，check 将核对 {moved.records + moved.files} 条记录）"
             if moved.files else "") + "。")
    print(f"请再运行：python main.py --db {args.url} check")
    return 0


def _backup_server(args: argparse.Namespace, ctx: Context) -> int:
    from models.core import settings
    from models.safety.backups import FOLDER
    from models.safety.server_backups import take_server_backup

    ctx.open()
    folder = Path(args.dir) if args.dir else Path(str(settings.get(FOLDER) or "")).expanduser()
    if not str(args.dir or settings.get(FOLDER) or "").strip():
        raise CliError("服务器数据库的备份要存到哪个文件夹？请在命令后写上文件夹，或在设置中填写“备份文件夹”。")
    dest = take_server_backup(ctx.actor, str(ctx.db_path), folder)
    print(f"已备份到：{dest}（pg_dump 自定义格式；按设置轮换保留：每日、每周、每月）")
    return 0


def _sound() -> None:
    return None


def _raise_if_damaged(problem: str | None, path: Path) -> None:
    """A check that failed: a full or read-only disk is said as such, anything else is damage."""
    if problem:
        from models.core.storage import database_open_failed

        raise database_open_failed(sqlite3.DatabaseError(problem), path) or CliError(f"完整性检查未通过：{problem}")


class ProgressPrinter:
    """Prints a long check's stages, and how far a stage has got at most every two seconds."""

    def __init__(self, every_s: float = 2.0) -> None:
        import time

        self._clock = time.monotonic
        self.every_s = every_s
        self.stage = ""
        self.last = 0.0
        self.started = self._clock()

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = self._clock()
        if stage == self.stage and now - self.last < self.every_s:
            return
        elapsed = f"（已用 {now - self.started:.0f} 秒）"
        if stage != self.stage:
            self.stage = stage
            print(f"{stage}……" + (f"共 {total:,} 条" if total else "") + elapsed, flush=True)
        elif total:
            print(f"  {stage}：{done:,} / {total:,}（{done * 100 // total}%）{elapsed}", flush=True)
        self.last = now

    def done(self) -> None:
        print(f"检查完毕，共用 {self._clock() - self.started:.1f} 秒。", flush=True)


def check_report(result, against: list[str], limit: int = 200) -> list[str]:
    """What ``check`` found, as lines in Chinese (empty: nothing wrong)."""
    from models.core import record_check
    from models.core.audit_labels import table_label

    lines: list[str] = [f"审计记录被改动：{p.reason}" for p in result.chain]
    lines += result.bulk_problems
    lines += [f"审计记录与备份不符：{p}" for p in against]
    differences = result.differences
    if differences:
        lines.append(f"以下 {len(differences):,} 条记录与审计记录不符：")
        if len(differences) > limit:
            for (table, kind), n in sorted(result.by_kind().items()):
                lines.append(f"  {table_label(table)}：{n:,} 条{record_check.KIND_SHORT[kind]}")
            lines.append(f"  其中前 {limit} 条：")
        for d in differences[:limit]:
            lines.append(f"  {d.text}")
            lines += [f"    {change}" for change in record_check.field_changes(d)]
        if len(differences) > limit:
            lines.append(f"  ……另有 {len(differences) - limit:,} 条未列出")
        lines.append(f"查看某条记录的审计历史（谁在何时改过它）：{differences[0].history_command}")
        if not result.chain and not against and any(
                d.kind in (record_check.CHANGED, record_check.UNAUDITED) for d in differences):
            lines.append("审计链本身完整：这些记录是在程序之外被改动的；或者审计记录最新的若干条连同链头一起被截去"
                         "（截去后余下的链仍然完整，但记录停在被截去的改动之后）。"
                         "把备份放在备份文件夹中再运行 check，可查出被截去的审计记录。")
    return lines


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from models.demo import DEMO_DAY, build_demo

    day = f"{DEMO_DAY.year}年{DEMO_DAY.month}月{DEMO_DAY.day}日"
    if ctx.today_given and ctx.today != DEMO_DAY:
        raise CliError(f"演示数据总是 {day}（文章发表之日）的督查室，数字才与文章一致；不能按 {ctx.today.isoformat()} 生成。"
                       f"要看另一天，请先不带 --today 生成，打开时再指定：python main.py --db {ctx.db_path} "
                       f"--today {ctx.today.isoformat()}")
    ctx.open()
    # Said before the work starts (it takes seconds); the build is one transaction, so
    # stopping it here (Ctrl+C, a closed window, a power cut) leaves the file as it was.
    print("正在生成演示数据（需要几秒钟）……", flush=True)
    parts = build_demo(ctx.actor, DEMO_DAY)
    print(f"演示数据已写入 {ctx.db_path}：")
    for title in parts:
        print(f"  {title}")
    print(f"“今天”按 {day}（文章发表之日）计，这一天已记入数据库：此后打开这个文件的窗口和对它运行的命令"
          "都按这一天工作，另用 --today 可指定其他日期。")
    print(f"打开窗口：python main.py --db {ctx.db_path}")
    print(f"核对数字：python main.py --db {ctx.db_path} stats --from 2014-01-01 --to 2014-10-31")
    return 0


def _import(args: argparse.Namespace, ctx: Context, plan_fn, apply_fn, what: str) -> int:
    ctx.open()
    plan = plan_fn(args.file)
    stop = preview_import(plan, what, args.dry_run)
    if stop is not None:
        return stop
    n = apply_fn(ctx.actor, plan)
    print(f"已导入 {n} 条{what}。")
    return 0


def cmd_import_units(args: argparse.Namespace, ctx: Context) -> int:
    from models.reference.importing import apply_units, plan_units

    return _import(args, ctx, plan_units, apply_units, "单位")


def cmd_import_leaders(args: argparse.Namespace, ctx: Context) -> int:
    from models.reference.importing import apply_leaders, plan_leaders

    return _import(args, ctx, plan_leaders, apply_leaders, "领导")


def cmd_workdays(args: argparse.Namespace, ctx: Context) -> int:
    from models.calendar import store as calendar_store
    from models.calendar import workdays

    ctx.open()
    if args.action == "show":
        from models.core.dates import out_of_range

        year = _int(args.values[0], "年份")
        if out_of_range(year):
            raise CliError(out_of_range(year) + "，请检查年份。")
        cal = calendar_store.load_calendar()
        if year not in cal.known_years:
            print(f"警告：{year}年的法定节假日和调休安排尚未录入，该年按周一至周五计算工作日（暂定）。")
        rows = sorted((d, w, cal.names.get(d, "")) for d, w in cal.exceptions.items() if d.year == year)
        for d, w, name in rows:
            print(f"{d.isoformat()}  {'上班' if w else '放假'}  {workdays.day_kind(cal, d)}  {name}")
        print(f"{year}年共 {len(rows)} 条节假日/调休记录。")
        source = dict(calendar_store.years_entered()).get(year)
        if source:
            print(f"数据来源：{calendar_store.source_label(source)}")
        return 0
    if args.action == "add":
        if len(args.values) != 2:
            raise CliError("用法：workdays add 起始日期 工作日数，例如 workdays add 2014-09-30 5")
        start = _date(args.values[0])
        n = _int(args.values[1], "工作日数")
        if abs(n) > MAX_WORKING_DAYS:
            raise CliError(f"工作日数应在 -{MAX_WORKING_DAYS} 至 {MAX_WORKING_DAYS} 之间（约十五年），收到 {n}。")
        deadline = workdays.compute_deadline(calendar_store.load_calendar(), start, n)
        print(f"{start.isoformat()} 后第 {n} 个工作日：{deadline.date.isoformat()}"
              + ("（暂定）" if deadline.provisional else ""))
        if deadline.provisional:
            print(deadline.warning())
        return 0
    path = Path(args.values[0])
    entries, errors = calendar_store.parse_calendar_file(path)
    if errors:
        print_errors(errors)
        print("文件有误，未写入任何数据。")
        return 1
    years = sorted({e.day.year for e in entries})
    from models.calendar.provisional import import_schedule

    n, changed = import_schedule(ctx.actor, entries, years, ctx.today)
    print(f"已导入 {n} 条日历记录，已录入年份：{'、'.join(map(str, years))}。")
    print(f"已按新日历重算 {changed['key_items']} 项重点工作、{changed['instructions']} 个批示件承办单位的暂定时限。")
    return 0


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    if ctx.on_server:
        return _backup_server(args, ctx)
    if not ctx.db_path.exists():
        raise CliError(f"找不到数据库文件“{ctx.db_path}”。")
    ctx.open()
    from models.core.db import database
    from models.safety.backups import backup_folder, take_backup

    folder = Path(args.dir) if args.dir else backup_folder(ctx.db_path)
    dest = take_backup(ctx.actor, database(), ctx.db_path, folder)
    print(f"已备份到：{dest}（按设置轮换保留：每日、每周、每月）")
    return 0


def _int(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise CliError(f"{what}应为整数，收到“{text}”。") from None


def _date(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise CliError(f"日期应写作 YYYY-MM-DD，收到“{text}”。") from None
    return check_day(day, CliError)
