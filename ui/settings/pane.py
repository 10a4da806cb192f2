"""设置: units, leaders, the working-day calendar, the office's options, fonts, safety."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import every_module
from models.core import settings
from models.core.errors import UserError
from ui.reference.editors import UnitsEditor
from ui.session import Change, Session


def _load_setting_modules() -> None:
    """Import every models module so each area's settings are defined."""
    every_module()


class OptionsForm(QWidget):
    """Every defined setting, grouped, with one 保存 button (管理员 only)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        _load_setting_modules()
        self.editors: dict[str, QWidget] = {}
        inner = QWidget()
        box = QVBoxLayout(inner)
        groups: dict[str, QFormLayout] = {}
        values = settings.all_values()
        for key, d in sorted(settings.REGISTRY.items(), key=lambda kv: (kv[1].group, kv[0])):
            if d.group not in groups:
                group = QGroupBox(d.group)
                groups[d.group] = QFormLayout(group)
                box.addWidget(group)
            if isinstance(d.default, bool):
                w = QCheckBox()
                w.setChecked(bool(values[key]))
            elif isinstance(d.default, int):
                w = QSpinBox()
                w.setRange(d.minimum if d.minimum is not None else -10**6,
                           d.maximum if d.maximum is not None else 10**6)
                w.setValue(int(values[key]))
            else:
                w = QLineEdit(str(values[key]))
            if d.help:
                w.setToolTip(d.help)
            self.editors[key] = w
            groups[d.group].addRow(d.label, w)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        save = QPushButton(self.tr("保存设置"))
        save.clicked.connect(self.save)
        save.setEnabled(session.actor.can(settings.Permission.ADMIN))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(save)
        layout.addLayout(row)

    def value_of(self, key: str) -> object:
        w = self.editors[key]
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        return w.text()

    def save(self) -> None:
        current = settings.all_values()
        try:
            for key in self.editors:
                value = self.value_of(key)
                if value != current.get(key):
                    settings.set_value(self.session.actor, key, value)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能保存"), exc.message)
            return
        self.session.notify(Change.SETTINGS)
        QMessageBox.information(self, self.tr("已保存"), self.tr("设置已保存。"))


class FontsInfo(QWidget):
    """Which font each document role got (from the documents engine)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        from reports import fonts

        folder = settings.get("documents.font_dir") if "documents.font_dir" in settings.REGISTRY else None
        rows = fonts.font_report(folder or None)
        lines = [self.tr("公文各部分使用的字体：")]
        for row in rows:
            lines.append("　" + " — ".join(str(x) for x in (row if isinstance(row, (list, tuple)) else [row])))
        self.label.setText("\n".join(lines))


class Pane(QWidget):
    """The 设置 pane: its first tab (单位) is built at once, each other tab (and what it
    imports: every model module for 选项, the fonts for 公文字体) when first shown."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.tabs = QTabWidget()
        self.units = UnitsEditor(session)
        self.tabs.addTab(self.units, self.tr("单位"))
        self._builders: dict[int, Callable[[], QWidget]] = {}
        for title, build in ((self.tr("领导"), self._leaders), (self.tr("工作日历"), self._calendar),
                             (self.tr("选项"), lambda: OptionsForm(session)),
                             (self.tr("公文字体"), lambda: FontsInfo(session)),
                             (self.tr("账号与备份"), self._safety)):
            page = QWidget()
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._builders[self.tabs.addTab(page, title)] = build
        self.tabs.currentChanged.connect(self.tab)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("设置"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def tab(self, index: int) -> QWidget:
        """The content of tab ``index``, built on first use."""
        page = self.tabs.widget(index)
        build = self._builders.pop(index, None)
        if build is not None:
            page.layout().addWidget(build())
        return page if page is self.units else page.layout().itemAt(0).widget()

    @property
    def leaders(self) -> QWidget:
        """The 领导 editor (built now if its tab was never shown)."""
        return self.tab(1)

    def _leaders(self) -> QWidget:
        from ui.reference.editors import LeadersEditor

        return LeadersEditor(self.session)

    def _calendar(self) -> QWidget:
        from ui.calendar.settings import CalendarSettings

        return CalendarSettings(self.session)

    def _safety(self) -> QWidget:
        from ui.safety.settings import SafetySettings

        return SafetySettings(self.session)

    def import_units(self) -> None:
        """Show the 单位 tab and start its import (the 工作台's first step)."""
        self.tabs.setCurrentWidget(self.units)
        self.units.import_file()

