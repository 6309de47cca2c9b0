"""The kanban board: a column per stage, a filter above, moves by drag and keys."""

from __future__ import annotations

import contextlib
import gc
import weakref
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leaddesk.core.board.index import BoardIndex
from leaddesk.core.changes import Changes
from leaddesk.core.leads import CardSort, LeadFilter, StageTotal
from leaddesk.core.stages import BOARD_ORDER, SIDE_STAGES, Stage
from leaddesk.ui.board.board_settings import BoardSettings
from leaddesk.ui.board.column_menu import show_column_menu
from leaddesk.ui.board.filter_bar import FilterBar
from leaddesk.ui.board.moves import BoardMoves
from leaddesk.ui.board.navigation import BoardNavigation
from leaddesk.ui.board.stage_column import StageColumn
from leaddesk.ui.board.stage_model import StageModel
from leaddesk.ui.tasks import start_task

#: Up to this many leads the search index is built at once; above, in the background.
SYNC_INDEX_LIMIT = 20_000
#: More touched leads than this: rebuild the index rather than patch it.
PATCH_LIMIT = 2_000
#: While the index is being built, filter through the database after this pause (ms).
QUERY_DEBOUNCE_MS = 200
#: Wait this long after showing the board before building its index (ms).
INDEX_DELAY_MS = 300
#: How often cards recount their days since the last interaction (ms).
AGE_REFRESH_MS = 15 * 60 * 1000
#: Cards fetched at once for the top of every column after a change (a screenful).
PREFETCH_ROWS = 16
#: Cards fetched in the background per column once the index is ready.
WARM_CARDS = 200


class BoardView(BoardNavigation, QWidget):
    """Columns of cards over ``window.workspace``; refreshes only what Changes touch."""

    #: the cards on screen changed (a filter, a change): the status bar counts them
    shown_changed = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("board")
        # Weakly: the window owns this view; a strong reference back would keep it alive.
        self._window_ref = weakref.ref(window)
        self.prefs = BoardSettings(window.qsettings)
        self.moves = BoardMoves(window)
        self.moves.seen_stage = self.displayed_stage
        self.index: BoardIndex | None = None
        self._index_generation = 0
        self._changes_seen = 0  # changes applied so far: background results older are stale
        self._pending_leads: set[int] = set()  # changed while the index was being built
        self._detail_windows: list[QWidget] = []
        self._query_timer = QTimer(self)
        self._query_timer.setSingleShot(True)
        self._query_timer.setInterval(QUERY_DEBOUNCE_MS)
        self._query_timer.timeout.connect(self._show_from_database)
        # Ages are computed when a card is fetched: forget them now and then (a new day).
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REFRESH_MS)
        self._age_timer.timeout.connect(self._forget_ages)
        self._age_timer.start()
        self._build()
        self.reload()

    @property
    def window_(self) -> Any:
        """The main window this belongs to."""
        return self._window_ref()

    @property
    def service(self) -> Any:
        return self.window_.workspace.leads

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.filter_bar = FilterBar(self.window_.workspace.actor, self)
        self.filter_bar.set_sort(self.prefs.sort)
        self.filter_bar.changed.connect(self._filter_changed)
        self.filter_bar.sort_changed.connect(self.set_sort)
        layout.addWidget(self.filter_bar)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        strip = QWidget(self.scroll)
        row = QHBoxLayout(strip)
        row.setContentsMargins(4, 2, 4, 4)
        row.setSpacing(4)
        self.columns: dict[Stage, StageColumn] = {}
        for stage in BOARD_ORDER:
            if stage in SIDE_STAGES and Stage.NURTURE is stage:
                row.addSpacing(4)
                divider = QFrame(strip)
                divider.setFrameShape(QFrame.Shape.VLine)
                divider.setFrameShadow(QFrame.Shadow.Sunken)
                row.addWidget(divider)
                row.addSpacing(4)
            column = self._make_column(stage)
            row.addWidget(column, 1)
            self.columns[stage] = column
        strip.setStyleSheet(
            "StageColumn { background: palette(window); border: 1px solid palette(midlight);"
            " border-radius: 6px; }"
            # The side stages, apart from the funnel: a darker ground and a dashed edge.
            'StageColumn[side="true"] { background: palette(midlight);'
            " border: 1px dashed palette(mid); }"
        )
        self.scroll.setWidget(strip)
        layout.addWidget(self.scroll, 1)

    def _make_column(self, stage: Stage) -> StageColumn:
        model = StageModel(stage, self._fetch_cards, self.service.clock, self)
        model.aging_limit = self.prefs.aging_limit(stage)
        model.late_after_hours = self.window_.workspace.agenda.limits().limit_for(stage)
        model.drop_handler = self.moves.request
        column = StageColumn(model, self)
        column.wip_limit = self.prefs.wip_limit(stage)
        column.set_collapsed(self.prefs.collapsed(stage))
        column.collapse_toggled.connect(lambda on, s=stage: self.prefs.set_collapsed(s, on))
        view = column.list_view
        view.step_requested.connect(lambda d, r, s=stage: self._step(s, d, r))
        view.move_requested.connect(lambda d, s=stage: self.move_selected(s, d))
        view.open_requested.connect(self.open_lead)
        # A click shows the lead beside the board, as Enter does (not a Ctrl/Shift range).
        view.clicked.connect(lambda index: self._card_clicked(index))
        view.window_requested.connect(self.open_lead_window)
        view.archive_requested.connect(lambda s=stage: self.archive_selected(s))
        view.selectionModel().selectionChanged.connect(
            lambda *_a, s=stage: self._selection_changed(s)
        )
        column.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        column.customContextMenuRequested.connect(lambda p, s=stage: show_column_menu(self, s, p))
        return column

    def _fetch_cards(self, ids: Any) -> Any:
        return self.service.cards(ids)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        """Show everything afresh: from the database at once, then from the index."""
        self.index = None
        self._index_generation += 1
        self._pending_leads = set()
        if self.service.count_leads() <= SYNC_INDEX_LIMIT:
            self._fill_choices()
            self.index = BoardIndex(self.service.board_entries(), self.prefs.sort)
            self._show_from_index()
        else:
            self._show_from_database()
            QTimer.singleShot(0, self._fill_choices)  # the quick filters can wait a moment
            # After the first paint: building the index competes for the interpreter.
            QTimer.singleShot(INDEX_DELAY_MS, self._build_index_in_background)

    def _fill_choices(self) -> None:
        with contextlib.suppress(RuntimeError):  # the board was closed meanwhile
            self.filter_bar.fill_choices(self.service, self.service.repo.import_batches())

    def _build_index_in_background(self) -> None:
        generation = self._index_generation
        service, sort = self.service, self.prefs.sort
        start_task(
            lambda _progress: BoardIndex(service.board_entries(), sort),
            on_done=lambda index: self._index_built(index, generation),
            on_error=lambda err, tb: self.window_.statusBar().showMessage(str(err), 8000),
        )

    def _index_built(self, index: BoardIndex, generation: int) -> None:
        if generation != self._index_generation:
            return  # something changed meanwhile; a newer build is on its way
        try:
            index.set_sort(self.prefs.sort)
            if self._pending_leads:
                pending, self._pending_leads = sorted(self._pending_leads), set()
                index.update(pending, self.service.board_entries(pending))
            self.index = index
            # The index is 100,000 long-lived tuples: out of the collector's sight, the
            # collections a keystroke sets off no longer walk them (they are still freed
            # the usual way, by reference counting, when a reload replaces them). What an
            # earlier build froze is let go first, and what is garbage by now (a replaced
            # board) collected: frozen, it would stay for as long as the app runs.
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            self._show_from_index()
            self._warm_cards()
        except RuntimeError:  # the board was closed while the index was being built
            pass

    def _warm_cards(self) -> None:
        """Fetch the top cards of every column in the background.

        A filter shows mostly leads from the top of each column: typing then rarely waits
        for the database. Cards fetched while a change arrived may be stale: dropped.
        """
        assert self.index is not None
        ids, service, seen = self.index.top_ids(WARM_CARDS), self.service, self._changes_seen
        start_task(
            lambda _progress: service.cards(ids),
            on_done=lambda cards: self._cards_warmed(cards, seen),
            on_error=lambda err, tb: None,  # only a head start: cards are fetched when shown
            owner=self,
        )

    def _cards_warmed(self, cards: list[Any], seen: int) -> None:
        if seen != self._changes_seen:
            return
        for column in self.columns.values():
            column.model.keep_cards(cards)

    def _forget_ages(self) -> None:
        for column in self.columns.values():
            column.model.forget_cards()

    @property
    def index_ready(self) -> bool:
        return self.index is not None

    def _show(self, ids: Mapping[Stage, Sequence[int]], totals: dict[Stage, StageTotal]) -> None:
        for stage, column in self.columns.items():
            kept = self.selected_lead_ids() if column.selected_ids() else []
            if column.model.set_ids(ids.get(stage, [])):
                for lead_id in kept:
                    column.select_lead(lead_id)
            total = totals.get(stage)
            if total is not None:
                column.show_totals(total.count, total.budget)
        self._prefetch_first_cards()
        self.shown_changed.emit()

    def shown_count(self) -> int:
        """How many cards the board shows now (under the filter)."""
        return sum(len(column.model.ids) for column in self.columns.values())

    def is_filtered(self) -> bool:
        return not self.current_filter().is_empty

    def _prefetch_first_cards(self) -> None:
        """The top cards of every column in one query, rather than one query per column."""
        wanted = [
            lead_id
            for column in self.columns.values()
            if not column.collapsed
            for lead_id in column.model.missing_cards(PREFETCH_ROWS)
        ]
        if wanted:
            cards = self.service.cards(wanted)
            for column in self.columns.values():
                column.model.keep_cards(cards)

    def _show_from_index(self) -> None:
        assert self.index is not None
        self._query_timer.stop()
        selection = self.index.select(self.current_filter())
        self._show(selection.ids, selection.totals)

    def _show_from_database(self) -> None:
        """Ids (and so counts) at once; the budget sums follow from the background."""
        flt, sort = self.current_filter(), self.prefs.sort
        ids = self.service.board_ids(flt, sort)
        self._show(ids, {})
        for stage, column in self.columns.items():
            column.show_count(len(ids[stage]))
        service, generation = self.service, self._index_generation
        start_task(
            lambda _progress: service.stage_totals(flt),
            on_done=lambda totals: self._budgets_counted(totals, flt, generation),
            on_error=lambda err, tb: None,  # the index brings the sums a moment later
        )

    def _budgets_counted(
        self, totals: dict[Stage, StageTotal], flt: LeadFilter, generation: int
    ) -> None:
        if self.index is not None or generation != self._index_generation:
            return
        try:
            if flt != self.current_filter():
                return
            for stage, column in self.columns.items():
                column.show_totals(totals[stage].count, totals[stage].budget)
        except RuntimeError:  # the board was closed meanwhile
            pass

    # -- filter and sort -----------------------------------------------------------------
    def current_filter(self) -> LeadFilter:
        """What the board shows now (the export uses it for "export current filter")."""
        return self.filter_bar.current_filter()

    def focus_filter(self) -> None:
        self.filter_bar.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.text_edit.selectAll()

    def _filter_changed(self) -> None:
        if self.index is not None:
            self._show_from_index()
        else:
            self._query_timer.start()

    def show_filtered_now(self) -> None:
        """What the filter selects, at once (not after the typing pause of a large board)."""
        if self._query_timer.isActive():
            self._query_timer.stop()
            self._show_from_database()

    def show_import_batch(self, batch_id: int) -> bool:
        """Only the leads of one import, on the board page (the import wizard's "Show")."""
        if self.filter_bar.batch.findData(batch_id) < 0:
            self._fill_choices()  # imported a moment ago: not offered yet
        if not self.filter_bar.show_only_batch(batch_id):
            return False  # undone meanwhile: its leads are gone
        self.window_.show_board()
        return True

    def set_sort(self, sort: CardSort) -> None:
        """Order the cards by score, age or name; remembered."""
        self.prefs.sort = sort
        self.filter_bar.set_sort(sort)
        if self.index is not None:
            self.index.set_sort(sort)
            self._show_from_index()
        else:
            self._show_from_database()

    # -- changes -------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Refresh only the columns and rows that ``changes`` touch."""
        if not changes:
            return
        self._changes_seen += 1
        if changes.everything:
            self.reload()
            return
        touched = changes.touched_leads
        if changes.batches or changes.added:
            self._fill_choices()
        if len(touched) > PATCH_LIMIT:
            self.reload()  # many leads changed (an import, a rescore): build afresh
        elif self.index is not None:
            self.index.update(touched, self.service.board_entries(sorted(touched)))
            self._show_from_index()
        elif touched or changes.stages:
            # The index is still being built: the database answers; the index is patched
            # with these leads when it arrives.
            self._pending_leads |= touched
            self._show_from_database()
        for column in self.columns.values():
            column.model.refresh_leads(touched)

    # -- selection and keys --------------------------------------------------------------
    def set_aging_limit(self, stage: Stage, days: int | None) -> None:
        self.prefs.set_aging_limit(stage, days)
        self.columns[stage].model.set_aging_limit(days)

    def set_wip_limit(self, stage: Stage, limit: int | None) -> None:
        self.prefs.set_wip_limit(stage, limit)
        self.columns[stage].set_wip_limit(limit)
