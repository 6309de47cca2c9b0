"""The funnel and its splits, from plain data: how far each lead of a cohort got.

The rule for "reached a stage" (what every count here means):

* The cohort is the leads *created* in the report's period (and matching its filters).
* A lead **reached** a funnel stage (Lead → MQL → SAL → SQL → Customer) when its stage
  history shows that it entered that stage **or any later funnel stage**, at any time up to
  now. A lead that went from MQL straight to SQL by an override therefore counts in SAL too
  (it was accepted implicitly); such leads are counted in ``skipped`` so the table can say so.
  This keeps the funnel monotone: no stage has more leads than the one before it and no
  conversion rate exceeds 100 %.
* Re-entering a stage (MQL → Nurture → MQL) counts once. Side stages (Nurture, Disqualified)
  never take anything away: a lead disqualified after SQL stays counted in SQL.
* Every lead of the cohort reached Lead. The lead's current stage counts as entered even when
  its history is missing (data from before histories were kept).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from leaddesk.core.placeholders import is_placeholder
from leaddesk.core.stages import FUNNEL, Stage

#: Position of each funnel stage; the side stages have none.
FUNNEL_RANK: dict[Stage, int] = {stage: rank for rank, stage in enumerate(FUNNEL)}
#: One bit per funnel stage after Lead, for the "entered" masks (Lead is implied for all).
STAGE_BIT: dict[Stage, int] = {
    stage: 1 << (rank - 1) for stage, rank in FUNNEL_RANK.items() if rank
}
#: What a blank group (no source, no campaign, not imported) is shown as.
BLANK = "—"


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Which leads a report covers: created in [start, end), and the usual quick filters."""

    start: datetime | None = None
    end: datetime | None = None  # exclusive
    owner: str = ""
    source_channel: str = ""
    campaign: str = ""
    import_batch_id: int | None = None

    def covers(self, at: datetime) -> bool:
        """Whether ``at`` falls inside the period."""
        return (self.start is None or at >= self.start) and (self.end is None or at < self.end)


@dataclass(frozen=True, slots=True)
class LeadReach:
    """Leads of the cohort (one, or ``leads`` alike when the database aggregated them):
    which funnel stages they entered and what they are grouped by."""

    entered: int  # mask of STAGE_BIT for the funnel stages the history entered
    leads: int = 1
    source_channel: str = ""
    campaign: str = ""
    import_batch_id: int | None = None
    owner: str = ""
    score: int = 0
    fit_grade: str = ""


def entered_mask(stages: Iterable[Stage]) -> int:
    """The mask of funnel stages in ``stages`` (a lead's history plus its current stage)."""
    mask = 0
    for stage in stages:
        mask |= STAGE_BIT.get(stage, 0)
    return mask


def furthest_rank(mask: int) -> int:
    """The rank of the furthest funnel stage entered (0 = Lead only)."""
    return mask.bit_length()


def reached(mask: int, stage: Stage) -> bool:
    """Whether a lead with this mask reached ``stage`` under the rule in the module doc."""
    return FUNNEL_RANK[stage] <= furthest_rank(mask)


def rate(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide by."""
    return part / whole if whole else None


# -- the funnel --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FunnelRow:
    stage: Stage
    reached: int
    skipped: int  # counted here because they reached a later stage without entering this one
    conversion: float | None  # from the previous funnel stage; None for Lead
    share_of_leads: float | None


@dataclass(frozen=True, slots=True)
class Funnel:
    rows: tuple[FunnelRow, ...]

    @property
    def leads(self) -> int:
        return self.rows[0].reached

    def count(self, stage: Stage) -> int:
        return self.rows[FUNNEL_RANK[stage]].reached

    @property
    def mql_never_sql(self) -> int:
        """MQLs that never became SQL."""
        return self.count(Stage.MQL) - self.count(Stage.SQL)

    @property
    def mql_never_sql_share(self) -> float | None:
        return rate(self.mql_never_sql, self.count(Stage.MQL))


def funnel_from_masks(masks: Mapping[int, int]) -> Funnel:
    """The funnel from a count of leads per entered-mask."""
    reached_counts = [0] * len(FUNNEL)
    entered_counts = [0] * len(FUNNEL)
    for mask, n in masks.items():
        for rank in range(furthest_rank(mask) + 1):
            reached_counts[rank] += n
        for stage, bit in STAGE_BIT.items():
            if mask & bit:
                entered_counts[FUNNEL_RANK[stage]] += n
    entered_counts[0] = reached_counts[0]
    rows = tuple(
        FunnelRow(
            stage=stage,
            reached=reached_counts[rank],
            skipped=reached_counts[rank] - entered_counts[rank],
            conversion=None if rank == 0 else rate(reached_counts[rank], reached_counts[rank - 1]),
            share_of_leads=rate(reached_counts[rank], reached_counts[0]),
        )
        for rank, stage in enumerate(FUNNEL)
    )
    return Funnel(rows)


def funnel(reaches: Iterable[LeadReach]) -> Funnel:
    """How many leads of the cohort reached each funnel stage, and the conversions."""
    masks: Counter[int] = Counter()
    for reach in reaches:
        masks[reach.entered] += reach.leads
    return funnel_from_masks(masks)


# -- the funnel split by a group ---------------------------------------------------------


class GroupBy(StrEnum):
    """What the funnel can be split by."""

    SOURCE = "source_channel"
    CAMPAIGN = "campaign"
    BATCH = "import_batch_id"
    OWNER = "owner"


@dataclass(frozen=True, slots=True)
class GroupRow:
    key: str | int | None
    label: str
    funnel: Funnel

    @property
    def leads(self) -> int:
        return self.funnel.leads

    @property
    def to_sql(self) -> float | None:
        """Share of the group's leads that reached SQL."""
        return rate(self.funnel.count(Stage.SQL), self.leads)

    @property
    def to_customer(self) -> float | None:
        return rate(self.funnel.count(Stage.CUSTOMER), self.leads)

    @property
    def mql_to_sql(self) -> float | None:
        return rate(self.funnel.count(Stage.SQL), self.funnel.count(Stage.MQL))


def group_funnels(
    reaches: Iterable[LeadReach],
    by: GroupBy,
    labels: Mapping[int, str] | None = None,
) -> tuple[GroupRow, ...]:
    """One funnel per group value, the largest groups first (ties by label)."""
    per_key: dict[str | int | None, Counter[int]] = {}
    for reach in reaches:
        per_key.setdefault(getattr(reach, by.value), Counter())[reach.entered] += reach.leads
    per_group: dict[str | int | None, Counter[int]] = {}
    for key, masks in per_key.items():  # each distinct value tested once
        if key.__class__ is str and is_placeholder(key):
            key = ""  # 'Select', '--', 'N/A' are the blank group, not a value of their own
        per_group.setdefault(key, Counter()).update(masks)
    rows = [
        GroupRow(key=key, label=group_label(key, labels), funnel=funnel_from_masks(masks))
        for key, masks in per_group.items()
    ]
    rows.sort(key=lambda row: (-row.leads, row.label.casefold()))
    return tuple(rows)


def group_label(key: str | int | None, labels: Mapping[int, str] | None = None) -> str:
    """How a group value is shown: batch ids through ``labels``, blanks as a dash."""
    if key is None or key == "":
        return BLANK
    if isinstance(key, int):
        return (labels or {}).get(key, f"#{key}")
    return key


# -- score quality -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoreBand:
    """Leads in one score decile or one fit grade, and how they converted."""

    label: str
    leads: int
    sql: int
    customers: int
    min_score: int | None = None
    max_score: int | None = None

    @property
    def to_sql(self) -> float | None:
        return rate(self.sql, self.leads)

    @property
    def to_customer(self) -> float | None:
        return rate(self.customers, self.leads)


def _band(label: str, members: Sequence[LeadReach], with_range: bool) -> ScoreBand:
    scores = [r.score for r in members]
    return ScoreBand(
        label=label,
        leads=sum(r.leads for r in members),
        sql=sum(r.leads for r in members if reached(r.entered, Stage.SQL)),
        customers=sum(r.leads for r in members if reached(r.entered, Stage.CUSTOMER)),
        min_score=min(scores) if with_range and scores else None,
        max_score=max(scores) if with_range and scores else None,
    )


def score_deciles(reaches: Iterable[LeadReach]) -> tuple[ScoreBand, ...]:
    """Conversion by score decile: ten buckets by score rank, D1 = lowest scores.

    Leads with the same score always share a decile (the one where their score's rank
    starts), so that ties are never split by outcome; deciles can therefore be uneven, and
    empty ones (few leads, many ties) are left out.
    """
    per_score: dict[int, list[LeadReach]] = {}
    for reach in reaches:
        per_score.setdefault(reach.score, []).append(reach)
    n = sum(r.leads for members in per_score.values() for r in members)
    buckets: list[list[LeadReach]] = [[] for _ in range(10)]
    index = 0
    for score in sorted(per_score):
        members = per_score[score]
        buckets[index * 10 // n].extend(members)
        index += sum(r.leads for r in members)
    return tuple(_band(f"D{d + 1}", b, True) for d, b in enumerate(buckets) if b)


GRADES = ("A", "B", "C", "D")


def by_fit_grade(reaches: Iterable[LeadReach]) -> tuple[ScoreBand, ...]:
    """Conversion by fit grade, A first; grades outside A–D follow, blanks as a dash."""
    groups: dict[str, list[LeadReach]] = {}
    for reach in reaches:
        groups.setdefault(reach.fit_grade or BLANK, []).append(reach)
    order = [g for g in GRADES if g in groups] + sorted(set(groups) - set(GRADES))
    return tuple(_band(g, groups[g], False) for g in order)


# -- percentiles -------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0–100) with linear interpolation, as spreadsheets'
    PERCENTILE.INC; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
