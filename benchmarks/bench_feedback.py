"""反馈表 out and in on the demonstration office: forms written per unit, every form
filled (签收 and a progress line, as a unit would with openpyxl), judged, taken in, and
judged again (all 无变化).

    python benchmarks/bench_feedback.py
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from openpyxl import load_workbook

    from models.core.actors import LOCAL_ACTOR
    from models.core.schema import open_database
    from models.demo import DEMO_DAY, build_demo
    from models.instructions import feedback as fb
    from models.instructions import records as m
    from reports.feedback_form import write_forms

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        open_database(db)
        build_demo(LOCAL_ACTOR)
        out = Path(tmp) / "forms"
        numbers = [i.number for i in m.Instruction.select().where(m.Instruction.state.in_(m.HANDLING_STATES))]
        t = time.perf_counter()
        files = [p for n in numbers for p in write_forms(fb.forms_for(LOCAL_ACTOR, n, DEMO_DAY), out)]
        made = time.perf_counter() - t
        print(f"{len(numbers)} 件批示件，{len(files)} 份反馈表：生成 {made:.2f} s（每份 {1000 * made / len(files):.0f} ms，"
              f"{files[0].stat().st_size} 字节）")
        for f in files:
            wb = load_workbook(f)
            ws = wb[fb.FORM_SHEET]
            ws[fb.CELLS["signed_by"]], ws[fb.CELLS["signed_on"]] = "张三", dt.datetime(2014, 10, 27)
            ws[fb.CELLS["progress_on"]], ws[fb.CELLS["progress"]] = dt.datetime(2014, 10, 28), "按计划推进。"
            wb.save(f)
        for label in ("核对", "再次核对"):
            t = time.perf_counter()
            verdicts = fb.judge_all(fb.returned_files(out), DEMO_DAY)
            took = time.perf_counter() - t
            print(f"{label} {len(verdicts)} 份：{took:.2f} s（每份 {1000 * took / len(verdicts):.0f} ms），"
                  f"可接收 {sum(v.accepted for v in verdicts)} 份")
            if label == "核对":
                t = time.perf_counter()
                for v in verdicts:
                    if v.accepted:
                        fb.take_in(LOCAL_ACTOR, v, DEMO_DAY)
                print(f"导入：{time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
