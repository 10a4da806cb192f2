"""网民留言: citizen messages, the daily reading and weekly reply batch (records.py), the
reply-rate rules (rules.py), the morning import and the figures.
"""
