"""``leaddesk import FILE``: the wizard's engine from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from leaddesk.core.errors import ImportFileError

HELP = "import leads from a spreadsheet (.xlsx .xlsm .xls .ods .csv .tsv .txt .json)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the spreadsheet or CSV to import")
    parser.add_argument(
        "--sheet", metavar="S", help="the sheet to read (default: the one with the data)"
    )
    parser.add_argument(
        "--encoding",
        metavar="E",
        help="the text encoding of a .csv/.tsv/.txt file, e.g. utf-8, cp1252 (Western "
        "European), cp1250 (Central European), latin-1, iso-8859-2 (default: detected)",
    )
    parser.add_argument(
        "--mapping",
        metavar="JSON",
        help='columns to map, as JSON {"Column": "field"} (or a path to a .json file); fields: '
        "first_name last_name full_name email phone company job_title company_size industry "
        "country city website source_channel campaign budget owner email_status leaddesk_id is_company "
        "custom ignore. Columns left out are mapped automatically.",
    )
    parser.add_argument(
        "--on-duplicate",
        choices=["skip", "fill", "overwrite"],
        default="skip",
        help="a row matching a stored lead (by email, phone, or name + company): skip it, fill "
        "only the lead's empty fields, or overwrite them (default: skip)",
    )
    parser.add_argument(
        "--date-order",
        choices=["auto", "day_first", "month_first"],
        default="auto",
        help="how to read dates like 01/09/2008 (default: decided from each column's values, "
        "else in your locale's order: month first for en_US, day first elsewhere)",
    )
    parser.add_argument(
        "--source-channel", default="", help="stamp this source channel on every row"
    )
    parser.add_argument("--campaign", default="", help="stamp this campaign on every row")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the mapping, validate and count, and write the rejected rows' workbook; "
        "change nothing in the database",
    )
    parser.add_argument(
        "--show-mapping",
        action="store_true",
        help="print where each column would go, and why; read nothing else",
    )
    parser.add_argument(
        "--errors-dir",
        metavar="DIR",
        help="where to write the rejected rows (default: beside FILE)",
    )


def read_mapping_option(value: str, file_name: str) -> object:
    """``--mapping``: JSON text, or the path of a .json file holding it."""
    text = value
    if not value.lstrip().startswith("{") and Path(value).is_file():
        text = Path(value).read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except ValueError as err:
        raise ImportFileError(f"--mapping is not valid JSON ({err})", file=file_name) from None


def _mapping_json(value: str, file_name: str) -> dict[str, str]:
    chosen = read_mapping_option(value, file_name)
    if not isinstance(chosen, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in chosen.items()
    ):
        raise ImportFileError('--mapping must be a JSON object {"Column": "field"}', file=file_name)
    return chosen


def run(args: argparse.Namespace) -> int:
    from leaddesk.app import open_workspace, resolve_url
    from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
    from leaddesk.core.values import DateOrder

    workspace = open_workspace(resolve_url(args.db, args.demo), demo=args.demo)
    try:
        importer = workspace.importer
        table = importer.read(Path(args.file), args.sheet, args.encoding)
        if args.encoding and table.encoding is None:
            raise ImportFileError(
                "--encoding applies only to text files (.csv .tsv .txt)", file=table.file_name
            )
        if args.mapping:
            mapping = importer.mapping_from_json(
                table, _mapping_json(args.mapping, table.file_name)
            )
        else:
            mapping = importer.suggest_mapping(table)
        options = ImportOptions(
            on_duplicate=DuplicatePolicy(args.on_duplicate),
            date_order=DateOrder(args.date_order),
            locale_order=_locale_order(),
            source_channel=args.source_channel.strip(),
            campaign=args.campaign.strip(),
        )
        where = f" (sheet {table.sheet!r})" if table.sheet else ""
        read_as = f", encoding {table.encoding}" if table.encoding else ""
        header = (
            f"no header row, the column named {table.headers[0]!r}"
            if table.headerless
            else f"header on row {table.header_row}"
        )
        print(f"file: {table.file_name}{where}, {header}{read_as}")
        print_mapping(mapping)
        if args.show_mapping:
            return 0
        errors_dir = Path(args.errors_dir) if args.errors_dir else None
        if args.dry_run:
            report = importer.dry_run(table, mapping, options)
            workbook = importer.write_error_workbook(table, report, errors_dir)
        else:
            result = importer.run_import(table, mapping, options, error_dir=errors_dir)
            report, workbook = result.report, result.error_workbook
            print(f"import batch: {result.batch_id}")
        _print_report(report, workbook)
    finally:
        workspace.close()
    return 0


def _locale_order():
    """The user's locale (LC_ALL, LC_TIME, LANG) decides how ambiguous dates are read."""
    import os

    from leaddesk.core.values import locale_date_order

    name = os.environ.get("LC_ALL") or os.environ.get("LC_TIME") or os.environ.get("LANG", "")
    return locale_date_order(name)


def print_mapping(mapping) -> None:
    """Each column → its field, and why: the user checks this before importing."""
    from leaddesk.core.importing.mapping import TARGET_LABELS

    print("mapping:")
    width = max((len(h) for h in mapping.headers), default=0) + 2
    for index, (header, target) in enumerate(zip(mapping.headers, mapping.targets, strict=True)):
        reason = mapping.reason(index)
        why = f"  ({reason})" if reason is not None else ""
        label = TARGET_LABELS.get(target, target)
        print(f"  {repr(header):<{width}} → {target} [{label}]{why}")
    for header in mapping.sensitive:
        print(f"warning: column {header!r} looks sensitive and is not imported; map it with "
              "--mapping to keep it")  # fmt: skip


def _print_report(report, workbook: Path | None) -> None:
    labels = {
        "new": "new leads",
        "updated": "updated leads",
        "duplicates_existing": "duplicates of stored leads (unchanged)",
        "duplicates_in_file": "duplicates within the file",
        "invalid": "invalid rows",
        "values_cleared": "values left empty, the lead imported (see the error workbook)",
    }
    print(f"rows read: {report.rows_read}")
    for key, label in labels.items():
        print(f"{label}: {report.count(key)}")
    for header, order in report.date_orders.items():
        print(f"dates in {header!r} read {order.value.replace('_', ' ')}")
    for problem in report.problems[:20]:
        print(f"  {problem.message}", file=sys.stdout)
    if len(report.problems) > 20:
        print(f"  … and {len(report.problems) - 20} more")
    if workbook is not None and report.dry_run:
        print(f"the rows an import would reject were written to: {workbook}")
    elif workbook is not None:
        print(f"rejected rows were written to: {workbook}")
