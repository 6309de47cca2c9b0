"""Hand-made stage histories whose funnel answers are known, shared by the report tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from leaddesk.core.stages import Stage

L, M, A, Q, C, N, X = (
    Stage.LEAD,
    Stage.MQL,
    Stage.SAL,
    Stage.SQL,
    Stage.CUSTOMER,
    Stage.NURTURE,
    Stage.DISQUALIFIED,
)
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday

#: name → (source, owner, score, grade, [(stage, day after START)])
HISTORIES: dict[str, tuple[str, str, int, str, list[tuple[Stage, float]]]] = {
    "won": ("Referral", "ana", 90, "A", [(L, 0), (M, 2), (A, 5), (Q, 6), (C, 16)]),
    "skips_sal": ("Referral", "ana", 70, "A", [(L, 0), (M, 1), (Q, 4)]),
    "back_to_nurture": ("Paid search", "tom", 50, "B", [(L, 0), (M, 3), (N, 5), (M, 9), (A, 10)]),
    "lost_after_sql": ("Paid search", "tom", 60, "B", [(L, 0), (M, 1), (A, 2), (Q, 3), (X, 8)]),
    "only_lead": ("Purchased list", "ana", 10, "D", [(L, 0)]),
    "disqualified_early": ("Purchased list", "tom", 5, "D", [(L, 0), (X, 1)]),
}


def at(day: float) -> datetime:
    return START + timedelta(days=day)


def insert_histories(engine: Any, created_day: float = 0.0, **extra: Any) -> dict[str, int]:
    """Insert the hand-made leads with their histories; returns name → lead id."""
    from leaddesk.storage.models import LeadRow, StageChangeRow

    ids: dict[str, int] = {}
    with engine.begin() as conn:
        for name, (source, owner, score, grade, steps) in HISTORIES.items():
            lead_id = conn.execute(
                insert(LeadRow.__table__).values(
                    stage=steps[-1][0].value,
                    first_name=name,
                    email=f"{name}@example.com",
                    source_channel=source,
                    owner=owner,
                    score=score,
                    fit_grade=grade,
                    created_at=at(created_day),
                    updated_at=at(created_day),
                    stage_entered_at=at(created_day + steps[-1][1]),
                    custom={},
                    archived=False,
                    version=1,
                    **extra,
                )
            ).inserted_primary_key[0]
            ids[name] = lead_id
            previous = None
            for stage, day in steps:
                conn.execute(
                    insert(StageChangeRow.__table__).values(
                        lead_id=lead_id,
                        from_stage=previous,
                        to_stage=stage.value,
                        at=at(created_day + day),
                        reason="Competitor" if stage is X else "",
                    )
                )
                previous = stage.value
    return ids
