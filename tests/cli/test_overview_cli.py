"""``evaluate --quarter 2014Q3 [--lock] [-o FILE]``."""
from __future__ import annotations

from cli import run


def test_evaluate_locks_and_exports(db, db_path, actor, tmp_path, capsys):
    from models.core.db import close_database
    from models.reference.directory import UnitData, save_unit

    save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局"))
    close_database()
    base = ["--db", str(db_path), "--today", "2014-10-28"]
    out = tmp_path / "q3.xlsx"
    assert run(["evaluate", *base, "--quarter", "2014Q3", "--lock", "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert "已锁定2014年第3季度的考评结果" in text and out.exists()
    assert run(["evaluate", *base, "--quarter", "2014Q3", "--lock"]) == 1
    assert "已锁定" in capsys.readouterr().err
    assert run(["evaluate", *base, "--quarter", "2014Q3", "-o", str(tmp_path / "q3.pdf")]) == 0
    assert (tmp_path / "q3.pdf").read_bytes().startswith(b"%PDF")
    assert run(["evaluate", *base, "--quarter", "2014Q7"]) == 1
    assert "2014Q3" in capsys.readouterr().err


def test_hotspots_lists_groups_and_proposes_a_topic(demo_db, db_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    base = [sys.executable, "main.py", "--db", str(db_path), "hotspots", "--from", "2014-07-01", "--to", "2014-10-28"]
    out = subprocess.run(base, cwd=root, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "按领域：" in out.stdout and "按热词：" in out.stdout and "上一期" in out.stdout
    label = next(line.split("　")[0].strip() for line in out.stdout.splitlines()[1:] if line.startswith("  "))
    made = subprocess.run(base + ["--propose", f"领域:{label}"], cwd=root, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0 and "已拟为调研课题" in made.stdout, made.stderr
    wrong = subprocess.run(base + ["--propose", "领域:没有这一类"], cwd=root, capture_output=True, text=True, timeout=120)
    assert wrong.returncode != 0 and "没有" in wrong.stderr + wrong.stdout
