"""The one way state changes are written: a workflow function.

A workflow is a plain function whose first argument is the :class:`Actor`. The
:func:`workflow` decorator checks the actor's permission, opens one write
transaction, and runs the body, which writes its change and its audit record (with
the helpers below) inside that transaction: both land or neither does.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import peewee

from models.core import audit, digests
from models.core.actors import LOCAL_ACTOR, Actor, Permission, require
from models.core.base import VersionedModel, plain, snapshot
from models.core.db import write_transaction
from models.core.errors import StaleRecordError, WorkflowError

P = ParamSpec("P")
R = TypeVar("R")


def workflow(permission: Permission = Permission.WRITE) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a function as a workflow: permission check plus one transaction."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            actor = args[0] if args else kwargs.get("actor")
            if not isinstance(actor, Actor):
                raise TypeError(f"{fn.__name__}: the first argument must be the Actor")
            require(actor, permission)
            with write_transaction():
                try:
                    return fn(*args, **kwargs)
                except peewee.IntegrityError as exc:
                    raise WorkflowError(_integrity_message(exc)) from exc

        run.is_workflow = True  # type: ignore[attr-defined]
        return run

    return decorate


def _integrity_message(exc: peewee.IntegrityError) -> str:
    from models.core.dialect import integrity_problem

    kind, what = integrity_problem(exc)
    if kind == "unique":
        return f"保存失败：与已有记录重复（{what}）。请修改后再保存。"
    if kind == "foreign_key":
        return "保存失败：该记录仍被其他记录引用，或引用了不存在的记录。"
    if kind == "not_null":
        return f"保存失败：必填项为空（{what}）。"
    return f"保存失败：{what}"


def insert(actor: Actor, model: type[peewee.Model], summary: str = "", **fields: Any) -> Any:
    """Create a record and its audit row (call inside a workflow)."""
    obj = model.create(**fields)
    audit.record_change(actor, "insert", obj, None, summary)
    return obj


def update(actor: Actor, obj: peewee.Model, expected_version: int | None = None,
           summary: str = "", action: str = "update", **changes: Any) -> Any:
    """Apply ``changes`` to ``obj`` and audit the fields that changed.

    For a :class:`VersionedModel`, ``expected_version`` is the version the form was
    opened at: if the stored record has moved on, :class:`StaleRecordError` carries
    both versions so the UI can show them, and nothing is written.
    """
    model = type(obj)
    fresh = model.get_by_id(obj.get_id())
    before = snapshot(fresh)
    if isinstance(fresh, VersionedModel):
        if expected_version is not None and fresh.version != expected_version:
            mine = {**before, **{k: plain(v) for k, v in changes.items()}}
            raise StaleRecordError(stale_message(fresh, expected_version, mine, before), mine=mine, theirs=before)
        changes = {**changes, "version": fresh.version + 1}
    for key, value in changes.items():
        setattr(fresh, key, value)
    if isinstance(fresh, VersionedModel):
        # The WHERE on version makes the check hold even against another process
        # that committed between our read and our write.
        q = model.update(**{k: getattr(fresh, k) for k in changes}).where(
            (model._meta.primary_key == fresh.get_id()) & (model.version == before["version"])
        )
        if q.execute() != 1:
            raise StaleRecordError("保存失败：这条记录刚被他人修改，请重新打开后再改。")
    else:
        fresh.save()
    audit.record_change(actor, action, fresh, before, summary)
    for key, value in changes.items():
        setattr(obj, key, value)
    return fresh


#: how many differing fields a refused save lists
STALE_FIELDS_SHOWN = 6


def stale_message(fresh: peewee.Model, expected_version: int, mine: dict[str, Any], theirs: dict[str, Any]) -> str:
    """Why a save is refused as stale, showing both sides: who changed the record last and
    when (from the audit log), and each field where what the clerk is saving differs from
    what the record now holds; the form keeps what was typed."""
    from models.core.audit_labels import field_label, value_text

    table = fresh._meta.table_name
    last = (audit.AuditLog.select(audit.AuditLog.actor, audit.AuditLog.at)
            .where((audit.AuditLog.table_name == table) & (audit.AuditLog.record_id == str(fresh.get_id())))
            .order_by(audit.AuditLog.id.desc()).first())
    if last is None:
        who = "他人（或另一个窗口）"
    else:
        # Without accounts everyone is 本机用户: alone, the name would read as the clerk at this computer.
        name = "另一个窗口或另一台电脑上的“本机用户”" if last.actor == LOCAL_ACTOR.name else f"“{last.actor}”"
        who = f"{name}于 {last.at[:16].replace('T', ' ')} "
    lines = [f"保存失败：这条记录在您打开后已被{who}修改过"
             f"（您打开时为第 {expected_version} 版，现在是第 {fresh.version} 版），您这次的修改没有保存。"]
    differ = [k for k in mine if k not in ("version", "updated_at") and mine.get(k) != theirs.get(k)]
    for key in differ[:STALE_FIELDS_SHOWN]:
        lines.append(f"· {field_label(table, key)}：现在为“{_short(value_text(theirs.get(key)))}”，"
                     f"您要保存为“{_short(value_text(mine.get(key)))}”")
    if len(differ) > STALE_FIELDS_SHOWN:
        lines.append(f"……另有 {len(differ) - STALE_FIELDS_SHOWN} 处不同")
    lines.append("您填写的内容仍在表单中：可先复制需要的文字，再关闭表单、重新打开后修改。")
    return "\n".join(lines)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def check_unchanged(obj: peewee.Model, expected_version: int | None, what: str = "这条记录") -> None:
    """Refuse to delete ``obj`` (a :class:`VersionedModel`) if it is no longer at
    ``expected_version``, the version the clerk saw when asking: :class:`StaleRecordError`
    names ``what`` and both versions. ``None`` checks nothing."""
    if not isinstance(obj, VersionedModel) or expected_version is None:
        return
    current = type(obj).get_by_id(obj.get_id()).version
    if current != expected_version:
        raise StaleRecordError(
            f"删除失败：{what}在您打开后已被他人（或另一个窗口）修改过"
            f"（您看到的是第 {expected_version} 版，现在是第 {current} 版）。请刷新后再确认是否删除。")


def delete(actor: Actor, obj: peewee.Model, summary: str = "", expected_version: int | None = None,
           what: str = "这条记录") -> None:
    """Delete a record and audit the whole row (after :func:`check_unchanged`); the rows
    SQLite deletes with it (``ON DELETE CASCADE``) are audited as deleted too, so that
    none of them looks deleted outside the program."""
    check_unchanged(obj, expected_version, what)
    before = snapshot(obj)
    table = obj._meta.table_name
    taken = digests.cascaded_rows(table, obj.get_id())
    obj.delete_instance()
    audit.record(actor, "delete", table, obj.get_id(), before, None, summary)
    for child, key, values in taken:
        audit.record(actor, "delete", child, key, {k: plain(v) for k, v in values.items()}, None,
                     f"{summary}（随之删除）" if summary else "随上级记录删除")

