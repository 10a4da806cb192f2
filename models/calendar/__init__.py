"""The working-day calendar (工作日历): working days and 调休, the stored years, traffic
lights, the calendar's agenda registry, .ics export, and provisional deadlines.
"""
