"""Units' returned 反馈表: the office's seal key, each return taken in (file and SHA-256),
and a unit's own completion report (办结报告) with its evidence list."""
from __future__ import annotations

import peewee

VERSION = 14
DESCRIPTION = "反馈表：封签密钥、已导入的反馈表、单位办结报告"

SQL = """
CREATE TABLE feedback_seal_key (
    id INTEGER PRIMARY KEY,
    secret TEXT NOT NULL,
    created_on DATE NOT NULL
);
CREATE TABLE instruction_completion_report (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES instruction_assignment (id) ON DELETE CASCADE,
    reported_on DATE NOT NULL,
    text TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX instruction_completion_report_assignment ON instruction_completion_report (assignment_id);
CREATE TABLE instruction_feedback_return (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES instruction_assignment (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    taken_on DATE NOT NULL,
    form_version INTEGER NOT NULL,
    form_deadline DATE NOT NULL,
    changes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX instruction_feedback_return_assignment ON instruction_feedback_return (assignment_id)
"""


def migrate(db: peewee.Database) -> None:
    """Create the three tables (empty: the seal key is made on the first export)."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
