"""An import is scored with the rest of the database as it is: rules that read activity."""

from __future__ import annotations

import csv
from pathlib import Path

from leaddesk.core.importing.options import ImportOptions
from leaddesk.core.leads import InteractionKind


def write_list(path: Path, count: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First name", "Last name", "Email", "Company"])
        for i in range(count):
            writer.writerow([f"Nia{i}", "Paz", f"nia{i}@paz.es", f"Paz {i % 40}"])
    return path


def test_a_large_import_is_scored_beside_leads_with_activity_a_rule_reads(
    workspace, tmp_path: Path
) -> None:
    """Most leads new (so the scoring reads whole tables) and none of them with the page
    visits the pricing-page rule reads: the import ends scored, not with an IndexError."""
    leads = workspace.leads
    ana = leads.create_lead({"first_name": "Ana", "email": "ana@ruiz.es"}).value
    leads.log_interaction(ana.id, InteractionKind.VISIT, "/pricing")
    scored_before = leads.lead(ana.id).engagement_score
    assert scored_before > 0
    service = workspace.importer
    table = service.read(write_list(tmp_path / "list.csv", 2_500))
    result = service.run_import(table, service.suggest_mapping(table), ImportOptions())
    assert result.created == 2_500
    assert workspace.scoring.stale_leads() == []
    assert leads.lead(ana.id).engagement_score == scored_before
