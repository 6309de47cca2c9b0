"""What the import needs of storage: a store that begins an import (all or nothing) and
the writer that puts its chunks into the database."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from leaddesk.core.importing.duplicates import LeadUpdate, MatchIndex
from leaddesk.core.importing.rows import RowProblem
from leaddesk.core.leads import ImportBatch
from leaddesk.core.stages import Stage


class SinceImport(StrEnum):
    """What happened to an imported lead after the import, so that its undo keeps it."""

    EDITED = "edited"
    MOVED = "moved"
    CALL = "call"  # a call or a call attempt was logged
    INTERACTION = "interaction"  # a note, an email … was logged


class ImportWriter(Protocol):
    """One open import transaction."""

    def match_index(self) -> MatchIndex: ...

    def current_values(self, lead_ids: list[int]) -> dict[int, dict[str, Any]]:
        """Lead fields (and ``custom`` and ``version``) of stored leads, by id."""
        ...

    def read_back(
        self, new: Sequence[Mapping[str, Any]], fields: Collection[str]
    ) -> tuple[dict[str, list[Any]], list[dict[str, Any]] | None] | None:
        """The ``fields`` of leads about to be written as the database will give them back
        (standard ones by name; each lead's custom fields when a ``custom.`` one is asked
        for), or None when that is not certain."""
        ...

    def write(self, new: list[dict[str, Any]], updates: list[LeadUpdate]) -> list[int]:
        """Insert and update one chunk; returns the ids of the created leads."""
        ...

    def finish(self, counts: Mapping[str, int]) -> int:
        """Record the counts on the batch; returns its id. Commits on leaving the block."""
        ...


class ImportStore(Protocol):
    def match_index(self) -> MatchIndex: ...

    def current_values(self, lead_ids: list[int]) -> dict[int, dict[str, Any]]: ...

    def begin_import(
        self,
        file_name: str,
        mapping: Mapping[str, str],
        at: datetime,
        actor: str,
        stage: Stage,
        *,
        expected_rows: int = 0,
    ) -> AbstractContextManager[ImportWriter]:
        """One transaction; ``expected_rows`` (the file's, when known) lets a big import
        prepare the tables for a bulk load inside it."""
        ...

    def undo_import(
        self, batch_id: int, at: datetime
    ) -> tuple[list[int], list[int], Mapping[int, Collection[SinceImport]]]:
        """(removed ids, restored ids, kept ids with what happened to each since the import),
        in one transaction."""
        ...

    def refresh_versions(self, batch_id: int) -> None:
        """After rescoring: remember the leads' versions as the import left them."""
        ...

    def batches(self) -> list[ImportBatch]: ...

    def write_error_workbook(
        self, path: Path, headers: Sequence[str], problems: Sequence[RowProblem]
    ) -> Path: ...
