"""The interactions of the leads of a scoring batch, read as columns (see ``packed``)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from typing import Any, Literal

import numpy as np
from sqlalchemy import ColumnElement, case

from leaddesk.core.leads import InteractionKind
from leaddesk.core.scoring.batch import (
    KIND_CODES,
    OFFER_CODES,
    InteractionColumns,
    build_interactions,
)
from leaddesk.storage.models import InteractionRow
from leaddesk.storage.repositories.packed import joined_numbers, numbers_by_text, time_numbers

INTERACTIONS = InteractionRow.__table__
#: How the interactions of a batch's leads are found: by reading the whole table, by
#: ranges of lead ids, or by lists of lead ids.
Reach = Literal["table", "ranges", "ids"]
CHUNK = 900  # ids in one IN list, below SQLite's bound-parameter limit
#: leads per range of lead ids read by one query, which keeps each joined text well within
#: the databases' limit on a text (1 GB)
RANGE_PART = 100_000
#: a kind's and an offer's codes (+1, 0 for none) packed with the lead id into one number
PER_KIND = len(OFFER_CODES) + 1
PER_LEAD = (len(KIND_CODES) + 1) * PER_KIND


def read_interactions(
    conn: Any,
    ids: np.ndarray,
    reach: Reach,
    now: datetime,
    detail_kinds: Collection[InteractionKind],
    kinds: Collection[InteractionKind] | None,
) -> InteractionColumns:
    """The interactions of the leads ``ids`` (sorted), found as ``reach`` says, of ``kinds``
    (None: all), with the detail of ``detail_kinds``."""
    time, to_epoch = time_numbers(conn.dialect.name, INTERACTIONS.c.occurred_at)
    # Lead, kind and offer in one number: every value the database joins costs.
    kind = case(
        {k.value: code + 1 for k, code in KIND_CODES.items()}, value=INTERACTIONS.c.kind, else_=0
    )
    offer = case(
        {o.value: code + 1 for o, code in OFFER_CODES.items()}, value=INTERACTIONS.c.offer, else_=0
    )
    packed = INTERACTIONS.c.lead_id * PER_LEAD + kind * PER_KIND + offer
    columns = [INTERACTIONS.c.id, packed, time]
    parts: list[list[np.ndarray]] = []
    details: list[tuple[str, np.ndarray]] = []
    for where in [] if kinds is not None and not kinds else _lead_filters(ids, reach):
        parts.append(joined_numbers(conn, columns, where))
        if detail_kinds:
            where_detail = [*where, _of_kinds(detail_kinds)]
            details += numbers_by_text(conn, INTERACTIONS.c.detail, INTERACTIONS.c.id, where_detail)
    empty = [np.zeros(0, dtype=np.int64)] * len(columns)
    iids, packed_codes, times = (
        [np.concatenate(c) for c in zip(*parts, strict=True)] if parts else empty
    )
    lead_ids, codes = np.divmod(packed_codes, PER_LEAD)
    kind_codes, offer_codes = codes // PER_KIND - 1, codes % PER_KIND - 1
    pos, known = _positions(ids, lead_ids)
    if kinds is not None:  # in SQL, this test would cost more than the rows it leaves out
        known &= np.isin(kind_codes, [KIND_CODES[k] for k in kinds])
    keep = np.flatnonzero(known)  # interactions of archived leads are left out
    keep = keep[_reference_order(pos[keep], times[keep], iids[keep])]
    # Coded in the order read (by id, from a table scan: no sort needed), then reordered.
    coded = _coded(iids, details) if detail_kinds else None
    return build_interactions(
        lead_pos=pos[keep],
        kind=kind_codes[keep],
        offer=offer_codes[keep],
        occurred_epoch=to_epoch(times[keep]),
        ids=iids[keep],
        now_epoch=now.timestamp(),
        coded_detail=None if coded is None else (coded[0][keep], coded[1]),
    )


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


def _of_kinds(kinds: Collection[InteractionKind]) -> ColumnElement[bool]:
    # `kind || ''`: a test the planner cannot answer from the index on kind, which would
    # read every interaction of the kind, of all leads, for each part.
    return (INTERACTIONS.c.kind + "").in_(sorted(k.value for k in kinds))


def _lead_filters(ids: np.ndarray, reach: Reach) -> Iterable[tuple[Any, ...]]:
    """WHERE clauses for the interactions of the leads ``ids``: none (the whole table, when
    they are most leads), ranges of their ids (many), lists of their ids (a few)."""
    if reach == "table":
        yield ()  # one pass through the table: quicker than an index look-up per row
    elif reach == "ranges":
        for start in range(0, len(ids), RANGE_PART):
            last = ids[min(start + RANGE_PART, len(ids)) - 1]
            yield (INTERACTIONS.c.lead_id.between(int(ids[start]), int(last)),)
    else:
        for start in range(0, len(ids), CHUNK):
            yield (INTERACTIONS.c.lead_id.in_(ids[start : start + CHUNK].tolist()),)


def _reference_order(lead_pos: np.ndarray, times: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Positions that put the rows in the order the per-lead reference adds points up in:
    by lead, time, id (engagement sums are floats; their order is part of the result)."""
    if len(ids) < 2:
        return np.arange(len(ids))
    by_id = np.argsort(ids, kind="stable")
    low, span = int(times.min()), int(times.max()) - int(times.min())
    shift = span.bit_length()
    if int(lead_pos.max()).bit_length() + shift > 62:
        return np.lexsort((ids, times, lead_pos))
    # Lead and time in one integer, sorted stably after the ids: one sort instead of three.
    key = (lead_pos[by_id] << shift) | (times[by_id] - low)
    return by_id[np.argsort(key, kind="stable")]


def _coded(ids: np.ndarray, details: list[tuple[str, np.ndarray]]) -> tuple[np.ndarray, list[str]]:
    """Each interaction's detail as an index into the distinct texts, "" first (for none),
    then in text order: the same codes whatever order the database grouped them in."""
    by_text: dict[str, list[np.ndarray]] = {}
    for text, members in details:
        by_text.setdefault(text, []).append(members)
    texts = sorted(by_text)
    codes = np.zeros(len(ids), dtype=np.int64)
    if not texts or not len(ids):
        return codes, ["", *texts]
    groups = [np.concatenate(by_text[t]) for t in texts]
    wanted = np.concatenate(groups)
    text_code = np.repeat(np.arange(1, len(texts) + 1), [len(g) for g in groups])
    order = np.arange(len(ids)) if (np.diff(ids) > 0).all() else np.argsort(ids)
    at = np.minimum(np.searchsorted(ids, wanted, sorter=order), len(ids) - 1)
    found = ids[order[at]] == wanted  # ids of archived leads' interactions are not found
    codes[order[at[found]]] = text_code[found]
    return codes, ["", *texts]
