"""签发: documents submitted for signing, who signed them, and the 可签发 mark on 督查员 accounts."""
from __future__ import annotations

import peewee

VERSION = 13
DESCRIPTION = "审核签发：待签发文件、签发人与签发时间、督查员“可签发”"

SQL = """
CREATE TABLE signing_request (
    id INTEGER PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    title VARCHAR(255) NOT NULL,
    subject VARCHAR(255) NOT NULL DEFAULT '',
    issued_on DATE NOT NULL,
    copies INTEGER NOT NULL DEFAULT 1,
    snapshot TEXT NOT NULL,
    checksum VARCHAR(64) NOT NULL,
    sample_pdf BLOB NOT NULL,
    state VARCHAR(16) NOT NULL,
    drafter VARCHAR(255) NOT NULL,
    submitted_at VARCHAR(32) NOT NULL,
    signer VARCHAR(255) NOT NULL DEFAULT '',
    signed_at VARCHAR(32) NOT NULL DEFAULT '',
    returned_by VARCHAR(255) NOT NULL DEFAULT '',
    returned_at VARCHAR(32) NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    issued_numbers VARCHAR(255) NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX signing_request_state ON signing_request (state, kind, checksum);
ALTER TABLE issued_document ADD COLUMN drafter VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE issued_document ADD COLUMN signer VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE issued_document ADD COLUMN signed_at VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE issued_document ADD COLUMN signing_request_id INTEGER NULL REFERENCES signing_request (id);
ALTER TABLE account ADD COLUMN may_sign INTEGER NOT NULL DEFAULT 0
"""


def migrate(db: peewee.Database) -> None:
    """Create the signing table and add the signer's columns."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
