"""导入反馈表: the review list of returned forms, where the clerk ticks which accepted
returns to take in; refused ones are shown with the reason and cannot be ticked."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from models.core.errors import UserError
from models.instructions.feedback import Verdict, take_in
from ui.session import Change
from ui.widgets.feedback_returns_model import HEADERS, QUARTER_HEADERS, WIDTHS, FeedbackReturnsModel
from ui.widgets.rows_model import table_view


class FeedbackReviewDialog(QDialog):
    """One row per returned file; 接收所勾选 writes the ticked ones, one transaction each."""

    def __init__(self, session, verdicts: list[Verdict], instruction_id: int | None, title: str,
                 parent: QWidget | None = None, take: Callable | None = None, change: Change = Change.INSTRUCTIONS,
                 quarterly: bool = False) -> None:
        """``take(actor, verdict, today)`` writes one return (default: an instruction's,
        for ``instruction_id``); ``change`` is the notice sent once something was taken
        in; ``quarterly``: the key items' quarterly forms (the columns say 季度 and 报送单位)."""
        super().__init__(parent)
        self.session = session
        self.instruction_id = instruction_id
        self._take = take or (lambda actor, v, today: take_in(actor, v, today, self.instruction_id))
        self._change = change
        self.taken: list[Verdict] = []
        self.failed: list[str] = []
        self.setWindowTitle(self.tr("导入反馈表 — {0}").format(title))
        self.model = FeedbackReturnsModel(verdicts, self, QUARTER_HEADERS if quarterly else HEADERS)
        self.table = table_view()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        for i, w in enumerate(WIDTHS):
            self.table.setColumnWidth(i, w)
        # A batch is tens of files, not the thousands that make sizing rows to contents slow.
        self.table.resizeRowsToContents()
        good = sum(v.accepted for v in verdicts)
        office_step = (self.tr("单位报称完成的事项，由本室核实后在“变更状态”中标记完成。") if quarterly
                       else self.tr("回访复核仍由本室另行办理。"))
        summary = QLabel(self.tr("共 {0} 份：可接收 {1} 份，拒收 {2} 份。勾选要接收的反馈表后点“接收所勾选”；").format(
            len(verdicts), good, len(verdicts) - good) + office_step)
        summary.setWordWrap(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.take_button = buttons.addButton(self.tr("接收所勾选"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_button.setEnabled(good > 0)
        buttons.accepted.connect(self.take)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 480)

    def take(self) -> None:
        """Take in each ticked return; one that fails now is reported, the others stand."""
        chosen = self.model.chosen()
        if not chosen:
            QMessageBox.information(self, self.tr("导入反馈表"), self.tr("没有勾选要接收的反馈表。"))
            return
        for v in chosen:
            try:
                self.taken.append(self._take(self.session.actor, v, self.session.today()))
            except UserError as exc:
                self.failed.append(exc.message)
        if self.taken:
            self.session.notify(self._change)
        text = self.tr("已接收 {0} 份反馈表。").format(len(self.taken))
        if self.failed:
            QMessageBox.warning(self, self.tr("部分未接收"), text + "\n\n" + "\n".join(self.failed))
        else:
            QMessageBox.information(self, self.tr("导入反馈表"), text)
        self.accept()
