"""SQLAlchemy implementations of core.ports, one module per aggregate, a session per unit of work.

leads, imports, activity, scoring, reports: each reads and writes its own tables.
"""
