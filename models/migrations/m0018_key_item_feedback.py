"""The key items' quarterly 反馈表: each form sent to a unit for a quarter with its due
date, and each returned form taken in with its file name and SHA-256."""
from __future__ import annotations

import peewee

VERSION = 18
DESCRIPTION = "重点工作季度反馈表：已发出的季度反馈表及应反馈日期、已导入的季度反馈表"

SQL = """
CREATE TABLE key_item_feedback_form (
    id INTEGER PRIMARY KEY,
    batch INTEGER NOT NULL,
    sent_on DATE NOT NULL,
    plan_id INTEGER NOT NULL REFERENCES key_plan (id),
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL,
    items TEXT NOT NULL DEFAULT '',
    due_on DATE NOT NULL,
    file_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX key_item_feedback_form_quarter ON key_item_feedback_form (plan_id, year, quarter);
CREATE TABLE key_item_feedback_return (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES key_plan (id),
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 VARCHAR(255) NOT NULL,
    taken_on DATE NOT NULL,
    form_version INTEGER NOT NULL,
    changes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX key_item_feedback_return_quarter ON key_item_feedback_return (plan_id, year, quarter)
"""


def migrate(db: peewee.Database) -> None:
    """Create both tables (empty: nothing was sent or returned before this step)."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
