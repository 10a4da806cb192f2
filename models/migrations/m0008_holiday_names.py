"""Holiday names for the seeded calendar (the first seeding stored them empty)."""
from __future__ import annotations

import peewee

VERSION = 8
DESCRIPTION = "工作日历：补全法定节假日名称"


def migrate(db: peewee.Database) -> None:
    """Fill empty (or bare "调休") names from the package; add its weekend holiday days."""
    from models.calendar.store import seed_rows_from_package

    rows, _years = seed_rows_from_package()
    seeded = {r[0] for r in db.execute_sql(
        "SELECT year FROM calendar_year WHERE source = 'chinesecalendar'").fetchall()}
    wanted = [(d.isoformat(), int(w), n) for d, w, n in rows if d.year in seeded and n]
    db.cursor().executemany(
        "UPDATE calendar_day SET name = ? WHERE day = ? AND name IN ('', '调休')",
        [(n, d) for d, _w, n in wanted])
    db.cursor().executemany(
        "INSERT OR IGNORE INTO calendar_day (day, is_working, name) VALUES (?, ?, ?)", wanted)
