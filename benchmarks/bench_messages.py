"""Benchmark: importing 20,000 messages from the board's list (target: under 3 s).

Prints, for a GBK .csv and an .xlsx of 20,000 rows, the time to read and plan the
import and the time to write it (one transaction, executemany, one audit row), then
the time of a second import of the same file (all recognised by 留言编号), for the
.xlsx the time of reading the sheet alone on each of the reader's two paths, and the
figures over the year.

    python benchmarks/bench_messages.py [--rows 20000]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HEADERS = ["留言编号", "留言时间", "留言对象", "留言标题", "留言内容", "留言人", "类型", "领域", "地区", "状态"]
KINDS = ["咨询", "投诉", "建言", "求助", "其他"]
FIELDS = ["交通", "住房", "教育", "征地拆迁", "环境保护", "城市管理", "社会保障", "医疗卫生"]
REGIONS = ["兴宁区", "青秀区", "江南区", "西乡塘区", "良庆区", "邕宁区", "武鸣县", "横县"]


def make_rows(n: int, rng: random.Random) -> list[list[str]]:
    start = dt.datetime(2014, 1, 1, 8)
    rows = []
    for i in range(n):
        posted = start + dt.timedelta(minutes=23 * i)
        rows.append([f"31{i:08d}", posted.strftime("%Y-%m-%d %H:%M"), "南宁市委书记",
                     f"{rng.choice(REGIONS)}关于{rng.choice(FIELDS)}问题的留言{i}",
                     "尊敬的领导：" + "我们小区门口道路坑洼不平，雨天积水严重，" * rng.randint(2, 12),
                     f"网友{rng.randint(1, 99999)}", rng.choice(KINDS), rng.choice(FIELDS),
                     rng.choice(REGIONS), "未回复"])
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(HEADERS)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def bench(path: Path, work: Path) -> None:
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.messages.importing import apply_import, plan_import

    db_file = work / f"{path.suffix.lstrip('.')}.sqlite3"
    open_database(db_file)
    today = dt.date(2014, 10, 28)
    t0, c0 = time.perf_counter(), time.process_time()
    plan = plan_import(path)
    t1, c1 = time.perf_counter(), time.process_time()
    result = apply_import(LOCAL_ACTOR, plan, today)
    t2, c2 = time.perf_counter(), time.process_time()
    # CPU time beside wall time: on a shared machine the wall clock includes waiting.
    print(f"{path.suffix:6} 读取+预检 {t1 - t0:6.2f} s  写入 {t2 - t1:6.2f} s  合计 {t2 - t0:6.2f} s"
          f"  （CPU {c1 - c0:.2f} + {c2 - c1:.2f} s；新增 {result.new} 条）")
    t0 = time.perf_counter()
    again = plan_import(path)
    apply_import(LOCAL_ACTOR, again, today)
    print(f"{path.suffix:6} 再次导入同一文件（全部识别为已有） {time.perf_counter() - t0:6.2f} s"
          f"  （{again.summary()}）")
    if path.suffix == ".xlsx":
        from models.tabular.xlsx_stream import iter_rows

        for label, plain in (("正则+批量解码", True), ("ElementTree", False)):
            t0, c0 = time.perf_counter(), time.process_time()
            count = sum(1 for _ in iter_rows(str(path), plain=plain))
            print(f"{path.suffix:6} 仅读取工作表（{label}，{count} 行） {time.perf_counter() - t0:6.2f} s"
                  f"  （CPU {time.process_time() - c0:.2f} s）")
    if path.suffix == ".csv":
        from models.messages.records import stats_section

        t0 = time.perf_counter()
        stats = stats_section(dt.date(2014, 1, 1), dt.date(2014, 12, 31), today)
        print(f"全年统计（{stats['received']} 条） {time.perf_counter() - t0:6.3f} s")
    close_database()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    rng = random.Random(5)
    rows = make_rows(args.rows, rng)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"{args.rows} 行留言导入（目标：3 秒以内）")
        bench(write_csv(work / "board.csv", rows), work)
        bench(write_xlsx(work / "board.xlsx", rows), work)


if __name__ == "__main__":
    main()
