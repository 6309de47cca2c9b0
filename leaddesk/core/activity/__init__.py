"""Activity files (email, form and analytics exports) turned into interactions.

column_roles, event_types: names in four languages; mapping, events, planner: rows to events; plan, report, ports, service: the import.
"""
