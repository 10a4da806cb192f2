"""Telling the clerk why an import file was refused: the summary, the first 30 bad rows
with their reasons, and what to do — the same words for every importer that uses it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SHOWN = 30


def refused(parent: QWidget, plan) -> bool:
    """Show ``plan``'s errors and return True when it has any (nothing is imported then)."""
    if not plan.errors:
        return False
    tr = QCoreApplication.translate
    lines = "\n".join(str(e) for e in plan.errors[:SHOWN])
    more = tr("ImportReport", "\n……另有 {0} 处").format(len(plan.errors) - SHOWN) if len(plan.errors) > SHOWN else ""
    QMessageBox.warning(parent, tr("ImportReport", "文件有误，未导入"),
                        tr("ImportReport", "{0}\n\n{1}{2}\n\n请改正后重新导入。").format(plan.summary(), lines, more))
    return True
