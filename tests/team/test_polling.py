"""Others' changes show up: a cheap poll finds exactly the leads changed since the last one."""

from __future__ import annotations

import pytest

from leaddesk.core.leads import InteractionKind
from leaddesk.core.stages import Stage
from tests.team.helpers import open_as


@pytest.fixture
def alice_and_bob(db_url, clock):
    alice = open_as(db_url, "alice", clock)
    bob = open_as(db_url, "bob", clock)
    yield alice, bob
    alice.close()
    bob.close()


def test_first_poll_reports_nothing(alice_and_bob) -> None:
    alice, bob = alice_and_bob
    alice.leads.create_lead({"first_name": "Lucie"})
    assert not bob.team.poll()


def test_poll_reports_only_the_lead_another_user_edited(alice_and_bob, clock) -> None:
    alice, bob = alice_and_bob
    ids = [alice.leads.create_lead({"first_name": f"L{i}"}).value.id for i in range(5)]
    team = bob.team
    team.poll()
    clock.advance(seconds=5)
    alice.leads.edit_lead(ids[2], {"city": "Milano"}, None)
    changes = team.poll()
    assert changes.leads == {ids[2]}
    assert changes.stages == {Stage.LEAD}
    assert not team.poll()  # nothing new since


def test_poll_sees_a_move_and_both_columns_it_touched(alice_and_bob, clock) -> None:
    alice, bob = alice_and_bob
    lead = alice.leads.create_lead({"first_name": "Pavel"}, Stage.MQL).value
    team = bob.team
    team.poll()
    clock.advance(seconds=5)
    alice.leads.move_lead(lead.id, Stage.SAL)
    changes = team.poll()
    assert changes.leads == {lead.id}
    assert changes.stages == {Stage.MQL, Stage.SAL}


def test_poll_sees_a_move_of_a_lead_it_never_saw_change(alice_and_bob, clock) -> None:
    """A lead untouched for long is moved: the old column comes from the stage history."""
    alice, bob = alice_and_bob
    lead = alice.leads.create_lead({"first_name": "Old"}, Stage.MQL).value
    clock.advance(days=2)
    alice.leads.create_lead({"first_name": "Recent"})
    team = bob.team
    team.poll()
    clock.advance(seconds=5)
    alice.leads.move_lead(lead.id, Stage.NURTURE)
    changes = team.poll()
    assert changes.leads == {lead.id}
    assert changes.stages == {Stage.MQL, Stage.NURTURE}


def test_poll_sees_new_history_new_leads_and_archived_ones(alice_and_bob, clock) -> None:
    alice, bob = alice_and_bob
    first = alice.leads.create_lead({"first_name": "Eva"}).value
    second = alice.leads.create_lead({"first_name": "Ivo"}).value
    team = bob.team
    team.poll()
    alice.leads.log_interaction(first.id, InteractionKind.CALL_ATTEMPT, "no answer")
    alice.leads.archive_lead(second.id)
    added = alice.leads.create_lead({"first_name": "Zoe"}).value
    changes = team.poll()
    assert changes.interactions == {first.id, added.id}
    assert changes.removed == {second.id}
    assert added.id in changes.leads


def test_a_late_commit_stamped_before_the_watermark_is_still_seen(alice_and_bob, clock) -> None:
    """A long import stamps its rows when it starts and commits after others' later edits."""
    alice, bob = alice_and_bob
    early = alice.leads.create_lead({"first_name": "Early"}).value
    team = bob.team
    team.poll()
    clock.advance(minutes=1)
    alice.leads.edit_lead(early.id, {"city": "Roma"}, None)
    team.poll()
    clock.advance(seconds=-30)  # the slow transaction's clock reading, committed only now
    late = alice.leads.create_lead({"first_name": "Late"}).value
    assert team.poll().leads == {late.id}


def test_leads_deleted_by_someone_else_make_the_columns_reload(alice_and_bob) -> None:
    from sqlalchemy import delete

    from leaddesk.storage.models import LeadRow

    alice, bob = alice_and_bob
    lead = alice.leads.create_lead({"first_name": "Gone"}).value
    team = bob.team
    team.poll()
    repo = alice.leads.repo
    with repo._session.begin() as s:
        s.execute(delete(LeadRow).where(LeadRow.id == lead.id))
    assert team.poll().stages == set(Stage)


def test_poll_sees_history_written_by_another_users_activity_import(alice_and_bob) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import insert

    from leaddesk.storage.models import InteractionRow
    from leaddesk.storage.repositories.activity import refresh_last_interaction

    alice, bob = alice_and_bob
    lead = alice.leads.create_lead({"first_name": "Webinar guest"}).value
    team = bob.team
    team.poll()
    with alice.leads.repo._session.begin() as s:  # what an activity import writes, with Core
        conn = s.connection()
        conn.execute(
            insert(InteractionRow).values(
                lead_id=lead.id, kind="visit", occurred_at=datetime.now(UTC), data={}
            )
        )
        refresh_last_interaction(conn, [lead.id])
    assert team.poll().interactions == {lead.id}


def test_poll_sees_the_scores_a_rescore_changed(alice_and_bob, clock) -> None:
    """New rules rescore leads without editing them: others' boards still hear of it."""
    from dataclasses import replace

    alice, bob = alice_and_bob
    lead = alice.leads.create_lead({"first_name": "Marta", "job_title": "CEO"}).value
    scoring = alice.scoring
    scoring.rescore_all()
    before = alice.leads.lead(lead.id)
    assert before.score > 0  # a fit rule matched: doubling the points changes the score
    team = bob.team
    team.poll()
    clock.advance(seconds=5)
    rules = scoring.rules()
    doubled = replace(rules, rules=tuple(replace(r, points=r.points * 2) for r in rules.rules))
    scoring.save_rules(doubled, [])
    scoring.rescore_all()
    after = alice.leads.lead(lead.id)
    assert after.score != before.score
    assert after.version == before.version  # an edit form opened before stays valid
    assert lead.id in team.poll().leads
