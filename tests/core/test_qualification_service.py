"""Recording a qualification call against a real database: one transaction, undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from leaddesk.core.errors import EditConflict, StageMoveRefused
from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.qualification.answers import CallAnswers
from leaddesk.core.qualification.outcomes import DisqualifyReason, Outcome
from leaddesk.core.qualification.questions import Interest, Timing, YesNo
from leaddesk.core.qualification.record import CallDecision, CallIncomplete
from leaddesk.core.stages import MoveVia, Stage

READY = CallAnswers(
    need=YesNo.YES,
    money_available=YesNo.YES,
    decision_maker=YesNo.YES,
    timing=Timing.QUARTER,
    interest=Interest.HIGH,
    budget_amount=Decimal(25000),
    problem="Quotes take a week",
)
MEETING = datetime(2026, 3, 5, 10, 0, tzinfo=UTC)


def sal_lead(ws, **fields):
    base = {"first_name": "Giulia", "last_name": "Rossi", "email": "giulia@forno.it"}
    lead = ws.leads.create_lead({**base, **fields}).value
    ws.leads.move_lead(lead.id, Stage.MQL)
    ws.leads.move_lead(lead.id, Stage.SAL)
    return ws.leads.lead(lead.id)


def qualification(ws):
    return ws.qualification


def test_ready_call_moves_to_sql_with_call_meeting_and_fields_at_once(workspace) -> None:
    lead = sal_lead(workspace, budget="1000", custom={"Region": "North"})
    done = qualification(workspace).record_call(
        lead.id, CallDecision(READY, Outcome.READY, meeting_at=MEETING, duration_seconds=48)
    )
    after = workspace.leads.lead(lead.id)
    assert after.stage is Stage.SQL
    assert after.budget == Decimal(25000)
    assert after.custom["Region"] == "North"
    assert after.custom["decision_maker"] == "Yes"
    assert after.custom["purchase_timing"] == "Within 3 months"
    kinds = [i.kind for i in workspace.leads.interactions(lead.id)]
    assert InteractionKind.CALL in kinds and InteractionKind.MEETING in kinds
    call = done.value.call
    assert call.data["outcome"] == "ready"
    assert call.data["duration_seconds"] == 48
    assert call.data["answers"]["problem"] == "Quotes take a week"
    assert call.data["proposal"]["outcome"] == "ready"
    assert "Quotes take a week" in call.detail
    meeting = done.value.extra[0]
    assert meeting.data["meeting_at"] == MEETING.isoformat()
    last = workspace.leads.stage_history(lead.id)[-1]
    assert (last.from_stage, last.to_stage, last.interaction_id) == (Stage.SAL, Stage.SQL, call.id)
    assert not last.override
    assert Stage.SQL in done.changes.stages and lead.id in done.changes.interactions


def test_nurture_call_stores_follow_up_and_content(workspace) -> None:
    lead = sal_lead(workspace)
    answers = replace(READY, timing=Timing.YEAR)
    decision = CallDecision(
        answers,
        Outcome.NURTURE,
        follow_up_on=date(2026, 5, 4),
        follow_up_offer=Offer.WEBINAR,
        follow_up_note="the May webinar on quoting",
    )
    done = qualification(workspace).record_call(lead.id, decision)
    assert workspace.leads.lead(lead.id).stage is Stage.NURTURE
    data = done.value.call.data
    assert (data["follow_up_on"], data["follow_up_offer"]) == ("2026-05-04", "webinar")
    assert "Follow up on 2026-05-04 with: Webinar — the May webinar on quoting" in (
        done.value.call.detail
    )
    assert done.value.extra == ()


def test_suspect_call_disqualifies_with_the_reason(workspace) -> None:
    lead = sal_lead(workspace)
    answers = CallAnswers(need=YesNo.NO, money_available=YesNo.NO)
    decision = CallDecision(
        answers, Outcome.SUSPECT, disqualify_reason=DisqualifyReason.ONLY_DOWNLOAD
    )
    done = qualification(workspace).record_call(lead.id, decision)
    assert workspace.leads.lead(lead.id).stage is Stage.DISQUALIFIED
    assert done.value.call.data["disqualify_reason"] == "only_download"
    last = workspace.leads.stage_history(lead.id)[-1]
    assert last.reason == "qualification call: suspect — Only wanted the download"


def test_undo_restores_stage_and_fields_and_removes_call_and_meeting(workspace) -> None:
    lead = sal_lead(workspace, budget="1000", custom={"Region": "North"})
    history_before = workspace.leads.stage_history(lead.id)
    service = qualification(workspace)
    done = service.record_call(lead.id, CallDecision(READY, Outcome.READY, meeting_at=MEETING))
    changes = service.undo_call(done.value)
    after = workspace.leads.lead(lead.id)
    assert after.stage is Stage.SAL
    assert after.budget == Decimal(1000)
    assert dict(after.custom) == {"Region": "North"}
    assert after.stage_entered_at == lead.stage_entered_at
    assert workspace.leads.interactions(lead.id) == []
    assert workspace.leads.stage_history(lead.id) == history_before
    assert Stage.SAL in changes.stages and Stage.SQL in changes.stages


def test_an_incomplete_decision_leaves_the_database_as_it_was(workspace) -> None:
    lead = sal_lead(workspace)
    with pytest.raises(CallIncomplete):
        qualification(workspace).record_call(lead.id, CallDecision(READY, Outcome.READY))
    assert workspace.leads.lead(lead.id).stage is Stage.SAL
    assert workspace.leads.interactions(lead.id) == []


def test_a_lead_moved_meanwhile_is_a_conflict_and_nothing_is_written(
    workspace, monkeypatch
) -> None:
    lead = sal_lead(workspace)
    service = qualification(workspace)
    stale = workspace.leads.lead(lead.id)
    workspace.leads.edit_lead(lead.id, {"city": "Bari"}, stale.version)
    real_get = service.repo.get_lead
    monkeypatch.setattr(service.repo, "get_lead", lambda i: stale if i == lead.id else real_get(i))
    with pytest.raises(EditConflict):
        service.record_call(lead.id, CallDecision(READY, Outcome.READY, meeting_at=MEETING))
    assert workspace.leads.interactions(lead.id) == []
    assert workspace.leads.lead(lead.id).stage is Stage.SAL


def test_a_call_begun_on_an_older_version_is_refused(workspace) -> None:
    lead = sal_lead(workspace)
    workspace.leads.edit_lead(lead.id, {"city": "Bari"}, lead.version)
    decision = CallDecision(READY, Outcome.READY, meeting_at=MEETING)
    with pytest.raises(EditConflict):
        qualification(workspace).record_call(lead.id, decision, expected_version=lead.version)
    assert workspace.leads.lead(lead.id).stage is Stage.SAL
    assert workspace.leads.interactions(lead.id) == []


def test_a_lead_not_in_sal_needs_a_confirmed_override_recorded_as_such(workspace) -> None:
    lead = workspace.leads.create_lead({"first_name": "Petr", "email": "petr@pivovar.cz"}).value
    workspace.leads.move_lead(lead.id, Stage.MQL, via=MoveVia.MANUAL)
    service = qualification(workspace)
    assert service.context(lead.id).needs_override
    with pytest.raises(StageMoveRefused) as err:
        service.record_call(lead.id, CallDecision(READY, Outcome.READY, meeting_at=MEETING))
    assert err.value.needs == "override"
    decision = CallDecision(
        READY, Outcome.READY, meeting_at=MEETING, override_reason="asked for a demo by phone"
    )
    done = service.record_call(lead.id, decision)
    last = workspace.leads.stage_history(lead.id)[-1]
    assert (last.from_stage, last.to_stage, last.override) == (Stage.MQL, Stage.SQL, True)
    assert "override: asked for a demo by phone" in last.reason
    assert done.value.call.data["override"] is True


def test_couldnt_reach_logs_an_attempt_and_the_lead_stays_in_sal(workspace) -> None:
    lead = sal_lead(workspace)
    service = qualification(workspace)
    done = service.record_attempt(lead.id, "voicemail", duration_seconds=20)
    assert workspace.leads.lead(lead.id).stage is Stage.SAL
    [attempt] = workspace.leads.interactions(lead.id)
    assert attempt.kind is InteractionKind.CALL_ATTEMPT
    assert attempt.detail == "Qualification call: could not reach them — voicemail"
    service.undo_attempt(done.value)
    assert workspace.leads.interactions(lead.id) == []


def test_context_prefills_from_the_lead(workspace) -> None:
    lead = sal_lead(workspace, job_title="CEO", budget="8000")
    workspace.leads.log_interaction(
        lead.id, InteractionKind.FORM_CONVERSION, "Pricing", offer=Offer.PRICING_PAGE
    )
    context = qualification(workspace).context(lead.id)
    assert context.lead.id == lead.id and not context.needs_override
    assert context.answers.decision_maker is YesNo.YES
    assert context.answers.budget_amount == Decimal(8000)
    assert context.answers.asked_for == "Pricing page"
    assert [i.kind for i in context.recent] == [InteractionKind.FORM_CONVERSION]


def test_a_draft_is_kept_per_lead_until_discarded(workspace) -> None:
    service = qualification(workspace)
    assert service.load_draft(3) is None
    service.save_draft(3, {"answers": {"need": "yes"}})
    service.save_draft(4, {"answers": {"need": "no"}})
    assert service.load_draft(3) == {"answers": {"need": "yes"}}
    service.discard_draft(3)
    assert service.load_draft(3) is None
    assert service.load_draft(4) == {"answers": {"need": "no"}}
