"""``leaddesk rescore``: rescore every lead under the saved rules (decay, rule changes)."""

from __future__ import annotations

import argparse
import sys
import time

HELP = "rescore every lead under the saved scoring rules (run daily so old activity fades)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reset-rules",
        action="store_true",
        help="replace the saved rules with LeadDesk's default rule set first",
    )
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url
    from leaddesk.core.progress import Progress

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        scoring = workspace.scoring
        previous = scoring.rules()
        if args.reset_rules:
            scoring.save_rules(scoring.reset_to_default())

        def report(done: int, total: int, message: str) -> None:
            if not args.quiet and message:
                print(f"[{done}/{total}] {message}", file=sys.stderr)

        started = time.perf_counter()
        changes = scoring.rescore_all(Progress(report), previous=previous)
        seconds = time.perf_counter() - started
        if not args.quiet:
            moved = len(changes.interactions)
            print(
                f"rescored {workspace.leads.count_leads()} leads in {seconds:.1f} s: "
                f"{len(changes.leads)} changed score, {moved} moved by the MQL threshold"
            )
    finally:
        workspace.close()
    return 0
