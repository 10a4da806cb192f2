"""Keeping the office's data safe: accounts and sign-in, automatic backups and their
rotation, and what restoring a backup does to accounts.
"""
