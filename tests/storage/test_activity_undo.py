"""Undoing an activity import into leads that were already there: their scores follow."""

from __future__ import annotations

import csv
from pathlib import Path


def test_undo_rescores_the_leads_whose_activity_it_removed(workspace, tmp_path: Path) -> None:
    ana = workspace.leads.create_lead({"first_name": "Ana", "email": "ana@talleres.es"}).value
    path = tmp_path / "events.csv"
    with path.open("w", newline="") as fh:
        csv.writer(fh).writerows(
            [
                ["Email", "Date", "Event", "Page"],
                ["ana@talleres.es", "2026-03-01 10:00", "Demo request", "/demo"],
                ["ana@talleres.es", "2026-03-01 10:05", "Webinar", "/webinar"],
            ]
        )
    service = workspace.activity
    table = service.read(path)
    report = service.run_import(table, service.suggest_mapping(table))
    assert report.count("added") == 2
    assert workspace.leads.lead(ana.id).score > 0

    changes = service.undo_import(report.batch_id)

    assert workspace.leads.interactions(ana.id) == []
    assert workspace.leads.lead(ana.id).score == 0  # no activity left to score
    # the views showing Ana (her card, her timeline) hear that she changed
    assert ana.id in changes.interactions and ana.id in changes.touched_leads
