"""The 专项查办 entries of the shared calendar: each assignment's deadline (批示件期限)."""
from __future__ import annotations

import datetime as dt

from models.calendar.agenda import AgendaEntry, provider
from models.calendar.store import load_calendar
from models.core import settings
from models.instructions.records import Assignment, Instruction, instruction_light
from models.reference.directory import Unit

KIND = "批示件期限"


@provider("instructions")
def instruction_deadlines(start: dt.date, end: dt.date, today: dt.date) -> list[AgendaEntry]:
    """Every unit's deadline on an instruction between ``start`` and ``end``, with its light."""
    cal = load_calendar()
    yellow = settings.get(settings.YELLOW_DAYS)
    q = (Assignment.select(Assignment.deadline, Assignment.provisional, Assignment.is_lead,
                           Instruction.id, Instruction.number, Instruction.matter, Instruction.source_title,
                           Instruction.state, Unit.name, Unit.short_name)
         .join(Instruction).switch(Assignment).join(Unit)
         .where(Assignment.deadline.between(start, end))
         .order_by(Assignment.deadline, Instruction.id))
    out = []
    for deadline, provisional, lead, iid, number, matter, title, state, name, short in q.tuples():
        light = instruction_light(state, deadline, today, cal, yellow)
        unit = short or name
        out.append(AgendaEntry(deadline, KIND, f"{number} {matter or title}（{'牵头' if lead else '协办'}）",
                               light, "instruction", iid, unit, state, bool(provisional)))
    return out

