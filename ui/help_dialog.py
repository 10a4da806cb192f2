"""帮助 → 用户手册 (F1): the guide, docs/用户手册.md, rendered in the window itself.

Read with QTextBrowser's Markdown, images resolved beside the file: it works offline
and on a Windows PC without any Markdown viewer. A packaged program finds the guide
where packaging/ducha.spec puts it (``docs/`` beside the modules).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE_NAME = "用户手册.md"


def guide_path() -> Path:
    """Where the guide lives: ``docs/用户手册.md`` of the source tree or of the package."""
    return Path(__file__).resolve().parent.parent / "docs" / GUIDE_NAME


class GuideBrowser(QTextBrowser):
    """A browser whose pictures are scaled down to fit its width (screenshots are 1280 wide)."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt's name
        if kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value):
            target = url if url.isLocalFile() else self.document().baseUrl().resolved(url)
            image = QImage(target.toLocalFile())
            if not image.isNull():
                width = max(320, self.viewport().width() - 40)
                if image.width() > width:
                    image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                return image
        return super().loadResource(kind, url)


class GuideDialog(QDialog):
    """The user guide in a window of its own (not modal: it can stay open beside the work)."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path or guide_path()
        self.setWindowTitle(self.tr("督查工作台 用户手册"))
        self.browser = GuideBrowser()
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(960, 680)
        self.load()

    def load(self) -> None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as exc:
            self.browser.setPlainText(self.tr(
                "找不到用户手册：{0}（{1}）。\n请重新安装督查工作台，或向管理员要一份。").format(self.path, exc.strerror or exc))
            return
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.setMarkdown(text)
