"""The board's in-memory search index: filter and sort 100,000 leads per keystroke.

The database answers the first paint; this index, built once (in the background for large
databases), answers every keystroke in the filter box without a query.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from operator import itemgetter
from typing import Any, NamedTuple

from leaddesk.core.leads import BoardEntry, CardSort, LeadFilter, StageTotal
from leaddesk.core.stages import Stage

STAGE_BY_VALUE: dict[str, Stage] = {s.value: s for s in Stage}

#: Days since the last interaction after which a card turns amber (twice that: red).
DEFAULT_AGING_DAYS: dict[Stage, int] = {Stage.MQL: 7, Stage.SAL: 3, Stage.SQL: 14}


class Aging(StrEnum):
    """How stale a card is against its stage's limit."""

    FRESH = "fresh"
    AMBER = "amber"
    RED = "red"


def aging(days: int | None, limit: int | None) -> Aging:
    """Amber once ``days`` passes ``limit``; red once it passes twice the limit."""
    if days is None or not limit or limit <= 0:
        return Aging.FRESH
    if days > 2 * limit:
        return Aging.RED
    if days > limit:
        return Aging.AMBER
    return Aging.FRESH


def days_since(then: datetime | None, now: datetime) -> int | None:
    """Whole days from ``then`` to ``now`` (None when there is no ``then``)."""
    if then is None:
        return None
    return max(0, (now - then).days)


#: Which entry field each sort orders by (ties: by id, kept by the stable sort).
SORT_FIELD: dict[CardSort, int] = {
    CardSort.SCORE: BoardEntry._fields.index("score"),
    CardSort.AGE: BoardEntry._fields.index("age_key"),
    CardSort.NAME: BoardEntry._fields.index("name_key"),
}


def sort_entries(entries: Iterable[BoardEntry], sort: CardSort) -> list[BoardEntry]:
    """Entries in board order; C-level keys keep 100,000 entries well under 100 ms."""
    by_id = sorted(entries, key=itemgetter(0))
    # A reversed sort stays stable, so equal scores keep ascending ids.
    return sorted(by_id, key=itemgetter(SORT_FIELD[sort]), reverse=sort is CardSort.SCORE)


def _bisect_key(sort: CardSort) -> Any:
    """The ascending key the per-stage lists are sorted by (score: descending, so negated)."""
    if sort is CardSort.SCORE:
        return lambda e: (-e.score, e.id)
    field = SORT_FIELD[sort]
    return lambda e: (e[field], e.id)


#: Above this many touched leads, sorting everything again is cheaper than patching.
PATCH_IN_PLACE = 500
#: Filters answered lately, kept with their answers: a backspace shows one again at once,
#: and typing on narrows the closest one rather than every lead.
RECENT_ANSWERS = 12


_ID = itemgetter(0)


class LeadIds(Sequence[int]):
    """The ids of a list of entries, read through rather than copied.

    A keystroke that matches 100,000 leads would otherwise build 100,000-long id lists
    only for a view that reads the first screenful of them.
    """

    __slots__ = ("_entries",)

    def __init__(self, entries: list[BoardEntry]) -> None:
        self._entries = entries

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, item: Any) -> Any:
        if isinstance(item, slice):
            return list(map(_ID, self._entries[item]))
        return self._entries[item][0]

    def __iter__(self) -> Iterator[int]:
        return map(_ID, self._entries)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LeadIds) and other._entries is self._entries:
            return True
        if not isinstance(other, Sequence) or len(other) != len(self):
            return False
        return list(self) == (other if isinstance(other, list) else list(other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LeadIds({list(self)!r})"


class BoardSelection(NamedTuple):
    """What the board shows for one filter: ordered ids and totals per stage."""

    ids: dict[Stage, Sequence[int]]
    totals: dict[Stage, StageTotal]


_CENTS = itemgetter(BoardEntry._fields.index("budget_cents"))
Matches = dict[Stage, list[BoardEntry]]


class BoardIndex:
    """All unarchived leads in memory, per stage, kept sorted; filtered per keystroke."""

    def __init__(self, entries: Iterable[BoardEntry], sort: CardSort = CardSort.SCORE) -> None:
        self._by_id: dict[int, BoardEntry] = {e.id: e for e in entries}
        self._sort = sort
        self._ordered: Matches = {}
        self._recent: dict[LeadFilter, tuple[Matches, BoardSelection | None]] = {}
        self._resort()

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, lead_id: object) -> bool:
        return lead_id in self._by_id

    def get(self, lead_id: int) -> BoardEntry | None:
        return self._by_id.get(lead_id)

    @property
    def sort(self) -> CardSort:
        return self._sort

    def set_sort(self, sort: CardSort) -> None:
        if sort is not self._sort:
            self._sort = sort
            self._resort()

    def update(self, lead_ids: Iterable[int], fresh: Sequence[BoardEntry]) -> None:
        """Replace what the index knows of ``lead_ids`` by ``fresh`` (absent ones: removed)."""
        lead_ids = list(lead_ids)
        if len(lead_ids) + len(fresh) > PATCH_IN_PLACE:
            for lead_id in lead_ids:
                self._by_id.pop(lead_id, None)
            self._by_id.update((e.id, e) for e in fresh)
            self._resort()
            return
        key = _bisect_key(self._sort)
        # Copy before patching: the lists are shared with earlier answers (and the views
        # showing them), which must not change under them.
        touched = {e.stage for e in fresh}
        known = [i for i in (*lead_ids, *(e.id for e in fresh)) if i in self._by_id]
        touched.update(self._by_id[i].stage for i in known)
        for stage in touched:
            self._ordered[stage] = list(self._ordered[stage])
        for lead_id in lead_ids:
            old = self._by_id.pop(lead_id, None)
            if old is not None:
                column = self._ordered[old.stage]
                position = bisect_left(column, key(old), key=key)
                if position < len(column) and column[position].id == old.id:
                    del column[position]
                else:  # pragma: no cover - only if an entry changed behind our back
                    column.remove(old)
        for entry in fresh:
            old = self._by_id.pop(entry.id, None)
            if old is not None:
                self._ordered[old.stage].remove(old)
            self._by_id[entry.id] = entry
            insort(self._ordered[entry.stage], entry, key=key)
        self._recent.clear()

    def _resort(self) -> None:
        self._ordered = {s: [] for s in Stage}
        for entry in sort_entries(self._by_id.values(), self._sort):
            self._ordered[entry.stage].append(entry)
        self._recent.clear()

    def top_ids(self, per_stage: int) -> list[int]:
        """The first ``per_stage`` leads of every stage in board order (no filter)."""
        return [e.id for entries in self._ordered.values() for e in entries[:per_stage]]

    def matching(self, flt: LeadFilter) -> Matches:
        """Entries per stage that pass ``flt``, in sort order.

        A filter answered lately is answered again from memory; otherwise the smallest
        recent answer that ``flt`` narrows (typing on) is filtered, not every lead.
        """
        recent = self._recent.get(flt)
        if recent is not None:
            self._remember(flt, *recent)  # now the most recent
            return recent[0]
        base, size = self._ordered, len(self._by_id)
        for before, (answer, _selection) in self._recent.items():
            count = sum(map(len, answer.values()))
            if count < size and _narrows(before, flt):
                base, size = answer, count
        found = {stage: self._narrow(entries, flt) for stage, entries in base.items()}
        self._remember(flt, found, None)
        return found

    def _remember(self, flt: LeadFilter, found: Matches, selection: BoardSelection | None) -> None:
        self._recent.pop(flt, None)
        self._recent[flt] = (found, selection)
        while len(self._recent) > RECENT_ANSWERS:
            del self._recent[next(iter(self._recent))]

    @staticmethod
    def _narrow(entries: list[BoardEntry], flt: LeadFilter) -> list[BoardEntry]:
        found = entries
        for word in flt.text.lower().split():
            found = [e for e in found if word in e[2]]
        for name in ("owner", "source_channel", "campaign", "fit_grade"):
            wanted = getattr(flt, name)
            if wanted:
                position = BoardEntry._fields.index(name)
                found = [e for e in found if e[position] == wanted]
        if flt.import_batch_id is not None:
            found = [e for e in found if e.import_batch_id == flt.import_batch_id]
        if len(found) == len(entries):
            return entries  # nothing left out: share the list rather than hold a copy
        return found  # lists are shared between answers: never mutated

    def select(self, flt: LeadFilter) -> BoardSelection:
        """Ordered ids and totals per stage for ``flt`` (remembered with the answer)."""
        found = self.matching(flt)
        selection = self._recent[flt][1]
        if selection is None:
            ids: dict[Stage, Sequence[int]] = {s: LeadIds(e) for s, e in found.items()}
            totals = {
                stage: StageTotal(len(entries), Decimal(sum(map(_CENTS, entries))) / 100)
                for stage, entries in found.items()
            }
            selection = BoardSelection(ids, totals)
            self._remember(flt, found, selection)
        return selection


def _narrows(before: LeadFilter, after: LeadFilter) -> bool:
    """True when every lead passing ``after`` also passed ``before`` (text typed on)."""
    same_quick = (
        before.owner == after.owner
        and before.source_channel == after.source_channel
        and before.campaign == after.campaign
        and before.fit_grade == after.fit_grade
        and before.import_batch_id == after.import_batch_id
        and before.include_archived == after.include_archived
    )
    if not same_quick:
        return False
    old_words = before.text.lower().split()
    new_words = after.text.lower().split()
    # Each old word must be contained in the new word at the same place (or kept as is).
    return len(new_words) >= len(old_words) and all(
        old in new for old, new in zip(old_words, new_words, strict=False)
    )


def entry_text(*values: object) -> str:
    """The lower-cased searchable text of a lead's fields."""
    return "\x1f".join("" if v is None else str(v) for v in values).lower()
