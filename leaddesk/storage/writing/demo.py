"""Writes the generated demo pipeline with Core inserts in one transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert

from leaddesk.core.demo import DemoLead
from leaddesk.storage.db import Database
from leaddesk.storage.models import InteractionRow, LeadRow, StageChangeRow
from leaddesk.storage.repositories.rows import derived_keys


def load_demo(db: Database, leads: list[DemoLead]) -> int:
    """Insert the demo leads with their interactions and histories; returns how many."""
    with db.engine.begin() as conn:
        for lead in leads:
            last_at: datetime | None = max((i["at"] for i in lead.interactions), default=None)
            entered = lead.history[-1]["at"]
            lead_id = conn.execute(
                insert(LeadRow.__table__).values(
                    stage=lead.stage.value,
                    **{k: v for k, v in lead.fields.items()},
                    **derived_keys(lead.fields),
                    created_at=lead.created_at,
                    updated_at=entered,
                    stage_entered_at=entered,
                    last_interaction_at=last_at,
                    archived=False,
                    version=1,
                    score=0,
                    fit_score=0,
                    engagement_score=0,
                    fit_grade="D",
                )
            ).inserted_primary_key[0]
            call_ids = []
            for item in lead.interactions:
                iid = conn.execute(
                    insert(InteractionRow.__table__).values(
                        lead_id=lead_id,
                        kind=item["kind"].value,
                        occurred_at=item["at"],
                        detail=item.get("detail", ""),
                        offer=item["offer"].value if item.get("offer") else None,
                        campaign=item.get("campaign", ""),
                        data=item.get("data", {}),
                        actor="",
                    )
                ).inserted_primary_key[0]
                if item["kind"].value == "call":
                    call_ids.append(iid)
            conn.execute(
                insert(StageChangeRow.__table__),
                [
                    {
                        "lead_id": lead_id,
                        "from_stage": h["from"].value if h["from"] else None,
                        "to_stage": h["to"].value,
                        "at": h["at"],
                        "reason": h.get("reason", ""),
                        "automatic": h.get("automatic", False),
                        "actor": h.get("actor", ""),
                        "override": False,
                        "interaction_id": call_ids.pop(0) if h.get("call") and call_ids else None,
                        "score": None,
                    }
                    for h in lead.history
                ],
            )
    return len(leads)
