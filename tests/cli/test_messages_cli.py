"""``import messages``, ``export reply-batch`` and the ``messages`` section of ``stats``."""
from __future__ import annotations

import csv
import datetime as dt
import json

import openpyxl
import pytest

from cli import run

HEADERS = ["留言编号", "留言时间", "留言对象", "留言标题", "留言内容", "留言人", "类型", "领域", "地区", "状态"]
ROWS = [
    ["3110200001", "2014-10-20 08:12", "南宁市委书记", "民族大道早高峰拥堵", "建议优化信号灯", "绿城网友", "建言",
     "交通", "青秀区", "未回复"],
    ["3110210002", "2014-10-21 21:40", "南宁市市长", "小区开发商延期交房", "至今未交房", "业主", "投诉",
     "住房", "良庆区", "未回复"],
]


@pytest.fixture
def board_csv(tmp_path):
    path = tmp_path / "留言板.csv"
    with path.open("w", encoding="gbk", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerows(ROWS)
    return path


@pytest.fixture
def dbfile(db, db_path):
    from models.core.db import close_database

    close_database()
    return db_path


def cli(db_path, *args):
    return run([*args[:2], "--db", str(db_path), "--today", "2014-10-28", *args[2:]])


def test_import_dry_run_then_import_then_reimport(dbfile, board_csv, capsys):
    assert cli(dbfile, "import", "messages", str(board_csv), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "新增 2 条" in out and "未写入" in out
    assert cli(dbfile, "import", "messages", str(board_csv)) == 0
    assert "新增 2 条" in capsys.readouterr().out
    assert cli(dbfile, "import", "messages", str(board_csv)) == 0
    out = capsys.readouterr().out
    assert "新增 0 条" in out and "跳过 2 条" in out and "已导入过" in out


def test_import_with_bad_rows_writes_nothing(dbfile, tmp_path, capsys):
    path = tmp_path / "bad.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADERS)
        w.writerow(ROWS[0])
        w.writerow(["3110210003", "昨天", "", "标题", "", "", "", "", "", ""])
    assert cli(dbfile, "import", "messages", str(path)) == 1
    out = capsys.readouterr().out
    assert "第3行" in out and "留言时间" in out and "未写入" in out
    assert cli(dbfile, "import", "messages", str(path), "--dry-run") == 1


def test_missing_columns_is_one_chinese_error(dbfile, tmp_path, capsys):
    path = tmp_path / "cols.csv"
    path.write_text("留言编号,留言人\n1,张三\n", encoding="utf-8")
    assert cli(dbfile, "import", "messages", str(path)) == 1
    err = capsys.readouterr().err
    assert "缺少必需的列" in err and "留言时间" in err and "Traceback" not in err


def _approve_all(db_path):
    from models.core.actors import LOCAL_ACTOR
    from models.core.db import close_database
    from models.core.schema import open_database
    from models.messages import records as m
    from models.reference.directory import UnitData, save_unit

    open_database(db_path)
    unit = save_unit(LOCAL_ACTOR, UnitData("南宁市交通运输局", "市交通运输局"))
    for msg in m.Message.select():
        m.forward(LOCAL_ACTOR, msg.id, unit.id, dt.date(2014, 10, 22))
        m.receive_draft(LOCAL_ACTOR, msg.id, "草稿", dt.date(2014, 10, 23))
        m.approve_reply(LOCAL_ACTOR, msg.id, f"=网友您好：关于{msg.title}……", dt.date(2014, 10, 27))
    close_database()


def test_export_reply_batch_gathers_and_writes_pasteable_sheet(dbfile, board_csv, tmp_path, capsys):
    assert cli(dbfile, "export", "reply-batch", "--week", "2014-10-28", str(tmp_path / "x.xlsx")) == 1
    assert "没有" in capsys.readouterr().err
    cli(dbfile, "import", "messages", str(board_csv))
    _approve_all(dbfile)
    out_file = tmp_path / "本周回复.xlsx"
    assert cli(dbfile, "export", "reply-batch", "--week", "2014-10-28", str(out_file)) == 0
    assert "2 条" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out_file).active
    rows = list(ws.iter_rows(values_only=True))
    assert "2014年10月31日" in rows[0][0]
    assert rows[1][:5] == ("序号", "留言编号", "留言时间", "留言标题", "回复内容")
    assert rows[2][1] == "3110200001" and rows[2][4].startswith("=网友您好")
    assert ws.cell(row=3, column=5).data_type == "s"  # a reply starting with "=" stays text


def test_stats_json_has_messages_section(dbfile, board_csv, capsys):
    cli(dbfile, "import", "messages", str(board_csv))
    capsys.readouterr()
    code = run(["stats", "--db", str(dbfile), "--today", "2014-11-20", "--from", "2014-10-01",
                "--to", "2014-10-31", "--json", "--section", "messages"])
    assert code == 0
    assert json.loads(capsys.readouterr().out)["messages"] == {
        "received": 2, "replied": 0, "reply_rate": 0.0, "overdue": 2}
