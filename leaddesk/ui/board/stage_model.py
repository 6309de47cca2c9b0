"""A stage column's model: the ordered lead ids of one stage, card summaries on demand."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from leaddesk.core.agenda.values import past_limit
from leaddesk.core.board.index import Aging, aging, days_since
from leaddesk.core.leads import LeadCard
from leaddesk.core.stages import Stage

Index = QModelIndex | QPersistentModelIndex
LEAD_IDS_MIME = "application/x-leaddesk-lead-ids"

CardRole = Qt.ItemDataRole.UserRole + 1
AgingRole = Qt.ItemDataRole.UserRole + 2
DaysRole = Qt.ItemDataRole.UserRole + 3
LeadIdRole = Qt.ItemDataRole.UserRole + 4
LateRole = Qt.ItemDataRole.UserRole + 5  # past the hand-over limit (MQL → SAL, SAL → call)

#: Fetch card summaries this many rows at a time: one small query per screenful.
FETCH_BLOCK = 48
#: Forget cached cards beyond this many (a column scrolled end to end stays small).
CACHE_LIMIT = 4000

FetchCards = Callable[[Sequence[int]], list[LeadCard]]
DropHandler = Callable[[list[int], Stage], bool]


def encode_lead_ids(ids: Iterable[int]) -> QMimeData:
    """Drag payload: the lead ids as a JSON list under our own MIME type."""
    data = QMimeData()
    data.setData(LEAD_IDS_MIME, QByteArray(json.dumps([int(i) for i in ids]).encode()))
    return data


def decode_lead_ids(data: QMimeData) -> list[int]:
    """The lead ids in a drag payload; empty when it is not ours or is malformed."""
    if not data.hasFormat(LEAD_IDS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(LEAD_IDS_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


class StageModel(QAbstractListModel):
    """Holds only the ordered ids of one stage; fetches what the view paints."""

    def __init__(
        self,
        stage: Stage,
        fetch_cards: FetchCards,
        clock: Callable[[], datetime],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self._fetch = fetch_cards
        self._clock = clock
        self._ids: Sequence[int] = []
        self._count = 0  # len(self._ids): the view asks for it once per row it lays out
        self._rows: dict[int, int] | None = None  # id → row, built when first needed
        self._cards: dict[int, LeadCard] = {}
        self.aging_limit: int | None = None
        #: hours a lead may wait in this stage by the hand-over agreement (None: no limit)
        self.late_after_hours: int | None = None
        self.drop_handler: DropHandler | None = None

    # -- the ids ---------------------------------------------------------------------------
    @property
    def ids(self) -> Sequence[int]:
        return self._ids

    def set_ids(self, ids: Sequence[int]) -> bool:
        """Show ``ids`` in this order; returns False (and does nothing) when unchanged."""
        if ids == self._ids:
            self._ids = ids  # the same rows; the newer sequence makes the next check instant
            return False
        self.beginResetModel()
        self._ids = ids
        self._count = len(ids)
        self._rows = None
        self.endResetModel()
        return True

    def row_of(self, lead_id: int) -> int | None:
        if self._rows is None:
            self._rows = {lead_id: row for row, lead_id in enumerate(self._ids)}
        return self._rows.get(lead_id)

    def refresh_leads(self, lead_ids: Iterable[int]) -> None:
        """Forget the cached cards of ``lead_ids`` and repaint just their rows."""
        for lead_id in lead_ids:
            if self._cards.pop(lead_id, None) is None:
                continue
            row = self.row_of(lead_id)
            if row is not None:
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def set_aging_limit(self, days: int | None) -> None:
        self.aging_limit = days
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [AgingRole])

    def forget_cards(self) -> None:
        """Drop every cached card (e.g. a new day: ages change)."""
        self._cards.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    # -- reading ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        # QAbstractListModel's own binding wants the parent; callers may leave it out.
        return 0 if parent.isValid() else 1

    def card(self, row: int) -> LeadCard | None:
        """The summary for ``row``, fetched with its neighbours on a cache miss."""
        lead_id = self._ids[row]
        card = self._cards.get(lead_id)
        if card is None:
            if len(self._cards) > CACHE_LIMIT:
                self._cards.clear()
            start = max(0, row - FETCH_BLOCK // 4)
            wanted = [i for i in self._ids[start : start + FETCH_BLOCK] if i not in self._cards]
            for fetched in self._fetch(wanted):
                self._cards[fetched.id] = fetched
            card = self._cards.get(lead_id)
        return card

    def missing_cards(self, rows: int) -> list[int]:
        """Ids among the first ``rows`` whose cards are not cached yet."""
        return [i for i in self._ids[:rows] if i not in self._cards]

    def keep_cards(self, cards: Iterable[LeadCard]) -> None:
        """Cache the cards of this column's leads among ``cards`` (fetched for the board).

        Cards are looked up by id, so one of this stage that the filter hides is harmless;
        no id → row map is built for it (that costs a pass over a long column).
        """
        for card in cards:
            if card.stage is self.stage:
                self._cards[card.id] = card

    def set_late_after(self, hours: int | None) -> None:
        self.late_after_hours = hours
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [LateRole])

    def is_late(self, card: LeadCard) -> bool:
        return past_limit(card.stage_entered_at, self._clock(), self.late_after_hours)

    def days_idle(self, card: LeadCard) -> int | None:
        """Days since the last interaction (since entering the stage when there is none)."""
        return days_since(card.last_interaction_at or card.stage_entered_at, self._clock())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role == LeadIdRole:
            return self._ids[index.row()]
        card = self.card(index.row())
        if card is None:
            return None
        if role == CardRole:
            return card
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == DaysRole:
            return self.days_idle(card)
        if role == AgingRole:
            return aging(self.days_idle(card), self.aging_limit)
        if role == LateRole:
            return self.is_late(card)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(card)
        return None

    def describe(self, card: LeadCard) -> str:
        """The card in words, for screen readers and tooltips."""
        days = self.days_idle(card)
        parts = [card.name, card.company, card.job_title]
        text = ", ".join(p for p in parts if p)
        text += ". " + self.tr("Score {score}, grade {grade}.").format(
            score=card.score, grade=card.fit_grade
        )
        if days is not None:
            text += " " + self.tr("%n day(s) since the last interaction.", "", days)
        state = aging(days, self.aging_limit)
        if state is Aging.AMBER:
            text += " " + self.tr("Getting stale.")
        elif state is Aging.RED:
            text += " " + self.tr("Stale.")
        if self.is_late(card):
            text += " " + self.tr("Past the hand-over limit.")
        return text

    # -- drag and drop ---------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [LEAD_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_lead_ids(self._ids[row] for row in rows)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_lead_ids(data)
        return bool(ids) and any(self.row_of(i) is None for i in ids)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A drop asks the board to move the leads here; the service decides."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = [i for i in decode_lead_ids(data) if self.row_of(i) is None]
        if not ids or self.drop_handler is None:
            return False
        return self.drop_handler(ids, self.stage)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # The source column never drops its rows itself: the move's Changes refresh it.
        return False
