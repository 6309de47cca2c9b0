"""Wires lead scoring: the service, which every lead write also calls to rescore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.scoring.service import ScoringService


def build(db: Database, workspace: Workspace) -> ScoringService:
    """The ScoringService, built on first use (the first score, rescore or rules screen).

    It brings numpy along, which the window does not need to appear.
    """
    from leaddesk.core.scoring.service import ScoringService
    from leaddesk.storage.repositories.scoring import SqlScoringStore

    return ScoringService(SqlScoringStore(db.session), workspace.settings, workspace.leads)
