"""督查调研: research topics, field visits, findings and reports.
"""
