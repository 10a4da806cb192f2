"""The 阶段计划 job of the 重点工作 pane: the selected item's stages, added, corrected and
deleted in its detail."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem

from models.calendar.store import load_calendar
from models.core import settings
from models.key_items import items as key_items
from models.key_items import stages
from ui.key_items.stage_form import StageForm

STAGE_HEADERS = ["阶段", "阶段名称", "完成时限", "责任单位", "完成日期", "红绿灯", "备注"]


class StagesJob:
    """The 阶段计划 tab (mixed into the 重点工作 pane): the item's stages with their lights."""

    def show_stages(self, item: key_items.KeyItem | None) -> None:
        """Fill the 阶段计划 tab with ``item``'s stages (kept selection by id)."""
        kept = self.selected_stage_id()
        self._stage_views: list[stages.StageView] = []
        if item is not None:
            views = stages.stage_views([item.id], self.session.today(), load_calendar(),
                                       settings.get(settings.YELLOW_DAYS))
            self._stage_views = views.get(item.id, [])
        self.stage_table.setRowCount(len(self._stage_views))
        for r, v in enumerate(self._stage_views):
            cells = (str(v.number), v.title, v.deadline.isoformat(), v.unit_name,
                     v.done_on.isoformat() if v.done_on else "", v.light.text(), v.note)
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if c == 5:
                    cell.setForeground(QBrush(QColor(v.light.colour)))
                self.stage_table.setItem(r, c, cell)
        ids = [v.id for v in self._stage_views]
        self._select_row(self.stage_table, ids.index(kept) if kept in ids else -1)

    def selected_stage_id(self) -> int | None:
        """The id of the stage of the selected row of the 阶段计划 tab."""
        rows = self.stage_table.selectionModel().selectedRows()
        views = getattr(self, "_stage_views", [])
        row = rows[0].row() if rows else -1
        return views[row].id if 0 <= row < len(views) else None

    def new_stage(self) -> None:
        """新增阶段 of the selected item."""
        title = self.tr("新增阶段")
        item = self.current_item()
        if item is None:
            QMessageBox.information(self, title, self.tr("请先在上方的事项表中选择一个事项。"))
            return
        if not self._may_write(title):
            return
        StageForm(self.session, key_items.KeyItem.get_by_id(item.id), None, self).exec()

    def edit_stage(self) -> None:
        """编辑: correct the selected stage in its form."""
        title = self.tr("编辑阶段")
        sid = self.selected_stage_id()
        stage = None if sid is None else stages.KeyItemStage.get_or_none(stages.KeyItemStage.id == sid)
        if stage is None:
            QMessageBox.information(self, title, self.tr("请先在“阶段计划”表中选择一个阶段。"))
            return
        if not self._may_write(title):
            return
        StageForm(self.session, key_items.KeyItem.get_by_id(stage.item_id), stage, self).exec()

    def delete_stage(self) -> None:
        """删除: after naming the stage and asking (No is the default answer)."""
        title = self.tr("删除阶段")
        sid = self.selected_stage_id()
        view = next((v for v in getattr(self, "_stage_views", []) if v.id == sid), None)
        if view is None:
            QMessageBox.information(self, title, self.tr("请先在“阶段计划”表中选择一个阶段。"))
            return
        if not self._may_write(title):
            return
        text = self.tr("确定删除第{0}阶段“{1}”（完成时限 {2}，{3}）吗？\n此操作不可撤销。").format(
            view.number, view.title, view.deadline.isoformat(), view.unit_name)
        self._delete_confirmed(title, None, text, lambda: stages.delete_stage(
            self.session.actor, view.id, view.version))

    def stage_menu(self):
        """The context menu of the 阶段计划 list: 编辑, 删除 (greyed without a row), 新增."""
        menu = self._row_menu(self.selected_stage_id() is not None, (self.edit_stage_action, self.delete_stage_action))
        menu.addAction(self.tr("新增阶段…"), self.new_stage)
        return menu
