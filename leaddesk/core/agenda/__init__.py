"""The day's work: follow-ups and meetings, calls to make, MQLs waiting, hand-over limits.

``values`` holds the agenda's values and ordering rules; ``service`` its use cases.
"""
