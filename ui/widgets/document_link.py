"""A record pane's "生成…" command: switch the main window to 文档 with the record chosen.

A pane never imports another pane: the main window's ``show_pane`` gives the 文档 pane
and its ``select_record(kind, key)`` chooses the record. When the window or the record
is not there (a pane shown on its own, a record the document cannot be made of), the
clerk is told where to go and what is missing instead.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.documents.register import KIND_LABELS


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentLink", text)


def make_document(widget: QWidget, kind: str, key: Any, why_not: str) -> bool:
    """Open 文档 on ``kind`` with the record ``key`` chosen; ``why_not`` is said when it cannot be."""
    label = _tr(KIND_LABELS[kind])
    show = getattr(widget.window(), "show_pane", None)
    if show is None:
        QMessageBox.information(widget, label, _tr("请在左侧“文档”中选择“{0}”，再选定这条记录生成。").format(label))
        return False
    pane = show("documents")
    chooser = getattr(pane, "select_record", None)
    if chooser is None or not chooser(kind, key):
        QMessageBox.information(widget, label, why_not)
        return False
    return True
