"""``leaddesk copy-db --to URL``: copy the whole database into an empty one (e.g. a server)."""

from __future__ import annotations

import argparse
import sys

HELP = "copy every table of the database (--db) into an EMPTY one (--to), all or nothing"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="the empty target: a PostgreSQL URL (postgresql+psycopg://user@host/db) or a "
        "SQLite file path; its password comes from PGPASSWORD or ~/.pgpass",
    )


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import resolve_url
    from leaddesk.core.progress import Progress
    from leaddesk.storage.backups.transfer import copy_database

    def show(done: int, total: int, message: str) -> None:
        print(f"\r{message}", end="", file=sys.stderr, flush=True)

    report = copy_database(resolve_url(args.db, args.demo), args.to, Progress(show))
    print(file=sys.stderr)
    for table, count in report.counts.items():
        print(f"{table}: {count}")
    print(f"copied {report.source} → {report.target}; the row counts match")
    return 0
