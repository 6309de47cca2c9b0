"""``leaddesk import`` into a database whose other leads have activity a rule reads."""

from __future__ import annotations

import json
from pathlib import Path

from leaddesk.cli import main


def test_import_of_the_olist_leads_into_the_demo_scores_them_and_exits_0(
    shared_data: Path, tmp_path: Path, capsys
) -> None:
    """The demo's leads have page visits (read by the pricing-page rule), the new ones none:
    rescoring the import once failed with an IndexError after the leads were committed."""
    from leaddesk.app import open_workspace, resolve_url

    source = shared_data / "olist_marketing_qualified_leads_semicolon_bom_variant.csv"
    mapping = json.dumps({"mql_id": "full_name"})
    args = ["import", str(source), "--demo", "--mapping", mapping, "--errors-dir", str(tmp_path)]
    assert main(args) == 0
    assert "new leads: 8000" in capsys.readouterr().out
    workspace = open_workspace(resolve_url(None, True), demo=True)
    try:
        assert workspace.scoring.stale_leads() == []  # every lead scored
        assert len(workspace.importer.batches()) == 1
    finally:
        workspace.close()
