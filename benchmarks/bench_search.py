"""全局搜索 at ten years (python benchmarks/bench_search.py).

Builds (or reuses, ``BENCH_DB=path``) the ten-year database of ``bench_stats.py`` —
100,000 instructions and 500,000 messages — gives the messages and instructions
realistic Chinese text, then prints: the time to index everything (what an upgraded
office waits for once, in the background), the database's size before and after, and
the median time of typical queries (target: a two-character query under 50 ms).
"""
from __future__ import annotations

import datetime as dt
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TODAY = dt.date(2014, 10, 28)
PLACES = ("兴宁区", "青秀区", "江南区", "西乡塘区", "良庆区", "邕宁区", "武鸣县", "横县", "宾阳县", "上林县")
STREETS = ("民族大道", "金湖路", "友爱路", "大学路", "园湖路", "秀厢大道", "白沙大道", "星光大道", "科园大道", "竹溪大道")
ISSUES = ("路灯不亮，晚上出行很不方便", "井盖缺失，存在安全隐患", "垃圾清运不及时，气味难闻", "噪音扰民，影响休息",
          "小区停车难，占道严重", "公交线路调整后出行不便", "城中村改造补偿标准不明确", "农民工工资被拖欠",
          "学校周边交通拥堵", "排水不畅，雨天积水严重", "违章建筑长期未拆除", "供水水压不足")
ASKS = ("请有关部门尽快处理。", "希望相关部门重视解决。", "恳请领导关注。", "请问什么时候能解决？")


def enrich(db, rng: random.Random) -> None:
    """Realistic titles and text for the generated messages and instructions."""
    con = db.connection()
    con.execute("BEGIN")
    rows = []
    for (mid,) in con.execute("SELECT id FROM message").fetchall():
        place, street, issue = rng.choice(PLACES), rng.choice(STREETS), rng.choice(ISSUES)
        title = f"{place}{street}{issue.split('，')[0]}"
        rows.append((title, f"我是{place}居民，{street}附近{issue}，已经持续{rng.randrange(2, 30)}天。{rng.choice(ASKS)}",
                     mid))
    con.executemany("UPDATE message SET title = ?, content = ? WHERE id = ?", rows)
    rows = [(f"关于{rng.choice(PLACES)}{rng.choice(ISSUES).split('，')[0]}问题的批示", "请市有关部门抓紧研究，妥善处理，"
             "及时回应群众关切。", iid) for (iid,) in con.execute("SELECT id FROM instruction").fetchall()]
    con.executemany("UPDATE instruction SET matter = ?, text = ? WHERE id = ?", rows)
    con.execute("COMMIT")


def median_ms(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    import PySide6  # noqa: F401 — only to print the version beside the figures

    from models.core.schema import open_database
    from models.search import index

    print(f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, SQLite "
          f"{__import__('sqlite3').sqlite_version}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    path = Path(os.environ.get("BENCH_DB") or Path(tempfile.mkdtemp()) / "bench_search.sqlite3")
    fresh = not path.exists()
    db = open_database(path)
    if fresh:
        from benchmarks.bench_stats import generate

        t = time.perf_counter()
        generate(db)
        enrich(db, random.Random(11))
        print(f"generate 100,000 instructions + 500,000 messages with text  {time.perf_counter() - t:7.1f} s")
    size0 = path.stat().st_size
    waiting = index.pending()
    t = time.perf_counter()
    done = index.refresh()
    build = time.perf_counter() - t
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size1 = path.stat().st_size
    print(f"index {done:,} records (of {waiting:,} marked): {build:6.1f} s "
          f"({done / build if build else 0:,.0f} records/s); file {size0 / 2**20:,.0f} MB → {size1 / 2**20:,.0f} MB")
    queries = [("two characters, common", "路灯"), ("two characters, rarer", "井盖"), ("three characters", "城中村"),
               ("a place and an issue", "金湖路 积水"), ("number fragment", "2014〕9"), ("one character", "灯"),
               ("pinyin initials of a unit", "s7j"), ("nothing found", "无此内容")]
    print("\nquery (median of 7, each kind's newest 8)")
    for label, q in queries:
        ms = median_ms(lambda q=q: index.search(q, TODAY))
        n = len(index.search(q, TODAY))
        print(f"  {label:28} {q!r:14} {ms:7.1f} ms  {n:3} hits  {'ok' if ms < 50 else 'OVER 50 ms'}")
    # A change is found at once: one message edited, then searched (refresh + query).
    db.execute_sql("UPDATE message SET title = '独一无二的标题甲乙丙' WHERE id = 12345")
    ms = median_ms(lambda: index.search("甲乙丙", TODAY), 1)
    print(f"  after an edit, first search (refresh of 1 + query) {ms:7.1f} ms")


if __name__ == "__main__":
    main()
