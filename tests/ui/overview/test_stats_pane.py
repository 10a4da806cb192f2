"""统计: clicking a chart bar or a table cell lists the records behind it; exports."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

D = dt.date


@pytest.fixture
def office(db, actor):
    """Two units: one with two instructions due in October (one late), one with one on time."""
    from models.instructions import records as m
    from models.instructions import workflow as wf
    from models.reference.directory import LeaderData, UnitData, save_leader, save_unit

    a = save_unit(actor, UnitData("南宁市交通运输局", "市交通运输局")).id
    b = save_unit(actor, UnitData("南宁市住房和城乡建设委员会", "市住建委")).id
    save_leader(actor, LeaderData("黄振宇", "市委书记", "市"))
    ids = {}
    for matter, unit, deadline, done in (("公交线路调整", a, D(2014, 10, 10), D(2014, 10, 9)),
                                         ("停车难治理", a, D(2014, 10, 15), D(2014, 10, 20)),
                                         ("棚户区改造", b, D(2014, 10, 16), D(2014, 10, 16))):
        ins = wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 9, 1), leader_name="黄振宇",
                                                   text="请研究处理。", matter=matter))
        wf.accept(actor, ins.id, D(2014, 9, 2))
        wf.assign(actor, ins.id, D(2014, 9, 3), [wf.AssignmentSpec(unit, deadline=deadline)])
        wf.sign(actor, m.assignments_of(ins.id)[0].id, D(2014, 9, 4), "李志强")
        wf.complete(actor, ins.id, done, "已办结。")
        ids[matter] = ins.id
    return ids


@pytest.fixture
def pane(qtbot, db_path, office, today):
    from ui.overview.stats import Pane
    from ui.session import Session

    widget = Pane(Session(db_path, today=today))
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    qtbot.waitUntil(lambda: widget.bundle is not None and not widget.worker.busy, timeout=15000)
    yield widget
    qtbot.waitUntil(lambda: not widget.worker.busy and not (widget.evaluation and widget.evaluation.worker.busy)
                    and not widget.drill_worker.busy, timeout=15000)


def _show_tab(pane, page):
    pane.tabs.setCurrentWidget(page)


def _listed(qtbot, pane):
    """Wait for the drill-down started by a click to be listed."""
    qtbot.waitUntil(lambda: not pane.drill_worker.busy, timeout=15000)
    return pane.records.records


def test_clicking_a_chart_bar_lists_that_units_records(pane, office, qtbot):
    _show_tab(pane, pane.charts_page)  # the charts are drawn when first shown
    units = [u for u, *_ in pane.bundle.unit_rates]
    assert units == ["市交通运输局", "市住建委"]
    assert pane.rate_bars.at(0) == 50.0 and pane.rate_bars.at(1) == 100.0
    pane.rate_bars.clicked.emit(0)  # what QtCharts emits when the bar is clicked
    assert "正在列出" in pane.records.title.text()
    assert sorted(r.record_id for r in _listed(qtbot, pane)) == sorted([office["公交线路调整"], office["停车难治理"]])
    assert "市交通运输局" in pane.records.title.text() and "（2 条）" in pane.records.title.text()
    pane.rate_bars.clicked.emit(1)
    assert [r.record_id for r in _listed(qtbot, pane)] == [office["棚户区改造"]]


def test_clicking_a_table_cell_lists_the_records_behind_the_number(pane, office, qtbot):
    box = pane.boxes["instructions"]
    model = box.view.model()
    headers = pane.bundle.tables["instructions"].headers
    late = model.index(1, headers.index("到期未按时"))  # row 市委领导批示件
    assert model.data(late) == "1"
    box.view.clicked.emit(late)
    assert [r.record_id for r in _listed(qtbot, pane)] == [office["停车难治理"]]
    rate = model.index(1, headers.index("到期办结率"))
    assert model.data(rate) == "66.7%" and model.drill(rate) is None


def test_summary_text_and_period_chooser(pane, qtbot):
    assert pane.summary.toPlainText().startswith("今年以来，共立项办理市委领导批示件3件，办结3件，到期办结率66.7%")
    pane.set_period("月", 2014, 9)
    qtbot.waitUntil(lambda: pane.bundle.start == D(2014, 9, 1) and not pane.worker.busy, timeout=15000)
    assert pane.bundle.end == D(2014, 9, 30)
    assert pane.summary.toPlainText().startswith("2014年9月1日至9月30日，共立项办理市委领导批示件3件")


def test_tables_export_to_xlsx_and_charts_to_png(pane, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "t.xlsx"
    table = pane.bundle.tables["instructions"]
    pane.export_rows(table.title, table.headers, table.rows, str(path))
    ws = load_workbook(path).active
    assert ws.cell(row=2, column=1).value == "层级" and ws.cell(row=4, column=2).value == 3
    png = tmp_path / "c.png"
    _show_tab(pane, pane.charts_page)
    assert pane.rate_chart.save_png(str(png)) == str(png) and png.stat().st_size > 1000


def test_a_drill_down_after_another_program_changed_the_messages_says_so(pane, qtbot, db_path):
    import sqlite3

    def add(board_no):
        with sqlite3.connect(db_path) as other:  # another window or an import, not this pane
            other.execute("INSERT INTO message (board_no, posted_at, state) VALUES (?, '2014-10-20 09:00:00', '新留言')",
                          (board_no,))

    add("B1")
    pane.refresh()
    qtbot.waitUntil(lambda: not pane.worker.busy and pane.bundle.figures["messages"]["received"] == 1, timeout=15000)
    add("B2")
    total = pane.bundle.tables["messages"]
    pane.show_records(total.drills[-1][1], "网民留言：收到")
    assert len(_listed(qtbot, pane)) == 2
    assert "统计时为 1 条，数据已有变动" in pane.records.title.text()


def test_a_drill_down_of_a_period_no_longer_shown_is_dropped(pane, qtbot):
    from models.overview.stats_tables import Drill

    old = pane.bundle
    pane.show_records(Drill("instructions", "received"), "旧时期")
    pane.show_bundle(dataclasses.replace(old))  # a newer computation arrived meanwhile
    _listed(qtbot, pane)
    assert pane.records.records == [] and "旧时期" not in pane.records.title.text()
    pane.show_records(Drill("instructions", "received"), "新时期")
    assert len(_listed(qtbot, pane)) == 3 and "新时期" in pane.records.title.text()


def test_watchwords_tab_shows_the_three_measures_with_their_explanation(pane):
    titles = [pane.tabs.tabText(i) for i in range(pane.tabs.count())]
    assert "快·准·稳" in titles
    fast = pane.boxes["watch_fast"].view.model()
    # Received 9-1 without a 批示 date, assigned 9-3: two working days each, none reported yet.
    assert [fast.data(fast.index(0, c)) for c in range(4)] == ["批示→交办：合计", "3", "2", "2"]
    assert fast.data(fast.index(2, 0)) == "批示→交办：市领导批示"
    assert [fast.data(fast.index(3, c)) for c in range(4)] == ["交办→报结：合计", "0", "—", "—"]
    exact = pane.bundle.tables["watch_exact"].rows
    assert exact[2] == ["稳：回访复核一次通过", 0, 0, "—"]
    assert pane.bundle.tables["watch_by_unit"].rows[0][:4] == ["市交通运输局", 2, 2, 2]
    assert "回访复核已通过" in pane.watch_note.text() and "一字不差" in pane.watch_note.text()


def test_instructions_by_leader_table(pane, office, qtbot):
    table = pane.bundle.tables["instructions_by_leader"]
    assert table.headers[0] == "批示领导"
    row = table.rows[0]
    assert row[0] == "黄振宇" and row[1:5] == [3, 3, 3, 3]  # 收件 立项 办结 到期
    box = pane.boxes["instructions_by_leader"]
    assert box.view.model().rowCount() == 1
    late = box.view.model().index(0, table.headers.index("到期未按时"))
    box.view.clicked.emit(late)
    assert [r.record_id for r in _listed(qtbot, pane)] == [office["停车难治理"]]


def test_charts_and_evaluation_are_built_when_their_tab_is_first_shown(pane, qtbot):
    from ui.overview.evaluation import EvaluationTab

    assert not pane.charts_built and pane.evaluation is None
    assert pane.charts_page.layout().count() == 0 and pane.evaluation_page.layout().count() == 0
    _show_tab(pane, pane.charts_page)
    assert pane.charts_built and pane.rate_bars.count() == len(pane.bundle.unit_rates) == 2
    assert pane.evaluation is None
    # New figures redraw the charts already built.
    shown = pane.bundle
    pane.set_period("年", 2013)
    qtbot.waitUntil(lambda: pane.bundle is not shown and not pane.worker.busy, timeout=15000)
    assert pane.rate_bars.count() == len(pane.bundle.unit_rates) == 0
    _show_tab(pane, pane.evaluation_page)
    assert isinstance(pane.evaluation, EvaluationTab)
    built = pane.evaluation
    _show_tab(pane, pane.charts_page)
    _show_tab(pane, pane.evaluation_page)
    assert pane.evaluation is built and pane.evaluation_page.layout().count() == 1
    qtbot.waitUntil(lambda: not built.worker.busy, timeout=15000)
    assert built.result is not None  # the quarter computed once its tab was built


def test_the_instructions_tab_is_shown_before_the_other_figures(pane, qtbot, monkeypatch):
    import threading

    from models.overview import stats_tables

    gate = threading.Event()
    real = stats_tables.compute

    def held(start, end, today, first=None):
        # The real computation, its end held until the test has seen the first tab.
        bundle = real(start, end, today, first=first)
        gate.wait(15)
        return bundle

    monkeypatch.setattr(stats_tables, "compute", held)
    old = pane.bundle
    pane.refresh()
    try:
        qtbot.waitUntil(lambda: pane.first_only, timeout=15000)
        assert pane.boxes["instructions_by_unit"].table.rows == old.tables["instructions_by_unit"].rows
        assert pane.boxes["instructions"].table is not old.tables["instructions"]
        assert pane.boxes["messages"].table is None and pane.summary.toPlainText() == ""
        assert "正在统计" in pane.status.text()
        # A cell clicked now would list the records of the figures shown before: not listed.
        pane.show_records(stats_tables.Drill("instructions", "due"), "到期")
        assert not pane.drill_worker.busy and pane.records.records == []
    finally:
        gate.set()
    qtbot.waitUntil(lambda: pane.bundle is not old and not pane.worker.busy, timeout=15000)
    assert not pane.first_only and pane.boxes["messages"].table is pane.bundle.tables["messages"]
    assert pane.summary.toPlainText() == pane.bundle.summary


def test_the_first_tab_of_a_period_no_longer_asked_for_is_not_shown(pane, qtbot):
    old = pane.boxes["instructions"].table
    pane._show_first_tables(pane._asked - 1, {"instructions": dataclasses.replace(old, rows=[])})
    assert pane.boxes["instructions"].table is old and not pane.first_only


def test_a_table_no_longer_available_is_emptied_without_harm(pane):
    from PySide6.QtCore import Qt

    box = pane.boxes["messages"]
    headers = box.table.headers
    box.set_table(None)  # a model without columns in its place used to crash the process
    assert box.table is None and box.view.model().rowCount() == 0
    assert [box.view.model().headerData(i, Qt.Orientation.Horizontal) for i in range(len(headers))] == headers


def test_a_period_shown_again_is_not_computed_again_until_something_changes(pane, qtbot, monkeypatch, actor):
    from models.instructions import records as m
    from models.instructions import workflow as wf
    from models.overview import stats_tables

    computed: list[tuple] = []
    real = stats_tables.compute
    monkeypatch.setattr(stats_tables, "compute", lambda *a, **k: computed.append(a) or real(*a, **k))
    pane.set_period("年", 2014)
    qtbot.waitUntil(lambda: pane.bundle.start == D(2014, 1, 1) and not pane.worker.busy, timeout=15000)
    year, computed[:] = pane.bundle, []
    pane.set_period("季度", 2014, 3)
    qtbot.waitUntil(lambda: pane.bundle is not year and not pane.worker.busy, timeout=15000)
    pane.set_period("年", 2014)
    qtbot.waitUntil(lambda: pane.bundle.start == D(2014, 1, 1) and not pane.worker.busy, timeout=15000)
    assert pane.bundle.figures == year.figures
    # The quarters the chooser passed through were computed, the year not again.
    assert computed and (D(2014, 1, 1), D(2014, 12, 31)) not in [c[:2] for c in computed]
    computed[:] = []
    wf.register(actor, m.InstructionData(level="市", received_on=D(2014, 10, 20), text="请研究。"))
    pane.refresh(kept=True)  # as on the change notice
    qtbot.waitUntil(lambda: pane.bundle is not year and not pane.worker.busy, timeout=15000)
    assert [c[:2] for c in computed] == [(D(2014, 1, 1), D(2014, 12, 31))]
    assert pane.bundle.figures["instructions"]["all"]["received"] == year.figures["instructions"]["all"]["received"] + 1


def test_the_statistics_button_computes_the_figures_afresh(pane, qtbot, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from models.overview import stats_tables

    computed: list[tuple] = []
    real = stats_tables.compute
    monkeypatch.setattr(stats_tables, "compute", lambda *a, **k: computed.append(a) or real(*a, **k))
    old = pane.bundle
    pane.refresh(kept=True)
    qtbot.waitUntil(lambda: not pane.worker.busy, timeout=15000)
    assert computed == [] and pane.bundle is old
    button = next(b for b in pane.findChildren(QPushButton) if b.text() == "统计")
    button.click()
    qtbot.waitUntil(lambda: pane.bundle is not old and not pane.worker.busy, timeout=15000)
    assert len(computed) == 1 and pane.bundle.figures == old.figures
