"""The main window: navigation on the left, the chosen pane on the right."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractEventDispatcher,
    QCoreApplication,
    QEvent,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from models.core.errors import ConnectionLostError
from ui.background import Background
from ui.session import Change, Session
from ui.widgets.elided_label import ElidedLabel


@dataclass(frozen=True)
class PaneSpec:
    """A navigation entry: key, title, and the module holding its ``Pane`` class."""

    key: str
    title: str
    module: str


# The imports the 工作台's first steps start: what → (pane, its method that asks for the file).
IMPORTS = {"units": ("settings", "import_units"), "plan": ("key_items", "import_plan"),
           "ledger": ("instructions", "import_ledger")}

# Each area owns its pane module, imported when the pane is first shown.
PANES = [
    PaneSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "工作台"), "ui.dashboard.pane"),
    PaneSpec("calendar", QT_TRANSLATE_NOOP("MainWindow", "日历"), "ui.calendar.pane"),
    PaneSpec("key_items", QT_TRANSLATE_NOOP("MainWindow", "重点工作"), "ui.key_items.pane"),
    PaneSpec("instructions", QT_TRANSLATE_NOOP("MainWindow", "批示件"), "ui.instructions.pane"),
    PaneSpec("research", QT_TRANSLATE_NOOP("MainWindow", "督查调研"), "ui.research.pane"),
    PaneSpec("messages", QT_TRANSLATE_NOOP("MainWindow", "网民留言"), "ui.messages.pane"),
    PaneSpec("documents", QT_TRANSLATE_NOOP("MainWindow", "文档"), "ui.documents.pane"),
    PaneSpec("stats", QT_TRANSLATE_NOOP("MainWindow", "统计"), "ui.overview.stats"),
    PaneSpec("audit", QT_TRANSLATE_NOOP("MainWindow", "审计记录"), "ui.safety.audit"),
    PaneSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "设置"), "ui.settings.pane"),
]


#: The latest the first idle moment comes after the first paint (see MainWindow.first_idle).
IDLE_AT_LATEST_MS = 200


def load_pane(spec: PaneSpec, session: Session, parent: QWidget | None = None) -> QWidget:
    """Build the pane of ``spec`` (imported on first visit, so start-up stays quick)."""
    return importlib.import_module(spec.module).Pane(session, parent)


class MainWindow(QMainWindow):
    """Navigation list + stacked panes + a status bar naming the file and today."""

    #: A window made with ``open_file``: it has been painted, the event loop was about to
    #: wait, and the file is open — the first screen is being filled now.
    first_idle = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, workbench=None,
                 open_file: Callable[[], bool] | None = None) -> None:
        """``open_file``: the window is shown before its database is opened (see
        ``ui.workbench.Workbench.show_then_open``); this opens it once the window is
        painted and idle and returns whether the window may go on (else it closes). Until
        then no pane is built: the panes read the file."""
        super().__init__(parent)
        self.session = session
        self._open_file = open_file
        self.painted = self.idle = False
        # ui.workbench.Workbench when the application runs (it can reopen the window on
        # the demonstration and back); None for a window made on its own (tests).
        self.workbench = workbench
        if session.demo_day is not None:
            self.setWindowTitle(self.tr("督查工作台 — 演示数据（{0}）").format(
                session.db_path if session.on_server else session.db_path.name))
        elif session.on_server:
            # The address names the server and database, never a password (refused when given).
            self.setWindowTitle(self.tr("督查工作台 — 服务器数据库（{0}）").format(session.db_path))
        else:
            self.setWindowTitle(self.tr("督查工作台"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 13pt; }"
                               "QListWidget#navigation::item { padding: 8px 12px; }")
        self.stack = QStackedWidget()
        self._panes: dict[str, QWidget] = {}
        for i, spec in enumerate(PANES):
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            tip = self.tr("Ctrl+{0}").format(i + 1) if i < 9 else ""
            item.setToolTip(tip)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real pane on first visit
        if open_file is not None:
            opening = QLabel(self.tr("正在准备工作台……"))
            opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
            opening.setEnabled(False)  # greyed, as a note (a style sheet would cost the first paint)
            old = self.stack.widget(0)
            self.stack.insertWidget(0, opening)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.setCurrentWidget(opening)
        self.nav.currentRowChanged.connect(self.show_pane_at)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The panes are in a menu too, so their Ctrl+1…9 can be read there.
        panes_menu = self.menuBar().addMenu(self.tr("页面(&P)"))
        for i, spec in enumerate(PANES):
            action = QAction(QCoreApplication.translate("MainWindow", spec.title), self)
            if i < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            self.addAction(action)
            panes_menu.addAction(action)
        find = QAction(self.tr("全局搜索…"), self)
        find.setShortcut(QKeySequence("Ctrl+K"))
        find.triggered.connect(self.open_search)
        self.addAction(find)
        go_menu = self.menuBar().addMenu(self.tr("查找(&F)"))
        go_menu.addAction(find)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.guide_action = QAction(self.tr("用户手册"), self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(self.show_guide)
        self.addAction(self.guide_action)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("关于督查工作台…"))
        about.triggered.connect(self.show_about)
        self.guide = None
        # A long path is shortened in the middle (its tooltip has it all): it must not
        # widen the window past a 1280-pixel screen.
        self.file_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
        self.today_label = QLabel()
        self.user_label = QLabel()
        self.home_button = QPushButton(self.tr("返回本室数据库"))
        self.home_button.setToolTip(self.tr("关闭演示数据库，回到本室数据库：{0}").format(
            str(session.home_path) if session.home_path else ""))
        self.home_button.clicked.connect(lambda _checked=False: self.go_home())
        self.home_button.setVisible(session.home_path is not None)
        self.statusBar().addWidget(self.file_label, 1)
        # 已断开 / 已重新连接: the office's server going away and coming back.
        self.connection_label, self._connection_shown = self._passing_label(10000)
        # "张三 刚刚修改了数据，已刷新": a label of its own, since a temporary message is
        # cleared as soon as the pointer crosses a list.
        self.others_label, self._others_shown = self._passing_label(15000)
        self.statusBar().addPermanentWidget(self.others_label)
        self.statusBar().addPermanentWidget(self.connection_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.today_label)
        self.statusBar().addPermanentWidget(self.home_button)
        session.changed.connect(self._on_changed)
        self._refresh_status()
        self._restore_geometry()
        self.nav.setCurrentRow(0)
        if open_file is not None:
            self.installEventFilter(self)
        # Records written since the last search (or by an upgrade) are indexed once the
        # window is idle, so the first Ctrl+K does not wait for them.
        self._indexer = Background(self)
        self._indexer.finished.connect(self._indexed)
        QTimer.singleShot(3000, self._index_in_background)
        self.change_watch = None
        if open_file is None:
            self._watch_changes()

    def _watch_changes(self) -> None:
        """Another clerk's change (another PC on the server, another window on the file)
        reaches this screen within seconds. Started once the file is open: the watch reads
        the database (and imports it, which a window shown first must not do before idle)."""
        from ui.change_watch import ChangeWatch

        self.change_watch = ChangeWatch(self.session, self.stack)
        self.change_watch.refreshed.connect(self._others_changed)
        self.change_watch.waiting.connect(self._others_waiting)
        self.change_watch.disconnected.connect(self._server_lost)
        self.change_watch.reconnected.connect(self._server_back)
        self.change_watch.start()

    def _passing_label(self, shown_ms: int) -> tuple[QLabel, QTimer]:
        """A status-bar label hidden until shown, and the timer that hides it ``shown_ms`` after."""
        label = QLabel()
        label.setVisible(False)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(shown_ms)
        timer.timeout.connect(lambda: label.setVisible(False))
        return label, timer

    def pane(self, key: str) -> QWidget:
        """The pane for ``key``, built on first use."""
        if key not in self._panes:
            row = next(i for i, s in enumerate(PANES) if s.key == key)
            widget = load_pane(PANES[row], self.session, self)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._panes[key] = widget
        return self._panes[key]

    def show_pane(self, key: str) -> QWidget:
        """Switch to the pane ``key`` and return it (built first: a server gone raises
        :class:`ConnectionLostError` with the navigation left as it was)."""
        row = next(i for i, s in enumerate(PANES) if s.key == key)
        if self._open_file is None:
            self.pane(key)
        self.nav.setCurrentRow(row)
        return self._panes[key]

    def show_pane_at(self, row: int) -> None:
        if row < 0 or self._open_file is not None:  # the file is not open yet
            return
        try:
            widget = self.pane(PANES[row].key)
        except ConnectionLostError:
            # The page cannot be read: the navigation goes back to the page still shown
            # (so that a second click tries again), and says so in words fitting a click.
            shown = self.stack.currentIndex()
            blocked = self.nav.blockSignals(True)
            self.nav.setCurrentRow(shown)
            self.nav.blockSignals(blocked)
            title = QCoreApplication.translate("MainWindow", PANES[row].title)
            QMessageBox.warning(self, self.tr("与服务器的连接已中断"), self.tr(
                "无法打开“{0}”：与数据库服务器的连接已中断，页面的内容读不到。仍显示“{1}”。"
                "请等状态栏显示“已重新连接”后再点一次“{0}”；若长时间不能恢复，请联系管理员检查服务器和网络。")
                .format(title, QCoreApplication.translate("MainWindow", PANES[shown].title)))
            return
        self.stack.setCurrentWidget(widget)

    def open_record(self, record_type: str, record_id: int) -> None:
        """Open a record in its pane (used by the calendar and the dashboard)."""
        if record_type == "activity":
            # An activity is shown under the key items it covered: open the first.
            from models.key_items.activities import ActivityItem

            link = (ActivityItem.select().where(ActivityItem.activity == record_id)
                    .order_by(ActivityItem.id).first())
            if link is None:
                return
            record_type, record_id = "key_item", link.item_id
        target = {"key_item": "key_items", "instruction": "instructions",
                  "research": "research", "research_topic": "research",
                  "message": "messages", "document": "documents"}.get(record_type)
        if target is None:
            return
        pane = self.show_pane(target)
        opener = getattr(pane, "open_record", None)
        if opener is not None:
            opener(record_type, record_id)

    def _index_in_background(self) -> None:
        from models.search.index import pending, refresh

        try:
            if pending() == 0:
                return
        except Exception:  # noqa: BLE001 — a file from before the search index: nothing to do
            return
        self._indexer.start(refresh)

    def _indexed(self, count: int) -> None:
        if count > 200:
            self.statusBar().showMessage(self.tr("全局搜索索引已更新（{0} 条记录）。").format(count), 5000)

    # ---- a window shown before its file is opened ---------------------------------------
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self and not self.painted and event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            self.painted = True
            self.removeEventFilter(self)
            QAbstractEventDispatcher.instance().aboutToBlock.connect(self._first_wait)
            # A caller that turns the loop without ever letting it wait (a script calling
            # processEvents) gets its idle moment all the same, a little later.
            QTimer.singleShot(IDLE_AT_LATEST_MS, self, self._first_wait)
        return super().eventFilter(obj, event)

    def _first_wait(self) -> None:
        if self.idle:
            return
        QAbstractEventDispatcher.instance().aboutToBlock.disconnect(self._first_wait)
        self.idle = True
        # Through the loop, not from inside its about-to-wait notice (and not at all if
        # the window is gone by then).
        QTimer.singleShot(0, self, self._now_idle)

    def _now_idle(self) -> None:
        opened, open_file = False, self._open_file
        try:
            opened = open_file is not None and open_file()
        finally:
            self._open_file = None
            if not opened:
                self.close()
        if not opened or not self.isVisible():  # refused, or replaced by another window meanwhile
            return
        self.pane(PANES[0].key)  # the first screen, even if another row was chosen meanwhile
        self.show_pane_at(self.nav.currentRow())
        self._watch_changes()
        self.first_idle.emit()

    def first_screen_filled(self) -> bool:
        """Whether the pane shown first has its content (what a start waits for)."""
        pane = self._panes.get(PANES[0].key)
        return pane is not None and getattr(pane, "filled", True)

    def open_search(self) -> None:
        """Ctrl+K: find any record and open it in its pane."""
        from ui.search_dialog import SearchDialog

        dialog = SearchDialog(self.session, self)
        if dialog.exec() and dialog.chosen is not None:
            self.open_record(dialog.chosen.record_type, dialog.chosen.record_id)

    def show_about(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self.session, self).exec()

    def show_guide(self) -> None:
        """F1: the user guide in a window beside this one (one window, raised if open)."""
        from ui.help_dialog import GuideDialog

        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def start_import(self, what: str) -> None:
        """Open the pane that imports ``what`` (units, plan, ledger) and start its import."""
        key, method = IMPORTS[what]
        getattr(self.show_pane(key), method)()

    def open_demo(self) -> None:
        """Reopen the window on the demonstration beside the office's file (built on first use)."""
        if self.workbench is not None:
            self.workbench.open_demo()

    def go_home(self) -> None:
        """Back from the demonstration to the office's own file."""
        if self.workbench is not None:
            self.workbench.go_home()

    def _others_changed(self, found) -> None:
        who = "、".join(found.actors[:3]) or self.tr("其他用户")
        self._show_others(self.tr("{0} 刚刚修改了数据，已刷新").format(who))
        self._others_shown.start()

    def _others_waiting(self, found) -> None:
        who = "、".join(found.actors[:3]) or self.tr("其他用户")
        self._show_others(self.tr("{0} 刚刚修改了数据，关闭当前窗口后刷新").format(who))
        self._others_shown.stop()  # shown until the refresh

    def _show_others(self, text: str) -> None:
        self.others_label.setText(text)
        self.others_label.setStyleSheet("background: #E3F2FD; color: #0D47A1; padding: 1px 8px;")
        self.others_label.setVisible(True)

    def _server_lost(self, message: str) -> None:
        self._connection_shown.stop()
        self.connection_label.setText(self.tr("已断开"))
        self.connection_label.setToolTip(message)
        self.connection_label.setStyleSheet("background: #FFCDD2; color: #B71C1C; font-weight: bold; padding: 1px 8px;")
        self.connection_label.setVisible(True)
        self.statusBar().showMessage(self.tr("与数据库服务器的连接已中断。正在等待服务器恢复，"
                                             "恢复后会自动重新连接；未保存的内容请留在窗口中。"))

    def _server_back(self) -> None:
        self.connection_label.setText(self.tr("已重新连接"))
        self.connection_label.setToolTip("")
        self.connection_label.setStyleSheet("background: #C8E6C9; color: #1B5E20; padding: 1px 8px;")
        self.connection_label.setVisible(True)
        self.statusBar().showMessage(self.tr("已重新连接数据库服务器。"), 10000)
        self._connection_shown.start()
        for window in QApplication.topLevelWidgets():  # an open form whose save was cut
            back = getattr(window, "server_back", None)
            if callable(back) and window.isVisible():
                back()

    def _on_changed(self, topic: str) -> None:
        if topic in (Change.TODAY, Change.LOGIN):
            self._refresh_status()

    def _refresh_status(self) -> None:
        if self.session.on_server:
            self.file_label.setText(self.tr("服务器数据库：{0}").format(self.session.db_path))
        else:
            self.file_label.setText(self.tr("数据库：{0}").format(str(self.session.db_path)))
        day = self.session.today()
        if self.session.demo_day is not None:
            self.today_label.setText(self.tr("演示数据：今天按 {0}年{1}月{2}日 计").format(day.year, day.month, day.day))
            self.today_label.setStyleSheet("background: #FFE0B2; color: #BF360C; font-weight: bold; padding: 1px 8px;")
        else:
            self.today_label.setText(self.tr("今天：{0}年{1}月{2}日").format(day.year, day.month, day.day))
        self.user_label.setText(self.tr("用户：{0}（{1}）").format(
            self.session.actor.name, self.session.actor.role.label))

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            return
        # First start: most of the screen, whatever its size (1366×768 laptops are common).
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1280, 800)
            return
        self.resize(min(1440, int(screen.width() * 0.92)), min(900, int(screen.height() * 0.9)))
        self.move(screen.center() - self.rect().center())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.change_watch is not None:
            self.change_watch.stop()
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
