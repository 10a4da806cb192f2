"""The units (单位) and leaders (领导) editors, shown as tabs of 设置."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Permission
from models.core.errors import UserError
from models.reference import directory as reference
from ui.session import Change, Session
from ui.widgets.forms import FormDialog
from ui.widgets.import_report import refused
from ui.widgets.pickers import LeaderPicker
from ui.widgets.record_table import ColumnSpec, RecordTableModel
from ui.widgets.template_button import TemplateButton


class UnitForm(FormDialog):
    """Create or edit a unit."""

    def __init__(self, session: Session, unit: reference.Unit | None = None, parent=None) -> None:
        super().__init__(self.tr("编辑单位") if unit else self.tr("新增单位"), parent)
        self.session, self.unit = session, unit
        self.name = self.add_row(self.tr("单位名称*"), QLineEdit(unit.name if unit else ""))
        self.short = self.add_row(self.tr("简称"), QLineEdit(unit.short_name if unit else ""))
        self.kind = QComboBox()
        self.kind.addItems(list(reference.UNIT_KINDS))
        self.kind.setCurrentText(unit.kind if unit else "市直单位")
        self.add_row(self.tr("类型"), self.kind)
        self.contact = self.add_row(self.tr("联系人"), QLineEdit(unit.contact if unit else ""))
        self.phone = self.add_row(self.tr("联系电话"), QLineEdit(unit.phone if unit else ""))
        # 分管领导: the 批示件 and 重点工作 panes filter by it ("what is late in my areas").
        self.overseer = self.add_row(self.tr("分管领导"), LeaderPicker(include_inactive=True))
        self.overseer.set_current_id(unit.overseer_id if unit else None)
        self.overseer.setToolTip(self.tr("分管这个单位的领导；批示件、重点工作可按分管领导筛选。不指定则留空"))
        self.active = QCheckBox(self.tr("在用"))
        self.active.setChecked(unit.active if unit else True)
        self.add_row("", self.active)
        self.resize(460, self.sizeHint().height())

    def save(self) -> reference.Unit:
        data = reference.UnitData(self.name.text(), self.short.text(), self.kind.currentText(),
                                  self.contact.text(), self.phone.text(), self.active.isChecked(),
                                  self.overseer.currentText().strip())
        return reference.save_unit(self.session.actor, data, self.unit.id if self.unit else None,
                                   self.unit.version if self.unit else None)


class LeaderForm(FormDialog):
    """Create or edit a leader."""

    def __init__(self, session: Session, leader: reference.Leader | None = None, parent=None) -> None:
        super().__init__(self.tr("编辑领导") if leader else self.tr("新增领导"), parent)
        self.session, self.leader = session, leader
        self.name = self.add_row(self.tr("姓名*"), QLineEdit(leader.name if leader else ""))
        self.post = self.add_row(self.tr("职务"), QLineEdit(leader.post if leader else ""))
        self.level = QComboBox()
        self.level.addItems(list(reference.LEADER_LEVELS))
        self.level.setCurrentText(leader.level if leader else "市")
        self.add_row(self.tr("层级"), self.level)
        self.active = QCheckBox(self.tr("在任"))
        self.active.setChecked(leader.active if leader else True)
        self.add_row("", self.active)
        self.resize(420, self.sizeHint().height())

    def save(self) -> reference.Leader:
        data = reference.LeaderData(self.name.text(), self.post.text(), self.level.currentText(),
                                    self.active.isChecked())
        return reference.save_leader(self.session.actor, data, self.leader.id if self.leader else None,
                                     self.leader.version if self.leader else None)


class ReferenceEditor(QWidget):
    """Search box, sortable table, 新增/编辑/停用/删除, and 导入 (with its template) for
    one reference table."""

    topic = ""
    template_name = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索：名称或拼音首字母（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("显示已停用"))
        self.model = self.make_model()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        for col, spec in enumerate(self.model.columns):
            self.table.setColumnWidth(col, spec.width)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count = QLabel()
        self.add_btn = QPushButton(self.tr("新增(&N)"))
        self.edit_btn = QPushButton(self.tr("编辑(&E)"))
        self.toggle_btn = QPushButton(self.tr("停用/启用"))
        self.delete_btn = QPushButton(self.tr("删除"))
        self.import_btn = QPushButton(self.tr("导入…"))
        self.import_btn.setToolTip(self.tr("从 .xlsx 或 .csv 导入：先整体检查，有误的行逐一列出，无误才写入"))
        self.import_btn.setEnabled(session.actor.can(Permission.WRITE))
        self.import_btn.clicked.connect(lambda _checked=False: self.import_file())
        self.template_btn = TemplateButton(self.template_name, session, self)
        self.add_btn.clicked.connect(self.add)
        self.edit_btn.clicked.connect(self.edit)
        self.toggle_btn.clicked.connect(self.toggle_active)
        self.delete_btn.clicked.connect(self.remove)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        buttons = QHBoxLayout()
        for b in (self.add_btn, self.edit_btn, self.toggle_btn, self.delete_btn, self.import_btn, self.template_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.model.set_filter)
        self.search.textChanged.connect(lambda _t: self._update_count())
        self.show_inactive.toggled.connect(lambda _b: self.reload())
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.add)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, activated=self.edit)
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, topic: str) -> None:
        if topic == self.topic:
            self.reload()

    def _update_count(self) -> None:
        self.count.setText(self.tr("共 {0} 条").format(self.model.rowCount()))

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _select(self, record_id: int) -> None:
        row = self.model.row_of(lambda r: r.id == record_id)
        if row >= 0:
            self.table.selectRow(row)

    def _after_write(self, record_id: int | None) -> None:
        self.session.notify(self.topic)
        self.reload()
        if record_id is not None:
            self._select(record_id)

    def _run(self, fn, *args) -> object:
        try:
            return fn(self.session.actor, *args)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("未能完成"), exc.message)
            return None

    def add(self) -> None:
        form = self.form_for(None)
        if form.exec():
            self._after_write(form.result_value.id)

    def edit(self) -> None:
        record = self.selected()
        if record is None:
            return
        form = self.form_for(type(record).get_by_id(record.id))
        if form.exec():
            self._after_write(record.id)

    def import_file(self, path: str | None = None) -> None:
        """Read a file, list every refused row, confirm the counts, then write all or nothing."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入{0}").format(self.what()), "",
                                                  self.tr("Excel 或 CSV (*.xlsx *.csv)"))
        if not path:
            return
        plan_fn, apply_fn = self.importer()
        try:
            plan = plan_fn(path)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("无法导入"), exc.message)
            return
        if refused(self, plan):
            return
        if not plan.new and not plan.updated:
            QMessageBox.information(self, self.tr("无需导入"),
                                    self.tr("{0}：文件中的内容与现有记录一致，未写入。").format(plan.summary()))
            return
        if QMessageBox.question(self, self.tr("确认导入"), self.tr("{0}。确定导入吗？").format(plan.summary())
                                ) != QMessageBox.StandardButton.Yes:
            return
        n = self._run(apply_fn, plan)
        if n is None:
            return
        self._after_write(None)
        QMessageBox.information(self, self.tr("导入完成"), self.tr("已导入 {0} 条{1}。").format(n, self.what()))


class UnitsEditor(ReferenceEditor):
    """单位 — names unique; a referenced unit can be deactivated, not deleted."""

    topic = Change.UNITS
    template_name = "units"

    def what(self) -> str:
        return self.tr("单位")

    def _on_changed(self, topic: str) -> None:
        # The list names each unit's 分管领导: a leader renamed shows at once.
        if topic == Change.LEADERS:
            self.reload()
        super()._on_changed(topic)

    def importer(self):
        from models.reference.importing import apply_units, plan_units

        return plan_units, apply_units

    def make_model(self) -> RecordTableModel:
        cols = [ColumnSpec(self.tr("单位名称"), lambda u: u.name, width=300),
                ColumnSpec(self.tr("简称"), lambda u: u.short_name, width=150),
                ColumnSpec(self.tr("类型"), lambda u: u.kind),
                ColumnSpec(self.tr("联系人"), lambda u: u.contact),
                ColumnSpec(self.tr("联系电话"), lambda u: u.phone, width=140),
                ColumnSpec(self.tr("分管领导"), lambda u: self._overseers.get(u.overseer_id, "")),
                ColumnSpec(self.tr("状态"), lambda u: self.tr("在用") if u.active else self.tr("已停用"))]
        return RecordTableModel(cols, lambda u: (u.name, u.short_name, u.contact),
                                lambda u: u.active, self)

    def reload(self) -> None:
        self._overseers = {ld.id: ld.name for ld in reference.Leader.select(reference.Leader.id, reference.Leader.name)}
        q = reference.Unit.select().order_by(reference.Unit.kind, reference.Unit.name)
        if not self.show_inactive.isChecked():
            q = q.where(reference.Unit.active == True)  # noqa: E712
        self.model.set_records(list(q))
        self._update_count()

    def form_for(self, record):
        return UnitForm(self.session, record, self)

    def toggle_active(self) -> None:
        u = self.selected()
        if u is None:
            return
        if u.active and QMessageBox.question(
                self, self.tr("停用单位"),
                self.tr("停用“{0}”后，新记录中不能再选它；已有记录不受影响。确定停用吗？").format(u.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        if self._run(reference.set_unit_active, u.id, not u.active) is not None:
            self._after_write(u.id)

    def remove(self) -> None:
        u = self.selected()
        if u is None:
            return
        if QMessageBox.question(self, self.tr("删除单位"),
                                self.tr("确定删除“{0}”吗？此操作会记入审计记录。").format(u.name)
                                ) != QMessageBox.StandardButton.Yes:
            return
        self._run(reference.delete_unit, u.id)
        self._after_write(None)


class LeadersEditor(ReferenceEditor):
    """领导 — 自治区 or 市 level."""

    topic = Change.LEADERS
    template_name = "leaders"

    def what(self) -> str:
        return self.tr("领导")

    def importer(self):
        from models.reference.importing import apply_leaders, plan_leaders

        return plan_leaders, apply_leaders

    def make_model(self) -> RecordTableModel:
        cols = [ColumnSpec(self.tr("姓名"), lambda x: x.name),
                ColumnSpec(self.tr("职务"), lambda x: x.post, width=300),
                ColumnSpec(self.tr("层级"), lambda x: x.level),
                ColumnSpec(self.tr("状态"), lambda x: self.tr("在任") if x.active else self.tr("已停用"))]
        return RecordTableModel(cols, lambda x: (x.name, x.post), lambda x: x.active, self)

    def reload(self) -> None:
        q = reference.Leader.select().order_by(reference.Leader.level.desc(), reference.Leader.name)
        if not self.show_inactive.isChecked():
            q = q.where(reference.Leader.active == True)  # noqa: E712
        self.model.set_records(list(q))
        self._update_count()

    def form_for(self, record):
        return LeaderForm(self.session, record, self)

    def toggle_active(self) -> None:
        x = self.selected()
        if x is None:
            return
        if self._run(reference.set_leader_active, x.id, not x.active) is not None:
            self._after_write(x.id)

    def remove(self) -> None:
        x = self.selected()
        if x is None:
            return
        if QMessageBox.question(self, self.tr("删除领导"), self.tr("确定删除“{0}”吗？").format(x.name)
                                ) != QMessageBox.StandardButton.Yes:
            return
        self._run(reference.delete_leader, x.id)
        self._after_write(None)
