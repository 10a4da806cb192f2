"""Official documents as PDF: document data in, GB/T 9704 PDF bytes out.

No Qt here; the UI calls ``render`` from a worker thread.  The names below are
loaded on first use so that importing a light sibling module (for example
``reports.spreadsheet``) does not pull in ReportLab's font machinery.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "Block": "reports.document",
    "Heading": "reports.document",
    "OfficialDocument": "reports.document",
    "PageBreak": "reports.document",
    "Para": "reports.document",
    "Spacer": "reports.document",
    "Table": "reports.document",
    "FontChoice": "reports.fonts",
    "font_report": "reports.fonts",
    "resolve_fonts": "reports.fonts",
    "render": "reports.rendering",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'reports' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
