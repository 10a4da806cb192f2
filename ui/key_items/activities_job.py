"""The 督查活动 job of the 重点工作 pane: recording, correcting and deleting supervision
activities, their suggestions and follow-up."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QMenu,
    QMessageBox,
)

from models.key_items import activities
from ui.key_items.activity_forms import ActivityForm, FollowUpForm, SuggestionForm


class ActivitiesJob:
    """The 督查活动 job of the 重点工作 pane: recording, correcting and deleting supervision (mixed into the 重点工作 pane)."""

    def activity_menu(self) -> QMenu:
        """The context menu of the 督查活动 list."""
        chosen = self.selected_activity() is not None
        menu = self._row_menu(chosen, (self.edit_activity_action, self.delete_activity_action))
        menu.addAction(self.tr("新增意见建议…"), self.new_suggestion).setEnabled(chosen)
        menu.addAction(self.tr("更新落实情况…"), self.follow_up)
        menu.addAction(self.tr("新增督查活动…"), self.new_activity)
        menu.addSeparator()
        menu.addAction(self.tr("写督查专报…"), self.make_special_report).setEnabled(chosen)
        return menu

    def make_special_report(self) -> None:
        """Switch to 文档 with the 督查专报 of the chosen activity."""
        from models.documents.more_data import ACTIVITY
        from models.documents.register import SPECIAL
        from ui.widgets.document_link import make_document

        activity = self.selected_activity()
        if activity is not None:
            make_document(self, SPECIAL, (ACTIVITY, activity.id), self.tr(
                "该督查活动没有记录发现的问题或意见建议，专报无可报告的内容。请先编辑督查活动填写发现的问题，或新增意见建议。"))

    def new_activity(self) -> None:
        """A supervision activity over the plan's items (the selected item ticked)."""
        plan = self.plan()
        if plan is None:
            QMessageBox.information(self, self.tr("新增督查活动"), self.tr("尚无年度计划，请先导入计划或新增事项。"))
            return
        item = self.current_item()
        form = ActivityForm(self.session, plan, [item.id] if item else [], self)
        if form.exec() and form.result_value is not None:
            self.detail.setCurrentIndex(2)

    def selected_activity_id(self) -> int | None:
        """The id of the activity of the selected row of the 督查活动 tab."""
        rows = self.activity_table.selectionModel().selectedRows()
        ids = getattr(self, "_activity_ids", [])
        row = rows[0].row() if rows else -1
        return ids[row] if 0 <= row < len(ids) else None

    def selected_activity(self) -> activities.SupervisionActivity | None:
        """The activity of the selected row of the 督查活动 tab."""
        aid = self.selected_activity_id()
        return None if aid is None else activities.SupervisionActivity.get_or_none(
            activities.SupervisionActivity.id == aid)

    def edit_activity(self) -> None:
        """编辑: correct the selected activity in its form (a 查阅 account is told before typing)."""
        title = self.tr("编辑督查活动")
        act = self.selected_activity()
        plan = self.plan()
        if act is None or plan is None:
            QMessageBox.information(self, title, self.tr("请先在“督查活动”表中选择一次督查活动。"))
            return
        if not self._may_write(title):
            return
        ActivityForm(self.session, plan, None, self, activity=act).exec()

    def delete_activity(self) -> None:
        """删除: after naming the activity; refused once its suggestions are being followed up."""
        title = self.tr("删除督查活动")
        act = self.selected_activity()
        if act is None:
            QMessageBox.information(self, title, self.tr("请先在“督查活动”表中选择一次督查活动。"))
            return
        if not self._may_write(title):
            return
        reason = activities.delete_activity_refusal(act)
        text = self.tr("确定删除 {0} 的督查活动“{1}”（{2}）吗？").format(act.day.isoformat(), act.title, act.method)
        # The list shows the activity under the selected item only; the delete reaches every item it covered.
        others = "" if reason else self._other_items_text(act.id)
        if others:
            text += "\n\n" + self.tr("该活动同时是{0}的督查记录，将从这些事项中一并移除。").format(others)
        pending = 0 if reason else act.suggestions.count()
        if pending:
            text += "\n\n" + self.tr("该活动的 {0} 条意见建议（均为待落实）将一并删除。").format(pending)
        self._delete_confirmed(title, reason, text + "\n" + self.tr("此操作不可撤销。"), lambda: activities.delete_activity(
            self.session.actor, act.id, self._activity_versions.get(act.id)))

    def _other_items_text(self, activity_id: int) -> str:
        """The items an activity covered besides the selected one: "第3、5项", another year's as "2013年计划第4项"."""
        current = self.current_item()
        plan = self.plan()
        by_year: dict[int, list[str]] = {}
        for item in activities.items_of(activity_id):
            if current is None or item.id != current.id:
                by_year.setdefault(item.plan.year, []).append(str(item.number))
        parts = []
        for year, numbers in sorted(by_year.items(), key=lambda e: (plan is None or e[0] != plan.year, e[0])):
            if plan is not None and year == plan.year:
                parts.append(self.tr("第{0}项事项").format("、".join(numbers)))
            else:
                parts.append(self.tr("{0}年计划第{1}项事项").format(year, "、".join(numbers)))
        return self.tr("和").join(parts)

    def new_suggestion(self) -> None:
        act = self.selected_activity()
        if act is None:
            QMessageBox.information(self, self.tr("新增意见建议"), self.tr("请先在“督查活动”表中选择一次督查活动。"))
            return
        SuggestionForm(self.session, act, self).exec()

    def follow_up(self) -> None:
        """更新落实情况 of a suggestion of the selected activity (or of any activity of the item)."""
        act = self.selected_activity()
        ids = [act.id] if act else getattr(self, "_activity_ids", [])
        sugs = list(activities.ActivitySuggestion.select().where(activities.ActivitySuggestion.activity.in_(ids))
                    .order_by(activities.ActivitySuggestion.id)) if ids else []
        if not sugs:
            QMessageBox.information(self, self.tr("更新落实情况"),
                                    self.tr("所选督查活动尚无意见建议：请先选择活动，再“新增意见建议…”。"))
            return
        FollowUpForm(self.session, sugs, self).exec()
