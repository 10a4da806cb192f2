"""印发文件登记: every issued official document with its number, snapshot and PDF."""
from __future__ import annotations

import peewee

VERSION = 6
DESCRIPTION = "印发文件登记：督查通报、通报批评、督办通知单、催办通知、决定事项反馈（编号、数据快照、PDF及校验值）"

SQL = """
CREATE TABLE issued_document (
    id INTEGER PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL CHECK (seq >= 1),
    number VARCHAR(64) NOT NULL,
    title VARCHAR(255) NOT NULL,
    issued_on DATE NOT NULL,
    issuer VARCHAR(255) NOT NULL,
    subject VARCHAR(255) NOT NULL DEFAULT '',
    snapshot TEXT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    size INTEGER NOT NULL,
    pages INTEGER NOT NULL DEFAULT 0,
    fonts TEXT NOT NULL DEFAULT '',
    pdf BLOB NOT NULL,
    UNIQUE (kind, year, seq),
    UNIQUE (kind, number)
);
CREATE INDEX issued_document_issued_on ON issued_document (issued_on, id);
CREATE INDEX issued_document_subject ON issued_document (subject)
"""


def migrate(db: peewee.Database) -> None:
    """Create the issued-documents register."""
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
