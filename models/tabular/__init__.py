"""Reading the office's spreadsheets (.xlsx / .csv) by header name, safely and fast.
"""
