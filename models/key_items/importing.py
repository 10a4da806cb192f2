"""Excel exchange of the annual plan: import from .xlsx/.csv, and the ledger (台账) rows.

Import reads columns by header name (序号, 工作事项, 工作内容, 来源, 牵头单位, 责任单位,
完成时限, 督查时间, optionally 交办日期 and 纳入绩效考评), plans without writing, and
reports every row it cannot take and why; only a clean plan, once accepted, is
written, in one transaction.

A workbook may also hold a 阶段 sheet (阶段计划): one row per stage of an item, keyed by
事项序号 and 阶段序号, read by the same rules — a new pair adds a stage, a known pair is
that stage (unchanged, or updated old → new), a blank cell keeps the stored value, and a
stage not in the sheet is left alone. An item's stages are checked against the deadline
the file gives the item.

序号 is the key within the year's plan: a row whose number is new adds an item; a row
whose number is already in the plan is that item — unchanged when every column the
file has agrees with it (nothing written), otherwise an update through the same
audited :func:`models.key_items.items.save_item` the edit form uses, listed old → new in the
preview first. A column the file does not have, and a blank cell, leave the stored
value alone (one rule for every column): an exported ledger (which has no 交办日期)
imports back as 无变化, and an update sheet with empty cells wipes nothing. A value is
cleared in the item's form, not by an import.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from models.calendar.workdays import WorkCalendar
from models.core.actors import Actor
from models.core.errors import StaleRecordError, WorkflowError
from models.core.workflow import workflow
from models.key_items.items import (
    SOURCES,
    ItemData,
    KeyItem,
    KeyItemCheck,
    KeyItemUnit,
    KeyPlan,
    ensure_plan,
    format_deadline,
    plan_for_year,
    save_item,
)
from models.key_items.stages import KeyItemStage, StageData, check_stage, save_stage, stages_by_item
from models.reference.directory import Unit, overseer_name, unit_by_name
from models.tabular.read import (
    Column,
    ImportTemplate,
    RowError,
    clean_text,
    has_sheet,
    parse_date,
    read_table,
    split_names,
)

COLUMNS = (
    Column("序号", "number", kind="int", required=True, aliases=("编号", "项次"),
           help="事项在年度计划中的序号；同一年度内不重复。序号已在计划中的行更新该事项（导入前列出原值 → 新值）。"),
    Column("工作事项", "title", required=True, aliases=("重点工作事项", "事项", "重点工作"),
           help="事项名称，如“7座跨江桥梁建设”。"),
    Column("工作内容", "content", aliases=("工作内容及要求", "内容", "目标任务"), help="工作内容及要求、目标任务。"),
    Column("来源", "source", aliases=("事项来源",), help=f"{'、'.join(SOURCES)} 之一；新事项空白按“{SOURCES[0]}”。"),
    Column("牵头单位", "lead", required=True, aliases=("牵头部门",),
           help="一个单位，写单位名录中的全称或简称（先导入单位名录）。"),
    Column("责任单位", "units", aliases=("配合单位", "责任部门"),
           help="配合的单位，可写多个，用顿号“、”或逗号分隔，如“市交通运输局、市规划局”；须在单位名录中。"),
    Column("完成时限", "deadline", required=True, aliases=("时限", "完成时间"),
           help="日期（如 2014-12-31），或“N个工作日”（从交办日期起按工作日计算，须同时填写交办日期）。"),
    Column("督查时间", "checks", aliases=("督查安排",),
           help="“每季度”，和/或具体日期（如“6月18日”或 2014-06-18），多个用顿号分隔。"),
    Column("交办日期", "assigned_on", kind="date", aliases=("交办时间",),
           help="完成时限写“N个工作日”时必填：从这一天起计算。"),
    Column("分管领导", "overseer", aliases=("分管市领导",),
           help="分管这项工作的领导姓名，须已在领导名单中；已有事项空白则保留原分管领导。"),
    Column("纳入绩效考评", "performance", aliases=("绩效考评",), help="是 或 否；新事项空白为“是”。"),
)

STAGE_SHEET = "阶段"

STAGE_COLUMNS = (
    Column("事项序号", "item", kind="int", required=True, aliases=("序号",),
           help="阶段所属事项在年度计划中的序号（第一张表或计划中已有的事项）。"),
    Column("阶段序号", "number", kind="int", required=True, aliases=("阶段",),
           help="该事项的第几阶段（1、2、3…）；事项序号和阶段序号已有的行更新该阶段。"),
    Column("阶段名称", "title", required=True, aliases=("阶段目标", "节点", "阶段任务"),
           help="这一阶段要完成什么，如“完成征地拆迁”。"),
    Column("完成时限", "deadline", kind="date", required=True, aliases=("阶段完成时限", "时限"),
           help="这一阶段的完成日期，不晚于事项的完成时限。"),
    Column("责任单位", "unit", required=True, aliases=("阶段责任单位",),
           help="一个单位，写单位名录中的全称或简称。"),
    Column("完成日期", "done_on", kind="date", aliases=("实际完成日期",),
           help="阶段已完成时填写；未完成留空。已有阶段留空则保留原值。"),
    Column("备注", "note", aliases=("说明",), help="阶段的具体要求等。"),
)

STAGE_TEMPLATE = ImportTemplate(
    "plan-stages", STAGE_SHEET, STAGE_COLUMNS,
    lambda year: {"item": 1, "number": 1, "title": "完成征地拆迁", "deadline": dt.date(year, 6, 30),
                  "unit": "市住建委"},
    "选填；与计划一同导入",
    ("每行一个阶段（节点）；工作表名须为“阶段”。",))

TEMPLATE = ImportTemplate(
    "plan", "年度重点工作计划", COLUMNS,
    lambda year: {"number": 1, "title": "7座跨江桥梁建设",
                  "content": "加快推进青山大桥、良庆大桥等7座跨江桥梁建设，确保按节点完成年度投资。",
                  "source": "提升首位度决定", "lead": "市住建委", "deadline": f"{year}-12-31",
                  "checks": "每季度、6月18日", "performance": "是"},
    "在“重点工作”中选好年度，点“导入计划…”；或在命令行运行：python main.py import key-items 计划.xlsx --year 年度",
    ("文件中不写年度：导入时选择（或用 --year 指定）计划年度。", "牵头单位、责任单位须已在单位名录中。",
     "阶段计划写在“阶段”工作表中（选填），与事项一同导入。"),
    sheets=(STAGE_TEMPLATE,))

_DAYS = re.compile(r"^(?:交办后)?\s*(\d{1,3})\s*个?\s*工作日(?:内)?$")
# What models.key_items.items.format_deadline writes, read back: "2014-10-09（交办后5个工作日）",
# and "（暂定）" after a date the official calendar has not fixed yet.
_LEDGER_DAYS = re.compile(r"^(.+?)\s*[（(]\s*交办后\s*(\d{1,3})\s*个?\s*工作日\s*内?\s*[）)]$")
_PROVISIONAL = re.compile(r"\s*[（(]\s*暂定\s*[）)]\s*$")
_QUARTERLY = ("每季度", "每季度一次", "按季度", "季度")


@dataclass(frozen=True)
class FieldChange:
    """One field an import would change on an existing item, as the clerk reads it."""

    label: str
    old: str
    new: str

    def __str__(self) -> str:
        return f"{self.label}：{self.old or '（空）'} → {self.new or '（空）'}"


@dataclass
class ItemUpdate:
    """A row that changes an item already in the plan, and what it changes."""

    row: int
    data: ItemData
    item_id: int
    version: int
    changes: list[FieldChange]


class ImportCounts(NamedTuple):
    """How many rows an import adds, updates and leaves, and how many errors it found."""

    new: int
    updated: int
    unchanged: int
    errors: int
    stages_new: int = 0
    stages_updated: int = 0


@dataclass
class StageRow:
    """A row of the 阶段 sheet to write: a new stage, or an update (``stage_id``) listed old → new."""

    row: int
    item_number: int
    data: StageData
    stage_id: int | None = None
    version: int | None = None
    changes: list[FieldChange] = field(default_factory=list)


@dataclass
class ItemImportPlan:
    """What an import would write (new items, updates), what it leaves, and every refused row."""

    year: int
    #: new items: (row number, data)
    items: list[tuple[int, ItemData]] = field(default_factory=list)
    updated: list[ItemUpdate] = field(default_factory=list)
    #: rows identical to the stored item: (row number, item number)
    unchanged: list[tuple[int, int]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    plan_exists: bool = False
    #: rows of the 阶段 sheet: new stages and updates, and how many rows were identical
    stages: list[StageRow] = field(default_factory=list)
    stages_unchanged: int = 0

    @property
    def ok(self) -> bool:
        """Only a plan with no refused row is written."""
        return not self.errors

    @property
    def stage_updates(self) -> list[StageRow]:
        """The 阶段 rows that change a stage already stored."""
        return [s for s in self.stages if s.stage_id is not None]

    @property
    def nothing_to_write(self) -> bool:
        """A clean file that adds and changes nothing (importing the same file again)."""
        return self.ok and not self.items and not self.updated and not self.stages

    def counts(self) -> ImportCounts:
        """The figures of the summary line, for a caller that words it itself (the pane, in tr())."""
        updated = len(self.stage_updates)
        return ImportCounts(len(self.items), len(self.updated), len(self.unchanged), len(self.errors),
                            len(self.stages) - updated, updated)

    def summary(self) -> str:
        """One Chinese line for the command line: counts of new, updated, unchanged and refused."""
        where = f"{self.year}年计划" + ("" if self.plan_exists else "（将新建）")
        n = self.counts()
        line = f"{where}：新增 {n.new} 项，更新 {n.updated} 项，无变化 {n.unchanged} 项，有误 {n.errors} 处"
        if self.stages or self.stages_unchanged:
            line += f"；阶段：新增 {n.stages_new} 个，更新 {n.stages_updated} 个，无变化 {self.stages_unchanged} 个"
        return line

    def change_lines(self) -> list[str]:
        """Each update as the preview lists it: the row, the item, then every field old → new."""
        lines = []
        for u in self.updated:
            lines.append(f"第{u.row}行 更新第{u.data.number}项：")
            lines.extend(f"  {c}" for c in u.changes)
        for s in self.stage_updates:
            lines.append(f"“{STAGE_SHEET}”表第{s.row}行 更新第{s.item_number}项第{s.data.number}阶段：")
            lines.extend(f"  {c}" for c in s.changes)
        return lines


def _unit_id(name: str) -> int | None:
    unit = unit_by_name(name)
    return unit.id if unit is not None else None


def read_deadline(text: str) -> tuple[dt.date | None, int | None]:
    """The date and the working days a 完成时限 cell states: a date, "N个工作日", or the
    ledger's "2014-10-09（交办后5个工作日）" (both). A trailing "（暂定）" is ignored.
    """
    text = _PROVISIONAL.sub("", (text or "").strip())
    m = _DAYS.match(text)
    if m:
        return None, int(m.group(1))
    m = _LEDGER_DAYS.match(text)
    if m:
        return parse_date(m.group(1)), int(m.group(2))
    return parse_date(text), None


def says_provisional(text: str) -> bool:
    """Whether a 完成时限 cell ends with "（暂定）", as the ledger marks a date not yet fixed."""
    return bool(_PROVISIONAL.search((text or "").strip()))


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


def checks_text(quarterly: bool, days: list[dt.date], year: int) -> str:
    """督查时间 as the ledger writes it: "每季度、4月16日", with the year only off the plan's year."""
    def one(day: dt.date) -> str:
        return f"{day.month}月{day.day}日" if day.year == year else f"{day.year}年{day.month}月{day.day}日"

    return "、".join((["每季度"] if quarterly else []) + [one(d) for d in sorted(days)])


def _yes(text: Any) -> bool:
    return str(text or "是").strip() not in ("否", "不纳入", "0", "N", "n", "no", "false")


@dataclass
class _Stored:
    item: KeyItem
    unit_ids: list[int]
    check_days: list[dt.date]


def _stored_items(plan_id: int) -> dict[int, _Stored]:
    by_id = {i.id: _Stored(i, [], []) for i in KeyItem.select().where(KeyItem.plan == plan_id)}
    for iid, uid in (KeyItemUnit.select(KeyItemUnit.item, KeyItemUnit.unit).join(KeyItem)
                     .where(KeyItem.plan == plan_id).order_by(KeyItemUnit.id).tuples()):
        by_id[iid].unit_ids.append(uid)
    for iid, day in (KeyItemCheck.select(KeyItemCheck.item, KeyItemCheck.day).join(KeyItem)
                     .where(KeyItem.plan == plan_id).order_by(KeyItemCheck.day).tuples()):
        by_id[iid].check_days.append(day)
    return {s.item.number: s for s in by_id.values()}


def _row_data(number: int, v: dict[str, Any], row: int, year: int, stored: _Stored | None,
              errors: list[RowError]) -> tuple[ItemData, dt.date | None]:
    """The row as item data, and the date a ledger-form working-day deadline states.

    For an item already in the plan, a column the file lacks or a blank cell keeps the
    stored value, whatever the column: the file only says what it says. A new item
    takes the defaults (no content, no units, no supervision dates, 纳入绩效考评).
    """
    old = stored.item if stored else None

    def given(key: str) -> bool:
        return v.get(key) is not None and str(v[key]).strip() != ""

    lead = _unit_id(v["lead"])
    if lead is None:
        errors.append(RowError(row, "牵头单位", f"未知单位“{v['lead']}”，请先在“单位”中添加或改用标准名称"))
    if given("units"):
        unit_ids = []
        for name in split_names(v["units"]):
            uid = _unit_id(name)
            if uid is None:
                errors.append(RowError(row, "责任单位", f"未知单位“{name}”，请先在“单位”中添加或改用标准名称"))
            else:
                unit_ids.append(uid)
    else:
        unit_ids = list(stored.unit_ids) if stored else []
    source = v["source"].strip() if given("source") else (old.source if old else SOURCES[0])
    if source not in SOURCES:
        errors.append(RowError(row, "来源", f"来源须为：{'、'.join(SOURCES)}"))
    written: dt.date | None = None
    deadline, days, assigned_on = None, None, v.get("assigned_on")
    try:
        written, days = read_deadline(v["deadline"])
    except ValueError as exc:
        errors.append(RowError(row, "完成时限", str(exc)))
    if days is None:
        deadline, written = written, None
    else:
        if assigned_on is None and old is not None:
            assigned_on = old.assigned_on
        if assigned_on is None:
            errors.append(RowError(row, "完成时限", f"“{v['deadline']}”按工作日计算，须同时填写“交办日期”列"))
    if given("checks"):
        try:
            quarterly, check_days = parse_checks(v["checks"], year)
        except ValueError as exc:
            errors.append(RowError(row, "督查时间", str(exc)))
            quarterly, check_days = False, []
    else:
        quarterly, check_days = (old.quarterly, list(stored.check_days)) if stored else (False, [])
    performance = _yes(v["performance"]) if given("performance") else (old.performance if old else True)
    content = v["content"] if given("content") else (old.content if old else "")
    data = ItemData(number, v["title"], lead, content=content,
                    source=source, unit_ids=unit_ids, deadline=deadline, deadline_days=days,
                    assigned_on=assigned_on if days else None, check_days=check_days, quarterly=quarterly,
                    performance=performance,
                    # The file has no column for the minutes an item came from: keep the link.
                    minutes_id=old.minutes_id if old else None,
                    minutes_paragraph=old.minutes_paragraph if old else "",
                    overseer=(v["overseer"].strip() if given("overseer")
                              else overseer_name(old.overseer_id) if old else ""))
    return data, written


def _snippets(before: str, after: str, limit: int = 40) -> tuple[str, str]:
    """Two long texts cut to ``limit`` around where they first differ, so the change shows."""
    before, after = " ".join(before.split()), " ".join(after.split())
    at = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), min(len(before), len(after)))
    start = max(0, min(at - 10, max(len(before), len(after)) - limit))

    def cut(text: str) -> str:
        part = text[start:start + limit]
        return ("…" if start else "") + part + ("…" if start + limit < len(text) else "")

    return cut(before), cut(after)


def _changes(stored: _Stored, values: dict[str, Any], year: int, names: dict[int, str]) -> list[FieldChange]:
    """Every field where the row differs from the stored item, old → new.

    Text is compared as an import reads it (cleaned), and units and supervision dates
    as sets: a file that only lists them in another order changes nothing.
    """
    old = stored.item

    def units(ids: list[int]) -> str:
        return "、".join(names.get(i, str(i)) for i in ids)

    title, content = clean_text(old.title), clean_text(old.content)
    new_title, new_content = clean_text(values["title"]), clean_text(values["content"])
    # (label, stored value, imported value, and how each reads in the preview)
    fields = [
        ("工作事项", title, new_title, lambda: (title, new_title)),
        ("工作内容", content, new_content, lambda: _snippets(content, new_content)),
        ("来源", old.source, values["source"], lambda: (old.source, values["source"])),
        ("牵头单位", old.lead_unit_id, values["lead_unit"],
         lambda: (units([old.lead_unit_id]), units([values["lead_unit"]]))),
        ("责任单位", set(stored.unit_ids), set(values["unit_ids"]),
         lambda: (units(stored.unit_ids), units(values["unit_ids"]))),
        ("完成时限", (old.deadline, old.deadline_days), (values["deadline"], values["deadline_days"]),
         lambda: (format_deadline(old.deadline, old.deadline_days, old.deadline_provisional),
                  format_deadline(values["deadline"], values["deadline_days"],
                                  values["deadline_provisional"]))),
        ("交办日期", old.assigned_on, values["assigned_on"],
         lambda: tuple(d.isoformat() if d else "" for d in (old.assigned_on, values["assigned_on"]))),
        ("督查时间", (old.quarterly, set(stored.check_days)), (values["quarterly"], set(values["check_days"])),
         lambda: (checks_text(old.quarterly, stored.check_days, year),
                  checks_text(values["quarterly"], values["check_days"], year))),
        ("分管领导", old.overseer_id, values["overseer_id"],
         lambda: (overseer_name(old.overseer_id), overseer_name(values["overseer_id"]))),
        ("纳入绩效考评", old.performance, values["performance"],
         lambda: tuple("是" if b else "否" for b in (old.performance, values["performance"]))),
    ]
    return [FieldChange(label, *texts()) for label, before, after, texts in fields if before != after]


def plan_key_items(path: Path, year: int, cal: WorkCalendar) -> ItemImportPlan:
    """Read a plan file for ``year`` without writing anything.

    Each row is new (its 序号 is not in the plan), an update of the item with that 序号
    (listed field by field), unchanged, or refused with its reason; a 序号 twice in the
    file is refused. A ledger-form working-day deadline whose date disagrees with the
    working days is refused, unless the date was marked （暂定）: then the date was this
    program's guess over a year whose calendar was not entered, and the working days
    decide.
    """
    table = read_table(Path(path), COLUMNS)
    existing_plan = plan_for_year(year)
    out = ItemImportPlan(year, errors=list(table.errors), plan_exists=existing_plan is not None)
    start = existing_plan.start_date if existing_plan else dt.date(year, 1, 1)
    stored = _stored_items(existing_plan.id) if existing_plan else {}
    names = ({u.id: u.short_name or u.name for u in Unit.select(Unit.id, Unit.name, Unit.short_name)}
             if stored else {})
    seen: dict[int, int] = {}
    deadlines: dict[int, dt.date | None] = {}
    for row in table.rows:
        number = row.values["number"]
        bad = len(out.errors)
        if number in seen:
            out.errors.append(RowError(row.number, "序号", f"序号 {number} 重复：与第{seen[number]}行重复"))
        seen.setdefault(number, row.number)
        old = stored.get(number)
        data, written = _row_data(number, row.values, row.number, year, old, out.errors)
        if len(out.errors) > bad:
            continue
        try:
            values = data.cleaned(start, cal)
        except WorkflowError as exc:
            out.errors.append(RowError(row.number, "", exc.message))
            continue
        # An exported ledger keeps the provisional date of its day; the calendar entered
        # since may have moved it, and that file is still the clerk's own.
        if written is not None and written != values["deadline"] and not says_provisional(row.values["deadline"]):
            out.errors.append(RowError(
                row.number, "完成时限",
                f"写明的日期 {written.isoformat()} 与交办日期 {data.assigned_on.isoformat()} 后"
                f"{data.deadline_days}个工作日（{values['deadline'].isoformat()}）不一致：要改为固定日期请只填日期，"
                f"要按工作日计算请只填“{data.deadline_days}个工作日”"))
            continue
        deadlines[number] = values["deadline"]
        if old is None:
            out.items.append((row.number, data))
            continue
        changes = _changes(old, values, year, names)
        if changes:
            out.updated.append(ItemUpdate(row.number, data, old.item.id, old.item.version, changes))
        else:
            # Importing the same file again changes nothing: no new version, no audit row.
            out.unchanged.append((row.number, number))
    if has_sheet(Path(path), STAGE_SHEET):
        _plan_stages(Path(path), out, stored, deadlines, start)
    return out


def _sheet_error(row: int, column: str, reason: str) -> RowError:
    return RowError(row, f"{STAGE_SHEET}表·{column}" if column else f"{STAGE_SHEET}表", reason)


def _plan_stages(path: Path, out: ItemImportPlan, stored: dict[int, _Stored],
                 deadlines: dict[int, dt.date | None], plan_start: dt.date) -> None:
    """Read the 阶段 sheet into ``out``: new stages, updates (old → new), unchanged rows, errors.

    ``deadlines``: each item's deadline as the file states it (items of the first sheet)
    — the item a stage belongs to may be new, or changed by this very file.
    """
    table = read_table(path, STAGE_COLUMNS, sheet=STAGE_SHEET)
    out.errors.extend(_sheet_error(e.row, e.column, e.reason) for e in table.errors)
    have = stages_by_item(s.item.id for s in stored.values())
    by_key = {(number, st.number): st for number, s in stored.items() for st in have.get(s.item.id, [])}
    seen: dict[tuple[int, int], int] = {}
    for row in table.rows:
        v = row.values
        key = (v["item"], v["number"])
        if key in seen:
            out.errors.append(_sheet_error(row.number, "阶段序号",
                                           f"第{key[0]}项第{key[1]}阶段重复：与第{seen[key]}行重复"))
            continue
        seen[key] = row.number
        if key[0] not in deadlines and key[0] not in stored:
            out.errors.append(_sheet_error(row.number, "事项序号",
                                           f"计划和文件中都没有第{key[0]}项事项，请核对事项序号"))
            continue
        unit = unit_by_name(v["unit"])
        if unit is None:
            out.errors.append(_sheet_error(row.number, "责任单位",
                                           f"未知单位“{v['unit']}”，请先在“单位”中添加或改用标准名称"))
            continue
        old = by_key.get(key)
        given_note = v.get("note") is not None and str(v["note"]).strip() != ""
        data = StageData(v["title"], v["deadline"], unit.id, key[1],
                         v.get("done_on") or (old.done_on if old else None),
                         v["note"] if given_note else (old.note if old else ""))
        item_deadline = deadlines[key[0]] if key[0] in deadlines else stored[key[0]].item.deadline
        try:
            values = check_stage(data, item_deadline, plan_start)
        except WorkflowError as exc:
            out.errors.append(_sheet_error(row.number, "", exc.message))
            continue
        if old is None:
            out.stages.append(StageRow(row.number, key[0], data))
            continue
        changes = [FieldChange(label, a, b) for label, a, b in (
            ("阶段名称", clean_text(old.title), clean_text(values["title"])),
            ("完成时限", old.deadline.isoformat(), values["deadline"].isoformat()),
            ("责任单位", old.unit.short_name or old.unit.name, unit.short_name or unit.name),
            ("完成日期", old.done_on.isoformat() if old.done_on else "",
             values["done_on"].isoformat() if values["done_on"] else ""),
            ("备注", clean_text(old.note), clean_text(values["note"]))) if a != b]
        if changes:
            out.stages.append(StageRow(row.number, key[0], data, old.id, old.version, changes))
        else:
            out.stages_unchanged += 1


@workflow()
def apply_key_items(actor: Actor, plan: ItemImportPlan, cal: WorkCalendar | None = None) -> int:
    """Write an accepted, clean plan in one transaction: new items and updates; return how many.

    A plan with errors writes nothing, and so does one with nothing new or changed (no
    plan created, no audit row). Updates go through :func:`save_item` at the version the
    preview read: an item edited or deleted since refuses the whole import.
    """
    if not plan.ok:
        raise WorkflowError(f"文件有 {len(plan.errors)} 处错误，未导入任何数据。请改正后重新导入。")
    if plan.nothing_to_write:
        return 0
    target = ensure_plan(actor, plan.year)
    for u in plan.updated:
        try:
            save_item(actor, target.id, u.data, u.item_id, u.version, cal=cal)
        except (StaleRecordError, KeyItem.DoesNotExist):
            raise WorkflowError(f"第{u.data.number}项在预览之后已被修改或删除（文件第{u.row}行），"
                                "未导入任何数据。请重新导入，核对预览后再确定。") from None
    for _, data in plan.items:
        save_item(actor, target.id, data, cal=cal)
    ids = dict(KeyItem.select(KeyItem.number, KeyItem.id).where(KeyItem.plan == target.id).tuples())
    for s in plan.stages:
        try:
            save_stage(actor, ids[s.item_number], s.data, s.stage_id, s.version)
        except (StaleRecordError, KeyItemStage.DoesNotExist, KeyError):
            raise WorkflowError(f"第{s.item_number}项第{s.data.number}阶段在预览之后已被修改或删除"
                                f"（“{STAGE_SHEET}”表第{s.row}行），未导入任何数据。请重新导入，核对预览后再确定。") from None
    return len(plan.items) + len(plan.updated)


# ---- the ledger (台账) -------------------------------------------------------------

LEDGER_HEADERS = ("序号", "工作事项", "工作内容", "来源", "牵头单位", "责任单位", "完成时限", "督查时间",
                  "纳入绩效考评", "状态", "红绿灯", "最新进展", "存在问题", "下步打算", "评估", "阶段计划")
LEDGER_WIDTHS = (6, 22, 36, 14, 14, 24, 16, 18, 8, 8, 8, 44, 28, 28, 10, 40)


def ledger(year: int, today: dt.date, cal: WorkCalendar) -> tuple[str, list[list[Any]]]:
    """The title and rows of a plan's ledger with each item's latest quarterly progress and
    its stages (阶段计划: one line each, with its deadline, unit and light)."""
    from models.core import settings
    from models.key_items.progress import item_statuses, latest_progress
    from models.key_items.stages import stage_views

    plan = KeyPlan.get_or_none(KeyPlan.year == year)
    if plan is None:
        raise WorkflowError(f"没有{year}年的决策督查计划。")
    items = list(KeyItem.select(KeyItem, Unit).join(Unit, on=(KeyItem.lead_unit == Unit.id))
                 .where(KeyItem.plan == plan.id).order_by(KeyItem.number))
    ids = [i.id for i in items]
    statuses = item_statuses(ids, today, cal)
    latest = latest_progress(ids)
    stages = stage_views(ids, today, cal, settings.get(settings.YELLOW_DAYS))
    checks: dict[int, list[dt.date]] = {}
    for iid, day in KeyItemCheck.select(KeyItemCheck.item, KeyItemCheck.day).where(
            KeyItemCheck.item.in_(ids)).order_by(KeyItemCheck.day).tuples():
        checks.setdefault(iid, []).append(day)
    # The units' current names, not the item's stored unit_names: a unit renamed since
    # would otherwise export a name the import no longer knows.
    responsible_names: dict[int, list[str]] = {}
    for iid, short, name in (KeyItemUnit.select(KeyItemUnit.item, Unit.short_name, Unit.name)
                             .join(Unit, on=(KeyItemUnit.unit == Unit.id))
                             .where(KeyItemUnit.item.in_(ids)).order_by(KeyItemUnit.id).tuples()):
        responsible_names.setdefault(iid, []).append(short or name)
    rows = []
    for item in items:
        responsible = "、".join(responsible_names.get(item.id, []))
        reports = latest.get(item.id, [])
        unit = lambda r: r.unit.short_name or r.unit.name  # noqa: E731
        period = f"{reports[0].year}年第{reports[0].quarter}季度：" if reports else ""
        check_text = checks_text(item.quarterly, checks.get(item.id, []), plan.year)
        rows.append([
            item.number, item.title, item.content, item.source, item.lead_unit.short_name or item.lead_unit.name,
            responsible, item.deadline_text(), check_text, "是" if item.performance else "否", item.state,
            statuses[item.id].light.text(),
            period + "\n".join(f"{unit(r)}：{r.done}" for r in reports),
            "\n".join(f"{unit(r)}：{r.problems}" for r in reports if r.problems),
            "\n".join(f"{unit(r)}：{r.next_steps}" for r in reports if r.next_steps),
            "、".join(sorted({r.assessment for r in reports if r.assessment})),
            "\n".join(v.line() for v in stages.get(item.id, [])),
        ])
    return f"{plan.title}台账（截至{today.year}年{today.month}月{today.day}日）", rows
