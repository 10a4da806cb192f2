"""设置 → 单位 / 领导: the units and leaders editors and their import.
"""
