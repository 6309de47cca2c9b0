"""What the import wizard's pages read and call on the wizard: its state and its steps.

The pages depend on this, not on the wizard, so the wizard can build its pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from leaddesk.core.importing.mapping import ColumnMapping
from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.importing.service import ImportReport, ImportResult
from leaddesk.core.source_table import SourceTable
from leaddesk.ui.importing.command import ImportCommand


class ImportSession(Protocol):
    """The wizard as its pages see it (``ImportWizard`` is the one implementation)."""

    window_: Any
    importer: Any
    path: Path
    table: SourceTable | None
    report: ImportReport | None
    result: ImportResult | None
    command: ImportCommand | None
    error_dir: Path | None

    def load(self, sheet: str | None) -> None: ...

    def choose_encoding(self, encoding: str) -> None: ...

    def mapping(self) -> ColumnMapping: ...

    def options(self) -> ImportOptions: ...

    def imported(self, result: ImportResult) -> None: ...
