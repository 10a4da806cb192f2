"""The 重点工作 pane: the year's plan as a table, with progress, decisions and activities."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from models.core.actors import Permission, require
from models.core.errors import UserError
from models.key_items import activities, progress
from models.key_items import items as key_items
from models.reference.directory import Leader
from ui.key_items.activities_job import ActivitiesJob
from ui.key_items.feedback_job import FeedbackJob
from ui.key_items.item_form import KeyItemForm
from ui.key_items.minutes_job import MinutesJob
from ui.key_items.plan_io import PlanIO
from ui.key_items.progress_job import ProgressJob
from ui.key_items.stages_job import STAGE_HEADERS, StagesJob
from ui.session import Change, Session
from ui.widgets.items_model import COLUMNS, WIDTHS, ItemsModel
from ui.widgets.template_button import TemplateButton

SETTINGS_KEY = "key_items/columns"


class Pane(ProgressJob, PlanIO, MinutesJob, ActivitiesJob, StagesJob, FeedbackJob, QWidget):
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
        # 分管领导: items the leader oversees, directly or through their units.
        self.overseer_box = QComboBox()
        self.overseer_box.setToolTip(self.tr("只看这位领导分管的事项（事项的分管领导，或牵头、责任单位的分管领导）"))
        self._fill_overseers()
        bar.addWidget(self.overseer_box)
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
        self.template_btn = TemplateButton("plan", session, self)
        self.export_btn = QPushButton(self.tr("导出台账…"))
        self.feedback_btn = self._build_feedback_button()
        # The commands on a row of their own above the filters (as in 批示件): on one row
        # they set the window's narrowest at 1276 pixels, next to nothing on a 1280 screen.
        commands = QHBoxLayout()
        for b in (self.new_btn, self.edit_btn, self.state_btn, self.progress_btn, self.import_btn, self.template_btn,
                  self.export_btn, self.feedback_btn):
            commands.addWidget(b)
        commands.addStretch(1)
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
        self.missing_table = self._small_table(["序号", "事项", "单位", "季度", "应报日期", "情况"])
        self.stage_table = self._small_table(STAGE_HEADERS)
        for c, w in enumerate((44, 300, 90, 120, 90, 70)):
            self.stage_table.setColumnWidth(c, w)
        self.stage_btn = QPushButton(self.tr("新增阶段…"))
        self.edit_stage_btn = QPushButton(self.tr("编辑阶段…"))
        self.delete_stage_btn = QPushButton(self.tr("删除阶段"))
        self.edit_stage_btn.setToolTip(self.tr("修改所选阶段（双击或 Enter）"))
        self.delete_stage_btn.setToolTip(self.tr("删除所选阶段（Delete）"))
        stage_page = self._with_buttons(self.stage_table, (self.stage_btn, self.edit_stage_btn,
                                                           self.delete_stage_btn))
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
                     (self.missing_table, "缺报单位"), (stage_page, "阶段计划")):
            self.detail.addTab(w, self.tr(t))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([480, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(commands)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addWidget(self.count_label)
        self._build_columns_menu()
        self.year_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self.reload())
        self.state_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.overseer_box.currentIndexChanged.connect(lambda _i: self.reload())
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
        self.stage_btn.clicked.connect(self.new_stage)
        self.edit_stage_btn.clicked.connect(self.edit_stage)
        self.delete_stage_btn.clicked.connect(self.delete_stage)
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
        self.edit_stage_action = QAction(self.tr("编辑阶段…"), self)
        self.delete_stage_action = QAction(self.tr("删除阶段"), self)
        for table, edit, remove, edit_slot, remove_slot in (
                (self.activity_table, self.edit_activity_action, self.delete_activity_action,
                 self.edit_activity, self.delete_activity),
                (self.minutes_table, self.edit_minutes_action, self.delete_minutes_action,
                 self.edit_minutes, self.delete_minutes),
                (self.stage_table, self.edit_stage_action, self.delete_stage_action,
                 self.edit_stage, self.delete_stage)):
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
        self.stage_table.customContextMenuRequested.connect(
            lambda pos: self._popup(self.stage_menu(), self.stage_table, pos))
        self.decision_table.currentCellChanged.connect(lambda row, *_: self._follow_decision_row(row))

    @staticmethod
    def _popup(menu: QMenu, table: QTableWidget, pos) -> None:
        menu.exec(table.viewport().mapToGlobal(pos))
        menu.deleteLater()  # a fresh menu per right-click: do not let them pile up under the pane

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
                       self.delete_minutes_action, self.edit_stage_action, self.delete_stage_action):
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

    def _fill_overseers(self) -> None:
        """(Re)list the leaders, keeping the one chosen while it exists."""
        chosen = self.overseer_box.currentData()
        self.overseer_box.blockSignals(True)
        self.overseer_box.clear()
        self.overseer_box.addItem(self.tr("全部分管领导"), None)
        for leader in Leader.select().order_by(Leader.level, Leader.id):
            self.overseer_box.addItem(self.tr("分管：{0}").format(leader.name), leader.id)
        self.overseer_box.setCurrentIndex(max(0, self.overseer_box.findData(chosen)) if chosen else 0)
        self.overseer_box.blockSignals(False)

    def reload(self) -> None:
        """Re-query the table (keeps the selected item when it is still shown)."""
        current = self.current_item()
        plan = self.plan()
        states = [] if self.state_box.currentIndex() == 0 else [self.state_box.currentText()]
        self.model.load(plan.id if plan else None, self.search.text(), states, self.session.today(),
                        self.overseer_box.currentData())
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
            self.overseer_box.setCurrentIndex(0)
            self.select_item(record_id)
        self.table.setFocus()

    def _on_changed(self, topic: str) -> None:
        if topic == Change.CALENDAR and self.recompute_deadlines():
            return  # recompute_deadlines emitted "key_items", which reloaded
        if topic == Change.LEADERS:
            self._fill_overseers()
        if topic in (Change.KEY_ITEMS, Change.UNITS, Change.LEADERS, Change.TODAY, Change.SETTINGS, Change.CALENDAR):
            self.reload_years()

    # ---- details -----------------------------------------------------------------
    def _show_detail(self) -> None:
        item = self.current_item()
        kept = self.selected_activity_id()
        self._activity_ids: list[int] = []
        self._activity_versions: dict[int, int] = {}
        self.show_stages(item)
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


