"""The ``leaddesk`` command: open the app, or run a task from the command line."""

from __future__ import annotations

import argparse
import copy
import os
import sys
from collections.abc import Sequence

from leaddesk import __version__
from leaddesk.clicmds import SUBCOMMANDS
from leaddesk.core.errors import LeadDeskError


def version_text(db: str | None = None, demo: bool = False) -> str:
    """The version, the database in use and the log folder (also in Help → About)."""
    from leaddesk.logs import log_dir
    from leaddesk.storage.locations import default_database_path

    database = db or str(default_database_path(demo=demo))
    return f"LeadDesk {__version__}\ndatabase: {database}\nlogs: {log_dir()}\n"


class VersionAction(argparse.Action):
    """``--version``: like argparse's, plus where the data and the logs are."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=kwargs.get("help")
        )  # type: ignore[arg-type]

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        db, demo = getattr(namespace, "db", None), getattr(namespace, "demo", False)
        sys.stdout.write(version_text(db, demo))
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leaddesk",
        description="LeadDesk: offline lead qualification for small sales teams. "
        "Without a command, opens the application window.",
    )
    parser.add_argument(
        "--version",
        action=VersionAction,
        help="show the version, the database path and the log folder, and exit",
    )
    # Suppressed defaults: a command's own default would overwrite what was given before
    # the command's name (`leaddesk --db X info`); the defaults are set once, below.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database to open: a SQLite file path or URL (sqlite:///path) or a PostgreSQL "
        "URL (postgresql+psycopg://user@host/db). Default: leaddesk.sqlite in your data folder.",
    )
    common.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="open a separate demo database filled with a realistic sample pipeline",
    )
    parser.add_argument(
        "--lang",
        choices=("en", "es", "it", "cs"),
        help="language of the window (default: the Preferences choice, else the system's)",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="light or dark look (default: the Preferences choice, else the system's)",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add LeadDesk to the Linux application menu (~/.local/share/applications) "
        "with its icon, then exit",
    )
    for action in common._actions:
        if action.dest != "help":
            parser._add_action(copy.copy(action))  # its own, so set_defaults leaves common's
    parser.set_defaults(db=None, demo=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in SUBCOMMANDS.items():
        module.add_arguments(sub.add_parser(name, help=module.HELP, parents=[common]))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command:
            return SUBCOMMANDS[args.command].run(args)
        if args.install_desktop_entry:
            from leaddesk.desktop import install_desktop_entry

            entry, icon = install_desktop_entry()
            print(f"Installed {entry}\nInstalled {icon}")
            return 0
        from leaddesk.app import resolve_url, run_gui

        saved = not args.db and not args.demo  # then Settings → Database decides
        url = resolve_url(args.db, args.demo)
        return run_gui(url, demo=args.demo, use_saved=saved, lang=args.lang, theme=args.theme)
    except LeadDeskError as err:
        print(f"leaddesk: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`leaddesk backup --list | head`): stop quietly, like Unix tools.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


def gui_main() -> int:
    """The windowed entry point (``leaddesk-gui``, the bundle's ``LeadDesk``).

    A windowed program on Windows has no console: ``sys.stdout`` is None and a print would
    raise. Output goes nowhere then (the log file still gets errors); the window is the same.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    return main()


if __name__ == "__main__":
    raise SystemExit(main())
