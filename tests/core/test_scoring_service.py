"""Scoring against a real database: rescoring on writes, automatic moves, bulk rescore."""

from __future__ import annotations

import pytest

from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.progress import Progress
from leaddesk.core.scoring.engine import (
    RULESET_SETTING,
    Activity,
    GradeBoundaries,
    Rule,
    RulePart,
    RuleSet,
)
from leaddesk.core.scoring.match import Operator
from leaddesk.core.scoring.service import default_rules
from leaddesk.core.scoring.validation import ScoringRulesInvalid
from leaddesk.core.stages import MoveVia, Stage

RULES = RuleSet(
    rules=(
        Rule("Owner", RulePart.FIT, 20, field="job_title", operator=Operator.EQUALS, value="owner"),
        Rule("Free mail", RulePart.FIT, -5, field="email", operator=Operator.FREE_MAIL),
        Rule(
            "Demo",
            RulePart.ENGAGEMENT,
            30,
            activity=Activity.FORM_CONVERSION,
            offer=Offer.DEMO_REQUEST,
        ),
        Rule("Visit", RulePart.ENGAGEMENT, 5, activity=Activity.VISIT, cap=20, half_life_days=10),
    ),
    mql_threshold=50,
    margin=10,
    grades=GradeBoundaries(a=20, b=10, c=0),
)


@pytest.fixture
def scoring(workspace):
    service = workspace.scoring
    service.save_rules(RULES)
    return service


def make(ws, **fields):
    base = {"first_name": "Lucía", "email": "lucia@talleres.es", "job_title": "Owner"}
    return ws.leads.create_lead({**base, **fields}).value


def test_scoring_is_wired_as_the_rescorer(workspace) -> None:
    assert workspace.leads.rescorer.resolve() is workspace.scoring


def test_a_new_lead_is_scored_at_once(workspace, scoring) -> None:
    lead = make(workspace, email="lucia@gmail.com")
    stored = workspace.leads.lead(lead.id)
    assert (stored.score, stored.fit_score, stored.engagement_score, stored.fit_grade) == (
        15,
        15,
        0,
        "B",
    )


def test_an_edit_rescores_the_lead(workspace, scoring) -> None:
    lead = make(workspace)
    done = workspace.leads.edit_lead(lead.id, {"job_title": "Assistant"}, None)
    assert lead.id in done.changes.leads
    assert workspace.leads.lead(lead.id).score == 0


def test_crossing_the_threshold_is_an_automatic_move_with_the_score(workspace, scoring) -> None:
    lead = make(workspace)
    done = workspace.leads.log_interaction(
        lead.id, InteractionKind.FORM_CONVERSION, "Demo please", offer=Offer.DEMO_REQUEST
    )
    assert Stage.MQL in done.changes.stages
    stored = workspace.leads.lead(lead.id)
    assert (stored.stage, stored.score) == (Stage.MQL, 50)
    last = workspace.leads.stage_history(lead.id)[-1]
    assert (last.from_stage, last.to_stage, last.automatic, last.score) == (
        Stage.LEAD,
        Stage.MQL,
        True,
        50,
    )
    assert "50" in last.reason and last.actor == ""


def test_decay_then_recycle_to_nurture_then_back(workspace, scoring, clock) -> None:
    lead = make(workspace)
    for _ in range(4):
        workspace.leads.log_interaction(lead.id, InteractionKind.VISIT, "/pricing")
    workspace.leads.log_interaction(
        lead.id, InteractionKind.FORM_CONVERSION, offer=Offer.DEMO_REQUEST
    )
    assert workspace.leads.lead(lead.id).stage is Stage.MQL
    clock.advance(days=30)  # visits fade to 2.5 points: 20 + 30 + 3 = 53
    scoring.rescore_all()
    assert workspace.leads.lead(lead.id).stage is Stage.MQL
    workspace.leads.edit_lead(lead.id, {"job_title": "Assistant"}, None)  # 33 < 50 − 10
    stored = workspace.leads.lead(lead.id)
    assert (stored.stage, stored.score) == (Stage.NURTURE, 33)
    workspace.leads.edit_lead(lead.id, {"job_title": "Owner"}, None)
    assert workspace.leads.lead(lead.id).stage is Stage.MQL
    automatic = [h.to_stage for h in workspace.leads.stage_history(lead.id) if h.automatic]
    assert automatic == [Stage.MQL, Stage.NURTURE, Stage.MQL]


def test_scores_never_move_a_lead_out_of_sal(workspace, scoring) -> None:
    lead = make(workspace)
    workspace.leads.move_lead(lead.id, Stage.MQL)
    workspace.leads.move_lead(lead.id, Stage.SAL)
    workspace.leads.log_interaction(
        lead.id, InteractionKind.FORM_CONVERSION, offer=Offer.DEMO_REQUEST
    )
    workspace.leads.edit_lead(lead.id, {"job_title": "Student"}, None)
    assert workspace.leads.lead(lead.id).stage is Stage.SAL


def test_a_rep_moving_a_lead_back_is_respected(workspace, scoring) -> None:
    lead = make(workspace)
    workspace.leads.log_interaction(
        lead.id, InteractionKind.FORM_CONVERSION, offer=Offer.DEMO_REQUEST
    )
    workspace.leads.move_lead(lead.id, Stage.LEAD)  # the rep disagrees
    workspace.leads.log_interaction(lead.id, InteractionKind.VISIT)
    assert workspace.leads.lead(lead.id).stage is Stage.LEAD


def test_explain_lists_the_matched_rules_and_adds_up(workspace, scoring, clock) -> None:
    lead = make(workspace, email="x@gmail.com")
    workspace.leads.log_interaction(lead.id, InteractionKind.VISIT)
    clock.advance(days=10)
    workspace.leads.log_interaction(lead.id, InteractionKind.VISIT)
    score = scoring.explain(lead.id)
    assert [(i.rule_name, i.part, i.points) for i in score.items] == [
        ("Owner", "fit", 20),
        ("Free mail", "fit", -5),
        ("Visit", "engagement", 8),  # 5 + 2.5
    ]
    assert (score.fit, score.engagement, score.total, score.grade) == (15, 8, 23, "B")
    assert workspace.leads.lead(lead.id).score == score.total


def test_bulk_rescore_after_a_threshold_change_moves_and_reports(workspace, scoring) -> None:
    ids = [make(workspace, email=f"p{n}@firma.cz").id for n in range(5)]
    assert {workspace.leads.lead(i).stage for i in ids} == {Stage.LEAD}
    previous = scoring.rules()
    from dataclasses import replace

    scoring.save_rules(replace(previous, mql_threshold=20))
    seen = []
    changes = scoring.rescore_all(Progress(lambda d, t, m: seen.append((d, t))), previous=previous)
    assert {workspace.leads.lead(i).stage for i in ids} == {Stage.MQL}
    assert changes.interactions == frozenset(ids)
    assert {Stage.LEAD, Stage.MQL} <= changes.stages
    assert seen[-1][0] == seen[-1][1] and seen[0][0] == 0
    history = workspace.leads.stage_history(ids[0])[-1]
    assert history.automatic and history.score == 20


def test_invalid_rules_are_refused_and_the_saved_ones_kept(workspace, scoring) -> None:
    bad = RULES.with_rules(
        [
            Rule(
                "Size",
                RulePart.FIT,
                5,
                field="company_size",
                operator=Operator.LESS_THAN,
                value="x",
            )
        ]
    )
    with pytest.raises(ScoringRulesInvalid, match="not a number"):
        scoring.save_rules(bad)
    assert scoring.rules() == RULES


def test_default_rules_until_saved_and_reset(workspace) -> None:
    scoring = workspace.scoring
    assert workspace.settings.get_setting(RULESET_SETTING) is None
    assert scoring.rules() == default_rules()
    scoring.save_rules(RULES)
    assert scoring.rules() == RULES
    scoring.save_rules(scoring.reset_to_default())
    assert scoring.rules() == default_rules()


def test_rescore_by_automatic_move_uses_the_lead_service(workspace, scoring) -> None:
    lead = make(workspace)
    workspace.leads.move_lead(lead.id, Stage.DISQUALIFIED, reason="Competitor")
    workspace.leads.log_interaction(
        lead.id, InteractionKind.FORM_CONVERSION, offer=Offer.DEMO_REQUEST
    )
    assert workspace.leads.lead(lead.id).stage is Stage.DISQUALIFIED
    # and the manual path for the same lead still refuses what scores may not do
    from leaddesk.core.errors import StageMoveRefused

    with pytest.raises(StageMoveRefused):
        workspace.leads.move_lead(lead.id, Stage.MQL, via=MoveVia.AUTOMATIC)


def test_decay_is_due_a_day_after_the_last_bulk_rescore(workspace, scoring, clock) -> None:
    assert not scoring.decay_due()  # nothing scored yet
    make(workspace)
    assert not scoring.decay_due()
    clock.advance(hours=25)
    assert scoring.decay_due()
    scoring.rescore_all()
    assert not scoring.decay_due()


def test_stored_scores_match_the_explanation_with_the_default_rules(workspace, clock) -> None:
    scoring = workspace.scoring
    lead = make(workspace, email="ana@gmail.com", company_size=40)
    other = make(workspace, job_title="Student")
    for page in ("/", "/pricing", "/blog", "/Pricing/teams"):
        workspace.leads.log_interaction(lead.id, InteractionKind.VISIT, page)
        workspace.leads.log_interaction(other.id, InteractionKind.VISIT, "/blog")
        clock.advance(days=3)
    workspace.leads.log_interaction(lead.id, InteractionKind.FORM_CONVERSION, offer=Offer.WEBINAR)
    clock.advance(days=20)
    scoring.rescore_all()
    for lead_id in (lead.id, other.id):
        score = scoring.explain(lead_id)
        stored = workspace.leads.lead(lead_id)
        assert (stored.score, stored.fit_score, stored.engagement_score, stored.fit_grade) == (
            score.total,
            score.fit,
            score.engagement,
            score.grade,
        )
    names = {i.rule_name: i.points for i in scoring.explain(lead.id).items}
    assert names["Visited the pricing page"] > 0 and names["Free-mail address"] == -5
    assert "Visited the pricing page" not in {i.rule_name for i in scoring.explain(other.id).items}


def test_many_moves_at_once_are_one_write_recorded_the_same_way(workspace, scoring) -> None:
    ids = [make(workspace, email=f"p{n}@firma.cz").id for n in range(30)]  # 20 points each
    higher = RULES.with_rules(
        [
            Rule(
                "Owner",
                RulePart.FIT,
                60,
                field="job_title",
                operator=Operator.EQUALS,
                value="owner",
            )
        ]
    )
    scoring.save_rules(higher)
    changes = scoring.rescore(ids)  # as an import does for the leads it wrote
    assert changes.interactions == frozenset(ids)
    assert {Stage.LEAD, Stage.MQL} <= changes.stages
    for lead_id in (ids[0], ids[-1]):
        lead = workspace.leads.lead(lead_id)
        assert (lead.stage, lead.score) == (Stage.MQL, 60)
        last = workspace.leads.stage_history(lead_id)[-1]
        assert (last.from_stage, last.to_stage, last.automatic, last.score) == (
            Stage.LEAD,
            Stage.MQL,
            True,
            60,
        )
        assert "60" in last.reason


def test_stale_leads_are_found_without_writing(workspace, scoring, clock) -> None:
    fresh = make(workspace)
    visited = make(workspace, email="v@firma.cz")
    workspace.leads.log_interaction(visited.id, InteractionKind.VISIT)
    assert scoring.stale_leads() == []
    clock.advance(days=10)  # the visit's points halve
    assert scoring.stale_leads() == [visited.id]
    assert workspace.leads.lead(visited.id).score == 25  # nothing was written
    scoring.rescore_all()
    assert scoring.stale_leads() == []
    assert fresh.id not in scoring.stale_leads()


def test_check_database_backs_up_only_when_scores_are_stale(
    workspace, scoring, clock, tmp_path
) -> None:
    backups = workspace.backups
    if not backups.supports_backups:
        pytest.skip("PostgreSQL backups are the server's business")
    backups.set_folder(tmp_path / "backups")
    lead = make(workspace)
    workspace.leads.log_interaction(lead.id, InteractionKind.VISIT)
    assert backups.check_database().backup is None  # all current: nothing written
    clock.advance(days=10)
    report = backups.check_database()
    assert report.backup is not None
    # Ten days of fading activity: brought up to date, and not called a problem.
    assert report.ok and report.repaired == () and report.scores_refreshed == 1
    assert workspace.leads.lead(lead.id).score == scoring.explain(lead.id).total == 23


def test_a_lead_with_an_unknown_stage_is_scored_but_never_moved(workspace, scoring) -> None:
    lead = make(workspace)
    with scoring.store._session.begin() as s:
        s.connection().exec_driver_sql(
            f"UPDATE leads SET stage = 'bogus', score = 0 WHERE id = {lead.id}"
        )
    changes = scoring.rescore_all()
    assert not changes.interactions and lead.id in changes.leads
    with scoring.store._session() as s:
        row = s.connection().exec_driver_sql(f"SELECT stage, score FROM leads WHERE id = {lead.id}")
        assert tuple(row.one()) == ("bogus", 20)
    assert scoring.stale_leads() == []


def test_bulk_rescore_in_parts_scores_like_one_pass(workspace, scoring, clock, monkeypatch) -> None:
    import leaddesk.core.scoring.service as service_module

    ids = [make(workspace, email=f"p{n}@firma.cz").id for n in range(7)]
    for n, lead_id in enumerate(ids):
        for _ in range(n):
            workspace.leads.log_interaction(lead_id, InteractionKind.VISIT)
    clock.advance(days=10)
    expected = {i: scoring.explain(i).total for i in ids}
    monkeypatch.setattr(service_module, "BULK_PART", 3)  # parts of 3, 3 and 1 leads
    seen = []
    scoring.rescore_all(Progress(lambda d, t, m: seen.append((d, t))))
    assert {i: workspace.leads.lead(i).score for i in ids} == expected
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)


def test_cancelling_the_bulk_rescore_writes_nothing(workspace, scoring, clock, monkeypatch) -> None:
    import leaddesk.core.scoring.service as service_module
    from leaddesk.core.errors import OperationCancelled

    ids = [make(workspace, email=f"p{n}@firma.cz").id for n in range(4)]
    workspace.leads.log_interaction(ids[0], InteractionKind.VISIT)
    clock.advance(days=10)
    monkeypatch.setattr(service_module, "BULK_PART", 2)
    progress = Progress(lambda d, t, m: progress.cancel() if d == 1 else None)
    with pytest.raises(OperationCancelled):
        scoring.rescore_all(progress)
    assert workspace.leads.lead(ids[0]).score == 25  # as before: nothing was written


def _batch_as_lists(batch) -> dict:
    found = {
        "ids": batch.ids.tolist(),
        "stages": batch.stages,
        "old": batch.old_scores.tolist(),
        "stored": batch.stored,
        "standard": {k: list(v) for k, v in batch.standard.items()},
    }
    cols = batch.interactions
    for name in ("lead_pos", "kind", "offer", "age_days", "first_visit", "detail_codes"):
        found[name] = getattr(cols, name).tolist()
    found["details"] = [cols.detail_values[c] for c in cols.detail_codes.tolist()]
    return found


def test_most_leads_are_read_in_one_pass_the_same_as_one_by_one(
    workspace, scoring, clock, monkeypatch
) -> None:
    """An import that touched most leads reads whole tables; what it reads is the same."""
    from leaddesk.storage.repositories import scoring as scoring_store

    leads = [make(workspace, email=f"p{n}@firma.cz") for n in range(8)]
    for n, lead in enumerate(leads):
        for m in range(n % 3 + 1):
            clock.advance(hours=1)
            workspace.leads.log_interaction(lead.id, InteractionKind.VISIT, f"/page/{m}")
        workspace.leads.log_interaction(
            lead.id, InteractionKind.FORM_CONVERSION, "Demo", offer=Offer.DEMO_REQUEST
        )
    workspace.leads.archive_lead(leads[1].id)  # asked for by id: still read
    asked = [lead.id for lead in leads[:6]]  # leads[6:] are left out, with their history
    store = scoring.store
    monkeypatch.setattr(scoring_store, "SCAN_FROM", 1)
    kinds = frozenset(InteractionKind)
    monkeypatch.setattr(scoring_store, "SCAN_SHARE", 0.5)
    one_pass = store.load_batch(asked, clock(), detail_kinds=kinds)
    monkeypatch.setattr(scoring_store, "SCAN_SHARE", 1.0)
    one_by_one = store.load_batch(asked, clock(), detail_kinds=kinds)
    assert one_pass.ids.tolist() == sorted(asked)
    assert _batch_as_lists(one_pass) == _batch_as_lists(one_by_one)
    assert "/page/2" in _batch_as_lists(one_pass)["details"]


def _read_pipeline(workspace, clock) -> list[int]:
    """Leads with visits, forms and equal times; one archived. Returns the ids."""
    leads = [make(workspace, email=f"p{n}@firma.cz", custom={"n": n}) for n in range(9)]
    for n, lead in enumerate(leads):
        for m in range(n % 4 + 1):
            clock.advance(minutes=30 * (m % 2))  # some interactions share a time
            workspace.leads.log_interaction(lead.id, InteractionKind.VISIT, f"/page,{m}/ñ")
        workspace.leads.log_interaction(
            lead.id, InteractionKind.FORM_CONVERSION, "Demo", offer=Offer.DEMO_REQUEST
        )
    workspace.leads.archive_lead(leads[2].id)
    return [lead.id for lead in leads]


@pytest.mark.parametrize("scan_share", [0.5, 1.0])
def test_reads_on_other_connections_are_those_of_one_connection(
    workspace, scoring, clock, monkeypatch, scan_share
) -> None:
    """Outside a unit a batch's interactions are read on other connections, in two halves at
    once (whole table, ranges of leads or lists of ids); inside one, all on the unit's
    connection. Both give the same batch, row for row."""
    from leaddesk.storage.repositories import scoring as scoring_store

    ids = _read_pipeline(workspace, clock)
    monkeypatch.setattr(scoring_store, "SCAN_FROM", 1)
    monkeypatch.setattr(scoring_store, "SCAN_SHARE", scan_share)
    store, kinds = scoring.store, frozenset(InteractionKind)
    used: list[str] = []
    choose = scoring_store._connections

    def spy(conn, workers):
        found = choose(conn, workers)
        used.append(type(found).__name__)
        return found

    monkeypatch.setattr(scoring_store, "_connections", spy)
    asks = [
        dict(lead_ids=None),
        dict(lead_ids=None, id_range=(ids[1], ids[6])),
        dict(lead_ids=ids[:5]),
    ]
    for ask in asks:
        apart = store.load_batch(now=clock(), detail_kinds=kinds, **ask)
        with workspace.leads.atomic():
            together = store.load_batch(now=clock(), detail_kinds=kinds, **ask)
        assert _batch_as_lists(apart) == _batch_as_lists(together)
        assert [c["n"] for c in apart.custom] == [c["n"] for c in together.custom]
        assert len(apart.interactions) > 0
    assert used == ["OtherConnections", "SameConnection"] * len(asks)


def test_a_unit_reads_its_own_writes_when_it_rescores(workspace, scoring, clock) -> None:
    """Inside a unit (an import, say) the rescore must see what the unit wrote and has not
    committed: other connections would not."""
    lead = make(workspace)
    with workspace.leads.atomic():
        for _ in range(3):
            workspace.leads.log_interaction(
                lead.id, InteractionKind.FORM_CONVERSION, "Demo", offer=Offer.DEMO_REQUEST
            )
        batch = scoring.store.load_batch([lead.id], clock())
        assert len(batch.interactions) == 3


def test_a_damaged_value_json_cannot_hold_is_read_row_by_row(
    workspace, scoring, clock, db_url
) -> None:
    """A lead whose text field holds bytes (a file another program wrote) is still read:
    the whole-column reading falls back to rows."""
    if not db_url.startswith("sqlite"):
        pytest.skip("only SQLite lets a text column hold bytes")
    lead = make(workspace, job_title="Owner")
    with scoring.store._session.begin() as s:
        s.connection().exec_driver_sql(
            "UPDATE leads SET job_title = X'4f776e6572' WHERE id = ?", (lead.id,)
        )
    batch = scoring.store.load_batch(None, clock(), fields=["job_title"])
    assert batch.standard["job_title"] == [b"Owner"]


def test_edits_are_the_fields_history_read_against_the_last_stage_change(
    workspace, scoring, clock
) -> None:
    """An edit records which fields got a new value, when; the editor's snapshot names the
    leads whose field was set after their last stage change (filled after the outcome)."""
    early, late = make(workspace), make(workspace, email="ana@talleres.es")
    workspace.leads.edit_lead(early.id, {"custom": {"Reason": "Price"}}, None)
    clock.advance(hours=1)
    for lead in (early, late):
        workspace.leads.move_lead(lead.id, Stage.DISQUALIFIED, reason="no budget")
    clock.advance(hours=1)
    workspace.leads.edit_lead(
        late.id, {"custom": {"Reason": "Timing"}, "job_title": "CEO", "city": ""}, None
    )
    workspace.leads.edit_lead(early.id, {"custom": {"Reason": "Price"}, "city": ""}, None)

    snapshot = scoring.snapshot()
    assert snapshot.filled_after == {
        "custom.Reason": frozenset({late.id}),
        "job_title": frozenset({late.id}),
    }
