"""The kanban board: one column per stage, cards painted by a delegate, drag and drop."""
