"""Wires the qualification call's service onto a workspace."""

from __future__ import annotations

from typing import Any

from leaddesk.core.workspace import Workspace
from leaddesk.wiring.lazy import Lazy


def install(db: Any, workspace: Workspace) -> None:
    """``workspace.features["qualification"]``: calls over the workspace's own repositories.

    Built when the first call is logged, not at start-up.
    """

    def build() -> Any:
        from leaddesk.core.qualification_service import QualificationService

        return QualificationService(workspace.leads, workspace.leads.repo, workspace.settings)

    workspace.features["qualification"] = Lazy(build)
