"""设置 → 工作日历: the entered years, their holidays and 调休 days, and import."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.calendar import store as calendar_store
from models.calendar import workdays
from models.calendar.provisional import recompute_provisional
from models.core.errors import UserError

from ui.widgets.forms import FormDialog
from ui.session import Change, Session


class DayForm(FormDialog):
    """Enter one holiday (放假) or make-up working day (上班)."""

    def __init__(self, session: Session, day: dt.date, parent=None) -> None:
        super().__init__(self.tr("录入节假日或调休"), parent)
        self.session = session
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.add_row(self.tr("日期"), self.date)
        self.kind = QComboBox()
        self.kind.addItems([self.tr("放假"), self.tr("上班（调休）")])
        self.add_row(self.tr("类型"), self.kind)
        self.name = self.add_row(self.tr("名称"), QLineEdit())
        self.name.setPlaceholderText(self.tr("如：国庆节、国庆节调休"))

    def save(self) -> calendar_store.DayEntry:
        d = self.date.date().toPython()
        entry = calendar_store.DayEntry(d, self.kind.currentIndex() == 1, self.name.text().strip())
        calendar_store.set_day(self.session.actor, entry)
        return entry


class CalendarSettings(QWidget):
    """Years on the left; the chosen year's exceptions on the right."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.years = QListWidget()
        self.years.setFixedWidth(200)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #C62828; font-weight: bold;")
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("星期"), self.tr("安排"), self.tr("名称")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("录入一天…"))
        remove = QPushButton(self.tr("恢复为常规"))
        declare = QPushButton(self.tr("标记本年已录入"))
        imp = QPushButton(self.tr("从文件导入…"))
        add.clicked.connect(self.add_day)
        remove.clicked.connect(self.remove_day)
        declare.clicked.connect(self.declare)
        imp.clicked.connect(self.import_file)
        self.year_box = QComboBox()
        right = QVBoxLayout()
        right.addWidget(self.warning)
        right.addWidget(self.source)
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        for b in (add, remove, declare, imp):
            row.addWidget(b)
        row.addStretch(1)
        right.addLayout(row)
        hint = QLabel(self.tr("导入文件的列：日期、类型（放假/上班）、名称。每年国务院公布放假安排后录入下一年。"))
        hint.setWordWrap(True)
        right.addWidget(hint)
        layout = QHBoxLayout(self)
        layout.addWidget(self.years)
        layout.addLayout(right, 1)
        self._sources: dict[int, str] = {}
        self.years.currentItemChanged.connect(lambda *_: self.show_year())
        self.reload()

    def current_year(self) -> int:
        item = self.years.currentItem()
        return int(item.data(256)) if item else self.session.today().year

    def reload(self) -> None:
        keep = self.current_year() if self.years.count() else self.session.today().year
        entered = dict(calendar_store.years_entered())
        self._sources = entered
        self.years.blockSignals(True)
        self.years.clear()
        span = sorted(set(entered) | {self.session.today().year, self.session.today().year + 1}, reverse=True)
        for y in span:
            source = entered.get(y)
            text = (self.tr("{0}年 — {1}").format(y, calendar_store.source_label(source, brief=True)) if source
                    else self.tr("{0}年 — 未录入").format(y))
            item = QListWidgetItem(text)
            if source:
                item.setToolTip(calendar_store.source_label(source))
            item.setData(256, y)
            self.years.addItem(item)
            if y == keep:
                self.years.setCurrentItem(item)
        self.years.blockSignals(False)
        self.show_year()

    def show_year(self) -> None:
        year = self.current_year()
        cal = calendar_store.load_calendar()
        source = self._sources.get(year)
        self.source.setText(self.tr("数据来源：{0}").format(calendar_store.source_label(source)) if source else "")
        if year in cal.known_years:
            self.warning.setText("")
        else:
            self.warning.setText(self.tr("{0}年的法定节假日和调休安排尚未录入：该年的期限按周一至周五推算，"
                                         "并标为“暂定”。请录入或导入国务院放假安排。").format(year))
        rows = sorted((d, w) for d, w in cal.exceptions.items() if d.year == year)
        self.table.setRowCount(len(rows))
        weekdays = "一二三四五六日"
        for i, (d, _w) in enumerate(rows):
            values = [d.isoformat(), self.tr("星期") + weekdays[d.weekday()],
                      workdays.day_kind(cal, d), cal.names.get(d, "")]
            for c, v in enumerate(values):
                self.table.setItem(i, c, QTableWidgetItem(v))

    def _selected_day(self) -> dt.date | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return dt.date.fromisoformat(self.table.item(rows[0].row(), 0).text())

    def _changed(self) -> None:
        # Deadlines counted in working days over a year just entered stop being provisional.
        try:
            moved = recompute_provisional(self.session.actor, self.session.today())
        except UserError:
            moved = {}
        self.session.notify(Change.CALENDAR)
        for topic, n in moved.items():
            if n:
                self.session.notify(topic)
        self.reload()

    def add_day(self) -> None:
        form = DayForm(self.session, self._selected_day() or dt.date(self.current_year(), 1, 1), self)
        if form.exec():
            self._changed()

    def remove_day(self) -> None:
        d = self._selected_day()
        if d is None:
            return
        try:
            calendar_store.set_day(self.session.actor, calendar_store.DayEntry(d, not workdays.is_weekend(d)))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能完成"), exc.message)
            return
        self._changed()

    def declare(self) -> None:
        year = self.current_year()
        if QMessageBox.question(self, self.tr("标记已录入"),
                                self.tr("确认{0}年的节假日和调休已全部录入？此后该年的期限不再标为“暂定”。").format(year)
                                ) != QMessageBox.StandardButton.Yes:
            return
        try:
            calendar_store.declare_year(self.session.actor, year)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能完成"), exc.message)
            return
        self._changed()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入放假安排"), "",
                                              self.tr("表格 (*.xlsx *.csv)"))
        if not path:
            return
        try:
            entries, errors = calendar_store.parse_calendar_file(path)
            if errors:
                text = "\n".join(str(e) for e in errors[:30])
                QMessageBox.warning(self, self.tr("文件有误，未导入"), text)
                return
            years = sorted({e.day.year for e in entries})
            if QMessageBox.question(self, self.tr("确认导入"), self.tr("将导入 {0} 条记录，并标记 {1} 年为已录入。继续吗？").format(
                    len(entries), "、".join(map(str, years)))) != QMessageBox.StandardButton.Yes:
                return
            calendar_store.import_calendar(self.session.actor, entries, years)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能导入"), exc.message)
            return
        self._changed()
