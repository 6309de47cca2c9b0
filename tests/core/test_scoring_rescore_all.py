"""The bulk rescore against scoring the leads one by one, on generated pipelines.

Stored scores, grades, stages and automatic history must be what rescoring each lead on its
own gives, and what the per-lead reference (``score_lead``, shown as the explanation) says.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, insert, select, update

from leaddesk.core.leads import InteractionKind, Offer
from leaddesk.core.scoring.engine import Activity, Rule, RulePart
from leaddesk.core.scoring.service import default_rules
from leaddesk.storage.models import InteractionRow, LeadRow, StageChangeRow

LEADS, INTERACTIONS, CHANGES = LeadRow.__table__, InteractionRow.__table__, StageChangeRow.__table__
STAGES = ["lead", "lead", "nurture", "mql", "mql", "sal", "customer", "disqualified"]
TITLES = ["Owner", "CEO", "Marketing Manager", "Student", "", "Gerente de ventas"]
DOMAINS = ["gmail.com", "firma.cz", "competitor.example", "talleres.es", "a@b.it"]
PAGES = ["/", "/pricing", "/Pricing/teams", "/ceník", "/CENIK?x=1", "/blog", "", "a,b"]


def rules():
    extra = [
        Rule("Recent call", RulePart.ENGAGEMENT, 4, activity=Activity.CALL, window_days=14),
        Rule(
            "Price list",
            RulePart.ENGAGEMENT,
            6,
            activity=Activity.VISIT,
            detail_contains="Ceník",
            cap=12,
            half_life_days=20,
        ),
        Rule("Meeting", RulePart.ENGAGEMENT, 7.5, activity=Activity.MEETING, half_life_days=9),
    ]
    base = default_rules()
    return base.with_rules([*base.rules, *extra])


def write_pipeline(scoring, now, seed: int) -> dict[int, tuple]:
    """Leads in every stage with stale stored scores and a shuffled history: by Core, so
    nothing is scored on the way. Returns each lead's row as written (to write it again)."""
    rng = random.Random(seed)
    kinds = list(InteractionKind)
    written = {}
    with scoring.store._session.begin() as s:
        conn = s.connection()
        for n in range(36):
            fields = {
                "first_name": f"Lead {n}",
                "email": f"p{n}@{rng.choice(DOMAINS)}",
                "job_title": rng.choice(TITLES),
                "company_size": rng.choice([None, 3, 40, 120, 900]),
                "budget": rng.choice([None, Decimal("500"), Decimal("1500.50")]),
                "source_channel": rng.choice(["Referral", "Social", ""]),
                "email_status": rng.choice(["subscribed", "unsubscribed"]),
            }
            stored = {
                "stage": rng.choice(STAGES),
                "score": rng.choice([0, 30, 38, 41, 45, 60, 90]),
                "fit_score": rng.choice([0, 15]),
                "engagement_score": rng.choice([0, 25]),
                "fit_grade": rng.choice(["A", "D"]),
                "archived": n == 5,
            }
            row = {**fields, **stored, "created_at": now, "updated_at": now}
            lead_id = conn.execute(insert(LEADS).values(row).returning(LEADS.c.id)).scalar_one()
            written[lead_id] = tuple(stored.values())
            for _ in range(rng.choice([0, 1, 4, 12, 25])):
                kind = rng.choice(kinds)
                # Equal times, times in the future, and microseconds: ties and rounding.
                days = rng.choice([0, 1, 3, 40, 200])
                when = now - timedelta(days=days, seconds=rng.choice([0.0, 0.5, rng.random()]))
                if rng.random() < 0.1:
                    when = now + timedelta(hours=2)
                conn.execute(
                    insert(INTERACTIONS).values(
                        lead_id=lead_id,
                        kind=kind.value,
                        occurred_at=when,
                        detail=rng.choice(PAGES),
                        offer=rng.choice(list(Offer)).value if rng.random() < 0.6 else None,
                        campaign="",
                        data={},
                        actor="",
                    )
                )
    return written


def restore(scoring, written: dict[int, tuple]) -> None:
    names = ("stage", "score", "fit_score", "engagement_score", "fit_grade", "archived")
    with scoring.store._session.begin() as s:
        conn = s.connection()
        conn.execute(delete(CHANGES))
        for lead_id, values in written.items():
            conn.execute(
                update(LEADS)
                .where(LEADS.c.id == lead_id)
                .values(dict(zip(names, values, strict=True)))
            )


def stored_state(scoring) -> tuple[list, list]:
    with scoring.store._session() as s:
        conn = s.connection()
        leads = conn.execute(
            select(
                LEADS.c.id,
                LEADS.c.stage,
                LEADS.c.score,
                LEADS.c.fit_score,
                LEADS.c.engagement_score,
                LEADS.c.fit_grade,
            ).order_by(LEADS.c.id)
        ).all()
        history = conn.execute(
            select(
                CHANGES.c.lead_id,
                CHANGES.c.from_stage,
                CHANGES.c.to_stage,
                CHANGES.c.automatic,
                CHANGES.c.score,
                CHANGES.c.reason,
            ).order_by(CHANGES.c.lead_id)
        ).all()
    return [tuple(r) for r in leads], [tuple(r) for r in history]


@pytest.mark.parametrize("part", [4, 100_000], ids=["parts-by-id-range", "whole-table"])
@pytest.mark.parametrize("seed", [1, 2])
def test_rescore_all_equals_rescoring_each_lead_alone(
    workspace, clock, monkeypatch, part, seed
) -> None:
    import leaddesk.core.scoring.service as service_module
    from leaddesk.storage.repositories import scoring as scoring_store

    scoring = workspace.scoring
    scoring.save_rules(rules())
    written = write_pipeline(scoring, clock(), seed)
    archived = next(i for i, v in written.items() if v[-1])
    clock.advance(days=2, seconds=0.25)

    for lead_id in written:  # the reference for moves and history: one lead at a time
        if lead_id != archived:
            scoring.rescore([lead_id])
    one_by_one = stored_state(scoring)

    restore(scoring, written)
    monkeypatch.setattr(service_module, "BULK_PART", part)
    monkeypatch.setattr(scoring_store, "SCAN_FROM", 1)  # small parts by range, else one pass
    changes = scoring.rescore_all()
    bulk = stored_state(scoring)

    assert bulk == one_by_one
    leads, history = bulk
    assert history, "the pipeline should cross the MQL line somewhere"
    assert {h[0] for h in history} == changes.interactions
    assert all(h[3] for h in history)  # automatic
    by_id = {r[0]: r for r in leads}
    assert by_id[archived][1:3] == written[archived][:2]  # an archived lead is left alone
    for lead_id in written.keys() - {archived}:
        score = scoring.explain(lead_id)
        assert by_id[lead_id][2:] == (score.total, score.fit, score.engagement, score.grade)


@pytest.mark.parametrize("seed", [3, 4])
def test_rescoring_many_leads_in_parts_equals_one_lead_at_a_time(
    workspace, clock, monkeypatch, seed
) -> None:
    """A large import's leads are rescored in parts (bounded memory): same scores, same
    moves and history as rescoring each lead on its own."""
    import leaddesk.core.scoring.service as service_module

    scoring = workspace.scoring
    scoring.save_rules(rules())
    written = write_pipeline(scoring, clock(), seed)
    live = [i for i, v in written.items() if not v[-1]]
    clock.advance(days=2, seconds=0.25)

    for lead_id in live:
        scoring.rescore([lead_id])
    one_by_one = stored_state(scoring)

    restore(scoring, written)
    loads: list[int] = []
    load_batch = scoring.store.load_batch

    def counted(ids, *args, **kwargs):
        loads.append(len(ids))
        return load_batch(ids, *args, **kwargs)

    monkeypatch.setattr(scoring.store, "load_batch", counted)
    monkeypatch.setattr(service_module, "BULK_PART", 5)
    changes = scoring.rescore(live)

    assert stored_state(scoring) == one_by_one
    assert max(loads) <= 5 and sum(loads) == len(live)  # read in parts, every lead once
    assert set(live) <= changes.leads
