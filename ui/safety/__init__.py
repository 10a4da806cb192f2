"""Sign-in, accounts, backups and restore, and 审计记录 (the audit log pane).
"""
