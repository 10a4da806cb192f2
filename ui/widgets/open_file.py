"""Open a file with the program the computer uses for its kind, and say so when it cannot."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def open_with_system(parent: QWidget | None, path: Path, title: str) -> bool:
    """Open ``path`` in the computer's program for its kind of file. When there is none
    (or it cannot be started) a message says so and where the file is on this computer,
    so the clerk can open it another way. Returns whether it was handed to a program."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    QMessageBox.warning(parent, title, QCoreApplication.translate(
        "open_with_system",
        "这台电脑上没有能打开“{0}”的程序（或无法启动它），没有打开。\n\n文件在本机的位置：\n{1}\n\n"
        "请安装能打开这类文件的程序，或到上面的文件夹中用其他程序打开。").format(path.name, str(path)))
    return False
