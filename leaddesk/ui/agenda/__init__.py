"""My day in the window: the day's queue, follow-ups set and finished, call sessions.

``view`` is the page (Ctrl+3); ``follow_up`` the dialog; ``session`` "Start calling".
"""
