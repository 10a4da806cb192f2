"""阶段计划: the stages (milestones) of a key item, each with its deadline and unit."""
from __future__ import annotations

import peewee

VERSION = 17
DESCRIPTION = "阶段计划：重点工作事项的阶段（节点）、各自的完成时限与责任单位"

SQL = """
CREATE TABLE key_item_stage (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    item_id INTEGER NOT NULL REFERENCES key_item (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    title VARCHAR(255) NOT NULL,
    deadline DATE NOT NULL,
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    done_on DATE,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (item_id, number)
);
CREATE INDEX key_item_stage_deadline ON key_item_stage (deadline);
CREATE INDEX key_item_stage_unit ON key_item_stage (unit_id)
"""


def migrate(db: peewee.Database) -> None:
    """Create the stages' table: deadlines indexed for the calendar's month, units for
    the directory's "in use" checks; a stage goes with its item (ON DELETE CASCADE)."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
