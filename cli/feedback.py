"""Units' 反馈表: ``export feedback`` makes the sealed forms of a matter, ``import feedback``
takes the returned ones in (one line per file: 接收 or 拒收 and why)."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from . import EXIT_FAIL, EXIT_OK, CliError, Context, group


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``export feedback`` and ``import feedback``."""
    p = group(sub, "export").add_parser(
        "feedback", parents=[common], help="导出批示件的反馈表或重点工作季度反馈表（每个单位一份 .xlsx，另附 .zip）",
        description="为已交办、办理中的批示件给每个现承办单位生成一份反馈表：登记编号、批示原文、办理时限、"
                    "承办分工锁定不可改，单位只填签收、办理进展、办结三栏；表内有本室封签，改动交办内容即失效。"
                    "-o 为文件夹时写入各单位的表和一个 .zip（便于邮寄）；为 .xlsx 时只写一个单位的表（须用 --unit）；"
                    "为 .zip 时只写压缩包。--quarter 则为该季度有重点工作事项的每个牵头、责任单位生成一份季度反馈表"
                    "（所列事项原文、完成时限、分工、阶段计划锁定，单位逐项填写进展、问题、下步打算和完成日期），"
                    "-o 须为文件夹。")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--instruction", help="批示件编号，如 督〔2014〕9号")
    which.add_argument("--quarter", help="重点工作的季度，如 2014Q4")
    p.add_argument("--unit", default=None, help="只为此单位生成（全称或简称；仅用于 --instruction）")
    p.add_argument("-o", "--output", dest="output", required=True, type=Path, help="输出的文件夹、.xlsx 或 .zip")
    p.set_defaults(handler=cmd_export)

    p = group(sub, "import").add_parser(
        "feedback", parents=[common], help="导入承办单位发回的反馈表（一个文件或整个文件夹）",
        description="逐个核对发回的反馈表：封签、所属批示件和单位、是否已被新表取代（如批准延期后时限已变）、"
                    "是否已导入过。每个文件一行：接收或拒收及原因；拒收的文件不写入任何内容，也不影响其他文件。"
                    "接收的表按原流程登记签收、办理进展、办结报告（回访复核仍由本室办理），审计记录注明文件名和 SHA-256。"
                    "重点工作季度反馈表（由表内封签识别）逐项按“录入进展”登记季度进展。")
    p.add_argument("path", type=Path, help="反馈表 .xlsx，或存放反馈表的文件夹")
    p.add_argument("--instruction", default=None, help="只接收此批示件的反馈表（其他批示件的表拒收）")
    p.add_argument("--quarter", default=None, help="只接收此季度（如 2014Q4）的重点工作季度反馈表")
    p.add_argument("--unit", default=None, help="只接收此单位的反馈表（其他单位的表拒收）")
    p.add_argument("--dry-run", action="store_true", help="只核对，不写入")
    p.add_argument("--yes", action="store_true", help="不再询问，直接写入可接收的反馈表")
    p.set_defaults(handler=cmd_import)


def _record(ctx: Context, forms: list) -> list:
    """Record the forms written as one batch with their due dates (so that missing and
    late returns can be told), and say the batch."""
    from models.core import settings
    from models.documents.register import REPLY_DAYS
    from models.instructions.feedback_due import record_sent

    rows = record_sent(ctx.actor, forms, ctx.today, int(settings.get(REPLY_DAYS)))
    print(f"已登记为第 {rows[0].batch} 批发出的反馈表（到期未反馈的单位将列入工作台“未按期反馈”）。")
    return rows


def _export_quarter(args: argparse.Namespace, ctx: Context) -> int:
    from models.key_items import feedback as qf
    from reports.feedback_form import write_zip
    from reports.quarter_form import write_forms

    if args.unit:
        raise CliError("--unit 只用于批示件的反馈表；季度反馈表一次为该季度的每个单位生成。")
    out: Path = args.output
    if out.suffix.lower() in (".xlsx", ".zip") or (out.exists() and not out.is_dir()):
        raise CliError(f"“{out}”不是文件夹：季度反馈表每个单位一份，-o 请给文件夹。")
    forms = qf.forms_for_quarter(ctx.actor, args.quarter, ctx.today)
    files = write_forms(forms, out)
    batch = write_zip(files, out / qf.zip_name(forms[0].year, forms[0].quarter))
    rows = qf.record_sent(ctx.actor, forms, ctx.today)
    for f, path in zip(forms, files, strict=True):
        print(f"{f.unit}（{len(f.items)}项，应于 {f.due.isoformat()} 前反馈）：{path}")
    print(f"已导出 {len(files)} 份季度反馈表，压缩包：{batch}")
    print(f"已登记为第 {rows[0].batch} 批发出的季度反馈表（到期未报送进展的单位列入“缺报单位”）。")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from models.instructions.feedback import forms_for
    from models.instructions.feedback_due import due_text
    from reports.feedback_form import write_form, write_forms, write_zip, zip_name

    ctx.open()
    if args.quarter:
        return _export_quarter(args, ctx)
    forms = forms_for(ctx.actor, args.instruction, ctx.today, args.unit)
    out: Path = args.output
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        if len(forms) != 1:
            raise CliError(f"该批示件有 {len(forms)} 个承办单位：导出为一个 .xlsx 时请用 --unit 指定单位，"
                           "或把 -o 设为文件夹。")
        path = write_form(forms[0], out)
        row = _record(ctx, forms)[0]
        print(f"已导出 {forms[0].unit} 的反馈表（{due_text(row)}）：{path}")
        return EXIT_OK
    if suffix == ".zip":
        with tempfile.TemporaryDirectory() as tmp:
            print(f"已导出 {len(forms)} 份反馈表，压缩包：{write_zip(write_forms(forms, Path(tmp)), out)}")
        _record(ctx, forms)
        return EXIT_OK
    if out.exists() and not out.is_dir():
        raise CliError(f"“{out}”已存在且不是文件夹：-o 请给文件夹、.xlsx 或 .zip。")
    files = write_forms(forms, out)
    batch = write_zip(files, out / zip_name(forms))
    rows = _record(ctx, forms)
    for f, path, row in zip(forms, files, rows, strict=True):
        print(f"{f.unit}（{f.role}，{f.kind}，{due_text(row)}）：{path}")
    print(f"已导出 {len(files)} 份反馈表，压缩包：{batch}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from models.core.errors import WorkflowError
    from models.core.seal import form_kind
    from models.instructions import feedback as fb
    from models.instructions.records import Instruction
    from models.key_items import feedback as qf
    from models.reference.directory import unit_by_name

    ctx.open()
    instruction_id = unit_id = None
    quarter = qf.parse_quarter(args.quarter) if args.quarter else None
    if args.instruction:
        ins = Instruction.get_or_none(Instruction.number == args.instruction.strip())
        if ins is None:
            raise CliError(f"没有编号为“{args.instruction}”的批示件，请核对编号。")
        instruction_id = ins.id
    if args.unit:
        unit = unit_by_name(args.unit)
        if unit is None:
            raise CliError(f"没有名为“{args.unit}”的单位，请用单位全称或简称。")
        unit_id = unit.id
    files = fb.returned_files(args.path)
    if not files:
        raise CliError(f"“{args.path}”中没有 .xlsx 文件。")
    # One command for both kinds: the seal sheet says which form a file is.
    quarterly = {p for p in files if form_kind(p) == qf.KIND}
    plain = [p for p in files if p not in quarterly]
    by_path = {v.path: v for v in fb.judge_all(plain, ctx.today, instruction_id, unit_id)}
    by_path.update({v.path: v for v in qf.judge_all(sorted(quarterly), ctx.today, None, quarter, unit_id)})
    for v in by_path.values():
        if args.instruction and v.accepted and v.path in quarterly:
            v.accepted, v.reason = False, "本表是重点工作季度反馈表，不是所选批示件的反馈表"
        if quarter and v.accepted and v.path not in quarterly:
            v.accepted, v.reason = False, "本表是批示件的反馈表，不是所选季度的重点工作季度反馈表"
    verdicts = [by_path[p] for p in files]
    good = [v for v in verdicts if v.accepted]
    for v in verdicts:
        print(v.line())
    print(f"共 {len(verdicts)} 份：可接收 {len(good)} 份，拒收 {len(verdicts) - len(good)} 份。")
    # A return already taken in is no failure: the unit may send the same file twice.
    refused = [v for v in verdicts if not v.accepted and not v.reason.startswith("无变化")]
    if not good:
        return EXIT_FAIL if refused else EXIT_OK
    if args.dry_run:
        print("（--dry-run：未写入）")
        return EXIT_FAIL if refused else EXIT_OK
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise CliError(f"将写入 {len(good)} 份反馈表的内容；确认无误后请加 --yes 再运行。")
        answer = input(f"将写入 {len(good)} 份反馈表的内容（见上）。输入 y 确认：")
        if answer.strip().lower() not in ("y", "yes", "是"):
            print("已取消，未做任何修改。")
            return EXIT_FAIL
    written = 0
    for v in good:
        try:
            if v.path in quarterly:
                qf.take_in(ctx.actor, v, ctx.today, None, quarter, unit_id)
            else:
                fb.take_in(ctx.actor, v, ctx.today, instruction_id, unit_id)
            written += 1
        except WorkflowError as exc:
            print(f"拒收  {exc}")
    print(f"已导入 {written} 份反馈表。")
    return EXIT_FAIL if refused or written < len(good) else EXIT_OK
