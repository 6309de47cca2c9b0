"""``leaddesk export FILE``: leads (all, or a filter) to a formatted .xlsx or a .csv."""

from __future__ import annotations

import argparse
import sys

HELP = "export leads with their interactions, stage history and funnel to .xlsx or .csv"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The file and the filter (the same quick filters as the board)."""
    parser.add_argument("file", metavar="FILE", help="the file to write: .xlsx, or .csv")
    parser.add_argument("--filter", metavar="TEXT", default="", help="words every lead matches")
    parser.add_argument(
        "--stage",
        metavar="STAGE",
        action="append",
        default=[],
        help="only leads in this stage (repeatable): Lead, MQL, SAL, SQL, Customer, Nurture, "
        "Disqualified",
    )
    parser.add_argument("--owner", metavar="O", default="", help="only leads owned by O")
    parser.add_argument("--source", metavar="S", default="", help="only leads from source S")
    parser.add_argument("--campaign", metavar="C", default="", help="only leads of campaign C")
    parser.add_argument(
        "--format",
        choices=("xlsx", "csv"),
        help="the file format (default: from the file name; .csv is CSV, else .xlsx)",
    )


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url
    from leaddesk.core.exporting.plan import ExportFormat, ExportScope, parse_stage
    from leaddesk.core.leads import LeadFilter
    from leaddesk.core.progress import Progress

    scope = ExportScope(
        lead_filter=LeadFilter(
            text=args.filter, owner=args.owner, source_channel=args.source, campaign=args.campaign
        ),
        stages=frozenset(parse_stage(s) for s in args.stage),
    )
    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        exporter = workspace.exporter
        fmt = ExportFormat(args.format) if args.format else None
        result = exporter.export(args.file, scope, fmt, Progress(_progress_line))
    finally:
        workspace.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"Exported {result.leads} leads, {result.interactions} interactions and "
        f"{result.stage_changes} stage changes to {result.path}"
    )
    return 0


def _progress_line(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{message} {100 * done // total}%", end="", file=sys.stderr, flush=True)
