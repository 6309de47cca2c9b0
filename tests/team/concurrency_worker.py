"""One user's copy of the app hammering the shared database (run in its own process)."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

from leaddesk.core.errors import EditConflict, ImportFileError, StageMoveRefused
from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
from leaddesk.core.leads import InteractionKind
from leaddesk.core.stages import MANUAL_MOVES

#: emails a purchased list may hold: some leads exist already, some do not yet
LIST_EMAILS = [f"shared-{i}@example.com" for i in range(6)] + [
    f"list-{k}@example.com" for k in range(30)
]

Record = tuple[Any, ...]


def small_import(importer: Any, folder: Path, emails: list[str], token: str) -> Record:
    """A tiny purchased list through the real import service: new emails added, known ones
    overwritten (company = token), all in one transaction."""
    path = folder / f"{token}.csv"
    lines = ["Email,First name,Company"] + [f"{email},Imported,{token}" for email in emails]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = importer.read(path)
    options = ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE)
    result = importer.run_import(table, importer.suggest_mapping(table), options)
    return ("import", token, result.batch_id, tuple(sorted(result.changes.added)))


def one_operation(
    rng: random.Random, workspace: Any, folder: Path, leads: list[int], n: int
) -> Record:
    service = workspace.leads
    token = f"{workspace.actor}-{n}"
    roll = rng.random()
    if roll < 0.08:
        importer = workspace.importer
        return small_import(importer, folder, rng.sample(LIST_EMAILS, 3), token)
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


def run_worker(
    url: str, actor: str, leads: list[int], operations: int, seed: int, folder: str
) -> list[Record]:
    """Perform ``operations`` random operations; return every success and every refusal."""
    from leaddesk.core.importing.service import ImportService
    from leaddesk.core.services import LeadService
    from leaddesk.core.workspace import Workspace
    from leaddesk.storage.db import open_database
    from leaddesk.storage.reading import read_table
    from leaddesk.storage.repositories.imports import SqlImportStore
    from leaddesk.storage.repositories.leads import SqlLeadRepository
    from leaddesk.storage.repositories.settings import SqlSettingsRepository
    from leaddesk.storage.unit import SqlUnitOfWork

    # The services without automatic rescoring: every version bump is one recorded operation.
    # Each use case is one transaction, as in the app (an import and its bookkeeping commit
    # together, so another user's edit cannot land between them).
    db = open_database(url)
    repo, settings = SqlLeadRepository(db.session), SqlSettingsRepository(db.session)
    service = LeadService(repo, settings, actor=actor)
    service.atomic = SqlUnitOfWork(db.engine).atomic
    workspace = Workspace(service, settings, url, False, actor)
    workspace.importer = ImportService(SqlImportStore(db), read_table, settings, workspace.leads)
    rng = random.Random(seed)
    records: list[Record] = []
    try:
        for n in range(operations):
            try:
                records.append(one_operation(rng, workspace, Path(folder), leads, n))
            except (EditConflict, StageMoveRefused, ImportFileError) as refused:
                records.append(("refused", type(refused).__name__, str(refused)))
    finally:
        db.close()
    return records
