"""Backups: the list, backup now, restore, Check database, and the read-only viewer.

dialog: the backups dialog; viewer: looking inside a backup.
"""
