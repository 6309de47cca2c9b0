"""Builds the Workspace's services over an open database: one module per feature.

Like ``app.py`` these modules see every layer. :class:`SqlServices` is the workspace's
:class:`~leaddesk.core.workspace.ServiceFactory`; each feature module has
``build(db, workspace)``, called the first time the workspace's attribute is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.core.workspace import Workspace
from leaddesk.storage.db import Database
from leaddesk.wiring import (
    activity,
    agenda,
    backups,
    exporting,
    importing,
    qualification,
    reports,
    scoring,
    team,
)
from leaddesk.wiring.lazy import Lazy

if TYPE_CHECKING:
    from leaddesk.core.activity.service import ActivityImportService
    from leaddesk.core.agenda.service import AgendaService
    from leaddesk.core.backups.retention import Backups
    from leaddesk.core.exporting.plan import LeadExporter
    from leaddesk.core.importing.service import ImportService
    from leaddesk.core.qualification.service import QualificationService
    from leaddesk.core.reports.service import ReportService
    from leaddesk.core.scoring.service import ScoringService
    from leaddesk.core.team.service import TeamService


class SqlServices:
    """The feature services over one open SQLAlchemy database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def backups(self, workspace: Workspace) -> Backups:
        return backups.build(self.db, workspace)

    def scoring(self, workspace: Workspace) -> ScoringService:
        return scoring.build(self.db, workspace)

    def importer(self, workspace: Workspace) -> ImportService:
        return importing.build(self.db, workspace)

    def activity(self, workspace: Workspace) -> ActivityImportService:
        return activity.build(self.db, workspace)

    def exporter(self, workspace: Workspace) -> LeadExporter:
        return exporting.build(self.db, workspace)

    def qualification(self, workspace: Workspace) -> QualificationService:
        return qualification.build(self.db, workspace)

    def reports(self, workspace: Workspace) -> ReportService:
        return reports.build(self.db, workspace)

    def team(self, workspace: Workspace) -> TeamService:
        return team.build(self.db, workspace)

    def agenda(self, workspace: Workspace) -> AgendaService:
        return agenda.build(self.db, workspace)


def wire(db: Database, workspace: Workspace) -> None:
    """What must hold from the start: every lead write rescores; server errors are typed."""
    team.prepare(db)
    # Scoring is built on the first write that needs it, not at start-up (numpy).
    workspace.leads.rescorer = Lazy(lambda: workspace.scoring)
