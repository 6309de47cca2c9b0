"""The lead import wizard and the import history.

pages: the wizard's pages; wizard: the wizard; history: past imports and their undo.
"""
