"""Export, edit the file as a user would, import it again: updates in place, no duplicates."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from leaddesk.core.exporting.plan import ExportScope
from leaddesk.core.importing.mapping import IGNORE, LEADDESK_ID
from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.leads import InteractionKind
from leaddesk.core.sheet_columns import ID_HEADER
from leaddesk.core.stages import Stage

PEOPLE = [
    ("Jana", "Novák", "jana@pekarna.cz", "+420 601 222 333", "petra"),
    ("Marco", "Rossi", "marco@forno.it", "+39 333 444 5555", "marco"),
    ("Lucía", "García", "lucia@talleres.es", "+34 600 111 222", "ana"),
    ("Tom", "Walker", "tom@harbour.co.uk", "+44 7700 900123", "tom"),
]


@pytest.fixture
def leads(workspace) -> dict[str, int]:
    ids = {}
    for first, last, email, phone, owner in PEOPLE:
        lead = workspace.leads.create_lead(
            {
                "first_name": first,
                "last_name": last,
                "email": email,
                "phone": phone,
                "owner": owner,
                "company_size": "40",
                "budget": "1500.50",
                "custom": {"region": "Morava" if first == "Jana" else "Sud"},
            }
        ).value
        ids[first] = lead.id
    workspace.leads.log_interaction(ids["Marco"], InteractionKind.VISIT, "/pricing")
    workspace.leads.move_lead(ids["Marco"], Stage.MQL)
    return ids


def edit_like_a_user(path: Path, ids: dict[str, int]) -> None:
    """Fix Jana's phone, give Tom to Marco, add two new people at the bottom."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Leads"]
    column = {cell.value: cell.column for cell in ws[1]}
    row_of = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(row_of[ids["Jana"]], column["Phone"]).value = "+420 777 123 456"
    ws.cell(row_of[ids["Tom"]], column["Owner"]).value = "marco"
    for first, email in (("Eliška", "eliska@brno.cz"), ("Hugo", "hugo@sol.es")):
        row = [None] * ws.max_column
        row[column["First name"] - 1] = first
        row[column["Email"] - 1] = email
        row[column["Owner"] - 1] = "ana"
        row[column["region"] - 1] = "Nord"
        ws.append(row)
    wb.save(path)


def test_edited_export_imports_as_updates_and_new_rows(workspace, leads, tmp_path) -> None:
    path = tmp_path / "pipeline.xlsx"
    workspace.exporter.export(path)
    edit_like_a_user(path, leads)
    importer = workspace.importer
    table = importer.read(path)
    mapping = importer.suggest_mapping(table)
    targets = mapping.as_dict()
    assert targets[ID_HEADER] == LEADDESK_ID
    assert targets["Stage"] == targets["Days in stage"] == targets["Last interaction"] == IGNORE

    dry = importer.dry_run(table, mapping, ImportOptions())
    expected = {
        "new": 2,
        "updated": 2,
        "duplicates_existing": 2,  # matched by id, nothing changed
        "duplicates_in_file": 0,
        "invalid": 0,
        "values_cleared": 0,
    }
    assert dict(dry.counts) == expected and not dry.problems
    assert workspace.leads.count_leads() == 4  # a dry run writes nothing

    result = importer.run_import(table, mapping, ImportOptions())
    assert dict(result.report.counts) == expected
    assert (result.created, result.updated) == (2, 2)
    assert workspace.leads.count_leads() == 6
    jana, tom = workspace.leads.lead(leads["Jana"]), workspace.leads.lead(leads["Tom"])
    assert jana.phone == "+420 777 123 456" and jana.custom == {"region": "Morava"}
    assert tom.owner == "marco" and tom.phone == "+44 7700 900123"
    marco = workspace.leads.lead(leads["Marco"])
    assert marco.stage is Stage.MQL and marco.custom == {"region": "Sud"}
    assert "Stage" not in marco.custom and "Score" not in marco.custom


def test_round_trip_leaves_no_duplicates_and_an_unchanged_file_changes_nothing(
    workspace, leads, tmp_path
) -> None:
    path = tmp_path / "pipeline.xlsx"
    exporter, importer = workspace.exporter, workspace.importer
    exporter.export(path)
    edit_like_a_user(path, leads)
    table = importer.read(path)
    importer.run_import(table, importer.suggest_mapping(table), ImportOptions())

    again = tmp_path / "again.xlsx"
    result = exporter.export(again, ExportScope())
    rows = list(openpyxl.load_workbook(again)["Leads"].iter_rows(min_row=2, values_only=True))
    emails = [r[3] for r in rows]
    assert result.leads == 6 and len(set(emails)) == 6
    assert {"eliska@brno.cz", "hugo@sol.es"} <= set(emails)

    table = importer.read(again)
    dry = importer.dry_run(table, importer.suggest_mapping(table), ImportOptions())
    assert dry.count("new") == dry.count("updated") == dry.count("invalid") == 0
    assert dry.count("duplicates_existing") == 6


def test_csv_round_trip_reads_escaped_cells_back(workspace, leads, tmp_path) -> None:
    """Phones start with '+', so the CSV holds them as '+…; importing it changes nothing."""
    path = tmp_path / "pipeline.csv"
    workspace.exporter.export(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        assert next(csv.DictReader(fh))["Phone"].startswith("'+")
    importer = workspace.importer
    table = importer.read(path)
    dry = importer.dry_run(table, importer.suggest_mapping(table), ImportOptions())
    assert dry.count("updated") == dry.count("new") == dry.count("invalid") == 0
    assert dry.count("duplicates_existing") == 4
