"""专项查办: leaders' written instructions (领导批示件) from 登记 to 报结 — records and queue
queries (records.py), the rules people argue about (rules.py), every state change
(workflow.py), 通报批评 (criticism.py), the ledger's import, figures and calendar entries.
"""
