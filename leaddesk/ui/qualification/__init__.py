"""The qualification call form, its widgets, and its undoable commands.

form: the dialog; widgets: who is called and the answers; outcome: the proposal and the
choice; commands: QUndoCommands for calls.
"""
