"""Wires the qualification call's service onto a workspace."""

from __future__ import annotations

from typing import Any

from leaddesk.core.qualification_service import QualificationService
from leaddesk.core.workspace import Workspace


def install(db: Any, workspace: Workspace) -> None:
    """``workspace.features["qualification"]``: calls over the workspace's own repositories."""
    workspace.features["qualification"] = QualificationService(
        workspace.leads, workspace.leads.repo, workspace.settings
    )
