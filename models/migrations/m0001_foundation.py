"""Foundation: audit log, settings, units, leaders and the working-day calendar."""
from __future__ import annotations

import peewee

VERSION = 1
DESCRIPTION = "基础表：审计、设置、单位、领导、工作日历"

SQL = """
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at VARCHAR(32) NOT NULL,
    actor VARCHAR(255) NOT NULL,
    action VARCHAR(64) NOT NULL,
    table_name VARCHAR(64) NOT NULL,
    record_id VARCHAR(64),
    summary TEXT NOT NULL DEFAULT '',
    before TEXT,
    after TEXT,
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    last_id INTEGER NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
CREATE TABLE setting (
    key VARCHAR(255) PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    name VARCHAR(255) NOT NULL UNIQUE,
    short_name VARCHAR(255) NOT NULL DEFAULT '',
    kind VARCHAR(32) NOT NULL DEFAULT '市直单位',
    contact VARCHAR(255) NOT NULL DEFAULT '',
    phone VARCHAR(255) NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    initials VARCHAR(255) NOT NULL DEFAULT ''
);
CREATE INDEX unit_initials ON unit (initials);
CREATE TABLE leader (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    name VARCHAR(255) NOT NULL UNIQUE,
    post VARCHAR(255) NOT NULL DEFAULT '',
    level VARCHAR(32) NOT NULL DEFAULT '市',
    active INTEGER NOT NULL DEFAULT 1,
    initials VARCHAR(255) NOT NULL DEFAULT ''
);
CREATE INDEX leader_initials ON leader (initials);
CREATE TABLE calendar_day (
    day DATE PRIMARY KEY,
    is_working INTEGER NOT NULL,
    name VARCHAR(255) NOT NULL DEFAULT ''
);
CREATE TABLE calendar_year (
    year INTEGER PRIMARY KEY,
    source VARCHAR(255) NOT NULL DEFAULT '手工录入',
    note VARCHAR(255) NOT NULL DEFAULT ''
);
"""


def migrate(db: peewee.Database) -> None:
    """Create the foundation tables and seed the official calendar."""
    from models.calendar.store import seed_from_package

    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    seed_from_package(db)
