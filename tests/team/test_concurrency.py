"""Several users at once on the same leads: every success kept, every refusal reported."""

from __future__ import annotations

import multiprocessing
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select

from leaddesk.core.stages import Stage
from leaddesk.storage.db import open_database
from leaddesk.storage.models import (
    ImportBatchRow,
    ImportUndoRow,
    InteractionRow,
    LeadRow,
    StageChangeRow,
)
from tests.team.concurrency_worker import run_worker
from tests.team.helpers import fresh_postgres, needs_postgres, open_as

WORKERS = 2
OPERATIONS = 1000
SHARED_LEADS = 12


def seed(url: str) -> list[int]:
    workspace = open_as(url, "seed")
    stages = [Stage.LEAD, Stage.MQL, Stage.SAL, Stage.NURTURE]
    ids = [
        workspace.leads.create_lead(
            {"first_name": f"Shared {i}", "email": f"shared-{i}@example.com"}, stages[i % 4]
        ).value.id
        for i in range(SHARED_LEADS)
    ]
    workspace.close()
    return ids


def run_all(url: str, leads: list[int], folder: Path) -> list[list[tuple]]:
    spawn = multiprocessing.get_context("spawn")  # no engine or Qt state crosses into workers
    with ProcessPoolExecutor(WORKERS, mp_context=spawn) as pool:
        futures = [
            pool.submit(run_worker, url, f"user{w}", leads, OPERATIONS, 1000 + w, str(folder))
            for w in range(WORKERS)
        ]
        # Generous: on a loaded machine 1,000 operations can take minutes; idle, well under one.
        return [f.result(timeout=400) for f in futures]


@pytest.mark.slow
@needs_postgres
def test_concurrent_users_lose_nothing_and_every_refusal_is_reported(tmp_path: Path) -> None:
    url = fresh_postgres()
    leads = seed(url)
    results = run_all(url, leads, tmp_path)

    records = [r for worker in results for r in worker]
    assert all(len(worker) == OPERATIONS for worker in results)  # each op: success or refusal
    kinds = Counter(r[0] for r in records)
    assert kinds["refused"] > 0 and kinds["edit"] > 0 and kinds["move"] > 0  # real contention
    assert kinds["import"] > 0 and kinds["interaction"] > 0
    refusals = {r[1] for r in records if r[0] == "refused"}
    assert refusals <= {"EditConflict", "LeadMovedMeanwhile", "ImportFileError"}
    assert all("someone else" in r[2] for r in records if r[0] == "refused")

    db = open_database(url)
    with db.session() as s:
        final = {row.id: row for row in s.scalars(select(LeadRow))}
        history = defaultdict(list)
        for change in s.scalars(select(StageChangeRow).order_by(StageChangeRow.id)):
            history[change.lead_id].append(change)
        notes = {i: d for i, d in s.execute(select(InteractionRow.id, InteractionRow.detail))}
        emails = Counter(s.scalars(select(LeadRow.email_key)))
        batches = set(s.scalars(select(ImportBatchRow.id)))
        import_updates = s.execute(
            select(
                ImportUndoRow.batch_id, ImportUndoRow.lead_id, ImportUndoRow.version_after
            ).where(ImportUndoRow.action == "updated")
        ).all()
        assert s.scalar(select(func.count(InteractionRow.id))) == kinds["interaction"]
    db.close()

    # Versions: every successful write is one bump, and no two successes share a version.
    bumps: dict[int, list[int | None]] = defaultdict(list)
    last_city: dict[int, tuple[int, str]] = {}
    last_company: dict[int, tuple[int, str]] = {}
    for r in records:
        if r[0] == "edit":
            _, lead_id, token, version = r
            bumps[lead_id].append(version)
            last_city[lead_id] = max(last_city.get(lead_id, (0, "")), (version, token))
        elif r[0] == "move":
            bumps[r[1]].append(None)
    imports = {r[2]: r for r in records if r[0] == "import"}
    assert batches == set(imports)  # every successful import kept, every refused one gone
    created = [lead_id for r in imports.values() for lead_id in r[3]]
    assert len(created) == len(set(created)) and set(created) <= set(final)
    for batch_id, lead_id, version in import_updates:
        bumps[lead_id].append(version)
        token = imports[batch_id][1]
        last_company[lead_id] = max(last_company.get(lead_id, (0, "")), (version, token))
    for lead_id, row in final.items():
        versions = [v for v in bumps[lead_id] if v is not None]
        assert row.version == 1 + len(bumps[lead_id]), f"lead {lead_id}: a write was lost"
        assert len(versions) == len(set(versions)), f"lead {lead_id}: two writes overlapped"
        if lead_id in last_city:
            assert row.city == last_city[lead_id][1]  # the last successful edit is what stays
        if lead_id in last_company:  # only imports write the company here
            assert row.company == last_company[lead_id][1]

    # Interactions: each success is there, with its text.
    for r in records:
        if r[0] == "interaction":
            assert notes[r[2]] == r[3]

    # Stage history: a chain from creation to the final stage, one record per successful move.
    moves = Counter(r[1] for r in records if r[0] == "move")
    recorded_moves = {r[2]: (r[3], r[4]) for r in records if r[0] == "move"}
    for lead_id, row in final.items():
        chain = history[lead_id]
        assert chain[0].from_stage is None
        assert all(a.to_stage == b.from_stage for a, b in zip(chain, chain[1:], strict=False))
        assert chain[-1].to_stage == row.stage
        assert len(chain) - 1 == moves[lead_id]
        for change in chain[1:]:
            assert recorded_moves[change.id] == (change.from_stage, change.to_stage)

    # No lead duplicated, though several users imported the same emails at once.
    assert all(n == 1 for key, n in emails.items() if key)
