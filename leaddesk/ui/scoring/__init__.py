"""The scoring-rules editor: its model, widgets, commands and the editor window.

model: the rules table; widgets: editors and delegates; commands: save and the decay rescore;
analysis: preview, backtest and suggestions on the leads; editor: the window.
"""
