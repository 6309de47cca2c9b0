"""Writes the generated demo pipeline with Core inserts in one transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert

from leaddesk.core import history_text as text
from leaddesk.core.demo import DemoLead
from leaddesk.storage.db import Database
from leaddesk.storage.models import FollowUpRow, InteractionRow, LeadRow, StageChangeRow
from leaddesk.storage.repositories.rows import derived_keys


def load_demo(db: Database, leads: list[DemoLead], now: datetime | None = None) -> int:
    """Insert the demo leads with their interactions and histories (and, given ``now``, the
    agenda of that morning: follow-ups and meetings); returns how many leads."""
    agenda = _agenda_by_lead(leads, now)
    with db.engine.begin() as conn:
        for index, lead in enumerate(leads):
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
            for item in agenda.get(index, []):
                _insert_agenda_item(conn, lead_id, item)
    return len(leads)


def _agenda_by_lead(leads: list[DemoLead], now: datetime | None) -> dict[int, list[dict]]:
    if now is None:
        return {}
    from leaddesk.core.agenda.demo import demo_agenda

    found: dict[int, list[dict]] = {}
    for index, item in demo_agenda(leads, now):
        found.setdefault(index, []).append(item)
    return found


def _insert_agenda_item(conn: Connection, lead_id: int, item: dict) -> None:
    """The item and the timeline entry that set it (a follow-up, or the booked meeting)."""
    meeting = item["kind"].value == "meeting"
    if meeting:
        detail = text.MEETING_BOOKED.format(at=text.stored_minute(item["at"].astimezone()))
        data = {"meeting_at": item["at"].isoformat(), "scheduled": True}
    else:
        detail = text.FOLLOW_UP_SET.format(date=text.stored_date(item["due_on"]), what=item["what"])
        data = {"due_on": item["due_on"].isoformat(), "what": item["what"]}
    interaction_id = conn.execute(
        insert(InteractionRow.__table__).values(
            lead_id=lead_id,
            kind="meeting" if meeting else "follow_up",
            occurred_at=item["created_at"],
            detail=detail,
            offer=None,
            campaign="",
            data=data,
            actor=item["owner"],
        )
    ).inserted_primary_key[0]
    conn.execute(
        insert(FollowUpRow.__table__).values(
            lead_id=lead_id,
            kind=item["kind"].value,
            due_on=item["due_on"],
            at=item.get("at"),
            what=item["what"],
            content=item["content"],
            owner=item["owner"],
            created_at=item["created_at"],
            actor=item["owner"],
            done_at=item.get("done_at"),
            done_by=item["owner"] if item.get("done_at") else "",
            interaction_id=interaction_id,
        )
    )
