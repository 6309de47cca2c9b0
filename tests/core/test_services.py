"""The lead use cases against a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from leaddesk.core.errors import EditConflict, FieldInvalid, StageMoveRefused
from leaddesk.core.leads import CardSort, InteractionKind, LeadFilter, Offer
from leaddesk.core.stages import MoveVia, Stage


def make(ws, **fields):
    base = {
        "first_name": "Lucía",
        "last_name": "García",
        "email": "lucia@talleres.es",
        "company": "Talleres Ebro",
    }
    return ws.leads.create_lead({**base, **fields}).value


def test_create_lead_records_the_first_stage(workspace) -> None:
    done = workspace.leads.create_lead({"first_name": "Jana", "email": "jana@pekarna.cz"})
    assert done.value.id in done.changes.added
    history = workspace.leads.stage_history(done.value.id)
    assert [(h.from_stage, h.to_stage) for h in history] == [(None, Stage.LEAD)]
    assert workspace.leads.count_leads() == 1


def test_create_lead_without_any_identity_is_refused(workspace) -> None:
    with pytest.raises(FieldInvalid):
        workspace.leads.create_lead({"job_title": "CEO"})
    assert workspace.leads.count_leads() == 0


def test_invalid_email_is_refused_with_the_field(workspace) -> None:
    with pytest.raises(FieldInvalid) as err:
        workspace.leads.create_lead({"first_name": "A", "email": "not-an-email"})
    assert err.value.field == "Email"


def test_edit_persists_and_bumps_the_version(workspace) -> None:
    lead = make(workspace)
    done = workspace.leads.edit_lead(
        lead.id, {"budget": "12.500,50", "city": "Zaragoza"}, lead.version
    )
    again = workspace.leads.lead(lead.id)
    assert again.budget == Decimal("12500.50")
    assert again.city == "Zaragoza"
    assert again.version == lead.version + 1 == done.value.version


def test_conflicting_save_is_refused(workspace) -> None:
    lead = make(workspace)
    workspace.leads.edit_lead(lead.id, {"city": "Madrid"}, lead.version)
    with pytest.raises(EditConflict):
        workspace.leads.edit_lead(lead.id, {"city": "Valencia"}, lead.version)
    assert workspace.leads.lead(lead.id).city == "Madrid"


def test_move_records_history_and_changes_columns(workspace, clock) -> None:
    lead = make(workspace)
    clock.advance(days=2)
    done = workspace.leads.move_lead(lead.id, Stage.MQL)
    assert done.changes.stages == {Stage.LEAD, Stage.MQL}
    moved = workspace.leads.lead(lead.id)
    assert moved.stage is Stage.MQL
    assert moved.stage_entered_at == clock.now
    last = workspace.leads.stage_history(lead.id)[-1]
    assert (last.from_stage, last.to_stage, last.actor, last.automatic) == (
        Stage.LEAD,
        Stage.MQL,
        "tester",
        False,
    )


def test_refused_move_writes_nothing(workspace) -> None:
    lead = make(workspace)
    with pytest.raises(StageMoveRefused):
        workspace.leads.move_lead(lead.id, Stage.SQL)
    assert workspace.leads.lead(lead.id).stage is Stage.LEAD
    assert len(workspace.leads.stage_history(lead.id)) == 1


def test_undo_move_restores_stage_and_history(workspace, clock) -> None:
    lead = make(workspace)
    first_entered = workspace.leads.lead(lead.id).stage_entered_at
    clock.advance(hours=3)
    change = workspace.leads.move_lead(lead.id, Stage.DISQUALIFIED, reason="Student").value
    workspace.leads.undo_move(change)
    back = workspace.leads.lead(lead.id)
    assert back.stage is Stage.LEAD
    assert back.stage_entered_at == first_entered
    assert len(workspace.leads.stage_history(lead.id)) == 1


def test_automatic_move_is_recorded_as_automatic(workspace) -> None:
    lead = make(workspace)
    workspace.leads.move_lead(lead.id, Stage.MQL, via=MoveVia.AUTOMATIC, reason="score 60")
    last = workspace.leads.stage_history(lead.id)[-1]
    assert last.automatic and last.actor == ""


def test_log_interaction_updates_last_interaction(workspace, clock) -> None:
    lead = make(workspace)
    clock.advance(days=1)
    workspace.leads.log_interaction(
        lead.id, InteractionKind.FORM_CONVERSION, "Pricing guide", offer=Offer.PRICING_PAGE
    )
    items = workspace.leads.interactions(lead.id)
    assert [(i.kind, i.offer) for i in items] == [
        (InteractionKind.FORM_CONVERSION, Offer.PRICING_PAGE)
    ]
    assert workspace.leads.lead(lead.id).last_interaction_at == clock.now


def test_board_ids_filter_and_totals(workspace) -> None:
    a = make(workspace, budget="1000")
    b = make(
        workspace,
        first_name="Petr",
        last_name="Novák",
        email="petr@strojirny.cz",
        company="Strojírny Vltava",
        budget="500",
    )
    workspace.leads.move_lead(b.id, Stage.MQL)
    ids = workspace.leads.board_ids(LeadFilter(), CardSort.NAME)
    assert ids[Stage.LEAD] == [a.id] and ids[Stage.MQL] == [b.id]
    only = workspace.leads.board_ids(LeadFilter(text="strojírny"), CardSort.SCORE)
    assert only[Stage.MQL] == [b.id] and only[Stage.LEAD] == []
    totals = workspace.leads.stage_totals(LeadFilter())
    assert totals[Stage.LEAD].count == 1 and totals[Stage.LEAD].budget == Decimal("1000")
    cards = workspace.leads.cards([b.id, a.id])
    assert [c.id for c in cards] == [b.id, a.id] and cards[0].name == "Petr Novák"


def test_archived_leads_leave_the_board(workspace) -> None:
    lead = make(workspace)
    workspace.leads.archive_lead(lead.id)
    assert workspace.leads.board_ids(LeadFilter(), CardSort.SCORE)[Stage.LEAD] == []
    assert workspace.leads.count_leads() == 0
