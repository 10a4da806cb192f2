"""Benchmark the documents area: a ~20-page 督查通报 made from the demonstration data.

Run from the repository root::

    python benchmarks/bench_documents.py [--db demo.sqlite3] [--out bulletin.pdf]

Builds the demo database (unless ``--db`` names one), then times the whole route the
clerk triggers — database queries, figures, layout, PDF — cold (first in this process,
fonts not yet parsed) and warm (median of five). Then, only if python-docx and
LibreOffice are installed, writes the same text with python-docx and converts it with
``libreoffice --headless --convert-to pdf`` (the office's current route) for comparison.
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = dt.date(2014, 10, 28)


def _docx_route(prepared, work: Path) -> str:
    try:
        import docx  # type: ignore[import-not-found]
    except ModuleNotFoundError:
        return "python-docx 未安装：跳过 python-docx + LibreOffice 对比（请在装有二者的机器上运行本脚本）。"
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        return "LibreOffice 未安装：跳过 python-docx + LibreOffice 对比。"
    import pdfplumber

    text = []
    with pdfplumber.open(work / "bulletin.pdf") as pdf:
        for page in pdf.pages:
            text.append(page.extract_text() or "")
    t0 = time.perf_counter()
    document = docx.Document()
    for line in "\n".join(text).splitlines():
        document.add_paragraph(line)
    document.save(work / "bulletin.docx")
    t1 = time.perf_counter()
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(work / "lo"),
                    str(work / "bulletin.docx")], check=True, capture_output=True, timeout=300)
    t2 = time.perf_counter()
    return f"python-docx 写 .docx：{t1 - t0:.3f} s；LibreOffice 转 PDF：{t2 - t1:.3f} s；合计 {t2 - t0:.3f} s"


def main(argv: list[str] | None = None) -> int:
    """Time the bulletin cold and warm and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database (default: build one)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database

    work = Path(tempfile.mkdtemp(prefix="bench-documents-"))
    db_path = args.db or work / "demo.sqlite3"
    t0 = time.perf_counter()
    open_database(db_path)
    if args.db is None:
        from models.demo import build_demo

        build_demo(LOCAL_ACTOR, TODAY)
        print(f"demo built in:       {time.perf_counter() - t0:.1f} s")

    t0 = time.perf_counter()
    from reports.issuing import prepare_bulletin

    import_s = time.perf_counter() - t0

    def once():
        return prepare_bulletin(dt.date(2014, 1, 1), TODAY, TODAY, TODAY, issue=12, details=True)

    t0, c0 = time.perf_counter(), time.process_time()
    first = once()
    cold, cold_cpu = time.perf_counter() - t0, time.process_time() - c0
    warm, warm_cpu = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        again = once()
        warm.append(time.perf_counter() - t0)
        warm_cpu.append(time.process_time() - c0)
        if again.rendered.pdf != first.rendered.pdf:
            print("WARNING: output differs between runs", file=sys.stderr)
    (work / "bulletin.pdf").write_bytes(first.rendered.pdf)
    if args.out:
        args.out.write_bytes(first.rendered.pdf)
    print(f"pages:               {first.rendered.pages}")
    print(f"bytes:               {len(first.rendered.pdf):,}")
    print(f"import reports:      {import_s:.3f} s")
    print(f"cold (fonts parsed): {cold:.3f} s wall, {cold_cpu:.3f} s CPU")
    print(f"warm median of {args.runs}:   {statistics.median(warm):.3f} s wall, "
          f"{statistics.median(warm_cpu):.3f} s CPU (min {min(warm):.3f} s)")
    print(f"target warm < 1 s:   {'met' if statistics.median(warm) < 1 else 'NOT met'}")
    print(f"fonts:               {first.rendered.fonts_line}")
    print(_docx_route(first, work))
    close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
