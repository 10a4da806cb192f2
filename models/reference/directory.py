"""Shared reference data: units (单位) and leaders (领导)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee

from models.core.actors import Actor
from models.core.base import VersionedModel
from models.core.db import database
from models.core.errors import WorkflowError
from models.core.workflow import delete, insert, update, workflow

UNIT_KINDS = ("县区", "市直单位", "其他")
LEADER_LEVELS = ("自治区", "市")


class Unit(VersionedModel):
    """A unit (单位): a county/district, a city department, or another body."""

    name = peewee.CharField(unique=True)
    short_name = peewee.CharField(default="")
    kind = peewee.CharField(default="市直单位")
    contact = peewee.CharField(default="")
    phone = peewee.CharField(default="")
    active = peewee.BooleanField(default=True)
    initials = peewee.CharField(default="", index=True)
    # 分管领导: the leader who oversees the unit (resolved once Leader is declared below).
    overseer = peewee.DeferredForeignKey("Leader", null=True, column_name="overseer_id")

    class Meta:
        table_name = "unit"

    def __str__(self) -> str:
        return self.name


class Leader(VersionedModel):
    """A leader (领导) whose instructions the office handles."""

    name = peewee.CharField(unique=True)
    post = peewee.CharField(default="")
    level = peewee.CharField(default="市")
    active = peewee.BooleanField(default=True)
    initials = peewee.CharField(default="", index=True)

    class Meta:
        table_name = "leader"

    def __str__(self) -> str:
        return self.name


@dataclass
class UnitData:
    """The fields of a unit as typed in a form or an import row."""

    name: str
    short_name: str = ""
    kind: str = "市直单位"
    contact: str = ""
    phone: str = ""
    active: bool = True
    overseer: str = ""  # 分管领导's name; "" for none

    def cleaned(self) -> dict[str, Any]:
        """Trimmed and checked values; raise :class:`WorkflowError` in Chinese."""
        name = (self.name or "").strip()
        if not name:
            raise WorkflowError("单位名称不能为空。")
        if len(name) > 100:
            raise WorkflowError("单位名称过长（最多100字）。")
        kind = (self.kind or "").strip() or "市直单位"
        if kind not in UNIT_KINDS:
            raise WorkflowError(f"单位类型须为：{'、'.join(UNIT_KINDS)}，收到“{kind}”。")
        return {
            "name": name, "short_name": (self.short_name or "").strip(), "kind": kind,
            "contact": (self.contact or "").strip(), "phone": (self.phone or "").strip(),
            "active": bool(self.active), "initials": search_initials(name, self.short_name),
            "overseer_id": overseer_id(self.overseer),
        }


@dataclass
class LeaderData:
    """The fields of a leader as typed in a form or an import row."""

    name: str
    post: str = ""
    level: str = "市"
    active: bool = True

    def cleaned(self) -> dict[str, Any]:
        """Trimmed and checked values; raise :class:`WorkflowError` in Chinese."""
        name = (self.name or "").strip()
        if not name:
            raise WorkflowError("领导姓名不能为空。")
        level = normalize_level(self.level)
        return {"name": name, "post": (self.post or "").strip(), "level": level,
                "active": bool(self.active), "initials": search_initials(name)}


def overseer_id(name: str | None) -> int | None:
    """The id of the leader named ``name`` as a 分管领导 (``None`` for no name); raise
    :class:`WorkflowError` for a name not in the leaders' list."""
    name = (name or "").strip()
    if not name:
        return None
    leader = Leader.get_or_none(Leader.name == name)
    if leader is None:
        raise WorkflowError(f"分管领导“{name}”不在领导名单中：请先在 设置 → 领导 中添加，或改正姓名。")
    return leader.id


def overseer_name(leader_id: int | None) -> str:
    """The name of the 分管领导 with ``leader_id`` ("" for none)."""
    if leader_id is None:
        return ""
    leader = Leader.get_or_none(Leader.id == leader_id)
    return leader.name if leader else ""


def search_initials(*names: str | None) -> str:
    """Pinyin initials of each name, space-separated, for SQL ``LIKE`` search."""
    # Imported here: the pinyin dictionary takes a noticeable part of a second to load,
    # and only saving a unit or leader needs it, never the start.
    from models.reference.pinyin import initials

    return " ".join(initials(n.strip()) for n in names if n and n.strip())


def normalize_level(text: str | None) -> str:
    """自治区 / 市 from the ways a ledger writes them (自治区党委领导, 市委领导 …)."""
    t = (text or "").strip()
    if t in ("自治区", "自治区党委领导", "自治区领导", "区"):
        return "自治区"
    if t in ("市", "市委领导", "市领导", "市级"):
        return "市"
    raise WorkflowError(f"领导层级须为“自治区”或“市”，收到“{t}”。")


@workflow()
def save_unit(actor: Actor, data: UnitData, unit_id: int | None = None,
              expected_version: int | None = None) -> Unit:
    """Create or edit a unit (names unique)."""
    values = data.cleaned()
    clash = Unit.get_or_none(Unit.name == values["name"])
    if clash is not None and clash.id != unit_id:
        raise WorkflowError(f"已有名为“{values['name']}”的单位。")
    if unit_id is None:
        return insert(actor, Unit, f"新增单位 {values['name']}", **values)
    return update(actor, Unit.get_by_id(unit_id), expected_version, f"修改单位 {values['name']}", **values)


@workflow()
def set_unit_active(actor: Actor, unit_id: int, active: bool) -> Unit:
    """Deactivate (停用) or reactivate a unit; a deactivated unit stays on old records."""
    unit = Unit.get_by_id(unit_id)
    return update(actor, unit, summary=("启用" if active else "停用") + f"单位 {unit.name}",
                  action="activate" if active else "deactivate", active=active)


def references_to(table: str, record_id: int) -> list[tuple[str, int]]:
    """Tables (and counts) whose foreign keys point at ``table``'s row ``record_id``."""
    db = database()
    found = []
    for other in db.get_tables():
        for fk in db.execute_sql(f'PRAGMA foreign_key_list("{other}")').fetchall():
            if fk[2] == table:
                n = db.execute_sql(f'SELECT COUNT(*) FROM "{other}" WHERE "{fk[3]}" = ?',
                                   (record_id,)).fetchone()[0]
                if n:
                    found.append((other, n))
    return found


@workflow()
def delete_unit(actor: Actor, unit_id: int) -> None:
    """Delete a unit that nothing refers to; a referenced unit can only be deactivated."""
    unit = Unit.get_by_id(unit_id)
    refs = references_to("unit", unit_id)
    if refs:
        total = sum(n for _, n in refs)
        raise WorkflowError(f"“{unit.name}”已被 {total} 条记录引用，不能删除；可以“停用”它。")
    delete(actor, unit, f"删除单位 {unit.name}")


@workflow()
def save_leader(actor: Actor, data: LeaderData, leader_id: int | None = None,
                expected_version: int | None = None) -> Leader:
    """Create or edit a leader (names unique)."""
    values = data.cleaned()
    clash = Leader.get_or_none(Leader.name == values["name"])
    if clash is not None and clash.id != leader_id:
        raise WorkflowError(f"已有名为“{values['name']}”的领导。")
    if leader_id is None:
        return insert(actor, Leader, f"新增领导 {values['name']}", **values)
    return update(actor, Leader.get_by_id(leader_id), expected_version,
                  f"修改领导 {values['name']}", **values)


@workflow()
def set_leader_active(actor: Actor, leader_id: int, active: bool) -> Leader:
    """Deactivate or reactivate a leader."""
    leader = Leader.get_by_id(leader_id)
    return update(actor, leader, summary=("启用" if active else "停用") + f"领导 {leader.name}",
                  action="activate" if active else "deactivate", active=active)


@workflow()
def delete_leader(actor: Actor, leader_id: int) -> None:
    """Delete a leader nothing refers to."""
    leader = Leader.get_by_id(leader_id)
    refs = references_to("leader", leader_id)
    if refs:
        total = sum(n for _, n in refs)
        raise WorkflowError(f"“{leader.name}”已被 {total} 条记录引用，不能删除；可以“停用”。")
    delete(actor, leader, f"删除领导 {leader.name}")


def find_units(query: str = "", include_inactive: bool = False) -> list[Unit]:
    """Units whose name, short name or pinyin initials contain ``query``."""
    from models.reference.pinyin import matches

    sel = Unit.select().order_by(Unit.kind, Unit.name)
    if not include_inactive:
        sel = sel.where(Unit.active == True)  # noqa: E712
    return [u for u in sel if matches(query, u.name, u.short_name)]


def unit_by_name(name: str) -> Unit | None:
    """A unit by its full or short name (exact, trimmed)."""
    n = (name or "").strip()
    if not n:
        return None
    return Unit.get_or_none(Unit.name == n) or Unit.get_or_none(Unit.short_name == n)
