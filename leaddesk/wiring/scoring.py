"""Wires lead scoring: the service, and the rescorer every lead write calls."""

from __future__ import annotations

from typing import Any

from leaddesk.core.scoring_service import ScoringService
from leaddesk.storage.scoring_store import SqlScoringStore


def install(db: Any, workspace: Any) -> None:
    """Put ``ScoringService`` at ``features["scoring"]`` and make it the leads' rescorer."""
    service = ScoringService(SqlScoringStore(db.session), workspace.settings, workspace.leads)
    workspace.features["scoring"] = service
    workspace.leads.rescorer = service
