"""Importing last year's leads with their outcome: won → Customer, lost → Disqualified,
other stages kept, and Suggest learns from them."""

from __future__ import annotations

import csv
from pathlib import Path

from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
from leaddesk.core.scoring.suggestion import suggest
from leaddesk.core.stages import Stage


def import_csv(workspace, path: Path, rows: list[list[str]], tmp_path: Path, **options):
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    service = workspace.importer
    table = service.read(path)
    mapping = service.suggest_mapping(table)
    return service.run_import(table, mapping, ImportOptions(**options), error_dir=tmp_path)


def test_outcomes_put_new_leads_in_their_stage_with_a_history_entry(
    workspace, tmp_path: Path
) -> None:
    result = import_csv(
        workspace,
        tmp_path / "last year.csv",
        [
            ["Email", "Lifecycle stage"],
            ["won@a.es", "Closed Won"],
            ["lost@a.es", "Perdido"],
            ["mql@a.es", "MQL"],
            ["odd@a.es", "Maybe later"],
            ["blank@a.es", "Select"],
        ],
        tmp_path,
    )
    assert result.created == 5
    stages = {lead.email: lead.stage for lead in workspace.leads.repo.iter_leads()}
    assert stages == {
        "won@a.es": Stage.CUSTOMER,
        "lost@a.es": Stage.DISQUALIFIED,
        "mql@a.es": Stage.MQL,
        "odd@a.es": Stage.LEAD,
        "blank@a.es": Stage.LEAD,
    }
    # the unknown value is reported, its lead kept; the placeholder is no problem
    (problem,) = result.report.problems
    assert (problem.row, problem.column, problem.kept) == (5, "Lifecycle stage", True)
    assert "'Maybe later' is no outcome or stage" in problem.message
    ids = {lead.email: lead.id for lead in workspace.leads.repo.iter_leads()}
    (change,) = workspace.leads.stage_history(ids["won@a.es"])
    assert change.to_stage is Stage.CUSTOMER
    assert change.reason == "imported; the stage from the column 'Lifecycle stage'"
    assert workspace.leads.stage_history(ids["odd@a.es"])[0].reason == "imported"
    assert Stage.CUSTOMER in result.changes.stages  # the board refreshes that column too


def test_a_stored_lead_keeps_its_stage(workspace, tmp_path: Path) -> None:
    workspace.leads.create_lead({"email": "ana@a.es", "first_name": "Ana"})
    rows = [["Email", "Won/Lost", "City"], ["ana@a.es", "Won", "Madrid"]]
    result = import_csv(
        workspace, tmp_path / "deals.csv", rows, tmp_path, on_duplicate=DuplicatePolicy.OVERWRITE
    )
    assert result.updated == 1
    (lead,) = workspace.leads.repo.iter_leads()
    assert (lead.stage, lead.city) == (Stage.LEAD, "Madrid")


def test_x_education_converted_column_teaches_suggest(
    workspace, shared_data: Path, tmp_path: Path
) -> None:
    service = workspace.importer
    table = service.read(shared_data / "xeducation_Lead_Scoring.csv")
    mapping = service.mapping_from_json(table, {"Prospect ID": "last_name"})
    assert mapping.as_dict()["Converted"] == "outcome"
    service.run_import(table, mapping, ImportOptions(), error_dir=tmp_path)
    stages = [lead.stage for lead in workspace.leads.repo.iter_leads()]
    assert stages.count(Stage.CUSTOMER) == 3561 and stages.count(Stage.DISQUALIFIED) == 5679
    snapshot = workspace.scoring.snapshot()
    assert len(snapshot.outcomes) == 9240 and sum(snapshot.outcomes.values()) == 3561
    result = suggest(snapshot, workspace.scoring.rules(), max_rules=8)
    assert 1 <= len(result.rules.rules) <= 8 and result.holdout.auc > 0.8
