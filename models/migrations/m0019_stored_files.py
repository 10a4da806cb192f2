"""The attachments' and reports' content kept in the database itself (``stored_file``),
for the office's server, where a file in one clerk's folder is not seen by the others.
A database file keeps its attachments in the ``attachments`` folder beside it, as before;
its table stays empty (:mod:`models.core.file_store` chooses)."""
from __future__ import annotations

import peewee

VERSION = 19
DESCRIPTION = "服务器数据库中保存附件和调研报告的内容"

SQL = """
CREATE TABLE stored_file (
    id INTEGER PRIMARY KEY,
    name VARCHAR(1024) NOT NULL UNIQUE,
    sha256 VARCHAR(64) NOT NULL,
    size INTEGER NOT NULL,
    content BLOB NOT NULL
)
"""


def migrate(db: peewee.Database) -> None:
    """Create the table (empty: a file's attachments stay in its folder)."""
    db.execute_sql(SQL)
