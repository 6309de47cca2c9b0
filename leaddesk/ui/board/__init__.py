"""The kanban board: one column per stage, cards painted by a delegate, drag and drop.

board_view (+ navigation: keys and selection), stage_column, stage_model, card_delegate, filter_bar, moves, column_menu, board_settings.
"""
