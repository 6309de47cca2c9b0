"""``leaddesk restore FILE``: put a backup back (after backing up the current data)."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "replace the database's content with a backup; the current data is backed up first"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        service = workspace.backups
        safety = service.restore(args.file.expanduser())
        print(f"restored: {args.file}")
        print(f"the data before the restore is in: {safety}")
        print(f"leads: {workspace.leads.count_leads()}")
    finally:
        workspace.close()
    return 0
