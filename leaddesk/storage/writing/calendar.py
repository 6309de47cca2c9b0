"""Follow-ups and meetings out to an iCalendar (.ics) file, with the ``icalendar`` library.

Each item is one event whose UID is made of the database's calendar id and the item's id, so
importing a newer export updates the events instead of adding them twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from leaddesk.core.agenda.values import FollowUp, FollowUpKind

MEETING_LENGTH = timedelta(hours=1)


def event_uid(calendar_id: str, item: FollowUp) -> str:
    return f"{item.kind.value}-{item.id}-{calendar_id}@leaddesk"


def _event(item: FollowUp, calendar_id: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(calendar_id, item))
    event.add("dtstamp", now)
    who = item.lead_name + (f" ({item.company})" if item.company else "")
    event.add("summary", f"{item.what} — {who}" if who else item.what)
    if item.kind is FollowUpKind.MEETING and item.at is not None:
        event.add("dtstart", item.at)
        event.add("dtend", item.at + MEETING_LENGTH)
    else:  # a follow-up is for a day, not an hour
        event.add("dtstart", item.due_on)
        event.add("dtend", item.due_on + timedelta(days=1))
    if item.content:
        event.add("description", item.content)
    event.add("categories", [item.kind.value.replace("_", "-")])
    return event


def write_calendar(path: Path, items: Sequence[FollowUp], calendar_id: str, now: datetime) -> int:
    """Write ``items`` as events to ``path`` (replaced whole); returns how many."""
    calendar = Calendar()
    calendar.add("prodid", "-//LeadDesk//Agenda//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "LeadDesk")
    for item in items:
        calendar.add_component(_event(item, calendar_id, now))
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(calendar.to_ical())
    temporary.replace(path)
    return len(items)
