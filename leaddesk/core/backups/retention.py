"""Backups as values: what a backup is, how it is named, and which ones are kept.

Pure rules, no files: storage makes and deletes the files, the UI lists them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from leaddesk.core.errors import LeadDeskError

if TYPE_CHECKING:  # for the Backups protocol only: opening a database stays light
    from leaddesk.core.backups.dbcheck import CheckReport
    from leaddesk.core.leads import Lead
    from leaddesk.core.progress import Progress

SUFFIX = ".sqlite"
_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6})(?P<ms>\d{3})Z-(?P<reason>[a-z0-9-]+)\.sqlite$"
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class BackupError(LeadDeskError):
    """A backup could not be made, read or restored; the message says what and where."""


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many backups to keep: the newest few, one a day, one a week (Anki's rule)."""

    keep_last: int = 10
    daily_days: int = 7
    weekly_weeks: int = 4

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> RetentionPolicy:
        """A policy from stored settings; unknown keys are ignored, bad values refused."""
        default = cls()
        found: dict[str, int] = {}
        for name in ("keep_last", "daily_days", "weekly_weeks"):
            value = (values or {}).get(name, getattr(default, name))
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise BackupError(f"Backups: {name} must be a whole number ≥ 0, not {value!r}.")
            found[name] = value
        if found["keep_last"] < 1:
            raise BackupError("Backups: keep at least the newest backup (keep_last ≥ 1).")
        return cls(**found)

    def to_mapping(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file as the Backups dialog lists it."""

    path: Path
    created_at: datetime  # aware, UTC
    reason: str
    size: int
    lead_count: int | None  # None when the file cannot be read


def slug(reason: str) -> str:
    """A reason as it appears in a file name: lower-case words joined by dashes."""
    return _NOT_SLUG.sub("-", reason.lower()).strip("-")[:40].strip("-") or "manual"


def backup_file_name(stem: str, at: datetime, reason: str) -> str:
    """``<database>-<UTC time to the millisecond>Z-<reason>.sqlite``: sorts by time."""
    at = at.astimezone(UTC)
    return f"{stem}-{at.strftime(_STAMP)}{at.microsecond // 1000:03d}Z-{slug(reason)}{SUFFIX}"


def parse_backup_file_name(name: str) -> tuple[str, datetime, str] | None:
    """(database stem, UTC time, reason) of a backup file name, or None if it is not one."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return match["stem"], at + timedelta(milliseconds=int(match["ms"])), match["reason"]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def backups_to_keep(
    stamps: Iterable[datetime], now: datetime, policy: RetentionPolicy = RetentionPolicy()
) -> set[datetime]:
    """The backup times to keep; every other backup may be deleted.

    Kept: the newest ``keep_last``; the newest of each of the last ``daily_days`` calendar
    days; the newest of each of the last ``weekly_weeks`` calendar weeks (Monday first).
    Days and weeks are those of the datetimes given, so pass local times for local days.
    Calendar buckets (not rolling windows) mean a backup, once the newest of its day or
    week, stays kept until its day or week falls out of the policy.
    """
    newest_first = sorted(set(stamps), reverse=True)
    keep = set(newest_first[: policy.keep_last])
    today, this_monday = now.date(), _monday(now.date())
    days_seen: set[date] = set()
    weeks_seen: set[date] = set()
    for at in newest_first:
        day, monday = at.date(), _monday(at.date())
        if (today - day).days < policy.daily_days and day not in days_seen:
            days_seen.add(day)
            keep.add(at)
        if (this_monday - monday).days < 7 * policy.weekly_weeks and monday not in weeks_seen:
            weeks_seen.add(monday)
            keep.add(at)
    return keep


class Backups(Protocol):
    """Backups, restore and Check database for the open database (``workspace.backups``)."""

    @property
    def supports_backups(self) -> bool: ...

    @property
    def folder(self) -> Path: ...

    @property
    def policy(self) -> RetentionPolicy: ...

    def set_folder(self, folder: Path | str | None) -> None: ...

    def set_policy(self, policy: RetentionPolicy) -> None: ...

    def backup_now(self, reason: str = "manual", progress: Progress = ...) -> Path | None:
        """A copy now (before a big change); None where the database has no file copies."""
        ...

    def list_backups(self) -> list[BackupInfo]: ...

    def restore(self, backup: Path, progress: Progress = ...) -> Path: ...

    def read_only_leads(self, backup: Path) -> list[Lead]: ...

    def check_database(self, progress: Progress = ...) -> CheckReport: ...
