"""The lead detail view beside the board, and a lead in a window of its own.

view: the view and its edits; fields_form; timeline: the interaction history; panels: score and stages.
"""
