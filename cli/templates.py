"""``python main.py template NAME -o FILE``: the blank .xlsx of an import."""
from __future__ import annotations

import argparse
from pathlib import Path

from . import CliError, Context

_WHAT = "units 单位名录 | leaders 领导名单 | plan 年度重点工作计划 | ledger 批示件台账 | messages 网民留言 | workdays 放假安排"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``template``."""
    from models.overview.import_templates import NAMES

    p = sub.add_parser("template", parents=[common], help="生成导入模板 .xlsx（表头、示例行、说明）",
                       description="生成某项导入的空白表格：第一个工作表是导入程序认得的表头和一行示例，"
                                   "“说明”工作表逐列说明含义、是否必填和填写格式。示例中的日期取 --today 所在年份。")
    p.add_argument("name", choices=NAMES, metavar="NAME", help=_WHAT)
    p.add_argument("-o", "--output", type=Path, required=True, help="保存为（.xlsx）")
    p.set_defaults(handler=cmd_template)


def cmd_template(args: argparse.Namespace, ctx: Context) -> int:
    from models.overview.import_templates import template
    from reports.import_template import write_template

    if args.output.suffix.lower() != ".xlsx":
        raise CliError("导入模板须保存为 .xlsx 文件。")
    t = template(args.name)
    try:
        write_template(t, args.output, ctx.today.year)
    except OSError as exc:
        raise CliError(f"无法写入“{args.output}”：{exc.strerror or exc}。请换一个文件夹或关闭在 Excel 中打开的同名文件。") from None
    print(f"已生成“{t.title}”导入模板：{args.output}（第3行是示例；各列说明见“说明”工作表）")
    return 0
