"""督查调研 pane: list with lights, a topic walked through its steps from the pane."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models.reference.directory import UnitData, save_unit
from models.research import topics as r

TODAY = dt.date(2014, 10, 28)


@pytest.fixture
def pane(db, db_path, actor, qtbot):
    from ui.research.pane import Pane
    from ui.session import Session

    u = save_unit(actor, UnitData("南宁市人民政府督查室", "市政府督查室"))
    r.save_topic(actor, r.TopicData("全市12个综合示范村建设", "群众反映强烈的热点问题", 2014, "陈文军",
                                    dt.date(2014, 8, 4), dt.date(2014, 10, 20), [u.id]))
    r.save_topic(actor, r.TopicData("中心城区停车难问题", "群众反映强烈的热点问题", 2014, "",
                                    dt.date(2014, 11, 10), dt.date(2015, 1, 30)))
    p = Pane(Session(db_path, today=TODAY))
    qtbot.addWidget(p)
    p.resize(1300, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_list_shows_lights_and_filters(pane, qtbot):
    assert pane.table.rowCount() == 2
    lights = {pane.table.item(i, 1).text(): pane.table.item(i, 0).text() for i in range(2)}
    assert lights["全市12个综合示范村建设"] == "● 超期"
    assert lights["中心城区停车难问题"] == "■ 正常"
    pane.search.setText("停车")
    assert pane.table.rowCount() == 1


def test_steps_visit_and_summary_from_the_pane(pane, qtbot, tmp_path):
    pane.search.setText("示范村")
    d = pane.detail
    assert "市政府督查室" in d.header.toPlainText()
    qtbot.mouseClick(d.step_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(d.step_button, Qt.MouseButton.LeftButton)
    assert d.topic.state == "实地调研"
    r.save_visit(pane.session.actor, d.topic.id, r.VisitData(dt.date(2014, 10, 15), "邕宁区蒲庙镇新新村"))
    pane.written(d.topic.id)
    assert d.visits.rowCount() == 1 and d.visits.item(0, 1).text() == "邕宁区蒲庙镇新新村"
    qtbot.mouseClick(d.step_button, Qt.MouseButton.LeftButton)
    assert d.topic.state == "分析撰写"
    report = tmp_path / "报告.pdf"
    report.write_bytes(b"%PDF-1.4 demo")
    d.attach_report(str(report))
    assert "校验一致" in d.report_label.text()
    qtbot.mouseClick(d.step_button, Qt.MouseButton.LeftButton)
    assert d.topic.state == "已报送"
    assert "已结" in pane.table.item(0, 0).text()


def test_the_report_opens_from_a_checked_file_on_this_computer(pane, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from models.core import file_store
    from models.core.db import database, on_server

    opened, warned = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    pane.search.setText("示范村")
    d = pane.detail
    assert not d.open_report_button.isEnabled()  # nothing attached yet
    report = tmp_path / "报告.pdf"
    report.write_bytes(b"%PDF-1.4 demo report")
    d.attach_report(str(report))
    assert d.open_report_button.isEnabled()
    d.open_report_button.click()
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == b"%PDF-1.4 demo report"
    assert opened[0] != str(report)  # the kept copy (the server's, written to this computer), not the original
    if on_server():  # every clerk's copy comes from the database: change it there
        database().execute_sql("UPDATE stored_file SET content = ?", (b"changed",))
        Path(opened[0]).unlink()  # this computer's copy: the next opening writes it anew
    else:
        (tmp_path / "attachments" / d.topic.report_path).write_bytes(b"changed")
    d.open_report_button.click()
    assert len(opened) == 1 and "校验值不符" in warned[0]
    assert file_store.sha256_of(report) == d.topic.report_sha256


def test_a_report_the_computer_cannot_open_is_said_with_where_its_copy_is(pane, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)  # no viewer, no launcher
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    pane.search.setText("示范村")
    d = pane.detail
    report = tmp_path / "报告.pdf"
    report.write_bytes(b"%PDF-1.4 demo report")
    d.attach_report(str(report))
    d.open_report_button.click()
    assert len(warned) == 1 and "没有能打开" in warned[0] and "文件在本机的位置" in warned[0]
