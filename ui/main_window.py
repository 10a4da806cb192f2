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
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.session import Change, Session


@dataclass(frozen=True)
class PaneSpec:
    """A navigation entry: key, title, and the module holding its ``Pane`` class."""

    key: str
    title: str
    module: str


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

    #: The window has been painted and the event loop was about to wait for the first
    #: time since: a pane that fills itself from the database starts then, so its work
    #: never holds the window's first paint back.
    first_idle = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None,
                 open_file: Callable[[], bool] | None = None) -> None:
        """``open_file``: when the database is opened only once the window is painted and
        idle (see ``ui.app.run_gui``), the function that opens it; it returns whether the
        window may go on (else the window closes)."""
        super().__init__(parent)
        self.session = session
        self.painted = self.idle = False
        self._open_file = open_file
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
        self.nav.currentRowChanged.connect(self.show_pane_at)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for i in range(min(9, len(PANES))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            self.addAction(action)
        self.file_label = QLabel()
        self.today_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.today_label)
        session.changed.connect(self._on_changed)
        self._refresh_status()
        self._restore_geometry()
        self.nav.setCurrentRow(0)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if not self.painted and event.type() in (QEvent.Type.UpdateRequest, QEvent.Type.Paint):
            self.painted = True
            QAbstractEventDispatcher.instance().aboutToBlock.connect(self._first_wait)
            # A caller that turns the loop without ever letting it wait (a script calling
            # processEvents) gets its idle moment all the same, a little later.
            QTimer.singleShot(IDLE_AT_LATEST_MS, self, self._first_wait)
        return handled

    def _first_wait(self) -> None:
        if self.idle:
            return
        QAbstractEventDispatcher.instance().aboutToBlock.disconnect(self._first_wait)
        self.idle = True
        # Through the loop, not from inside its about-to-wait notice (and not at all if
        # the window is gone by then).
        QTimer.singleShot(0, self, self._now_idle)

    def _now_idle(self) -> None:
        if self._open_file is not None:
            opened, self._open_file = self._open_file(), None
            if not opened:
                self.close()
                return
        self.first_idle.emit()

    def when_idle(self, fn) -> None:
        """Call ``fn`` once the window is painted and idle (see :attr:`first_idle`)."""
        if self.idle:
            fn()
        else:
            self.first_idle.connect(fn, Qt.ConnectionType.SingleShotConnection)

    def first_screen_filled(self) -> bool:
        """Whether the pane shown holds its content (a pane filling itself in the
        background says so with a ``filled`` attribute)."""
        return bool(getattr(self.stack.currentWidget(), "filled", True))

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
        """Switch to the pane ``key`` and return it."""
        row = next(i for i, s in enumerate(PANES) if s.key == key)
        self.nav.setCurrentRow(row)
        return self._panes[key]

    def show_pane_at(self, row: int) -> None:
        if row < 0:
            return
        widget = self.pane(PANES[row].key)
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
                  "message": "messages"}.get(record_type)
        if target is None:
            return
        pane = self.show_pane(target)
        opener = getattr(pane, "open_record", None)
        if opener is not None:
            opener(record_type, record_id)

    def _on_changed(self, topic: str) -> None:
        if topic in (Change.TODAY, Change.LOGIN):
            self._refresh_status()

    def _refresh_status(self) -> None:
        self.file_label.setText(self.tr("数据库：{0}").format(str(self.session.db_path)))
        day = self.session.today()
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
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
