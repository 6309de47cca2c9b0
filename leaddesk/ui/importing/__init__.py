"""The lead import wizard and the import history.

wizard: the wizard; setup_pages, run_pages: its pages; session: what the pages see of the
wizard; command: an import on the undo stack; history: past imports and their undo.
"""
