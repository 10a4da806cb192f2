"""A button that saves an import's blank template (导入模板) as .xlsx.

Placed beside every import (and on the 工作台's first steps): the clerk gets the
importer's exact headers, an example row and a 说明 sheet, fills it in, and imports it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from models.overview.import_templates import template
from ui.background import Background


class TemplateButton(QPushButton):
    """保存导入模板: asks where, writes off the UI thread (the first write loads openpyxl)."""

    def __init__(self, name: str, session, parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(parent)
        self.name, self.session = name, session
        self.template = template(name)
        self.setText(text or self.tr("导入模板…"))
        self.setToolTip(self.tr("保存“{0}”的导入模板（.xlsx）：表头、一行示例和逐列说明，填好后导入。")
                        .format(self.template.title))
        self.worker = Background(self)
        self.worker.finished.connect(self._saved)
        self.worker.failed.connect(self._failed)
        self.clicked.connect(lambda _checked=False: self.save())

    def save(self, path: str | None = None) -> None:
        """Ask for a file name (unless given) and write the template there."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存导入模板"),
                                                  self.tr("{0}导入模板.xlsx").format(self.template.title),
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        from reports.import_template import write_template

        year = self.session.today().year
        self.setEnabled(False)
        self.worker.start(lambda: write_template(self.template, path, year))

    def _saved(self, path) -> None:
        self.setEnabled(True)
        QMessageBox.information(self, self.tr("已保存导入模板"),
                                self.tr("已保存到：{0}\n\n第3行是示例，请改写或删除；标色的列必填，"
                                        "各列的含义和写法见“说明”工作表。填好后点“导入”。").format(path))

    def _failed(self, error: str) -> None:
        self.setEnabled(True)
        QMessageBox.warning(self, self.tr("未能保存"),
                            self.tr("导入模板没有保存：{0}\n请换一个文件夹，或先关闭在 Excel 中打开的同名文件。").format(error))
