"""The scoring-rules editor: its model, widgets, commands and the editor window.

model: the rules table; widgets: editors and delegates; commands: rescore and suggest; editor.
"""
