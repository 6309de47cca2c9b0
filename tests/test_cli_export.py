"""``leaddesk export``: the file, the filters, and the errors."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from leaddesk.cli import main
from leaddesk.core.sheet_columns import ID_HEADER
from leaddesk.core.stages import Stage


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    from leaddesk.app import open_workspace

    path = tmp_path / "cli.sqlite"
    ws = open_workspace(str(path), actor="tester")
    try:
        for first, owner, source in [
            ("Ana", "ana", "Referral"),
            ("Bo", "ana", "Social"),
            ("Cy", "tom", "Referral"),
        ]:
            lead = ws.leads.create_lead(
                {"first_name": first, "owner": owner, "source_channel": source}
            ).value
            if first == "Bo":
                ws.leads.move_lead(lead.id, Stage.MQL)
    finally:
        ws.close()
    return path


def names(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)["Leads"]
    return [r[1] for r in ws.iter_rows(min_row=2, values_only=True)]


def test_export_writes_every_lead(db_file, tmp_path, capsys) -> None:
    out = tmp_path / "all.xlsx"
    assert main(["export", str(out), "--db", str(db_file)]) == 0
    assert names(out) == ["Ana", "Bo", "Cy"]
    assert (
        f"Exported 3 leads, 0 interactions and 4 stage changes to {out}" in capsys.readouterr().out
    )


def test_export_filters_by_owner_source_and_stage(db_file, tmp_path) -> None:
    out = tmp_path / "f.xlsx"
    assert main(["export", str(out), "--db", str(db_file), "--owner", "ana"]) == 0
    assert names(out) == ["Ana", "Bo"]
    assert main(["export", str(out), "--db", str(db_file), "--source", "Referral"]) == 0
    assert names(out) == ["Ana", "Cy"]
    assert main(["export", str(out), "--db", str(db_file), "--stage", "MQL"]) == 0
    assert names(out) == ["Bo"]
    assert main(["export", str(out), "--db", str(db_file), "--filter", "cy"]) == 0
    assert names(out) == ["Cy"]


def test_export_to_csv_by_extension_or_option(db_file, tmp_path) -> None:
    out = tmp_path / "leads.csv"
    assert main(["export", str(out), "--db", str(db_file), "--campaign", ""]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["First name"] for r in rows] == ["Ana", "Bo", "Cy"] and ID_HEADER in rows[0]
    other = tmp_path / "leads.txt"
    assert main(["export", str(other), "--db", str(db_file), "--format", "csv"]) == 0
    assert other.read_text(encoding="utf-8-sig").startswith(ID_HEADER)


def test_unknown_stage_and_missing_folder_are_one_line_errors(db_file, tmp_path, capsys) -> None:
    assert main(["export", str(tmp_path / "x.xlsx"), "--db", str(db_file), "--stage", "won"]) == 2
    assert "'won' is not a stage" in capsys.readouterr().err
    missing = tmp_path / "nowhere" / "x.xlsx"
    assert main(["export", str(missing), "--db", str(db_file)]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err and not missing.exists()
