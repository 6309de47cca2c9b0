"""Importing lead lists: finding the table, recognising columns, planning rows, the use cases.

header_row: the table in a sheet; recognise (header words) and content (values): why a column is what it is; mapping: columns → fields; options; rows, converters: validation; duplicates: matching, merging; service: read, test, import, undo.
"""
