"""Team use: others' changes polled in, conflicts shown, server credentials asked.

sync: polling; conflict_dialog: mine versus theirs; credentials: the password prompt.
"""
