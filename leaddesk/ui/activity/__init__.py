"""The activity import wizard: pick a file, map its columns, test, import, undo.

wizard: the wizard; mapping_pages, run_page: its pages; session: what the pages see of it.
"""
