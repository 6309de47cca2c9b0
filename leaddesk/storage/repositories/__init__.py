"""SQLAlchemy implementations of core.ports, one module per aggregate, a session per unit of work.

leads (+ lead_queries, rows), settings, imports, activity, scoring, reports: each its own tables.
"""
