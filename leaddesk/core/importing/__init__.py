"""Importing lead lists: header and column mapping, row planning, the use cases.

mapping: header and columns; rows: validation, duplicates, merging; service: read, test, import, undo.
"""
