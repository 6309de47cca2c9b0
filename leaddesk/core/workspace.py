"""Everything the UI may use, wired by ``app.py``: services over one open database.

Like Anki's ``Collection`` (``col.sched``, ``col.decks``), the services are typed attributes:
``workspace.scoring``, ``workspace.importer``, ``workspace.backups`` … Most are built on first
use (a cached property), so that the window appears before numpy or the spreadsheet readers
are imported.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from leaddesk.core.ports import SettingsRepository
from leaddesk.core.services import LeadService

if TYPE_CHECKING:  # the feature services, imported when first used (start-up stays light)
    from leaddesk.core.activity.service import ActivityImportService
    from leaddesk.core.agenda.service import AgendaService
    from leaddesk.core.backups.retention import Backups
    from leaddesk.core.exporting.plan import LeadExporter
    from leaddesk.core.importing.service import ImportService
    from leaddesk.core.qualification.service import QualificationService
    from leaddesk.core.reports.service import ReportService
    from leaddesk.core.scoring.service import ScoringService
    from leaddesk.core.team.service import TeamService


class ServiceFactory(Protocol):
    """Builds each feature service over the open database (``leaddesk.wiring.SqlServices``)."""

    def backups(self, workspace: Workspace) -> Backups: ...
    def scoring(self, workspace: Workspace) -> ScoringService: ...
    def importer(self, workspace: Workspace) -> ImportService: ...
    def activity(self, workspace: Workspace) -> ActivityImportService: ...
    def exporter(self, workspace: Workspace) -> LeadExporter: ...
    def qualification(self, workspace: Workspace) -> QualificationService: ...
    def reports(self, workspace: Workspace) -> ReportService: ...
    def team(self, workspace: Workspace) -> TeamService: ...
    def agenda(self, workspace: Workspace) -> AgendaService: ...


class Workspace:
    """One open database and the services over it. The UI's door to the domain."""

    def __init__(
        self,
        leads: LeadService,
        settings: SettingsRepository,
        database_name: str,
        is_sqlite: bool = True,
        actor: str = "",
        *,
        services: ServiceFactory | None = None,
        close: Callable[[], None] = lambda: None,
    ) -> None:
        """``services`` None: only ``leads`` and ``settings`` (a bare workspace for tests)."""
        self.leads = leads
        self.settings = settings
        self.database_name = database_name
        self.is_sqlite = is_sqlite
        self.actor = actor
        self.close = close
        self._services = services

    def _factory(self) -> ServiceFactory:
        if self._services is None:
            raise RuntimeError("this workspace was built without its feature services")
        return self._services

    @cached_property
    def backups(self) -> Backups:
        """Backups, restore and Check database (on a server, ``supports_backups`` is False)."""
        return self._factory().backups(self)

    @cached_property
    def scoring(self) -> ScoringService:
        """Rules, rescoring, explanations and suggestions; every lead write rescores through it."""
        return self._factory().scoring(self)

    @cached_property
    def importer(self) -> ImportService:
        """Lead lists in: read, map, test, import, undo."""
        return self._factory().importer(self)

    @cached_property
    def activity(self) -> ActivityImportService:
        """Activity files (email, forms, visits) in: interactions and their rescore."""
        return self._factory().activity(self)

    @cached_property
    def exporter(self) -> LeadExporter:
        """Leads, interactions and stage history out to .xlsx or .csv."""
        return self._factory().exporter(self)

    @cached_property
    def qualification(self) -> QualificationService:
        """The qualification call: start, record the outcome, undo, drafts."""
        return self._factory().qualification(self)

    @cached_property
    def reports(self) -> ReportService:
        """The funnel, timing and call reports, and their .xlsx export."""
        return self._factory().reports(self)

    @cached_property
    def team(self) -> TeamService:
        """Others' changes, connection checks and copying databases (``shared`` on a server)."""
        return self._factory().team(self)

    @cached_property
    def agenda(self) -> AgendaService:
        """Follow-ups and meetings, the day's queue (My day) and the hand-over limits."""
        return self._factory().agenda(self)
