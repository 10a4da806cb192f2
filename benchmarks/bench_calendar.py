"""Month switch of the calendar widget over 10 years of 决策督查 data.

Builds a database with 10 annual plans (2014–2023, ``ITEMS`` items each, every item
with 4 units, 4 supervision dates and four quarters of reports, plus activities),
then times ``CalendarView.step(1)`` + repaint over 24 consecutive months.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_calendar.py [ITEMS]
"""
from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ITEMS = int(sys.argv[1]) if len(sys.argv) > 1 else 100
YEARS = range(2014, 2024)


def build(path: Path) -> None:
    from models.core.db import database
    from models.core.schema import open_database
    from models.reference.directory import Unit

    open_database(path)
    db = database()
    rng = random.Random(1)
    with db.atomic():
        db.cursor().executemany("INSERT INTO unit (name, short_name, kind) VALUES (?, ?, '市直单位')",
                                [(f"南宁市测试单位{i}", f"测试{i}") for i in range(60)])
        units = [u.id for u in Unit.select(Unit.id)]
        item_rows, links, checks, reports, acts, act_items = [], [], [], [], [], []
        item_id = 0
        for year in YEARS:
            db.execute_sql("INSERT INTO key_plan (year, title, start_date) VALUES (?, ?, ?)",
                           (year, f"{year}年决策督查计划", f"{year}-01-01"))
            plan_id = year - YEARS.start + 1
            for n in range(1, ITEMS + 1):
                item_id += 1
                lead, *others = rng.sample(units, 4)
                deadline = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(60, 364))
                state = rng.choice(["推进中", "推进中", "推进中", "已完成", "未启动"])
                item_rows.append((plan_id, n, f"{year}年重点工作{n}", lead, f"测试{lead}", deadline.isoformat(),
                                  int(n % 3 == 0), state))
                links += [(item_id, u) for u in others]
                checks += [(item_id, (dt.date(year, m, rng.randint(1, 28))).isoformat()) for m in (3, 6, 9, 11)]
                for q in (1, 2, 3, 4):
                    for u in [lead, *others]:
                        reported = dt.date(year, 3 * q, 25)
                        reports.append((item_id, u, year, q, "推进", reported.isoformat(),
                                        rng.choice(["按进度", "滞后", ""])))
        db.cursor().executemany(
            "INSERT INTO key_item (plan_id, number, title, lead_unit_id, unit_names, deadline, quarterly, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", item_rows)
        db.cursor().executemany("INSERT INTO key_item_unit (item_id, unit_id) VALUES (?, ?)", links)
        db.cursor().executemany("INSERT OR IGNORE INTO key_item_check (item_id, day) VALUES (?, ?)", checks)
        db.cursor().executemany(
            "INSERT INTO key_progress (item_id, unit_id, year, quarter, done, reported_on, assessment) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", reports)
        for i in range(40 * len(YEARS)):
            day = dt.date(YEARS.start, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * len(YEARS) - 1))
            acts.append((day.isoformat(), "专项督查", f"督查活动{i}"))
            act_items.append((i + 1, rng.randint(1, item_id)))
        db.cursor().executemany("INSERT INTO supervision_activity (day, method, title) VALUES (?, ?, ?)", acts)
        db.cursor().executemany("INSERT INTO activity_item (activity_id, item_id) VALUES (?, ?)", act_items)
    print(f"data: {len(item_rows)} items, {len(checks)} supervision dates, {len(reports)} quarterly reports, "
          f"{len(acts)} activities over {len(YEARS)} years")


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from models.calendar.agenda import entries
    from ui.widgets.calendar_view import CalendarView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DUCHA_DATA_DIR"] = tmp
        t0 = time.perf_counter()
        build(Path(tmp) / "bench.sqlite3")
        print(f"build: {time.perf_counter() - t0:.1f} s")
        today = dt.date(2019, 6, 15)
        view = CalendarView(lambda: today)
        view.resize(1300, 820)
        view.show()
        view.go_to(dt.date(2018, 1, 1))
        app.processEvents()
        times, counts, query_times = [], [], []
        for _ in range(24):
            t = time.perf_counter()
            view.step(1)
            view.grid.repaint()
            times.append((time.perf_counter() - t) * 1000)
            counts.append(len(view.entries))
            start, end = view.visible_range()
            q = time.perf_counter()
            entries(start, end, today)
            query_times.append((time.perf_counter() - q) * 1000)
        print(f"month switch (query + lights + repaint), 24 months: median {statistics.median(times):.1f} ms, "
              f"max {max(times):.1f} ms; entries per 6-week grid: median {int(statistics.median(counts))}")
        print(f"  of which agenda.entries(): median {statistics.median(query_times):.1f} ms")
        view.set_mode(2)
        t = time.perf_counter()
        view.step(1)
        print(f"agenda list month switch: {(time.perf_counter() - t) * 1000:.1f} ms")
        from models.core.db import close_database

        view.close()
        view.deleteLater()
        app.processEvents()
        close_database()


if __name__ == "__main__":
    main()
    # Skip interpreter teardown: PySide6 can crash collecting widgets after QApplication.
    sys.stdout.flush()
    os._exit(0)
