"""Demo part: the 2014 scoring scheme, stored, and the third quarter's evaluation locked
(the first two quarters are evaluated live from the records)."""
from __future__ import annotations

import datetime as dt
import random

from models.core.actors import Actor
from models.core.workflow import workflow
from models.overview.evaluation import DEFAULT_BASE, DEFAULT_RULES, lock_quarter, save_scheme

TITLE = "2014年绩效考评（评分方案、第三季度结果已锁定）"


@workflow()
def build(actor: Actor, rng: random.Random, today: dt.date) -> None:
    """Store the 2014 scheme and lock Q3 once it has ended."""
    save_scheme(actor, 2014, DEFAULT_BASE, list(DEFAULT_RULES), note="2014年督查工作绩效考评方案（演示）")
    if today > dt.date(2014, 9, 30):
        lock_quarter(actor, 2014, 3, today)
