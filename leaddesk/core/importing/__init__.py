"""Importing lead lists: header and column mapping, row planning, the use cases.

mapping: header and columns; options; rows, converters: validation; duplicates: matching, merging; service: read, test, import, undo.
"""
