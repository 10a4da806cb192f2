"""Accounts and roles (账号与角色), their login state, and an index for the audit pane."""
from __future__ import annotations

import peewee

VERSION = 5
DESCRIPTION = "账号与角色、登录失败计数；审计记录按人员检索的索引"

SQL = """
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1,
    name VARCHAR(64) NOT NULL UNIQUE,
    display_name VARCHAR(255) NOT NULL DEFAULT '',
    role VARCHAR(16) NOT NULL CHECK (role IN ('admin', 'clerk', 'viewer')),
    password_hash VARCHAR(512) NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at VARCHAR(32) NOT NULL,
    password_changed_at VARCHAR(32) NOT NULL
);
CREATE TABLE login_state (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    failed_count INTEGER NOT NULL DEFAULT 0,
    locked_until VARCHAR(32),
    last_failed_at VARCHAR(32),
    last_login_at VARCHAR(32)
);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
"""


def migrate(db: peewee.Database) -> None:
    """Create the account tables."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
