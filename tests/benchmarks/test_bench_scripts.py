"""The benchmark scripts that ``benchmarks/run.py`` runs for the window and the figures
still run against today's code, on the demonstration office (a script that stops
working shows up here, not in the middle of a ten-year run). Their figures are printed,
never asserted: timing belongs to the benchmarks."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(script: str, db: Path, tmp_path: Path, *extra: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DUCHA_DATA_DIR": str(tmp_path / "data"),
           "HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), str(db), *extra, "--json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_benchmark_visits_every_pane(_demo_template, tmp_path):
    from ui.main_window import PANES

    db = tmp_path / "demo.sqlite3"
    shutil.copy2(_demo_template / "ducha.sqlite3", db)
    out = _run("bench_window.py", db, tmp_path)
    for key in ("window_filled", "dashboard_refresh", "stats_first_table", "stats_first", "settings_first",
                *(f"{spec.key}_first" for spec in PANES if spec.key not in ("dashboard", "stats", "settings"))):
        assert out[f"{key}_ms"] > 0, key
    # Peaks only grow (a child's peak starts at its parent's, here pytest's: not compared with it).
    assert out["peak_mib"] >= out["peak_panes_mib"] >= out["base_mib"] > 0


def test_the_figures_benchmark_computes_a_year(_demo_template, tmp_path):
    db = tmp_path / "demo.sqlite3"
    shutil.copy2(_demo_template / "ducha.sqlite3", db)
    out = _run("bench_figures.py", db, tmp_path, "--runs", "1")
    assert {"compute_year_ms", "collect_year_ms", "build_dashboard_ms"} <= set(out)
    assert all(value > 0 for value in out.values())
