"""``leaddesk rescore``: every lead rescored under the saved rules, moves reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaddesk.app import open_workspace
from leaddesk.cli import main
from leaddesk.core.scoring.engine import RULESET_SETTING, Rule, RulePart, RuleSet
from leaddesk.core.scoring.match import Operator
from leaddesk.core.stages import Stage


def test_rescore_applies_changed_rules_and_moves_leads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "leads.sqlite"
    workspace = open_workspace(str(path))
    ids = [
        workspace.leads.create_lead({"first_name": n, "job_title": "Owner"}).value.id
        for n in ("Ana", "Petr")
    ]
    assert workspace.leads.lead(ids[0]).stage is Stage.LEAD
    owner = Rule(
        "Owner", RulePart.FIT, 80, field="job_title", operator=Operator.EQUALS, value="owner"
    )
    # Written behind the service's back, as another copy of LeadDesk might.
    workspace.settings.set_setting(RULESET_SETTING, RuleSet(rules=(owner,)).to_json())
    workspace.close()

    assert main(["rescore", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "rescored 2 leads" in out and "2 changed score, 2 moved" in out

    workspace = open_workspace(str(path))
    try:
        lead = workspace.leads.lead(ids[0])
        assert (lead.score, lead.fit_grade, lead.stage) == (80, "A", Stage.MQL)
        assert workspace.leads.stage_history(ids[0])[-1].automatic
    finally:
        workspace.close()


def test_rescore_can_reset_to_the_default_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "leads.sqlite"
    assert main(["rescore", "--db", str(path), "--reset-rules", "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    workspace = open_workspace(str(path))
    try:
        assert workspace.settings.get_setting(RULESET_SETTING)["rules"]
    finally:
        workspace.close()
