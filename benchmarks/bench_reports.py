"""Benchmark the official-document page engine on a ~20-page bulletin.

Run from the repository root::

    python benchmarks/bench_reports.py [--pages-hint SECTIONS ROWS] [--out file.pdf]

Prints the cold time (first render in this fresh process, including font
discovery and parsing), the warm time (median of five further renders), the
page count and the file size.  Target: warm < 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(argv: list[str] | None = None) -> int:
    """Render the specimen bulletin cold and warm and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sections", type=int, default=7, help="headed sections (default 7)")
    parser.add_argument("--rows", type=int, default=60, help="table rows (default 60)")
    parser.add_argument("--runs", type=int, default=5, help="warm runs (default 5)")
    parser.add_argument("--out", type=Path, help="also write the PDF here")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    from reports.fonts import font_report
    from reports.layout import layout_document
    from reports.rendering import render
    from reports.specimen import specimen_document

    import_s = time.perf_counter() - t0

    doc = specimen_document(sections=args.sections, table_rows=args.rows)
    t0, c0 = time.perf_counter(), time.process_time()
    data = render(doc)
    cold_s, cold_cpu = time.perf_counter() - t0, time.process_time() - c0

    warm: list[float] = []
    warm_cpu: list[float] = []
    layout_only: list[float] = []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        again = render(doc)
        warm.append(time.perf_counter() - t0)
        warm_cpu.append(time.process_time() - c0)
        if again != data:
            print("WARNING: output differs between renders", file=sys.stderr)
        t0 = time.perf_counter()
        pages = layout_document(doc)
        layout_only.append(time.perf_counter() - t0)

    print(f"pages:            {len(pages)}")
    print(f"bytes:            {len(data):,}")
    print(f"import:           {import_s * 1000:.0f} ms")
    # CPU time too: on a shared machine the wall clock mostly measures the neighbours.
    print(
        f"cold render:      {cold_s * 1000:.0f} ms wall, {cold_cpu * 1000:.0f} ms CPU (fonts found and parsed)"
    )
    print(
        f"warm render:      {statistics.median(warm) * 1000:.0f} ms wall, "
        f"{statistics.median(warm_cpu) * 1000:.0f} ms CPU (median of {args.runs})"
    )
    print(f"  of which layout: {statistics.median(layout_only) * 1000:.0f} ms")
    for row in font_report():
        print(f"  {row.role_name}: {row.font} — {row.status}")
    if args.out:
        args.out.write_bytes(data)
        print(f"written:          {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
