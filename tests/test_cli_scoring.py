"""``leaddesk scoring suggest``: the learnt table, its hold-out AUC and the threshold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from leaddesk.app import open_workspace
from leaddesk.cli import main
from leaddesk.core.scoring.engine import RULESET_SETTING
from tests.core.test_scoring_xeducation import (
    LEAKING,
    insert_filled_after,
    insert_leads,
    read_leads,
)


@pytest.fixture
def xeducation_db(tmp_path: Path, shared_data: Path) -> Path:
    path = tmp_path / "leads.sqlite"
    workspace = open_workspace(str(path))
    try:
        insert_leads(
            workspace.scoring.store._session.kw["bind"],
            read_leads(shared_data / "xeducation_Lead_Scoring.csv"),
        )
    finally:
        workspace.close()
    return path


def test_suggest_prints_the_table_auc_and_threshold(
    xeducation_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    excluded = [f"custom.{c}" for c in LEAKING]
    assert main(["scoring", "suggest", "--db", str(xeducation_db), "--exclude", *excluded]) == 0
    out = capsys.readouterr().out
    assert "points   leads   conv.   lift  rule" in out
    assert "learnt from 6468 decided leads; on the other 2772:" in out
    assert "suggested rules ROC AUC 0.9" in out and "90 % band" in out
    assert "suggested MQL threshold" in out and "of the won" in out
    assert "Lead Quality" not in out and "Tags" not in out

    args = ["scoring", "suggest", "--db", str(xeducation_db), "--json", "--max-rules", "8"]
    assert main([*args, "--exclude", *excluded]) == 0
    report = json.loads(capsys.readouterr().out)
    assert 1 <= len(report["rules"]) <= 8
    for rule in report["rules"]:
        assert (rule["points"] > 0) == (rule["lift"] > 1), rule
    assert report["auc"] > 0.85 and report["flagged"] == []
    assert [o["threshold"] for o in report["thresholds"]] == sorted(
        (o["threshold"] for o in report["thresholds"]), reverse=True
    )


def test_suggest_flags_an_outcome_like_field_and_applies(
    xeducation_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scoring", "suggest", "--db", str(xeducation_db), "--apply"]) == 0
    captured = capsys.readouterr()
    assert "left out custom.Tags: alone separates won from lost" in captured.out
    assert "applied:" in captured.err
    workspace = open_workspace(str(xeducation_db))
    try:
        saved = workspace.settings.get_setting(RULESET_SETTING)
        assert 5 <= len(saved["rules"]) <= 25
        assert saved["mql_threshold"] != 60
    finally:
        workspace.close()


def test_suggest_shows_a_field_filled_after_the_outcome_and_keeps_it_on_request(
    xeducation_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = open_workspace(str(xeducation_db))
    try:
        insert_filled_after(workspace.scoring.store._session.kw["bind"], "Lead Quality")
    finally:
        workspace.close()
    assert main(["scoring", "suggest", "--db", str(xeducation_db)]) == 0
    out = capsys.readouterr().out
    assert (
        "left out custom.Lead Quality: filled after the outcome: on 80% of the decided leads "
        "that have it, its history shows it was set after their last stage change "
        "(--keep to use it)"
    ) in out
    assert "left out custom.Tags: alone separates won from lost" in out

    args = ["scoring", "suggest", "--db", str(xeducation_db), "--json"]
    assert main([*args, "--keep", "custom.Lead Quality"]) == 0
    report = json.loads(capsys.readouterr().out)
    flags = {f["field"]: f for f in report["flagged"]}
    assert flags["custom.Lead Quality"]["kept"] and not flags["custom.Tags"]["kept"]
    assert flags["custom.Lead Quality"]["reason"].startswith("filled after the outcome")
    assert any("Lead Quality" in r["name"] for r in report["rules"])
