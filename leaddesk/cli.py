"""The ``leaddesk`` command: open the app, or run a task from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from leaddesk import __version__
from leaddesk.core.errors import LeadDeskError

#: Subcommands: name → (add its arguments, run it). Each room registers its own.
Subcommand = tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]


def _info_args(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults()


def _info(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    print(f"database: {workspace.database_name}")
    print(f"leads: {workspace.leads.count_leads()}")
    workspace.close()
    return 0


SUBCOMMANDS: dict[str, tuple[str, Subcommand]] = {
    "info": ("show the database in use and how many leads it holds", (_info_args, _info)),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leaddesk",
        description="LeadDesk: offline lead qualification for small sales teams. "
        "Without a command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"LeadDesk {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        help="database to open: a SQLite file path or URL (sqlite:///path) or a PostgreSQL "
        "URL (postgresql+psycopg://user@host/db). Default: leaddesk.sqlite in your data folder.",
    )
    common.add_argument(
        "--demo",
        action="store_true",
        help="open a separate demo database filled with a realistic sample pipeline",
    )
    for action in common._actions:
        if action.dest != "help":
            parser._add_action(action)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (help_text, (add_args, _run)) in SUBCOMMANDS.items():
        add_args(sub.add_parser(name, help=help_text, parents=[common]))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command:
            return SUBCOMMANDS[args.command][1][1](args)
        from leaddesk.app import resolve_url, run_gui

        return run_gui(resolve_url(args.db, args.demo), demo=args.demo)
    except LeadDeskError as err:
        print(f"leaddesk: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
