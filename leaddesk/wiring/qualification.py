"""Wires the qualification call's service onto a workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database

if TYPE_CHECKING:
    from leaddesk.core.qualification.service import QualificationService


def build(db: Database, workspace: Workspace) -> QualificationService:
    """Calls over the workspace's own repositories; built when the first call is logged."""
    from leaddesk.core.qualification.service import QualificationService

    return QualificationService(workspace.leads, workspace.leads.repo, workspace.settings)
