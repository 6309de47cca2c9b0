"""The hand-over report: how fast marketing's MQLs are accepted and accepted leads called.

For each time a lead entered SAL: the wait since it last entered MQL (MQL → SAL), and the
wait until the first call or call attempt after it (SAL → call). Medians and the share
within the agreed limits, by owner and by month of the acceptance.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from leaddesk.core.agenda.values import Limits, hours_between


@dataclass(frozen=True, slots=True)
class Acceptance:
    """One entry into SAL, with the owner of the lead."""

    lead_id: int
    at: datetime
    owner: str


@dataclass(frozen=True, slots=True)
class HandOverRow:
    """One owner's or one month's figures (hours; shares as fractions)."""

    group: str
    accepted: int
    median_mql_to_sal: float | None
    within_mql_to_sal: float | None
    called: int
    median_sal_to_call: float | None
    within_sal_to_call: float | None


@dataclass(frozen=True, slots=True)
class HandOver:
    by_owner: tuple[HandOverRow, ...]
    by_month: tuple[HandOverRow, ...]
    limits: Limits


def hand_over(
    acceptances: Iterable[Acceptance],
    mql_entries: Mapping[int, Sequence[datetime]],
    calls: Mapping[int, Sequence[datetime]],
    limits: Limits,
) -> HandOver:
    """The figures from SAL entries, each lead's sorted MQL entries and sorted call times."""
    waits: dict[str, dict[str, list[list[float]]]] = {
        "owner": defaultdict(lambda: [[], []]),
        "month": defaultdict(lambda: [[], []]),
    }
    for entry in acceptances:
        groups = (("owner", entry.owner or "—"), ("month", f"{entry.at:%Y-%m}"))
        entered = mql_entries.get(entry.lead_id, ())
        before = bisect_right(entered, entry.at)
        called = calls.get(entry.lead_id, ())
        after = bisect_left(called, entry.at)
        for kind, key in groups:
            bucket = waits[kind][key]
            if before:
                bucket[0].append(hours_between(entered[before - 1], entry.at))
            if after < len(called):
                bucket[1].append(hours_between(entry.at, called[after]))
    return HandOver(
        by_owner=_rows(waits["owner"], limits, reverse=False),
        by_month=_rows(waits["month"], limits, reverse=True),
        limits=limits,
    )


def _rows(
    groups: Mapping[str, list[list[float]]], limits: Limits, *, reverse: bool
) -> tuple[HandOverRow, ...]:
    return tuple(
        HandOverRow(
            group=key,
            accepted=len(to_sal),
            median_mql_to_sal=_median(to_sal),
            within_mql_to_sal=_share(to_sal, limits.mql_to_sal_hours),
            called=len(to_call),
            median_sal_to_call=_median(to_call),
            within_sal_to_call=_share(to_call, limits.sal_to_call_hours),
        )
        for key, (to_sal, to_call) in sorted(groups.items(), reverse=reverse)
    )


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _share(values: list[float], limit: int) -> float | None:
    return sum(1 for v in values if v <= limit) / len(values) if values else None
