"""Every speed figure of 督查工作台 in one command, each beside its target.

    python benchmarks/run.py [--quick] [--json FILE] [--markdown FILE] [--runs N] [--data DIR]

Generates (or reuses, cached under ``--data``, default ``<temp>/ducha-bench``) the
demonstration database and the ten-year database of ``bench_stats.py`` (100,000
instructions and 500,000 messages over 2005–2014), plus the same office over its last
one and three years for the growth table; then measures, each as the median of
several runs in fresh processes:

- the start to the main window idle (``DUCHA_EXIT_WHEN_IDLE=1 python main.py``, timed
  from outside), beside a bare PySide6 window started and quit the same way in the same
  run (``bare_window.py``), as a ratio; and the start to the first screen filled;
- the main window with 工作台 filled, a 工作台 refresh, the first visit of 统计, 设置
  and every other pane, and the peak memory (``bench_window.py``);
- a year's figures (``stats_tables.compute``) and the dashboard (``bench_figures.py``);
- importing a 300- and a 3,000-row instruction ledger (``bench_ledger.py``);
- the figures of the other benchmarks (``bench_*.py``), parsed from their output;
- how each figure grows from one year of history to three and ten.

``--quick`` uses a tenth of the volume per year and fewer runs: a few minutes. The
machine's load average is printed before and after: figures are wall-clock times, so
say how busy the machine was when quoting them. Processor times are given beside the
in-process figures (they move less with the load).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
TODAY = "2014-10-28"
#: Bumped when the generated data change, so a cache of older data is not reused.
DATA_VERSION = 2
GROWTH_YEARS = (1, 3, 10)
SECTIONS = ("start", "window", "figures", "ledger", "existing")


@dataclass
class Figure:
    """One measured figure: its runs, the target and how the value reads."""

    key: str
    label: str
    unit: str  # ms | s | MiB | x
    target: float | None = None  # the figure must stay below (or at) this
    values: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    note: str = ""
    before: list[float] = field(default_factory=list)  # the same figure of --baseline's code
    before_cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float | None:
        return statistics.median(self.values) if self.values else None

    @property
    def met(self) -> bool | None:
        if self.target is None or self.median is None:
            return None
        return self.median <= self.target

    def text(self, value: float | None) -> str:
        if value is None:
            return "—"
        if self.unit == "ms":
            return f"{value:.0f} ms"
        if self.unit == "s":
            return f"{value:.2f} s"
        if self.unit == "MiB":
            return f"{value:.0f} MiB"
        return f"{value:.2f}×"


# ---------------------------------------------------------------- data

def python() -> str:
    return sys.executable


def child_env(data: Path, root: Path = ROOT) -> dict[str, str]:
    """A child's environment: offscreen Qt unless a display was chosen, its own settings
    and data folders (a benchmark must not touch the clerk's), and the code of ``root``
    (this checkout, or --baseline's)."""
    home = data / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "DUCHA_DATA_DIR": str(data / "app-data"), "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(root) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["DUCHA_BENCH_ROOT"] = str(root)
    return env


def run_child(args: list[str], data: Path, timeout: float = 1800, root: Path = ROOT,
              **extra: str) -> subprocess.CompletedProcess:
    env = {**child_env(data, root), **extra}
    done = subprocess.run([python(), *args], cwd=root, env=env, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return done


def demo_db(data: Path) -> Path:
    """The demonstration office of 2014, built once."""
    path = data / f"demo-v{DATA_VERSION}.sqlite3"
    if not path.exists():
        tmp = path.with_name(path.stem + ".building.sqlite3")
        for extra in ("", "-wal", "-shm"):
            Path(str(tmp) + extra).unlink(missing_ok=True)
        run_child(["main.py", "demo", "--db", str(tmp), "--today", TODAY], data)
        _checkpoint(tmp)
        tmp.replace(path)
    return path


def history_db(data: Path, years: int, scale: float) -> Path:
    """``bench_stats.generate``'s office over its last ``years`` years (2014 back), at
    10,000 instructions and 50,000 messages a year times ``scale``, built once."""
    per_instr, per_msg = int(10_000 * scale), int(50_000 * scale)
    path = data / f"history-{years}y-{per_instr}i-{per_msg}m-v{DATA_VERSION}.sqlite3"
    if not path.exists():
        tmp = path.with_name(path.stem + ".building.sqlite3")
        for extra in ("", "-wal", "-shm"):
            Path(str(tmp) + extra).unlink(missing_ok=True)
        code = ("import sys; sys.path.insert(0, 'benchmarks'); import bench_stats as b; "
                "from models.core.db import close_database; from models.core.schema import open_database; "
                f"db = open_database({str(tmp)!r}); "
                f"b.generate(db, range({2015 - years}, 2015), {per_instr * years}, {per_msg * years}); "
                "close_database()")
        t = time.perf_counter()
        run_child(["-c", code], data)
        _checkpoint(tmp)
        tmp.replace(path)
        print(f"  generated {path.name} ({path.stat().st_size / 2**20:.0f} MB) in {time.perf_counter() - t:.0f} s",
              flush=True)
    return path


def _checkpoint(path: Path) -> None:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


# ---------------------------------------------------------------- measurements

def start_once(data: Path, db: Path | None) -> dict[str, float]:
    """One start timed from outside: seconds from the launch to the window idle
    (``idle``), to the first screen filled (``first``) and to the process's end
    (``ended``); and the processor time the process had used at the first two
    (``cpu_idle``, ``cpu_first``), which the machine's load moves less."""
    args = [str(BENCH / "bare_window.py")] if db is None else ["main.py", "--db", str(db), "--today", TODAY]
    env = {**child_env(data), "DUCHA_EXIT_WHEN_IDLE": "1"}
    t0 = time.time()
    done = subprocess.run([python(), *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    ended = time.time() - t0
    line = next((x for x in done.stderr.splitlines() if x.startswith("ducha-start:")), None)
    if done.returncode != 0 or line is None:
        raise SystemExit(f"start failed ({done.returncode}):\n{done.stderr[-3000:]}")
    words = line.split()[1:]
    marks = dict(zip(words[::2], map(float, words[1::2]), strict=True))
    return {"idle": marks["window-idle"] - t0, "first": marks["first-screen"] - t0, "ended": ended,
            "cpu_idle": marks["cpu-window-idle"], "cpu_first": marks["cpu-first-screen"]}


def measure_starts(data: Path, dbs: dict[str, Path], runs: int) -> dict[str, list[dict[str, float]]]:
    """Starts of a bare window and of the application on each database, interleaved so a
    change in the machine's load touches them alike; one unrecorded start of each warms
    the file cache first. Each round's bare start is kept with the round (``bare_…``),
    so a ratio can be taken within the round."""
    targets: dict[str, Path | None] = {"bare": None, **dbs}
    for db in targets.values():
        start_once(data, db)
    out: dict[str, list] = {k: [] for k in targets}
    for _ in range(runs):
        bare = start_once(data, None)
        out["bare"].append(bare)
        for key, db in dbs.items():
            one = start_once(data, db)
            one.update({f"bare_{k}": v for k, v in bare.items()})
            out[key].append(one)
    return out


def json_runs(script: str, args: list[str], data: Path, runs: int,
              baseline: Path | None = None) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """``runs`` runs of one of our scripts printing JSON; with ``baseline``, as many of the
    same script over that checkout's code, in alternation (a change in the machine's load
    then touches both alike)."""
    out, before = [], []
    for _ in range(runs):
        done = run_child([str(BENCH / script), *args, "--json"], data)
        out.append(json.loads(done.stdout.strip().splitlines()[-1]))
        if baseline is not None:
            done = run_child([str(BENCH / script), *args, "--json"], data, root=baseline)
            before.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return out, before


def _values(runs: list[dict[str, float]], key: str) -> list[float]:
    return [r[key] for r in runs if key in r]


# The other benchmarks print their own lines; these patterns pick the figures that have
# a target (the house rule: what the clerk waits for in the window stays under ~100 ms,
# else it goes to a worker; the documents' and imports' own stated targets).
EXISTING: list[tuple[str, list[str], list[str], list[tuple[str, str, str, float]]]] = [
    # script, full args, quick args, [(regex with one number, label, unit, target)]
    ("bench_calendar.py", [], ["30"], [
        (r"month switch .*?: median ([\d.]+) ms", "日历 month switch (query + lights + repaint), median", "ms", 100),
        (r"agenda list month switch: ([\d.]+) ms", "日历 agenda list month switch", "ms", 100)]),
    ("bench_instructions.py", [], ["20000"], [
        (r"no filter: tab counts \(SQL\) \+ first page ([\d.]+) ms", "批示件 queue: tab counts + first page", "ms", 100),
        (r"filter '城中村'.*?first page\s+([\d.]+) ms", "批示件 queue: one keystroke of filter (城中村)", "ms", 100),
        (r"pane open \(construct \+ first paint\): ([\d.]+) ms", "批示件 pane: construct + first paint", "ms", 200),
        (r"pane keystroke -> '城中村'.*?: ([\d.]+) ms", "批示件 pane: keystroke to filtered list (城中村)", "ms", 100)]),
    ("bench_messages.py", [], ["--rows", "5000"], [
        (r"\.csv\s+读取\+预检.*?合计\s+([\d.]+) s", "网民留言 import .csv (read + plan + write)", "s", 3),
        (r"\.xlsx\s+读取\+预检.*?合计\s+([\d.]+) s", "网民留言 import .xlsx (read + plan + write)", "s", 3)]),
    ("bench_documents.py", ["--db", "{demo}"], ["--db", "{demo}"], [
        (r"warm median of 5:\s+([\d.]+) s", "督查通报 (~20 pages) from the demo: warm", "s", 1)]),
    ("bench_reports.py", [], ["--runs", "2"], [
        (r"warm render:\s+([\d.]+) ms", "page engine: ~20-page bulletin, warm render", "ms", 1000)]),
    ("bench_stats.py", [], [], [
        (r"figures\.collect \(stats --json\), one year, all sections\s+([\d.]+) ms", "stats --json: one year, all sections",
         "ms", 200),
        (r"绩效考评 compute_quarter 2014Q3\s+([\d.]+) ms", "绩效考评: one quarter", "ms", 200),
        (r"drill-down: all messages received in 2014 \(first click reads them\)\s+([\d.]+) ms",
         "统计 drill-down: a year's messages (first click)", "ms", 1000),
        (r"criticism\.current_candidates\s+([\d.]+) ms", "通报批评 candidates", "ms", 200)]),
]


def existing_figures(data: Path, demo: Path, ten: Path, runs: int, quick: bool) -> list[Figure]:
    figs: list[Figure] = []
    for script, full, small, patterns in EXISTING:
        path = BENCH / script
        if not path.exists():
            continue
        # A copy: a benchmark that writes must not change the database the starts are timed on.
        scratch = data / "demo-scratch.sqlite3"
        for extra in ("-wal", "-shm"):
            Path(str(scratch) + extra).unlink(missing_ok=True)
        shutil.copy2(demo, scratch)
        args = [a.replace("{demo}", str(scratch)) for a in (small if quick else full)]
        found = [Figure(f"{script}:{label}", label, unit, target) for _, label, unit, target in patterns]
        extra = {"BENCH_DB": str(ten)} if script == "bench_stats.py" else {}
        for _ in range(runs):
            out = run_child([str(path), *args], data, **extra).stdout
            for (regex, *_), fig in zip(patterns, found, strict=True):
                m = re.search(regex, out)
                if m:
                    fig.values.append(float(m.group(1)))
        figs.extend(f for f in found if f.values)
    printing = BENCH / "bench_print.py"
    if printing.exists():
        # Another engineer's figures for printing: shown as that script prints them.
        out = run_child([str(printing)], data).stdout
        for line in out.splitlines():
            m = re.search(r"([\d.]+)\s*(ms|s)\b", line)
            if m:
                label = line[:m.start()].strip(" :：") or line.strip()
                figs.append(Figure(f"bench_print.py:{label}", "printing: " + label, m.group(2), None,
                                   [float(m.group(1))], note="one run, as bench_print.py prints it"))
    return figs


# ---------------------------------------------------------------- the report

def machine() -> dict[str, str]:
    import PySide6

    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            mem = f"{int(fh.readline().split()[1]) / 2**20:.1f} GiB RAM"
    except OSError:
        pass
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as fh:
            names = [ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")]
            cpu = names[0] if names else cpu
    except OSError:
        pass
    return {"date": dt.datetime.now().isoformat(timespec="minutes"), "platform": platform.platform(),
            "cpu": f"{cpu} × {os.cpu_count()} logical", "memory": mem,
            "python": platform.python_version(), "pyside6": PySide6.__version__,
            "qt_platform": os.environ.get("QT_QPA_PLATFORM", "offscreen")}


def load() -> str:
    try:
        return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "n/a"


def table(figs: list[Figure]) -> list[str]:
    with_before = any(f.before for f in figs)
    lines = ["| measure | median | runs | processor time | target | met |"
             + (" baseline: median | baseline: processor time |" if with_before else ""),
             "|---|---|---|---|---|---|" + ("---|---|" if with_before else "")]
    for f in figs:
        target = "—" if f.target is None else ("≤ " if f.unit == "x" else "< ") + f.text(f.target)
        met = {None: "", True: "yes", False: "**no**"}[f.met]
        cpu = f.text(statistics.median(f.cpu)) if f.cpu else ""
        spread = f" ({f.text(min(f.values))}–{f.text(max(f.values))})" if len(f.values) > 1 else ""
        label = f.label + (f" — {f.note}" if f.note else "")
        old = ""
        if with_before:
            old = (f" {f.text(statistics.median(f.before))} |" if f.before else " |") + \
                  (f" {f.text(statistics.median(f.before_cpu))} |" if f.before_cpu else " |")
        lines.append(f"| {label} | {f.text(f.median)}{spread} | {len(f.values)} | {cpu} | {target} | {met} |{old}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the data per year, fewer runs: minutes")
    parser.add_argument("--runs", type=int, help="runs per figure (default 7, quick 3)")
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "ducha-bench",
                        help="where the generated databases are kept between runs")
    parser.add_argument("--json", type=Path, help="write every run's values here")
    parser.add_argument("--markdown", type=Path, help="write the report here as well")
    parser.add_argument("--baseline", type=Path,
                        help="another checkout (e.g. a git worktree of an earlier commit): its figures of the "
                             "window, the year's figures and the 300-row ledger are measured in alternation with "
                             "ours and shown beside them")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS),
                        help="measure only these sections (default: all)")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 7)
    scale = 0.1 if args.quick else 1.0
    data = args.data / ("quick" if args.quick else "full")
    data.mkdir(parents=True, exist_ok=True)
    began, load_before = time.perf_counter(), load()
    info = machine()
    print(f"督查工作台 benchmarks — {info['date']}; {'quick' if args.quick else 'full'}; load average {load_before}",
          flush=True)

    # An installed program starts from compiled modules: compile ours, as installing does
    # (PYTHONDONTWRITEBYTECODE, set on some machines, would otherwise have every start
    # compile them from source).
    subprocess.run([python(), "-m", "compileall", "-q", "-j", "0", *(str(ROOT / d) for d in
                                                                   ("models", "ui", "cli", "reports", "resources",
                                                                    "benchmarks", "main.py"))],
                   check=False, capture_output=True)
    print("databases:", flush=True)
    demo = demo_db(args.data)
    history = {y: history_db(data, y, scale) for y in GROWTH_YEARS}
    ten = history[10]
    size = f"{ten.stat().st_size / 2**20:.0f} MB"
    volume = f"{int(100_000 * scale):,} instructions, {int(500_000 * scale):,} messages, {size}"

    figs: list[Figure] = []
    growth: dict[str, dict[int, float]] = {}

    if "start" in args.only:
        measure_start_section(data, demo, history, runs, volume, figs, growth)
    baseline = args.baseline.resolve() if args.baseline else None
    if baseline is not None:
        subprocess.run([python(), "-m", "compileall", "-q", "-j", "0", str(baseline)], check=False, capture_output=True)
    if "window" in args.only:
        measure_window_section(data, history, runs, figs, growth, baseline)
    if "figures" in args.only:
        measure_figures_section(data, history, runs, figs, growth, baseline)
    if "ledger" in args.only:
        print("ledger import …", flush=True)
        ledger = json_runs("bench_ledger.py", ["--rows", "300", "3000", "--runs", str(max(1, runs // 2))], data, 1)[0][0]
        old = []
        if baseline is not None:
            old = [json.loads(run_child([str(BENCH / "bench_ledger.py"), "--rows", "300", "--runs", "1", "--json"],
                                        data, root=baseline).stdout.strip().splitlines()[-1])]
        figs.append(Figure("ledger_300", "import a 300-row instruction ledger", "s", None, [ledger["300"]["total_s"]],
                           note="median of runs in one process", before=[o["300"]["total_s"] for o in old]))
        figs.append(Figure("ledger_3000", "import a 3,000-row instruction ledger", "s", 3,
                           [ledger["3000"]["total_s"]], note="median of runs in one process"))
    if "existing" in args.only:
        print("the other benchmarks …", flush=True)
        figs.extend(existing_figures(data, demo, ten, 1 if args.quick else 3, args.quick))
    report_all(args, info, began, load_before, runs, volume, figs, growth)
    return 0


def measure_start_section(data, demo, history, runs, volume, figs, growth) -> None:
    print("start-ups (whole processes, interleaved) …", flush=True)
    starts = measure_starts(data, {"demo": demo, **{f"{y}y": history[y] for y in GROWTH_YEARS}}, runs)
    figs.append(Figure("start_bare", "start → window idle: bare PySide6 window", "s", None,
                       [s["idle"] for s in starts["bare"]], [s["cpu_idle"] for s in starts["bare"]]))
    for key, label in (("demo", "demo database"), ("10y", f"ten-year database ({volume})")):
        runs_ = starts[key]
        figs.append(Figure(f"start_{key}", f"start → window idle, {label}", "s", None,
                           [s["idle"] for s in runs_], [s["cpu_idle"] for s in runs_]))
        figs.append(Figure(f"start_ratio_{key}", "  … as a multiple of the bare window started in the same round",
                           "x", 1.5, [s["idle"] / s["bare_idle"] for s in runs_],
                           [s["cpu_idle"] / s["bare_cpu_idle"] for s in runs_]))
        figs.append(Figure(f"first_screen_{key}", f"start → first screen (工作台) filled, {label}", "s", None,
                           [s["first"] for s in runs_], [s["cpu_first"] for s in runs_]))
    for y in GROWTH_YEARS:
        growth.setdefault("start → window idle (s)", {})[y] = statistics.median(s["idle"] for s in starts[f"{y}y"])
        growth.setdefault("start → window idle, processor time (s)", {})[y] = statistics.median(
            s["cpu_idle"] for s in starts[f"{y}y"])
        growth.setdefault("start → first screen filled (s)", {})[y] = statistics.median(
            s["first"] for s in starts[f"{y}y"])


def measure_window_section(data, history, runs, figs, growth, baseline=None) -> None:
    print("the window: first screen, panes, memory …", flush=True)
    window: dict[int, list[dict[str, float]]] = {}
    before: list[dict[str, float]] = []
    for y in GROWTH_YEARS:
        window[y], got = json_runs("bench_window.py", [str(history[y])], data,
                                   runs if y == 10 else max(2, runs // 2), baseline if y == 10 else None)
        before = got or before
    w = window[10]

    def wfig(key: str, label: str, target: float | None, unit: str = "ms") -> Figure:
        name = f"{key}_ms" if unit == "ms" else key
        cpu = f"{key}_cpu_ms"
        return Figure(key, label, unit, target, _values(w, name), _values(w, cpu) if unit == "ms" else [],
                      before=_values(before, name), before_cpu=_values(before, cpu) if unit == "ms" else [])

    figs.append(wfig("window_filled", "main window with 工作台 filled, ten years (in process)", 400))
    figs.append(wfig("dashboard_refresh", "工作台 refresh, ten years", 200))
    figs.append(wfig("stats_first_table", "first visit of 统计: its first tab (领导批示件) shown, ten years", 200))
    figs.append(wfig("stats_first", "first visit of 统计 (figures shown), ten years", 200))
    figs.append(wfig("settings_first", "first visit of 设置, ten years", 200))
    from importlib import import_module

    sys.path.insert(0, str(ROOT))
    panes = import_module("ui.main_window").PANES
    for spec in panes:
        if spec.key not in ("dashboard", "stats", "settings"):
            figs.append(wfig(f"{spec.key}_first", f"first visit of {spec.key}, ten years", 200))
    figs.append(wfig("peak_panes_mib", "peak memory, ten years, every pane visited", 250, "MiB"))
    figs.append(wfig("peak_mib", "  … and every tab of every pane shown too", 250, "MiB"))
    for y in GROWTH_YEARS:
        for key, label in (("window_filled_ms", "main window with 工作台 filled (ms)"),
                           ("dashboard_refresh_ms", "工作台 refresh (ms)"), ("stats_first_table_ms", "first visit of 统计, first tab (ms)"),
                           ("stats_first_ms", "first visit of 统计 (ms)"),
                           ("settings_first_ms", "first visit of 设置 (ms)"),
                           ("instructions_first_ms", "first visit of 批示件 (ms)"),
                           ("messages_first_ms", "first visit of 网民留言 (ms)"),
                           ("peak_panes_mib", "peak memory, every pane visited (MiB)")):
            growth.setdefault(label, {})[y] = statistics.median(_values(window[y], key))


def measure_figures_section(data, history, runs, figs, growth, baseline=None) -> None:
    print("figures of a year, the dashboard …", flush=True)
    for y in GROWTH_YEARS:
        got, old = json_runs("bench_figures.py", [str(history[y]), "--runs", str(runs)], data, 1,
                             baseline if y == 10 else None)
        f = got[0]
        growth.setdefault("a year's figures, stats_tables.compute (ms)", {})[y] = f["compute_year_ms"]
        growth.setdefault("build_dashboard (ms)", {})[y] = f["build_dashboard_ms"]
        if y == 10:
            figs.append(Figure("compute_year", "a year's figures (stats_tables.compute), ten years", "ms", 100,
                               [f["compute_year_ms"]], [f["compute_year_cpu_ms"]], note=f"median of {runs} in one process",
                               before=[o["compute_year_ms"] for o in old],
                               before_cpu=[o["compute_year_cpu_ms"] for o in old]))
            figs.append(Figure("build_dashboard", "工作台 content (build_dashboard), ten years", "ms", 200,
                               [f["build_dashboard_ms"]], [f["build_dashboard_cpu_ms"]],
                               note=f"median of {runs} in one process", before=[o["build_dashboard_ms"] for o in old],
                               before_cpu=[o["build_dashboard_cpu_ms"] for o in old]))


def report_all(args, info, began, load_before, runs, volume, figs, growth) -> None:
    load_after = load()
    base_note = ([f"- baseline column: the same figures of the code in `{args.baseline}`, measured in alternation "
                  "with these (not the start-ups: that code cannot be timed from outside)"] if args.baseline else [])
    report = [f"## 督查工作台 speed — {info['date']}", "",
              f"- machine: {info['cpu']}, {info['memory']}; {info['platform']}",
              f"- Python {info['python']}, PySide6 {info['pyside6']}, QT_QPA_PLATFORM={info['qt_platform']}",
              f"- mode: {'quick (a tenth of the data per year)' if args.quick else 'full'}; {runs} runs per figure "
              f"unless noted; load average before {load_before}, after {load_after} "
              f"({os.cpu_count()} logical processors)",
              f"- ten-year database: {volume}; took {time.perf_counter() - began:.0f} s in all", *base_note, "",
              *table(figs), "", "### Growth with history (the same office over its last 1, 3 and 10 years)", "",
              "| figure | 1 year | 3 years | 10 years | 10 y ÷ 1 y |", "|---|---|---|---|---|"]
    for label, by_year in growth.items():
        vals = [by_year.get(y) for y in GROWTH_YEARS]
        ratio = vals[2] / vals[0] if vals[0] and vals[2] else None
        cells = " | ".join("—" if v is None else (f"{v:.2f}" if "(s)" in label else f"{v:.0f}") for v in vals)
        verdict = "" if ratio is None else (f"{ratio:.2f}" + (" **grows with history**" if ratio > 2 else ""))
        report.append(f"| {label} | {cells} | {verdict} |")
    text = "\n".join(report)
    print()
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({
            "machine": info, "load_before": load_before, "load_after": load_after, "quick": args.quick,
            "runs": runs, "baseline": str(args.baseline) if args.baseline else None,
            "figures": [{"key": f.key, "label": f.label, "unit": f.unit, "target": f.target, "median": f.median,
                         "values": f.values, "cpu": f.cpu, "met": f.met, "before": f.before,
                         "before_cpu": f.before_cpu} for f in figs],
            "growth": {k: {str(y): v for y, v in by.items()} for k, by in growth.items()}},
            ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
