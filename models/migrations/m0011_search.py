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


POSTGRESQL_TRIGGER = """
CREATE FUNCTION search_mark_{kind}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_dirty (kind, record_id)
    VALUES ('{kind}', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END) ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER search_{table}_mark AFTER INSERT OR UPDATE OR DELETE ON {table}
FOR EACH ROW EXECUTE FUNCTION search_mark_{kind}()
"""


def migrate_postgresql(db: peewee.Database) -> None:
    """The same on a PostgreSQL server: no FTS5 table there — the search looks for each
    word in ``search_entry.text`` (the normalised text the grams are cut from), through
    a ``pg_trgm`` index where the server has that extension; triggers in PL/pgSQL."""
    for statement in SQL.split(";"):
        if statement.strip() and "VIRTUAL TABLE" not in statement:
            db.execute_sql(statement)
    try:
        with db.atomic():
            db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            db.execute_sql("CREATE INDEX search_entry_text ON search_entry USING gin (text gin_trgm_ops)")
    except peewee.DatabaseError:
        pass  # without the extension the search reads every entry: slower, the same hits
    for table, kind in SOURCES.items():
        for statement in POSTGRESQL_TRIGGER.format(table=table, kind=kind).split("$$;"):
            db.execute_sql(statement + ("$$" if "$$" in statement else ""))
        db.execute_sql(f"INSERT OR IGNORE INTO search_dirty (kind, record_id) SELECT '{kind}', id FROM {table}")
