"""Where an attachment's or a report's content is kept (附件存放): the one choice.

A database file keeps them as files in the ``attachments`` folder beside it
(:func:`models.core.paths.attachments_dir_for`), named by the record that owns them.
On the office's server a folder on one clerk's computer is not seen by the others, so
the content goes into the database itself: table ``stored_file`` (step 19), one row
per stored name with its SHA-256, written with its audit row in the caller's workflow.
Either way the owner records the same stored name and checksum, and every read checks
the content against it.
"""
from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

import peewee

from models.core.actors import Actor
from models.core.base import BaseModel
from models.core.db import on_server
from models.core.errors import WorkflowError
from models.core.workflow import insert


class StoredFile(BaseModel):
    """An attachment's or report's content kept in the server's database."""

    name = peewee.CharField(max_length=1024, unique=True)
    sha256 = peewee.CharField(max_length=64)
    size = peewee.IntegerField()
    content = peewee.BlobField()

    class Meta:
        table_name = "stored_file"


def sha256_of(path: Path) -> str:
    """The file's SHA-256 as hex, read in blocks (scans can be large)."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def in_database() -> bool:
    """Whether the open database keeps attachments' content itself (the server) rather
    than in the folder beside it (a file)."""
    return on_server()


def keep(actor: Actor, source: Path, name: str, digest: str, attachments_dir: Path) -> None:
    """Keep a copy of ``source`` (whose SHA-256 is ``digest``) as ``name``; call inside
    the owner's workflow. A name already kept is left as it is (names carry the
    checksum). The copy is read back and checked before it counts."""
    if in_database():
        if StoredFile.select().where(StoredFile.name == name).exists():
            return
        content = Path(source).read_bytes()
        if hashlib.sha256(content).hexdigest() != digest:
            raise WorkflowError("读取文件时校验不一致（文件可能正被改动），请重试。")
        insert(actor, StoredFile, f"保存附件内容 {name}", name=name, sha256=digest, size=len(content),
               content=content)
        return
    target = Path(attachments_dir) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        return
    tmp = target.with_suffix(target.suffix + ".part")
    shutil.copyfile(source, tmp)
    if sha256_of(tmp) != digest:
        tmp.unlink(missing_ok=True)
        raise WorkflowError("复制文件时校验不一致，请重试（或检查磁盘空间）。")
    tmp.replace(target)


def read(name: str, attachments_dir: Path) -> bytes | None:
    """The content kept as ``name``, or ``None`` when there is none."""
    if in_database():
        row = StoredFile.select(StoredFile.content).where(StoredFile.name == name).first()
        return None if row is None else bytes(row.content)
    path = Path(attachments_dir) / name
    return path.read_bytes() if path.is_file() else None


def verify(name: str, digest: str, attachments_dir: Path) -> bool:
    """Whether the content kept as ``name`` exists and still has the SHA-256 ``digest``."""
    if in_database():
        content = read(name, attachments_dir)
        return content is not None and hashlib.sha256(content).hexdigest() == digest
    path = Path(attachments_dir) / name
    return path.is_file() and sha256_of(path) == digest


#: What a Windows file name cannot hold (a name from another system may).
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def copy_path(name: str, file_name: str, attachments_dir: Path) -> Path:
    """Where the server's content kept as ``name`` is copied on this computer: under its
    hash in a folder of its own, with the file's own name (``instructions/7/<sha16>/
    scan1.pdf``), so the program it opens in shows that name; the stored name itself
    when the file's name is unknown or unusable."""
    own = _NOT_IN_NAMES.sub("_", file_name or "").strip().rstrip(". ")
    if not own:
        return Path(attachments_dir) / name
    stored = Path(name)
    return Path(attachments_dir) / stored.parent / stored.stem / own


def local_file(name: str, digest: str, attachments_dir: Path, file_name: str = "") -> Path | None:
    """A file on this computer with the content kept as ``name``, to open it: the file
    itself beside a database file; for the server a copy written (and checked) into
    ``attachments_dir``, this computer's folder for the server, named ``file_name``
    (:func:`copy_path`). ``None`` when there is no such content or it no longer matches
    ``digest``."""
    path = Path(attachments_dir) / name
    if path.is_file() and sha256_of(path) == digest:
        return path
    if not in_database():
        return None
    path = copy_path(name, file_name, attachments_dir)
    if path.is_file() and sha256_of(path) == digest:
        return path
    content = read(name, attachments_dir)
    if content is None or hashlib.sha256(content).hexdigest() != digest:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(content)
    tmp.replace(path)
    return path


#: The records that name kept content, as queries giving ``(name, sha256, whose)`` on
#: either backend (the owners' tables, as step 19 found them).
OWNERS = (
    "SELECT stored_name, sha256, '批示件附件“' || file_name || '”' FROM instruction_attachment",
    "SELECT report_path, report_sha256, '调研报告“' || report_name || '”' FROM research_topic "
    "WHERE report_path <> ''",
)


def owned(db: peewee.Database | None = None) -> list[tuple[str, str, str]]:
    """Every ``(name, sha256, whose)`` the records of ``db`` (default: the open one) name."""
    from models.core.db import database

    db = db if db is not None else database()
    return [tuple(r) for sql in OWNERS for r in db.execute_sql(sql).fetchall()]  # type: ignore[misc]


def problems(expected: Iterable[tuple[str, str, str]] | None = None) -> list[str]:
    """What is wrong with the content kept in the database: for each ``(name, sha256,
    what)`` a record names, a Chinese line when the content is missing or differs
    (``what`` says whose it is); and any content whose own checksum column no longer
    matches it. Reads ``stored_file`` only: the server's store. ``expected`` defaults
    to what the open database's records name (:func:`owned`)."""
    expected = owned() if expected is None else expected
    lines = []
    # One file's content in memory at a time: an office's scans may add up to gigabytes.
    kept = {}
    for name, recorded in StoredFile.select(StoredFile.name, StoredFile.sha256).tuples():
        content = StoredFile.select(StoredFile.content).where(StoredFile.name == name).scalar()
        kept[name] = (recorded, hashlib.sha256(bytes(content or b"")).hexdigest())
        del content
    for name, (recorded, actual) in sorted(kept.items()):
        if recorded != actual:
            lines.append(f"附件内容“{name}”与其校验值不符（内容被改动过）。")
    for name, digest, what in expected:
        found = kept.get(name)
        if found is None:
            lines.append(f"{what}的文件“{name}”不在数据库中。")
        elif found[1] != digest:
            lines.append(f"{what}的文件“{name}”与登记的校验值不符。")
    return lines
