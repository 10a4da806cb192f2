"""季度反馈表 in the 重点工作 pane: export a quarter's sealed forms (one per unit, and a
.zip) and take returned forms in through the review list; writing and judging the files
run in the background behind a progress dialog that can be cancelled."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from models.core.actors import Permission
from models.core.errors import UserError
from ui.session import Change
from ui.widgets.progress_job import ProgressJob


class FeedbackJob:
    """The 季度反馈表 button and its two actions (mixed into the 重点工作 pane)."""

    def _build_feedback_button(self) -> QPushButton:
        button = QPushButton(self.tr("季度反馈表"))
        button.setToolTip(self.tr("给各牵头、责任单位导出本年度计划某季度的进展反馈表，或导入单位发回的反馈表"))
        menu = QMenu(button)
        self.export_quarter_action = menu.addAction(self.tr("导出季度反馈表…"), self.export_quarter_forms)
        self.import_quarter_action = menu.addAction(self.tr("导入反馈表…"), self.import_quarter_forms)
        button.setMenu(menu)
        # Exporting makes the seal key on first use, and importing writes: both need 写入.
        button.setEnabled(self.session.actor.can(Permission.WRITE))
        self._quarter_job: ProgressJob | None = None
        return button

    def _quarter_choices(self) -> tuple[list[str], int]:
        """The plan year's quarters as 2014Q1…2014Q4, and the one to offer: today's quarter
        in the current year (its report is the next one asked for), else the fourth."""
        from models.key_items.progress import quarter_of

        plan = self.plan()
        year = plan.year if plan is not None else self.session.today().year
        today_year, today_q = quarter_of(self.session.today())
        return [f"{year}Q{q}" for q in range(1, 5)], (today_q - 1 if today_year == year else 3)

    def export_quarter_forms(self) -> None:
        """导出季度反馈表: the chosen quarter's forms, one per unit, into a folder with a .zip."""
        from models.key_items import feedback as qf
        from reports.feedback_form import write_zip
        from reports.quarter_form import write_forms

        choices, current = self._quarter_choices()
        quarter, ok = QInputDialog.getItem(self, self.tr("导出季度反馈表"), self.tr("要求报送哪个季度的进展："),
                                           choices, current, False)
        if not ok:
            return
        try:
            forms = qf.forms_for_quarter(self.session.actor, quarter, self.session.today())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法导出季度反馈表"), exc.message)
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("季度反馈表保存到哪个文件夹"))
        if not folder:
            return

        def write() -> tuple:
            files = write_forms(forms, Path(folder))
            return "export", files, write_zip(files, Path(folder) / qf.zip_name(forms[0].year, forms[0].quarter)), \
                folder, forms

        self._run_quarter(write, self.tr("正在为 {0} 个单位生成季度反馈表…").format(len(forms)))

    def import_quarter_forms(self) -> None:
        """导入反馈表: judge the chosen returns against the shown year's plan (in the
        background), then show the review list."""
        from models.key_items import feedback as qf

        plan = self.plan()
        if plan is None:
            QMessageBox.information(self, self.tr("导入反馈表"), self.tr("请先选择年度计划。"))
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择单位发回的季度反馈表（可多选）"), "",
                                                self.tr("Excel 工作簿 (*.xlsx)"))
        if not paths:
            return
        today, pid, title = self.session.today(), plan.id, plan.title
        self._run_quarter(lambda: ("import", qf.judge_all([Path(p) for p in paths], today, pid), pid, title),
                          self.tr("正在核对 {0} 份反馈表…").format(len(paths)))

    def _run_quarter(self, fn, label: str) -> None:
        if self._quarter_job is None:
            self._quarter_job = ProgressJob(self, self.tr("季度反馈表"))
            self._quarter_job.finished.connect(self._quarter_done)
            self._quarter_job.failed.connect(self._quarter_failed)
        self._quarter_job.start(fn, label)

    @property
    def _quarter_progress(self) -> QProgressDialog | None:
        """The progress dialog of the quarterly forms' job while it runs."""
        return self._quarter_job.progress if self._quarter_job is not None else None

    def _quarter_done(self, result: tuple) -> None:
        from models.key_items import feedback as qf
        from ui.instructions.feedback_dialog import FeedbackReviewDialog

        if result[0] == "export":
            self._quarter_forms_written(*result[1:])
            return
        _kind, verdicts, pid, title = result
        FeedbackReviewDialog(self.session, verdicts, None, title, self,
                             take=lambda actor, v, today: qf.take_in(actor, v, today, pid),
                             change=Change.KEY_ITEMS, quarterly=True).exec()

    def _quarter_forms_written(self, files: list[Path], batch: Path, folder: str, forms: list) -> None:
        """Record the forms written as one batch, due on the quarter's report date, and say so."""
        from models.key_items import feedback as qf

        try:
            rows = qf.record_sent(self.session.actor, forms, self.session.today())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("季度反馈表未登记"), self.tr(
                "季度反馈表已写入 {0}，但未能登记为已发出：{1}\n请重新导出后再发给单位。").format(folder, exc.message))
            return
        self.session.notify(Change.KEY_ITEMS)
        QMessageBox.information(self, self.tr("导出完成"), self.tr(
            "已为 {0} 个单位导出{1}反馈表（第 {2} 批），应于 {3} 前反馈。\n另有压缩包 {4}，便于邮寄。文件夹：{5}\n"
            "到期未报送进展的单位列入“缺报单位”。").format(
            len(files), qf.quarter_label(forms[0].year, forms[0].quarter), rows[0].batch,
            forms[0].due.isoformat(), batch.name, folder))

    def _quarter_failed(self, error: str) -> None:
        QMessageBox.warning(self, self.tr("季度反馈表"), self.tr(
            "未完成：{0}。请检查文件夹是否可写、文件是否被占用后再试。").format(error))
