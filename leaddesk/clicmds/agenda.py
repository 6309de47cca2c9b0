"""``leaddesk agenda``: the day's queue — calls to make, follow-ups, MQLs waiting, meetings."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

HELP = "print the day's queue: calls to make, follow-ups due, MQLs waiting, meetings"


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from err


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user", metavar="NAME", default="", help="only this rep's day (default: everyone)"
    )
    parser.add_argument(
        "--date", metavar="D", type=_day, default=None, help="the day, YYYY-MM-DD (default: today)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--ics",
        metavar="FILE",
        default=None,
        help="also write the open follow-ups and meetings to an .ics calendar file",
    )


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url
    from leaddesk.core.agenda.report import day_json, day_text

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        day = workspace.agenda.day(args.user, args.date)
        if args.ics:
            count = workspace.agenda.export_calendar(Path(args.ics), args.user)
            print(f"{count} events written to {args.ics}", file=sys.stderr)
    finally:
        workspace.close()
    if args.json:
        json.dump(day_json(day), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(day_text(day))
    return 0
