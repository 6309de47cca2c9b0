"""Each use case commits once, with the scores and automatic moves it causes: when anything
fails on the way — here the rescore, after it has written the scores — nothing is left."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from leaddesk.core.importing.options import DuplicatePolicy, ImportOptions
from leaddesk.core.leads import InteractionKind
from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.outcomes import Outcome
from leaddesk.core.qualification.questions import Interest, Timing, YesNo
from leaddesk.core.qualification.record import CallDecision
from leaddesk.core.stages import Stage

MEETING = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)


class ScoresThenFails:
    """The real rescorer, then a failure: the scores and moves it wrote must not stay."""

    def __init__(self, real) -> None:
        self.real = real

    def rescore(self, lead_ids):
        self.real.rescore(lead_ids)
        raise RuntimeError("the disk is full")


def state(workspace) -> list[tuple]:
    """Every lead with its score, grade, stage and version, its activity and its history."""
    leads = workspace.leads
    return [
        (
            lead.id, lead.stage, lead.score, lead.fit_grade, lead.version, lead.job_title,
            [(i.kind, i.detail) for i in leads.interactions(lead.id)],
            [(c.from_stage, c.to_stage, c.automatic) for c in leads.stage_history(lead.id)],
        )
        for lead in leads.repo.iter_leads()
    ] + [(b.id, b.undone_at) for b in workspace.importer.batches()]  # fmt: skip


def failing(workspace) -> None:
    workspace.leads.rescorer = ScoresThenFails(workspace.scoring)


@pytest.fixture
def warm(workspace):
    """A lead 5 points under the MQL line (a contact request): one more fact moves it."""
    lead = workspace.leads.create_lead({"first_name": "Ana", "email": "ana@ruiz.es"}).value
    workspace.leads.log_interaction(lead.id, InteractionKind.CONTACT_REQUEST, "call me")
    workspace.leads.edit_lead(lead.id, {"company_size": 50}, workspace.leads.lead(lead.id).version)
    return workspace.leads.lead(lead.id)


def write_list(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["First name", "Email", "Job title"], *rows])
    return path


def test_an_import_leaves_nothing_when_its_scoring_fails(workspace, warm, tmp_path) -> None:
    before = state(workspace)
    failing(workspace)
    service = workspace.importer
    table = service.read(write_list(tmp_path / "l.csv", [["Ana", "ana@ruiz.es", "CEO"],
                                                         ["Noa", "noa@paz.es", "CEO"]]))  # fmt: skip
    options = ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE)
    with pytest.raises(RuntimeError):
        service.run_import(table, service.suggest_mapping(table), options, error_dir=tmp_path)
    assert state(workspace) == before


def test_an_import_moves_a_lead_it_lifts_over_the_line_in_the_same_commit(
    workspace, warm, tmp_path
) -> None:
    service = workspace.importer
    table = service.read(write_list(tmp_path / "l.csv", [["Ana", "ana@ruiz.es", "CEO"]]))
    options = ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE)
    service.run_import(table, service.suggest_mapping(table), options, error_dir=tmp_path)
    assert workspace.leads.lead(warm.id).stage is Stage.MQL


def test_an_undo_of_an_import_leaves_nothing_when_its_scoring_fails(
    workspace, warm, tmp_path
) -> None:
    service = workspace.importer
    table = service.read(write_list(tmp_path / "l.csv", [["Ana", "ana@ruiz.es", "CEO"]]))
    options = ImportOptions(on_duplicate=DuplicatePolicy.OVERWRITE)
    done = service.run_import(table, service.suggest_mapping(table), options, error_dir=tmp_path)
    before = state(workspace)
    failing(workspace)
    with pytest.raises(RuntimeError):
        service.undo_import(done.batch_id)
    assert state(workspace) == before


def test_an_activity_import_leaves_nothing_when_its_scoring_fails(
    workspace, warm, tmp_path
) -> None:
    before = state(workspace)
    failing(workspace)
    service = workspace.activity
    path = tmp_path / "events.csv"
    path.write_text("Email,Date,Action\nana@ruiz.es,03/02/2026 10:00,Requested a demo\n")
    table = service.read(path)
    with pytest.raises(RuntimeError):
        service.run_import(table, service.suggest_mapping(table))
    assert state(workspace) == before


def test_a_qualification_call_leaves_nothing_when_its_scoring_fails(workspace) -> None:
    leads = workspace.leads
    lead = leads.create_lead({"first_name": "Giulia", "email": "giulia@forno.it"}).value
    leads.move_lead(lead.id, Stage.MQL)
    leads.move_lead(lead.id, Stage.SAL)
    before = state(workspace)
    failing(workspace)
    answers = CallAnswers(
        need=YesNo.YES, money_available=YesNo.YES, decision_maker=YesNo.YES,
        timing=Timing.QUARTER, interest=Interest.HIGH, budget_amount=Decimal(25000),
    )  # fmt: skip
    with pytest.raises(RuntimeError):
        workspace.qualification.record_call(
            lead.id, CallDecision(answers, Outcome.READY, meeting_at=MEETING)
        )
    assert state(workspace) == before


def test_a_note_leaves_nothing_when_its_scoring_fails(workspace, warm) -> None:
    before = state(workspace)
    failing(workspace)
    with pytest.raises(RuntimeError):
        workspace.leads.log_interaction(warm.id, InteractionKind.NOTE, "Wants a demo")
    assert state(workspace) == before
