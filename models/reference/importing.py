"""Importing units and leaders from the office's spreadsheets (all-or-nothing)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from models.core.actors import Actor
from models.core.errors import WorkflowError
from models.core.workflow import workflow
from models.reference.directory import (
    LEADER_LEVELS,
    UNIT_KINDS,
    Leader,
    LeaderData,
    Unit,
    UnitData,
    save_leader,
    save_unit,
)
from models.tabular.read import Column, ImportTemplate, RowError, read_table

UNIT_COLUMNS = (
    Column("单位名称", "name", required=True, aliases=("名称", "单位"),
           help="单位全称，如“南宁市住房和城乡建设委员会”；名录中不得重复。再次导入时按名称找到已有单位，更新其余各列。"),
    Column("简称", "short_name", help="常用简称，如“市住建委”；导入重点工作、批示件时可用简称指这个单位。"),
    Column("类型", "kind", aliases=("单位类型",), help=f"{'、'.join(UNIT_KINDS)} 之一；空白按“市直单位”。"),
    Column("联系人", "contact", help="本单位的督查工作联系人。"),
    Column("联系电话", "phone", aliases=("电话",), help="联系人的电话，如 0771-2800000。"),
    Column("分管领导", "overseer", aliases=("分管市领导",),
           help="分管这个单位的领导姓名，须已在领导名单中（先导入领导名单）；空白为未指定。"),
)
LEADER_COLUMNS = (
    Column("姓名", "name", required=True, aliases=("领导", "领导姓名"),
           help="领导姓名；名单中不得重复。再次导入时按姓名找到已有领导，更新其余各列。"),
    Column("职务", "post", help="如“市委书记”“自治区党委副书记”。"),
    Column("层级", "level", required=True, aliases=("领导层级",),
           help=f"{'、'.join(LEADER_LEVELS)} 之一：自治区党委领导或市委领导，批示件按此分列统计。"),
)

UNIT_TEMPLATE = ImportTemplate(
    "units", "单位名录", UNIT_COLUMNS,
    lambda year: {"name": "南宁市住房和城乡建设委员会", "short_name": "市住建委", "kind": "市直单位",
                  "contact": "李志强", "phone": "0771-2800000"},
    "在“设置 → 单位”中点“导入…”，或在命令行运行：python main.py import units 单位名录.xlsx",
    ("单位名录是第一步：重点工作的牵头、责任单位和批示件的承办单位都从名录中选。",))
LEADER_TEMPLATE = ImportTemplate(
    "leaders", "领导名单", LEADER_COLUMNS,
    lambda year: {"name": "黄振宇", "post": "市委书记", "level": "市"},
    "在“设置 → 领导”中点“导入…”，或在命令行运行：python main.py import leaders 领导名单.xlsx")


@dataclass
class ImportPlan:
    """What an import would do: new and updated records, and rows refused with why."""

    new: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no row was refused (only then is anything written)."""
        return not self.errors

    def summary(self) -> str:
        """One Chinese line: counts of new, updated and refused rows."""
        return (f"新增 {len(self.new)} 条，更新 {len(self.updated)} 条，无变化 {len(self.unchanged)} 条，"
                f"有误 {len(self.errors)} 行")


def _plan(path: Path, columns, make, model) -> ImportPlan:
    table = read_table(Path(path), columns)
    plan = ImportPlan(errors=list(table.errors))
    seen: dict[str, int] = {}
    for row in table.rows:
        data = make(row.values)
        try:
            data.cleaned()
        except WorkflowError as exc:
            plan.errors.append(RowError(row.number, "", exc.message))
            continue
        name = data.name.strip()
        if name in seen:
            plan.errors.append(RowError(row.number, columns[0].header, f"“{name}”与第{seen[name]}行重复"))
            continue
        seen[name] = row.number
        existing = model.get_or_none(model.name == name)
        if existing is None:
            plan.new.append((row.number, data, None))
        elif _same(existing, data.cleaned()):
            # Importing the same file again changes nothing: no new version, no audit row.
            plan.unchanged.append((row.number, data, existing))
        else:
            plan.updated.append((row.number, data, existing))
    return plan


def _same(record: object, values: dict) -> bool:
    return all(getattr(record, key) == value for key, value in values.items())


def plan_units(path: Path) -> ImportPlan:
    """Read a units file (单位名称, 简称, 类型, 联系人, 联系电话) without writing."""
    return _plan(path, UNIT_COLUMNS, lambda v: UnitData(
        name=v.get("name", ""), short_name=v.get("short_name", ""), kind=v.get("kind") or "市直单位",
        contact=v.get("contact", ""), phone=v.get("phone", ""), overseer=v.get("overseer") or ""), Unit)


def plan_leaders(path: Path) -> ImportPlan:
    """Read a leaders file (姓名, 职务, 层级) without writing."""
    return _plan(path, LEADER_COLUMNS, lambda v: LeaderData(
        name=v.get("name", ""), post=v.get("post", ""), level=v.get("level", "")), Leader)


@workflow()
def apply_units(actor: Actor, plan: ImportPlan) -> int:
    """Write a clean plan in one transaction; a plan with errors writes nothing."""
    if not plan.ok:
        raise WorkflowError(f"文件有 {len(plan.errors)} 行错误，未导入任何数据。")
    for _, data, existing in plan.new + plan.updated:
        save_unit(actor, data, existing.id if existing else None)
    return len(plan.new) + len(plan.updated)


@workflow()
def apply_leaders(actor: Actor, plan: ImportPlan) -> int:
    """Write a clean plan in one transaction; a plan with errors writes nothing."""
    if not plan.ok:
        raise WorkflowError(f"文件有 {len(plan.errors)} 行错误，未导入任何数据。")
    for _, data, existing in plan.new + plan.updated:
        save_leader(actor, data, existing.id if existing else None)
    return len(plan.new) + len(plan.updated)
