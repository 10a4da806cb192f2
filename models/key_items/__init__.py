"""决策督查: the year's key work items, their quarterly progress, supervision activities,
standing-committee minutes and decided matters, the plan's import and calendar entries.
"""
