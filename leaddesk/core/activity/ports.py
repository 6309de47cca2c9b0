"""What the activity import needs from storage: the Protocols its repository implements."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Protocol

from leaddesk.core.activity.events import Event


class ActivityTransaction(Protocol):
    batch_id: int
    touched: set[int]

    def existing_keys(self, keys: Sequence[str]) -> set[str]:
        """Those of ``keys`` stored before this import began (it never repeats its own)."""
        ...

    def create_leads(
        self, people: Mapping[str, Mapping[str, str]], source_channel: str
    ) -> dict[str, int]: ...

    def insert_events(self, events: Sequence[tuple[int, Event]]) -> int: ...

    def finish(self, counts: Mapping[str, int], mapping: Mapping[str, Any]) -> bool: ...


class ActivityStore(Protocol):
    def lead_index(self) -> tuple[dict[str, int], set[int]]: ...

    def existing_keys(self, keys: Sequence[str]) -> set[str]: ...

    def stages(self, lead_ids: Sequence[int]) -> dict[int, str]: ...

    def transaction(
        self, file_name: str, at: datetime, actor: str
    ) -> AbstractContextManager[ActivityTransaction]: ...

    def undo(self, batch_id: int, at: datetime) -> tuple[int, list[int], list[int]]: ...
