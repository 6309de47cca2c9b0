"""The board's in-memory search index: filter and sort every lead per keystroke.

index: the index itself; the board's card summary (BoardEntry) is shared domain in core.leads.
"""
