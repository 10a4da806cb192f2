"""``search TEXT``: find any record of the office by a few characters of it."""
from __future__ import annotations

import argparse

from . import CliError, Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``search``."""
    p = sub.add_parser("search", parents=[common], help="全局搜索：批示件、重点工作、督查活动、调研、留言、已印发文件",
                       description="按汉字片段（如“城中村”）、编号片段（如“2014〕9”）、单位或领导的拼音首字母"
                                   "（如 szj）查找记录，按类别列出最近的几条及其红绿灯。多个词用空格分开表示同时包含。")
    p.add_argument("text", nargs="+", help="要找的文字")
    p.add_argument("--limit", type=int, default=8, help="每类最多列出几条（默认 8）")
    p.set_defaults(handler=cmd_search)


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    from models.search.index import KINDS, search

    if not ctx.on_server and not ctx.db_path.exists():
        raise CliError(f"找不到数据库文件“{ctx.db_path}”：没有可以查找的记录。请用 --db 指定本室的数据库文件。")
    ctx.open()
    query = " ".join(args.text)
    hits = search(query, ctx.today, per_kind=max(1, args.limit))
    if not hits:
        print(f"没有找到包含“{query}”的记录（数据库：{ctx.db_path}）。")
        return 0
    for kind, label in KINDS.items():
        group = [h for h in hits if h.kind == kind]
        if not group:
            continue
        print(f"{label}（{len(group)}{'+' if len(group) == args.limit else ''}）")
        for h in group:
            mark = f"{h.light.symbol}{h.light.label}　" if h.light else ""
            print(f"  {mark}{h.title}　{h.detail}".rstrip("　"))
    return 0
