"""批示件: the queue (pane.py), the detail view, the forms of each step, and 通报批评 records.
"""
