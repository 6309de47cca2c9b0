"""The activity import wizard: pick a file, map its columns, test, import, undo.

wizard: the pages and the wizard itself.
"""
