"""``leaddesk info``: the database in use and how many leads it holds."""

from __future__ import annotations

import argparse

HELP = "show the database in use and how many leads it holds"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """No options beyond --db and --demo."""


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        print(f"database: {workspace.database_name}")
        print(f"leads: {workspace.leads.count_leads()}")
    finally:
        workspace.close()
    return 0
