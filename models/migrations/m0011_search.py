"""The office-wide search index: grams of every searchable record, kept current by triggers."""
from __future__ import annotations

import peewee

VERSION = 11
DESCRIPTION = "全局搜索：检索索引与变动标记"

#: Each searchable table and the kind its records are filed under.
SOURCES = {
    "instruction": "instruction",
    "key_item": "key_item",
    "supervision_activity": "activity",
    "research_topic": "research",
    "message": "message",
    "issued_document": "document",
}

SQL = """
CREATE TABLE search_entry (
    id INTEGER PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    record_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (kind, record_id)
);
CREATE VIRTUAL TABLE search_doc USING fts5(kind, grams, content='', tokenize='unicode61 remove_diacritics 0');
CREATE TABLE search_dirty (
    kind VARCHAR(20) NOT NULL,
    record_id INTEGER NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
"""

TRIGGERS = """
CREATE TRIGGER search_{table}_ins AFTER INSERT ON {table}
BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('{kind}', NEW.id); END;
CREATE TRIGGER search_{table}_upd AFTER UPDATE ON {table}
BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('{kind}', NEW.id); END;
CREATE TRIGGER search_{table}_del AFTER DELETE ON {table}
BEGIN INSERT OR IGNORE INTO search_dirty (kind, record_id) VALUES ('{kind}', OLD.id); END;
"""


def migrate(db: peewee.Database) -> None:
    """Create the index and its triggers, and mark every record to be indexed.

    The index itself is filled by the program (``models/search/index.py``) on the first
    search or in the background after start: grams are cut in Python, not in SQL.
    """
    for statement in SQL.split(";"):
        if statement.strip():
            db.execute_sql(statement)
    for table, kind in SOURCES.items():
        for statement in TRIGGERS.format(table=table, kind=kind).split("END;"):
            if statement.strip():
                db.execute_sql(statement + "END;")
        db.execute_sql(f"INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT '{kind}', id FROM {table}")
