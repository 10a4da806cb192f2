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
