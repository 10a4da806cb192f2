"""Excel exchange of the annual plan: import from .xlsx/.csv, and the ledger (台账) rows.

Import reads columns by header name (序号, 工作事项, 工作内容, 来源, 牵头单位, 责任单位,
完成时限, 督查时间, optionally 交办日期 and 纳入绩效考评), plans without writing, and
reports every row it cannot take and why; only a clean plan, once accepted, is
written, in one transaction.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .actors import Actor
from .errors import WorkflowError
from .key_items import (
    SOURCES,
    ItemData,
    KeyItem,
    KeyItemCheck,
    KeyPlan,
    ensure_plan,
    plan_for_year,
    save_item,
)
from .reference import Unit, unit_by_name
from .tabular import Column, RowError, parse_date, read_table, split_names
from .workdays import WorkCalendar
from .workflow import workflow

COLUMNS = (
    Column("序号", "number", kind="int", required=True, aliases=("编号", "项次")),
    Column("工作事项", "title", required=True, aliases=("重点工作事项", "事项", "重点工作")),
    Column("工作内容", "content", aliases=("工作内容及要求", "内容", "目标任务")),
    Column("来源", "source", aliases=("事项来源",)),
    Column("牵头单位", "lead", required=True, aliases=("牵头部门",)),
    Column("责任单位", "units", aliases=("配合单位", "责任部门")),
    Column("完成时限", "deadline", required=True, aliases=("时限", "完成时间")),
    Column("督查时间", "checks", aliases=("督查安排",)),
    Column("交办日期", "assigned_on", kind="date", aliases=("交办时间",)),
    Column("纳入绩效考评", "performance", aliases=("绩效考评",)),
)

_DAYS = re.compile(r"^(?:交办后)?\s*(\d{1,3})\s*个?\s*工作日(?:内)?$")
_QUARTERLY = ("每季度", "每季度一次", "按季度", "季度")


@dataclass
class ItemImportPlan:
    """What an import would write, and every row refused with why."""

    year: int
    items: list[tuple[int, ItemData]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    plan_exists: bool = False

    @property
    def ok(self) -> bool:
        """Only a plan with no refused row is written."""
        return not self.errors

    def summary(self) -> str:
        """One Chinese line for the preview."""
        where = f"{self.year}年计划" + ("" if self.plan_exists else "（将新建）")
        return f"{where}：可导入 {len(self.items)} 项，有误 {len(self.errors)} 处"


def _unit_id(name: str) -> int | None:
    unit = unit_by_name(name)
    return unit.id if unit is not None else None


def parse_deadline(text: str, assigned_on: dt.date | None) -> tuple[dt.date | None, int | None]:
    """A 完成时限 cell: a date, or "N个工作日" (counted from 交办日期). Raises ``ValueError``."""
    text = (text or "").strip()
    m = _DAYS.match(text)
    if m:
        if assigned_on is None:
            raise ValueError(f"“{text}”按工作日计算，须同时填写“交办日期”列")
        return None, int(m.group(1))
    return parse_date(text), None


def parse_checks(text: str, year: int | None = None) -> tuple[bool, list[dt.date]]:
    """A 督查时间 cell: "每季度", or dates separated by 、，; (either or both).

    A date without a year ("4月16日", as the ledger export writes them) is taken in the
    plan's ``year``.
    """
    quarterly = False
    days = []
    for part in split_names(text or ""):
        if part in _QUARTERLY:
            quarterly = True
            continue
        short = re.fullmatch(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日?", part)
        if short and year is not None:
            try:
                days.append(dt.date(year, int(short.group(1)), int(short.group(2))))
            except ValueError:
                raise ValueError(f"“{part}”不是有效日期（{year}年没有这一天）") from None
            continue
        days.append(parse_date(part))
    return quarterly, days


def _yes(text: Any) -> bool:
    return str(text or "是").strip() not in ("否", "不纳入", "0", "N", "n", "no", "false")


def plan_key_items(path: Path, year: int, cal: WorkCalendar) -> ItemImportPlan:
    """Read a plan file for ``year`` without writing anything."""
    table = read_table(Path(path), COLUMNS)
    existing_plan = plan_for_year(year)
    out = ItemImportPlan(year, errors=list(table.errors), plan_exists=existing_plan is not None)
    start = existing_plan.start_date if existing_plan else dt.date(year, 1, 1)
    taken: dict[int, str] = {}
    if existing_plan is not None:
        taken = {n: f"计划中已有第{n}项“{t}”" for n, t in
                 KeyItem.select(KeyItem.number, KeyItem.title).where(KeyItem.plan == existing_plan.id).tuples()}
    for row in table.rows:
        v = row.values
        bad = len(out.errors)
        number = v["number"]
        if number in taken:
            out.errors.append(RowError(row.number, "序号", f"序号 {number} 重复：{taken[number]}"))
        lead = _unit_id(v["lead"])
        if lead is None:
            out.errors.append(RowError(row.number, "牵头单位", f"未知单位“{v['lead']}”，请先在“单位”中添加或改用标准名称"))
        unit_ids = []
        for name in split_names(v.get("units", "")):
            uid = _unit_id(name)
            if uid is None:
                out.errors.append(RowError(row.number, "责任单位", f"未知单位“{name}”，请先在“单位”中添加或改用标准名称"))
            unit_ids.append(uid)
        source = (v.get("source") or "").strip() or SOURCES[0]
        if source not in SOURCES:
            out.errors.append(RowError(row.number, "来源", f"来源须为：{'、'.join(SOURCES)}"))
        try:
            deadline, days = parse_deadline(v["deadline"], v.get("assigned_on"))
        except ValueError as exc:
            out.errors.append(RowError(row.number, "完成时限", str(exc)))
            deadline, days = None, None
        try:
            quarterly, check_days = parse_checks(v.get("checks", ""), year)
        except ValueError as exc:
            out.errors.append(RowError(row.number, "督查时间", str(exc)))
            quarterly, check_days = False, []
        if len(out.errors) > bad:
            taken.setdefault(number, f"与第{row.number}行重复")
            continue
        data = ItemData(number, v["title"], lead, content=v.get("content", ""), source=source,
                        unit_ids=[u for u in unit_ids if u], deadline=deadline, deadline_days=days,
                        assigned_on=v.get("assigned_on") if days else None, check_days=check_days,
                        quarterly=quarterly, performance=_yes(v.get("performance")))
        try:
            data.cleaned(start, cal)
        except WorkflowError as exc:
            out.errors.append(RowError(row.number, "", exc.message))
            continue
        taken[number] = f"与第{row.number}行重复"
        out.items.append((row.number, data))
    return out


@workflow()
def apply_key_items(actor: Actor, plan: ItemImportPlan, cal: WorkCalendar | None = None) -> int:
    """Write an accepted, clean plan in one transaction; a plan with errors writes nothing."""
    if not plan.ok:
        raise WorkflowError(f"文件有 {len(plan.errors)} 处错误，未导入任何数据。请改正后重新导入。")
    target = ensure_plan(actor, plan.year)
    for _, data in plan.items:
        save_item(actor, target.id, data, cal=cal)
    return len(plan.items)


# ---- the ledger (台账) -------------------------------------------------------------

LEDGER_HEADERS = ("序号", "工作事项", "工作内容", "来源", "牵头单位", "责任单位", "完成时限", "督查时间",
                  "纳入绩效考评", "状态", "红绿灯", "最新进展", "存在问题", "下步打算", "评估")
LEDGER_WIDTHS = (6, 22, 36, 14, 14, 24, 16, 18, 8, 8, 8, 44, 28, 28, 10)


def ledger(year: int, today: dt.date, cal: WorkCalendar) -> tuple[str, list[list[Any]]]:
    """The title and rows of a plan's ledger with each item's latest quarterly progress."""
    from .progress import item_statuses, latest_progress

    plan = KeyPlan.get_or_none(KeyPlan.year == year)
    if plan is None:
        raise WorkflowError(f"没有{year}年的决策督查计划。")
    items = list(KeyItem.select(KeyItem, Unit).join(Unit, on=(KeyItem.lead_unit == Unit.id))
                 .where(KeyItem.plan == plan.id).order_by(KeyItem.number))
    ids = [i.id for i in items]
    statuses = item_statuses(ids, today, cal)
    latest = latest_progress(ids)
    checks: dict[int, list[str]] = {}
    for iid, day in KeyItemCheck.select(KeyItemCheck.item, KeyItemCheck.day).where(
            KeyItemCheck.item.in_(ids)).order_by(KeyItemCheck.day).tuples():
        checks.setdefault(iid, []).append(f"{day.month}月{day.day}日")
    rows = []
    for item in items:
        names = item.unit_names.split("、")
        responsible = "、".join(n.split(" ")[-1] for n in names[1:])
        reports = latest.get(item.id, [])
        unit = lambda r: r.unit.short_name or r.unit.name  # noqa: E731
        period = f"{reports[0].year}年第{reports[0].quarter}季度：" if reports else ""
        check_text = "、".join((["每季度"] if item.quarterly else []) + checks.get(item.id, []))
        rows.append([
            item.number, item.title, item.content, item.source, item.lead_unit.short_name or item.lead_unit.name,
            responsible, item.deadline_text(), check_text, "是" if item.performance else "否", item.state,
            statuses[item.id].light.text(),
            period + "\n".join(f"{unit(r)}：{r.done}" for r in reports),
            "\n".join(f"{unit(r)}：{r.problems}" for r in reports if r.problems),
            "\n".join(f"{unit(r)}：{r.next_steps}" for r in reports if r.next_steps),
            "、".join(sorted({r.assessment for r in reports if r.assessment})),
        ])
    return f"{plan.title}台账（截至{today.year}年{today.month}月{today.day}日）", rows
