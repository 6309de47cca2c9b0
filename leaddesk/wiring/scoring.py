"""Wires lead scoring: the service, and the rescorer every lead write calls."""

from __future__ import annotations

from typing import Any

from leaddesk.wiring.lazy import Lazy


def install(db: Any, workspace: Any) -> None:
    """Put ``ScoringService`` at ``features["scoring"]`` and make it the leads' rescorer.

    Built on first use (the first score, rescore or rules screen): it brings numpy along,
    which the window does not need to appear.
    """

    def build() -> Any:
        from leaddesk.core.scoring_service import ScoringService
        from leaddesk.storage.scoring_store import SqlScoringStore

        return ScoringService(SqlScoringStore(db.session), workspace.settings, workspace.leads)

    service = Lazy(build)
    workspace.features["scoring"] = service
    workspace.leads.rescorer = service
