"""The 会议纪要 job of the 重点工作 pane: standing-committee minutes and their decided
matters, and following a decision to its key item."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
)

from models.calendar.store import load_calendar
from models.key_items import meetings
from ui.key_items.meeting_forms import DecisionForm, MinutesForm


class MinutesJob:
    """The 会议纪要 job of the 重点工作 pane: standing-committee minutes and their decided (mixed into the 重点工作 pane)."""

    def minutes_menu(self) -> QMenu:
        """The context menu of the 会议纪要 list."""
        chosen = self.selected_minutes() is not None
        menu = self._row_menu(chosen, (self.edit_minutes_action, self.delete_minutes_action))
        menu.addAction(self.tr("新增决定事项…"), self.new_decision).setEnabled(chosen)
        menu.addAction(self.tr("新增纪要…"), self.new_minutes)
        return menu

    def _show_decisions(self, plan) -> None:
        rows = meetings.feedback_rows(self.session.today(), load_calendar()) if plan else []
        self._fill(self.decision_table, [[r.minutes_number, r.meeting, r.held_on, r.paragraph, r.item_number,
                                          r.title, r.lead_unit, r.state, r.light_text, r.latest]
                                         for r in rows if plan and r.held_on.year == plan.year])

    def _show_minutes(self, plan) -> None:
        kept = self.selected_minutes_id()
        self._minutes_ids: list[int] = []
        self._minutes_versions: dict[int, int] = {}
        if plan is None:
            self.minutes_table.setRowCount(0)
            return
        rows = []
        for m, decided in meetings.minutes_of_year(plan.year):
            self._minutes_ids.append(m.id)
            self._minutes_versions[m.id] = m.version
            rows.append([m.number, m.meeting, m.held_on, decided, m.note])
        self._fill(self.minutes_table, rows)
        self._select_row(self.minutes_table, self._minutes_ids.index(kept) if kept in self._minutes_ids else -1)

    def _follow_decision_row(self, row: int) -> None:
        """A decision row chosen: its minutes become the chosen minutes (编辑纪要, 新增决定事项 act on them)."""
        cell = self.decision_table.item(row, 0) if row >= 0 else None
        if cell is None:
            return
        for r in range(self.minutes_table.rowCount()):
            if self.minutes_table.item(r, 0).text() == cell.text():
                self._select_row(self.minutes_table, r)
                return

    def new_minutes(self) -> None:
        MinutesForm(self.session, None, self).exec()

    def selected_minutes_id(self) -> int | None:
        """The id of the minutes of the selected row of the 会议纪要 list."""
        rows = self.minutes_table.selectionModel().selectedRows()
        ids = getattr(self, "_minutes_ids", [])
        row = rows[0].row() if rows else -1
        return ids[row] if 0 <= row < len(ids) else None

    def selected_minutes(self) -> meetings.MeetingMinutes | None:
        """The minutes of the selected row of the 会议纪要 list."""
        mid = self.selected_minutes_id()
        return None if mid is None else meetings.MeetingMinutes.get_or_none(meetings.MeetingMinutes.id == mid)

    def edit_minutes(self) -> None:
        """编辑: correct the selected minutes (number, meeting, date, note); a 查阅 account is told first."""
        title = self.tr("编辑会议纪要")
        minutes = self.selected_minutes()
        if minutes is None:
            QMessageBox.information(self, title, self.tr("请先在“会议纪要”表中选择一份纪要。"))
            return
        if not self._may_write(title):
            return
        MinutesForm(self.session, minutes, self).exec()

    def delete_minutes(self) -> None:
        """删除: after naming the minutes; refused while decided matters come from them."""
        title = self.tr("删除会议纪要")
        minutes = self.selected_minutes()
        if minutes is None:
            QMessageBox.information(self, title, self.tr("请先在“会议纪要”表中选择一份纪要。"))
            return
        if not self._may_write(title):
            return
        question = self.tr("确定删除会议纪要“{0}”（{1}，{2}）吗？\n此操作不可撤销。").format(
            minutes.number, minutes.meeting, minutes.held_on.isoformat())
        self._delete_confirmed(title, meetings.delete_minutes_refusal(minutes), question, lambda: meetings.delete_minutes(
            self.session.actor, minutes.id, self._minutes_versions.get(minutes.id)))

    def new_decision(self) -> None:
        """A decided matter of the minutes of the selected decision row (or the newest minutes)."""
        if not meetings.MeetingMinutes.select().exists():
            QMessageBox.information(self, self.tr("新增决定事项"), self.tr("尚无会议纪要：请先“新增纪要…”。"))
            return
        minutes_id = self.selected_minutes_id()
        row = self.decision_table.currentRow()
        if minutes_id is None and row >= 0 and self.decision_table.item(row, 0) is not None:
            m = meetings.MeetingMinutes.get_or_none(
                meetings.MeetingMinutes.number == self.decision_table.item(row, 0).text())
            minutes_id = m.id if m else None
        form = DecisionForm(self.session, minutes_id, self)
        if form.exec() and form.result_value is not None:
            self.open_record("key_item", form.result_value.id)
