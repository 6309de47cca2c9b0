"""Check database: SQLite's own checks, the product's invariants, and the safe repairs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, func, insert, select, update

from leaddesk.core.backups.dbcheck import (
    CheckReport,
    Finding,
    FindingKind,
    LeadStageFacts,
    history_findings,
    stage_after_repair,
)
from leaddesk.core.progress import NO_PROGRESS, Progress
from leaddesk.core.services import Rescorer
from leaddesk.storage.db import Database
from leaddesk.storage.models import LeadRow, StageChangeRow

LEADS = LeadRow.__table__
CHANGES = StageChangeRow.__table__
RESCORE_CHUNK = 1000
REPAIR_REASON = "Check database"


def sqlite_findings(db: Database) -> list[Finding]:
    """``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` as findings."""
    with db.engine.connect() as conn:
        verdict = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            detail = "; ".join(verdict[:5])
            return [
                Finding(
                    FindingKind.DAMAGED,
                    f"The database file is damaged ({detail}). Restore a backup.",
                )
            ]
        orphans = list(conn.exec_driver_sql("PRAGMA foreign_key_check"))
    return [
        Finding(
            FindingKind.FOREIGN_KEY,
            f"{table} row {rowid} points at a missing {parent} row.",
        )
        for table, rowid, parent, _fk in orphans
    ]


def stage_facts(db: Database) -> list[LeadStageFacts]:
    """Each lead's stage beside the to-stage of its last stage change (by time, then id)."""
    ranked = select(
        CHANGES.c.lead_id,
        CHANGES.c.to_stage,
        func.row_number()
        .over(partition_by=CHANGES.c.lead_id, order_by=(CHANGES.c.at.desc(), CHANGES.c.id.desc()))
        .label("rank"),
    ).subquery()
    query = (
        select(LEADS.c.id, LEADS.c.stage, ranked.c.to_stage)
        .outerjoin(ranked, and_(ranked.c.lead_id == LEADS.c.id, ranked.c.rank == 1))
        .order_by(LEADS.c.id)
    )
    with db.engine.connect() as conn:
        return [LeadStageFacts(i, stage, last) for i, stage, last in conn.execute(query)]


def repair_history(db: Database, findings: list[Finding], now: datetime) -> None:
    """Append corrective stage-change records (and fix unknown stages) in one transaction."""
    with db.engine.begin() as conn:
        for f in findings:
            lead_id = f.lead_id
            last_at = conn.scalar(
                select(func.max(CHANGES.c.at)).where(CHANGES.c.lead_id == lead_id)
            )
            at = max(now, last_at) if last_at is not None else now
            if f.kind is FindingKind.NO_HISTORY:
                created = conn.scalar(select(LEADS.c.created_at).where(LEADS.c.id == lead_id))
                _record(conn, lead_id, None, f.stage, created or now, "history was missing")
            elif f.kind is FindingKind.HISTORY_MISMATCH:
                _record(conn, lead_id, f.last_to_stage, f.stage, at, "history did not match")
            elif f.kind is FindingKind.UNKNOWN_STAGE:
                target = stage_after_repair(f)
                conn.execute(
                    update(LEADS)
                    .where(LEADS.c.id == lead_id)
                    .values(stage=target.value, version=LEADS.c.version + 1)
                )
                if f.last_to_stage != target.value:
                    _record(conn, lead_id, None, target.value, at, f"unknown stage {f.stage!r}")


def _record(
    conn: object, lead_id: int, from_stage: str | None, to_stage: str | None, at: datetime, why: str
) -> None:
    conn.execute(  # type: ignore[attr-defined]
        insert(CHANGES).values(
            lead_id=lead_id,
            from_stage=from_stage,
            to_stage=to_stage,
            at=at,
            reason=f"{REPAIR_REASON}: {why}",
            automatic=True,
            actor="",
            override=False,
        )
    )


def _scores(db: Database) -> dict[int, tuple[int, int, int, str]]:
    query = select(
        LEADS.c.id, LEADS.c.score, LEADS.c.fit_score, LEADS.c.engagement_score, LEADS.c.fit_grade
    ).where(LEADS.c.archived.is_(False))
    with db.engine.connect() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.execute(query)}  # type: ignore[misc]


def rescore_all(db: Database, rescorer: Rescorer, progress: Progress) -> int:
    """Recompute every active lead's score; returns how many were out of date."""
    before = _scores(db)
    ids = sorted(before)
    for start in range(0, len(ids), RESCORE_CHUNK):
        progress.update(start, len(ids), "Checking scores…")
        rescorer.rescore(ids[start : start + RESCORE_CHUNK])
    after = _scores(db)
    return sum(1 for lead_id, value in before.items() if after.get(lead_id) != value)


def _stale_ids(rescorer: Rescorer | None) -> list[int] | None:
    """The leads a scorer says are stale, or None when it cannot tell without rescoring."""
    finder = getattr(rescorer, "stale_leads", None)
    return None if finder is None else list(finder())


def check_and_repair(
    db: Database,
    *,
    rescorer: Rescorer | None,
    backup: Callable[[], Path | None],
    clock: Callable[[], datetime],
    progress: Progress = NO_PROGRESS,
) -> CheckReport:
    """Find problems, make a backup, repair the safe ones; report everything."""
    notes: list[str] = []
    progress.update(0, 3, "Checking the file…")
    if db.is_sqlite:
        findings = sqlite_findings(db)
        if findings and findings[0].kind is FindingKind.DAMAGED:
            return CheckReport(findings=tuple(findings), scores_checked=False)
    else:
        findings = []
        notes.append("On PostgreSQL the server checks its own files and keeps the backups.")
    progress.update(1, 3, "Checking stage history…")
    facts = stage_facts(db)
    history = history_findings(facts)
    findings += history
    repaired: list[Finding] = []
    made: Path | None = None
    # A scorer that can tell what is stale without writing spares the backup when all is
    # well (asked only of a sound history: it reads every lead's stage).
    stale_ids = None if history else _stale_ids(rescorer)
    if history or (rescorer is not None and stale_ids != []):
        made = backup()
        repair_history(db, history, clock())
        repaired += history
    refreshed = 0
    if rescorer is not None and stale_ids != []:
        progress.update(2, 3, "Checking scores…")
        # Scores age as activity fades: bringing them up to date is upkeep, not a repair.
        refreshed = rescore_all(db, rescorer, progress)
    return CheckReport(
        findings=tuple(findings),
        repaired=tuple(repaired),
        leads_checked=len(facts),
        scores_checked=rescorer is not None,
        backup=made,
        notes=tuple(notes),
        scores_refreshed=refreshed,
        file_checked=db.is_sqlite,
    )
