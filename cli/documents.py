"""Commands that print the office's documents: bulletin, criticism, notice, reminder, feedback.

Each writes the PDF to ``-o FILE``. Without ``--draft`` the document is issued: it
takes its number, goes into the register (with the data it was made from and its
checksum) and, for notices and reminders, records the 交办/催办. ``--draft`` only
previews: no number is taken and nothing is written to the database; the file is the
样稿, marked "样稿 · 未印发" on every page with its number left blank.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from models.core.errors import UserError
from models.core.storage import StorageError, write_file

from . import CliError, Context, parse_day


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``bulletin``, ``criticism``, ``notice``, ``reminder``, ``feedback`` and ``documents``."""
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("-o", "--output", type=Path, required=True,
                     help="输出文件：.pdf 为 PDF，.docx 为可在 Word/WPS 中修改的 Word 文件")
    out.add_argument("--format", choices=["pdf", "docx"], default=None,
                     help="输出格式（默认按 -o 的扩展名：.docx 为 Word，其余为 PDF）")
    out.add_argument("--draft", action="store_true", help="只生成预览稿：不占用编号，不登记，不写入数据库")
    out.add_argument("--font-dir", default=None, help="公文字体文件夹（默认取“设置 → 公文字体”）")

    p = sub.add_parser("bulletin", parents=[common, out], help="印发督查通报（按期编号）",
                       description="按时期生成督查通报：批示件办理数字、重点工作进展表、批示件明细、督查发现的问题、"
                                   "下一步工作。期号默认取当年下一期；已印发的期号不能再用。")
    p.add_argument("--from", dest="start", type=parse_day, required=True, help="起始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=parse_day, required=True, help="截止日期 YYYY-MM-DD（含）")
    p.add_argument("--issue", type=int, default=None, help="期号 N（默认：当年下一期）")
    p.add_argument("--details", action="store_true", help="附各重点工作事项各单位最新季度进展详情")
    p.set_defaults(handler=cmd_bulletin)

    p = sub.add_parser("criticism", parents=[common, out], help="印发通报批评（据通报批评记录）",
                       description="根据批示件模块中建立的通报批评记录生成通报批评；印发后该记录标为已印发。")
    p.add_argument("--record", type=int, required=True, help="通报批评记录编号")
    p.set_defaults(handler=cmd_criticism)

    p = sub.add_parser("notice", parents=[common, out], help="印发督办通知单（每个承办单位一份，附办理情况反馈表）",
                       description="为一件批示件的承办单位各生成一份督办通知单，逐字引用领导批示。"
                                   "批示件已立项但尚未交办时，须用 --unit 指定单位（第一个为牵头单位）和办理时限，"
                                   "印发即同时登记交办。")
    p.add_argument("--instruction", required=True, help="批示件编号，如 督〔2014〕35号")
    p.add_argument("--unit", action="append", default=[], help="承办单位（全称或简称，可重复）")
    p.add_argument("--days", type=int, default=None, help="办理时限：交办后 N 个工作日（尚未交办时）")
    p.add_argument("--deadline", type=parse_day, default=None, help="办理时限：具体日期（尚未交办时）")
    p.set_defaults(handler=cmd_notice)

    p = sub.add_parser("reminder", parents=[common, out], help="印发催办通知（每个承办单位一份，并登记书面催办）",
                       description="为一件正在办理的批示件的承办单位各生成一份催办通知；印发即为每个单位登记一次书面催办。")
    p.add_argument("--instruction", required=True, help="批示件编号，如 督〔2014〕35号")
    p.add_argument("--unit", action="append", default=[], help="只催办这些单位（全称或简称，可重复）")
    p.set_defaults(handler=cmd_reminder)

    p = sub.add_parser("feedback", parents=[common, out], help="印发常委会决定事项落实情况报告",
                       description="向市委反馈常委会会议纪要决定事项的落实情况（每项的状态、红黄绿灯、最新进展）。")
    p.add_argument("--minutes", action="append", default=[], help="纪要编号，如 〔2014〕8号（可重复；默认全部）")
    p.set_defaults(handler=cmd_feedback)

    p = sub.add_parser("documents", parents=[common], help="印发文件登记簿：列出、重印",
                       description="列出已印发的文件；--reprint 登记号 -o 文件 重印（与原件逐字节相同）。")
    p.add_argument("--kind", choices=["bulletin", "criticism", "notice", "reminder", "feedback"], default=None)
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--reprint", type=int, default=None, help="重印此登记号的文件")
    p.add_argument("-o", "--output", type=Path, default=None, help="重印输出的 PDF 文件")
    p.set_defaults(handler=cmd_documents)


def _write(path: Path, data: bytes) -> None:
    path = path.expanduser()
    if path.parent and not path.parent.exists():
        raise CliError(f"文件夹“{path.parent}”不存在，请先建立或换一个位置。")
    try:
        write_file(path, lambda tmp: tmp.write_bytes(data))
    except StorageError:
        raise
    except OSError as exc:
        raise CliError(f"无法写入“{path}”：{exc.strerror or exc}。文件是否正在被其他程序打开？") from exc


def _wants_docx(args: argparse.Namespace) -> bool:
    if args.format:
        return args.format == "docx"
    return args.output.suffix.lower() == ".docx"


def _finish(args: argparse.Namespace, ctx: Context, prepared) -> int:
    from reports.issuing import issue

    if _wants_docx(args):
        from reports.word import prepared_docx

        if args.draft:
            _write(args.output, prepared_docx(prepared, draft=True, font_dir=args.font_dir))
            print(f"预览稿的 Word 文件（编号处留空，未占用编号）已写入 {args.output}")
            print(f"  拟用编号（印发时才印上）：{'、'.join(prepared.numbers)}")
        else:
            docs = issue(ctx.actor, prepared)
            _write(args.output, prepared_docx(prepared, draft=False, font_dir=args.font_dir))
            print(f"已印发并登记 {len(docs)} 份（登记簿保存 PDF 原件），Word 文件已写入 {args.output}")
            for d in docs:
                print(f"  {d.kind_label} {d.number}（登记号 {d.id}，{d.pages} 页，SHA-256 {d.sha256[:16]}…）")
    elif args.draft:
        _write(args.output, prepared.rendered.pdf)
        print(f"预览稿（样稿：每页印有“样稿·未印发”，编号处留空，未占用编号）已写入 {args.output}")
        print(f"  拟用编号（印发时才印上）：{'、'.join(prepared.numbers)}")
    else:
        docs = issue(ctx.actor, prepared)
        _write(args.output, prepared.official.pdf)
        print(f"已印发并登记 {len(docs)} 份，文件已写入 {args.output}")
        for d in docs:
            print(f"  {d.kind_label} {d.number}（登记号 {d.id}，{d.pages} 页，SHA-256 {d.sha256[:16]}…）")
    print(f"  共 {prepared.rendered.pages} 页；字体：{prepared.rendered.fonts_line}")
    for w in prepared.warnings:
        print("!" * 60, file=sys.stderr)
        print(w, file=sys.stderr)
        print("!" * 60, file=sys.stderr)
    return 0


def _unit_ids(names: list[str]) -> list[int]:
    from models.reference.directory import unit_by_name

    ids = []
    for name in names:
        unit = unit_by_name(name)
        if unit is None:
            raise CliError(f"没有名为“{name}”的单位，请用单位全称或简称。")
        ids.append(unit.id)
    return ids


def _run(fn, *a, **kw):
    try:
        return fn(*a, **kw)
    except UserError:
        raise
    except ValueError as exc:
        raise CliError(str(exc)) from exc


def cmd_bulletin(args: argparse.Namespace, ctx: Context) -> int:
    from reports.issuing import prepare_bulletin

    ctx.open()
    if args.end < args.start:
        raise CliError("--to 早于 --from，请核对日期。")
    p = _run(prepare_bulletin, args.start, args.end, ctx.today, ctx.today, issue=args.issue, font_dir=args.font_dir,
             details=args.details)
    return _finish(args, ctx, p)


def cmd_criticism(args: argparse.Namespace, ctx: Context) -> int:
    from reports.issuing import prepare_criticism

    ctx.open()
    return _finish(args, ctx, _run(prepare_criticism, args.record, ctx.today, font_dir=args.font_dir))


def cmd_notice(args: argparse.Namespace, ctx: Context) -> int:
    from reports.issuing import instruction_by_number, prepare_notices

    ctx.open()
    ins = instruction_by_number(args.instruction)
    p = _run(prepare_notices, ins.id, ctx.today, _unit_ids(args.unit), days=args.days, deadline=args.deadline,
             font_dir=args.font_dir)
    return _finish(args, ctx, p)


def cmd_reminder(args: argparse.Namespace, ctx: Context) -> int:
    from reports.issuing import instruction_by_number, prepare_reminders

    ctx.open()
    ins = instruction_by_number(args.instruction)
    return _finish(args, ctx, _run(prepare_reminders, ins.id, ctx.today, _unit_ids(args.unit),
                                   font_dir=args.font_dir))


def cmd_feedback(args: argparse.Namespace, ctx: Context) -> int:
    from models.key_items.meetings import MeetingMinutes
    from reports.issuing import prepare_feedback

    ctx.open()
    ids = []
    for number in args.minutes:
        m = MeetingMinutes.get_or_none(MeetingMinutes.number == number.strip())
        if m is None:
            raise CliError(f"没有编号为“{number}”的会议纪要。")
        ids.append(m.id)
    return _finish(args, ctx, _run(prepare_feedback, ids, ctx.today, ctx.today, font_dir=args.font_dir))


def cmd_documents(args: argparse.Namespace, ctx: Context) -> int:
    from models.documents.register import IssuedDocument, register_rows, stored_pdf

    ctx.open()
    if args.reprint is not None:
        if args.output is None:
            raise CliError("重印请用 -o 指定输出的 PDF 文件。")
        data = stored_pdf(args.reprint)
        _write(args.output, data)
        row = IssuedDocument.get_by_id(args.reprint)
        print(f"已重印 {row.kind_label} {row.number} 到 {args.output}（{row.pages} 页，与原件相同，SHA-256 {row.sha256}）")
        return 0
    rows = register_rows(args.kind, args.year)
    if not rows:
        print("登记簿中没有符合条件的文件。")
        return 0
    for r in rows:
        print(f"{r.id:>5}  {r.issued_on.isoformat()}  {r.kind_label:<8} {r.number:<18} {r.title}  "
              f"（{r.pages}页，{r.issuer}）")
    print(f"共 {len(rows)} 份。")
    return 0
