"""``leaddesk import-activity FILE``: email, form and web-analytics exports as interactions."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from leaddesk.clicmds.import_leads import read_mapping_option
from leaddesk.core.errors import ImportFileError

HELP = "import activity (email opens/clicks, form submissions, visits) as interactions"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the activity export (.csv .xlsx …)")
    parser.add_argument("--sheet", metavar="S", help="the sheet to read")
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='JSON (or a .json file): {"roles": {"Column": "email|lead_id|when|what|detail|'
        'campaign|opens|clicks|visits|forms|first_name|last_name|company|ignore"}, '
        '"values": {"Descargó whitepaper": ["form_conversion", "white_paper"]}, '
        '"fixed_kind": "form_conversion", "when": "2024-05-01"}; what is left out is guessed',
    )
    parser.add_argument(
        "--people",
        nargs=3,
        metavar=("PEOPLE_FILE", "KEY_COLUMN", "REF_COLUMN"),
        help="when FILE names people by the tool's own id (REF_COLUMN), look them up in "
        "PEOPLE_FILE (a members/contacts export) by its KEY_COLUMN, or by its row order with "
        "KEY_COLUMN '#row'",
    )
    parser.add_argument(
        "--create-missing",
        action="store_true",
        help="create a lead for a person who is not a lead yet (default: skip and report)",
    )
    parser.add_argument("--source-channel", default="", help="source channel of created leads")
    parser.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    parser.add_argument("--errors-dir", metavar="DIR", help="where to write the rejected rows")


def _mapping_json(value: str, file_name: str) -> dict:
    chosen = read_mapping_option(value, file_name)
    if not isinstance(chosen, dict):
        raise ImportFileError("--mapping must be a JSON object", file=file_name)
    return chosen


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        service = workspace.activity
        table = service.read(Path(args.file), args.sheet)
        if args.mapping:
            mapping = service.mapping_from_json(table, _mapping_json(args.mapping, table.file_name))
        else:
            mapping = service.suggest_mapping(table)
        if args.people:
            people_file, key_column, ref_column = args.people
            mapping = service.with_people(mapping, people_file, key_column, ref_column)
        roles = ", ".join(
            f"{h} → {r.value}"
            for h, r in zip(mapping.headers, mapping.roles, strict=True)
            if r.value != "ignore"
        )
        print(f"file: {table.file_name}; columns: {roles}")
        if mapping.fixed_kind:
            print(f"every row is: {mapping.fixed_kind.value}")
        if args.dry_run:
            report = service.dry_run(table, mapping, create_missing=args.create_missing)
        else:
            folder = Path(args.errors_dir) if args.errors_dir else Path(args.file).parent
            error_path = new_error_path(folder, Path(args.file).stem)
            report = service.run_import(
                table,
                mapping,
                create_missing=args.create_missing,
                source_channel=args.source_channel.strip(),
                error_path=error_path,
            )
            print(f"import batch: {report.batch_id}")
        print(report.summary())
        for problem in report.problems[:20]:
            print(f"  row {problem.row}: {problem.message}")
        if len(report.problems) > 20:
            print(f"  … and {len(report.problems) - 20} more")
        if report.error_workbook is not None:
            print(f"rejected rows written to: {report.error_workbook}")
    finally:
        workspace.close()
    return 0


def new_error_path(folder: Path, stem: str) -> Path:
    """A new workbook per run, named like the wizard's, so earlier rejected rows are kept."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"{stem}-rejected-{stamp}.xlsx"
    number = 2
    while path.exists():  # two runs within one second
        path = folder / f"{stem}-rejected-{stamp}-{number}.xlsx"
        number += 1
    return path
