"""Records made tamper-evident: each audit row carries the digest (摘要) of the record's
state after the change, and a bulk entry (an import, a baseline) the digests of all
the records it wrote, in a table beside the log. ``models/core/schema.py`` writes the
baseline of the records that existed before this step in the same transaction."""
from __future__ import annotations

import peewee

VERSION = 12
DESCRIPTION = "审计记录：记下每条记录改动后的摘要，使程序外对记录的改动可被查出"

SQL = """
ALTER TABLE audit_log ADD COLUMN digest VARCHAR(64);
CREATE TABLE audit_record_digest (
    audit_id INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    digest VARCHAR(64) NOT NULL,
    PRIMARY KEY (audit_id, record_id)
) WITHOUT ROWID;
CREATE INDEX audit_record_digest_record ON audit_record_digest (record_id);
"""


def migrate(db: peewee.Database) -> None:
    """Add the digest column and the bulk entries' digest table."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
