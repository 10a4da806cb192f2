"""The base of every form: Enter saves, Esc cancels (asking first if something was typed).

A refusal is shown under the fields and goes away once the field it is about changes
to something acceptable: the field a form names (:meth:`FormDialog.show_error`), or the
fields whose labels the message mentions ("请填写来文标题" → 来文标题), or — when it
names none — any field. Fields that can tell a bad entry themselves (date fields,
pickers: ``input_problem()``) clear it only once they hold a good one.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import ConnectionLostError, UserError
from ui.widgets.date_field import DateField


def _label_name(text: str) -> str:
    """The name a label gives its field: "批示内容（原文）*：" → 批示内容."""
    return re.sub(r"（.*?）|\(.*?\)|[*：:&\s]", "", text)


def input_owner(widget: QWidget | None, top: QWidget) -> QWidget | None:
    """The field that judges its own input (date field, picker) holding ``widget``, if any."""
    while widget is not None and widget is not top:
        if hasattr(widget, "input_problem"):
            return widget
        widget = widget.parentWidget()
    return None

def show_placeholder(combo: QComboBox) -> QComboBox:
    """Make an editable combo box (a unit or leader picker) wide enough for its hint.

    A combo box asks for the width of its longest choice; with short names (三个字的
    领导姓名) the hint "输入名称或拼音首字母" was cut off. The box also grows with its row.
    """
    edit = combo.lineEdit()
    if edit is None or not edit.placeholderText():
        return combo
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = True
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    # The line edit's own margins and cursor room sit inside the combo's text area.
    margins = edit.textMargins()
    text += margins.left() + margins.right() + 2 * edit.fontMetrics().averageCharWidth()
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(text, edit.sizeHint().height()), combo)
    combo.setMinimumWidth(size.width())
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
    return combo


class FormDialog(QDialog):
    """A dialog with a form layout, an error line, and 保存/取消 buttons.

    Subclasses add rows with :meth:`add_row` and define ``save()`` (raise
    :class:`UserError` to refuse; the message is shown and the form stays open).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._dirty = False
        self._error_fields: list[QWidget] = []
        self._lost_said = False  # the error line says the server went away
        self.result_value: object = None

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        """Add a labelled field and watch it for changes (tab order follows the rows)."""
        self.form.addRow(label, widget)
        signal = None
        if isinstance(widget, QLineEdit):
            signal = widget.textEdited
            widget.returnPressed.connect(self._try_save)
        elif isinstance(widget, QPlainTextEdit):
            signal = widget.textChanged
        elif isinstance(widget, QComboBox):
            signal = widget.currentIndexChanged
            show_placeholder(widget)
            if widget.isEditable() and widget.lineEdit() is not None:
                widget.lineEdit().textEdited.connect(self.mark_dirty)
        elif isinstance(widget, (QCheckBox, QAbstractButton)):
            signal = widget.toggled
        elif isinstance(widget, QSpinBox):
            signal = widget.valueChanged
        elif hasattr(widget, "edited"):
            signal = widget.edited
        if signal is not None:
            signal.connect(self.mark_dirty)
        return widget

    def mark_dirty(self, *_: object) -> None:
        """Something was typed: Esc will ask before throwing it away (and a fixed error goes)."""
        self._dirty = True
        if self.error.text():
            self._maybe_clear_error(self.focusWidget())

    def is_dirty(self) -> bool:
        return self._dirty

    def show_error(self, message: str, field: QWidget | None = None) -> None:
        """Show a refusal under the fields; the form stays open.

        It clears once ``field`` — or, without one, a field whose label the message
        names, or any field if it names none — is changed to something acceptable.
        """
        self.error.setText(message)
        self.error.setStyleSheet("color: #C62828;")
        self.error.show()
        self._error_fields = [field] if field is not None else self._fields_named_in(message)
        self._lost_said = False

    def server_back(self) -> None:
        """The window's watch saw the office's server come back: a save cut by its loss
        may be tried again — the red message saying it was cut gives way to that."""
        if not self._lost_said or not self.error.text():
            return
        self.error.setText(self.tr("已重新连接，可以再点保存。"))
        self.error.setStyleSheet("color: #1B5E20;")
        self._lost_said = False

    def clear_error(self) -> None:
        """Remove the refusal shown under the fields."""
        self.error.clear()
        self.error.hide()
        self._error_fields = []

    def _fields_named_in(self, message: str) -> list[QWidget]:
        fields = []
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or field.widget() is None or not isinstance(label.widget(), QLabel):
                continue
            name = _label_name(label.widget().text())
            if name and name in message:
                fields.append(field.widget())
        return fields

    def _maybe_clear_error(self, edited: QWidget | None) -> None:
        if self._error_fields and not any(
                edited is not None and (f is edited or f.isAncestorOf(edited)) for f in self._error_fields):
            return
        owner = input_owner(edited, self)
        if owner is not None and owner.input_problem():
            return
        self.clear_error()

    def _watch_date_fields(self) -> None:
        """Date fields report bad input in this form's error line instead of a tooltip."""
        for field in self.findChildren(DateField):
            if field.show_own_errors:
                field.show_own_errors = False
                field.invalid.connect(lambda message, f=field: self.show_error(message, f))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._watch_date_fields()
        super().showEvent(event)

    def _try_save(self) -> None:
        self._watch_date_fields()
        for field in self.findChildren(DateField):
            problem = field.input_problem() if field.isEnabled() else None
            if problem:  # never save the last good date in place of what the clerk typed
                self.show_error(problem, field)
                field.setFocus()
                return
        try:
            self.result_value = self.save()
        except UserError as exc:
            self.show_error(exc.message)
            self._lost_said = isinstance(exc, ConnectionLostError)
            return
        self._dirty = False
        self.accept()

    def reject(self) -> None:  # Esc and 取消 come here
        if self._dirty:
            answer = QMessageBox.question(
                self, self.tr("放弃修改？"), self.tr("表单中有尚未保存的内容，确定放弃吗？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
                self.focusWidget(), QPlainTextEdit):
            owner = input_owner(self.focusWidget(), self)
            problem = owner.input_problem() if owner is not None else None
            if problem:  # e.g. a picker's text that names no unit: Enter must not save it
                self.show_error(problem, owner)
                return
            self._try_save()
            return
        super().keyPressEvent(event)
