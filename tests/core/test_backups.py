"""Which backups are kept: the retention policy over a simulated month, and file names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from leaddesk.core.backups.retention import (
    BackupError,
    RetentionPolicy,
    backup_file_name,
    backups_to_keep,
    parse_backup_file_name,
)


def every_two_hours(start: datetime, end: datetime) -> list[datetime]:
    stamps, at = [], start
    while at <= end:
        stamps.append(at)
        at += timedelta(hours=2)
    return stamps


def test_a_month_of_backups_keeps_last_ten_daily_and_weekly() -> None:
    """Backups every 2 hours from 24 Feb to Tue 31 Mar 22:00, pruned after each one."""
    start = datetime(2026, 2, 24, 0, 0, tzinfo=UTC)
    now = datetime(2026, 3, 31, 22, 0, tzinfo=UTC)
    kept: set[datetime] = set()
    for at in every_two_hours(start, now):
        kept = backups_to_keep(kept | {at}, at)
    last_ten = {datetime(2026, 3, 31, h, 0, tzinfo=UTC) for h in range(4, 24, 2)}
    daily = {datetime(2026, 3, d, 22, 0, tzinfo=UTC) for d in range(25, 31)}  # 25–30 Mar
    weekly = {  # newest of the weeks starting Mon 23 Mar (= 29 Mar), 16 Mar and 9 Mar
        datetime(2026, 3, 29, 22, 0, tzinfo=UTC),
        datetime(2026, 3, 22, 22, 0, tzinfo=UTC),
        datetime(2026, 3, 15, 22, 0, tzinfo=UTC),
    }
    assert kept == last_ten | daily | weekly
    assert len(kept) == 18
    # Pruning step by step keeps exactly what one pass over everything would keep.
    assert kept == backups_to_keep(every_two_hours(start, now), now)


def test_nothing_older_than_the_weeks_survives() -> None:
    now = datetime(2026, 3, 31, 12, tzinfo=UTC)
    old = now - timedelta(days=40)
    recent = [now - timedelta(minutes=m) for m in range(10)]
    assert old not in backups_to_keep([old, *recent], now)


def test_few_backups_are_all_kept() -> None:
    now = datetime(2026, 3, 31, 12, tzinfo=UTC)
    stamps = [now - timedelta(days=d) for d in (0, 3, 9, 20)]
    assert backups_to_keep(stamps, now) == set(stamps)


def test_policy_is_configurable() -> None:
    now = datetime(2026, 3, 31, 22, tzinfo=UTC)
    stamps = every_two_hours(datetime(2026, 3, 1, tzinfo=UTC), now)
    policy = RetentionPolicy(keep_last=3, daily_days=2, weekly_weeks=0)
    kept = backups_to_keep(stamps, now, policy)
    assert kept == {
        datetime(2026, 3, 31, 18, tzinfo=UTC),
        datetime(2026, 3, 31, 20, tzinfo=UTC),
        datetime(2026, 3, 31, 22, tzinfo=UTC),
        datetime(2026, 3, 30, 22, tzinfo=UTC),
    }


def test_policy_from_settings_refuses_nonsense() -> None:
    assert RetentionPolicy.from_mapping({"keep_last": 5, "folder": "/x"}) == RetentionPolicy(
        keep_last=5
    )
    assert RetentionPolicy.from_mapping(None) == RetentionPolicy()
    with pytest.raises(BackupError, match="daily_days"):
        RetentionPolicy.from_mapping({"daily_days": -1})
    with pytest.raises(BackupError, match="keep at least"):
        RetentionPolicy.from_mapping({"keep_last": 0})


def test_file_name_round_trips_to_the_millisecond() -> None:
    at = datetime(2026, 3, 2, 9, 30, 5, 123456, tzinfo=UTC)
    name = backup_file_name("my-leads", at, "Before Import: list.xlsx")
    assert name == "my-leads-20260302T093005123Z-before-import-list-xlsx.sqlite"
    stem, parsed, reason = parse_backup_file_name(name)
    assert (stem, reason) == ("my-leads", "before-import-list-xlsx")
    assert parsed == at.replace(microsecond=123000)
    assert parse_backup_file_name("my-leads.sqlite") is None
    assert parse_backup_file_name("x-20261399T000000000Z-auto.sqlite") is None
