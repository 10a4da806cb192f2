"""The blank files (导入模板) of every import, by the name the command line uses.

Each importer defines its template beside its columns (``UNIT_TEMPLATE`` next to
``UNIT_COLUMNS`` …), so a column added to an importer is in its template at once;
this module only finds them by name. The .xlsx itself is drawn by
``reports.import_template``.
"""
from __future__ import annotations

import importlib

from models.tabular.read import ImportTemplate

# name → (module, attribute): imported on demand, so asking for one template does not
# load every area's importer.
_WHERE = {
    "units": ("models.reference.importing", "UNIT_TEMPLATE"),
    "leaders": ("models.reference.importing", "LEADER_TEMPLATE"),
    "plan": ("models.key_items.importing", "TEMPLATE"),
    "ledger": ("models.instructions.importing", "TEMPLATE"),
    "messages": ("models.messages.importing", "TEMPLATE"),
    "workdays": ("models.calendar.store", "CALENDAR_TEMPLATE"),
}
NAMES = tuple(_WHERE)


def template(name: str) -> ImportTemplate:
    """The template called ``name`` (one of :data:`NAMES`)."""
    if name not in _WHERE:
        raise KeyError(name)
    module, attribute = _WHERE[name]
    return getattr(importlib.import_module(module), attribute)
