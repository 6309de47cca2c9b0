"""The interactions of the leads of a scoring batch, read as columns (see ``packed``)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol, TypeVar

import numpy as np
from sqlalchemy import ColumnElement, and_, case, func, null, select

from leaddesk.core.leads import InteractionKind
from leaddesk.core.scoring.batch import (
    KIND_CODES,
    OFFER_CODES,
    InteractionColumns,
    build_interactions,
)
from leaddesk.storage.models import InteractionRow
from leaddesk.storage.repositories.packed import joined_columns, time_numbers

INTERACTIONS = InteractionRow.__table__
#: How the interactions of a batch's leads are found: by reading the whole table, by
#: ranges of lead ids, or by lists of lead ids.
Reach = Literal["table", "ranges", "ids"]
CHUNK = 900  # ids in one IN list, below SQLite's bound-parameter limit
#: a kind's and an offer's codes (+1, 0 for none) packed with the lead id into one number
PER_KIND = len(OFFER_CODES) + 1
PER_LEAD = (len(KIND_CODES) + 1) * PER_KIND
T = TypeVar("T")


class Connections(Protocol):
    """Where the reads of a batch run: ``submit(work)`` calls ``work(connection)``."""

    def submit(self, work: Callable[[Any], T]) -> Future[T]: ...


class SameConnection:
    """Every read on one connection (an open unit's, which must read its own writes), at
    once, in this thread."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def submit(self, work: Callable[[Any], T]) -> Future[T]:
        done: Future[T] = Future()
        done.set_result(work(self.conn))
        return done


class OtherConnections:
    """Reads on other connections of the engine, in worker threads: the databases work on
    them in parallel (SQLite and the driver leave Python's lock while a query runs), while
    this thread reads the leads."""

    def __init__(self, engine: Any, workers: Executor) -> None:
        self.engine = engine
        self.workers = workers

    def submit(self, work: Callable[[Any], T]) -> Future[T]:
        def run() -> T:
            with self.engine.connect() as conn:
                return work(conn)

        return self.workers.submit(run)


@dataclass(frozen=True, slots=True)
class Part:
    """A part of a batch's interactions, read and put in the per-lead reference's order:
    by lead, time, id (engagement sums are floats; their order is part of the result)."""

    ids: np.ndarray
    lead_ids: np.ndarray
    kinds: np.ndarray  # KIND_CODES, -1 for a kind this version does not know
    offers: np.ndarray  # OFFER_CODES, -1 for none
    times: np.ndarray  # the database's exact integers (see ``time_numbers``)
    #: each row's detail as an index into ``texts`` ("" first, for none), when asked for
    details: np.ndarray | None
    texts: list[str]


@dataclass(frozen=True, slots=True)
class PendingInteractions:
    """The reads of a batch's interactions, started."""

    parts: list[Future[list[Part]]]
    dialect: str


def start_interactions(
    conn: Any,
    connections: Connections,
    wheres: list[tuple[Any, ...]],
    detail_kinds: Collection[InteractionKind],
    kinds: Collection[InteractionKind] | None,
) -> PendingInteractions:
    """Start reading the interactions matching each of ``wheres`` (see ``lead_filters``), of
    ``kinds`` (None: all), with the detail of ``detail_kinds``: one pass over the rows for
    their numbers and details together.

    With other connections the wheres are read in two halves at once, and each half is
    also unpacked and ordered there, so that both cores work.
    """
    if kinds is not None and not kinds:
        wheres = []
    halves = _halves(wheres) if isinstance(connections, OtherConnections) else [wheres]
    dialect = conn.dialect.name
    columns = _columns(dialect)
    texts = None
    if detail_kinds:
        detail = INTERACTIONS.c.detail
        wanted = INTERACTIONS.c.kind.in_(sorted(k.value for k in detail_kinds))
        texts = case((and_(wanted, detail != ""), detail), else_=null())

    def read(c: Any, part: list[tuple[Any, ...]]) -> list[Part]:
        return [_part(*joined_columns(c, columns, texts, where)) for where in part]

    reads = [connections.submit(lambda c, part=part: read(c, part)) for part in halves if part]
    return PendingInteractions(reads, dialect)


def finish_interactions(
    pending: PendingInteractions,
    ids: np.ndarray,
    now: datetime,
    detail_kinds: Collection[InteractionKind],
    kinds: Collection[InteractionKind] | None,
) -> InteractionColumns:
    """The interactions of the leads ``ids`` (sorted) from the reads ``pending``: those of
    other leads (archived ones, say) are left out."""
    _, to_epoch = time_numbers(pending.dialect, INTERACTIONS.c.occurred_at)
    parts = [part for read in pending.parts for part in read.result()]
    if not parts:
        parts = [_part([np.zeros(0, dtype=np.int64)] * 3, [])]
    iids, lead_ids, kind_codes, offer_codes, times = (
        np.concatenate([getattr(p, name) for p in parts])
        for name in ("ids", "lead_ids", "kinds", "offers", "times")
    )
    order = _merged_order(parts, lead_ids, times)
    pos, known = _positions(ids, lead_ids)
    if kinds is not None:  # in SQL, this test would cost more than the rows it leaves out
        known &= np.isin(kind_codes, [KIND_CODES[k] for k in kinds])
    keep = order[known[order]]  # interactions of archived leads are left out
    coded = _coded(parts) if detail_kinds else None
    return build_interactions(
        lead_pos=pos[keep],
        kind=kind_codes[keep],
        offer=offer_codes[keep],
        occurred_epoch=to_epoch(times[keep]),
        ids=iids[keep],
        now_epoch=now.timestamp(),
        coded_detail=None if coded is None else (coded[0][keep], coded[1]),
        ordered=True,
    )


def lead_filters(
    conn: Any,
    reach: Reach,
    ids: Sequence[int] = (),
    id_range: tuple[int, int] | None = None,
    split: bool = False,
) -> list[tuple[Any, ...]]:
    """WHERE clauses for the interactions of a batch's leads: none (the whole table, when
    they are most leads), ranges of their ids (``id_range``, many), lists of their ids
    (``ids``, a few). With ``split`` the whole table or the range is read in two parts, by
    interaction id (the table's own order) or by lead id."""
    if reach == "table":
        if not split:
            return [()]  # one pass through the table: quicker than an index look-up per row
        # Each bound by its own query: SQLite answers a lone min() or max() from the
        # table's b-tree at once, but both in one query by reading every row.
        low = conn.execute(select(func.min(INTERACTIONS.c.id))).scalar()
        high = conn.execute(select(func.max(INTERACTIONS.c.id))).scalar()
        if low is None:
            return []
        middle = (low + high) // 2
        return [(INTERACTIONS.c.id <= middle,), (INTERACTIONS.c.id > middle,)]
    if reach == "ranges":
        assert id_range is not None
        first, last = id_range
        middle = (first + last) // 2
        bounds = [(first, middle), (middle + 1, last)] if split and last > first else [id_range]
        return [(INTERACTIONS.c.lead_id.between(a, b),) for a, b in bounds]
    wanted = list(ids)
    return [
        (INTERACTIONS.c.lead_id.in_(wanted[start : start + CHUNK]),)
        for start in range(0, len(wanted), CHUNK)
    ]


def _columns(dialect: str) -> list[ColumnElement[Any]]:
    """The id, the lead with its kind and offer packed into one number, and the time."""
    time, _ = time_numbers(dialect, INTERACTIONS.c.occurred_at)
    # Lead, kind and offer in one number: every value the database joins costs.
    kind = case(
        {k.value: code + 1 for k, code in KIND_CODES.items()}, value=INTERACTIONS.c.kind, else_=0
    )
    offer = case(
        {o.value: code + 1 for o, code in OFFER_CODES.items()}, value=INTERACTIONS.c.offer, else_=0
    )
    packed = INTERACTIONS.c.lead_id * PER_LEAD + kind * PER_KIND + offer
    return [INTERACTIONS.c.id, packed, time]


def _halves(wheres: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    middle = (len(wheres) + 1) // 2
    return [wheres[:middle], wheres[middle:]]


def _positions(ids: np.ndarray, lead_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's lead as a position in ``ids`` (sorted), and whether it is there at all."""
    if not len(ids):
        return np.zeros(len(lead_ids), dtype=np.int64), np.zeros(len(lead_ids), dtype=bool)
    if int(ids[-1]) <= 4 * len(ids) + 1_000:  # dense ids: a table look-up, not a search
        table = np.full(int(ids[-1]) + 2, -1, dtype=np.int64)
        table[ids] = np.arange(len(ids))
        pos = table[np.clip(lead_ids, 0, len(table) - 1)]
        return np.maximum(pos, 0), pos >= 0
    pos = np.searchsorted(ids, lead_ids)
    return pos, (pos < len(ids)) & (ids[np.minimum(pos, len(ids) - 1)] == lead_ids)


def _part(numbers: list[np.ndarray], texts: list[str | None]) -> Part:
    """A part read: unpacked, its details coded, in the reference order."""
    iids, packed, times = numbers
    lead_ids, codes = np.divmod(packed, PER_LEAD)
    order = _reference_order(lead_ids, times, iids)
    details, distinct = _coded_texts(texts) if texts else (None, [""])
    return Part(
        ids=iids[order],
        lead_ids=lead_ids[order],
        kinds=(codes // PER_KIND - 1)[order],
        offers=(codes % PER_KIND - 1)[order],
        times=times[order],
        details=None if details is None else details[order],
        texts=distinct,
    )


def _reference_order(lead_ids: np.ndarray, times: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Positions that put the rows in the order the per-lead reference adds points up in:
    by lead, time, id."""
    if len(ids) < 2:
        return np.arange(len(ids))
    by_id = np.argsort(ids, kind="stable")
    key = _lead_time_key(lead_ids[by_id], times[by_id], int(times.min()), int(times.max()))
    if key is None:
        return np.lexsort((ids, times, lead_ids))
    return by_id[np.argsort(key, kind="stable")]


def _merged_order(parts: list[Part], lead_ids: np.ndarray, times: np.ndarray) -> np.ndarray:
    """The order of the parts' rows together: each part is in order already and holds the
    lower ids of any lead and time it shares with a later part (the parts are ranges of
    interaction ids, or of leads), so a stable sort on lead and time merges them."""
    if len(parts) < 2 or len(times) < 2:
        return np.arange(len(times))
    key = _lead_time_key(lead_ids, times, int(times.min()), int(times.max()))
    if key is None:
        ids = np.concatenate([p.ids for p in parts])
        return np.lexsort((ids, times, lead_ids))
    return np.argsort(key, kind="stable")  # runs already sorted: a merge


def _lead_time_key(lead_ids: np.ndarray, times: np.ndarray, low: int, high: int) -> Any:
    """Lead and time in one integer (one sort instead of two), or None when it would not
    fit in 63 bits."""
    shift = (high - low).bit_length()
    if int(lead_ids.max()).bit_length() + shift > 62 or int(lead_ids.min()) < 0:
        return None
    return (lead_ids << shift) | (times - low)


def _coded_texts(texts: list[str | None]) -> tuple[np.ndarray, list[str]]:
    """Each row's text (None for none) as an index into its distinct texts, "" first."""
    distinct = [t for t in dict.fromkeys(texts) if t is not None]
    code: dict[str | None, int] = {None: 0}
    code.update(zip(distinct, range(1, len(distinct) + 1), strict=True))
    return np.fromiter(map(code.__getitem__, texts), np.int64, len(texts)), ["", *distinct]


def _coded(parts: list[Part]) -> tuple[np.ndarray, list[str]]:
    """Every row's detail as an index into the distinct texts of all parts, "" first (for
    none), then in text order: the same codes whatever order the rows were read in."""
    distinct = sorted(set().union(*(p.texts[1:] for p in parts)))
    rank = {t: n for n, t in enumerate(distinct, start=1)}
    codes = [
        np.array([0, *map(rank.__getitem__, p.texts[1:])], dtype=np.int64)[p.details]
        if p.details is not None
        else np.zeros(len(p.ids), dtype=np.int64)
        for p in parts
    ]
    return np.concatenate(codes), ["", *distinct]
