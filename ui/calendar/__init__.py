"""日历: the month view of every deadline, and 设置 → 工作日历 (holidays and 调休).
"""
