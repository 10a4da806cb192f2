"""The form of a stage (阶段) of a key item: what, by when, which unit, and when it was done."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from models.core.errors import WorkflowError
from models.key_items import items as key_items
from models.key_items import stages
from ui.key_items.item_form import date_edit, pydate
from ui.session import Change, Session
from ui.widgets.forms import FormDialog
from ui.widgets.pickers import UnitPicker


class StageForm(FormDialog):
    """Add a stage to an item, or correct one (``stage``); saved through :func:`stages.save_stage`."""

    def __init__(self, session: Session, item: key_items.KeyItem, stage: stages.KeyItemStage | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改阶段") if stage else self.tr("新增阶段"), parent)
        self.session, self.item, self.stage = session, item, stage
        numbers = [s.number for s in stages.stages_of(item.id)]
        self.number = QSpinBox()
        self.number.setRange(1, 999)
        self.number.setValue(stage.number if stage else max(numbers, default=0) + 1)
        self.add_row(self.tr("阶段序号*"), self.number)
        self.title_edit = self.add_row(self.tr("阶段名称*"), QLineEdit(stage.title if stage else ""))
        self.title_edit.setPlaceholderText(self.tr("这一阶段要完成什么，如：完成征地拆迁"))
        default_day = item.deadline or session.today()
        self.deadline = self.add_row(self.tr("完成时限*"), date_edit(stage.deadline if stage else default_day))
        self.deadline.dateChanged.connect(self.mark_dirty)
        if item.deadline:
            self.deadline.setToolTip(self.tr("不晚于事项的完成时限 {0}").format(item.deadline.isoformat()))
        self.unit = UnitPicker()
        self.unit.set_current_id(stage.unit_id if stage else item.lead_unit_id)
        self.add_row(self.tr("责任单位*"), self.unit)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.done_box = QCheckBox(self.tr("已完成，完成日期"))
        self.done_on = date_edit(stage.done_on if stage and stage.done_on else session.today())
        self.done_box.setChecked(bool(stage and stage.done_on))
        self.done_on.setEnabled(self.done_box.isChecked())
        self.done_box.toggled.connect(self.done_on.setEnabled)
        self.done_box.toggled.connect(self.mark_dirty)
        self.done_on.dateChanged.connect(self.mark_dirty)
        line.addWidget(self.done_box)
        line.addWidget(self.done_on, 1)
        self.add_row(self.tr("完成情况"), row)
        self.note = QPlainTextEdit(stage.note if stage else "")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.add_row(self.tr("备注"), self.note)
        self.resize(520, self.sizeHint().height())

    def save(self) -> stages.KeyItemStage:
        unit = self.unit.current_id()
        if unit is None and self.unit.currentText().strip():
            raise WorkflowError(self.tr("责任单位“{0}”不在单位名录中，请从列表中选择。").format(
                self.unit.currentText().strip()))
        data = stages.StageData(self.title_edit.text(), pydate(self.deadline.date()), unit, self.number.value(),
                                pydate(self.done_on.date()) if self.done_box.isChecked() else None,
                                self.note.toPlainText())
        saved = stages.save_stage(self.session.actor, self.item.id, data, self.stage.id if self.stage else None,
                                  self.stage.version if self.stage else None)
        self.session.notify(Change.KEY_ITEMS)
        return saved
