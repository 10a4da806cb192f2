"""The 重点工作 pane: the year's plan as a table, with progress, decisions and activities."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.calendar.provisional import recompute_provisional
from models.calendar.store import load_calendar
from models.core.actors import Permission, require
from models.core.errors import UserError
from models.key_items import activities, meetings, progress
from models.key_items import items as key_items

from ui.key_items.activity_forms import ActivityForm, FollowUpForm, SuggestionForm
from ui.key_items.item_form import KeyItemForm, ProgressForm, StateForm
from ui.key_items.meeting_forms import DecisionForm, MinutesForm
from ui.session import Change, Session
from ui.widgets.calendar_view import tint

# key, header, default visible, SQL sort key (None: sorted in the model)
COLUMNS = [
    ("number", "序号", True, "number"), ("light", "红绿灯", True, None), ("title", "工作事项", True, "title"),
    ("lead", "牵头单位", True, None), ("units", "责任单位", True, "units"), ("deadline", "完成时限", True, "deadline"),
    ("state", "状态", True, "state"), ("source", "来源", False, "source"), ("content", "工作内容", False, None),
    ("performance", "绩效考评", False, "performance"), ("checks", "督查时间", False, None),
]
WIDTHS = {"number": 50, "light": 80, "title": 260, "lead": 120, "units": 260, "deadline": 200, "state": 70,
          "source": 150, "content": 300, "performance": 70, "checks": 160}
SETTINGS_KEY = "key_items/columns"


class ItemsModel(QAbstractTableModel):
    """The items of a plan: filtered and sorted in SQL; the light column sorted here."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[key_items.KeyItem] = []
        self.status: dict[int, progress.ItemStatus] = {}
        self.columns = [c for c in COLUMNS if c[2]]
        self.order, self.descending = "number", False

    def load(self, plan_id: int | None, text: str, states: list[str], today) -> None:
        """Re-query the plan's items and their lights."""
        self.beginResetModel()
        if plan_id is None:
            self.rows, self.status = [], {}
        else:
            sql_order = self.order if self.order in key_items.SORT_COLUMNS else "number"
            sel = key_items.query_items(plan_id, text, sql_order, self.descending, states)
            self.rows = list(sel)
            self.status = progress.item_statuses([r.id for r in self.rows], today, load_calendar())
            if self.order == "light":
                self.rows.sort(key=lambda r: (self.status[r.id].light.rank, r.number), reverse=self.descending)
        self._checks = {}
        self.endResetModel()

    def set_columns(self, keys: list[str]) -> None:
        """Show only the columns named in ``keys`` (in the standard order)."""
        self.beginResetModel()
        self.columns = [c for c in COLUMNS if c[0] in keys] or [COLUMNS[0]]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns[section][1])
        return None

    def _text(self, item: key_items.KeyItem, key: str) -> str:
        if key == "number":
            return str(item.number)
        if key == "light":
            return self.status[item.id].light.text()
        if key == "lead":
            return item.unit_names.split("、")[0].split(" ")[-1]
        if key == "units":
            return "、".join(n.split(" ")[-1] for n in item.unit_names.split("、")[1:])
        if key == "deadline":
            return item.deadline_text()
        if key == "performance":
            return "是" if item.performance else "否"
        if key == "checks":
            if item.id not in self._checks:
                days = key_items.check_days(item.id)
                self._checks[item.id] = "、".join((["每季度"] if item.quarterly else [])
                                                  + [f"{d.month}月{d.day}日" for d in days])
            return self._checks[item.id]
        return str(getattr(item, key))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        key = self.columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(item, key)
            if key == "light" and role == Qt.ItemDataRole.ToolTipRole:
                st = self.status[item.id]
                why = [self.tr("有单位未按期报送季度进展")] if st.missing else []
                why += [self.tr("最近一次评估为滞后")] if st.behind else []
                return "；".join(why) or text
            return text
        if key == "light" and role == Qt.ItemDataRole.BackgroundRole:
            return tint(self.status[item.id].light.colour)
        if key == "light" and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(self.status[item.id].light.colour).darker(130)
        if key == "deadline" and role == Qt.ItemDataRole.ForegroundRole and item.deadline_provisional:
            return QColor("#E65100")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column][0]
        self.order = key if (self.columns[column][3] or key == "light") else "number"
        self.descending = order == Qt.SortOrder.DescendingOrder
        pane = self.parent()
        if getattr(pane, "ready", False):
            pane.reload()


class Pane(QWidget):
    """重点工作: the plan table (Ctrl+N new, Enter open, Ctrl+F search) and the item's details."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.count_label = QLabel()
        self.detail = QTabWidget()
        bar = QHBoxLayout()
        self.year_box = QComboBox()
        bar.addWidget(QLabel(self.tr("年度计划")))
        bar.addWidget(self.year_box)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索事项、内容或单位（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.state_box = QComboBox()
        self.state_box.addItems([self.tr("全部状态"), *key_items.STATES])
        bar.addWidget(self.state_box)
        self.columns_btn = QToolButton()
        self.columns_btn.setText(self.tr("列…"))
        self.columns_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(self.columns_btn)
        self.new_btn = QPushButton(self.tr("新增事项"))
        self.new_btn.setToolTip("Ctrl+N")
        self.edit_btn = QPushButton(self.tr("打开"))
        self.state_btn = QPushButton(self.tr("变更状态…"))
        self.progress_btn = QPushButton(self.tr("录入进展…"))
        self.import_btn = QPushButton(self.tr("导入计划…"))
        self.export_btn = QPushButton(self.tr("导出台账…"))
        for b in (self.new_btn, self.edit_btn, self.state_btn, self.progress_btn, self.import_btn, self.export_btn):
            bar.addWidget(b)
        self.model = ItemsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.progress_table = self._small_table(["季度", "单位", "工作进展", "存在问题", "下步打算", "报送日期", "评估"])
        self.state_table = self._small_table(["日期", "原状态", "新状态", "原因", "经办人"])
        self.activity_table = self._small_table(["日期", "方式", "督查活动", "地点", "发现问题", "意见建议及落实"])
        self.decision_table = self._small_table(["纪要", "会议", "日期", "段落", "序号", "决定事项", "牵头单位",
                                                 "状态", "红绿灯", "最新进展"])
        self.minutes_table = self._small_table(["纪要编号", "会议", "会议日期", "决定事项数", "备注"])
        for c, w in enumerate((96, 170, 84, 84)):
            self.minutes_table.setColumnWidth(c, w)
        self.missing_table = self._small_table(["序号", "事项", "单位", "季度", "应报日期"])
        self.activity_btn = QPushButton(self.tr("新增督查活动…"))
        self.edit_activity_btn = QPushButton(self.tr("编辑活动…"))
        self.delete_activity_btn = QPushButton(self.tr("删除活动"))
        self.suggestion_btn = QPushButton(self.tr("新增意见建议…"))
        self.follow_btn = QPushButton(self.tr("更新落实情况…"))
        self.minutes_btn = QPushButton(self.tr("新增纪要…"))
        self.edit_minutes_btn = QPushButton(self.tr("编辑纪要…"))
        self.delete_minutes_btn = QPushButton(self.tr("删除纪要"))
        self.decision_btn = QPushButton(self.tr("新增决定事项…"))
        self.edit_activity_btn.setToolTip(self.tr("修改所选督查活动（双击或 Enter）"))
        self.delete_activity_btn.setToolTip(self.tr("删除所选督查活动（Delete）"))
        self.edit_minutes_btn.setToolTip(self.tr("修改所选会议纪要（双击或 Enter）"))
        self.delete_minutes_btn.setToolTip(self.tr("删除所选会议纪要（Delete）"))
        activity_page = self._with_buttons(self.activity_table, (
            self.activity_btn, self.edit_activity_btn, self.delete_activity_btn, self.suggestion_btn,
            self.follow_btn))
        # Minutes with no decided matter yet appear in no decision row: they get a list of their own.
        minutes_split = QSplitter(Qt.Orientation.Horizontal)
        minutes_split.addWidget(self.minutes_table)
        minutes_split.addWidget(self.decision_table)
        minutes_split.setSizes([500, 840])
        decision_page = self._with_buttons(minutes_split, (self.minutes_btn, self.edit_minutes_btn,
                                                           self.delete_minutes_btn, self.decision_btn))
        for w, t in ((self.progress_table, "季度进展"), (self.state_table, "状态记录"),
                     (activity_page, "督查活动"), (decision_page, "会议纪要决定事项"),
                     (self.missing_table, "缺报单位")):
            self.detail.addTab(w, self.tr(t))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([480, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.count_label)
        self._build_columns_menu()
        self.year_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self.reload())
        self.state_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_btn.clicked.connect(self.new_item)
        self.edit_btn.clicked.connect(self.open_current)
        self.state_btn.clicked.connect(self.change_state)
        self.progress_btn.clicked.connect(self.add_progress)
        self.import_btn.clicked.connect(self.import_plan)
        self.export_btn.clicked.connect(self.export_ledger)
        self.activity_btn.clicked.connect(self.new_activity)
        self.suggestion_btn.clicked.connect(self.new_suggestion)
        self.follow_btn.clicked.connect(self.follow_up)
        self.minutes_btn.clicked.connect(self.new_minutes)
        self.decision_btn.clicked.connect(self.new_decision)
        self.edit_activity_btn.clicked.connect(self.edit_activity)
        self.delete_activity_btn.clicked.connect(self.delete_activity)
        self.edit_minutes_btn.clicked.connect(self.edit_minutes)
        self.delete_minutes_btn.clicked.connect(self.delete_minutes)
        self._row_actions()
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+N", self.new_item), ("Ctrl+F", self._focus_search)):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(ctx)
            sc.activated.connect(slot)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            sc = QShortcut(QKeySequence(key), self.table)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.open_current)
        session.changed.connect(self._on_changed)
        self.ready = True
        self.recompute_deadlines()  # the calendar may have been entered while this pane was closed
        self.reload_years()
        self._apply_widths()

    # ---- helpers ---------------------------------------------------------------
    def _small_table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.verticalHeader().setVisible(False)
        t.verticalHeader().setDefaultSectionSize(22)
        t.horizontalHeader().setStretchLastSection(True)
        for c, h in enumerate(headers):
            t.setColumnWidth(c, 300 if h in ("工作进展", "督查活动", "决定事项", "最新进展", "原因", "事项") else 110)
        return t

    def _with_buttons(self, table: QWidget, buttons: tuple[QPushButton, ...]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        for b in buttons:
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        return page

    def _fill(self, table: QTableWidget, rows: list[list[Any]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setToolTip(item.text())
                table.setItem(r, c, item)

    def _row_actions(self) -> None:
        """编辑 / 删除 on the activity and minutes lists: double-click, Enter, Delete and a context menu."""
        self.edit_activity_action = QAction(self.tr("编辑督查活动…"), self)
        self.delete_activity_action = QAction(self.tr("删除督查活动"), self)
        self.edit_minutes_action = QAction(self.tr("编辑会议纪要…"), self)
        self.delete_minutes_action = QAction(self.tr("删除会议纪要"), self)
        for table, edit, remove, edit_slot, remove_slot in (
                (self.activity_table, self.edit_activity_action, self.delete_activity_action,
                 self.edit_activity, self.delete_activity),
                (self.minutes_table, self.edit_minutes_action, self.delete_minutes_action,
                 self.edit_minutes, self.delete_minutes)):
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            # Enter first: the menu shows the first key, and "Enter" is what is printed on the key.
            edit.setShortcuts([QKeySequence(Qt.Key.Key_Enter), QKeySequence(Qt.Key.Key_Return)])
            remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            for action in (edit, remove):
                # Owned by the list, so its keys act only while the list has the focus.
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                table.addAction(action)
            edit.triggered.connect(edit_slot)
            remove.triggered.connect(remove_slot)
            table.cellDoubleClicked.connect(lambda *_, slot=edit_slot: slot())
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.activity_table.customContextMenuRequested.connect(
            lambda pos: self._popup(self.activity_menu(), self.activity_table, pos))
        self.minutes_table.customContextMenuRequested.connect(
            lambda pos: self._popup(self.minutes_menu(), self.minutes_table, pos))
        self.decision_table.currentCellChanged.connect(lambda row, *_: self._follow_decision_row(row))

    @staticmethod
    def _popup(menu: QMenu, table: QTableWidget, pos) -> None:
        menu.exec(table.viewport().mapToGlobal(pos))
        menu.deleteLater()  # a fresh menu per right-click: do not let them pile up under the pane

    def activity_menu(self) -> QMenu:
        """The context menu of the 督查活动 list."""
        chosen = self.selected_activity() is not None
        menu = self._row_menu(chosen, (self.edit_activity_action, self.delete_activity_action))
        menu.addAction(self.tr("新增意见建议…"), self.new_suggestion).setEnabled(chosen)
        menu.addAction(self.tr("更新落实情况…"), self.follow_up)
        menu.addAction(self.tr("新增督查活动…"), self.new_activity)
        return menu

    def minutes_menu(self) -> QMenu:
        """The context menu of the 会议纪要 list."""
        chosen = self.selected_minutes() is not None
        menu = self._row_menu(chosen, (self.edit_minutes_action, self.delete_minutes_action))
        menu.addAction(self.tr("新增决定事项…"), self.new_decision).setEnabled(chosen)
        menu.addAction(self.tr("新增纪要…"), self.new_minutes)
        return menu

    def _row_menu(self, chosen: bool, row_actions: tuple[QAction, ...]) -> QMenu:
        """A list's context menu opening with its row actions (编辑, 删除), greyed without a row."""
        menu = QMenu(self)
        for action in row_actions:
            action.setEnabled(chosen)
            menu.addAction(action)
        menu.addSeparator()
        menu.aboutToHide.connect(self._enable_row_actions)
        return menu

    def _enable_row_actions(self) -> None:
        # A menu greys an action for want of a row; the keys must work again once one is chosen.
        for action in (self.edit_activity_action, self.delete_activity_action, self.edit_minutes_action,
                       self.delete_minutes_action):
            action.setEnabled(True)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _may_write(self, title: str) -> bool:
        try:
            require(self.session.actor, Permission.WRITE)
        except UserError as exc:
            QMessageBox.warning(self, title, exc.message)
            return False
        return True

    @staticmethod
    def _select_row(table: QTableWidget, row: int) -> None:
        table.clearSelection()
        if row >= 0:
            table.selectRow(row)

    def _build_columns_menu(self) -> None:
        saved = QSettings().value(SETTINGS_KEY)
        keys = list(saved) if isinstance(saved, list) and saved else [c[0] for c in COLUMNS if c[2]]
        menu = QMenu(self)
        self._column_actions: dict[str, QAction] = {}
        for key, header, _default, _sql in COLUMNS:
            act = QAction(self.tr(header), menu)
            act.setCheckable(True)
            act.setChecked(key in keys)
            act.toggled.connect(lambda _c: self._columns_changed())
            menu.addAction(act)
            self._column_actions[key] = act
        self.columns_btn.setMenu(menu)
        self.model.set_columns(keys)

    def visible_columns(self) -> list[str]:
        """The keys of the columns the user chose."""
        return [k for k, a in self._column_actions.items() if a.isChecked()]

    def _columns_changed(self) -> None:
        keys = self.visible_columns()
        QSettings().setValue(SETTINGS_KEY, keys)
        self.model.set_columns(keys)
        self._apply_widths()

    def _apply_widths(self) -> None:
        for i, col in enumerate(self.model.columns):
            self.table.setColumnWidth(i, WIDTHS.get(col[0], 120))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def plan(self) -> key_items.KeyPlan | None:
        """The plan chosen in the year box."""
        year = self.year_box.currentData()
        return key_items.plan_for_year(year) if year else None

    def reload_years(self) -> None:
        """Fill the year box with the plans (newest first), keeping the choice."""
        keep = self.year_box.currentData()
        years = [p.year for p in key_items.KeyPlan.select().order_by(key_items.KeyPlan.year.desc())]
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in years:
            self.year_box.addItem(self.tr("{0}年").format(y), y)
        today_year = self.session.today().year
        pick = keep if keep in years else (today_year if today_year in years else (years[0] if years else None))
        if pick is not None:
            self.year_box.setCurrentIndex(years.index(pick))
        self.year_box.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Re-query the table (keeps the selected item when it is still shown)."""
        current = self.current_item()
        plan = self.plan()
        states = [] if self.state_box.currentIndex() == 0 else [self.state_box.currentText()]
        self.model.load(plan.id if plan else None, self.search.text(), states, self.session.today())
        self._apply_widths()
        total = key_items.KeyItem.select().where(key_items.KeyItem.plan == plan.id).count() if plan else 0
        self.count_label.setText(self.tr("共 {0} 项，显示 {1} 项").format(total, self.model.rowCount())
                                 if plan else self.tr("尚无年度计划：可“导入计划…”或“新增事项”。"))
        if current is not None:
            self.select_item(current.id)
        self._show_missing(plan)
        self._show_decisions(plan)
        self._show_minutes(plan)

    def current_item(self) -> key_items.KeyItem | None:
        """The item of the selected row."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def select_item(self, item_id: int) -> bool:
        """Select the row of ``item_id`` if shown."""
        for r, item in enumerate(self.model.rows):
            if item.id == item_id:
                self.table.selectRow(r)
                self.table.scrollTo(self.model.index(r, 0))
                return True
        return False

    def open_record(self, record_type: str, record_id: int) -> None:
        """Show an item asked for by the calendar or the dashboard."""
        if record_type != "key_item":
            return
        item = key_items.KeyItem.get_or_none(key_items.KeyItem.id == record_id)
        if item is None:
            return
        index = self.year_box.findData(item.plan.year)
        if index >= 0 and index != self.year_box.currentIndex():
            self.year_box.setCurrentIndex(index)
        if not self.select_item(record_id):
            self.search.clear()
            self.state_box.setCurrentIndex(0)
            self.select_item(record_id)
        self.table.setFocus()

    def _on_changed(self, topic: str) -> None:
        if topic == Change.CALENDAR and self.recompute_deadlines():
            return  # recompute_deadlines emitted "key_items", which reloaded
        if topic in (Change.KEY_ITEMS, Change.UNITS, Change.TODAY, Change.SETTINGS, Change.CALENDAR):
            self.reload_years()

    def recompute_deadlines(self) -> int:
        """Re-date provisional deadlines over the calendar as now entered; emits "key_items" if any moved."""
        if not key_items.KeyItem.select().where(key_items.KeyItem.deadline_provisional == True).exists():  # noqa: E712
            return 0
        try:
            changed = recompute_provisional(self.session.actor, self.session.today())
        except UserError:
            return 0  # a read-only user: the next clerk or admin to open the pane recomputes
        if changed["instructions"]:
            self.session.notify(Change.INSTRUCTIONS)
        if changed["key_items"]:
            self.session.notify(Change.KEY_ITEMS)
        return changed["key_items"]

    # ---- details -----------------------------------------------------------------
    def _show_detail(self) -> None:
        item = self.current_item()
        kept = self.selected_activity_id()
        self._activity_ids: list[int] = []
        self._activity_versions: dict[int, int] = {}
        if item is None:
            for t in (self.progress_table, self.state_table, self.activity_table):
                t.setRowCount(0)
            return
        self._fill(self.progress_table, [
            [f"{p.year}年第{p.quarter}季度", p.unit.short_name or p.unit.name, p.done, p.problems, p.next_steps,
             p.reported_on, p.assessment] for p in progress.progress_of(item.id)])
        self._fill(self.state_table, [[h.day, h.from_state, h.to_state, h.reason, h.recorded_by]
                                      for h in key_items.state_history(item.id)])
        rows = []
        for a in activities.activities_of_item(item.id):
            self._activity_ids.append(a.id)
            self._activity_versions[a.id] = a.version
            sugs = "；".join(f"{s.content}（{s.state}）" for s in a.suggestions)
            rows.append([a.day, a.method, a.title, a.place, a.problems, sugs])
        self._fill(self.activity_table, rows)
        self._select_row(self.activity_table, self._activity_ids.index(kept) if kept in self._activity_ids else -1)

    def _show_missing(self, plan) -> None:
        if plan is None:
            self.missing_table.setRowCount(0)
            return
        rows = progress.missing_reports(plan.id, self.session.today(), load_calendar())
        self._fill(self.missing_table, [[m.item_number, m.item_title, m.unit_name,
                                         f"{m.year}年第{m.quarter}季度", m.due] for m in rows])
        self.detail.setTabText(4, self.tr("缺报单位（{0}）").format(len(rows)))

    def _show_decisions(self, plan) -> None:
        rows = meetings.feedback_rows(self.session.today(), load_calendar()) if plan else []
        self._fill(self.decision_table, [[r.minutes_number, r.meeting, r.held_on, r.paragraph, r.item_number,
                                          r.title, r.lead_unit, r.state, r.light_text, r.latest]
                                         for r in rows if plan and r.held_on.year == plan.year])

    def _show_minutes(self, plan) -> None:
        kept = self.selected_minutes_id()
        self._minutes_ids: list[int] = []
        self._minutes_versions: dict[int, int] = {}
        if plan is None:
            self.minutes_table.setRowCount(0)
            return
        rows = []
        for m, decided in meetings.minutes_of_year(plan.year):
            self._minutes_ids.append(m.id)
            self._minutes_versions[m.id] = m.version
            rows.append([m.number, m.meeting, m.held_on, decided, m.note])
        self._fill(self.minutes_table, rows)
        self._select_row(self.minutes_table, self._minutes_ids.index(kept) if kept in self._minutes_ids else -1)

    def _follow_decision_row(self, row: int) -> None:
        """A decision row chosen: its minutes become the chosen minutes (编辑纪要, 新增决定事项 act on them)."""
        cell = self.decision_table.item(row, 0) if row >= 0 else None
        if cell is None:
            return
        for r in range(self.minutes_table.rowCount()):
            if self.minutes_table.item(r, 0).text() == cell.text():
                self._select_row(self.minutes_table, r)
                return

    # ---- actions -------------------------------------------------------------------
    def _ensure_plan(self) -> key_items.KeyPlan | None:
        plan = self.plan()
        if plan is not None:
            return plan
        try:
            plan = key_items.ensure_plan(self.session.actor, self.session.today().year)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("不能新建计划"), exc.message)
            return None
        self.reload_years()
        return plan

    def new_item(self) -> None:
        """Ctrl+N: a new item in the chosen plan."""
        plan = self._ensure_plan()
        if plan is None:
            return
        form = KeyItemForm(self.session, plan, None, self)
        if form.exec() and form.result_value is not None:
            self.select_item(form.result_value.id)

    def open_current(self) -> None:
        """Enter: edit the selected item."""
        item = self.current_item()
        plan = self.plan()
        if item is None or plan is None:
            return
        KeyItemForm(self.session, plan, key_items.KeyItem.get_by_id(item.id), self).exec()

    def change_state(self) -> None:
        item = self.current_item()
        if item is None:
            QMessageBox.information(self, self.tr("变更状态"), self.tr("请先在表中选择一个事项。"))
            return
        StateForm(self.session, key_items.KeyItem.get_by_id(item.id), self).exec()

    def add_progress(self) -> None:
        item = self.current_item()
        if item is None:
            QMessageBox.information(self, self.tr("录入进展"), self.tr("请先在表中选择一个事项。"))
            return
        ProgressForm(self.session, item, self).exec()

    def new_activity(self) -> None:
        """A supervision activity over the plan's items (the selected item ticked)."""
        plan = self.plan()
        if plan is None:
            QMessageBox.information(self, self.tr("新增督查活动"), self.tr("尚无年度计划，请先导入计划或新增事项。"))
            return
        item = self.current_item()
        form = ActivityForm(self.session, plan, [item.id] if item else [], self)
        if form.exec() and form.result_value is not None:
            self.detail.setCurrentIndex(2)

    def selected_activity_id(self) -> int | None:
        """The id of the activity of the selected row of the 督查活动 tab."""
        rows = self.activity_table.selectionModel().selectedRows()
        ids = getattr(self, "_activity_ids", [])
        row = rows[0].row() if rows else -1
        return ids[row] if 0 <= row < len(ids) else None

    def selected_activity(self) -> activities.SupervisionActivity | None:
        """The activity of the selected row of the 督查活动 tab."""
        aid = self.selected_activity_id()
        return None if aid is None else activities.SupervisionActivity.get_or_none(
            activities.SupervisionActivity.id == aid)

    def edit_activity(self) -> None:
        """编辑: correct the selected activity in its form (a 查阅 account is told before typing)."""
        title = self.tr("编辑督查活动")
        act = self.selected_activity()
        plan = self.plan()
        if act is None or plan is None:
            QMessageBox.information(self, title, self.tr("请先在“督查活动”表中选择一次督查活动。"))
            return
        if not self._may_write(title):
            return
        ActivityForm(self.session, plan, None, self, activity=act).exec()

    def delete_activity(self) -> None:
        """删除: after naming the activity; refused once its suggestions are being followed up."""
        title = self.tr("删除督查活动")
        act = self.selected_activity()
        if act is None:
            QMessageBox.information(self, title, self.tr("请先在“督查活动”表中选择一次督查活动。"))
            return
        if not self._may_write(title):
            return
        reason = activities.delete_activity_refusal(act)
        text = self.tr("确定删除 {0} 的督查活动“{1}”（{2}）吗？").format(act.day.isoformat(), act.title, act.method)
        # The list shows the activity under the selected item only; the delete reaches every item it covered.
        others = "" if reason else self._other_items_text(act.id)
        if others:
            text += "\n\n" + self.tr("该活动同时是{0}的督查记录，将从这些事项中一并移除。").format(others)
        pending = 0 if reason else act.suggestions.count()
        if pending:
            text += "\n\n" + self.tr("该活动的 {0} 条意见建议（均为待落实）将一并删除。").format(pending)
        self._delete_confirmed(title, reason, text + "\n" + self.tr("此操作不可撤销。"), lambda: activities.delete_activity(
            self.session.actor, act.id, self._activity_versions.get(act.id)))

    def _delete_confirmed(self, title: str, refusal: str | None, question: str, remove: Callable[[], object]) -> None:
        """The end of every 删除 here: a refusal is shown as it stands; otherwise ask, delete
        and refresh (after a late refusal too, to show what changed meanwhile)."""
        if refusal:
            QMessageBox.warning(self, self.tr("不能删除"), refusal)
            return
        if not self._confirm(title, question):
            return
        try:
            remove()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("不能删除"), exc.message)
        self.session.notify(Change.KEY_ITEMS)

    def _other_items_text(self, activity_id: int) -> str:
        """The items an activity covered besides the selected one: "第3、5项", another year's as "2013年计划第4项"."""
        current = self.current_item()
        plan = self.plan()
        by_year: dict[int, list[str]] = {}
        for item in activities.items_of(activity_id):
            if current is None or item.id != current.id:
                by_year.setdefault(item.plan.year, []).append(str(item.number))
        parts = []
        for year, numbers in sorted(by_year.items(), key=lambda e: (plan is None or e[0] != plan.year, e[0])):
            if plan is not None and year == plan.year:
                parts.append(self.tr("第{0}项事项").format("、".join(numbers)))
            else:
                parts.append(self.tr("{0}年计划第{1}项事项").format(year, "、".join(numbers)))
        return self.tr("和").join(parts)

    def new_suggestion(self) -> None:
        act = self.selected_activity()
        if act is None:
            QMessageBox.information(self, self.tr("新增意见建议"), self.tr("请先在“督查活动”表中选择一次督查活动。"))
            return
        SuggestionForm(self.session, act, self).exec()

    def follow_up(self) -> None:
        """更新落实情况 of a suggestion of the selected activity (or of any activity of the item)."""
        act = self.selected_activity()
        ids = [act.id] if act else getattr(self, "_activity_ids", [])
        sugs = list(activities.ActivitySuggestion.select().where(activities.ActivitySuggestion.activity.in_(ids))
                    .order_by(activities.ActivitySuggestion.id)) if ids else []
        if not sugs:
            QMessageBox.information(self, self.tr("更新落实情况"),
                                    self.tr("所选督查活动尚无意见建议：请先选择活动，再“新增意见建议…”。"))
            return
        FollowUpForm(self.session, sugs, self).exec()

    def new_minutes(self) -> None:
        MinutesForm(self.session, None, self).exec()

    def selected_minutes_id(self) -> int | None:
        """The id of the minutes of the selected row of the 会议纪要 list."""
        rows = self.minutes_table.selectionModel().selectedRows()
        ids = getattr(self, "_minutes_ids", [])
        row = rows[0].row() if rows else -1
        return ids[row] if 0 <= row < len(ids) else None

    def selected_minutes(self) -> meetings.MeetingMinutes | None:
        """The minutes of the selected row of the 会议纪要 list."""
        mid = self.selected_minutes_id()
        return None if mid is None else meetings.MeetingMinutes.get_or_none(meetings.MeetingMinutes.id == mid)

    def edit_minutes(self) -> None:
        """编辑: correct the selected minutes (number, meeting, date, note); a 查阅 account is told first."""
        title = self.tr("编辑会议纪要")
        minutes = self.selected_minutes()
        if minutes is None:
            QMessageBox.information(self, title, self.tr("请先在“会议纪要”表中选择一份纪要。"))
            return
        if not self._may_write(title):
            return
        MinutesForm(self.session, minutes, self).exec()

    def delete_minutes(self) -> None:
        """删除: after naming the minutes; refused while decided matters come from them."""
        title = self.tr("删除会议纪要")
        minutes = self.selected_minutes()
        if minutes is None:
            QMessageBox.information(self, title, self.tr("请先在“会议纪要”表中选择一份纪要。"))
            return
        if not self._may_write(title):
            return
        question = self.tr("确定删除会议纪要“{0}”（{1}，{2}）吗？\n此操作不可撤销。").format(
            minutes.number, minutes.meeting, minutes.held_on.isoformat())
        self._delete_confirmed(title, meetings.delete_minutes_refusal(minutes), question, lambda: meetings.delete_minutes(
            self.session.actor, minutes.id, self._minutes_versions.get(minutes.id)))

    def new_decision(self) -> None:
        """A decided matter of the minutes of the selected decision row (or the newest minutes)."""
        if not meetings.MeetingMinutes.select().exists():
            QMessageBox.information(self, self.tr("新增决定事项"), self.tr("尚无会议纪要：请先“新增纪要…”。"))
            return
        minutes_id = self.selected_minutes_id()
        row = self.decision_table.currentRow()
        if minutes_id is None and row >= 0 and self.decision_table.item(row, 0) is not None:
            m = meetings.MeetingMinutes.get_or_none(
                meetings.MeetingMinutes.number == self.decision_table.item(row, 0).text())
            minutes_id = m.id if m else None
        form = DecisionForm(self.session, minutes_id, self)
        if form.exec() and form.result_value is not None:
            self.open_record("key_item", form.result_value.id)

    def export_ledger(self, path: str | None = None) -> None:
        """Save the plan's ledger with the latest progress as a printable .xlsx."""
        from models.key_items.importing import LEDGER_HEADERS, LEDGER_WIDTHS, ledger
        from reports.spreadsheet import write_sheet

        plan = self.plan()
        if plan is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出台账"), f"{plan.title}台账.xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        try:
            title, rows = ledger(plan.year, self.session.today(), load_calendar())
            write_sheet(path, title, LEDGER_HEADERS, rows, col_widths=LEDGER_WIDTHS, sheet_name=f"{plan.year}年台账")
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("导出失败"), getattr(exc, "message", str(exc)))

    def import_plan(self, path: str | None = None) -> None:
        """Read a plan file, show the preview and every refused row; write only on 导入."""
        from models.key_items.importing import apply_key_items, plan_key_items

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入年度计划"), "",
                                                  self.tr("表格文件 (*.xlsx *.csv)"))
        if not path:
            return
        year = self.year_box.currentData() or self.session.today().year
        cal = load_calendar()
        try:
            plan = plan_key_items(path, year, cal)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法导入"), exc.message)
            return
        dialog = ImportPreview(plan, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not plan.ok or plan.nothing_to_write:
            return
        try:
            n = apply_key_items(self.session.actor, plan, cal)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("导入失败"), exc.message)
            return
        self.session.notify(Change.KEY_ITEMS)
        counts = plan.counts()
        QMessageBox.information(self, self.tr("导入完成"), self.tr("已导入 {0} 项：新增 {1} 项，更新 {2} 项。").format(
            n, counts.new, counts.updated))


class ImportPreview(QDialog):
    """What an import would add and change (old → new), what it leaves, and every row it refuses.

    导入 is enabled only when nothing is refused and something would be written.
    """

    def __init__(self, plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入预览"))
        layout = QVBoxLayout(self)
        where = self.tr("{0}年计划").format(plan.year) + ("" if plan.plan_exists else self.tr("（将新建）"))
        counts = plan.counts()
        self.summary_label = QLabel(self.tr("{0}：新增 {1} 项，更新 {2} 项，无变化 {3} 项，有误 {4} 处").format(
            where, counts.new, counts.updated, counts.unchanged, counts.errors))
        layout.addWidget(self.summary_label)
        self.rows = QTableWidget(len(plan.items) + len(plan.updated), 5)
        self.rows.setHorizontalHeaderLabels([self.tr("行"), self.tr("序号"), self.tr("处理"), self.tr("工作事项"),
                                             self.tr("内容（原值 → 新值）")])
        self.rows.verticalHeader().hide()
        self.rows.setWordWrap(True)
        entries = [(u.row, u.data, self.tr("更新"), "\n".join(str(c) for c in u.changes)) for u in plan.updated]
        for row, data in plan.items:
            deadline = data.deadline.isoformat() if data.deadline else self.tr("交办后{0}个工作日").format(
                data.deadline_days)
            entries.append((row, data, self.tr("新增"), self.tr("完成时限：{0}").format(deadline)))
        for r, (row, data, action, detail) in enumerate(sorted(entries, key=lambda e: e[0])):
            for c, v in enumerate((row, data.number, action, data.title, detail)):
                cell = QTableWidgetItem(str(v))
                cell.setToolTip(str(v))
                self.rows.setItem(r, c, cell)
        for c, w in enumerate((45, 45, 45, 280)):
            self.rows.setColumnWidth(c, w)
        self.rows.horizontalHeader().setStretchLastSection(True)
        # At most a plan's few dozen rows: sizing them to their old → new lines is cheap.
        self.rows.resizeRowsToContents()
        if plan.items or plan.updated:
            layout.addWidget(self.rows)
        self.update_note: QLabel | None = None
        if plan.updated:
            self.update_note = QLabel(self.tr("“更新”各行将按文件修改计划中已有的事项（修改留有审计记录）；"
                                              "文件中没有的列和空白格保持原值；如需清空请在事项表单中修改。"))
            self.update_note.setWordWrap(True)
            layout.addWidget(self.update_note)
        if plan.nothing_to_write:
            layout.addWidget(QLabel(self.tr("文件中的事项与计划一致（无变化），无需导入。")))
        self.errors = QTableWidget(len(plan.errors), 3)
        self.errors.setHorizontalHeaderLabels([self.tr("行"), self.tr("列"), self.tr("原因")])
        for r, e in enumerate(plan.errors):
            for c, v in enumerate((e.row, e.column, e.reason)):
                self.errors.setItem(r, c, QTableWidgetItem(str(v)))
        self.errors.horizontalHeader().setStretchLastSection(True)
        if plan.errors:
            note = QLabel(self.tr("以下各行有误，整个文件未导入。请在 Excel 中改正后重新导入。"))
            note.setStyleSheet("color: #C62828;")
            layout.addWidget(note)
            layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("导入"))
        self.ok_button.setEnabled(plan.ok and bool(plan.items or plan.updated))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("关闭") if plan.nothing_to_write else self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if plan.nothing_to_write:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(900, 520 if plan.items or plan.updated or plan.errors else 160)
