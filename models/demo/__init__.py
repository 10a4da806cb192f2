"""The demonstration office of 2014 (``python main.py demo``).

Built from parts: each module ``pNN_name.py`` in this package defines
``build(actor, rng, today)`` and runs in the order of its number, so each area of
the application adds its own records (units and leaders first, then key items …).
The names of people are invented; units and events follow the 2014 article.
"""
from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import random

from models.core.actors import Actor
from models.core.errors import WorkflowError
from models.reference.directory import Unit


def parts() -> list[str]:
    """The part modules, in build order."""
    return sorted(i.name for i in pkgutil.iter_modules(__path__) if i.name.startswith("p"))


def build_demo(actor: Actor, today: dt.date, seed: int = 2014) -> list[str]:
    """Fill an empty database with the demonstration; return the parts built.

    Refuses a database that already has units, so real data is never mixed with it.
    """
    if Unit.select().exists():
        raise WorkflowError("数据库中已有数据，演示数据只能填入空数据库。请用 --db 指定一个新文件。")
    rng = random.Random(seed)
    done = []
    for name in parts():
        module = importlib.import_module(f"{__name__}.{name}")
        module.build(actor, rng, today)
        done.append(getattr(module, "TITLE", name))
    return done
