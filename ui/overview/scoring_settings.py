"""The 绩效考评 scoring scheme editor (评分方案): base score and one row per rule — name,
points per event, the year's weight, an optional cap, whether it counts. Opened from the
绩效考评 tab and from 设置 (``open_scoring_settings(session, parent)``)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import UserError
from models.overview import evaluation as ev

from ui.session import Change

COLUMNS = ("计分事项", "名称", "每次分值", "权重", "封顶分（空=不封顶）", "计入")


class ScoringSettings(QDialog):
    """Edit the scheme of one year; saving needs an administrator and is audited."""

    def __init__(self, session, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("绩效考评评分方案"))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度：")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("基础分：")))
        self.base = QDoubleSpinBox()
        self.base.setRange(0, 1000)
        self.base.setDecimals(1)
        top.addWidget(self.base)
        self.origin = QLabel()
        self.origin.setStyleSheet("color: #757575;")
        top.addWidget(self.origin, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        for c, w in enumerate((170, 200, 80, 70, 140, 50)):
            self.table.setColumnWidth(c, w)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("得分 = 基础分 + Σ（次数 × 每次分值 × 权重），每项不超过封顶分。"
                                        "已锁定的季度保持锁定时的方案和得分。")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        """Show the chosen year's scheme (stored, carried forward, or the defaults)."""
        scheme = ev.scheme_for(self.year.value())
        self.base.setValue(scheme.base_score)
        self.origin.setText(self.tr("已保存的本年度方案") if scheme.stored else self.tr("尚未保存：沿用往年方案或默认方案"))
        present = {r.event: r for r in scheme.rules}
        rules = list(scheme.rules) + [ev.Rule(e, label, 0.0, active=False) for e, label in ev.EVENTS.items()
                                      if e not in present]
        self.table.setRowCount(len(rules))
        for row, r in enumerate(rules):
            key = QTableWidgetItem(ev.EVENTS[r.event])
            key.setData(Qt.ItemDataRole.UserRole, r.event)
            key.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, key)
            self.table.setItem(row, 1, QTableWidgetItem(r.label))
            for col, value, lo, hi in ((2, r.points, -100, 100), (3, r.weight, 0, 10)):
                spin = QDoubleSpinBox()
                spin.setRange(lo, hi)
                spin.setDecimals(2)
                spin.setValue(value)
                self.table.setCellWidget(row, col, spin)
            self.table.setItem(row, 4, QTableWidgetItem("" if r.cap is None else f"{r.cap:g}"))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked if r.active else Qt.CheckState.Unchecked)
            self.table.setItem(row, 5, check)
        self.save_button.setEnabled(self.session.actor.role.value == "admin")
        if not self.save_button.isEnabled():
            self.save_button.setToolTip(self.tr("只有管理员可以修改评分方案"))

    def rules(self) -> list[ev.Rule]:
        """The rules as typed; raise :class:`UserError` for a bad cap."""
        out = []
        for row in range(self.table.rowCount()):
            event = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            label = self.table.item(row, 1).text().strip()
            cap_text = (self.table.item(row, 4).text() if self.table.item(row, 4) else "").strip()
            try:
                cap = float(cap_text) if cap_text else None
            except ValueError:
                raise UserError(f"“{label}”的封顶分须为数字，或留空表示不封顶。") from None
            out.append(ev.Rule(event, label, self.table.cellWidget(row, 2).value(),
                               self.table.cellWidget(row, 3).value(), cap,
                               self.table.item(row, 5).checkState() == Qt.CheckState.Checked))
        return out

    def save(self) -> None:
        try:
            ev.save_scheme(self.session.actor, self.year.value(), self.base.value(), self.rules())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能保存"), exc.message)
            return
        self.session.notify(Change.EVALUATION)
        self.accept()


def open_scoring_settings(session, parent: QWidget | None = None) -> None:
    """The entry point for the 设置 pane."""
    ScoringSettings(session, session.today().year, parent).exec()
