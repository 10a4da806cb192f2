"""The base of every form: Enter saves, Esc cancels (asking first if something was typed)."""
from __future__ import annotations

from PySide6.QtCore import Qt
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import UserError


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
        """Something was typed: Esc will ask before throwing it away."""
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    def show_error(self, message: str) -> None:
        """Show a refusal under the fields; the form stays open."""
        self.error.setText(message)
        self.error.show()

    def _try_save(self) -> None:
        try:
            self.result_value = self.save()
        except UserError as exc:
            self.show_error(exc.message)
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
            self._try_save()
            return
        super().keyPressEvent(event)
