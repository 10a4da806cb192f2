"""绩效考评: the scoring scheme per year (rules with points and weights) and locked
quarters (snapshots); indexes the 统计 pane's period queries need."""
from __future__ import annotations

import peewee

VERSION = 7
DESCRIPTION = "绩效考评：评分方案（每年）、评分规则、季度锁定快照；统计查询索引"

SQL = """
CREATE TABLE eval_scheme (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    year INTEGER NOT NULL UNIQUE,
    base_score REAL NOT NULL DEFAULT 100,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE eval_rule (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    scheme_id INTEGER NOT NULL REFERENCES eval_scheme (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL DEFAULT 0,
    event VARCHAR(32) NOT NULL,
    label VARCHAR(255) NOT NULL,
    points REAL NOT NULL,
    weight REAL NOT NULL DEFAULT 1,
    cap REAL,
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (scheme_id, event)
);
CREATE TABLE eval_lock (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    locked_on DATE NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    snapshot TEXT NOT NULL,
    UNIQUE (year, quarter)
);
CREATE INDEX instruction_accepted ON instruction (accepted_on);
CREATE INDEX instruction_review_on ON instruction_review (reviewed_on, passed);
CREATE INDEX criticism_issued ON criticism (issued_on);
CREATE INDEX criticism_item_unit ON criticism_item (unit_id);
CREATE INDEX activity_suggestion_closed ON activity_suggestion (closed_on);
CREATE INDEX research_topic_submitted ON research_topic (submitted_on);
"""


def migrate(db: peewee.Database) -> None:
    """Create the evaluation tables and the statistics indexes."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
