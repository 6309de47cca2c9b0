"""Working as a team on one shared database: others' changes, conflicts, server addresses.

service: the team use cases and values; the errors a team meets live in core.errors.
"""
