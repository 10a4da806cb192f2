"""审核签发: a document goes 拟稿 → 审核 → 签发 → 印发 once the office has accounts.

A 督查员 drafts a document and submits it (提交签发); a 管理员, or a 督查员 an
administrator marked 可签发, reviews it and signs it off (签发) or sends it back with a
reason (退回). Only a signed document may be issued (印发), and issuing names the drafter
and the signer in the register. A database with no account (single-user mode) keeps the
one-step issue.

What is signed is the document's data. Submitting keeps the prepared data of every copy
(the snapshot the register would keep) and its SHA-256, with the number and sequence left
out: numbers are taken only when the document is issued. Issuing computes the same
checksum from the data prepared again at that moment and looks for a signed request with
it, so a figure that changed since (a late completion, an edited narrative, a unit added)
finds no signature and the document has to be submitted again. The checksum rather than
the stored data is what issuing compares, because the document is always drawn afresh
from the database: the stored snapshot is there for the signer to read and for the record.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import peewee

from models.core.actors import Actor, Permission, Role
from models.core.base import VersionedModel
from models.core.errors import WorkflowError
from models.core.workflow import insert, update, workflow
from models.safety import accounts

from .register import KIND_LABELS, issuing_signed, signing_required, snapshot_text

PENDING, SIGNED, RETURNED, ISSUED = "待签发", "已签发", "已退回", "已印发"
STATES: tuple[str, ...] = (PENDING, SIGNED, RETURNED, ISSUED)
#: The keys of a document's data that issuing fills in: not part of what is signed.
NUMBER_KEYS = frozenset({"number", "seq", "issue"})

T = TypeVar("T")


class SigningRequest(VersionedModel):
    """One document submitted for signing (签发单): its data, its checksum and its course."""

    kind = peewee.CharField()
    title = peewee.CharField()
    subject = peewee.CharField(default="")
    issued_on = peewee.DateField()
    copies = peewee.IntegerField(default=1)
    snapshot = peewee.TextField()
    checksum = peewee.CharField()
    #: The 样稿 as submitted (marked, number blank): what the signer reads and may print.
    sample_pdf = peewee.BlobField()
    state = peewee.CharField()
    drafter = peewee.CharField()
    submitted_at = peewee.CharField()
    signer = peewee.CharField(default="")
    signed_at = peewee.CharField(default="")
    returned_by = peewee.CharField(default="")
    returned_at = peewee.CharField(default="")
    reason = peewee.TextField(default="")
    issued_numbers = peewee.CharField(default="")

    class Meta:
        table_name = "signing_request"

    @property
    def kind_label(self) -> str:
        """督查通报, 通报批评 …"""
        return KIND_LABELS.get(self.kind, self.kind)


def content_checksum(kind: str, snapshots: Sequence[dict[str, Any]]) -> str:
    """The SHA-256 of what is signed: the kind and each copy's data without its number."""
    body = [{k: v for k, v in s.items() if k not in NUMBER_KEYS} for s in snapshots]
    return hashlib.sha256(snapshot_text({"kind": kind, "copies": body}).encode("utf-8")).hexdigest()


def _stamp(now: dt.datetime) -> str:
    return now.isoformat(timespec="seconds")


def _get(request_id: int) -> SigningRequest:
    req = SigningRequest.get_or_none(SigningRequest.id == request_id)
    if req is None:
        raise WorkflowError(f"没有第 {request_id} 号签发单，请刷新后重新选择。")
    return req


def _live(kind: str, checksum: str) -> SigningRequest | None:
    return (_light()
            .where((SigningRequest.kind == kind) & (SigningRequest.checksum == checksum)
                   & SigningRequest.state.in_((PENDING, SIGNED)))
            .order_by(SigningRequest.id.desc()).first())


@workflow()
def submit(actor: Actor, kind: str, title: str, subject: str, issued_on: dt.date,
           snapshots: Sequence[dict[str, Any]], now: dt.datetime, sample_pdf: bytes) -> SigningRequest:
    """提交签发: keep the prepared data of the document (every copy), its checksum and its 样稿 for the signer."""
    if kind not in KIND_LABELS:
        raise WorkflowError(f"未知的文件类型“{kind}”。")
    if not snapshots or not sample_pdf.startswith(b"%PDF"):
        raise WorkflowError("没有要提交签发的文件，请先生成预览。")
    checksum = content_checksum(kind, snapshots)
    same = _live(kind, checksum)
    if same is not None:
        raise WorkflowError(f"这份{same.kind_label}已经提交（第 {same.id} 号签发单，{same.state}），不必重复提交。")
    label = KIND_LABELS[kind]
    return insert(actor, SigningRequest, f"提交签发{label}《{title}》", kind=kind, title=title[:255],
                  subject=subject[:255], issued_on=issued_on, copies=len(snapshots),
                  snapshot=snapshot_text(list(snapshots)), checksum=checksum, sample_pdf=sample_pdf, state=PENDING,
                  drafter=actor.name, submitted_at=_stamp(now))


def _check_signer(actor: Actor, req: SigningRequest) -> None:
    # The role on an Actor is only as good as whoever built it: once accounts exist the
    # signer must also be a live account that may sign now.
    if not signing_required():
        return
    if accounts.signer_account(actor.name) is None:
        raise WorkflowError(f"“{actor.name}”不能签发文件：须为管理员，或由管理员设为“可签发”的督查员。")
    if actor.role is not Role.ADMIN and actor.name == req.drafter:
        raise WorkflowError("不能签发自己拟稿的文件：请由室主任或另一位可签发的同志审核签发。")


@workflow(Permission.SIGN)
def sign(actor: Actor, request_id: int, now: dt.datetime) -> SigningRequest:
    """签发: the reviewer signs the submitted document off, so that it may be issued."""
    req = _get(request_id)
    if req.state != PENDING:
        raise WorkflowError(f"第 {req.id} 号签发单{req.state}，只有待签发的文件才能签发。")
    _check_signer(actor, req)
    update(actor, req, summary=f"签发{req.kind_label}《{req.title}》（拟稿：{req.drafter}）", action="sign_off",
           state=SIGNED, signer=actor.name, signed_at=_stamp(now))
    return _get(request_id)


@workflow(Permission.SIGN)
def send_back(actor: Actor, request_id: int, reason: str, now: dt.datetime) -> SigningRequest:
    """退回: the reviewer sends the document back to its drafter with a reason (also a signed one not yet issued)."""
    req = _get(request_id)
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError("请写明退回的原因，拟稿人据此修改后再提交。")
    if req.state not in (PENDING, SIGNED):
        raise WorkflowError(f"第 {req.id} 号签发单{req.state}，不能退回。")
    _check_signer(actor, req)
    update(actor, req, summary=f"退回{req.kind_label}《{req.title}》：{reason}", action="send_back",
           state=RETURNED, returned_by=actor.name, returned_at=_stamp(now), reason=reason,
           signer="", signed_at="")
    return _get(request_id)


# ---------------------------------------------------------------- issuing a signed document

def _light() -> peewee.ModelSelect:
    # Lists and look-ups leave the 样稿 (hundreds of KB a request) in the file.
    return SigningRequest.select(*[f for f in SigningRequest._meta.sorted_fields if f.name != "sample_pdf"])


def request_for(kind: str, snapshots: Sequence[dict[str, Any]]) -> SigningRequest | None:
    """The newest request not yet issued for exactly these data (待签发, 已签发 or 已退回), if any."""
    return (_light()
            .where((SigningRequest.kind == kind) & (SigningRequest.checksum == content_checksum(kind, snapshots))
                   & (SigningRequest.state != ISSUED))
            .order_by(SigningRequest.id.desc()).first())


def why_not_signed(kind: str, snapshots: Sequence[dict[str, Any]]) -> str:
    """Why this document cannot be issued yet (Chinese, with what to do), or "" if it may be."""
    if not signing_required():
        return ""
    label = KIND_LABELS.get(kind, kind)
    req = request_for(kind, snapshots)
    if req is None:
        return (f"这份{label}尚未签发，不能印发：请先“提交签发”，由室主任签发后再印发。"
                "（已提交的文件若数字或文字有变化，须重新提交签发。）")
    if req.state == PENDING:
        return f"这份{label}已提交（第 {req.id} 号签发单），正在等待签发，签发后才能印发。"
    if req.state == RETURNED:
        return (f"这份{label}已被{req.returned_by}退回（原因：{req.reason}），不能印发。"
                "请按意见修改后重新提交签发。")
    return ""


@workflow()
def issue_signed(actor: Actor, kind: str, snapshots: Sequence[dict[str, Any]], issue: Callable[[], T]) -> T:
    """印发 a signed document: ``issue`` runs the register's issuing workflow (which takes the numbers)
    while this request is the one being issued, and the request becomes 已印发.

    In single-user mode (no account) ``issue`` simply runs: one-step issue as before.
    """
    if not signing_required():
        return issue()
    reason = why_not_signed(kind, snapshots)
    if reason:
        raise WorkflowError(reason)
    req = request_for(kind, snapshots)
    with issuing_signed(req):
        result = issue()
    docs = result if isinstance(result, list) else [result]
    numbers = "、".join(getattr(d, "number", "") for d in docs)
    update(actor, req, summary=f"印发已签发的{req.kind_label} {numbers}", action="issue", state=ISSUED,
           issued_numbers=numbers[:255])
    return result


# ---------------------------------------------------------------- lists

@dataclass(frozen=True)
class RequestRow:
    """One signing request as the 文档 pane and the command line list it."""

    id: int
    kind: str
    kind_label: str
    title: str
    issued_on: dt.date
    copies: int
    state: str
    drafter: str
    submitted_at: str
    signer: str
    signed_at: str
    returned_by: str
    reason: str
    issued_numbers: str


def request_rows(states: Sequence[str] = (PENDING, SIGNED, RETURNED)) -> list[RequestRow]:
    """Signing requests in ``states`` (by default those not yet issued), oldest first."""
    q = (_light().where(SigningRequest.state.in_(tuple(states)))
         .order_by(SigningRequest.submitted_at, SigningRequest.id))
    return [RequestRow(r.id, r.kind, r.kind_label, r.title, r.issued_on, r.copies, r.state, r.drafter,
                       r.submitted_at, r.signer, r.signed_at, r.returned_by, r.reason, r.issued_numbers)
            for r in q]


def pending_rows() -> list[RequestRow]:
    """The documents waiting for a signature (待签发)."""
    return request_rows((PENDING,))


def request_sample(request_id: int) -> bytes:
    """The 样稿 the drafter submitted (every page marked 样稿·未印发, the number blank)."""
    return bytes(_get(request_id).sample_pdf)


def request_snapshot(request_id: int) -> list[dict[str, Any]]:
    """The data of every copy as it was submitted (what the signer reads)."""
    return json.loads(_get(request_id).snapshot)
