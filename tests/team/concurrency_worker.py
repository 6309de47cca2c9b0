"""One user's copy of the app hammering the shared database (run in its own process)."""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, update

from leaddesk.core.errors import EditConflict, StageMoveRefused
from leaddesk.core.leads import InteractionKind
from leaddesk.core.stages import MANUAL_MOVES, Stage
from leaddesk.storage.models import LeadRow, StageChangeRow
from leaddesk.storage.repositories import derived_keys
from leaddesk.storage.team import lock_for_import

#: emails a purchased list may hold: some leads exist already, some do not yet
LIST_EMAILS = [f"shared-{i}@example.com" for i in range(6)] + [
    f"list-{k}@example.com" for k in range(30)
]

Record = tuple[Any, ...]


def small_import(workspace: Any, db: Any, emails: list[str], token: str) -> Record:
    """A tiny import with Core in one transaction: update leads found by email, add the rest."""
    now = datetime.now(UTC)
    updated: list[tuple[int, int]] = []
    created: list[int] = []
    with db.engine.begin() as conn:
        lock_for_import(conn)  # two imports of the same list never both create a lead
        for email in emails:
            found = conn.execute(
                update(LeadRow)
                .where(LeadRow.email_key == email, LeadRow.archived.is_(False))
                .values(campaign=token, updated_at=now, version=LeadRow.version + 1)
                .returning(LeadRow.id, LeadRow.version)
            ).all()
            if found:
                updated += [(r.id, r.version) for r in found]
                continue
            fields = {"email": email, "first_name": "Imported", "campaign": token}
            lead_id = conn.execute(
                insert(LeadRow)
                .values(
                    stage=Stage.LEAD.value,
                    **fields,
                    **derived_keys(fields),
                    owner=workspace.actor,
                    created_at=now,
                    updated_at=now,
                    stage_entered_at=now,
                    custom={},
                )  # fmt: skip
                .returning(LeadRow.id)
            ).scalar_one()
            conn.execute(
                insert(StageChangeRow).values(
                    lead_id=lead_id,
                    from_stage=None,
                    to_stage=Stage.LEAD.value,
                    at=now,
                    reason="imported",
                    actor=workspace.actor,
                )  # fmt: skip
            )
            created.append(lead_id)
    return ("import", token, tuple(updated), tuple(created))


def one_operation(rng: random.Random, workspace: Any, db: Any, leads: list[int], n: int) -> Record:
    service = workspace.leads
    token = f"{workspace.actor}-{n}"
    roll = rng.random()
    if roll < 0.1:
        return small_import(workspace, db, rng.sample(LIST_EMAILS, 3), token)
    lead_id = rng.choice(leads)
    seen = service.lead(lead_id)  # what this user's screen shows
    if rng.random() < 0.3:
        time.sleep(0.002)  # the user thinks; others act meanwhile
    if roll < 0.45:
        target = rng.choice(sorted(MANUAL_MOVES[seen.stage]))
        done = service.move_lead(
            lead_id, target, reason="test", override=True, expected_stage=seen.stage
        )
        return ("move", lead_id, done.value.id, seen.stage.value, target.value)
    if roll < 0.75:
        lead = service.edit_lead(lead_id, {"city": token}, seen.version).value
        return ("edit", lead_id, token, lead.version)
    interaction = service.log_interaction(lead_id, InteractionKind.NOTE, token).value
    return ("interaction", lead_id, interaction.id, token)


def run_worker(url: str, actor: str, leads: list[int], operations: int, seed: int) -> list[Record]:
    """Perform ``operations`` random operations; return every success and every refusal."""
    from leaddesk.core.services import LeadService
    from leaddesk.core.workspace import Workspace
    from leaddesk.storage.db import open_database
    from leaddesk.storage.repositories import SqlLeadRepository, SqlSettingsRepository

    db = open_database(url)
    repo, settings = SqlLeadRepository(db.session), SqlSettingsRepository(db.session)
    workspace = Workspace(LeadService(repo, settings, actor=actor), settings, url, False, actor)
    rng = random.Random(seed)
    records: list[Record] = []
    try:
        for n in range(operations):
            try:
                records.append(one_operation(rng, workspace, db, leads, n))
            except (EditConflict, StageMoveRefused) as refused:
                records.append(("refused", type(refused).__name__, str(refused)))
    finally:
        db.close()
    return records
