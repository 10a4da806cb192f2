"""Commands of accounts, restore and the audit trail: ``user``, ``restore``, ``audit``."""
from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path

from . import CliError, Context, login_actor, parse_day

ROLE_CHOICES = ("admin", "clerk", "viewer")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``user``, ``restore`` and ``audit``."""
    from . import ChineseArgumentParser

    user = sub.add_parser("user", help="账号管理：新建、列出、改密码、改角色、停用、清除输错计数",
                          description="账号管理。第一个账号必须是管理员，无需登录；之后须以管理员账号 --user 登录。")
    users = user.add_subparsers(dest="user_what", metavar="ACTION", parser_class=ChineseArgumentParser)
    p = users.add_parser("add", parents=[common], help="新建账号（密码取自 DUCHA_NEW_PASSWORD，或输入两次）")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=ROLE_CHOICES,
                   help="admin 管理员 | clerk 督查员 | viewer 查阅")
    p.add_argument("--display-name", default="", help="显示的姓名")
    p.set_defaults(handler=cmd_user_add)
    p = users.add_parser("list", parents=[common], help="列出账号")
    p.set_defaults(handler=cmd_user_list)
    p = users.add_parser("passwd", parents=[common],
                         help="修改自己的密码，或（管理员）重置他人密码；新密码取自 DUCHA_NEW_PASSWORD")
    p.add_argument("name")
    p.set_defaults(handler=cmd_user_passwd)
    p = users.add_parser("role", parents=[common], help="改变账号角色（管理员）")
    p.add_argument("name")
    p.add_argument("role", choices=ROLE_CHOICES)
    p.set_defaults(handler=cmd_user_role)
    p = users.add_parser("may-sign", parents=[common], help="督查员账号“可签发”：on 设为可签发，off 取消（管理员）")
    p.add_argument("name")
    p.add_argument("switch", choices=["on", "off"])
    p.set_defaults(handler=cmd_user_may_sign)
    for action, text in (("deactivate", "停用账号（管理员）"), ("activate", "重新启用账号（管理员）"),
                         ("unlock", "清除输错密码的计数，登录不再等待（管理员）")):
        p = users.add_parser(action, parents=[common], help=text)
        p.add_argument("name")
        p.set_defaults(handler=cmd_user_state, action=action)

    p = sub.add_parser("restore", parents=[common], help="从备份恢复数据库（先校验备份，原文件另存）",
                       description="校验备份文件的完整性、数据版本和审计链后，用它替换数据库；被替换的文件另存为 "
                                   "<名称>.replaced-日期-时间.sqlite3。其他程序打开着数据库时拒绝恢复。"
                                   "账号随备份一起恢复：若备份是在启用账号之前制作的，恢复后回到单用户模式（无需登录），"
                                   "恢复前会先提示。")
    p.add_argument("file", type=Path)
    p.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("audit", parents=[common], help="查询审计记录（按记录、人员、日期），可导出 .xlsx",
                       description="查询审计记录：谁在何时改了哪条记录、改前改后的值。")
    p.add_argument("--record", metavar="TABLE:ID", help="某条记录，例如 unit:12 或 单位:12（表名可写中文名；工作日历按日期，如 工作日历:2014-10-01）；只写表名则查该表全部")
    p.add_argument("--by", "--who", dest="who", metavar="NAME", help="操作人（账号名）")
    p.add_argument("--from", dest="date_from", type=parse_day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=parse_day, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=int, default=200, help="最多显示多少条（默认 200）")
    p.add_argument("--export", type=Path, metavar="FILE.xlsx", help="把查询结果全部导出到 .xlsx")
    p.set_defaults(handler=cmd_audit)


def _new_password(name: str) -> str:
    from models.safety.accounts import ENV_NEW_PASSWORD

    value = os.environ.get(ENV_NEW_PASSWORD)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(f"需要新密码：请在终端中运行，或设置环境变量 {ENV_NEW_PASSWORD}。")
    first = getpass.getpass(f"账号“{name}”的新密码：")
    if getpass.getpass("再输入一次：") != first:
        raise CliError("两次输入的密码不一致，未做任何修改。")
    return first


def _now(ctx: Context) -> dt.datetime:
    return dt.datetime.combine(ctx.today, dt.datetime.now().time().replace(microsecond=0))


def cmd_user_add(args: argparse.Namespace, ctx: Context) -> int:
    from models.safety import accounts

    ctx.open(need_login=False)
    first = not accounts.has_accounts()
    if first:
        if args.role != "admin":
            raise CliError("第一个账号必须是管理员：请用 --role admin。")
    else:
        ctx.actor = login_actor(ctx.user)
    info = accounts.create_account(ctx.actor, args.name, args.role, _new_password(args.name), _now(ctx),
                                   display_name=args.display_name)
    print(f"已新建账号“{info.name}”（{info.role.label}）。")
    if first:
        print("这是第一个账号：此后打开数据库和运行命令都须登录（--user 账号名，密码取自 DUCHA_PASSWORD 或在终端输入）。")
    return 0


def cmd_user_list(args: argparse.Namespace, ctx: Context) -> int:
    from models.safety import accounts

    ctx.open()
    rows = accounts.list_accounts()
    if not rows:
        print("尚未建立账号：本数据库以“本机用户”身份运行。用 user add 名称 --role admin 建立管理员账号。")
        return 0
    for a in rows:
        state = "停用" if not a.active else (f"连续输错 {a.failed_count} 次，登录须等待 {a.delay_seconds:g} 秒"
                                            if a.delay_seconds else "正常")
        signs = "\t可签发" if a.may_sign else ""
        print(f"{a.name}\t{a.role.label}\t{state}\t{a.display_name}\t最近登录：{a.last_login_at or '—'}{signs}")
    print(f"共 {len(rows)} 个账号。")
    return 0


def cmd_user_passwd(args: argparse.Namespace, ctx: Context) -> int:
    from models.safety import accounts

    ctx.open()
    old = None
    if ctx.actor.name == args.name:
        old = accounts.read_password("原密码：")
    accounts.change_password(ctx.actor, args.name, _new_password(args.name), _now(ctx), old_password=old)
    print(f"账号“{args.name}”的密码已修改。")
    return 0


def cmd_user_role(args: argparse.Namespace, ctx: Context) -> int:
    from models.core.actors import Role
    from models.safety import accounts

    ctx.open()
    accounts.change_role(ctx.actor, args.name, args.role)
    print(f"账号“{args.name}”已改为{Role(args.role).label}。")
    return 0


def cmd_user_may_sign(args: argparse.Namespace, ctx: Context) -> int:
    from models.safety import accounts

    ctx.open()
    accounts.set_may_sign(ctx.actor, args.name, args.switch == "on")
    print(f"账号“{args.name}”{'现在可以签发文件' if args.switch == 'on' else '已取消可签发'}。")
    return 0


def cmd_user_state(args: argparse.Namespace, ctx: Context) -> int:
    from models.safety import accounts

    ctx.open()
    if args.action == "unlock":
        accounts.unlock(ctx.actor, args.name)
        print(f"已清除账号“{args.name}”的输错密码计数，登录不再等待。")
    else:
        accounts.set_active(ctx.actor, args.name, args.action == "activate")
        print(f"已{'启用' if args.action == 'activate' else '停用'}账号“{args.name}”。")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from models.core import presence
    from models.core.actors import LOCAL_ACTOR, Permission, require
    from models.core.errors import DatabaseOpenError
    from models.safety import backups as backup_rotation
    from models.safety import restore_check as backup_check

    if ctx.on_server:
        from models.safety.server_backups import restore_server_backup

        rows = restore_server_backup(args.file, ctx.db_path)
        print(f"已把备份“{args.file}”恢复到 {ctx.db_path}；审计记录 {rows} 条，散列链完整，记录与审计记录相符。")
        return 0
    problems = backup_rotation.verify_backup(args.file)
    if problems:
        raise CliError("该备份不能恢复，数据库未被改动：\n" + "\n".join(problems))
    actor = LOCAL_ACTOR
    current = None
    if ctx.db_path.exists():
        # Whoever restores must be an administrator of the database being replaced —
        # unless that file is too damaged to open, which is what restore is for.
        try:
            ctx.open()
        except DatabaseOpenError as exc:
            print(f"注意：现有数据库无法打开，将直接用备份替换（原文件会另存）。\n{exc.message}")
        else:
            require(ctx.actor, Permission.ADMIN)
            actor = ctx.actor
            current = backup_check.accounts_now()
            ctx.close()
            presence.unregister(ctx.db_path)
    check = backup_check.check_restore(args.file, actor.name, current)
    if check.warnings:
        # Printed even with --yes: a script's log is where someone will look later.
        print(check.text)
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError("恢复会替换现有数据库。确认无误后请加 --yes 再运行。")
        answer = input(f"用“{args.file}”替换“{ctx.db_path}”？原文件会另存。输入 y 确认：")
        if answer.strip().lower() not in ("y", "yes", "是"):
            print("已取消，未做任何修改。")
            return 1
    aside = backup_rotation.restore(args.file, ctx.db_path, _now(ctx), actor)
    print(f"已从“{args.file}”恢复数据库：{ctx.db_path}")
    if aside:
        print(f"被替换的数据库已另存为：{aside}")
    if check.after:
        print(check.after_text)
    return 0


def _parse_record(text: str | None) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    from models.core.audit_labels import table_named

    table, _, ident = text.replace("：", ":").partition(":")
    ident = ident.strip()
    if not table.strip():
        raise CliError(f"--record 应写作 表名:编号，例如 unit:12，收到“{text}”。")
    # Most records are numbered; a calendar day is keyed by its date, a setting by its name.
    return table_named(table), ident or None


def cmd_audit(args: argparse.Namespace, ctx: Context) -> int:
    from models.core import audit

    ctx.open()
    table, record_id = _parse_record(args.record)
    if record_id is not None and not record_id.isdigit():
        from models.core.digests import spec

        found = spec(table or "")
        if found is None or found.integer_key:
            raise CliError(f"--record 应写作 表名:编号，例如 unit:12，收到“{args.record}”。")
    filters = dict(table=table, record_id=record_id, actor=args.who, date_from=args.date_from,
                   date_to=args.date_to)
    total = audit.count(**filters)
    if args.export:
        from reports.spreadsheet import write_sheet

        entries = audit.search(**filters, limit=max(total, 1))
        path = write_sheet(args.export, "审计记录", audit.EXPORT_HEADERS, audit.export_rows(entries),
                           col_widths=(8, 18, 12, 10, 14, 8, 30, 40, 40))
        print(f"已导出 {len(entries)} 条审计记录到：{path}")
        return 0
    entries = audit.search(**filters, limit=args.limit)
    for row in audit.export_rows(entries):
        print("  ".join(str(v) for v in row))
    shown = f"（显示最新 {len(entries)} 条）" if total > len(entries) else ""
    print(f"共 {total} 条审计记录{shown}。")
    return 0
