"""决策督查: annual plans, key items and their units, supervision dates, state history,
quarterly progress, standing-committee minutes and supervision activities."""
from __future__ import annotations

import peewee

VERSION = 2
DESCRIPTION = "决策督查：年度计划、重点工作事项、季度进展、会议纪要、督查活动"

SQL = """
CREATE TABLE key_plan (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    year INTEGER NOT NULL UNIQUE,
    title VARCHAR(255) NOT NULL,
    start_date DATE NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE meeting_minutes (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    number VARCHAR(64) NOT NULL UNIQUE,
    meeting VARCHAR(255) NOT NULL,
    held_on DATE NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_minutes_held_on ON meeting_minutes (held_on);
CREATE TABLE key_item (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    plan_id INTEGER NOT NULL REFERENCES key_plan (id),
    number INTEGER NOT NULL,
    title VARCHAR(255) NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    source VARCHAR(64) NOT NULL DEFAULT '市委常委会年度工作要点',
    lead_unit_id INTEGER NOT NULL REFERENCES unit (id),
    unit_names TEXT NOT NULL DEFAULT '',
    deadline DATE,
    deadline_days INTEGER,
    assigned_on DATE,
    deadline_provisional INTEGER NOT NULL DEFAULT 0,
    quarterly INTEGER NOT NULL DEFAULT 0,
    performance INTEGER NOT NULL DEFAULT 1,
    state VARCHAR(16) NOT NULL DEFAULT '未启动',
    state_since DATE,
    minutes_id INTEGER REFERENCES meeting_minutes (id),
    minutes_paragraph VARCHAR(255) NOT NULL DEFAULT '',
    UNIQUE (plan_id, number)
);
CREATE INDEX key_item_deadline ON key_item (deadline);
CREATE INDEX key_item_by_state ON key_item (state);
CREATE INDEX key_item_lead ON key_item (lead_unit_id);
CREATE INDEX key_item_minutes ON key_item (minutes_id);
CREATE TABLE key_item_unit (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES key_item (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    UNIQUE (item_id, unit_id)
);
CREATE INDEX key_item_unit_unit ON key_item_unit (unit_id);
CREATE TABLE key_item_check (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES key_item (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    UNIQUE (item_id, day)
);
CREATE INDEX key_item_check_day ON key_item_check (day);
CREATE TABLE key_item_state (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES key_item (id) ON DELETE CASCADE,
    from_state VARCHAR(16) NOT NULL,
    to_state VARCHAR(16) NOT NULL,
    day DATE NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    actor VARCHAR(255) NOT NULL DEFAULT ''
);
CREATE INDEX key_item_state_item ON key_item_state (item_id);
CREATE TABLE key_progress (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    item_id INTEGER NOT NULL REFERENCES key_item (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    year INTEGER NOT NULL,
    quarter INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    done TEXT NOT NULL DEFAULT '',
    problems TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    reported_on DATE NOT NULL,
    assessment VARCHAR(16) NOT NULL DEFAULT '',
    UNIQUE (item_id, unit_id, year, quarter)
);
CREATE INDEX key_progress_period ON key_progress (year, quarter);
CREATE TABLE supervision_activity (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    day DATE NOT NULL,
    method VARCHAR(16) NOT NULL,
    title VARCHAR(255) NOT NULL,
    place VARCHAR(255) NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    problems TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supervision_activity_day ON supervision_activity (day);
CREATE TABLE activity_item (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES supervision_activity (id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES key_item (id),
    UNIQUE (activity_id, item_id)
);
CREATE INDEX activity_item_item ON activity_item (item_id);
CREATE TABLE activity_suggestion (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    activity_id INTEGER NOT NULL REFERENCES supervision_activity (id) ON DELETE CASCADE,
    content TEXT NOT NULL,
    unit_id INTEGER REFERENCES unit (id),
    state VARCHAR(16) NOT NULL DEFAULT '待落实',
    follow_up TEXT NOT NULL DEFAULT '',
    closed_on DATE
);
CREATE INDEX activity_suggestion_state ON activity_suggestion (state);
"""


def migrate(db: peewee.Database) -> None:
    """Create the 决策督查 tables."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
