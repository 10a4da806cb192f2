"""绩效考评 tab (inside 统计, or as a pane of its own): a quarter's scores per unit with
the breakdown behind each, lock/unlock, export to .xlsx and PDF, and the scheme editor."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import UserError
from models.overview import evaluation as ev

from ui.session import Change
from ui.background import Background
from ui.overview.stats import RowsModel, _table_view


class EvaluationTab(QWidget):
    """A quarter's 绩效考评."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: ev.QuarterResult | None = None
        self.worker = Background(self)
        self.worker.finished.connect(self.show_result)
        self.worker.failed.connect(lambda e: self.status.setText(self.tr("计算失败：{0}").format(e)))
        today = session.today()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        y, q = (today.year, (today.month - 1) // 3) if today.month > 3 else (today.year - 1, 4)
        self.year.setValue(y)
        self.year.setSuffix(self.tr(" 年"))
        self.quarter = QComboBox()
        for n in range(1, 5):
            self.quarter.addItem(self.tr("第{0}季度").format(n), n)
        self.quarter.setCurrentIndex(q - 1)
        bar.addWidget(self.year)
        bar.addWidget(self.quarter)
        self.state = QLabel()
        bar.addWidget(self.state, 1)
        self.lock_button = QPushButton(self.tr("锁定结果"))
        self.lock_button.clicked.connect(self.lock)
        self.unlock_button = QPushButton(self.tr("解锁…"))
        self.unlock_button.clicked.connect(self.unlock)
        xlsx = QPushButton(self.tr("导出 .xlsx"))
        xlsx.clicked.connect(lambda: self.export(".xlsx"))
        pdf = QPushButton(self.tr("导出 PDF"))
        pdf.clicked.connect(lambda: self.export(".pdf"))
        scheme = QPushButton(self.tr("评分方案…"))
        scheme.clicked.connect(self.edit_scheme)
        for b in (self.lock_button, self.unlock_button, xlsx, pdf, scheme):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setStyleSheet("color: #757575;")
        layout.addWidget(self.status)
        split = QSplitter()
        self.scores = _table_view()
        self.scores.clicked.connect(self._unit_chosen)
        self.scores.activated.connect(self._unit_chosen)
        self.detail = _table_view()
        self.detail.activated.connect(self._open_event)
        self.detail.doubleClicked.connect(self._open_event)
        split.addWidget(self.scores)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.year.valueChanged.connect(self.refresh)
        self.quarter.currentIndexChanged.connect(self.refresh)
        session.changed.connect(lambda _topic: self.refresh())
        self._events: list[ev.Event] = []
        self.refresh()

    def chosen(self) -> tuple[int, int]:
        """(year, quarter) chosen."""
        return self.year.value(), self.quarter.currentData()

    def refresh(self) -> None:
        """Recompute (or read the locked snapshot) off the UI thread."""
        year, quarter = self.chosen()
        today = self.session.today()
        self.status.setText(self.tr("正在计算…"))
        self.worker.start(lambda: ev.quarter_result(year, quarter, today))

    def show_result(self, result: ev.QuarterResult) -> None:
        """Show a quarter's result."""
        self.result = result
        if result.locked:
            self.state.setText(self.tr("■ 已锁定：{0}，{1}（此后修改记录不影响本季度得分）").format(
                result.locked_on, result.locked_by))
        else:
            self.state.setText(self.tr("未锁定：按 {0} 的记录实时计算").format(result.computed_on))
        self.lock_button.setEnabled(not result.locked)
        self.unlock_button.setEnabled(result.locked and self.session.actor.role.value == "admin")
        self.status.setText(self.tr("{0}：{1} 个单位；基础分 {2:g}").format(result.label, len(result.scores),
                                                                      result.scheme.base_score))
        rows = [[s.rank, s.unit, f"{s.total:g}", "；".join(f"{ln.label}{ln.amount:+g}" for ln in s.lines) or "—"]
                for s in result.scores]
        self.scores.setModel(RowsModel(["名次", "单位", "得分", "加减分"], rows, None, self.scores))
        for c, w in enumerate((50, 150, 70)):
            self.scores.setColumnWidth(c, w)
        self.detail.setModel(RowsModel(["计分事项", "日期", "依据"], [], None, self.detail))
        if result.scores:
            self.show_unit(0)

    def _unit_chosen(self, index: QModelIndex) -> None:
        self.show_unit(index.row())

    def show_unit(self, row: int) -> None:
        """The breakdown behind one unit's score, event by event."""
        if self.result is None or not 0 <= row < len(self.result.scores):
            return
        s = self.result.scores[row]
        self._events = []
        rows = []
        for ln in s.lines:
            rows.append([f"{ln.label}：{ln.count}次 × {ln.points:g}分 × 权重{ln.weight:g} = {ln.amount:+g}"
                         + ("（封顶）" if ln.capped else ""), "", ""])
            self._events.append(None)
            for e in ln.events:
                rows.append(["", e.day.isoformat() if e.day else "", e.text])
                self._events.append(e)
        self.detail.setModel(RowsModel(["计分事项", "日期", "依据"], rows, None, self.detail))
        self.detail.setColumnWidth(0, 320)
        self.detail.setColumnWidth(1, 90)

    def _open_event(self, index: QModelIndex) -> None:
        e = self._events[index.row()] if 0 <= index.row() < len(self._events) else None
        opener = getattr(self.window(), "open_record", None)
        if e is not None and opener is not None:
            opener(e.record_type, e.record_id)

    def _run(self, fn) -> bool:
        try:
            fn()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能完成"), exc.message)
            return False
        self.session.notify(Change.EVALUATION)
        return True

    def lock(self) -> None:
        year, quarter = self.chosen()
        answer = QMessageBox.question(
            self, self.tr("锁定考评结果"),
            self.tr("锁定{0}的考评结果？锁定后修改记录不再影响该季度得分，解锁须由管理员写明原因。").format(
                ev.quarter_label(year, quarter)))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: ev.lock_quarter(self.session.actor, year, quarter, self.session.today()))

    def unlock(self) -> None:
        year, quarter = self.chosen()
        reason, ok = QInputDialog.getText(self, self.tr("解锁考评结果"),
                                          self.tr("解锁{0}的原因（将记入审计记录）：").format(ev.quarter_label(year, quarter)))
        if ok:
            self._run(lambda: ev.unlock_quarter(self.session.actor, year, quarter, reason))

    def export(self, suffix: str, path: str | None = None) -> None:
        """Export the shown result to .xlsx or PDF."""
        if self.result is None:
            return
        if not path:
            name = f"{self.result.label}绩效考评{suffix}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出"), name,
                                                  self.tr("Excel 工作簿 (*.xlsx)") if suffix == ".xlsx"
                                                  else self.tr("PDF 文件 (*.pdf)"))
        if not path:
            return
        try:
            if suffix == ".xlsx":
                from reports.evaluation_pdf import evaluation_xlsx

                evaluation_xlsx(self.result, Path(path))
            else:
                from models.core import settings
                from reports.evaluation_pdf import evaluation_pdf

                Path(path).write_bytes(evaluation_pdf(self.result, settings.get(settings.OFFICE_NAME),
                                                      self.session.today()))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), self.tr("无法写入“{0}”（{1}），请关闭已打开的文件或换一个位置。").format(path, exc))
            return
        self.status.setText(self.tr("已导出到 {0}").format(path))

    def edit_scheme(self) -> None:
        from ui.overview.scoring_settings import ScoringSettings

        dialog = ScoringSettings(self.session, self.year.value(), self)
        if dialog.exec():
            self.refresh()


class Pane(EvaluationTab):
    """绩效考评 as a pane of its own (if the navigation lists it)."""
