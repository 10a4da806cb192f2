"""Changes of an instruction's units after 交办: a unit taken off the matter (更换) keeps
its row and history, with the day it was replaced, its successor and the reason."""
from __future__ import annotations

import peewee

VERSION = 10
DESCRIPTION = "领导批示件：承办单位更换记录（更换日期、接替的交办、原因）"

SQL = """
ALTER TABLE instruction_assignment ADD COLUMN replaced_on DATE;
ALTER TABLE instruction_assignment ADD COLUMN replaced_by_id INTEGER REFERENCES instruction_assignment (id);
ALTER TABLE instruction_assignment ADD COLUMN replace_reason TEXT NOT NULL DEFAULT ''
"""


def migrate(db: peewee.Database) -> None:
    """Add the three columns; every existing assignment stays a current one (NULL)."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
