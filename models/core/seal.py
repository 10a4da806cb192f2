"""The office's seal on the forms it sends units (反馈表封签), shared by every kind of form.

One secret, made once and kept only in this database (never shown, exported or logged),
keys an HMAC-SHA256 over what a form asks; the instructions' 反馈表 and the key items'
quarterly 反馈表 both seal with it. Here also what reading a returned form needs in
every area: the text a cell keeps, a file's SHA-256, and which kind of form a file is.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import peewee

from models.core import audit
from models.core.actors import Actor
from models.core.base import BaseModel
from models.core.workflow import insert, workflow

#: The seal sheet of every form, and the label of the row naming a form's kind (a form
#: without that row is an instruction's 反馈表, which predates it).
SEAL_SHEET = "封签"
KIND_LABEL = "表样类别"


class SealKey(BaseModel):
    """The office's secret for sealing forms: made once, never shown or exported."""

    secret = peewee.TextField()
    created_on = peewee.DateField()

    class Meta:
        table_name = "feedback_seal_key"


# The log keeps that a key was made, never the key.
audit.redact("feedback_seal_key", "secret")


@workflow()
def ensure_seal_key(actor: Actor, today: dt.date) -> None:
    """Make the office's seal key if there is none yet (the first export does)."""
    if SealKey.select().exists():
        return
    insert(actor, SealKey, "生成反馈表封签密钥", secret=secrets.token_hex(32), created_on=today)


def seal_key() -> bytes | None:
    """The office's key, or None before the first form was made."""
    row = SealKey.select().order_by(SealKey.id).first()
    return None if row is None else bytes.fromhex(row.secret)


_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def norm_text(text: str) -> str:
    """Text as a cell keeps it: one kind of line break, no control characters (which
    XML cannot hold), so the office's record and the returned cell compare equal."""
    return _ILLEGAL_XML.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def hmac_hex(key: bytes, parts: Sequence[str]) -> str:
    """HMAC-SHA256 (hex) over ``parts`` joined by the unit separator (pure)."""
    return hmac.new(key, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()


def seals_match(expected: str | None, given: str) -> bool:
    """Whether a form's seal is the one expected (constant-time)."""
    return expected is not None and hmac.compare_digest(expected, given or "")


def safe_file_name(name: str) -> str:
    """``name`` with the characters Windows forbids in file names replaced (pure)."""
    return name.translate(str.maketrans('<>:"/\\|?*', "＜＞：＂／＼｜？＊")).strip(" .")



def cell_text(value: Any) -> str:
    """A cell's value as the text the seal and the comparisons use."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return norm_text(value).strip()


MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024


def open_form(path: Path) -> Any:
    """A returned form's workbook (values, not formulas); raise ValueError in Chinese for a
    file that is no .xlsx, too large, or unreadable."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE_BYTES or not zipfile.is_zipfile(path):
        raise ValueError("不是有效的 .xlsx 文件（已损坏或实为其他格式），请用本室导出的反馈表填写后另存为 .xlsx")
    try:
        with zipfile.ZipFile(path) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
    except zipfile.BadZipFile as exc:
        raise ValueError("不是有效的 .xlsx 文件（已损坏），请用本室导出的反馈表填写后另存为 .xlsx") from exc
    # A form is some kilobytes; anything unpacking to this much is not one (or is a zip bomb).
    if unpacked > MAX_UNPACKED_BYTES:
        raise ValueError("文件解压后过大，不是本室导出的反馈表")
    from openpyxl import load_workbook

    try:
        return load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ValueError(f"无法读取该文件（{type(exc).__name__}），请在 Excel 中打开后另存为 .xlsx") from exc


def sealed_values(wb: Any, rows: Sequence[tuple[str, str]], extra: int = 5) -> dict[str, str]:
    """The seal sheet's values by key, for the ``(label, key)`` rows (empty without the sheet)."""
    if SEAL_SHEET not in wb.sheetnames:
        return {}
    labels = dict(rows)
    out: dict[str, str] = {}
    for row in wb[SEAL_SHEET].iter_rows(min_row=1, max_row=len(rows) + extra, max_col=2, values_only=True):
        if row and row[0] in labels:
            out[labels[row[0]]] = cell_text(row[1])
    return out


def form_kind(path: Path) -> str:
    """The kind a returned file names on its seal sheet ("" for an instruction's 反馈表, or
    for any file that cannot be read: its own judge then says why)."""
    try:
        wb = open_form(path)
    except (OSError, ValueError):
        return ""
    return sealed_values(wb, ((KIND_LABEL, "kind"),), extra=10).get("kind", "")
