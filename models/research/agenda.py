"""督查调研 on the shared calendar: field visits, and topics' planned start and finish."""
from __future__ import annotations

import datetime as dt

from models.calendar.agenda import AgendaEntry, provider
from models.calendar.lights import Light, LightFacts, light_for
from models.calendar.store import load_calendar
from models.core import settings
from models.research.topics import FINISHED_STATES, FieldVisit, ResearchTopic


@provider("research")
def research_entries(start: dt.date, end: dt.date, today: dt.date) -> list[AgendaEntry]:
    """Field visits (实地调研) and planned dates of topics between ``start`` and ``end``.

    A topic's planned finish carries the usual light (red when past and not yet
    reported); a visit is grey once its day has passed, green before.
    """
    cal = load_calendar()
    yellow = int(settings.get(settings.YELLOW_DAYS))
    found: list[AgendaEntry] = []
    visits = (FieldVisit.select(FieldVisit, ResearchTopic).join(ResearchTopic)
              .where((FieldVisit.day >= start) & (FieldVisit.day <= end)))
    for v in visits:
        light = Light.GREY if v.day < today else Light.GREEN
        found.append(AgendaEntry(v.day, "实地调研", f"{v.topic.title}（{v.place}）", light,
                                 "research_topic", v.topic.id, state=v.topic.state,
                                 provisional=not cal.is_known(v.day)))
    planned = ResearchTopic.select().where(
        ((ResearchTopic.planned_end >= start) & (ResearchTopic.planned_end <= end))
        | ((ResearchTopic.planned_start >= start) & (ResearchTopic.planned_start <= end)))
    for t in planned:
        finished = t.state in FINISHED_STATES
        if t.planned_start and start <= t.planned_start <= end:
            started = t.actual_start is not None
            light = light_for(LightFacts(t.planned_start, finished=finished or started), today, cal, yellow)
            found.append(AgendaEntry(t.planned_start, "调研计划开始", t.title, light, "research_topic",
                                     t.id, state=t.state, provisional=not cal.is_known(t.planned_start)))
        if t.planned_end and start <= t.planned_end <= end:
            light = light_for(LightFacts(t.planned_end, finished=finished), today, cal, yellow)
            found.append(AgendaEntry(t.planned_end, "调研计划完成", t.title, light, "research_topic",
                                     t.id, state=t.state, provisional=not cal.is_known(t.planned_end)))
    return found


def topic_light(topic: ResearchTopic, today: dt.date) -> Light:
    """The light a topic shows in the list: on its planned finish, grey once reported."""
    return light_for(LightFacts(topic.planned_end, finished=topic.state in FINISHED_STATES),
                     today, load_calendar(), int(settings.get(settings.YELLOW_DAYS)))
