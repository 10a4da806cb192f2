"""Research topics (督查调研) and citizen messages (网民留言) with weekly reply batches."""
from __future__ import annotations

import peewee

VERSION = 4
DESCRIPTION = "督查调研课题、实地调研、意见建议；网民留言与每周集中回复批次"

SQL = """
CREATE TABLE research_topic (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    title VARCHAR(255) NOT NULL,
    direction VARCHAR(64) NOT NULL,
    year INTEGER NOT NULL,
    state VARCHAR(32) NOT NULL DEFAULT '选题',
    people TEXT NOT NULL DEFAULT '',
    planned_start DATE,
    planned_end DATE,
    actual_start DATE,
    actual_end DATE,
    coordinated_on DATE,
    fieldwork_on DATE,
    writing_on DATE,
    submitted_on DATE,
    responded_on DATE,
    report_summary TEXT NOT NULL DEFAULT '',
    report_name VARCHAR(255) NOT NULL DEFAULT '',
    report_path VARCHAR(1024) NOT NULL DEFAULT '',
    report_sha256 VARCHAR(64) NOT NULL DEFAULT '',
    leader_name VARCHAR(255) NOT NULL DEFAULT '',
    leader_instruction TEXT NOT NULL DEFAULT '',
    instruction_id INTEGER,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX research_topic_state ON research_topic (state);
CREATE INDEX research_topic_year ON research_topic (year);
CREATE INDEX research_topic_planned_end ON research_topic (planned_end);
CREATE INDEX research_topic_planned_start ON research_topic (planned_start);
CREATE INDEX research_topic_instruction ON research_topic (instruction_id);
CREATE TABLE research_topic_unit (
    id INTEGER PRIMARY KEY,
    topic_id INTEGER NOT NULL REFERENCES research_topic (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    UNIQUE (topic_id, unit_id)
);
CREATE INDEX research_topic_unit_unit ON research_topic_unit (unit_id);
CREATE TABLE research_visit (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    topic_id INTEGER NOT NULL REFERENCES research_topic (id) ON DELETE CASCADE,
    day DATE NOT NULL,
    place VARCHAR(255) NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX research_visit_day ON research_visit (day);
CREATE INDEX research_visit_topic ON research_visit (topic_id);
CREATE TABLE research_visit_unit (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES research_visit (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    UNIQUE (visit_id, unit_id)
);
CREATE INDEX research_visit_unit_unit ON research_visit_unit (unit_id);
CREATE TABLE research_finding (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    topic_id INTEGER NOT NULL REFERENCES research_topic (id) ON DELETE CASCADE,
    kind VARCHAR(32) NOT NULL DEFAULT '意见建议',
    seq INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    adoption VARCHAR(32) NOT NULL DEFAULT '待定',
    adoption_on DATE,
    adoption_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX research_finding_topic ON research_finding (topic_id, seq);
CREATE TABLE reply_batch (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    week_start DATE NOT NULL UNIQUE,
    reply_day DATE NOT NULL,
    state VARCHAR(32) NOT NULL DEFAULT '待发布',
    published_on DATE
);
CREATE INDEX reply_batch_reply_day ON reply_batch (reply_day);
CREATE TABLE message (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    board_no VARCHAR(64) NOT NULL UNIQUE,
    posted_at DATETIME NOT NULL,
    addressed_to VARCHAR(255) NOT NULL DEFAULT '',
    title VARCHAR(1024) NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    nickname VARCHAR(255) NOT NULL DEFAULT '',
    kind VARCHAR(16) NOT NULL DEFAULT '其他',
    field VARCHAR(64) NOT NULL DEFAULT '',
    region VARCHAR(64) NOT NULL DEFAULT '',
    board_status VARCHAR(64) NOT NULL DEFAULT '',
    state VARCHAR(16) NOT NULL DEFAULT '新留言',
    assessment TEXT NOT NULL DEFAULT '',
    read_on DATE,
    unit_id INTEGER REFERENCES unit (id),
    forwarded_on DATE,
    draft_reply TEXT NOT NULL DEFAULT '',
    draft_on DATE,
    approved_reply TEXT NOT NULL DEFAULT '',
    approved_on DATE,
    batch_id INTEGER REFERENCES reply_batch (id),
    replied_on DATE,
    decline_reason TEXT NOT NULL DEFAULT '',
    declined_on DATE,
    imported_on DATE
);
CREATE INDEX message_state_posted ON message (state, posted_at);
CREATE INDEX message_posted ON message (posted_at);
CREATE INDEX message_unit ON message (unit_id);
CREATE INDEX message_batch ON message (batch_id);
CREATE INDEX message_replied ON message (replied_on);
CREATE INDEX message_approved ON message (state, approved_on);
"""


def migrate(db: peewee.Database) -> None:
    """Create the research and message tables with the indexes their panes filter on."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
