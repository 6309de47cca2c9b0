"""The qualification call form, its widgets, and its undoable commands.

form: the dialog; widgets: the question panels; commands: QUndoCommands for calls.
"""
