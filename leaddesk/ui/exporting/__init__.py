"""The export dialog: what to export and where, run in the background.

dialog: the export dialog.
"""
