"""Taking the year's plan in and out of Excel from the 重点工作 pane: the ledger export and
the plan import with its preview."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.calendar.store import load_calendar
from models.core.errors import UserError
from ui.session import Change


class PlanIO:
    """Taking the year's plan in and out of Excel from the 重点工作 pane: the ledger export and (mixed into the 重点工作 pane)."""

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
        text = self.tr("已导入 {0} 项：新增 {1} 项，更新 {2} 项。").format(n, counts.new, counts.updated)
        if plan.stages:
            text += self.tr("阶段：新增 {0} 个，更新 {1} 个。").format(counts.stages_new, counts.stages_updated)
        QMessageBox.information(self, self.tr("导入完成"), text)


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
        summary = self.tr("{0}：新增 {1} 项，更新 {2} 项，无变化 {3} 项，有误 {4} 处").format(
            where, counts.new, counts.updated, counts.unchanged, counts.errors)
        if plan.stages or plan.stages_unchanged:
            summary += self.tr("；阶段：新增 {0} 个，更新 {1} 个，无变化 {2} 个").format(
                counts.stages_new, counts.stages_updated, plan.stages_unchanged)
        self.summary_label = QLabel(summary)
        layout.addWidget(self.summary_label)
        writes = bool(plan.items or plan.updated or plan.stages)
        self.rows = QTableWidget(len(plan.items) + len(plan.updated) + len(plan.stages), 5)
        self.rows.setHorizontalHeaderLabels([self.tr("行"), self.tr("序号"), self.tr("处理"), self.tr("工作事项"),
                                             self.tr("内容（原值 → 新值）")])
        self.rows.verticalHeader().hide()
        self.rows.setWordWrap(True)
        entries = [(u.row, u.data.number, self.tr("更新"), u.data.title, "\n".join(str(c) for c in u.changes))
                   for u in plan.updated]
        for row, data in plan.items:
            deadline = data.deadline.isoformat() if data.deadline else self.tr("交办后{0}个工作日").format(
                data.deadline_days)
            entries.append((row, data.number, self.tr("新增"), data.title, self.tr("完成时限：{0}").format(deadline)))
        stage_rows = []
        for st in plan.stages:  # after the items: the 阶段 sheet's rows, by their own row numbers
            number = self.tr("{0}-{1}").format(st.item_number, st.data.number)
            if st.stage_id is None:
                stage_rows.append((st.row, number, self.tr("新增阶段"), st.data.title,
                                   self.tr("阶段完成时限：{0}").format(st.data.deadline.isoformat())))
            else:
                stage_rows.append((st.row, number, self.tr("更新阶段"), st.data.title,
                                   "\n".join(str(c) for c in st.changes)))
        ordered = sorted(entries, key=lambda e: e[0]) + sorted(stage_rows, key=lambda e: e[0])
        for r, cells in enumerate(ordered):
            for c, v in enumerate(cells):
                cell = QTableWidgetItem(str(v))
                cell.setToolTip(str(v))
                self.rows.setItem(r, c, cell)
        for c, w in enumerate((45, 45, 45, 280)):
            self.rows.setColumnWidth(c, w)
        self.rows.horizontalHeader().setStretchLastSection(True)
        # At most a plan's few dozen rows: sizing them to their old → new lines is cheap.
        self.rows.resizeRowsToContents()
        if writes:
            layout.addWidget(self.rows)
        self.update_note: QLabel | None = None
        if plan.updated or plan.stage_updates:
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
        self.ok_button.setEnabled(plan.ok and writes)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("关闭") if plan.nothing_to_write else self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if plan.nothing_to_write:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(900, 520 if writes or plan.errors else 160)
