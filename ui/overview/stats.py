"""统计: the office's figures for a chosen period, as tables and charts, with the records
behind every cell and bar, the year-to-date summary text, and the 绩效考评 tab.

The numbers come from :func:`models.overview.stats_tables.compute` (the registered figure
sections' own rule functions), computed off the UI thread. Tables export to .xlsx,
charts save as PNG.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.overview.figures import RecordRef
from models.overview.stats_tables import Drill, StatsBundle, StatTable, compute_kept, records_for
from ui.background import Background
from ui.session import Change
from ui.widgets.date_field import DateField
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.rows_model import RowsModel, fit_columns, table_view

MODES = ("月", "季度", "年", "自定义")


def period_of(mode: str, year: int, part: int, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The period a chooser setting means: month ``part``, quarter ``part``, the year, or [start, end]."""
    if mode == "月":
        first = dt.date(year, part, 1)
        nxt = dt.date(year + part // 12, part % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    if mode == "季度":
        first = dt.date(year, 3 * part - 2, 1)
        nxt = dt.date(year + (part == 4), 1 if part == 4 else 3 * part + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    if mode == "年":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return start, end


class _TitledTable(QWidget):
    """A table under a bold title, with an 导出 .xlsx button calling the subclass's ``export``."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        # A long drill-down title wraps instead of widening the window.
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        # Qt takes tr()'s context from the instance's class: name this class's own.
        export = QPushButton(QCoreApplication.translate("_TitledTable", "导出 .xlsx"))
        export.clicked.connect(self.export)
        head.addWidget(export)
        layout.addLayout(head)
        self.view = table_view()
        layout.addWidget(self.view)


class StatTableBox(_TitledTable):
    """One statistics table with its title and an export button."""

    def __init__(self, pane: Pane, key: str) -> None:
        super().__init__()
        self.pane, self.key, self.table = pane, key, None
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)

    def set_table(self, table: StatTable | None) -> None:
        """Show ``table`` (or nothing when the area is not available)."""
        if table is None:
            self.title.setText(self.tr("（该部分暂无数据）"))
            self._empty()
            return
        self.table = table
        self.title.setText(table.title)
        self.view.setModel(RowsModel(table.headers, table.rows, table.drills, self.view))
        fit_columns(self.view)
        # Short tables take the room they need and leave the rest to the long ones (a
        # page of short tables keeps them at the top, the stretch below taking the rest).
        short = len(table.rows) <= 14
        if short:
            self.view.setFixedHeight(self.view.horizontalHeader().height() + 24 * len(table.rows) + 6)
        else:
            self.view.setMinimumHeight(0)
            self.view.setMaximumHeight(16777215)
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Maximum if short else QSizePolicy.Policy.Expanding)
        page = self.parentWidget()
        if page is not None and page.layout() is not None:
            page.layout().setStretchFactor(self, 0 if short else 100)

    def waiting(self) -> None:
        """Nothing shown while the period's figures are still being computed."""
        self.title.setText(self.tr("正在统计…"))
        self._empty()

    def _empty(self) -> None:
        # No rows under the columns shown: a model without columns replacing one with
        # them crashed Qt (PySide6 6.11.3), and one without a parent is collected under the view.
        if self.table is not None:
            self.view.setModel(RowsModel(self.table.headers, [], None, self.view))
        self.table = None

    def _clicked(self, index: QModelIndex) -> None:
        drill = self.view.model().drill(index)
        if drill is not None and self.table is not None:
            row = self.table.rows[index.row()][0]
            self.pane.show_records(drill, f"{self.table.title}：{row} · {self.table.headers[index.column()]}")

    def export(self) -> None:
        if self.table is None:
            return
        self.pane.export_table(self.table)


def _shown_count(bundle: StatsBundle, drill: Drill) -> int | None:
    """The number a table of ``bundle`` shows for ``drill`` (the cell that was clicked, or
    the one a chart bar stands for), if any."""
    for table in bundle.tables.values():
        for row, drills in zip(table.rows, table.drills, strict=True):
            for value, cell in zip(row, drills, strict=True):
                if cell == drill and isinstance(value, int):
                    return value
    return None


def _count_axis(top: int) -> QValueAxis:
    """A value axis for counts: from 0 past ``top`` in whole, round steps (1, 2, 5, 10, 20,
    50 …), at most 8 of them, so no tick reads "2" where the line stands at 2.5."""
    step = 1
    while top / step > 8:
        for factor in (2, 2.5, 2):  # 1 → 2 → 5 → 10 → 20 → 50 → 100 …
            step = int(step * factor)
            if top / step <= 8:
                break
    ticks = -(-top // step)
    axis = QValueAxis()
    axis.setRange(0, ticks * step)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")
    return axis


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area: a page of tables or charts taller than a 720-pixel screen
    scrolls instead of setting the window's minimum height."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class RecordsBox(_TitledTable):
    """The records behind the cell or bar last clicked; Enter or double-click opens one."""

    HEADERS = ["编号/日期", "标题", "单位", "日期", "状态"]

    def __init__(self, pane: Pane) -> None:
        super().__init__()
        self.pane = pane
        self.records: list[RecordRef] = []
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.clear()

    def clear(self) -> None:
        """No records: the hint of what this list is for."""
        self.set_records([], "")
        self.title.setText(self.tr("单击表格中的数字或图表中的柱，在此列出对应的记录。"))

    def rows(self) -> list[list[Any]]:
        """The list as shown."""
        return [[r.label, r.title, r.unit, r.day.isoformat() if r.day else "", r.state] for r in self.records]

    def set_records(self, records: list[RecordRef], title: str) -> None:
        """Show ``records`` under ``title``."""
        self.records = records
        if title:
            self.title.setText(self.tr("{0}（{1} 条）").format(title, len(records)))
        self.view.setModel(RowsModel(self.HEADERS, self.rows(), None, self.view))
        for c, w in enumerate((150, 380, 140, 100)):
            self.view.setColumnWidth(c, w)

    def _open(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.records):
            r = self.records[index.row()]
            opener = getattr(self.window(), "open_record", None)
            if opener is not None:
                opener(r.record_type, r.record_id)

    def export(self) -> None:
        self.pane.export_rows(self.title.text(), self.HEADERS, self.rows())


class ChartBox(QWidget):
    """A chart with a 保存 PNG button."""

    def __init__(self, pane: Pane, title: str) -> None:
        super().__init__()
        self.pane = pane
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addStretch(1)
        save = QPushButton(self.tr("保存为 PNG"))
        save.clicked.connect(self.save_png)
        head.addWidget(save)
        layout.addLayout(head)
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(260)
        layout.addWidget(self.view)

    def reset(self) -> None:
        """Remove the series and axes before drawing again."""
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def save_png(self, path: str | None = None) -> str | None:
        """Save the chart as it is shown."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存图表"), f"{self.chart.title()}.png",
                                                  self.tr("PNG 图片 (*.png)"))
        if not path:
            return None
        if not self.view.grab().save(path, "PNG"):
            QMessageBox.warning(self, self.tr("保存失败"), self.tr("无法写入“{0}”，请换一个文件夹。").format(path))
            return None
        return path


class _FirstTables(QObject):
    """Carries the instructions' tables from the computing thread to the pane. Without a
    Qt parent, as :class:`ui.background.Background`'s signals: a computation ending after
    the pane was closed emits into this live object, and Qt drops the connection."""

    ready = Signal(int, object)  # the request it answers, {key: StatTable}


class Pane(QWidget):
    """统计."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.bundle: StatsBundle | None = None
        self.worker = Background(self)
        self.worker.finished.connect(self.show_bundle)
        self.worker.failed.connect(lambda e: self.status.setText(self.tr("统计失败：{0}").format(e)))
        # The first tab is shown as soon as the instructions are judged, the rest after.
        self._first = _FirstTables()
        self._first.ready.connect(self._show_first_tables)
        self._asked = 0
        self.first_only = False  # the first tab of a period shows, its whole figures are still coming
        # A drill-down over a year of messages reads them first: off the UI thread too.
        self.drill_worker = Background(self)
        self.drill_worker.finished.connect(self._records_listed)
        self.drill_worker.failed.connect(lambda e: self.status.setText(self.tr("列出记录失败：{0}").format(e)))
        self._build()
        session.changed.connect(self._on_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.refresh(kept=True)

    # ---- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        today = self.session.today()
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计时期：")))
        self.mode = QComboBox()
        for m in MODES:
            self.mode.addItem(self.tr(m), m)
        # From New Year to the end of this month: the period of a "今年以来" report.
        self.mode.setCurrentIndex(MODES.index("自定义"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.part = QComboBox()
        self.start = DateField(dt.date(today.year, 1, 1), today=self.session.today)
        month_end = period_of("月", today.year, today.month, today, today)[1]
        self.end = DateField(month_end, today=self.session.today)
        self.to_label = QLabel(self.tr("至"))
        for w in (self.mode, self.year, self.part, self.start, self.to_label, self.end):
            bar.addWidget(w)
        go = QPushButton(self.tr("统计"))
        go.setDefault(True)
        go.clicked.connect(lambda: self.refresh())
        bar.addWidget(go)
        self.status = ElidedLabel()
        self.status.setStyleSheet("color: #757575;")
        bar.addWidget(self.status, 1)
        outer.addLayout(bar)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed()
        # A period chosen again shows the figures kept of it while nothing has changed.
        self.year.valueChanged.connect(lambda: self.refresh(kept=True))
        self.part.currentIndexChanged.connect(lambda: self.refresh(kept=True))
        self.start.editingFinished.connect(lambda: self.refresh(kept=True))
        self.end.editingFinished.connect(lambda: self.refresh(kept=True))

        summary_row = QHBoxLayout()
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setMaximumHeight(64)
        summary_row.addWidget(self.summary, 1)
        copy = QPushButton(self.tr("复制综述"))
        copy.setToolTip(self.tr("把这段文字复制到剪贴板，可直接粘贴到材料中"))
        copy.clicked.connect(self.copy_summary)
        summary_row.addWidget(copy)
        outer.addLayout(summary_row)

        split = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.boxes: dict[str, StatTableBox] = {}

        def page(*keys: str, note: QLabel | None = None) -> QWidget:
            w = QWidget()
            lay = QVBoxLayout(w)
            if note is not None:
                lay.addWidget(note)
            for k in keys:
                self.boxes[k] = StatTableBox(self, k)
                lay.addWidget(self.boxes[k])
            lay.addStretch(1)
            return _scrolling(w)

        self.tabs.addTab(page("instructions", "instructions_by_leader", "instructions_by_unit"), self.tr("领导批示件"))
        # What each watchword measures, in the office's own terms (models.instructions.watchwords).
        self.watch_note = QLabel(self.tr(
            "快：从领导批示（无批示日期的按收文登记日）到交办、从交办到报结各用了几个工作日，"
            "取中位数和九成件数所在的天数（交办、报结落在本期的件）。"
            "准：本期印发的督办通知单是否一字不差地载明批示原文；本期报结的件是否完整——"
            "单位办结结果已录入、回访复核已通过、报结内容已记录。"
            "稳：首次回访复核落在本期的件中一次通过的比例；复核不通过、退回重办的件数。"))
        self.watch_note.setWordWrap(True)
        self.watch_note.setStyleSheet("color: #555;")
        self.tabs.addTab(page("watch_fast", "watch_exact", "watch_by_unit", note=self.watch_note),
                         self.tr("快·准·稳"))
        self.tabs.addTab(page("key_items", "monthly"), self.tr("重点工作 · 逐月"))
        self.tabs.addTab(page("messages", "messages_by_unit"), self.tr("网民留言"))
        self.tabs.addTab(page("activities", "research"), self.tr("督查活动 · 调研"))
        # The charts and 绩效考评 are built when their tab is first shown: the first visit
        # shows the tables without waiting for them (nor for 绩效考评's own computation).
        self.charts_page = QWidget()
        QVBoxLayout(self.charts_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.charts_page, self.tr("图表"))
        self.charts_built = False
        self.evaluation_page = QWidget()
        QVBoxLayout(self.evaluation_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.evaluation_page, self.tr("绩效考评"))
        self.evaluation = None
        self.tabs.currentChanged.connect(self._tab_shown)
        split.addWidget(self.tabs)
        self.records = RecordsBox(self)
        split.addWidget(self.records)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.charts_page and not self.charts_built:
            self._build_charts()
        elif page is self.evaluation_page and self.evaluation is None:
            from ui.overview.evaluation import EvaluationTab

            self.evaluation = EvaluationTab(self.session, self)
            page.layout().addWidget(self.evaluation)

    def _build_charts(self) -> None:
        charts = QWidget()
        grid = QHBoxLayout(charts)
        self.rate_chart = ChartBox(self, self.tr("各承办单位到期办结率"))
        self.month_chart = ChartBox(self, self.tr("批示件逐月收件与办结"))
        self.kind_chart = ChartBox(self, self.tr("网民留言（按类型）"))
        right = QVBoxLayout()
        right.addWidget(self.month_chart)
        right.addWidget(self.kind_chart)
        grid.addWidget(self.rate_chart, 1)
        grid.addLayout(right, 1)
        self.charts_page.layout().addWidget(_scrolling(charts))
        self.charts_built = True
        if self.bundle is not None:
            self._draw_charts(self.bundle)

    def _draw_charts(self, bundle: StatsBundle) -> None:
        self._draw_rates(bundle)
        self._draw_months(bundle)
        self._draw_kinds(bundle)

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if mode == "月":
            for m in range(1, 13):
                self.part.addItem(self.tr("{0}月").format(m), m)
            self.part.setCurrentIndex(self.session.today().month - 1)
        elif mode == "季度":
            for q in range(1, 5):
                self.part.addItem(self.tr("第{0}季度").format(q), q)
            self.part.setCurrentIndex((self.session.today().month - 1) // 3)
        self.part.blockSignals(False)
        custom = mode == "自定义"
        self.part.setVisible(mode in ("月", "季度"))
        self.year.setVisible(not custom)
        for w in (self.start, self.end, self.to_label):
            w.setVisible(custom)
        if hasattr(self, "summary"):
            self.refresh(kept=True)

    def period(self) -> tuple[dt.date, dt.date]:
        """The period the chooser shows."""
        return period_of(self.mode.currentData(), self.year.value(), self.part.currentData() or 1,
                         self.start.value(), self.end.value())

    def set_period(self, mode: str, year: int, part: int | None = None) -> None:
        """Choose a period programmatically (tests, other panes)."""
        self.mode.setCurrentIndex(MODES.index(mode))
        self.year.setValue(year)
        if part is not None:
            self.part.setCurrentIndex(self.part.findData(part))
        self.refresh(kept=True)

    # ---- data --------------------------------------------------------------------------
    def _on_changed(self, topic: str) -> None:
        if topic not in (Change.LOGIN,):
            self.refresh(kept=True)  # a change moves the stamp the kept figures stand on

    def refresh(self, kept: bool = False) -> None:
        """Recompute the period's figures off the UI thread; ``kept``: show those computed
        before for the period if nothing audited has changed since
        (:func:`stats_tables.compute_kept`). Asked for by the clerk (统计, F5), they are
        computed afresh: another program's change without an audit record is seen then."""
        start, end = self.period()
        if end < start:
            self.status.setText(self.tr("截止日期早于起始日期，请改正。"))
            return
        today = self.session.today()
        self.status.setText(self.tr("正在统计…"))
        self._asked += 1
        asked, first = self._asked, self._first
        # A period seen before, with nothing changed since, is shown again without judging it.
        self.worker.start(lambda: compute_kept(start, end, today, fresh=not kept,
                                               first=lambda tables: first.ready.emit(asked, tables)))

    def _show_first_tables(self, asked: int, tables: dict) -> None:
        """The instructions' tables of the period being computed, before its other figures."""
        if asked != self._asked or not self.worker.busy:
            return  # a newer request was made, or this one's whole figures are shown already
        self.first_only = True  # drill-downs wait for the whole figures of this period
        self.records.clear()
        self.summary.setPlainText("")
        for key, box in self.boxes.items():
            if key in tables:
                box.set_table(tables[key])
            else:
                box.waiting()  # no figures of another period beside these
        self.status.setText(self.tr("领导批示件已统计，正在统计网民留言等其余部分…"))

    def show_bundle(self, bundle: StatsBundle) -> None:
        """Show a computed bundle: summary, tables, charts."""
        self.bundle = bundle
        self.first_only = False
        self.records.clear()  # it listed records behind the figures replaced now
        self.status.setText(self.tr("{0} 至 {1}（截至 {2}）").format(bundle.start, bundle.end, bundle.today))
        self.summary.setPlainText(bundle.summary)
        for key, box in self.boxes.items():
            box.set_table(bundle.tables.get(key))
        if self.charts_built:
            self._draw_charts(bundle)

    def _draw_rates(self, b: StatsBundle) -> None:
        box = self.rate_chart
        box.reset()
        # Horizontal bars: Chinese unit names stay readable on the category axis.
        rates = b.unit_rates[:20]
        bars = QBarSet(self.tr("到期办结率（%）"))
        bars.setColor(QColor("#2E7D32"))
        for _, rate, _, _ in rates:
            bars.append(0 if rate is None else round(rate * 100, 1))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        bars.clicked.connect(self.rate_bar_clicked)
        self.rate_bars = bars
        box.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([u for u, *_ in rates] or [""])
        axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        axis_y.setLabelFormat("%d%%")
        box.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignLeft)
        box.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        box.chart.legend().hide()

    def rate_bar_clicked(self, index: int) -> None:
        """A unit's bar: list the instructions that fell due for it in the period."""
        if self.bundle is None or not 0 <= index < len(self.bundle.unit_rates):
            return
        unit = self.bundle.unit_rates[index][0]
        self.show_records(Drill("instructions", "due", unit=unit), self.tr("{0}：本期到期的批示件").format(unit))

    def _draw_months(self, b: StatsBundle) -> None:
        box = self.month_chart
        box.reset()
        got, done = QLineSeries(), QLineSeries()
        got.setName(self.tr("收件"))
        done.setName(self.tr("办结"))
        for i, (_, r, c) in enumerate(b.monthly):
            got.append(QPointF(i, r))
            done.append(QPointF(i, c))
        top = max([1] + [max(r, c) for _, r, c in b.monthly])
        axis_x = QBarCategoryAxis()
        axis_x.append([f"{m.month}月" for m, _, _ in b.monthly] or [""])
        axis_y = _count_axis(top)
        box.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for s in (got, done):
            box.chart.addSeries(s)
            s.attachAxis(axis_x)
            s.attachAxis(axis_y)
            s.setPointsVisible(True)
        got.clicked.connect(lambda p: self._month_clicked("received", p))
        done.clicked.connect(lambda p: self._month_clicked("completed", p))

    def _month_clicked(self, key: str, point: QPointF) -> None:
        if self.bundle is None:
            return
        i = round(point.x())
        if 0 <= i < len(self.bundle.monthly):
            table = self.bundle.tables["monthly"]
            drill = table.drills[i][1 if key == "received" else 2]
            what = self.tr("{0}收件的批示件") if key == "received" else self.tr("{0}办结的批示件")
            self.show_records(drill, what.format(table.rows[i][0]))

    def _draw_kinds(self, b: StatsBundle) -> None:
        box = self.kind_chart
        box.reset()
        got, replied = QBarSet(self.tr("收到")), QBarSet(self.tr("已回复"))
        got.setColor(QColor("#90A4AE"))
        replied.setColor(QColor("#1565C0"))
        for _, r, p in b.message_kinds:
            got.append(r)
            replied.append(p)
        series = QBarSeries()
        series.append(got)
        series.append(replied)
        got.clicked.connect(lambda i: self._kind_clicked("received", i))
        replied.clicked.connect(lambda i: self._kind_clicked("replied", i))
        box.chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([k for k, _, _ in b.message_kinds] or [""])
        axis_y = _count_axis(max([1] + [max(r, p) for _, r, p in b.message_kinds]))
        box.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        box.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)

    def _kind_clicked(self, key: str, index: int) -> None:
        if self.bundle is not None and 0 <= index < len(self.bundle.message_kinds):
            kind = self.bundle.message_kinds[index][0]
            label = self.tr("收到") if key == "received" else self.tr("已回复")
            self.show_records(Drill("messages", key, kind=kind), self.tr("网民留言（{0}）：{1}").format(kind, label))

    # ---- drill-down and export ---------------------------------------------------------
    def show_records(self, drill: Drill, title: str) -> None:
        """List the records behind ``drill``."""
        if self.bundle is None or self.first_only:
            return  # the tables shown are not yet the bundle's: its records would be another period's
        bundle = self.bundle
        self.records.title.setText(self.tr("{0}：正在列出…").format(title))
        self.drill_worker.start(lambda: (bundle, drill, records_for(bundle, drill), title))

    def _records_listed(self, got: tuple) -> None:
        bundle, drill, records, title = got
        if bundle is not self.bundle:
            return  # figures computed since were shown, and the list cleared with them
        shown = _shown_count(bundle, drill)
        if shown is not None and shown != len(records):
            # Messages are read on the first click, after the figures were added up: a
            # change made meanwhile (another window, an import) shows here.
            self.records.set_records(records, "")
            self.records.title.setText(self.tr("{0}（{1} 条；统计时为 {2} 条，数据已有变动，请按 F5 重新统计）")
                                       .format(title, len(records), shown))
            return
        self.records.set_records(records, title)

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary.toPlainText())
        self.status.setText(self.tr("综述已复制。"))

    def export_table(self, table: StatTable) -> None:
        """Save one table as shown to .xlsx."""
        self.export_rows(table.title, table.headers, table.rows)

    def export_rows(self, title: str, headers: list[str], rows: list[list[Any]], path: str | None = None) -> None:
        """Write rows to an .xlsx the clerk chooses (formula-safe, printable)."""
        from reports.spreadsheet import write_sheet

        if self.bundle is not None:
            title = f"{title}（{self.bundle.start}至{self.bundle.end}）"
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出"), f"{title}.xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        try:
            write_sheet(Path(path), title, headers, rows, col_widths=[22] + [12] * (len(headers) - 1))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), getattr(exc, "message", "") or
                                self.tr("无法写入“{0}”（{1}）。文件可能正在 Excel 中打开，请关闭后重试。").format(path, exc))
            return
        self.status.setText(self.tr("已导出到 {0}").format(path))
