"""Every table, field and operation the audit log can record has a Chinese name."""
from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import peewee

import models
from models.core import audit
from models.core.audit_labels import (
    ACTION_LABELS,
    TABLE_LABELS,
    action_label,
    field_label,
    table_label,
    table_named,
)
from models.core.base import BaseModel
from models.reference.directory import UnitData, save_unit, set_unit_active


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_table_and_column_of_the_schema_has_a_chinese_name(db):
    tables = db.get_tables()
    assert len(tables) >= 40  # the whole migrated schema, not an empty file
    missing = [t for t in tables if not _chinese(table_label(t))]
    for t in tables:
        missing += [f"{t}.{c.name}" for c in db.get_columns(t) if not _chinese(field_label(t, c.name))]
    assert missing == []


def _model_classes() -> list[type[peewee.Model]]:
    for info in pkgutil.walk_packages(models.__path__, "models."):
        if ".demo" not in info.name and ".migrations" not in info.name:
            importlib.import_module(info.name)
    found, todo = [], list(BaseModel.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo += cls.__subclasses__()
    return found


def test_every_model_field_name_the_log_writes_has_a_chinese_name(db):
    # The log keys a row by the model's field names: ``unit`` for unit_id, ``done_by`` for actor.
    tables = set(db.get_tables())
    missing = [f"{cls._meta.table_name}.{name}" for cls in _model_classes() if cls._meta.table_name in tables
               for name in cls._meta.fields if not _chinese(field_label(cls._meta.table_name, name))]
    assert missing == []
    assert field_label("message", "batch") == "回复批次"
    assert field_label("instruction_event", "done_by") == "经办人"
    assert field_label("eval_lock", "locked_by") == "锁定人"


def _written_actions() -> set[str]:
    """Every operation name a workflow passes to the audit log, read from the source."""
    found: set[str] = set()
    root = Path(models.__file__).parent
    for path in root.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            given = [kw.value for kw in node.keywords if kw.arg == "action"]
            if name in ("record", "record_change", "record_bulk") and len(node.args) > 1:
                given.append(node.args[1])
            if name == "_change" and len(node.args) > 2:
                given.append(node.args[2])
            for expr in given:
                found |= {c.value for c in ast.walk(expr) if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    return found


def test_every_operation_written_anywhere_has_a_chinese_name():
    written = _written_actions() | {"insert", "update", "delete"}
    assert {"transition", "login_failed", "reset_deadline", "import", "restore", "unread"} <= written
    assert sorted(a for a in written if a not in ACTION_LABELS) == []


def test_what_the_demonstration_office_logged_reads_in_chinese(demo_db):
    rows = audit.search(limit=audit.count())
    assert len(rows) > 1000
    seen = {(e.action, e.table_name) for e in rows}
    assert all(_chinese(action_label(a)) and _chinese(table_label(t)) for a, t in seen)
    fields = {(e.table_name, k, e.action) for e in rows for k in (*e.before, *e.after)}
    assert [f for f in fields if not _chinese(field_label(*f))] == []


def test_names_are_unique_and_a_chinese_name_finds_its_table():
    labels = list(TABLE_LABELS.values())
    assert len(set(labels)) == len(labels)
    assert table_named("批示件交办单位") == "instruction_assignment"
    assert table_named("unit") == "unit"


def test_export_rows_name_operation_table_and_fields_in_chinese(db, actor):
    u = save_unit(actor, UnitData("南宁市水利局", "市水利局"))
    save_unit(actor, UnitData("南宁市水利局", "水利局", phone="0771-1"), u.id, u.version)
    (row, *_), = [audit.export_rows(audit.search(limit=1))]
    assert row[3] == "修改" and row[4] == "单位（unit）"
    assert "简称：市水利局" in row[7] and "简称：水利局" in row[8] and "电话：0771-1" in row[8]
    assert "short_name" not in row[7] + row[8] and "{" not in row[8]
    set_unit_active(actor, u.id, False)
    (row, *_), = [audit.export_rows(audit.search(limit=1))]
    assert row[3] == "停用" and "启用：是" in row[7] and "启用：否" in row[8]
