"""The headless commands: ``python main.py COMMAND …``.

Each module here defines ``register(subparsers, common)``, adding its commands with
``set_defaults(handler=…)``; a handler takes ``(args, ctx)`` and returns an exit code.
Expected failures raise :class:`models.core.errors.UserError` and are printed as one plain
Chinese message with a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from models import submodules
from models.core.actors import LOCAL_ACTOR, Actor
from models.core.errors import UserError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class CliError(UserError):
    """A command's own refusal (bad argument, nothing to do)."""


@dataclass
class Context:
    """What every handler gets: the database path, today and who is acting."""

    db_path: Path | str  #: a file, or the server's ``postgresql://`` address (:func:`db_target`)
    today: dt.date
    user: str | None = None
    actor: Actor = LOCAL_ACTOR
    opened: bool = field(default=False)
    #: whether --today was given; if not, a demonstration file's own day is "today"
    today_given: bool = False

    @property
    def on_server(self) -> bool:
        """Whether ``--db`` named the office's PostgreSQL server rather than a file."""
        return isinstance(self.db_path, str)

    def open(self, *, check_integrity: str = "quick", need_login: bool = True) -> None:
        """Open and migrate the database; sign in when the database has accounts.

        On a demonstration database (``python main.py demo``) "today" becomes the day it
        was built for, unless ``--today`` said otherwise, and stderr says so.
        """
        from models.core.schema import open_database
        from models.demo import demo_day

        if not self.opened:
            open_database(self.db_path, check_integrity=check_integrity)
            self.opened = True
            day = demo_day()
            if day is not None and not self.today_given:
                self.today = day
                print(f"演示数据库：“今天”按 {day.year}年{day.month}月{day.day}日 计"
                      "（另用 --today 可指定其他日期）。", file=sys.stderr)
            if need_login:
                self.actor = login_actor(self.user)

    def close(self) -> None:
        """Close the database if this context opened it."""
        from models.core.db import close_database

        if self.opened:
            close_database()
            self.opened = False


def login_actor(user: str | None) -> Actor:
    """The actor for a command: the local user, or an account checked by password."""
    from models.safety.accounts import cli_login

    return cli_login(user)


def parse_day(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD, within the dates the program works with."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD，收到“{text}”") from None
    return check_day(day, argparse.ArgumentTypeError)


def check_day(day: dt.date, error: type[Exception] = UserError) -> dt.date:
    """``day`` if the program works with it (1900–2199), else ``error`` in Chinese."""
    from models.core.dates import out_of_range

    if out_of_range(day):
        raise error(out_of_range(day) + "，请检查日期。")
    return day


# argparse's own words (usage, option headings, its error sentences) come from
# gettext; the clerks read Chinese, so we give it the Chinese for the ones it prints.
_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项：%(value)r（可选：%(choices)s）",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "选项不明确：%(option)s 可能是 %(matches)s",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s：%(message)s",
    "not allowed with argument %s": "不能与 %s 同时使用",
}


def _argparse_gettext(message: str) -> str:
    return _ARGPARSE_ZH.get(message, message)


argparse._ = _argparse_gettext  # type: ignore[attr-defined]


class ChineseArgumentParser(argparse.ArgumentParser):
    """Usage errors as one line and exit code 2, in the user's language."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"参数错误：{message}\n（用 --help 查看用法）\n")


def db_target(text: str) -> Path | str:
    """``--db``: a database file, or a ``postgresql://user@host:port/dbname`` address
    (kept as text; one with a password in it is refused)."""
    from models.core.peek import is_server

    if is_server(text):
        from models.core import dialect  # peewee's: a file's start (the window's) does without

        try:
            return dialect.parse(text).url
        except UserError as exc:
            raise argparse.ArgumentTypeError(exc.message) from exc
    return Path(text)


def common_parser() -> argparse.ArgumentParser:
    """Options every command takes."""
    from models.core.paths import default_db_path

    # No defaults here (SUPPRESS): a subcommand's default would overwrite the value given
    # before the command ("python main.py --db x demo"); the main parser holds them.
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--db", type=db_target, default=argparse.SUPPRESS,
                   help=f"数据库文件（默认：{default_db_path()}），或服务器数据库 postgresql://用户@服务器:端口/数据库名")
    p.add_argument("--today", type=parse_day, default=argparse.SUPPRESS,
                   help="把“今天”设为此日期（YYYY-MM-DD），使输出可复现")
    p.add_argument("--user", default=argparse.SUPPRESS,
                   help="登录账号（已建账号时必需；密码取自环境变量 DUCHA_PASSWORD）")
    return p


def window_parser() -> argparse.ArgumentParser:
    """The options of the window (``--db --today --user``) alone: what a start parses,
    without importing every command's module."""
    parser = ChineseArgumentParser(
        prog="ducha-cli" if getattr(sys, "frozen", False) else "python main.py",
        description="督查工作台：不带命令时打开窗口；带命令时在命令行完成同样的工作。",
    )
    parser.add_argument("--db", type=db_target, default=None,
                        help="数据库文件，或服务器数据库 postgresql://用户@服务器:端口/数据库名")
    parser.add_argument("--today", type=parse_day, default=None,
                        help="把“今天”设为此日期（YYYY-MM-DD），窗口和命令都按此日期工作，用于演示或复现输出")
    parser.add_argument("--user", default=None,
                        help="登录账号：打开窗口时预先填入登录框；运行命令时已建账号则必需（密码取自环境变量 DUCHA_PASSWORD）")
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, from every module in this package."""
    parser = window_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ChineseArgumentParser)
    common = common_parser()
    # The foundation's commands (init, check, demo …) come first in --help.
    for module in sorted(submodules(__name__), key=lambda m: (m.__name__ != f"{__name__}.foundation", m.__name__)):
        if hasattr(module, "register"):
            module.register(sub, common)
    return parser


def run(argv: Sequence[str]) -> int:
    """Parse ``argv`` and run the command; return the exit code."""
    # peewee is imported here, not with the package: the window's start parses its
    # options from this package (window_parser) and opens the file only once painted.
    import peewee

    from models.core.paths import default_db_path

    _utf8_console()
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    ctx = Context(db_path=args.db or default_db_path(), today=args.today or dt.date.today(),
                  user=getattr(args, "user", None), today_given=args.today is not None)
    try:
        return int(args.handler(args, ctx) or 0)
    except UserError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return EXIT_FAIL
    except peewee.OperationalError as exc:
        from models.core.storage import database_write_failed

        failed = database_write_failed(exc, ctx.db_path)
        if failed is not None:
            print(f"错误：{failed.message}", file=sys.stderr)
            return EXIT_FAIL
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        print(f"错误：数据库“{ctx.db_path}”正被另一个程序占用（{exc}）。请关闭另一处的督查工作台后重试。",
              file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("已中断，未完成的操作没有写入。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` or `more` that stopped reading: not an error.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    finally:
        ctx.close()


def _utf8_console() -> None:
    # A Windows console defaults to the ANSI code page; Chinese must never crash output.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def preview_import(plan: object, what: str, dry_run: bool, notes: Sequence[str] = ()) -> int | None:
    """Print an import's preview; return the exit code to stop with, or ``None`` to apply.

    ``plan`` has ``summary()`` and ``errors``. A plan with any bad row is never applied.
    """
    print(f"{what}导入预检：{plan.summary()}")  # type: ignore[attr-defined]
    for line in notes:
        print(f"  {line}")
    if plan.errors:  # type: ignore[attr-defined]
        print_errors(plan.errors)  # type: ignore[attr-defined]
        print("文件有误，未写入任何数据。请改正后重新导入。")
        return EXIT_FAIL
    if dry_run:
        print("（--dry-run：未写入）")
        return EXIT_OK
    return None


def print_errors(errors: Sequence[object], limit: int = 200) -> None:
    """List row errors, at most ``limit`` of them."""
    for e in list(errors)[:limit]:
        print(f"  {e}")
    if len(errors) > limit:
        print(f"  ……另有 {len(errors) - limit} 处错误未列出")


StatsPrinter = Callable[[dict], list[str]]
_STATS_PRINTERS: dict[str, tuple[int, StatsPrinter]] = {}


def stats_printer(section: str, order: int) -> Callable[[StatsPrinter], StatsPrinter]:
    """Register how ``stats`` prints the figure section ``section``: a function of the
    section's dict giving Chinese lines, the heading first. ``order`` places the section
    (10 决策督查, 20 专项查办, 30 督查调研, 40 网民留言, as the office's four lines of work)."""

    def deco(fn: StatsPrinter) -> StatsPrinter:
        _STATS_PRINTERS[section] = (order, fn)
        return fn

    return deco


def stats_printers() -> dict[str, tuple[int, StatsPrinter]]:
    """The registered printers by section name (every module of this package is loaded)."""
    submodules(__name__)
    return dict(_STATS_PRINTERS)


_GROUP_HELP = {"import": "从 .xlsx/.csv 导入", "export": "导出到 .xlsx"}


def group(sub: argparse._SubParsersAction, name: str) -> argparse._SubParsersAction:
    """The nested sub-commands of ``import`` or ``export`` (created on first use).

    Every area adds its own targets: ``import units FILE``, ``import key-items FILE`` …
    The groups live on ``sub`` itself: a cache keyed by ``id(sub)`` handed a new parser
    the group of a collected one whose id Python had reused.
    """
    groups = sub.__dict__.setdefault("_ducha_groups", {})
    if name not in groups:
        parser = sub.add_parser(name, help=_GROUP_HELP.get(name, name), description=_GROUP_HELP.get(name))
        groups[name] = parser.add_subparsers(dest=f"{name}_what", metavar="WHAT",
                                             parser_class=ChineseArgumentParser)
    return groups[name]
