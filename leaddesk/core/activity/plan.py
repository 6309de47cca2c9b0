"""An activity import's running state across chunks: new events, unknown people, counts."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from leaddesk.core.activity.events import Event, EventProblem
from leaddesk.core.activity.planner import EventPlanner
from leaddesk.core.activity.report import COUNT_KEYS

CHUNK_ROWS = 20_000


class ActivityPlan:
    """Running state across chunks: which events are new, which people are unknown."""

    def __init__(self, by_email: dict[str, int], ids: set[int], create_missing: bool) -> None:
        self.by_email = by_email
        self.ids = ids
        self.create_missing = create_missing
        self.seen: set[str] = set()
        self.people: dict[str, Mapping[str, str]] = {}  # unknown emails to create
        self.created: dict[str, int] = {}
        self.problems: list[EventProblem] = []
        self.counts = dict.fromkeys(COUNT_KEYS, 0)

    def take(self, planner: EventPlanner, rows: Sequence[tuple[int, Sequence[Any]]]) -> list[Event]:
        events: list[Event] = []
        counts, seen, by_email = self.counts, self.seen, self.by_email
        for number, cells in rows:
            counts["rows"] += 1
            for item in planner.row_events(number, cells):
                if item.__class__ is EventProblem:
                    counts["invalid"] += 1
                    self.problems.append(item)  # type: ignore[arg-type]
                    break
                assert isinstance(item, Event)
                if item.email not in by_email and not self._known(item, cells, planner):
                    break
                counts["events"] += 1
                if item.natural_key in seen:
                    counts["duplicates_in_file"] += 1
                    continue
                seen.add(item.natural_key)
                events.append(item)
        return events

    def _known(self, event: Event, cells: Sequence[Any], planner: EventPlanner) -> bool:
        if event.lead_id is not None:
            if event.lead_id in self.ids:
                return True
            reason = f"no lead has LeadDesk ID {event.lead_id}"
        elif event.email in self.by_email or event.email in self.people:
            return True
        elif self.create_missing:
            self.people[event.email] = planner.person(cells)
            self.counts["leads_created"] += 1
            return True
        else:
            reason = (
                f"no lead has the email {event.email}; choose 'create missing leads' to add them"
            )
        self.counts["unknown_person"] += 1
        self.problems.append(EventProblem(event.row, None, reason, tuple(cells)))
        return False

    def count_existing(
        self, events: list[Event], existing: Callable[[Sequence[str]], set[str]]
    ) -> list[Event]:
        stored = existing([e.natural_key for e in events]) if events else set()
        self.counts["already_imported"] += len(stored)
        fresh = [e for e in events if e.natural_key not in stored]
        self.counts["added"] += len(fresh)
        return fresh

    def pending_people(self) -> dict[str, Mapping[str, str]]:
        pending = {e: p for e, p in self.people.items() if e not in self.created}
        return pending

    def ids_for_new(self, created: Mapping[str, int]) -> None:
        self.created.update(created)
        self.by_email.update(created)

    def with_lead_ids(self, events: Sequence[Event]) -> list[tuple[int, Event]]:
        by_email = self.by_email
        return [(by_email[e.email] if e.lead_id is None else e.lead_id, e) for e in events]

    def result_counts(self) -> dict[str, int]:
        return dict(self.counts)


def chunked(
    rows: Iterator[tuple[int, Sequence[Any]]],
) -> Iterator[list[tuple[int, Sequence[Any]]]]:
    """The rows in lists of CHUNK_ROWS: one chunk at a time is planned and written."""
    while chunk := list(islice(rows, CHUNK_ROWS)):
        yield chunk
