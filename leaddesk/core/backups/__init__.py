"""Backups and Check database, the pure part: naming, retention, the invariants.

retention: what a backup is and which are kept; dbcheck: the rules and the report a user reads.
"""
