"""督查工作台的领域层：peewee 表、迁移、查询、工作流和规则。

One package per area of the office's work (see DEVELOPING.md for the map); nothing here
imports Qt, ``reports`` or ``ui``. The rules are plain functions of plain data, and every
state change goes through one workflow function (``models/core/workflow.py``).

Modules that register themselves are found here, by one helper for every registry:
areas add figures (``models/<area>/figures.py``), calendar entries (``agenda.py``) and
provisional-deadline recomputers (``deadlines.py``) by adding a file to their own
package; migrations (``mNNNN_…``), demo parts (``pNN_…``) and command groups are
numbered or named modules of one package. Nothing lists them by hand.
"""
from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def submodules(package: str, prefix: str = "") -> list[ModuleType]:
    """Import the modules of ``package`` whose names start with ``prefix``, sorted by name.

    Private modules (``_name``) and sub-packages are skipped.
    """
    pkg = importlib.import_module(package)
    names = sorted(info.name for info in pkgutil.iter_modules(pkg.__path__)
                   if not info.ispkg and info.name.startswith(prefix) and not info.name.startswith("_"))
    return [importlib.import_module(f"{package}.{name}") for name in names]


def area_modules(name: str) -> list[ModuleType]:
    """Import ``models.<area>.<name>`` from every area package that has one, by area."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not info.ispkg:
            continue
        area = importlib.import_module(f"models.{info.name}")
        if any(m.name == name for m in pkgutil.iter_modules(area.__path__)):
            found.append(importlib.import_module(f"models.{info.name}.{name}"))
    return found


def every_module() -> list[ModuleType]:
    """Import every module of every area (not migrations nor the demo): each defines its
    settings at import, so a settings page sees them all."""
    found = []
    for info in pkgutil.walk_packages(__path__, "models."):
        if info.ispkg or info.name.startswith(("models.migrations", "models.demo")):
            continue
        found.append(importlib.import_module(info.name))
    return found
