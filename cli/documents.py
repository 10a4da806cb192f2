"""Commands that print the office's documents: bulletin, criticism, notice, reminder, feedback,
special-report (督查专报), report-back (办理情况报告), leader-sheet (领导批示件办理情况一览表) and
message-transfer (网民留言转办单).

Each writes the PDF to ``-o FILE``. Without ``--draft`` the document is issued: it
takes its number, goes into the register (with the data it was made from and its
checksum) and, for notices and reminders, records the 交办/催办. ``--draft`` only
previews: no number is taken and nothing is written to the database; the file is the
样稿, marked "样稿 · 未印发" on every page with its number left blank.

Once the office has accounts a document is signed off before it is issued (审核签发):
``--submit`` hands the prepared document to the signer, ``signing sign ID`` (or
``signing return ID --reason …``) is the signer's answer, and the same command as
submitted, without ``--submit``, then issues it — only if its data are still exactly
what was signed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from models.core.errors import UserError
from models.core.storage import StorageError, write_file

from . import CliError, Context, parse_day


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``bulletin``, ``criticism``, ``notice``, ``reminder``, ``feedback``, ``special-report``,
    ``report-back``, ``leader-sheet``, ``message-transfer``, ``documents`` and ``signing``."""
    out = argparse.ArgumentParser(add_help=False)
    out.add_argument("-o", "--output", type=Path, required=True,
                     help="输出文件：.pdf 为 PDF，.docx 为可在 Word/WPS 中修改的 Word 文件")
    out.add_argument("--format", choices=["pdf", "docx"], default=None,
                     help="输出格式（默认按 -o 的扩展名：.docx 为 Word，其余为 PDF）")
    mode = out.add_mutually_exclusive_group()
    mode.add_argument("--draft", action="store_true", help="只生成预览稿：不占用编号，不登记，不写入数据库")
    mode.add_argument("--submit", action="store_true",
                      help="提交签发（已设账号时）：-o 写出样稿供审核；签发后用同样的命令（不加 --submit）印发")
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

    p = sub.add_parser("special-report", parents=[common, out], help="印发督查专报（督查活动或调研课题，按期编号）",
                       description="把一次督查活动（重点工作）或一个督查调研课题发现的问题和意见建议报送市委领导："
                                   "红色“督查专报”版头，期号与督查通报分别编号。")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--activity", help="督查活动的编号或标题中的几个字（documents --sources special 列出可选的）")
    which.add_argument("--topic", help="督查调研课题的编号或标题中的几个字（documents --sources special 列出可选的）")
    p.set_defaults(handler=cmd_special_report)

    p = sub.add_parser("report-back", parents=[common, out], help="印发办理情况报告（报结：向批示领导报告）",
                       description="向作出批示的领导报告一件批示件的办理情况：批示原文、各承办单位办理过程、回访复核结果。"
                                   "批示件须已回访复核；印发即登记报结。")
    p.add_argument("--instruction", required=True, help="批示件编号，如 督〔2014〕17号")
    p.set_defaults(handler=cmd_report_back)

    p = sub.add_parser("leader-sheet", parents=[common, out], help="印发领导批示件办理情况一览表（A4横向）",
                       description="一位领导在期间内的批示件及此前尚未办结的批示件，逐件列出承办单位、办理时限、"
                                   "状态和红黄绿灯，A4横向表格，供送领导案头。")
    p.add_argument("--leader", required=True, help="批示领导姓名")
    p.add_argument("--from", dest="start", type=parse_day, required=True, help="起始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="end", type=parse_day, required=True, help="截止日期 YYYY-MM-DD（含；晚于今天按今天）")
    p.set_defaults(handler=cmd_leader_sheet)

    p = sub.add_parser("message-transfer", parents=[common, out], help="印发网民留言转办单（已转办的留言）",
                       description="把已转办的网民留言连同答复期限转给承办单位；留言须先在“网民留言”中转办。")
    p.add_argument("--message", required=True, help="留言编号（留言板上的编号）")
    p.set_defaults(handler=cmd_message_transfer)

    p = sub.add_parser("documents", parents=[common], help="印发文件登记簿：列出、重印",
                       description="列出已印发的文件；--reprint 登记号 -o 文件 重印：.pdf 与原件逐字节相同，"
                                   ".docx 为同一文件（同一编号）的 Word 文件。")
    from models.documents.register import KINDS

    p.add_argument("--kind", choices=list(KINDS), default=None)
    p.add_argument("--year", type=int, default=None)
    p.add_argument("--reprint", type=int, default=None, help="重印此登记号的文件")
    p.add_argument("--sources", choices=list(KINDS), default=None, metavar="KIND",
                   help="列出可用来生成此类文件的记录及命令行参数（如 --topic 3）：" + "、".join(KINDS))
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="重印输出的文件：.pdf 为与原件逐字节相同的 PDF，.docx 为同一文件（同一编号）的 Word 文件")
    p.add_argument("--format", choices=["pdf", "docx"], default=None,
                   help="重印格式（默认按 -o 的扩展名：.docx 为 Word，其余为 PDF）")
    p.add_argument("--font-dir", default=None, help="公文字体文件夹（重印为 Word 时用于表格排版）")
    p.set_defaults(handler=cmd_documents)

    from . import ChineseArgumentParser

    signing = sub.add_parser("signing", help="审核签发：待签发文件、签发、退回",
                             description="已设账号时，文件须经签发才能印发：督查员用 bulletin/notice/… --submit 提交签发，"
                                         "管理员或“可签发”的督查员签发或退回，之后用与提交时相同的命令印发。")
    what = signing.add_subparsers(dest="signing_what", metavar="ACTION", parser_class=ChineseArgumentParser)
    p = what.add_parser("pending", parents=[common], help="列出待签发的文件")
    p.set_defaults(handler=cmd_signing_list, states="pending")
    p = what.add_parser("list", parents=[common], help="列出尚未印发的签发单（待签发、已签发、已退回）")
    p.set_defaults(handler=cmd_signing_list, states="open")
    p = what.add_parser("show", parents=[common], help="显示一份签发单及其送签数据；-o 写出送签样稿")
    p.add_argument("id", type=int, help="签发单号")
    p.add_argument("-o", "--output", type=Path, default=None, help="把送签样稿写入此 PDF 文件")
    p.set_defaults(handler=cmd_signing_show)
    p = what.add_parser("sign", parents=[common], help="签发（管理员或可签发的督查员）")
    p.add_argument("id", type=int, help="签发单号")
    p.set_defaults(handler=cmd_signing_sign)
    p = what.add_parser("return", parents=[common], help="退回拟稿人（须写明原因）")
    p.add_argument("id", type=int, help="签发单号")
    p.add_argument("--reason", required=True, help="退回原因")
    p.set_defaults(handler=cmd_signing_return)


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


def _now(ctx: Context) -> dt.datetime:
    return dt.datetime.combine(ctx.today, dt.datetime.now().time().replace(microsecond=0))


def _finish(args: argparse.Namespace, ctx: Context, prepared) -> int:
    from reports.issuing import issue, submit

    if args.submit:
        req = submit(ctx.actor, prepared, _now(ctx))
        _write(args.output, prepared.rendered.pdf)
        print(f"已提交签发：第 {req.id} 号签发单（{req.kind_label}《{req.title}》，{req.copies} 份），等待签发。")
        print(f"  送审样稿已写入 {args.output}。签发后用同样的命令（去掉 --submit）印发；"
              "其间数字或文字若有变化，须重新提交。")
    elif _wants_docx(args):
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


def cmd_special_report(args: argparse.Namespace, ctx: Context) -> int:
    from models.documents.more_data import ACTIVITY, RESEARCH
    from reports.issuing import prepare_special_report

    ctx.open()
    from models.documents.sources import special_source

    source, given = (ACTIVITY, args.activity) if args.activity is not None else (RESEARCH, args.topic)
    source_id = special_source(source, given)
    return _finish(args, ctx, _run(prepare_special_report, source, source_id, ctx.today, font_dir=args.font_dir))


def cmd_report_back(args: argparse.Namespace, ctx: Context) -> int:
    from reports.issuing import instruction_by_number, prepare_report_back

    ctx.open()
    ins = instruction_by_number(args.instruction)
    return _finish(args, ctx, _run(prepare_report_back, ins.id, ctx.today, font_dir=args.font_dir))


def cmd_leader_sheet(args: argparse.Namespace, ctx: Context) -> int:
    from reports.issuing import prepare_leader_sheet

    ctx.open()
    if args.end < args.start:
        raise CliError("--to 早于 --from，请核对日期。")
    return _finish(args, ctx, _run(prepare_leader_sheet, args.leader, args.start, args.end, ctx.today, ctx.today,
                                   font_dir=args.font_dir))


def cmd_message_transfer(args: argparse.Namespace, ctx: Context) -> int:
    from models.messages.records import Message
    from reports.issuing import prepare_message_transfer

    ctx.open()
    msg = Message.get_or_none(Message.board_no == args.message.strip())
    if msg is None:
        raise CliError(f"没有编号为“{args.message}”的留言，请核对留言板上的编号。")
    return _finish(args, ctx, _run(prepare_message_transfer, msg.id, ctx.today, font_dir=args.font_dir))


def cmd_documents(args: argparse.Namespace, ctx: Context) -> int:
    from models.documents.register import IssuedDocument, register_rows, stored_pdf

    ctx.open()
    if args.sources is not None:
        return _list_sources(args.sources)
    if args.reprint is not None:
        if args.output is None:
            raise CliError("重印请用 -o 指定输出的文件（.pdf 或 .docx）。")
        data = stored_pdf(args.reprint)
        row = IssuedDocument.get_by_id(args.reprint)
        if _wants_docx(args):
            from reports.word import issued_docx

            _write(args.output, issued_docx(args.reprint, font_dir=args.font_dir))
            print(f"已将 {row.kind_label} {row.number} 重印为 Word 文件 {args.output}（据登记簿保存的数据重新生成，"
                  "文字和编号与原件相同；版式由 Word 排定，PDF 原件仍在登记簿中）")
            return 0
        _write(args.output, data)
        print(f"已重印 {row.kind_label} {row.number} 到 {args.output}（{row.pages} 页，与原件相同，SHA-256 {row.sha256}）")
        return 0
    rows = register_rows(args.kind, args.year)
    if not rows:
        print("登记簿中没有符合条件的文件。")
        return 0
    for r in rows:
        signed = f"，拟稿 {r.drafter}，签发 {r.signer} {r.signed_at.replace('T', ' ')}" if r.signer else ""
        print(f"{r.id:>5}  {r.issued_on.isoformat()}  {r.kind_label:<8} {r.number:<18} {r.title}  "
              f"（{r.pages}页，{r.issuer}{signed}）")
    print(f"共 {len(rows)} 份。")
    return 0


def _list_sources(kind: str) -> int:
    from models.documents.register import KIND_LABELS
    from models.documents.sources import sources

    rows = sources(kind)
    label = KIND_LABELS[kind]
    if not rows:
        if kind == "bulletin":
            print(f"{label}按时期生成（--from/--to），不据某条记录。")
        else:
            print(f"目前没有可用来生成{label}的记录。")
        return 0
    width = max(len(r.argument) for r in rows)
    for r in rows:
        print(f"{r.argument:<{width}}  {r.text}")
    print(f"共 {len(rows)} 条；生成{label}时把左列的参数加在命令后。")
    return 0


def cmd_signing_list(args: argparse.Namespace, ctx: Context) -> int:
    from models.documents import signing as sg

    ctx.open()
    rows = sg.pending_rows() if args.states == "pending" else sg.request_rows()
    if not rows:
        print("没有待签发的文件。" if args.states == "pending" else "没有尚未印发的签发单。")
        return 0
    for r in rows:
        line = (f"{r.id:>5}  {r.state}  {r.kind_label:<8} 《{r.title}》  成文日期 {r.issued_on.isoformat()}，"
                f"{r.copies} 份，拟稿 {r.drafter}（{r.submitted_at.replace('T', ' ')}）")
        if r.signer:
            line += f"，签发 {r.signer}（{r.signed_at.replace('T', ' ')}）"
        if r.reason:
            line += f"，{r.returned_by}退回：{r.reason}"
        print(line)
    print(f"共 {len(rows)} 份。")
    return 0


def cmd_signing_show(args: argparse.Namespace, ctx: Context) -> int:
    import json

    from models.documents import signing as sg

    ctx.open()
    req = sg.SigningRequest.get_or_none(sg.SigningRequest.id == args.id)
    if req is None:
        raise CliError(f"没有第 {args.id} 号签发单。用 signing list 查看。")
    print(f"第 {req.id} 号签发单：{req.kind_label}《{req.title}》，{req.state}")
    print(f"  拟稿 {req.drafter}（{req.submitted_at.replace('T', ' ')}）；成文日期 {req.issued_on.isoformat()}；"
          f"{req.copies} 份；送签数据 SHA-256 {req.checksum}")
    if req.signer:
        print(f"  签发 {req.signer}（{req.signed_at.replace('T', ' ')}）")
    if req.reason:
        print(f"  {req.returned_by}退回（{req.returned_at.replace('T', ' ')}）：{req.reason}")
    if req.issued_numbers:
        print(f"  已印发：{req.issued_numbers}")
    if args.output is not None:
        _write(args.output, sg.request_sample(req.id))
        print(f"  送签样稿已写入 {args.output}")
    else:
        print(json.dumps(sg.request_snapshot(req.id), ensure_ascii=False, indent=1))
    return 0


def cmd_signing_sign(args: argparse.Namespace, ctx: Context) -> int:
    from models.documents import signing as sg

    ctx.open()
    req = sg.sign(ctx.actor, args.id, _now(ctx))
    print(f"已签发第 {req.id} 号签发单：{req.kind_label}《{req.title}》（拟稿 {req.drafter}）。"
          "拟稿人现在可以印发。")
    return 0


def cmd_signing_return(args: argparse.Namespace, ctx: Context) -> int:
    from models.documents import signing as sg

    ctx.open()
    req = sg.send_back(ctx.actor, args.id, args.reason, _now(ctx))
    print(f"已退回第 {req.id} 号签发单：{req.kind_label}《{req.title}》，拟稿 {req.drafter}。原因：{req.reason}")
    return 0
