"""Backups of the database file, restore, Check database's SQL, and whole-database transfer.

files: the SQLite online-backup copies (no import of db); service: backup, restore and check for
the open database (over db, check, restore).
"""
