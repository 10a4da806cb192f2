"""The 反馈表 sent out: one row per unit's form, with the day it was made, its batch,
its kind (交办 / 催办) and the dates its answers are due, so that missing and late
returns can be told."""
from __future__ import annotations

import peewee

VERSION = 16
DESCRIPTION = "反馈表：已发出的反馈表及应反馈日期"

SQL = """
CREATE TABLE instruction_feedback_form (
    id INTEGER PRIMARY KEY,
    batch INTEGER NOT NULL,
    sent_on DATE NOT NULL,
    assignment_id INTEGER NOT NULL REFERENCES instruction_assignment (id) ON DELETE CASCADE,
    instruction_id INTEGER NOT NULL REFERENCES instruction (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    kind VARCHAR(255) NOT NULL,
    sign_due DATE,
    due_on DATE NOT NULL,
    file_name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX instruction_feedback_form_assignment ON instruction_feedback_form (assignment_id);
CREATE INDEX instruction_feedback_form_instruction ON instruction_feedback_form (instruction_id);
CREATE INDEX instruction_feedback_form_due ON instruction_feedback_form (due_on)
"""


def migrate(db: peewee.Database) -> None:
    """Create the table (empty: forms made before this step were not recorded)."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
