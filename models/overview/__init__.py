"""Reading across the areas: 工作台 (dashboard.py), the 统计 tables and figures, the
year-to-date summary text, and the quarterly 绩效考评 (evaluation.py).
"""
