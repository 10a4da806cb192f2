"""Numbered schema migrations.

Each step is a module ``mNNNN_name.py`` in this package defining ``VERSION`` (its
number), ``DESCRIPTION`` and ``migrate(db)``; steps are written as SQL so that they
keep meaning the same thing when the peewee models change later. ``models/core/schema.py``
applies them: it copies the file aside before the first step, runs each step in its own
transaction together with the new version number, and refuses a file newer than the
code. This package imports nothing of the models (a step keeps its meaning when they
change); ``calendar_seed.py`` holds the official calendar rows the steps seed.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from models import submodules


@dataclass(frozen=True)
class Migration:
    """One schema step."""

    version: int
    description: str
    module: ModuleType


def all_migrations() -> list[Migration]:
    """Every step in this package, in order; numbers must run 1, 2, 3 … without gaps."""
    found: list[Migration] = []
    for mod in submodules(__name__, "m"):
        found.append(Migration(mod.VERSION, mod.DESCRIPTION, mod))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions) or not versions or versions[0] != 1:
        raise RuntimeError(f"migration numbers must be unique and start at 1: {versions}")
    return found


def code_version() -> int:
    """The schema version this code writes (the highest step's number)."""
    return all_migrations()[-1].version
