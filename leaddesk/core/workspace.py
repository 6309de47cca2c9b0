"""Everything the UI may use, wired by ``app.py``: services over one open database."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from leaddesk.core.ports import SettingsRepository
from leaddesk.core.services import LeadService


@dataclass
class Workspace:
    """One open database and the services over it. The UI's door to the domain."""

    leads: LeadService
    settings: SettingsRepository
    database_name: str
    is_sqlite: bool = True
    actor: str = ""
    #: feature services added by later rooms (scoring, importing, exporting, reports, backups)
    features: dict[str, Any] = field(default_factory=dict)
    close: Callable[[], None] = lambda: None
