"""通报批评记录: the notices made from the candidates, listed, and a draft's text edited.

The record's units and matters are fixed when it is made; while it is a draft its title,
整改要求, 整改期限, 主送 and 抄送 can be changed (``criticism.update_criticism``). The
printed notice is made in the 文档 pane, to which "生成通报批评…" switches.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Permission
from models.core.errors import UserError
from models.instructions import criticism

from ui.instructions.forms import date_edit, to_date
from ui.session import Change


class CriticismEditor(QDialog):
    """The text parts of one draft notice; Enter in a line saves, Esc asks before dropping edits."""

    def __init__(self, session, notice: criticism.Criticism, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.notice = session, notice
        self.setWindowTitle(self.tr("修改通报批评记录"))
        self.resize(640, 420)
        form = QFormLayout()
        self.title = QLineEdit(notice.title)
        self.required_by = date_edit(notice.required_by)
        self.requirement = QPlainTextEdit(notice.requirement)
        self.requirement.setTabChangesFocus(True)
        self.main_to = QLineEdit(notice.main_to)
        self.copy_to = QLineEdit(notice.copy_to)
        form.addRow(self.tr("通报标题"), self.title)
        form.addRow(self.tr("整改期限"), self.required_by)
        form.addRow(self.tr("整改要求"), self.requirement)
        form.addRow(self.tr("主送"), self.main_to)
        form.addRow(self.tr("抄送"), self.copy_to)
        items = QLabel("\n".join(f"{i.unit.short_name or i.unit.name}：{i.matter}（{i.mishandling}）"
                                 for i in criticism.criticism_items(notice.id)))
        items.setWordWrap(True)
        items.setStyleSheet("color: #555;")
        form.addRow(self.tr("通报事项"), items)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self._initial = self._values()

    def _values(self) -> tuple:
        return (self.title.text(), to_date(self.required_by), self.requirement.toPlainText(),
                self.main_to.text(), self.copy_to.text())

    def save(self) -> None:
        """Save through the workflow; a refusal is shown under the form."""
        title, required_by, requirement, main_to, copy_to = self._values()
        try:
            self.notice = criticism.update_criticism(
                self.session.actor, self.notice.id, self.notice.version, title=title, requirement=requirement,
                required_by=required_by, main_to=main_to, copy_to=copy_to)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.session.notify(Change.CRITICISM)
        self.accept()

    def reject(self) -> None:
        """Esc / 取消: ask first when something was changed."""
        if self._values() != self._initial:
            answer = QMessageBox.question(self, self.tr("放弃修改"), self.tr("已修改的内容尚未保存，确定放弃吗？"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


class CriticismRecordsDialog(QDialog):
    """通报批评记录: every notice (units, matters, state, date); Enter opens a draft to edit."""

    COLUMNS = ("日期", "通报标题", "被通报单位", "事项数", "整改期限", "状态")

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("通报批评记录"))
        self.resize(960, 480)
        self.records: list[tuple[criticism.Criticism, list[str], int]] = []
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for i, w in enumerate((90, 330, 220, 60, 90)):
            self.table.setColumnWidth(i, w)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.edit_button = QPushButton(self.tr("修改…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.make_button = QPushButton(self.tr("生成通报批评…"))
        self.make_button.setToolTip(self.tr("转到“文档”，为所选记录生成通报批评文件"))
        self.make_button.clicked.connect(self.make_document)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for b in (self.edit_button, self.make_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        self.status = QLabel()
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        lay.addLayout(row)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.edit_selected)
        self.reload()

    def reload(self) -> None:
        """Re-read the records, keeping the selection."""
        keep = self.selected()
        self.records = criticism.criticism_records()
        self.table.setRowCount(len(self.records))
        for r, (notice, units, n) in enumerate(self.records):
            values = [notice.created_on.isoformat(), notice.title, "、".join(units), str(n),
                      notice.required_by.isoformat(),
                      self.tr("已印发（{0}）").format(notice.issued_on.isoformat()) if notice.issued_on
                      else self.tr(notice.state)]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 5 and notice.state == criticism.DRAFT:
                    item.setForeground(Qt.GlobalColor.darkBlue)
                self.table.setItem(r, c, item)
            if keep is not None and notice.id == keep.id:
                self.table.selectRow(r)
        if self.records and not self.table.selectedItems():
            self.table.selectRow(0)
        drafts = sum(n.state == criticism.DRAFT for n, _u, _k in self.records)
        self.status.setText(self.tr("共 {0} 份，其中草稿 {1} 份（草稿可修改，已印发的不能修改）").format(
            len(self.records), drafts) if self.records else self.tr("还没有通报批评记录：请在“通报批评候选”中选定单位生成。"))
        self._update_buttons()

    def selected(self) -> criticism.Criticism | None:
        """The notice on the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()][0] if rows and rows[0].row() < len(self.records) else None

    def _update_buttons(self) -> None:
        notice = self.selected()
        writable = self.session.actor.can(Permission.WRITE)
        self.edit_button.setEnabled(writable and notice is not None and notice.state == criticism.DRAFT)
        self.make_button.setEnabled(notice is not None)

    def edit_selected(self) -> None:
        """Open the selected draft in the editor (an issued notice is only explained)."""
        notice = self.selected()
        if notice is None:
            return
        if notice.state != criticism.DRAFT:
            QMessageBox.information(self, self.tr("通报批评记录"), self.tr(
                "该通报已于 {0} 印发，不能再修改；如需更正，请另行生成新的通报批评记录。").format(notice.issued_on))
            return
        if not self.session.actor.can(Permission.WRITE):
            return
        editor = CriticismEditor(self.session, notice, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def make_document(self) -> None:
        """Switch the main window to 文档 with this record chosen, or say where to go."""
        notice = self.selected()
        if notice is None:
            return
        window = self.parent().window() if self.parent() is not None else None
        show = getattr(window, "show_pane", None)
        if show is None:
            QMessageBox.information(self, self.tr("生成通报批评"), self.tr(
                "请在左侧“文档”中选择“通报批评”，再选定记录“{0}”生成。").format(notice.title))
            return
        pane = show("documents")
        select_kind = getattr(pane, "select_kind", None)
        combo = getattr(pane, "c_record", None)
        if select_kind is not None:
            select_kind("criticism")
        if combo is not None and combo.findData(notice.id) >= 0:
            combo.setCurrentIndex(combo.findData(notice.id))
        self.accept()
