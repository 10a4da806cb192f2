"""The quarterly progress job of the 重点工作 pane: reporting progress, changing an item's
state, and listing the missing reports."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QMessageBox,
)

from models.calendar.provisional import recompute_provisional
from models.calendar.store import load_calendar
from models.core.errors import UserError
from models.key_items import items as key_items
from models.key_items import progress
from ui.key_items.item_form import ProgressForm, StateForm
from ui.session import Change


class ProgressJob:
    """The quarterly progress job of the 重点工作 pane: reporting progress, changing an item's (mixed into the 重点工作 pane)."""

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

    def _show_missing(self, plan) -> None:
        """缺报单位: the reports still missing after their report date, then those made late
        (迟报) — typed or taken in from a returned 季度反馈表 alike."""
        if plan is None:
            self.missing_table.setRowCount(0)
            return
        cal = load_calendar()
        rows = progress.missing_reports(plan.id, self.session.today(), cal)
        late = progress.late_reports(plan.id, cal)
        self._fill(self.missing_table, [[m.item_number, m.item_title, m.unit_name, f"{m.year}年第{m.quarter}季度",
                                         m.due, self.tr("缺报")] for m in rows]
                   + [[r.item_number, r.item_title, r.unit_name, f"{r.year}年第{r.quarter}季度", r.due,
                       self.tr("迟报（{0} 报送）").format(r.reported_on.isoformat())] for r in late])
        text = self.tr("缺报单位（{0}）").format(len(rows)) if not late else self.tr(
            "缺报单位（{0}，迟报 {1}）").format(len(rows), len(late))
        self.detail.setTabText(4, text)

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
