"""The one calendar widget of the application: month (default), week and agenda list.

Entries come from :func:`models.calendar.agenda.entries` (every area's provider); each shows
its traffic light as a coloured symbol *and* text. Non-working days and 调休 working
weekends are marked. Clicking an entry emits :attr:`CalendarView.open_record`.
Keys: Ctrl+T today, Ctrl+G go to a date, PgUp/PgDn previous/next month (or week),
arrows move the selected day, Enter opens the day's first entry.
"""
from __future__ import annotations

import calendar as pycal
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.calendar import agenda
from models.calendar.agenda import AgendaEntry
from models.calendar.store import load_calendar
from models.calendar.workdays import day_kind
from ui.background import Background

WEEKDAYS = "一二三四五六日"
ALL = "全部"
MONTH, WEEK, LIST = 0, 1, 2


def tint(colour: str, keep: float = 0.22) -> QColor:
    """A pale background of a light's colour (the symbol and text carry the meaning)."""
    c = QColor(colour)
    mix = lambda v: int(255 - (255 - v) * keep)  # noqa: E731
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()))


def month_grid_start(year: int, month: int) -> dt.date:
    """The Monday on or before the first of the month (the grid's first cell)."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=first.weekday())


class DayGrid(QWidget):
    """Painted grid of days (6×7 for a month, 1×7 for a week) with entries in each cell."""

    entry_clicked = Signal(object)
    day_clicked = Signal(object)
    day_double_clicked = Signal(object)
    key_pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(560, 360)
        self.setMouseTracking(True)
        self.first = dt.date.today()
        self.rows = 6
        self.month = 0  # the month shown (other days greyed); 0 in week view
        self.today = dt.date.today()
        self.selected = dt.date.today()
        self.by_day: dict[dt.date, list[AgendaEntry]] = {}
        self.kinds: dict[dt.date, str] = {}
        self.names: dict[dt.date, str] = {}
        self._hits: list[tuple[QRect, AgendaEntry]] = []

    def set_content(self, first: dt.date, rows: int, month: int, by_day: dict[dt.date, list[AgendaEntry]],
                    kinds: dict[dt.date, str], names: dict[dt.date, str], today: dt.date, selected: dt.date) -> None:
        """Show ``rows`` weeks from ``first`` with their entries and day kinds."""
        self.first, self.rows, self.month = first, rows, month
        self.by_day, self.kinds, self.names = by_day, kinds, names
        self.today, self.selected = today, selected
        self.update()

    def _cell(self, index: int) -> QRect:
        head = 24
        w = self.width() / 7
        h = (self.height() - head) / self.rows
        r, c = divmod(index, 7)
        return QRect(int(c * w), int(head + r * h), int(w) - 1, int(h) - 1)

    def day_at(self, x: int, y: int) -> dt.date | None:
        """The day under a point of the widget."""
        for i in range(self.rows * 7):
            if self._cell(i).contains(x, y):
                return self.first + dt.timedelta(days=i)
        return None

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        font = QFont(self.font())
        fm = QFontMetrics(font)
        line = fm.height() + 2
        w = self.width() / 7
        p.setPen(QColor("#424242"))
        for c in range(7):
            p.drawText(QRect(int(c * w), 0, int(w), 24), Qt.AlignmentFlag.AlignCenter,
                       self.tr("周{0}").format(WEEKDAYS[c]))
        self._hits = []
        for i in range(self.rows * 7):
            day = self.first + dt.timedelta(days=i)
            rect = self._cell(i)
            kind = self.kinds.get(day, "工作日")
            outside = self.month and day.month != self.month
            bg = {"休息日": "#F5F5F5", "节假日": "#FDECEA", "调休上班": "#E8F0FE"}.get(kind, "#FFFFFF")
            p.fillRect(rect, QColor("#FAFAFA" if outside else bg))
            pen = QPen(QColor("#1565C0") if day == self.selected else QColor("#E0E0E0"))
            pen.setWidth(2 if day == self.selected else 1)
            p.setPen(pen)
            p.drawRect(rect)
            head = QRect(rect.x() + 4, rect.y() + 2, rect.width() - 8, line)
            number = str(day.day) if day.day != 1 else f"{day.month}月{day.day}日"
            if day == self.today:
                p.fillRect(QRect(head.x() - 2, head.y(), fm.horizontalAdvance(number) + 6, line), QColor("#1565C0"))
                p.setPen(QColor("#FFFFFF"))
            else:
                p.setPen(QColor("#BDBDBD" if outside else ("#C62828" if kind == "节假日" else "#212121")))
            p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
            mark = {"节假日": self.tr("休"), "调休上班": self.tr("班")}.get(kind, "")
            if mark:
                label = mark + (f" {self.names[day]}" if day in self.names else "")
                p.setPen(QColor("#C62828" if kind == "节假日" else "#1565C0"))
                p.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           fm.elidedText(label, Qt.TextElideMode.ElideRight, max(0, head.width() - 40)))
            entries = self.by_day.get(day, [])
            y = head.bottom() + 2
            room = max(0, (rect.bottom() - y) // line)
            shown = entries if len(entries) <= room else entries[: max(0, room - 1)]
            for e in shown:
                row = QRect(rect.x() + 3, y, rect.width() - 6, line - 1)
                p.fillRect(row, tint(e.light.colour))
                p.setPen(QColor(e.light.colour).darker(115))
                p.drawText(row.adjusted(2, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           e.light.symbol)
                p.setPen(QColor("#212121"))
                text = f"{e.light.label} {e.title}" + (self.tr("（暂定）") if e.provisional else "")
                sym = fm.horizontalAdvance(e.light.symbol) + 6
                p.drawText(row.adjusted(sym, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           fm.elidedText(text, Qt.TextElideMode.ElideRight, max(0, row.width() - sym)))
                self._hits.append((row, e))
                y += line
            if len(shown) < len(entries):
                p.setPen(QColor("#1565C0"))
                p.drawText(QRect(rect.x() + 5, y, rect.width() - 8, line), Qt.AlignmentFlag.AlignLeft,
                           self.tr("另有 {0} 项……").format(len(entries) - len(shown)))
        p.end()

    def entry_at(self, x: int, y: int) -> AgendaEntry | None:
        """The entry drawn under a point, if any."""
        for rect, e in self._hits:
            if rect.contains(x, y):
                return e
        return None

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        pos = event.position().toPoint()
        entry = self.entry_at(pos.x(), pos.y())
        if entry is not None:
            self.entry_clicked.emit(entry)
            return
        day = self.day_at(pos.x(), pos.y())
        if day is not None:
            self.day_clicked.emit(day)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                           Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.key_pressed.emit(event.key())
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        pos = event.position().toPoint()
        day = self.day_at(pos.x(), pos.y())
        if day is not None and self.entry_at(pos.x(), pos.y()) is None:
            self.day_double_clicked.emit(day)


def _write_agenda_pdf(path: str, title: str, entries: list[AgendaEntry], kinds: dict[dt.date, str]) -> str:
    """Render the agenda PDF and write it to ``path`` (on a worker); the error text, '' if written."""
    from models.core.storage import write_file
    from reports.agenda_pdf import agenda_pdf

    data = agenda_pdf(title, entries, kinds)
    try:
        write_file(path, lambda tmp: tmp.write_bytes(data))
    except OSError as exc:
        return str(exc)
    return ""


class CalendarView(QWidget):
    """Month / week / agenda views over the shared calendar entries, with filters."""

    open_record = Signal(str, int)

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.current = today()
        self.mode = MONTH
        self.entries: list[AgendaEntry] = []
        self._range: tuple[dt.date, dt.date] | None = None
        self._pdf_worker = Background(self)
        self._pdf_worker.finished.connect(self._pdf_written)
        self._pdf_worker.failed.connect(self._pdf_failed)
        self._build()
        self._shortcuts()
        self.refresh()

    # ---- layout ------------------------------------------------------------------
    def _build(self) -> None:
        bar = QHBoxLayout()
        self.prev_btn = QPushButton(self.tr("◀"))
        self.prev_btn.setToolTip(self.tr("上一月/周（PgUp）"))
        self.today_btn = QPushButton(self.tr("今天"))
        self.today_btn.setToolTip(self.tr("回到今天（Ctrl+T）"))
        self.next_btn = QPushButton(self.tr("▶"))
        self.next_btn.setToolTip(self.tr("下一月/周（PgDn）"))
        self.goto_btn = QPushButton(self.tr("转到…"))
        self.goto_btn.setToolTip(self.tr("转到日期（Ctrl+G）"))
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold; padding: 0 12px;")
        for w in (self.prev_btn, self.today_btn, self.next_btn, self.goto_btn, self.title):
            bar.addWidget(w)
        bar.addStretch(1)
        # The legend in two parts, each on one line: the lights beside the filters, the
        # day marks here (in one label with word wrap it broke into "班：调休" / "上班").
        self.day_legend = QLabel(self.tr("休：节假日　班：调休上班"))
        bar.addWidget(self.day_legend)
        bar.addSpacing(12)
        self.view_group = QButtonGroup(self)
        for mode, text in ((MONTH, self.tr("月")), (WEEK, self.tr("周")), (LIST, self.tr("列表"))):
            b = QPushButton(text)
            b.setCheckable(True)
            b.setChecked(mode == MONTH)
            self.view_group.addButton(b, mode)
            bar.addWidget(b)
        self.view_group.idClicked.connect(self.set_mode)
        filters = QHBoxLayout()
        self.kind_box = QComboBox()
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        self.unit_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.state_box = QComboBox()
        for label, box in ((self.tr("类型"), self.kind_box), (self.tr("单位"), self.unit_box),
                           (self.tr("状态"), self.state_box)):
            filters.addWidget(QLabel(label))
            box.setMinimumWidth(130)
            filters.addWidget(box)
        self.legend = QLabel(self.tr("● 超期　▲ 临期　■ 正常　○ 已结"))
        self.legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        filters.addWidget(self.legend, 1)
        self.pdf_btn = QPushButton(self.tr("打印/存为PDF…"))
        self.ics_btn = QPushButton(self.tr("导出 .ics…"))
        filters.addWidget(self.pdf_btn)
        filters.addWidget(self.ics_btn)
        self.grid = DayGrid()
        self.list = QTreeWidget()
        self.list.setColumnCount(5)
        self.list.setHeaderLabels([self.tr("日期"), self.tr("类型"), self.tr("事项"), self.tr("单位"), self.tr("红绿灯")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((130, 110, 520, 130, 80)):
            self.list.setColumnWidth(col, width)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.list)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        self.prev_btn.clicked.connect(lambda: self.step(-1))
        self.next_btn.clicked.connect(lambda: self.step(1))
        self.today_btn.clicked.connect(self.go_today)
        self.goto_btn.clicked.connect(self.ask_date)
        self.pdf_btn.clicked.connect(self.save_pdf)
        self.ics_btn.clicked.connect(self.save_ics)
        for box in (self.kind_box, self.state_box):
            box.currentIndexChanged.connect(lambda _i: self._show())
        self.unit_box.currentTextChanged.connect(lambda _t: self._show())
        self.grid.entry_clicked.connect(self._open)
        self.grid.day_clicked.connect(self.select_day)
        self.grid.day_double_clicked.connect(lambda d: (self.select_day(d), self.set_mode(WEEK)))
        self.list.itemActivated.connect(self._open_item)
        self.list.itemClicked.connect(self._open_item)

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence("Ctrl+T"), self.go_today), (QKeySequence("Ctrl+G"), self.ask_date),
                           (QKeySequence(Qt.Key.Key_PageUp), lambda: self.step(-1)),
                           (QKeySequence(Qt.Key.Key_PageDown), lambda: self.step(1))):
            sc = QShortcut(keys, self)
            sc.setContext(ctx)
            sc.activated.connect(slot)
        self.grid.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.grid.key_pressed.connect(self._grid_key)

    def _grid_key(self, key: int) -> None:
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in moves:
            self.select_day(self.current + dt.timedelta(days=moves[key]))
            return
        shown = self._filtered_by_day().get(self.current, [])
        if shown:
            self._open(shown[0])

    # ---- navigation ----------------------------------------------------------------
    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day the current view shows."""
        if self.mode == WEEK:
            start = self.current - dt.timedelta(days=self.current.weekday())
            return start, start + dt.timedelta(days=6)
        if self.mode == LIST:
            last = pycal.monthrange(self.current.year, self.current.month)[1]
            return self.current.replace(day=1), self.current.replace(day=last)
        start = month_grid_start(self.current.year, self.current.month)
        return start, start + dt.timedelta(days=41)

    def set_mode(self, mode: int) -> None:
        """Switch between month (0), week (1) and agenda list (2)."""
        self.mode = mode
        self.view_group.button(mode).setChecked(True)
        self.stack.setCurrentWidget(self.list if mode == LIST else self.grid)
        self.refresh()

    def step(self, n: int) -> None:
        """Move ``n`` months (or weeks in week view)."""
        if self.mode == WEEK:
            self.go_to(self.current + dt.timedelta(days=7 * n))
            return
        month = self.current.month - 1 + n
        year = self.current.year + month // 12
        month = month % 12 + 1
        day = min(self.current.day, pycal.monthrange(year, month)[1])
        self.go_to(dt.date(year, month, day))

    def go_today(self) -> None:
        """Show today."""
        self.go_to(self._today())

    def go_to(self, day: dt.date) -> None:
        """Show the period containing ``day`` and select it."""
        self.current = day
        self.refresh()

    def select_day(self, day: dt.date) -> None:
        """Select a day; moving out of the shown period changes the period."""
        start, end = self.visible_range()
        self.current = day
        if self.mode == MONTH and day.month != self.grid.month or not start <= day <= end:
            self.refresh()
        else:
            self._show()

    def ask_date(self) -> None:
        """Ask for a date (2014-10-28, 2014/10/28 or 2014年10月28日) and go there."""
        from models.tabular.read import parse_date

        text, ok = QInputDialog.getText(self, self.tr("转到日期"), self.tr("日期（如 2014-10-28）："),
                                        text=self.current.isoformat())
        if not ok or not text.strip():
            return
        try:
            self.go_to(parse_date(text))
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("日期有误"), str(exc))

    # ---- data ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the entries of the visible period (and the filter choices)."""
        start, end = self.visible_range()
        self._range = (start, end)
        self.entries = agenda.entries(start, end, self._today())
        cal = load_calendar()
        self._kinds = {}
        self._names = {}
        day = start
        while day <= end:
            kind = day_kind(cal, day)
            self._kinds[day] = kind
            if day in cal.names:
                self._names[day] = cal.names[day]
            day += dt.timedelta(days=1)
        self._provisional = bool(cal.missing_years(start, end))
        self._fill_filters()
        self._show()

    def _fill_filters(self) -> None:
        for box, values in ((self.kind_box, sorted({e.kind for e in self.entries})),
                            (self.state_box, sorted({e.state for e in self.entries if e.state})),
                            (self.unit_box, sorted({e.unit for e in self.entries if e.unit}))):
            keep = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItems([ALL, *values])
            box.setCurrentText(keep if keep in (ALL, *values) or box is self.unit_box and keep else ALL)
            box.blockSignals(False)

    def filtered(self) -> list[AgendaEntry]:
        """The visible period's entries passing the kind, unit and state filters."""
        kind, state = self.kind_box.currentText(), self.state_box.currentText()
        unit = self.unit_box.currentText().strip()
        out = self.entries
        if kind and kind != ALL:
            out = [e for e in out if e.kind == kind]
        if state and state != ALL:
            out = [e for e in out if e.state == state]
        if unit and unit != ALL:
            out = [e for e in out if unit in e.unit]
        return out

    def _filtered_by_day(self) -> dict[dt.date, list[AgendaEntry]]:
        by_day: dict[dt.date, list[AgendaEntry]] = {}
        for e in self.filtered():
            by_day.setdefault(e.day, []).append(e)
        return by_day

    def _show(self) -> None:
        start, end = self._range or self.visible_range()
        c = self.current
        if self.mode == WEEK:
            self.title.setText(self.tr("{0}年{1}月{2}日—{3}月{4}日").format(
                start.year, start.month, start.day, end.month, end.day))
        else:
            self.title.setText(self.tr("{0}年{1}月").format(c.year, c.month))
        if self._provisional:
            self.title.setText(self.title.text() + self.tr("（节假日未录入，暂按周一至周五）"))
        if self.mode == LIST:
            self._fill_list()
        else:
            self.grid.set_content(start, 1 if self.mode == WEEK else 6, 0 if self.mode == WEEK else c.month,
                                  self._filtered_by_day(), self._kinds, self._names, self._today(), c)

    def _fill_list(self) -> None:
        self.list.clear()
        items = []
        for e in self.filtered():
            kind = self._kinds.get(e.day, "")
            mark = f"（{kind}）" if kind in ("节假日", "调休上班") else ""
            it = QTreeWidgetItem([f"{e.day.isoformat()} 周{WEEKDAYS[e.day.weekday()]}{mark}", e.kind,
                                  e.title + (self.tr("（暂定）") if e.provisional else ""), e.unit, e.light.text()])
            it.setForeground(4, QColor(e.light.colour).darker(120))
            it.setBackground(4, tint(e.light.colour))
            it.setData(0, Qt.ItemDataRole.UserRole, e)
            items.append(it)
        self.list.addTopLevelItems(items)

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = item.data(0, Qt.ItemDataRole.UserRole)
        if entry is not None:
            self._open(entry)

    def _open(self, entry: AgendaEntry) -> None:
        self.open_record.emit(entry.record_type, entry.record_id)

    # ---- output --------------------------------------------------------------------
    def month_entries(self) -> tuple[str, list[AgendaEntry], dict[dt.date, str]]:
        """Title, filtered entries and day kinds of the current month (for print and .ics)."""
        c = self.current
        start = c.replace(day=1)
        end = c.replace(day=pycal.monthrange(c.year, c.month)[1])
        found = agenda.entries(start, end, self._today())
        saved = self.entries
        self.entries = found
        try:
            found = self.filtered()
        finally:
            self.entries = saved
        cal = load_calendar()
        kinds = {e.day: day_kind(cal, e.day) for e in found}
        return self.tr("督查工作日历 {0}年{1}月").format(c.year, c.month), found, kinds

    def save_pdf(self, path: str | None = None) -> None:
        """Save the month as a printable PDF agenda list (rendered off the UI thread)."""
        title, found, kinds = self.month_entries()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("存为PDF"), f"{title}.pdf", self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        self.pdf_btn.setEnabled(False)
        self.pdf_btn.setText(self.tr("正在生成PDF…"))
        self._pdf_worker.start(lambda: (path, _write_agenda_pdf(path, title, found, kinds)))

    def _pdf_button_back(self) -> None:
        self.pdf_btn.setEnabled(True)
        self.pdf_btn.setText(self.tr("打印/存为PDF…"))

    def _pdf_written(self, outcome: tuple[str, str]) -> None:
        path, not_written = outcome
        self._pdf_button_back()
        if not_written:
            QMessageBox.warning(self, self.tr("保存失败"),
                                self.tr("无法写入“{0}”：{1}。请换一个位置或关闭正在打开它的程序。").format(
                                    path, not_written))

    def _pdf_failed(self, failed: str) -> None:
        self._pdf_button_back()
        QMessageBox.warning(self, self.tr("生成失败"),
                            self.tr("日程PDF没有生成（{0}），文件未保存。请重试；仍不行，请在“帮助 → 关于督查工作台”"
                                    "里保存诊断包，交给维护本软件的同事。").format(failed))

    def save_ics(self, path: str | None = None) -> None:
        """Export the month's (filtered) entries as an .ics file."""
        from models.calendar.ics import write_ics

        title, found, _ = self.month_entries()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 .ics"), f"{title}.ics",
                                                  self.tr("iCalendar 文件 (*.ics)"))
        if not path:
            return
        try:
            write_ics(Path(path), found, dt.datetime.combine(self._today(), dt.time()), title)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("保存失败"), getattr(exc, "message", "") or
                                self.tr("无法写入“{0}”：{1}。请换一个位置。").format(path, exc))
