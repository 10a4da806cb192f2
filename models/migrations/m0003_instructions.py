"""专项查办: leaders' instructions, their assignments to units, sign-offs, progress,
reminders, extensions, callback reviews, history, attachments and criticism notices."""
from __future__ import annotations

import peewee

VERSION = 3
DESCRIPTION = "专项查办：领导批示件、交办、签收、进展、催办、延期、回访复核、通报批评"

SQL = """
CREATE TABLE instruction (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    number VARCHAR(64) NOT NULL UNIQUE,
    number_year INTEGER NOT NULL,
    number_seq INTEGER,
    level VARCHAR(16) NOT NULL,
    leader_id INTEGER REFERENCES leader (id),
    leader_name VARCHAR(255) NOT NULL DEFAULT '',
    instructed_on DATE,
    received_on DATE NOT NULL,
    source_title VARCHAR(255) NOT NULL DEFAULT '',
    source_issuer VARCHAR(255) NOT NULL DEFAULT '',
    source_number VARCHAR(255) NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    matter VARCHAR(255) NOT NULL DEFAULT '',
    urgency VARCHAR(16) NOT NULL DEFAULT '一般',
    state VARCHAR(16) NOT NULL DEFAULT '已登记',
    queue_rank INTEGER NOT NULL DEFAULT 1,
    deadline DATE,
    deadline_provisional INTEGER NOT NULL DEFAULT 0,
    unit_names TEXT NOT NULL DEFAULT '',
    accepted_on DATE,
    decision_reason TEXT NOT NULL DEFAULT '',
    completed_on DATE,
    result TEXT NOT NULL DEFAULT '',
    review_result VARCHAR(16) NOT NULL DEFAULT '',
    reported_on DATE,
    report_text TEXT NOT NULL DEFAULT '',
    stopped_on DATE,
    stop_reason TEXT NOT NULL DEFAULT '',
    reminder_count INTEGER NOT NULL DEFAULT 0,
    search TEXT NOT NULL DEFAULT '',
    UNIQUE (number_year, number_seq)
);
CREATE INDEX instruction_queue ON instruction (queue_rank, deadline, id);
CREATE INDEX instruction_state ON instruction (state, deadline);
CREATE INDEX instruction_deadline ON instruction (deadline);
CREATE INDEX instruction_received ON instruction (received_on);
CREATE INDEX instruction_completed ON instruction (completed_on);
CREATE INDEX instruction_leader ON instruction (leader_id);
CREATE TABLE instruction_assignment (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    instruction_id INTEGER NOT NULL REFERENCES instruction (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    is_lead INTEGER NOT NULL DEFAULT 0,
    assigned_on DATE NOT NULL,
    deadline DATE NOT NULL,
    original_deadline DATE NOT NULL,
    deadline_days INTEGER,
    provisional INTEGER NOT NULL DEFAULT 0,
    signed_on DATE,
    signed_by VARCHAR(255) NOT NULL DEFAULT '',
    reminder_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (instruction_id, unit_id)
);
CREATE INDEX instruction_assignment_unit ON instruction_assignment (unit_id);
CREATE INDEX instruction_assignment_deadline ON instruction_assignment (deadline);
CREATE TABLE instruction_progress (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES instruction_assignment (id) ON DELETE CASCADE,
    reported_on DATE NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX instruction_progress_assignment ON instruction_progress (assignment_id);
CREATE TABLE instruction_reminder (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES instruction_assignment (id) ON DELETE CASCADE,
    reminded_on DATE NOT NULL,
    means VARCHAR(32) NOT NULL DEFAULT '电话',
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX instruction_reminder_assignment ON instruction_reminder (assignment_id);
CREATE INDEX instruction_reminder_on ON instruction_reminder (reminded_on);
CREATE TABLE instruction_extension (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES instruction_assignment (id) ON DELETE CASCADE,
    requested_on DATE NOT NULL,
    reason TEXT NOT NULL,
    old_deadline DATE NOT NULL,
    requested_deadline DATE NOT NULL,
    decision VARCHAR(16) NOT NULL DEFAULT '待审批',
    decided_on DATE,
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX instruction_extension_assignment ON instruction_extension (assignment_id);
CREATE TABLE instruction_review (
    id INTEGER PRIMARY KEY,
    instruction_id INTEGER NOT NULL REFERENCES instruction (id) ON DELETE CASCADE,
    reviewed_on DATE NOT NULL,
    passed INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    new_deadline DATE
);
CREATE INDEX instruction_review_instruction ON instruction_review (instruction_id);
CREATE TABLE instruction_event (
    id INTEGER PRIMARY KEY,
    instruction_id INTEGER NOT NULL REFERENCES instruction (id) ON DELETE CASCADE,
    on_date DATE NOT NULL,
    kind VARCHAR(32) NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    actor VARCHAR(255) NOT NULL DEFAULT ''
);
CREATE INDEX instruction_event_instruction ON instruction_event (instruction_id, id);
CREATE TABLE instruction_attachment (
    id INTEGER PRIMARY KEY,
    instruction_id INTEGER NOT NULL REFERENCES instruction (id),
    file_name VARCHAR(255) NOT NULL,
    stored_name VARCHAR(255) NOT NULL UNIQUE,
    sha256 VARCHAR(64) NOT NULL,
    size INTEGER NOT NULL,
    added_on DATE NOT NULL,
    note VARCHAR(255) NOT NULL DEFAULT ''
);
CREATE INDEX instruction_attachment_instruction ON instruction_attachment (instruction_id);
CREATE TABLE criticism (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    title VARCHAR(255) NOT NULL,
    created_on DATE NOT NULL,
    required_by DATE NOT NULL,
    requirement TEXT NOT NULL,
    main_to TEXT NOT NULL DEFAULT '',
    copy_to TEXT NOT NULL DEFAULT '',
    state VARCHAR(16) NOT NULL DEFAULT '草稿',
    issued_on DATE
);
CREATE TABLE criticism_item (
    id INTEGER PRIMARY KEY,
    criticism_id INTEGER NOT NULL REFERENCES criticism (id) ON DELETE CASCADE,
    instruction_id INTEGER NOT NULL REFERENCES instruction (id),
    assignment_id INTEGER REFERENCES instruction_assignment (id),
    unit_id INTEGER NOT NULL REFERENCES unit (id),
    matter TEXT NOT NULL,
    deadline DATE,
    mishandling TEXT NOT NULL
);
CREATE INDEX criticism_item_criticism ON criticism_item (criticism_id);
CREATE INDEX criticism_item_instruction ON criticism_item (instruction_id);
"""


def migrate(db: peewee.Database) -> None:
    """Create the instruction tables."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
