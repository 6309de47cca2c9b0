"""Placeholders ('Select', '--', 'N/A' …) in an imported file are empty cells."""

from __future__ import annotations

import csv
from pathlib import Path

from leaddesk.core.importing.options import ImportOptions


def test_placeholder_cells_are_not_stored_nor_errors(workspace, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(
            [
                ["First name", "Last name", "Email", "Phone", "Country", "How did you hear"],
                ["Ana", "Ruiz", "N/A", "--", "Select", "-- Seleccione --"],
                ["Nan", "Lee", "nan@lee.com", "n/d", "Vyberte", "Friends"],
            ]
        )
    service = workspace.importer
    table = service.read(path)
    result = service.run_import(table, service.suggest_mapping(table), ImportOptions())
    assert result.report.problems == ()  # a placeholder is no bad email or phone
    assert result.created == 2
    leads = {lead.first_name: lead for lead in workspace.leads.repo.iter_leads()}
    ana, nan = leads["Ana"], leads["Nan"]  # 'Nan' in a name column is a name
    assert (ana.email, ana.phone, ana.country, dict(ana.custom)) == ("", "", "", {})
    assert nan.country == "" and nan.custom == {"How did you hear": "Friends"}


def test_x_education_select_is_never_a_stored_value(
    workspace, shared_data: Path, tmp_path: Path
) -> None:
    service = workspace.importer
    table = service.read(shared_data / "xeducation_Lead_Scoring.csv")
    assert any("Select" in row for row in table.preview)  # the file does hold them
    mapping = service.mapping_from_json(table, {"Prospect ID": "last_name"})
    result = service.run_import(table, mapping, ImportOptions(), error_dir=tmp_path)
    assert result.created == 9240
    stored = [
        value
        for lead in workspace.leads.repo.iter_leads()
        for value in (lead.city, lead.country, *lead.custom.values())
    ]
    assert stored and "Select" not in stored
    assert result.report.count("values_cleared") == 0  # placeholders are not reported


def test_a_country_column_keeps_namibia(workspace, tmp_path: Path) -> None:
    """'NA' is a placeholder elsewhere but Namibia's ISO code in a country column."""
    path = tmp_path / "countries.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(
            [
                ["First name", "Email", "Country", "Referral"],
                ["Amara", "amara@example.na", "NA", "NA"],
                ["Ben", "ben@example.de", "DE", "N/A"],
                ["Cleo", "cleo@example.es", "N/A", "Fair"],
            ]
        )
    service = workspace.importer
    table = service.read(path)
    mapping = service.suggest_mapping(table)
    assert mapping.as_dict()["Country"] == "country"
    service.run_import(table, mapping, ImportOptions())
    leads = {lead.first_name: lead for lead in workspace.leads.repo.iter_leads()}
    assert leads["Amara"].country == "NA" and "Referral" not in leads["Amara"].custom
    assert leads["Cleo"].country == ""
