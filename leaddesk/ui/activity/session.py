"""What the activity wizard's pages read and call on the wizard.

The pages depend on this, not on the wizard, so the wizard can build its pages.
"""

from __future__ import annotations

from typing import Any, Protocol

from leaddesk.core.activity.mapping import ActivityMapping
from leaddesk.core.source_table import SourceTable


class MappingStep(Protocol):
    """A page that adds its part to the mapping."""

    def apply(self, mapping: ActivityMapping) -> ActivityMapping: ...


class ActivitySession(Protocol):
    """The wizard as its pages see it (``ActivityWizard`` is the one implementation)."""

    window_: Any
    service: Any
    table: SourceTable
    mapping: ActivityMapping
    report: Any
    task: Any
    columns_page: MappingStep

    def current_mapping(self) -> ActivityMapping: ...
