"""Two users on one database: no write silently overwrites another."""

from __future__ import annotations

import pytest

from leaddesk.core.errors import EditConflict
from leaddesk.core.stages import LeadMovedMeanwhile, Stage
from tests.team.helpers import open_as


@pytest.fixture
def two_users(db_url, clock):
    alice = open_as(db_url, "alice", clock)
    bob = open_as(db_url, "bob", clock)
    yield alice, bob
    alice.close()
    bob.close()


def test_second_save_of_the_same_lead_is_refused_and_nothing_is_lost(two_users) -> None:
    alice, bob = two_users
    lead = alice.leads.create_lead({"first_name": "Tereza", "city": "Brno"}).value
    seen_by_alice = alice.leads.lead(lead.id)
    seen_by_bob = bob.leads.lead(lead.id)

    alice.leads.edit_lead(lead.id, {"city": "Praha"}, seen_by_alice.version)
    with pytest.raises(EditConflict) as refused:
        bob.leads.edit_lead(lead.id, {"city": "Ostrava", "phone": "+420 1"}, seen_by_bob.version)

    assert refused.value.actual == seen_by_alice.version + 1
    stored = bob.leads.lead(lead.id)
    assert stored.city == "Praha" and stored.phone == ""  # Alice's save kept, Bob's not half-done
    # Bob reapplies his changes on the version he was shown in the conflict dialog.
    bob.leads.edit_lead(lead.id, {"city": "Ostrava", "phone": "+420 1"}, stored.version)
    assert alice.leads.lead(lead.id).city == "Ostrava"


def test_dragging_a_lead_someone_already_moved_says_where_it_is_now(two_users) -> None:
    alice, bob = two_users
    lead = alice.leads.create_lead({"first_name": "Marco"}, Stage.MQL).value
    alice.leads.move_lead(lead.id, Stage.SAL)

    with pytest.raises(LeadMovedMeanwhile, match="now in SAL") as refused:
        # Bob's board still shows the card in MQL; he drags it to Nurture.
        bob.leads.move_lead(lead.id, Stage.NURTURE, expected_stage=Stage.MQL)

    assert refused.value.current is Stage.SAL
    assert "Marco" in str(refused.value)
    assert bob.leads.lead(lead.id).stage is Stage.SAL
    history = [(c.from_stage, c.to_stage) for c in bob.leads.stage_history(lead.id)]
    assert history == [(None, Stage.MQL), (Stage.MQL, Stage.SAL)]


def test_a_move_racing_another_move_is_refused_by_the_database(two_users) -> None:
    """Both read MQL; the stage guard in the UPDATE stops the second writer."""
    from leaddesk.core.leads import NewStageChange

    alice, bob = two_users
    lead = alice.leads.create_lead({"first_name": "Jana"}, Stage.MQL).value
    alice.leads.move_lead(lead.id, Stage.SAL)
    stale = NewStageChange(lead.id, Stage.MQL, Stage.LEAD, alice.leads.clock(), actor="bob")
    with pytest.raises(LeadMovedMeanwhile, match="now in SAL"):
        bob.leads.repo.move_lead(stale)
    assert len(bob.leads.stage_history(lead.id)) == 2


def test_undo_does_not_overwrite_a_move_made_since_by_someone_else(two_users) -> None:
    alice, bob = two_users
    lead = alice.leads.create_lead({"first_name": "Ana"}, Stage.MQL).value
    moved = alice.leads.move_lead(lead.id, Stage.NURTURE).value
    bob.leads.move_lead(lead.id, Stage.MQL)

    with pytest.raises(LeadMovedMeanwhile, match="now in MQL"):
        alice.leads.undo_move(moved)
    assert alice.leads.lead(lead.id).stage is Stage.MQL
    assert len(alice.leads.stage_history(lead.id)) == 3


def test_logging_an_interaction_does_not_invalidate_an_open_edit_form(two_users) -> None:
    from leaddesk.core.leads import InteractionKind

    alice, bob = two_users
    lead = alice.leads.create_lead({"first_name": "Petr"}).value
    form_version = bob.leads.lead(lead.id).version
    alice.leads.log_interaction(lead.id, InteractionKind.NOTE, "called back")
    bob.leads.edit_lead(lead.id, {"company": "Pivovar"}, form_version)
    assert alice.leads.lead(lead.id).company == "Pivovar"


def test_a_drag_from_a_stale_board_column_is_refused_through_the_undo_command(
    two_users, qtbot
) -> None:
    from PySide6.QtGui import QUndoStack

    from leaddesk.ui.commands import MoveLeadCommand, push_checked

    alice, bob = two_users
    lead = alice.leads.create_lead({"first_name": "Chiara"}, Stage.MQL).value
    alice.leads.move_lead(lead.id, Stage.NURTURE)
    stack = QUndoStack()
    applied: list[object] = []
    command = MoveLeadCommand(
        bob.leads, applied.append, lead.id, Stage.SAL, expected_stage=Stage.MQL
    )
    with pytest.raises(LeadMovedMeanwhile, match="now in Nurture"):
        push_checked(stack, command)
    assert stack.count() == 0 and applied == []
    assert bob.leads.lead(lead.id).stage is Stage.NURTURE


def test_a_stale_drag_names_where_the_lead_is_even_if_the_move_would_be_refused_anyway(
    two_users,
) -> None:
    """From the stale column SAL → SQL needs a call; what matters is that it is not in SAL."""
    alice, bob = two_users
    lead = alice.leads.create_lead({"first_name": "Luca"}, Stage.MQL).value
    alice.leads.move_lead(lead.id, Stage.LEAD)
    with pytest.raises(LeadMovedMeanwhile, match="now in Lead"):
        bob.leads.move_lead(lead.id, Stage.SQL, expected_stage=Stage.MQL)
