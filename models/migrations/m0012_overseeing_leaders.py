"""分管领导: the leader who oversees a unit, and a key item; the queue's leader filters' indexes."""
from __future__ import annotations

import peewee

VERSION = 12
DESCRIPTION = "分管领导：单位与重点工作事项的分管领导；批示件按领导筛选的索引"

SQL = """
ALTER TABLE unit ADD COLUMN overseer_id INTEGER REFERENCES leader (id);
ALTER TABLE key_item ADD COLUMN overseer_id INTEGER REFERENCES leader (id);
CREATE INDEX unit_overseer ON unit (overseer_id);
CREATE INDEX key_item_overseer ON key_item (overseer_id);
CREATE INDEX instruction_leader_queue ON instruction (leader_name, queue_rank, deadline, id)
"""


def migrate(db: peewee.Database) -> None:
    """Add the two columns (no leader recorded yet: NULL) and the indexes."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
