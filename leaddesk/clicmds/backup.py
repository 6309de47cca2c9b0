"""``leaddesk backup``: back up the database now, or list its backups."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "back up the database now (SQLite's online backup API), or list the backups"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--list", action="store_true", help="list this database's backups instead of making one"
    )
    parser.add_argument(
        "--folder",
        type=Path,
        metavar="DIR",
        help="keep backups in DIR from now on (remembered in the database's settings)",
    )

    for flag, what in (
        ("--keep-last", "keep the newest N backups (default 10)"),
        ("--daily-days", "keep one backup a day for N days (default 7)"),
        ("--weekly-weeks", "keep one backup a week for N weeks (default 4)"),
    ):
        parser.add_argument(flag, type=int, metavar="N", help=f"{what}; remembered")


def _update_policy(service: object, args: argparse.Namespace) -> None:
    from leaddesk.core.backups.retention import RetentionPolicy

    changes = {
        name: getattr(args, name)
        for name in ("keep_last", "daily_days", "weekly_weeks")
        if getattr(args, name) is not None
    }
    if changes:
        policy = RetentionPolicy.from_mapping({**service.policy.to_mapping(), **changes})  # type: ignore[attr-defined]
        service.set_policy(policy)  # type: ignore[attr-defined]


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url
    from leaddesk.core.backups.retention import BackupError

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        service = workspace.backups
        if not service.supports_backups:
            raise BackupError(
                "backups of a PostgreSQL database are the server's business (pg_dump); "
                "use `leaddesk export` to keep a copy of your leads."
            )
        if args.folder is not None:
            service.set_folder(args.folder)
        _update_policy(service, args)
        if args.list:
            print(f"folder: {service.folder}")
            for info in service.list_backups():
                leads = "?" if info.lead_count is None else info.lead_count
                print(
                    f"{info.created_at.astimezone():%Y-%m-%d %H:%M:%S}  {info.reason:<24} "
                    f"{info.size:>12} bytes  {leads:>7} leads  {info.path}"
                )
            return 0
        made = service.backup_now("manual")
        print(f"backup: {made}")
    finally:
        workspace.close()
    return 0
