"""统计 (figures, tables, charts, drill-downs) and 绩效考评 with its scoring scheme.
"""
