"""The board's selection and keyboard: which cards are selected, stepping and moving by keys.

A mixin of :class:`~leaddesk.ui.board.board_view.BoardView`, which owns the columns and the
moves these methods use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from leaddesk.core.stages import BOARD_ORDER, Stage
from leaddesk.ui.board.stage_model import LeadIdRole

if TYPE_CHECKING:
    from leaddesk.ui.board.board_settings import BoardSettings
    from leaddesk.ui.board.filter_bar import FilterBar
    from leaddesk.ui.board.moves import BoardMoves
    from leaddesk.ui.board.stage_column import StageColumn


class BoardNavigation:
    """Selection, stepping between columns and moving the selected cards by keys."""

    columns: dict[Stage, StageColumn]
    filter_bar: FilterBar
    moves: BoardMoves
    prefs: BoardSettings
    window_: Any

    def show_filtered_now(self) -> None: ...  # the board's own

    def selected_lead_ids(self) -> list[int]:
        ids: list[int] = []
        for column in self.columns.values():
            ids.extend(column.selected_ids())
        return ids

    def _selection_changed(self, stage: Stage) -> None:
        if not self.columns[stage].selected_ids():
            return
        for other, column in self.columns.items():  # one column's selection at a time
            if other is not stage and column.list_view.selectionModel().hasSelection():
                column.list_view.clearSelection()

    def _visible_neighbour(self, stage: Stage, direction: int) -> Stage | None:
        position = BOARD_ORDER.index(stage) + direction
        while 0 <= position < len(BOARD_ORDER):
            candidate = BOARD_ORDER[position]
            if not self.columns[candidate].collapsed:
                return candidate
            position += direction
        return None

    def _step(self, stage: Stage, direction: int, row: int) -> None:
        target = self._visible_neighbour(stage, direction)
        if target is None:
            return
        column = self.columns[target]
        count = column.model.rowCount()
        column.list_view.setFocus()
        if count:
            index = column.model.index(min(row, count - 1))
            column.list_view.setCurrentIndex(index)

    def displayed_stage(self, lead_id: int) -> Stage | None:
        """The column a lead's card is in on screen (None when it is filtered out)."""
        for stage, column in self.columns.items():
            if column.model.row_of(lead_id) is not None:
                return stage
        return None

    def move_selected(self, stage: Stage, direction: int) -> bool:
        """Move the selected leads of ``stage`` to the next (+1) or previous (-1) stage."""
        ids = self.columns[stage].selected_ids()
        position = BOARD_ORDER.index(stage) + direction
        if not ids or not 0 <= position < len(BOARD_ORDER):
            return False
        target = BOARD_ORDER[position]
        moved = self.moves.request(ids, target)
        if moved:
            column = self.columns[target]
            column.list_view.setFocus()
            column.list_view.clearSelection()
            for lead_id in ids:
                column.select_lead(lead_id)
        return moved

    def archive_selected(self, stage: Stage) -> Any:
        return self.moves.confirm_archive(self.columns[stage].selected_ids())

    def open_lead(self, lead_id: int) -> None:
        self.window_.open_lead(lead_id)

    def _card_clicked(self, index: QModelIndex) -> None:
        """A plain click on a card fills the side panel; extending a selection does not."""
        modifiers = QGuiApplication.keyboardModifiers()
        extending = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if index.isValid() and not modifiers & extending:
            self.open_lead(index.data(LeadIdRole))

    def show_new_lead(self, lead_id: int) -> bool:
        """Put a lead just created in sight: filters that hide it cleared, selected, opened."""
        if self.displayed_stage(lead_id) is None:
            self.filter_bar.clear_filters()
            self.show_filtered_now()
        stage = self.displayed_stage(lead_id)
        if stage is None:
            return False
        column = self.columns[stage]
        column.list_view.clearSelection()
        column.select_lead(lead_id)
        column.list_view.setFocus()
        self.open_lead(lead_id)
        return True

    def open_lead_window(self, lead_id: int) -> None:
        from leaddesk.ui.detail.view import open_lead_window

        open_lead_window(self.window_, lead_id)

    # -- per-column settings -------------------------------------------------------------
