"""Demo part: a criticism record (通报批评, draft) ready to be printed and issued.

The issued documents themselves (督查通报 第10–12期 …) carry their PDF, which only the
``reports`` layer can make; ``models`` never imports it. They are made from this demo
with ``python main.py bulletin --from 2014-01-01 --to 2014-10-28 --issue 12 -o …``
and the other document commands (see README).
"""
from __future__ import annotations

import datetime as dt
import random

from models.calendar.store import load_calendar
from models.calendar.workdays import add_working_days
from models.core.actors import Actor
from models.core.workflow import workflow
from models.instructions.criticism import create_criticism, current_candidates

TITLE = "通报批评记录（草稿，待印发）"


@workflow()
def build(actor: Actor, rng: random.Random, today: dt.date) -> None:
    """Name the units the rules put forward first (at most three) in a draft notice."""
    candidates = current_candidates(today)[:3]
    if not candidates:
        return
    create_criticism(actor, candidates, today, add_working_days(load_calendar(), today, 10),
                     "逐件说明超期原因，明确责任人和办结时间；已具备办结条件的，立即办结并报送办理结果。",
                     copy_to="市委办公厅，市政府督查室")
