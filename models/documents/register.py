"""The issued documents register (印发文件登记) and the workflows that issue documents.

Every document the office issues — 督查通报, 通报批评, 督办通知单, 催办通知, the
feedback report on meeting decisions, 督查专报, 办理情况报告, 领导批示件办理情况一览表 and
网民留言转办单 — takes a number of its kind and year (第N期,
南委督办〔2014〕3号 …). A number is taken only when the document is issued, never by a
preview, and an issued number is never given again (``UNIQUE (kind, year, seq)``; rows
are never deleted). The register keeps the data the document was made from (a JSON
snapshot), the PDF itself and its SHA-256, so a re-print is the very same file.

Issuing an assignment notice can record the 交办, issuing reminder notices records
the 催办 on each assignment and issuing a 办理情况报告 records the 报结: the instructions workflows are called inside the same
transaction, so the register and the instruction's history agree or neither changes.
"""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import peewee

from models.core import settings
from models.core.actors import Actor
from models.core.base import BaseModel
from models.core.errors import WorkflowError
from models.core.workflow import insert, workflow
from models.instructions import records as m
from models.instructions import workflow as iw
from models.instructions.records import format_number
from models.safety.accounts import has_accounts

BULLETIN, CRITICISM, NOTICE, REMINDER, FEEDBACK = "bulletin", "criticism", "notice", "reminder", "feedback"
SPECIAL, REPORT_BACK, LEADER_SHEET, MESSAGE = "special", "report_back", "leader_sheet", "message"

KIND_LABELS: dict[str, str] = {
    BULLETIN: "督查通报",
    CRITICISM: "通报批评",
    NOTICE: "督办通知单",
    REMINDER: "催办通知",
    FEEDBACK: "决定事项落实情况反馈",
    SPECIAL: "督查专报",
    REPORT_BACK: "办理情况报告",
    LEADER_SHEET: "领导批示件办理情况一览表",
    MESSAGE: "网民留言转办单",
}
KINDS: tuple[str, ...] = tuple(KIND_LABELS)

FONT_DIR = settings.define(
    "documents.font_dir", "", "公文字体文件夹", "公文",
    help="放有仿宋、黑体、楷体、宋体、方正小标宋字体文件的文件夹；留空则使用 Windows 字体")
NUMBER_PATTERNS: dict[str, settings.SettingDef] = {
    BULLETIN: settings.define("documents.bulletin_number", "{year}年第{n}期", "督查通报期号格式", "公文",
                              help="{year} 为年份，{n} 为当年期数"),
    CRITICISM: settings.define("documents.criticism_number", "南委办督〔{year}〕{n}号", "通报批评发文字号格式",
                               "公文", help="{year} 为年份，{n} 为当年顺序号"),
    NOTICE: settings.define("documents.notice_number", "南委督办〔{year}〕{n}号", "督办通知单编号格式", "公文",
                            help="{year} 为年份，{n} 为当年顺序号"),
    REMINDER: settings.define("documents.reminder_number", "南委督催〔{year}〕{n}号", "催办通知编号格式", "公文",
                              help="{year} 为年份，{n} 为当年顺序号"),
    FEEDBACK: settings.define("documents.feedback_number", "南委督反〔{year}〕{n}号", "决定事项反馈编号格式",
                              "公文", help="{year} 为年份，{n} 为当年顺序号"),
    SPECIAL: settings.define("documents.special_number", "{year}年第{n}期", "督查专报期号格式", "公文",
                             help="{year} 为年份，{n} 为当年期数（与督查通报分别编号）"),
    REPORT_BACK: settings.define("documents.report_back_number", "南委督报〔{year}〕{n}号", "办理情况报告编号格式",
                                 "公文", help="{year} 为年份，{n} 为当年顺序号"),
    LEADER_SHEET: settings.define("documents.leader_sheet_number", "南委督表〔{year}〕{n}号",
                                  "领导批示件办理情况一览表编号格式", "公文", help="{year} 为年份，{n} 为当年顺序号"),
    MESSAGE: settings.define("documents.message_number", "南委督转〔{year}〕{n}号", "网民留言转办单编号格式", "公文",
                             help="{year} 为年份，{n} 为当年顺序号"),
}
SPECIAL_MARK = settings.define("documents.special_mark", "督查专报", "督查专报版头", "公文",
                               help="专报首页红色版头的文字")
SPECIAL_TO = settings.define(
    "documents.special_to", "市委领导", "督查专报主送", "公文",
    help="督查专报报送市委领导参阅；本室另有主送范围时在此填写（如“市委书记，市委副书记”）")
"""主送 of a 督查专报: 市委领导 — the committee's leaders as a body, as the office sends its 专报 —
unless the office has set its own addressees in 设置 (督查专报主送)."""
SPECIAL_CC = settings.define("documents.special_cc", "市委常委", "督查专报抄送（报送）范围", "公文")
MESSAGE_REPLY_DAYS = settings.define(
    "documents.message_reply_days", 5, "网民留言转办单：承办单位答复期限（工作日）", "公文", minimum=1, maximum=30,
    help="转办单印发之日起若干个工作日内，承办单位须将答复意见报回督查室")
BULLETIN_CC = settings.define("documents.bulletin_cc", "市委常委，市人大常委会、市政府、市政协领导",
                              "督查通报抄送（报送）范围", "公文")
BULLETIN_TO = settings.define("documents.bulletin_to", "各县（区）委，市委各部委，市直各单位党组（党委）",
                              "督查通报主送机关", "公文")
DOUBLE_SIDED = settings.define(
    "documents.double_sided", True, "双面印刷（版记在偶数页，每份从奇数页起）", "公文",
    help="GB/T 9704 按双面印刷编排：版记置于最后一个偶数页，需要时前加空白页；只能单面打印的科室取消勾选")
FEEDBACK_SIGNER = settings.define(
    "documents.feedback_signer", "", "签发人（上行文：决定事项落实情况报告）", "公文",
    help="向市委报送的报告为上行文，版头右侧印“签发人：”及此姓名")
REPLY_DAYS = settings.define("documents.reply_days", 3, "催办通知：要求书面回复的期限（工作日）", "公文",
                             minimum=1, maximum=30)
REMINDER_MEANS = "书面"
# Two ideographic spaces: where the clerk would write the number in by hand.
UNISSUED_SEQ = "\u3000\u3000"

# The contact line once shipped as the default: a number no one answers.
_PLACEHOLDER_CONTACT = re.compile(r"0{6,}")
CONTACT_PLACE = "设置 → 选项 → 本室 → 联系人及电话"
SIGNER_PLACE = "设置 → 选项 → 公文 → 签发人（上行文：决定事项落实情况报告）"
#: The kinds of document that print the office's contact line.
WITH_CONTACT = (NOTICE, REMINDER, MESSAGE)


def contact_missing(text: str) -> bool:
    """Whether the office's contact line is unset (empty, or the old 0771-0000000 placeholder)."""
    return not text.strip() or bool(_PLACEHOLDER_CONTACT.search(text))


class IssuedDocument(BaseModel):
    """One issued document: its number, the data it was made from and the PDF."""

    kind = peewee.CharField()
    year = peewee.IntegerField()
    seq = peewee.IntegerField()
    number = peewee.CharField()
    title = peewee.CharField()
    issued_on = peewee.DateField()
    issuer = peewee.CharField()
    subject = peewee.CharField(default="")
    snapshot = peewee.TextField()
    sha256 = peewee.CharField()
    size = peewee.IntegerField()
    pages = peewee.IntegerField(default=0)
    fonts = peewee.TextField(default="")
    pdf = peewee.BlobField()
    #: 拟稿 and 签发 (empty for a document issued in single-user mode, which has no signing step).
    drafter = peewee.CharField(default="")
    signer = peewee.CharField(default="")
    signed_at = peewee.CharField(default="")
    signing_request_id = peewee.IntegerField(null=True)

    class Meta:
        table_name = "issued_document"

    @property
    def kind_label(self) -> str:
        """督查通报, 通报批评 …"""
        return KIND_LABELS.get(self.kind, self.kind)


# ---------------------------------------------------------------- numbers

def number_text(kind: str, year: int, seq: int) -> str:
    """The printed number of sequence ``seq`` of ``year`` in the kind's current pattern."""
    if kind not in NUMBER_PATTERNS:
        raise WorkflowError(f"未知的文件类型“{kind}”。")
    return format_number(settings.get(NUMBER_PATTERNS[kind]), year, seq)


def unissued_number_text(kind: str, year: int) -> str:
    """The number line of a document not yet issued (样稿): the kind's pattern with the
    sequence left blank, as "2014年第　　期" or "南委办督〔2014〕　　号".

    Only issuing gives a number, so a draft printed or saved before 印发 cannot pass
    for the issued document; the blank keeps the GB/T 9704 number line in its place.
    """
    if kind not in NUMBER_PATTERNS:
        raise WorkflowError(f"未知的文件类型“{kind}”。")
    return settings.get(NUMBER_PATTERNS[kind]).replace("{year}", str(year)).replace("{n}", UNISSUED_SEQ)


def seq_taken(kind: str, year: int, seq: int) -> bool:
    """Whether that number was already issued."""
    return IssuedDocument.select().where((IssuedDocument.kind == kind) & (IssuedDocument.year == year)
                                         & (IssuedDocument.seq == seq)).exists()


def next_seq(kind: str, year: int) -> int:
    """The number proposed for the next document of ``kind`` in ``year``: one past the highest issued.

    Numbers below the highest that were skipped stay free for a clerk who asks for one
    on purpose (e.g. a bulletin issue printed on paper before the program was used).
    """
    top = (IssuedDocument.select(peewee.fn.MAX(IssuedDocument.seq))
           .where((IssuedDocument.kind == kind) & (IssuedDocument.year == year)).scalar()) or 0
    return top + 1


def sha256_of(data: bytes) -> str:
    """The checksum kept in the register."""
    return hashlib.sha256(data).hexdigest()


def snapshot_text(snapshot: Any) -> str:
    """The snapshot as stored: canonical JSON (sorted keys), dates as ISO text."""
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON-serialisable: {type(value).__name__}")


# ---------------------------------------------------------------- issuing

def signing_required() -> bool:
    """Whether documents need a signature (签发) before 印发: once any account exists."""
    return has_accounts()


# The signed request being issued (see models.documents.signing.issue_signed): set only
# around the issuing workflows, so nothing else can issue in its name.
_SIGNED: contextvars.ContextVar[Any] = contextvars.ContextVar("signed_request", default=None)


def signed_for_issue() -> Any:
    """The signed request (签发单) being issued right now, if any."""
    return _SIGNED.get()


@contextlib.contextmanager
def issuing_signed(request: Any) -> Iterator[None]:
    """While this runs, the register's issuing workflows issue ``request`` (naming its drafter and signer)."""
    token = _SIGNED.set(request)
    try:
        yield
    finally:
        _SIGNED.reset(token)


@dataclass(frozen=True)
class Draft:
    """A rendered document ready to issue (预览稿): its number is proposed, not yet taken."""

    kind: str
    year: int
    seq: int
    number: str
    title: str
    issued_on: dt.date
    pdf: bytes
    snapshot: dict[str, Any] = field(default_factory=dict)
    subject: str = ""
    pages: int = 0
    fonts: str = ""


#: What differs between two issues of the very same document: its number and its date.
_ISSUE_KEYS = frozenset({"number", "seq", "issued_on"})


def _content(snapshot: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in snapshot.items() if k not in _ISSUE_KEYS}


def already_issued(draft: Draft) -> IssuedDocument | None:
    """The issued document that ``draft`` would repeat: same kind, same source record
    (subject) and the same data apart from the number and the date, or None.

    Issuing it again would give one document two numbers (a PDF and a Word copy of one
    专报 registered twice); the register's 重印 gives either format under the one number.
    """
    mine = _content(json.loads(snapshot_text(draft.snapshot)))
    rows = (IssuedDocument.select(IssuedDocument.id, IssuedDocument.number, IssuedDocument.snapshot)
            .where((IssuedDocument.kind == draft.kind) & (IssuedDocument.subject == draft.subject))
            .order_by(IssuedDocument.id))
    for row in rows:
        if _content(json.loads(row.snapshot)) == mine:
            return row
    return None


def _check_draft(draft: Draft) -> None:
    if draft.kind not in KIND_LABELS:
        raise WorkflowError(f"未知的文件类型“{draft.kind}”。")
    if draft.seq < 1:
        raise WorkflowError("文件编号须为正整数。")
    if not draft.pdf.startswith(b"%PDF"):
        raise WorkflowError("文件内容不是PDF，未能印发。请重新生成后再印发。")
    if draft.year != draft.issued_on.year:
        raise WorkflowError(f"编号年份 {draft.year} 与印发日期 {draft.issued_on.isoformat()} 不一致，请核对。")
    label = KIND_LABELS[draft.kind]
    if draft.kind in WITH_CONTACT:
        contact = str((draft.snapshot.get("office") or {}).get("contact") or "")
        if contact_missing(contact):
            raise WorkflowError(f"{label}要印上督查室的联系人和电话，但尚未设置。请在“{CONTACT_PLACE}”中填写，"
                                "保存后重新生成再印发。")
    if draft.kind == FEEDBACK and not str(draft.snapshot.get("signer") or "").strip():
        raise WorkflowError(f"{label}是报送市委的上行文，须印签发人，但尚未设置。请在“{SIGNER_PLACE}”中填写，"
                            "保存后重新生成再印发。")
    if seq_taken(draft.kind, draft.year, draft.seq):
        raise WorkflowError(f"{label}“{draft.number}”已经印发过，编号不能重复使用。"
                            f"下一个可用编号为第 {next_seq(draft.kind, draft.year)} 号（期），请重新生成后再印发。")
    if IssuedDocument.select().where((IssuedDocument.kind == draft.kind)
                                     & (IssuedDocument.number == draft.number)).exists():
        raise WorkflowError(f"{label}编号“{draft.number}”已被使用，请重新生成后再印发。")
    same = already_issued(draft)
    if same is not None:
        raise WorkflowError(f"该{label}已印发为{same.number}（登记号 {same.id}），不再另行编号。"
                            f"要 Word 文件或再印一份请用 documents --reprint {same.id} -o 文件.docx（或 .pdf），"
                            "或在“文档 → 印发登记簿”中选中后点“另存为 PDF/Word”。")


@workflow()
def issue_document(actor: Actor, draft: Draft) -> IssuedDocument:
    """印发: take the draft's number and keep the document in the register.

    Once the office has accounts this runs only inside :func:`models.documents.signing.issue_signed`
    for a signed document, whose drafter and signer the register then names.
    """
    _check_draft(draft)
    signed = signed_for_issue()
    if signing_required() and (signed is None or signed.kind != draft.kind):
        raise WorkflowError(f"{KIND_LABELS[draft.kind]}须经签发才能印发：请先提交签发，由室主任（或可签发的同志）"
                            "签发后再印发。")
    by = {} if signed is None else {"drafter": signed.drafter, "signer": signed.signer,
                                    "signed_at": signed.signed_at, "signing_request_id": signed.id}
    return insert(actor, IssuedDocument, f"印发{KIND_LABELS[draft.kind]} {draft.number}", **by,
                  kind=draft.kind, year=draft.year, seq=draft.seq, number=draft.number, title=draft.title,
                  issued_on=draft.issued_on, issuer=actor.name, subject=draft.subject,
                  snapshot=snapshot_text(draft.snapshot), sha256=sha256_of(draft.pdf), size=len(draft.pdf),
                  pages=draft.pages, fonts=draft.fonts, pdf=draft.pdf)


@workflow()
def issue_criticism_notice(actor: Actor, draft: Draft, criticism_id: int) -> IssuedDocument:
    """印发通报批评: register the notice and mark its criticism record 已印发."""
    from models.instructions.criticism import DRAFT, Criticism, issue_criticism

    record = Criticism.get_or_none(Criticism.id == criticism_id)
    if record is None:
        raise WorkflowError("该通报批评记录不存在，请刷新后重新选择。")
    doc = issue_document(actor, draft)
    if record.state == DRAFT:
        issue_criticism(actor, criticism_id, draft.issued_on)
    return doc


@workflow()
def issue_notices(actor: Actor, drafts: Sequence[Draft], instruction_id: int,
                  specs: Sequence[iw.AssignmentSpec] = ()) -> list[IssuedDocument]:
    """印发督办通知单, one per unit; with ``specs`` the instruction is assigned (交办) too.

    ``specs`` are given only for an instruction that is 已立项 and not yet assigned: the
    交办 is recorded on the notices' date with the deadlines the notices print, and a
    notice whose printed deadline differs from the recorded one refuses the whole batch.
    """
    if not drafts:
        raise WorkflowError("没有要印发的督办通知单。")
    if specs:
        on = drafts[0].issued_on
        iw.assign(actor, instruction_id, on, specs)
        recorded = {a.unit_id: a.deadline.isoformat() for a in m.assignments_of(instruction_id)}
        for d in drafts:
            unit_id = d.snapshot.get("unit_id")
            if recorded.get(unit_id) != d.snapshot.get("deadline"):
                raise WorkflowError(f"督办通知单 {d.number} 所列办理时限与交办记录不一致，请重新生成后再印发。")
    return [issue_document(actor, d) for d in drafts]


@workflow()
def issue_reminders(actor: Actor, drafts: Sequence[Draft], assignment_ids: Sequence[int]) -> list[IssuedDocument]:
    """印发催办通知, one per assignment, recording a written 催办 (书面) on each one."""
    if not drafts:
        raise WorkflowError("没有要印发的催办通知。")
    if len(drafts) != len(assignment_ids):
        raise WorkflowError("催办通知与交办记录数目不一致，请重新生成后再印发。")
    out = []
    for d, aid in zip(drafts, assignment_ids, strict=True):
        out.append(issue_document(actor, d))
        iw.remind(actor, aid, d.issued_on, REMINDER_MEANS, f"印发催办通知 {d.number}")
    return out


@workflow()
def issue_report_back(actor: Actor, draft: Draft, instruction_id: int) -> IssuedDocument:
    """印发办理情况报告: register it and, for an instruction 已复核, record its 报结 on the report's day."""
    ins = m.Instruction.get_or_none(m.Instruction.id == instruction_id)
    if ins is None:
        raise WorkflowError("该批示件不存在，请刷新后重新选择。")
    earlier = (IssuedDocument.select().where((IssuedDocument.kind == REPORT_BACK) & (IssuedDocument.subject == ins.number))
               .order_by(IssuedDocument.id).first())
    if earlier is not None:
        raise WorkflowError(f"{ins.number}的办理情况报告已于{earlier.issued_on.year}年{earlier.issued_on.month}月"
                            f"{earlier.issued_on.day}日印发（{earlier.number}，登记号 {earlier.id}），不再另行编号。"
                            f"要 Word 文件或再送一份请用 documents --reprint {earlier.id} -o 文件.docx（或 .pdf），"
                            "或在“文档 → 印发登记簿”中选中后点“另存为 PDF/Word”。")
    doc = issue_document(actor, draft)
    if ins.state == m.REVIEWED:
        iw.report_back(actor, instruction_id, draft.issued_on, f"印发办理情况报告{draft.number}")
    return doc


# ---------------------------------------------------------------- the register

@dataclass(frozen=True)
class RegisterRow:
    """One line of the register as the 文档 pane lists it (no PDF bytes)."""

    id: int
    kind: str
    kind_label: str
    number: str
    title: str
    issued_on: dt.date
    issuer: str
    subject: str
    pages: int
    size: int
    sha256: str
    drafter: str = ""
    signer: str = ""
    signed_at: str = ""


def register_rows(kind: str | None = None, year: int | None = None, text: str = "",
                  subject: str | None = None) -> list[RegisterRow]:
    """Issued documents, newest first; filtered in SQL by kind, year, subject and a text."""
    q = IssuedDocument.select(IssuedDocument.id, IssuedDocument.kind, IssuedDocument.number,
                              IssuedDocument.title, IssuedDocument.issued_on, IssuedDocument.issuer,
                              IssuedDocument.subject, IssuedDocument.pages, IssuedDocument.size,
                              IssuedDocument.sha256, IssuedDocument.drafter, IssuedDocument.signer,
                              IssuedDocument.signed_at)
    if kind:
        q = q.where(IssuedDocument.kind == kind)
    if year:
        q = q.where(IssuedDocument.year == year)
    if subject is not None:
        q = q.where(IssuedDocument.subject == subject)
    if text.strip():
        like = f"%{text.strip()}%"
        q = q.where(IssuedDocument.number ** like | IssuedDocument.title ** like | IssuedDocument.subject ** like)
    q = q.order_by(IssuedDocument.issued_on.desc(), IssuedDocument.id.desc())
    return [RegisterRow(i, k, KIND_LABELS.get(k, k), n, t, d, who, s, p, z, h, dr, sg, sa)
            for i, k, n, t, d, who, s, p, z, h, dr, sg, sa in q.tuples()]


def stored_pdf(document_id: int) -> bytes:
    """The issued PDF exactly as issued (重印); refuses a file whose checksum no longer matches."""
    row = IssuedDocument.get_or_none(IssuedDocument.id == document_id)
    if row is None:
        raise WorkflowError("登记簿中没有这份文件，请刷新后重试。")
    data = bytes(row.pdf)
    if sha256_of(data) != row.sha256:
        raise WorkflowError(f"{row.kind_label}“{row.number}”的存档文件校验失败（SHA-256 不符），"
                            "可能已被改动。请从备份恢复数据库后再重印。")
    return data


def stored_snapshot(document_id: int) -> dict[str, Any]:
    """The data an issued document was made from."""
    row = IssuedDocument.get_by_id(document_id)
    return json.loads(row.snapshot)


def issued_for(subject: str) -> list[RegisterRow]:
    """Documents issued about one subject (an instruction number, a criticism record …)."""
    return register_rows(subject=subject)
